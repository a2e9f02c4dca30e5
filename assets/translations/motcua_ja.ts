<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AttractScreen</name>
    <message>
        <source>Self-service public services</source>
        <translation>セルフ行政サービス</translation>
    </message>
    <message>
        <source>Touch to start</source>
        <translation>画面にタッチして開始してください</translation>
    </message>
    <message>
        <source>Hotline %1</source>
        <translation>ホットライン %1</translation>
    </message>
</context>
<context>
    <name>ChildDeclarationStep</name>
    <message>
        <source>Printing the declaration…</source>
        <translation>申請書を印刷しています…</translation>
    </message>
    <message>
        <source>Please take the printed declaration and sign it.</source>
        <translation>印刷された申請書をお取りになり、署名してください。</translation>
    </message>
    <message>
        <source>This kiosk has no printer: please ask a police guide for a paper form TK01a.</source>
        <translation>この端末にはプリンターがありません。案内係の警察官に紙の申請書（様式TK01a）をお求めください。</translation>
    </message>
    <message>
        <source>A passport for a child under 14 is applied for in person. Please come to the immigration office with:</source>
        <translation>14歳未満のお子様のパスポートは窓口での申請が必要です。次のものをお持ちのうえ、出入国管理機関へお越しください：</translation>
    </message>
    <message>
        <source>the child, with a parent or the guardian;</source>
        <translation>お子様ご本人（父母または後見人の同伴）；</translation>
    </message>
    <message>
        <source>this declaration, signed;</source>
        <translation>署名済みのこの申請書；</translation>
    </message>
    <message>
        <source>a copy of the child&apos;s birth certificate or birth extract (bring the original to compare);</source>
        <translation>お子様の出生証明書または出生登録抄本の写し（照合のため原本もお持ちください）；</translation>
    </message>
    <message>
        <source>your ID card, and papers that show guardianship if you are the guardian;</source>
        <translation>ご本人の身分証明書、および後見人の場合は後見を証明する書類；</translation>
    </message>
    <message>
        <source>the child&apos;s old passport, if any.</source>
        <translation>お子様の旧パスポート（お持ちの場合）。</translation>
    </message>
    <message>
        <source>Fee, paid at the office: %1.</source>
        <translation>手数料（窓口でお支払い）：%1。</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>もう一度印刷</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
</context>
<context>
    <name>CounterConsole</name>
    <message>
        <source>Counter console</source>
        <translation>窓口操作画面</translation>
    </message>
    <message>
        <source>Counter:</source>
        <translation>窓口：</translation>
    </message>
    <message>
        <source>Counter %1 is paused</source>
        <translation>%1番窓口は一時停止中です</translation>
    </message>
    <message>
        <source>Counter %1 is serving</source>
        <translation>%1番窓口は受付中です</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>優先：%1</translation>
    </message>
    <message numerus="yes">
        <source>Called %n time(s)</source>
        <translation>
            <numerusform>%n回呼び出し済み</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for this counter: %1</source>
        <translation>この窓口の待ち人数：%1</translation>
    </message>
    <message>
        <source>Call next</source>
        <translation>次の番号を呼び出す</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>再呼び出し</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>対応済み</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>不在</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Waiting per service</source>
        <translation>サービス別の待ち人数</translation>
    </message>
    <message>
        <source>%1 (%2 priority)</source>
        <translation>%1（優先 %2）</translation>
    </message>
    <message>
        <source>Transfer the current ticket to:</source>
        <translation>現在の番号の転送先：</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>%1番窓口</translation>
    </message>
    <message>
        <source>This counter is paused. Resume it first.</source>
        <translation>この窓口は一時停止中です。先に再開してください。</translation>
    </message>
    <message>
        <source>This counter has no ticket now.</source>
        <translation>この窓口には現在対応中の番号がありません。</translation>
    </message>
    <message>
        <source>Finish the current ticket first.</source>
        <translation>先に現在の番号の対応を終えてください。</translation>
    </message>
    <message>
        <source>The queue server cannot be reached. Try again.</source>
        <translation>順番待ちサーバーに接続できません。もう一度お試しください。</translation>
    </message>
    <message>
        <source>The queue refused this: %1</source>
        <translation>順番待ちシステムがこの操作を拒否しました：%1</translation>
    </message>
    <message>
        <source>Nobody is waiting for this counter.</source>
        <translation>この窓口でお待ちの方はいません。</translation>
    </message>
