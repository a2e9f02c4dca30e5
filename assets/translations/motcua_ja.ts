<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AccessibilityBar</name>
    <message>
        <source>Large text</source>
        <translation>大きな文字</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>コントラスト</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>読み上げ</translation>
    </message>
    <message>
        <source>Read each step</source>
        <translation>各手順を読み上げ</translation>
    </message>
</context>
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
    <name>CallGuideButton</name>
    <message>
        <source>Call a guide</source>
        <translation>案内係を呼ぶ</translation>
    </message>
    <message>
        <source>A guide is on the way. Please stay at this kiosk.</source>
        <translation>案内係が向かっています。このキオスクの前でお待ちください。</translation>
    </message>
    <message>
        <source>The guides could not be reached. Please ask at the nearest counter.</source>
        <translation>案内係に連絡できませんでした。最寄りの窓口でお尋ねください。</translation>
    </message>
</context>
<context>
    <name>ChildDeclarationPaper</name>
    <message>
        <source>Declaration for an ordinary passport for a child under 14 in Vietnam (TK01a)</source>
        <translation>ベトナム国内の 14 歳未満の子どもの一般パスポート発給申請書（TK01a）</translation>
    </message>
    <message>
        <source>I declare that the information above is true.</source>
        <translation>上記の情報が真実であることを誓約します。</translation>
    </message>
    <message>
        <source>Signature and full name of the legal representative:</source>
        <translation>法定代理人の署名と氏名：</translation>
    </message>
    <message>
        <source>BRING WHEN YOU APPLY</source>
        <translation>申請時の持ち物</translation>
    </message>
    <message>
        <source>• The child comes in person with a parent or guardian.</source>
        <translation>• 子どもは父母または後見人と一緒に本人が来所します。</translation>
    </message>
    <message>
        <source>• This declaration, signed.</source>
        <translation>• 署名済みのこの申請書。</translation>
    </message>
    <message>
        <source>• A copy of the child&apos;s birth certificate or birth record (bring the original for comparison).</source>
        <translation>• 子どもの出生証明書または出生記録の写し（照合用に原本を持参）。</translation>
    </message>
    <message>
        <source>• The representative&apos;s ID card; proof of guardianship for a guardian.</source>
        <translation>• 代理人の身分証。後見人の場合は後見を証明する書類。</translation>
    </message>
    <message>
        <source>• The child&apos;s old passport, if any.</source>
        <translation>• 子どもの以前のパスポート（ある場合）。</translation>
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
    <name>CounterWindow</name>
    <message>
        <source>Counter %1 · motcua</source>
        <translation>窓口 %1 · motcua</translation>
    </message>
</context>
<context>
    <name>DayFiguresView</name>
    <message>
        <source>Today&apos;s figures (%1)</source>
        <translation>本日の数値（%1）</translation>
    </message>
    <message>
        <source>Sessions started</source>
        <translation>開始したセッション</translation>
    </message>
    <message>
        <source>Sessions finished</source>
        <translation>完了したセッション</translation>
    </message>
    <message>
        <source>Sessions abandoned or timed out</source>
        <translation>中断またはタイムアウトしたセッション</translation>
    </message>
    <message>
        <source>Applications submitted</source>
        <translation>提出された申請</translation>
    </message>
    <message>
        <source>Applications accepted by the portal</source>
        <translation>ポータルが受理した申請</translation>
    </message>
    <message>
        <source>Queue numbers</source>
        <translation>整理番号</translation>
    </message>
    <message>
        <source>%1 — issued %2, served %3, absent %4, median wait %5 min</source>
        <translation>%1 — 発券 %2、対応済み %3、不在 %4、待ち時間の中央値 %5 分</translation>
    </message>
    <message>
        <source>Some figures could not be read (%1).</source>
        <translation>一部の数値を読み取れませんでした（%1）。</translation>
    </message>