</context>
<context>
    <name>DisplayBoard</name>
    <message>
        <source>Now calling</source>
        <translation>ただいまお呼びしている番号</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>窓口</translation>
    </message>
    <message>
        <source>No number is being called yet.</source>
        <translation>まだ番号は呼び出されていません。</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>%1番窓口</translation>
    </message>
    <message>
        <source>Called before</source>
        <translation>呼び出し済みの番号</translation>
    </message>
    <message>
        <source>When your number is called, please go to the counter shown. Keep your ticket ready.</source>
        <translation>番号が呼ばれましたら、表示された窓口へお越しください。番号札をご用意ください。</translation>
    </message>
</context>
<context>
    <name>FeeStep</name>
    <message>
        <source>The result is usually ready %1 working days after the application is received.</source>
        <translation>結果は通常、申請の受付から %1 開庁日後に出ます。</translation>
    </message>
    <message>
        <source>Fee according to the procedures catalogue of %1.</source>
        <translation>手数料は %1 付けの手続き一覧に基づきます。</translation>
    </message>
    <message>
        <source>When you touch &quot;Submit the application&quot;, it is sent to the immigration office and you can pay the fee by bank QR code. Your answers can no longer be changed after that.</source>
        <translation>「申請を提出」にタッチすると、申請が出入国管理機関に送信され、銀行のQRコードで手数料をお支払いいただけます。送信後は入力内容を変更できません。</translation>
    </message>
    <message>
        <source>Reduced fee until %1 (%2). The normal fee is %3.</source>
        <translation>%1まで減額された手数料です（%2）。通常の手数料は%3です。</translation>
    </message>
    <message>
        <source>Reduced fee (%1). The normal fee is %2.</source>
        <translation>減額された手数料です（%1）。通常の手数料は%2です。</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>What would you like to do today?</source>
        <translation>本日はどのようなご用件ですか？</translation>
    </message>
    <message>
        <source>Touch a service to begin. A police guide is nearby if you need help.</source>
        <translation>サービスにタッチして開始してください。お困りの際は、近くにいる案内係の警察官にお声がけください。</translation>
    </message>
    <message>
        <source>Hotline %1  ·  %2</source>
        <translation>ホットライン %1  ·  %2</translation>
    </message>
</context>
<context>
    <name>IdCardScan</name>
    <message>
        <source>This QR code is not from an ID card (it is a web link)</source>
        <translation>このQRコードは身分証明書のものではありません（ウェブリンクです）</translation>
    </message>
    <message>
        <source>This QR code is not from an ID card (it is a payment code)</source>
        <translation>このQRコードは身分証明書のものではありません（支払いコードです）</translation>
    </message>
    <message>
        <source>This QR code is not from an ID card (it is an application receipt)</source>
        <translation>このQRコードは身分証明書のものではありません（申請受付票のコードです）</translation>
    </message>
    <message>
        <source>This QR code is not from an ID card</source>
        <translation>このQRコードは身分証明書のものではありません</translation>
    </message>
    <message>
        <source>The QR code could not be read, please scan again</source>
        <translation>QRコードを読み取れませんでした。もう一度スキャンしてください</translation>
    </message>
    <message>
        <source>The QR code was read with wrong characters, please scan again with the camera</source>
        <translation>QRコードの文字が正しく読み取れませんでした。カメラでもう一度スキャンしてください</translation>
    </message>
    <message>
        <source>The personal ID number in the QR code is not valid</source>
        <translation>QRコードの個人識別番号が無効です</translation>
    </message>
    <message>
        <source>The old ID card number in the QR code is not valid</source>
        <translation>QRコードの旧身分証番号が無効です</translation>
    </message>
    <message>
        <source>The name in the QR code is not valid</source>
        <translation>QRコードの氏名が無効です</translation>
    </message>
    <message>
        <source>The address in the QR code is not valid</source>
        <translation>QRコードの住所が無効です</translation>
    </message>
    <message>
        <source>The sex in the QR code is not valid</source>
        <translation>QRコードの性別が無効です</translation>
    </message>
    <message>
        <source>The date of birth in the QR code is not valid</source>
        <translation>QRコードの生年月日が無効です</translation>
    </message>
    <message>
        <source>The date of issue in the QR code is not valid</source>
        <translation>QRコードの発行日が無効です</translation>
    </message>
    <message>
        <source>The date of issue in the QR code is before the date of birth, please scan again</source>
        <translation>QRコードの発行日が生年月日より前になっています。もう一度スキャンしてください</translation>
    </message>
    <message>
        <source>The date of issue in the QR code is after today, please scan again</source>
        <translation>QRコードの発行日が本日より後になっています。もう一度スキャンしてください</translation>
    </message>
    <message>
        <source>The ID number does not match the sex in the QR code, please scan again</source>
        <translation>識別番号がQRコードの性別と一致しません。もう一度スキャンしてください</translation>
    </message>
    <message>
        <source>The ID number does not match the year of birth in the QR code, please scan again</source>
        <translation>識別番号がQRコードの生年と一致しません。もう一度スキャンしてください</translation>
    </message>
    <message>
        <source>This scanner loses Vietnamese accents: please hold the back of the card to the camera</source>
        <translation>このスキャナーではベトナム語の声調記号が失われます。カードの裏面をカメラにかざしてください</translation>
    </message>
    <message>
        <source>The QR code was not read correctly, please scan the back of the card again</source>
        <translation>QRコードが正しく読み取れませんでした。カードの裏面をもう一度スキャンしてください</translation>
    </message>
</context>
<context>
    <name>IdScanStep</name>
    <message>
        <source>Back of the card, QR code facing the camera</source>
        <translation>カードの裏面、QRコードをカメラに向けて</translation>
    </message>
    <message>
        <source>The camera is not available.</source>
        <translation>カメラは現在使用できません。</translation>
    </message>
    <message>
        <source>Hold the back of your ID card in the frame</source>
        <translation>身分証明書の裏面を枠内にかざしてください</translation>
    </message>
    <message>
        <source>Scan the QR code on the back of your ID card with the scanner</source>
        <translation>身分証明書の裏面のQRコードをスキャナーで読み取ってください</translation>
    </message>
    <message>
        <source>Please type your details by hand.</source>
        <translation>情報を手入力してください。</translation>
    </message>
    <message>
        <source>Your name, ID number, date of birth and permanent address are filled in from the card. You check them before going on.</source>
        <translation>氏名、識別番号、生年月日、常住所は身分証明書から自動入力されます。次へ進む前にご確認ください。</translation>
    </message>
    <message>
        <source>Card read</source>
        <translation>カードを読み取りました</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Personal ID number</source>
        <translation>個人識別番号</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>Use this information</source>
        <translation>この情報を使う</translation>
    </message>
    <message>
        <source>Scan again</source>
        <translation>もう一度スキャン</translation>
    </message>
    <message>
        <source>Type by hand</source>
        <translation>手入力</translation>
    </message>
</context>
<context>
    <name>IdleDialog</name>
    <message>
        <source>Do you need more time?</source>
        <translation>もう少しお時間が必要ですか？</translation>
    </message>
    <message>
        <source>To protect your information, this session will end and everything you entered will be erased.</source>
        <translation>個人情報保護のため、このセッションは終了し、入力された内容はすべて消去されます。</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Yes, continue</source>
        <translation>はい、続けます</translation>
    </message>
</context>
<context>
    <name>InputMethodToggle</name>
    <message>
        <source>Typing:</source>
        <translation>入力方式：</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Choose your language</source>
        <translation>言語を選択してください</translation>
    </message>
</context>
<context>
    <name>PassportField</name>
    <message>
        <source>(optional)</source>
        <translation>（任意）</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Touch to choose</source>
        <translation>タッチして選択</translation>
    </message>
    <message>
        <source>From the ID card</source>
        <translation>身分証明書から</translation>
    </message>
</context>
<context>
    <name>PassportScreen</name>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Confirm and see the fee</source>
        <translation>確認して手数料を見る</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>Confirm and print the declaration</source>
        <translation>確認して申請書を印刷</translation>
    </message>
    <message>
        <source>Submit the application</source>
        <translation>申請を提出</translation>
    </message>