</context>
<context>
    <name>DeviceHealth</name>
    <message>
        <source>Out of paper</source>
        <translation>用紙切れ</translation>
    </message>
    <message>
        <source>Paper running low</source>
        <translation>用紙残りわずか</translation>
    </message>
    <message>
        <source>Paper jam</source>
        <translation>紙詰まり</translation>
    </message>
    <message>
        <source>Cover open</source>
        <translation>カバーが開いています</translation>
    </message>
    <message>
        <source>Out of ink</source>
        <translation>インク切れ</translation>
    </message>
    <message>
        <source>Ink running low</source>
        <translation>インク残りわずか</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>Print service not running</source>
        <translation>印刷サービスが停止しています</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>停止中</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>要確認</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Not installed</source>
        <translation>未設置</translation>
    </message>
    <message>
        <source>Enough paper</source>
        <translation>用紙あり</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Connected (%1 ms)</source>
        <translation>接続済み（%1 ms）</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>接続済み</translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>Cannot reach the portal</source>
        <translation>ポータルに接続できません</translation>
    </message>
    <message>
        <source>Cannot read the local store</source>
        <translation>端末内のデータを読み取れません</translation>
    </message>
    <message>
        <source>Nothing waiting</source>
        <translation>送信待ちはありません</translation>
    </message>
    <message>
        <source>Waiting to send: %1</source>
        <translation>送信待ち：%1</translation>
    </message>
    <message>
        <source>Could not be sent: %1</source>
        <translation>送信できなかったもの：%1</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>まだありません</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1 分前</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>%1 時間前</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>%1 日前</translation>
    </message>
    <message>
        <source>%1 GB free</source>
        <translation>空き %1 GB</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>稼働中</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>プリンター</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>用紙</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>カメラ</translation>
    </message>
    <message>
        <source>Code scanner</source>
        <translation>コードスキャナー</translation>
    </message>
    <message>
        <source>Portal link</source>
        <translation>ポータル接続</translation>
    </message>
    <message>
        <source>Applications to send</source>
        <translation>送信する申請</translation>
    </message>
    <message>
        <source>Last application accepted</source>
        <translation>最後に受理された申請</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>休止中</translation>
    </message>
    <message>
        <source>Disk space</source>
        <translation>ディスク容量</translation>
    </message>
</context>
<context>
    <name>DeviceHealthView</name>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>要確認</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>再確認</translation>
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
    <name>FeedbackScreen</name>
    <message>
        <source>Very dissatisfied</source>
        <translation>とても不満</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不満</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>満足</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>とても満足</translation>
    </message>
    <message>
        <source>How was your visit today?</source>
        <translation>本日のご利用はいかがでしたか？</translation>
    </message>
    <message>
        <source>Thank you! Anything we could do better?</source>
        <translation>ありがとうございます。改善できる点はありますか？</translation>
    </message>
    <message>
        <source>One touch on a face is enough. Your answer is anonymous and helps the centre serve you better.</source>
        <translation>顔を一つタッチするだけです。回答は匿名で、センターのサービス向上に役立てられます。</translation>
    </message>
    <message>
        <source>You may write a suggestion, or touch Done.</source>
        <translation>ご意見をご記入いただくか、「完了」をタッチしてください。</translation>
    </message>
    <message>
        <source>Please do not write your name, ID card number, phone number or address. Numbers like these are removed.</source>
        <translation>氏名、身分証番号、電話番号、住所は書かないでください。このような番号は削除されます。</translation>
    </message>
    <message>
        <source>Your suggestion (optional)</source>
        <translation>ご意見（任意）</translation>
    </message>
    <message>
        <source>This screen closes by itself after %1 seconds without a touch.</source>
        <translation>%1 秒間操作がないと、この画面は自動的に閉じます。</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