</context>
<context>
    <name>PassportWizard</name>
    <message>
        <source>Check your answers</source>
        <translation>入力内容の確認</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>手数料</translation>
    </message>
    <message>
        <source>Please correct the answers marked above before going on.</source>
        <translation>次へ進む前に、上に示された項目を修正してください。</translation>
    </message>
    <message>
        <source>Some answers need correcting: touch &quot;Edit&quot; next to the section.</source>
        <translation>修正が必要な項目があります。該当する項目の横の「修正」にタッチしてください。</translation>
    </message>
    <message>
        <source>Please tick the declaration to go on.</source>
        <translation>次へ進むには、誓約欄にチェックを入れてください。</translation>
    </message>
    <message>
        <source>Scan your ID card</source>
        <translation>身分証明書の読み取り</translation>
    </message>
    <message>
        <source>Passport photo</source>
        <translation>パスポート用写真</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>お支払い</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>受付票</translation>
    </message>
    <message>
        <source>Print the declaration</source>
        <translation>申請書の印刷</translation>
    </message>
    <message>
        <source>This child is under 14: a parent or guardian fills in form TK01a for the child here, starting with their own details. The kiosk prints the declaration; the child then applies in person at the immigration office with a birth certificate.</source>
        <translation>このお子様は14歳未満です。父母または後見人の方が、ここでお子様の申請書（様式TK01a）をご自身の情報から記入してください。本機で申請書を印刷した後、お子様は出生証明書を持って出入国管理機関の窓口で申請します。</translation>
    </message>
</context>
<context>
    <name>PaymentStep</name>
    <message>
        <source>Sending your application…</source>
        <translation>申請を送信しています…</translation>
    </message>
    <message>
        <source>It is already saved on this kiosk and will not be lost.</source>
        <translation>申請はこの端末に保存済みのため、失われることはありません。</translation>
    </message>
    <message>
        <source>Your application has been received. Please pay the fee: open your banking app and scan this code.</source>
        <translation>申請を受け付けました。手数料をお支払いください：銀行アプリを開き、このコードを読み取ってください。</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>銀行</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>口座番号</translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation>振込内容</translation>
    </message>
    <message>
        <source>Application number</source>
        <translation>申請番号</translation>
    </message>
    <message>
        <source>This screen moves on by itself when the bank confirms the payment.</source>
        <translation>銀行が支払いを確認すると、画面は自動的に次へ進みます。</translation>
    </message>
    <message>
        <source>I have paid</source>
        <translation>支払いました</translation>
    </message>
    <message>
        <source>Pay later</source>
        <translation>後で支払う</translation>
    </message>
</context>
<context>
    <name>PhotoCapture</name>
    <message>
        <source>Please take your photo first, or call a guide for help.</source>
        <translation>先に写真を撮影するか、案内係を呼んでサポートを受けてください。</translation>
    </message>
</context>
<context>
    <name>PhotoGuidance</name>
    <message>
        <source>Please stand inside the frame</source>
        <translation>枠の中にお立ちください</translation>
    </message>
    <message>
        <source>Only one person in the frame</source>
        <translation>枠内はお一人だけにしてください</translation>
    </message>
    <message>
        <source>Move to the centre of the frame</source>
        <translation>枠の中央へ移動してください</translation>
    </message>
    <message>
        <source>Step back a little</source>
        <translation>少し後ろに下がってください</translation>
    </message>
    <message>
        <source>Come closer</source>
        <translation>もう少し近づいてください</translation>
    </message>
    <message>
        <source>Lower yourself a little</source>
        <translation>少し姿勢を低くしてください</translation>
    </message>
    <message>
        <source>Stand up a little straighter</source>
        <translation>少し背筋を伸ばしてください</translation>
    </message>
    <message>
        <source>Keep your head level</source>
        <translation>頭を傾けず、まっすぐにしてください</translation>
    </message>
    <message>
        <source>Look straight at the camera</source>
        <translation>カメラをまっすぐ見てください</translation>
    </message>
    <message>
        <source>Open your eyes and look at the camera</source>
        <translation>目を開けてカメラを見てください</translation>
    </message>
    <message>
        <source>Close your mouth, neutral face</source>
        <translation>口を閉じて、自然な表情にしてください</translation>
    </message>
    <message>
        <source>Please take off your glasses</source>
        <translation>眼鏡を外してください</translation>
    </message>
    <message>
        <source>The light is not right; please call a guide</source>
        <translation>照明が適切ではありません。案内係をお呼びください</translation>
    </message>
    <message>
        <source>Stand in front of the white background</source>
        <translation>白い背景の前にお立ちください</translation>
    </message>
    <message>
        <source>Hold still</source>
        <translation>動かないでください</translation>
    </message>
    <message>
        <source>Hold that pose</source>
        <translation>その姿勢のままお待ちください</translation>
    </message>
</context>
<context>
    <name>PhotoStep</name>
    <message>
        <source>Face in the frame</source>
        <translation>顔が枠内</translation>
    </message>
    <message>
        <source>Head straight</source>
        <translation>頭がまっすぐ</translation>
    </message>
    <message>
        <source>Eyes open, mouth closed</source>
        <translation>目を開け、口を閉じる</translation>
    </message>
    <message>
        <source>Even light</source>
        <translation>均一な照明</translation>
    </message>
    <message>
        <source>White background</source>
        <translation>白い背景</translation>
    </message>
    <message>
        <source>Sharp picture</source>
        <translation>鮮明な写真</translation>
    </message>
    <message>
        <source>The camera was disconnected.</source>
        <translation>カメラの接続が切れました。</translation>
    </message>
    <message>
        <source>The camera stopped sending pictures.</source>
        <translation>カメラからの映像が止まりました。</translation>
    </message>
    <message>
        <source>No camera was found on this kiosk.</source>
        <translation>この端末にカメラが見つかりません。</translation>
    </message>
    <message>
        <source>The camera cannot be used right now.</source>
        <translation>現在カメラを使用できません。</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>カメラを起動しています…</translation>
    </message>
    <message>
        <source>Please stand inside the oval</source>
        <translation>顔が楕円の枠内に収まるようにお立ちください</translation>
    </message>
    <message>
        <source>No glasses, no hat; keep your face and both ears visible. The photo is taken by itself when everything is right.</source>
        <translation>眼鏡や帽子は外し、顔と両耳が見えるようにしてください。条件が整うと自動で撮影されます。</translation>
    </message>
    <message>
        <source>This photo is attached to your application.</source>
        <translation>この写真が申請に添付されました。</translation>
    </message>
    <message>
        <source>Is this photo good? Check that your eyes are open and your face is clear.</source>
        <translation>この写真でよろしいですか？目が開いていて、顔がはっきり写っているかご確認ください。</translation>
    </message>
    <message>
        <source>Use this photo</source>
        <translation>この写真を使う</translation>
    </message>
    <message>
        <source>Retake (%1 left)</source>
        <translation>撮り直す（残り%1回）</translation>
    </message>
    <message>
        <source>Your answers are kept. A guide can help you take the photo.</source>
        <translation>入力内容はそのまま保存されています。案内係が写真撮影をお手伝いします。</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>もう一度試す</translation>
    </message>
    <message>
        <source>A guide is coming</source>
        <translation>案内係が参ります</translation>
    </message>
    <message>
        <source>Call a guide</source>
        <translation>案内係を呼ぶ</translation>
    </message>
</context>
<context>
    <name>PlacePicker</name>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Type part of the name, accents not needed</source>
        <translation>名称の一部を入力してください（声調記号は不要です）</translation>
    </message>
    <message>
        <source>Please choose the province or city first.</source>
        <translation>先に省または市を選択してください。</translation>
    </message>
    <message>
        <source>Nothing found. Try fewer letters.</source>
        <translation>見つかりませんでした。入力する文字を減らしてみてください。</translation>
    </message>