</context>
<context>
    <name>FieldError</name>
    <message>
        <source>Please fill in this field.</source>
        <translation>この項目を入力してください。</translation>
    </message>
    <message>
        <source>Please pick one of the options.</source>
        <translation>選択肢から一つ選んでください。</translation>
    </message>
    <message>
        <source>This field is not on the form.</source>
        <translation>この項目は申請書にありません。</translation>
    </message>
    <message>
        <source>This answer must be text.</source>
        <translation>この項目は文字で入力してください。</translation>
    </message>
    <message>
        <source>Too long; please shorten it.</source>
        <translation>長すぎます。短くしてください。</translation>
    </message>
    <message>
        <source>Names may contain only Vietnamese letters, spaces, hyphens and apostrophes.</source>
        <translation>氏名に使えるのはベトナム語の文字、空白、ハイフン、アポストロフィだけです。</translation>
    </message>
    <message>
        <source>Write the date as year-month-day, e.g. 1990-01-31.</source>
        <translation>日付は 年-月-日 の形で書いてください（例：1990-01-31）。</translation>
    </message>
    <message>
        <source>This day does not exist.</source>
        <translation>この日付は存在しません。</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>未来の日付は入力できません。</translation>
    </message>
    <message>
        <source>The date is too far in the past; check the year.</source>
        <translation>日付が古すぎます。年を確認してください。</translation>
    </message>
    <message>
        <source>This date must be after the date of birth.</source>
        <translation>この日付は生年月日より後でなければなりません。</translation>
    </message>
    <message>
        <source>ID cards with a personal ID number have been issued since 1 January 2016.</source>
        <translation>個人識別番号付きの身分証は 2016 年 1 月 1 日から発行されています。</translation>
    </message>
    <message>
        <source>The personal ID number has exactly 12 digits.</source>
        <translation>個人識別番号はちょうど 12 桁の数字です。</translation>
    </message>
    <message>
        <source>The personal ID number contains digits only.</source>
        <translation>個人識別番号は数字だけです。</translation>
    </message>
    <message>
        <source>The first three digits are not a province code.</source>
        <translation>最初の 3 桁が省・市のコードではありません。</translation>
    </message>
    <message>
        <source>The ID number does not match the sex given.</source>
        <translation>識別番号が入力した性別と一致しません。</translation>
    </message>
    <message>
        <source>The ID number does not match the year of birth.</source>
        <translation>識別番号が生まれ年と一致しません。</translation>
    </message>
    <message>
        <source>The child&apos;s ID number is the same as the representative&apos;s.</source>
        <translation>子どもの識別番号が代理人と同じです。</translation>
    </message>
    <message>
        <source>Under 14: a parent or guardian fills in form TK01a.</source>
        <translation>14 歳未満：父母または後見人が TK01a 様式に記入します。</translation>
    </message>
    <message>
        <source>Aged 14 or over: fill in form TK01 yourself.</source>
        <translation>14 歳以上：ご本人が TK01 様式に記入してください。</translation>
    </message>
    <message>
        <source>The legal representative must be 18 or over.</source>
        <translation>法定代理人は 18 歳以上でなければなりません。</translation>
    </message>
    <message>
        <source>A mobile number has 10 digits and starts with 0 (or +84).</source>
        <translation>携帯電話番号は 0（または +84）で始まる 10 桁の数字です。</translation>
    </message>
    <message>
        <source>This is not a Vietnamese mobile prefix.</source>
        <translation>ベトナムの携帯電話番号の局番ではありません。</translation>
    </message>
    <message>
        <source>This email address is not valid, e.g. name@example.vn.</source>
        <translation>メールアドレスが正しくありません（例：name@example.vn）。</translation>
    </message>
    <message>
        <source>Unknown province or city.</source>
        <translation>この省または市は見つかりません。</translation>
    </message>
    <message>
        <source>Unknown commune, ward or special zone.</source>
        <translation>この社・坊・特区は見つかりません。</translation>
    </message>
    <message>
        <source>This commune or ward is not in the chosen province.</source>
        <translation>この社・坊は選んだ省・市にありません。</translation>
    </message>
    <message>
        <source>Please pick an ethnicity from the list.</source>
        <translation>一覧から民族を選んでください。</translation>
    </message>
    <message>
        <source>Please pick a religion from the list (or None).</source>
        <translation>一覧から宗教を選んでください（または「なし」）。</translation>
    </message>
    <message>
        <source>A passport number is one letter and 7 digits, e.g. C1234567.</source>
        <translation>パスポート番号は英字 1 文字と数字 7 桁です（例：C1234567）。</translation>
    </message>
    <message>
        <source>For a re-issue, give the number and date of issue of the old passport.</source>
        <translation>再発給の場合は、以前のパスポートの番号と発行日を記入してください。</translation>
    </message>
    <message>
        <source>You have had a passport: choose a re-issue, not a first passport.</source>
        <translation>パスポートをお持ちだったので、初回発給ではなく再発給を選んでください。</translation>
    </message>
    <message>
        <source>Give the name together with the date of birth.</source>
        <translation>生年月日と一緒に氏名を記入してください。</translation>
    </message>
    <message>
        <source>A parent&apos;s date of birth must be before the applicant&apos;s.</source>
        <translation>父母の生年月日は申請者の生年月日より前でなければなりません。</translation>
    </message>
    <message>
        <source>Below the legal age of marriage: no spouse can be declared.</source>
        <translation>法定婚姻年齢未満のため、配偶者は記入できません。</translation>
    </message>
    <message>
        <source>The relationship does not match the representative&apos;s sex.</source>
        <translation>続柄が代理人の性別と一致しません。</translation>
    </message>
    <message>
        <source>This answer is not valid.</source>
        <translation>この回答は有効ではありません。</translation>
    </message>