</context>
<context>
    <name>ProcedureGuide</name>
    <message>
        <source>See the note</source>
        <translation>備考を参照</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>無料</translation>
    </message>
    <message>
        <source>%1 (reduced from %2)</source>
        <translation>%1（%2から減額）</translation>
    </message>
    <message>
        <source>Immediately, online</source>
        <translation>即時（オンライン）</translation>
    </message>
    <message numerus="yes">
        <source>about %n month(s)</source>
        <translation>
            <numerusform>約%nか月</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n開庁日</numerusform>
        </translation>
    </message>
    <message>
        <source>Fully online</source>
        <translation>全手続きオンライン</translation>
    </message>
    <message>
        <source>Partly online</source>
        <translation>一部オンライン</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>窓口で申請</translation>
    </message>
    <message>
        <source>Collect at the office</source>
        <translation>窓口で受け取り</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>郵送</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>オンライン</translation>
    </message>
    <message>
        <source>Fees from the public service portal, %1.</source>
        <translation>手数料は公共サービスポータルによります（%1）。</translation>
    </message>
    <message>
        <source>Fees as published on %1. Officers confirm the amount at the counter.</source>
        <translation>手数料は %1 公表のものです。金額は窓口で職員が確認いたします。</translation>
    </message>
</context>
<context>
    <name>ProceduresScreen</name>
    <message>
        <source>Procedures and fees</source>
        <translation>手続きと手数料</translation>
    </message>
    <message>
        <source>Search, e.g. &quot;ho chieu&quot;</source>
        <translation>検索（例：&quot;ho chieu&quot;）</translation>
    </message>
    <message>
        <source>No procedure matches these words.</source>
        <translation>この語句に一致する手続きはありません。</translation>
    </message>
    <message>
        <source>Touch a procedure to see what to bring and what it costs.</source>
        <translation>手続きにタッチすると、必要書類と手数料をご覧いただけます。</translation>
    </message>
    <message>
        <source>Who it is for</source>
        <translation>対象者</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>手数料</translation>
    </message>
    <message>
        <source>Result ready in</source>
        <translation>処理期間</translation>
    </message>
    <message>
        <source>How you get the result</source>
        <translation>結果の受け取り方法</translation>
    </message>
    <message>
        <source>Can it be done online?</source>
        <translation>オンラインで手続きできますか？</translation>
    </message>
    <message>
        <source>Papers to bring</source>
        <translation>必要書類</translation>
    </message>
    <message>
        <source>Back to services</source>
        <translation>サービス一覧に戻る</translation>
    </message>
</context>
<context>
    <name>ProgressSteps</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>ステップ %1/%2</translation>
    </message>
</context>
<context>
    <name>QueueDesk</name>
    <message>
        <source>No priority</source>
        <translation>優先なし</translation>
    </message>
    <message>
        <source>Aged 60 or over</source>
        <translation>60歳以上の方</translation>
    </message>
    <message>
        <source>Person with a disability</source>
        <translation>障害のある方</translation>
    </message>
    <message>
        <source>Pregnant</source>
        <translation>妊娠中の方</translation>
    </message>
    <message>
        <source>With a child under 3</source>
        <translation>3歳未満のお子様連れの方</translation>
    </message>
    <message>
        <source>Person with meritorious services</source>
        <translation>国家功労者</translation>
    </message>
    <message>
        <source>This service is closed now. Please come back during opening hours.</source>
        <translation>このサービスは現在受付を終了しています。受付時間内にお越しください。</translation>
    </message>
    <message>
        <source>All of today&apos;s numbers for this service are taken. Please come back tomorrow.</source>
        <translation>本日のこのサービスの番号札はすべて発行済みです。明日またお越しください。</translation>
    </message>
    <message>
        <source>A number cannot be given right now. Please ask a guide.</source>
        <translation>現在番号札を発行できません。案内係にお尋ねください。</translation>
    </message>
    <message>
        <source>The ticket could not be printed.</source>
        <translation>番号札を印刷できませんでした。</translation>
    </message>