</context>
<context>
    <name>GuideHome</name>
    <message>
        <source>Guide mode — %1</source>
        <translation>案内係モード — %1</translation>
    </message>
    <message>
        <source>Guide home</source>
        <translation>案内係ホーム</translation>
    </message>
    <message>
        <source>Leave guide mode</source>
        <translation>案内係モードを終了</translation>
    </message>
    <message>
        <source>Start an assisted session</source>
        <translation>支援付きセッションを開始</translation>
    </message>
    <message>
        <source>The next citizen&apos;s application records that you helped</source>
        <translation>次の市民の申請に、あなたが支援したことが記録されます</translation>
    </message>
    <message>
        <source>Counter console</source>
        <translation>窓口コンソール</translation>
    </message>
    <message>
        <source>Call queue numbers, mark them served or absent</source>
        <translation>番号を呼び出し、対応済みまたは不在にする</translation>
    </message>
    <message>
        <source>Reprint a receipt</source>
        <translation>控えを再印刷</translation>
    </message>
    <message>
        <source>Today&apos;s tickets and receipts</source>
        <translation>本日の整理券と控え</translation>
    </message>
    <message>
        <source>Device health</source>
        <translation>機器の状態</translation>
    </message>
    <message>
        <source>Something needs attention</source>
        <translation>対応が必要な項目があります</translation>
    </message>
    <message>
        <source>Printer, camera, scanner, portal link</source>
        <translation>プリンター、カメラ、スキャナー、ポータル接続</translation>
    </message>
    <message>
        <source>Back in service</source>
        <translation>運用を再開</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>休止する</translation>
    </message>
    <message>
        <source>Citizens now see: %1</source>
        <translation>市民に表示中：%1</translation>
    </message>
    <message>
        <source>Stop citizens from starting a session, with a message</source>
        <translation>メッセージを表示し、市民のセッション開始を止める</translation>
    </message>
    <message>
        <source>Today&apos;s figures</source>
        <translation>本日の数値</translation>
    </message>
    <message>
        <source>Sessions, applications, queue numbers, waiting time</source>
        <translation>セッション、申請、整理番号、待ち時間</translation>
    </message>
    <message>
        <source>Close the kiosk application</source>
        <translation>キオスクアプリを終了</translation>
    </message>
    <message>
        <source>Technicians only: the citizen&apos;s data is wiped first</source>
        <translation>技術者専用：市民のデータを先に消去します</translation>
    </message>
</context>
<context>
    <name>GuideLogin</name>
    <message>
        <source>%1: enter your PIN</source>
        <translation>%1：PIN を入力してください</translation>
    </message>
    <message>
        <source>Guide mode: who are you?</source>
        <translation>案内係モード：どなたですか？</translation>
    </message>
    <message>
        <source>No guide accounts yet. A technician adds them with “motcua guide add”.</source>
        <translation>案内係のアカウントがまだありません。技術者が「motcua guide add」で追加します。</translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <translation>PIN を確認中…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
</context>
<context>
    <name>HelpAlertBanner</name>
    <message>
        <source>%1 needs a guide · since %2 (%3 min)</source>
        <translation>%1 が案内係を呼んでいます · %2 から（%3 分）</translation>
    </message>
    <message>
        <source>I&apos;m coming</source>
        <translation>すぐ行きます</translation>
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
    <name>OutOfServiceEditor</name>
    <message>
        <source>The kiosk is out of service</source>
        <translation>キオスクは休止中です</translation>
    </message>
    <message>
        <source>Take the kiosk out of service</source>
        <translation>キオスクを休止する</translation>
    </message>
    <message>
        <source>Since %1 took it out: “%2”</source>
        <translation>%1 が休止：「%2」</translation>
    </message>
    <message>
        <source>Bring the kiosk back into service</source>
        <translation>キオスクの運用を再開</translation>
    </message>
    <message>
        <source>Message for citizens:</source>
        <translation>市民へのメッセージ：</translation>
    </message>
    <message>
        <source>Or type a message</source>
        <translation>またはメッセージを入力</translation>
    </message>
    <message>
        <source>Take out of service</source>
        <translation>休止する</translation>
    </message>