</context>
<context>
    <name>ReceiptStep</name>
    <message>
        <source>Your application is saved on this kiosk</source>
        <translation>申請はこの端末に保存されました</translation>
    </message>
    <message>
        <source>Your application has been received</source>
        <translation>申請を受け付けました</translation>
    </message>
    <message>
        <source>The portal cannot be reached right now. The application will be sent automatically; you will receive an SMS with the application number and how to pay the fee.</source>
        <translation>現在、公共サービスポータルに接続できません。申請は自動的に送信されます。申請番号と手数料の支払い方法を記載したSMSが届きます。</translation>
    </message>
    <message>
        <source>Kiosk reference</source>
        <translation>端末の参照番号</translation>
    </message>
    <message>
        <source>Application number</source>
        <translation>申請番号</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>手数料</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>支払い済み</translation>
    </message>
    <message>
        <source>not paid yet</source>
        <translation>未払い</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>結果の予定日</translation>
    </message>
    <message>
        <source>You can pay the fee later with the link in the SMS or on the public service portal.</source>
        <translation>手数料は後ほど、SMSのリンクまたは公共サービスポータルからお支払いいただけます。</translation>
    </message>
    <message>
        <source>Printing your receipt…</source>
        <translation>受付票を印刷しています…</translation>
    </message>
    <message>
        <source>Please take your printed receipt.</source>
        <translation>印刷された受付票をお取りください。</translation>
    </message>
    <message>
        <source>This kiosk has no printer: please note the number above.</source>
        <translation>この端末にはプリンターがありません。上の番号をお控えください。</translation>
    </message>
    <message>
        <source>Scan this code at any kiosk to follow your application.</source>
        <translation>どの端末でもこのコードを読み取ると、申請の状況を確認できます。</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>もう一度印刷</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
</context>
<context>
    <name>ReviewStep</name>
    <message>
        <source>Edit</source>
        <translation>修正</translation>
    </message>
    <message>
        <source>I declare that the information above is true.</source>
        <translation>上記の内容が事実であることを誓約します。</translation>
    </message>
</context>
<context>
    <name>ServiceCatalog</name>
    <message>
        <source>About this support point</source>
        <translation>このサポート窓口について</translation>
    </message>
    <message>
        <source>Address, opening hours and hotline</source>
        <translation>住所・受付時間・ホットライン</translation>
    </message>
    <message>
        <source>Check an application</source>
        <translation>申請の照会</translation>
    </message>
    <message>
        <source>See where your application is, with the number on your receipt</source>
        <translation>受付票の番号で申請の状況を確認できます</translation>
    </message>
    <message>
        <source>Apply for a passport</source>
        <translation>パスポートの申請</translation>
    </message>
    <message>
        <source>Fill in the passport declaration (form TK01) step by step</source>
        <translation>パスポート申請書（様式TK01）を順番に記入します</translation>
    </message>
    <message>
        <source>Take a queue number</source>
        <translation>番号札を取る</translation>
    </message>
    <message>
        <source>Get a number for the counter and see how long the wait is</source>
        <translation>窓口の番号札を取り、待ち時間を確認できます</translation>
    </message>
    <message>
        <source>Procedures and fees</source>
        <translation>手続きと手数料</translation>
    </message>
    <message>
        <source>What to bring, what it costs and when the result is ready</source>
        <translation>必要書類、手数料、結果が出る時期</translation>
    </message>
</context>
<context>
    <name>SiteInfoScreen</name>
    <message>
        <source>About this support point</source>
        <translation>このサポート窓口について</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>受付時間</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>ホットライン</translation>
    </message>
    <message>
        <source>Back to services</source>
        <translation>サービス一覧に戻る</translation>
    </message>
</context>
<context>
    <name>StatusLookup</name>
    <message>
        <source>Application received</source>
        <translation>申請受付済み</translation>
    </message>
    <message>
        <source>Being processed</source>
        <translation>処理中</translation>
    </message>
    <message>
        <source>More information needed</source>
        <translation>追加提出が必要</translation>
    </message>
    <message>
        <source>Ready for pickup</source>
        <translation>受け取り可能</translation>
    </message>
    <message>
        <source>Sent by post</source>
        <translation>郵送済み</translation>
    </message>
    <message>
        <source>Result handed over</source>
        <translation>交付済み</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>不許可</translation>
    </message>
    <message>
        <source>Your application has been received and is waiting to be processed. Nothing more is needed from you for now.</source>
        <translation>申請を受け付け、処理を待っています。現時点でお手続きいただくことはありません。</translation>
    </message>
    <message>
        <source>The immigration office is processing your application.</source>
        <translation>出入国管理機関が申請を処理しています。</translation>
    </message>
    <message>
        <source>The immigration office is processing your application. The result is expected on %1.</source>
        <translation>出入国管理機関が申請を処理しています。結果は %1 の予定です。</translation>
    </message>
    <message>
        <source>The office needs more from you: %1 Please ask a police guide, or add it on the public-service portal.</source>
        <translation>追加の提出が必要です：%1 案内係の警察官にお尋ねいただくか、公共サービスポータルで追加してください。</translation>
    </message>
    <message>
        <source>Your passport is ready. Bring your ID card and this receipt to the office where you applied.</source>
        <translation>パスポートの準備ができました。身分証明書とこの受付票をお持ちのうえ、申請した窓口でお受け取りください。</translation>
    </message>
    <message>
        <source>Your passport has been sent by post to the address you gave. The postman will call before delivering.</source>
        <translation>パスポートはご登録の住所へ郵送されました。配達前に配達員からお電話があります。</translation>
    </message>
    <message>
        <source>Your application is complete and the result has been handed over.</source>
        <translation>申請の手続きは完了し、結果は交付済みです。</translation>
    </message>
    <message>
        <source>Reason: %1 A police guide can help you apply again.</source>
        <translation>理由：%1 案内係の警察官が再申請をお手伝いします。</translation>
    </message>
    <message>
        <source>This is not a receipt number. It has capital letters, digits and dashes, for example HN-261123-000123.</source>
        <translation>受付番号ではありません。番号は大文字の英字、数字、ハイフンで構成されます（例：HN-261123-000123）。</translation>
    </message>
    <message>
        <source>No application has this number. Please check the number on your receipt.</source>
        <translation>この番号の申請は見つかりません。受付票の番号をご確認ください。</translation>
    </message>
    <message>
        <source>This application is saved on the kiosk and will be sent to the portal automatically as soon as the connection returns. Please check again later.</source>
        <translation>この申請は端末に保存されており、接続が回復しだい自動的にポータルへ送信されます。後ほど改めてご確認ください。</translation>
    </message>
    <message>
        <source>The public-service portal could not be verified. Please tell a police guide.</source>
        <translation>公共サービスポータルを検証できませんでした。案内係の警察官にお知らせください。</translation>
    </message>
    <message>
        <source>Status lookup is not available on this kiosk. Please ask a police guide.</source>
        <translation>この端末では申請の照会をご利用いただけません。案内係の警察官にお尋ねください。</translation>
    </message>
    <message>
        <source>The public-service portal cannot be reached right now. Please try again in a few minutes.</source>
        <translation>現在、公共サービスポータルに接続できません。数分後にもう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>StatusLookupScreen</name>
    <message>
        <source>Check an application</source>
        <translation>申請の照会</translation>
    </message>
    <message>
        <source>Type the number printed on your receipt, or hold the receipt&apos;s QR code under the scanner.</source>
        <translation>受付票に印刷された番号を入力するか、受付票のQRコードをスキャナーにかざしてください。</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>照会</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>申請 %1</translation>
    </message>
    <message>
        <source>Expected return date: %1</source>
        <translation>結果の予定日：%1</translation>
    </message>
</context>
<context>
    <name>TakeNumberScreen</name>
    <message>
        <source>Take a queue number</source>
        <translation>番号札を取る</translation>
    </message>
    <message>
        <source>Priority (the law gives it to these people; a guide may check):</source>
        <translation>優先（法令で定められた方が対象です。係員が確認する場合があります）：</translation>
    </message>
    <message>
        <source>Choose the service:</source>
        <translation>サービスを選択してください：</translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation>待ち：%1</translation>
    </message>
    <message>
        <source>closed now</source>
        <translation>受付終了</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>あなたの番号</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>優先：%1</translation>
    </message>
    <message>
        <source>People ahead of you: %1</source>
        <translation>前の待ち人数：%1人</translation>
    </message>
    <message>
        <source>about %1 min</source>
        <translation>約%1分</translation>
    </message>
    <message>
        <source>Taken at %1. Watch the screen: your number and counter will be called.</source>
        <translation>%1 発行。画面をご覧ください。番号と窓口が呼び出されます。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Home</source>
        <translation>ホーム</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>終了</translation>
    </message>
</context>
</TS>