</context>
<context>
    <name>OutOfServicePresets</name>
    <message>
        <source>The printer is being refilled. Please come back in a few minutes.</source>
        <translation>プリンターの用紙を補充しています。数分後にまたお越しください。</translation>
    </message>
    <message>
        <source>Maintenance in progress. Please use the other kiosk or the counter.</source>
        <translation>メンテナンス中です。ほかのキオスクか窓口をご利用ください。</translation>
    </message>
    <message>
        <source>This kiosk is closed for today. Please use the counter.</source>
        <translation>このキオスクは本日終了しました。窓口をご利用ください。</translation>
    </message>
</context>
<context>
    <name>OutOfServiceScreen</name>
    <message>
        <source>This kiosk is out of service</source>
        <translation>このキオスクは休止中です</translation>
    </message>
    <message>
        <source>A police guide in the hall can help you.</source>
        <translation>ホールの警察案内係がお手伝いします。</translation>
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
    <name>PassportForm</name>
    <message>
        <source>Legal representative</source>
        <translation>法定代理人</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>あなたについて</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>身分証</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>職業</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>家族</translation>
    </message>
    <message>
        <source>Previous passport</source>
        <translation>前回のパスポート</translation>
    </message>
    <message>
        <source>Request and delivery</source>
        <translation>申請内容と受け取り</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>申告</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Middle and given names</source>
        <translation>ミドルネームと名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>Place of birth (province or city)</source>
        <translation>出生地（省または市）</translation>
    </message>
    <message>
        <source>Personal ID number</source>
        <translation>個人識別番号</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>発行日</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Religion</source>
        <translation>宗教</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Permanent address: province or city</source>
        <translation>常住住所：省または市</translation>
    </message>
    <message>
        <source>Permanent address: commune or ward</source>
        <translation>常住住所：社・坊・特区</translation>
    </message>
    <message>
        <source>Permanent address: house, street, hamlet</source>
        <translation>常住住所：番地・通り・村・組</translation>
    </message>
    <message>
        <source>Temporary address: province or city</source>
        <translation>一時滞在住所：省または市</translation>
    </message>
    <message>
        <source>Temporary address: commune or ward</source>
        <translation>一時滞在住所：社・坊・特区</translation>
    </message>
    <message>
        <source>Temporary address: house, street, hamlet</source>
        <translation>一時滞在住所：番地・通り・村・組</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>職業</translation>
    </message>
    <message>
        <source>Employer&apos;s name and address (if any)</source>
        <translation>勤務先の名称と住所（ある場合）</translation>
    </message>
    <message>
        <source>Father: full name</source>
        <translation>父：氏名</translation>
    </message>
    <message>
        <source>Father: date of birth</source>
        <translation>父：生年月日</translation>
    </message>
    <message>
        <source>Mother: full name</source>
        <translation>母：氏名</translation>
    </message>
    <message>
        <source>Mother: date of birth</source>
        <translation>母：生年月日</translation>
    </message>
    <message>
        <source>Spouse: full name</source>
        <translation>配偶者：氏名</translation>
    </message>
    <message>
        <source>Spouse: date of birth</source>
        <translation>配偶者：生年月日</translation>
    </message>
    <message>
        <source>Most recent passport (if any): number</source>
        <translation>直近のパスポート（ある場合）：番号</translation>
    </message>
    <message>
        <source>Most recent passport: date of issue</source>
        <translation>直近のパスポート：発行日</translation>
    </message>
    <message>
        <source>What you request</source>
        <translation>申請内容</translation>
    </message>
    <message>
        <source>Reason and what changed</source>
        <translation>理由と変更内容</translation>
    </message>
    <message>
        <source>Passport with or without a chip</source>
        <translation>IC チップの有無</translation>
    </message>
    <message>
        <source>How to receive the passport</source>
        <translation>パスポートの受け取り方法</translation>
    </message>
    <message>
        <source>Delivery address: province or city</source>
        <translation>郵送先住所：省または市</translation>
    </message>
    <message>
        <source>Delivery address: commune or ward</source>
        <translation>郵送先住所：社・坊・特区</translation>
    </message>
    <message>
        <source>Delivery address: house, street, hamlet</source>
        <translation>郵送先住所：番地・通り・村・組</translation>
    </message>
    <message>
        <source>I declare that the information above is true</source>
        <translation>上記の情報が真実であることを誓約します</translation>
    </message>
    <message>
        <source>A. Legal representative: full name</source>
        <translation>A. 法定代理人：氏名</translation>
    </message>
    <message>
        <source>Relationship to the child</source>
        <translation>子どもとの関係</translation>
    </message>
    <message>
        <source>B. The child: surname</source>
        <translation>B. 子ども：姓</translation>
    </message>
    <message>
        <source>Personal ID number (if any)</source>
        <translation>個人識別番号（ある場合）</translation>
    </message>
    <message>
        <source>Date of issue (if the child has an ID card)</source>
        <translation>発行日（子どもが身分証を持つ場合）</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男性</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女性</translation>
    </message>
    <message>
        <source>First passport</source>
        <translation>パスポートの初回発給</translation>
    </message>
    <message>
        <source>Re-issue: expired or expiring</source>
        <translation>再発給：期限切れまたは期限間近</translation>
    </message>
    <message>
        <source>Re-issue: damaged</source>
        <translation>再発給：破損</translation>
    </message>
    <message>
        <source>Re-issue: lost</source>
        <translation>再発給：紛失</translation>
    </message>
    <message>
        <source>Re-issue: changed personal details</source>
        <translation>再発給：身分事項の変更</translation>
    </message>
    <message>
        <source>With chip</source>
        <translation>IC チップ付き</translation>
    </message>
    <message>
        <source>Without chip</source>
        <translation>IC チップなし</translation>
    </message>
    <message>
        <source>Collect at the office</source>
        <translation>窓口で受け取る</translation>
    </message>
    <message>
        <source>Send by post</source>
        <translation>郵送で受け取る</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>父</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>母</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>後見人</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>申告済み</translation>
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
    <name>PinPad</name>
    <message>
        <source>Erase</source>
        <translation>消去</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
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
    <name>QueueTicketPaper</name>
    <message>
        <source>QUEUE NUMBER</source>
        <translation>整理番号</translation>
    </message>
    <message>
        <source>People waiting before you: %1</source>
        <translation>前にお待ちの人数：%1 人</translation>
    </message>
    <message>
        <source>Expected wait: about %1 minutes</source>
        <translation>予想待ち時間：約 %1 分</translation>
    </message>
    <message>
        <source>Please take a seat and watch the screen and listen for your number. When called, go to the counter shown on the screen.</source>
        <translation>お座りになって、画面と呼び出し放送で番号をご確認ください。呼ばれたら画面に表示された窓口へお進みください。</translation>
    </message>
    <message>
        <source>Scan the code to follow your turn on your phone</source>
        <translation>コードを読み取ると、スマートフォンで順番を確認できます</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>APPLICATION RECEIPT</source>
        <translation>申請受付票</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参照番号</translation>
    </message>
    <message>
        <source>(The application is waiting to be sent to the public service portal; the receipt number will follow. Look it up with this reference.)</source>
        <translation>（申請は公共サービスポータルへの送信待ちです。受付番号は後日お知らせします。この参照番号で照会してください。）</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>受付番号</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>手続き</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申請者</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>提出日</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>支払済み</translation>
    </message>
    <message>
        <source>not paid</source>
        <translation>未払い</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>手数料</translation>
    </message>
    <message>
        <source>Result ready on</source>
        <translation>結果の受け取り予定日</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果の受け取り</translation>
    </message>
    <message>
        <source>by post, to the address given</source>
        <translation>登録した住所へ郵送</translation>
    </message>
    <message>
        <source>in person where you applied; bring this paper</source>
        <translation>申請した窓口で受け取り。この票をお持ちください</translation>
    </message>
    <message>
        <source>Scan the code to follow your application</source>
        <translation>コードを読み取って申請の状況を確認できます</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>ホットライン</translation>
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
    <name>ReprintView</name>
    <message>
        <source>Reprint a ticket or receipt</source>
        <translation>整理券または受付控えを再印刷</translation>
    </message>
    <message>
        <source>Printed again.</source>
        <translation>再印刷しました。</translation>
    </message>
    <message>
        <source>Not printed (%1). See device health.</source>
        <translation>印刷できませんでした（%1）。機器の状態を確認してください。</translation>
    </message>
    <message>
        <source>Nothing printed today.</source>
        <translation>本日の印刷はありません。</translation>
    </message>
    <message>
        <source>This kiosk has no printer.</source>
        <translation>このキオスクにはプリンターがありません。</translation>
    </message>
    <message>
        <source>Queue ticket</source>
        <translation>整理券</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>受付控え</translation>
    </message>
    <message>
        <source>(not printed)</source>
        <translation>（未印刷）</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>再印刷</translation>
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
        <translation>窓口のご案内</translation>
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
