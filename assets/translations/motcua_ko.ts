<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AttractScreen</name>
    <message>
        <source>Self-service public services</source>
        <translation>셀프 공공서비스</translation>
    </message>
    <message>
        <source>Touch to start</source>
        <translation>화면을 터치하여 시작하십시오</translation>
    </message>
    <message>
        <source>Hotline %1</source>
        <translation>상담 전화 %1</translation>
    </message>
</context>
<context>
    <name>ChildDeclarationStep</name>
    <message>
        <source>Printing the declaration…</source>
        <translation>신청서를 인쇄하고 있습니다…</translation>
    </message>
    <message>
        <source>Please take the printed declaration and sign it.</source>
        <translation>인쇄된 신청서를 받아 서명해 주십시오.</translation>
    </message>
    <message>
        <source>This kiosk has no printer: please ask a police guide for a paper form TK01a.</source>
        <translation>이 키오스크에는 프린터가 없습니다. 안내 경찰관에게 TK01a 종이 서식을 요청해 주십시오.</translation>
    </message>
    <message>
        <source>A passport for a child under 14 is applied for in person. Please come to the immigration office with:</source>
        <translation>만 14세 미만 아동의 여권은 직접 방문하여 신청해야 합니다. 다음을 지참하고 출입국관리기관을 방문해 주십시오:</translation>
    </message>
    <message>
        <source>the child, with a parent or the guardian;</source>
        <translation>아동 본인(부모 또는 후견인 동반);</translation>
    </message>
    <message>
        <source>this declaration, signed;</source>
        <translation>서명한 이 신청서;</translation>
    </message>
    <message>
        <source>a copy of the child&apos;s birth certificate or birth extract (bring the original to compare);</source>
        <translation>아동의 출생증명서 또는 출생등록 발췌본 사본(대조를 위해 원본 지참);</translation>
    </message>
    <message>
        <source>your ID card, and papers that show guardianship if you are the guardian;</source>
        <translation>본인의 신분증, 그리고 후견인인 경우 후견 관계를 증명하는 서류;</translation>
    </message>
    <message>
        <source>the child&apos;s old passport, if any.</source>
        <translation>아동의 이전 여권(있는 경우).</translation>
    </message>
    <message>
        <source>Fee, paid at the office: %1.</source>
        <translation>수수료(기관에서 납부): %1.</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>다시 인쇄</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
</context>
<context>
    <name>CounterConsole</name>
    <message>
        <source>Counter console</source>
        <translation>창구 관리 화면</translation>
    </message>
    <message>
        <source>Counter:</source>
        <translation>창구:</translation>
    </message>
    <message>
        <source>Counter %1 is paused</source>
        <translation>%1번 창구 일시 중지 중</translation>
    </message>
    <message>
        <source>Counter %1 is serving</source>
        <translation>%1번 창구 업무 중</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>우선: %1</translation>
    </message>
    <message numerus="yes">
        <source>Called %n time(s)</source>
        <translation>
            <numerusform>%n회 호출함</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for this counter: %1</source>
        <translation>이 창구 대기 인원: %1</translation>
    </message>
    <message>
        <source>Call next</source>
        <translation>다음 번호 호출</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>재호출</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>처리 완료</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>부재</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>재개</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 중지</translation>
    </message>
    <message>
        <source>Waiting per service</source>
        <translation>업무별 대기 인원</translation>
    </message>
    <message>
        <source>%1 (%2 priority)</source>
        <translation>%1 (우선 %2)</translation>
    </message>
    <message>
        <source>Transfer the current ticket to:</source>
        <translation>현재 번호 이관 대상:</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>%1번 창구</translation>
    </message>
    <message>
        <source>This counter is paused. Resume it first.</source>
        <translation>이 창구는 일시 중지 상태입니다. 먼저 재개해 주십시오.</translation>
    </message>
    <message>
        <source>This counter has no ticket now.</source>
        <translation>현재 이 창구에 배정된 번호가 없습니다.</translation>
    </message>
    <message>
        <source>Finish the current ticket first.</source>
        <translation>현재 번호를 먼저 완료해 주십시오.</translation>
    </message>
    <message>
        <source>The queue server cannot be reached. Try again.</source>
        <translation>대기열 서버에 연결할 수 없습니다. 다시 시도해 주십시오.</translation>
    </message>
    <message>
        <source>The queue refused this: %1</source>
        <translation>대기열 시스템이 요청을 거부했습니다: %1</translation>
    </message>
    <message>
        <source>Nobody is waiting for this counter.</source>
        <translation>이 창구에 대기 중인 사람이 없습니다.</translation>
    </message>
</context>
<context>
    <name>DisplayBoard</name>
    <message>
        <source>Now calling</source>
        <translation>현재 호출 번호</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>창구</translation>
    </message>
    <message>
        <source>No number is being called yet.</source>
        <translation>아직 호출된 번호가 없습니다.</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>%1번 창구</translation>
    </message>
    <message>
        <source>Called before</source>
        <translation>이전 호출 번호</translation>
    </message>
    <message>
        <source>When your number is called, please go to the counter shown. Keep your ticket ready.</source>
        <translation>번호가 호출되면 표시된 창구로 가 주십시오. 번호표를 미리 준비해 주십시오.</translation>
    </message>
</context>
<context>
    <name>FeeStep</name>
    <message>
        <source>The result is usually ready %1 working days after the application is received.</source>
        <translation>결과는 보통 신청 접수 후 %1근무일 이내에 나옵니다.</translation>
    </message>
    <message>
        <source>Fee according to the procedures catalogue of %1.</source>
        <translation>수수료는 %1 기준 행정절차 목록에 따릅니다.</translation>
    </message>
    <message>
        <source>When you touch &quot;Submit the application&quot;, it is sent to the immigration office and you can pay the fee by bank QR code. Your answers can no longer be changed after that.</source>
        <translation>&quot;신청서 제출&quot;을 터치하면 신청서가 출입국관리기관으로 전송되며, 은행 QR 코드로 수수료를 납부하실 수 있습니다. 이후에는 입력하신 내용을 변경할 수 없습니다.</translation>
    </message>
    <message>
        <source>Reduced fee until %1 (%2). The normal fee is %3.</source>
        <translation>%1까지 감면된 수수료입니다(%2). 정상 수수료는 %3입니다.</translation>
    </message>
    <message>
        <source>Reduced fee (%1). The normal fee is %2.</source>
        <translation>감면된 수수료입니다(%1). 정상 수수료는 %2입니다.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>What would you like to do today?</source>
        <translation>오늘 어떤 업무를 보시겠습니까?</translation>
    </message>
    <message>
        <source>Touch a service to begin. A police guide is nearby if you need help.</source>
        <translation>서비스를 터치하여 시작하십시오. 도움이 필요하시면 가까이에 있는 안내 경찰관에게 문의하십시오.</translation>
    </message>
    <message>
        <source>Hotline %1  ·  %2</source>
        <translation>상담 전화 %1  ·  %2</translation>
    </message>
</context>
<context>
    <name>IdCardScan</name>
    <message>
        <source>This QR code is not from an ID card (it is a web link)</source>
        <translation>이 QR 코드는 신분증의 코드가 아닙니다(웹 링크입니다)</translation>
    </message>
    <message>
        <source>This QR code is not from an ID card (it is a payment code)</source>
        <translation>이 QR 코드는 신분증의 코드가 아닙니다(결제 코드입니다)</translation>
    </message>
    <message>
        <source>This QR code is not from an ID card (it is an application receipt)</source>
        <translation>이 QR 코드는 신분증의 코드가 아닙니다(신청 접수증 코드입니다)</translation>
    </message>
    <message>
        <source>This QR code is not from an ID card</source>
        <translation>이 QR 코드는 신분증의 코드가 아닙니다</translation>
    </message>
    <message>
        <source>The QR code could not be read, please scan again</source>
        <translation>QR 코드를 읽을 수 없습니다. 다시 스캔해 주십시오</translation>
    </message>
    <message>
        <source>The QR code was read with wrong characters, please scan again with the camera</source>
        <translation>QR 코드의 문자가 잘못 읽혔습니다. 카메라로 다시 스캔해 주십시오</translation>
    </message>
    <message>
        <source>The personal ID number in the QR code is not valid</source>
        <translation>QR 코드의 개인 식별번호가 유효하지 않습니다</translation>
    </message>
    <message>
        <source>The old ID card number in the QR code is not valid</source>
        <translation>QR 코드의 구 신분증 번호가 유효하지 않습니다</translation>
    </message>
    <message>
        <source>The name in the QR code is not valid</source>
        <translation>QR 코드의 성명이 유효하지 않습니다</translation>
    </message>
    <message>
        <source>The address in the QR code is not valid</source>
        <translation>QR 코드의 주소가 유효하지 않습니다</translation>
    </message>
    <message>
        <source>The sex in the QR code is not valid</source>
        <translation>QR 코드의 성별이 유효하지 않습니다</translation>
    </message>
    <message>
        <source>The date of birth in the QR code is not valid</source>
        <translation>QR 코드의 생년월일이 유효하지 않습니다</translation>
    </message>
    <message>
        <source>The date of issue in the QR code is not valid</source>
        <translation>QR 코드의 발급일이 유효하지 않습니다</translation>
    </message>
    <message>
        <source>The date of issue in the QR code is before the date of birth, please scan again</source>
        <translation>QR 코드의 발급일이 생년월일보다 이릅니다. 다시 스캔해 주십시오</translation>
    </message>
    <message>
        <source>The date of issue in the QR code is after today, please scan again</source>
        <translation>QR 코드의 발급일이 오늘 이후입니다. 다시 스캔해 주십시오</translation>
    </message>
    <message>
        <source>The ID number does not match the sex in the QR code, please scan again</source>
        <translation>식별번호가 QR 코드의 성별과 일치하지 않습니다. 다시 스캔해 주십시오</translation>
    </message>
    <message>
        <source>The ID number does not match the year of birth in the QR code, please scan again</source>
        <translation>식별번호가 QR 코드의 출생 연도와 일치하지 않습니다. 다시 스캔해 주십시오</translation>
    </message>
    <message>
        <source>This scanner loses Vietnamese accents: please hold the back of the card to the camera</source>
        <translation>이 스캐너는 베트남어 성조 부호를 읽지 못합니다. 카드 뒷면을 카메라에 대 주십시오</translation>
    </message>
    <message>
        <source>The QR code was not read correctly, please scan the back of the card again</source>
        <translation>QR 코드가 올바르게 읽히지 않았습니다. 카드 뒷면을 다시 스캔해 주십시오</translation>
    </message>
</context>
<context>
    <name>IdScanStep</name>
    <message>
        <source>Back of the card, QR code facing the camera</source>
        <translation>카드 뒷면, QR 코드가 카메라를 향하도록</translation>
    </message>
    <message>
        <source>The camera is not available.</source>
        <translation>카메라를 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>Hold the back of your ID card in the frame</source>
        <translation>신분증 뒷면을 틀 안에 맞춰 주십시오</translation>
    </message>
    <message>
        <source>Scan the QR code on the back of your ID card with the scanner</source>
        <translation>스캐너로 신분증 뒷면의 QR 코드를 스캔해 주십시오</translation>
    </message>
    <message>
        <source>Please type your details by hand.</source>
        <translation>정보를 직접 입력해 주십시오.</translation>
    </message>
    <message>
        <source>Your name, ID number, date of birth and permanent address are filled in from the card. You check them before going on.</source>
        <translation>성명, 식별번호, 생년월일, 상주 주소가 신분증에서 자동으로 입력됩니다. 계속하기 전에 확인해 주십시오.</translation>
    </message>
    <message>
        <source>Card read</source>
        <translation>카드를 읽었습니다</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>성명</translation>
    </message>
    <message>
        <source>Personal ID number</source>
        <translation>개인 식별번호</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>생년월일</translation>
    </message>
    <message>
        <source>Use this information</source>
        <translation>이 정보 사용</translation>
    </message>
    <message>
        <source>Scan again</source>
        <translation>다시 스캔</translation>
    </message>
    <message>
        <source>Type by hand</source>
        <translation>직접 입력</translation>
    </message>
</context>
<context>
    <name>IdleDialog</name>
    <message>
        <source>Do you need more time?</source>
        <translation>시간이 더 필요하십니까?</translation>
    </message>
    <message>
        <source>To protect your information, this session will end and everything you entered will be erased.</source>
        <translation>개인정보 보호를 위해 이 세션이 종료되며 입력하신 모든 내용이 삭제됩니다.</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Yes, continue</source>
        <translation>예, 계속합니다</translation>
    </message>
</context>
<context>
    <name>InputMethodToggle</name>
    <message>
        <source>Typing:</source>
        <translation>입력 방식:</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>끔</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Choose your language</source>
        <translation>언어를 선택하십시오</translation>
    </message>
</context>
<context>
    <name>PassportField</name>
    <message>
        <source>(optional)</source>
        <translation>(선택)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>일</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>Touch to choose</source>
        <translation>터치하여 선택</translation>
    </message>
    <message>
        <source>From the ID card</source>
        <translation>신분증에서 가져옴</translation>
    </message>
</context>
<context>
    <name>PassportScreen</name>
    <message>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <source>Confirm and see the fee</source>
        <translation>확인 후 수수료 보기</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <source>Confirm and print the declaration</source>
        <translation>확인 후 신청서 인쇄</translation>
    </message>
    <message>
        <source>Submit the application</source>
        <translation>신청서 제출</translation>
    </message>
</context>
<context>
    <name>PassportWizard</name>
    <message>
        <source>Check your answers</source>
        <translation>입력 내용 확인</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>수수료</translation>
    </message>
    <message>
        <source>Please correct the answers marked above before going on.</source>
        <translation>계속하기 전에 위에 표시된 항목을 수정해 주십시오.</translation>
    </message>
    <message>
        <source>Some answers need correcting: touch &quot;Edit&quot; next to the section.</source>
        <translation>수정이 필요한 항목이 있습니다. 해당 부분 옆의 &quot;수정&quot;을 터치해 주십시오.</translation>
    </message>
    <message>
        <source>Please tick the declaration to go on.</source>
        <translation>계속하려면 서약 항목에 체크해 주십시오.</translation>
    </message>
    <message>
        <source>Scan your ID card</source>
        <translation>신분증 스캔</translation>
    </message>
    <message>
        <source>Passport photo</source>
        <translation>여권 사진</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>결제</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>접수증</translation>
    </message>
    <message>
        <source>Print the declaration</source>
        <translation>신청서 인쇄</translation>
    </message>
    <message>
        <source>This child is under 14: a parent or guardian fills in form TK01a for the child here, starting with their own details. The kiosk prints the declaration; the child then applies in person at the immigration office with a birth certificate.</source>
        <translation>이 아동은 만 14세 미만입니다. 부모 또는 후견인이 여기에서 아동의 TK01a 서식을 작성하며, 먼저 본인의 정보부터 입력합니다. 키오스크에서 신청서를 인쇄한 후, 아동은 출생증명서를 지참하고 출입국관리기관을 직접 방문하여 신청합니다.</translation>
    </message>
</context>
<context>
    <name>PaymentStep</name>
    <message>
        <source>Sending your application…</source>
        <translation>신청서를 전송하고 있습니다…</translation>
    </message>
    <message>
        <source>It is already saved on this kiosk and will not be lost.</source>
        <translation>신청서는 이 키오스크에 이미 저장되어 있어 분실되지 않습니다.</translation>
    </message>
    <message>
        <source>Your application has been received. Please pay the fee: open your banking app and scan this code.</source>
        <translation>신청이 접수되었습니다. 수수료를 납부해 주십시오. 은행 앱을 열고 이 코드를 스캔하십시오.</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>은행</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>계좌번호</translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation>이체 메모</translation>
    </message>
    <message>
        <source>Application number</source>
        <translation>신청 번호</translation>
    </message>
    <message>
        <source>This screen moves on by itself when the bank confirms the payment.</source>
        <translation>은행에서 결제가 확인되면 화면이 자동으로 넘어갑니다.</translation>
    </message>
    <message>
        <source>I have paid</source>
        <translation>결제했습니다</translation>
    </message>
    <message>
        <source>Pay later</source>
        <translation>나중에 결제</translation>
    </message>
</context>
<context>
    <name>PhotoCapture</name>
    <message>
        <source>Please take your photo first, or call a guide for help.</source>
        <translation>먼저 사진을 촬영하시거나, 안내 직원을 불러 도움을 받으십시오.</translation>
    </message>
</context>
<context>
    <name>PhotoGuidance</name>
    <message>
        <source>Please stand inside the frame</source>
        <translation>틀 안에 서 주십시오</translation>
    </message>
    <message>
        <source>Only one person in the frame</source>
        <translation>틀 안에는 한 사람만 있어야 합니다</translation>
    </message>
    <message>
        <source>Move to the centre of the frame</source>
        <translation>틀 중앙으로 이동해 주십시오</translation>
    </message>
    <message>
        <source>Step back a little</source>
        <translation>조금 뒤로 물러나 주십시오</translation>
    </message>
    <message>
        <source>Come closer</source>
        <translation>조금 더 가까이 오십시오</translation>
    </message>
    <message>
        <source>Lower yourself a little</source>
        <translation>몸을 조금 낮춰 주십시오</translation>
    </message>
    <message>
        <source>Stand up a little straighter</source>
        <translation>조금 더 똑바로 서 주십시오</translation>
    </message>
    <message>
        <source>Keep your head level</source>
        <translation>머리를 기울이지 말고 똑바로 해 주십시오</translation>
    </message>
    <message>
        <source>Look straight at the camera</source>
        <translation>카메라를 정면으로 바라봐 주십시오</translation>
    </message>
    <message>
        <source>Open your eyes and look at the camera</source>
        <translation>눈을 뜨고 카메라를 봐 주십시오</translation>
    </message>
    <message>
        <source>Close your mouth, neutral face</source>
        <translation>입을 다물고 자연스러운 표정을 지어 주십시오</translation>
    </message>
    <message>
        <source>Please take off your glasses</source>
        <translation>안경을 벗어 주십시오</translation>
    </message>
    <message>
        <source>The light is not right; please call a guide</source>
        <translation>조명이 적절하지 않습니다. 안내 직원을 불러 주십시오</translation>
    </message>
    <message>
        <source>Stand in front of the white background</source>
        <translation>흰색 배경 앞에 서 주십시오</translation>
    </message>
    <message>
        <source>Hold still</source>
        <translation>움직이지 마십시오</translation>
    </message>
    <message>
        <source>Hold that pose</source>
        <translation>그 자세를 유지해 주십시오</translation>
    </message>
</context>
<context>
    <name>PhotoStep</name>
    <message>
        <source>Face in the frame</source>
        <translation>얼굴이 틀 안에</translation>
    </message>
    <message>
        <source>Head straight</source>
        <translation>머리 똑바로</translation>
    </message>
    <message>
        <source>Eyes open, mouth closed</source>
        <translation>눈 뜨고 입 다물기</translation>
    </message>
    <message>
        <source>Even light</source>
        <translation>균일한 조명</translation>
    </message>
    <message>
        <source>White background</source>
        <translation>흰색 배경</translation>
    </message>
    <message>
        <source>Sharp picture</source>
        <translation>선명한 사진</translation>
    </message>
    <message>
        <source>The camera was disconnected.</source>
        <translation>카메라 연결이 끊어졌습니다.</translation>
    </message>
    <message>
        <source>The camera stopped sending pictures.</source>
        <translation>카메라에서 영상이 전송되지 않습니다.</translation>
    </message>
    <message>
        <source>No camera was found on this kiosk.</source>
        <translation>이 키오스크에서 카메라를 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>The camera cannot be used right now.</source>
        <translation>지금은 카메라를 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>카메라를 켜고 있습니다…</translation>
    </message>
    <message>
        <source>Please stand inside the oval</source>
        <translation>얼굴이 타원형 틀 안에 들어오도록 서 주십시오</translation>
    </message>
    <message>
        <source>No glasses, no hat; keep your face and both ears visible. The photo is taken by itself when everything is right.</source>
        <translation>안경과 모자를 벗고 얼굴과 양쪽 귀가 보이도록 해 주십시오. 모든 조건이 맞으면 자동으로 촬영됩니다.</translation>
    </message>
    <message>
        <source>This photo is attached to your application.</source>
        <translation>이 사진이 신청서에 첨부되었습니다.</translation>
    </message>
    <message>
        <source>Is this photo good? Check that your eyes are open and your face is clear.</source>
        <translation>사진이 괜찮습니까? 눈을 뜨고 있고 얼굴이 선명한지 확인해 주십시오.</translation>
    </message>
    <message>
        <source>Use this photo</source>
        <translation>이 사진 사용</translation>
    </message>
    <message>
        <source>Retake (%1 left)</source>
        <translation>다시 촬영 (%1회 남음)</translation>
    </message>
    <message>
        <source>Your answers are kept. A guide can help you take the photo.</source>
        <translation>입력하신 내용은 그대로 유지됩니다. 안내 직원이 사진 촬영을 도와드릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <source>A guide is coming</source>
        <translation>안내 직원이 오고 있습니다</translation>
    </message>
    <message>
        <source>Call a guide</source>
        <translation>안내 직원 호출</translation>
    </message>
</context>
<context>
    <name>PlacePicker</name>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Type part of the name, accents not needed</source>
        <translation>이름의 일부를 입력하십시오. 성조 부호는 필요 없습니다</translation>
    </message>
    <message>
        <source>Please choose the province or city first.</source>
        <translation>먼저 성 또는 시를 선택해 주십시오.</translation>
    </message>
    <message>
        <source>Nothing found. Try fewer letters.</source>
        <translation>검색 결과가 없습니다. 글자 수를 줄여 보십시오.</translation>
    </message>
</context>
<context>
    <name>ProcedureGuide</name>
    <message>
        <source>See the note</source>
        <translation>비고 참조</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>무료</translation>
    </message>
    <message>
        <source>%1 (reduced from %2)</source>
        <translation>%1 (%2에서 감면)</translation>
    </message>
    <message>
        <source>Immediately, online</source>
        <translation>즉시, 온라인</translation>
    </message>
    <message numerus="yes">
        <source>about %n month(s)</source>
        <translation>
            <numerusform>약 %n개월</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n일</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n근무일</numerusform>
        </translation>
    </message>
    <message>
        <source>Fully online</source>
        <translation>전 과정 온라인</translation>
    </message>
    <message>
        <source>Partly online</source>
        <translation>일부 온라인</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>방문 신청</translation>
    </message>
    <message>
        <source>Collect at the office</source>
        <translation>기관에서 수령</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>우편</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>온라인</translation>
    </message>
    <message>
        <source>Fees from the public service portal, %1.</source>
        <translation>수수료 출처: 공공서비스 포털, %1.</translation>
    </message>
    <message>
        <source>Fees as published on %1. Officers confirm the amount at the counter.</source>
        <translation>%1 공시 기준 수수료입니다. 정확한 금액은 창구에서 담당 직원이 확인해 드립니다.</translation>
    </message>
</context>
<context>
    <name>ProceduresScreen</name>
    <message>
        <source>Procedures and fees</source>
        <translation>절차 및 수수료</translation>
    </message>
    <message>
        <source>Search, e.g. &quot;ho chieu&quot;</source>
        <translation>검색 (예: &quot;ho chieu&quot;)</translation>
    </message>
    <message>
        <source>No procedure matches these words.</source>
        <translation>검색어와 일치하는 절차가 없습니다.</translation>
    </message>
    <message>
        <source>Touch a procedure to see what to bring and what it costs.</source>
        <translation>절차를 터치하면 지참 서류와 수수료를 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Who it is for</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>수수료</translation>
    </message>
    <message>
        <source>Result ready in</source>
        <translation>처리 기간</translation>
    </message>
    <message>
        <source>How you get the result</source>
        <translation>결과 수령 방법</translation>
    </message>
    <message>
        <source>Can it be done online?</source>
        <translation>온라인으로 신청할 수 있습니까?</translation>
    </message>
    <message>
        <source>Papers to bring</source>
        <translation>지참 서류</translation>
    </message>
    <message>
        <source>Back to services</source>
        <translation>서비스 목록으로 돌아가기</translation>
    </message>
</context>
<context>
    <name>ProgressSteps</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>%2단계 중 %1단계</translation>
    </message>
</context>
<context>
    <name>QueueDesk</name>
    <message>
        <source>No priority</source>
        <translation>우선 없음</translation>
    </message>
    <message>
        <source>Aged 60 or over</source>
        <translation>만 60세 이상</translation>
    </message>
    <message>
        <source>Person with a disability</source>
        <translation>장애인</translation>
    </message>
    <message>
        <source>Pregnant</source>
        <translation>임신부</translation>
    </message>
    <message>
        <source>With a child under 3</source>
        <translation>만 3세 미만 아동 동반</translation>
    </message>
    <message>
        <source>Person with meritorious services</source>
        <translation>국가유공자</translation>
    </message>
    <message>
        <source>This service is closed now. Please come back during opening hours.</source>
        <translation>이 서비스는 지금 운영하지 않습니다. 업무 시간에 다시 방문해 주십시오.</translation>
    </message>
    <message>
        <source>All of today&apos;s numbers for this service are taken. Please come back tomorrow.</source>
        <translation>이 서비스의 오늘 번호표가 모두 발급되었습니다. 내일 다시 방문해 주십시오.</translation>
    </message>
    <message>
        <source>A number cannot be given right now. Please ask a guide.</source>
        <translation>지금은 번호표를 발급할 수 없습니다. 안내 직원에게 문의해 주십시오.</translation>
    </message>
    <message>
        <source>The ticket could not be printed.</source>
        <translation>번호표를 인쇄할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>ReceiptStep</name>
    <message>
        <source>Your application is saved on this kiosk</source>
        <translation>신청서가 이 키오스크에 저장되었습니다</translation>
    </message>
    <message>
        <source>Your application has been received</source>
        <translation>신청이 접수되었습니다</translation>
    </message>
    <message>
        <source>The portal cannot be reached right now. The application will be sent automatically; you will receive an SMS with the application number and how to pay the fee.</source>
        <translation>지금은 공공서비스 포털에 연결할 수 없습니다. 신청서는 자동으로 전송되며, 신청 번호와 수수료 납부 방법이 담긴 SMS를 받으시게 됩니다.</translation>
    </message>
    <message>
        <source>Kiosk reference</source>
        <translation>키오스크 참조 번호</translation>
    </message>
    <message>
        <source>Application number</source>
        <translation>신청 번호</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>수수료</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>납부 완료</translation>
    </message>
    <message>
        <source>not paid yet</source>
        <translation>미납</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>결과 예정일</translation>
    </message>
    <message>
        <source>You can pay the fee later with the link in the SMS or on the public service portal.</source>
        <translation>수수료는 나중에 SMS의 링크나 공공서비스 포털에서 납부하실 수 있습니다.</translation>
    </message>
    <message>
        <source>Printing your receipt…</source>
        <translation>접수증을 인쇄하고 있습니다…</translation>
    </message>
    <message>
        <source>Please take your printed receipt.</source>
        <translation>인쇄된 접수증을 받아 주십시오.</translation>
    </message>
    <message>
        <source>This kiosk has no printer: please note the number above.</source>
        <translation>이 키오스크에는 프린터가 없습니다. 위의 번호를 적어 두십시오.</translation>
    </message>
    <message>
        <source>Scan this code at any kiosk to follow your application.</source>
        <translation>어느 키오스크에서나 이 코드를 스캔하여 신청 진행 상황을 확인할 수 있습니다.</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>다시 인쇄</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
</context>
<context>
    <name>ReviewStep</name>
    <message>
        <source>Edit</source>
        <translation>수정</translation>
    </message>
    <message>
        <source>I declare that the information above is true.</source>
        <translation>위의 내용이 사실임을 서약합니다.</translation>
    </message>
</context>
<context>
    <name>ServiceCatalog</name>
    <message>
        <source>About this support point</source>
        <translation>이 지원 창구 안내</translation>
    </message>
    <message>
        <source>Address, opening hours and hotline</source>
        <translation>주소, 운영 시간 및 상담 전화</translation>
    </message>
    <message>
        <source>Check an application</source>
        <translation>신청 조회</translation>
    </message>
    <message>
        <source>See where your application is, with the number on your receipt</source>
        <translation>접수증의 번호로 신청 진행 상황을 확인합니다</translation>
    </message>
    <message>
        <source>Apply for a passport</source>
        <translation>여권 신청</translation>
    </message>
    <message>
        <source>Fill in the passport declaration (form TK01) step by step</source>
        <translation>여권 발급 신청서(TK01 서식)를 단계별로 작성합니다</translation>
    </message>
    <message>
        <source>Take a queue number</source>
        <translation>대기번호 받기</translation>
    </message>
    <message>
        <source>Get a number for the counter and see how long the wait is</source>
        <translation>창구 번호표를 받고 예상 대기 시간을 확인합니다</translation>
    </message>
    <message>
        <source>Procedures and fees</source>
        <translation>절차 및 수수료</translation>
    </message>
    <message>
        <source>What to bring, what it costs and when the result is ready</source>
        <translation>지참 서류, 수수료 및 처리 기간</translation>
    </message>
</context>
<context>
    <name>SiteInfoScreen</name>
    <message>
        <source>About this support point</source>
        <translation>이 지원 창구 안내</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>기관명</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>운영 시간</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>상담 전화</translation>
    </message>
    <message>
        <source>Back to services</source>
        <translation>서비스 목록으로 돌아가기</translation>
    </message>
</context>
<context>
    <name>StatusLookup</name>
    <message>
        <source>Application received</source>
        <translation>신청 접수됨</translation>
    </message>
    <message>
        <source>Being processed</source>
        <translation>처리 중</translation>
    </message>
    <message>
        <source>More information needed</source>
        <translation>보완 필요</translation>
    </message>
    <message>
        <source>Ready for pickup</source>
        <translation>수령 가능</translation>
    </message>
    <message>
        <source>Sent by post</source>
        <translation>우편 발송됨</translation>
    </message>
    <message>
        <source>Result handed over</source>
        <translation>결과 교부 완료</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>불허</translation>
    </message>
    <message>
        <source>Your application has been received and is waiting to be processed. Nothing more is needed from you for now.</source>
        <translation>신청이 접수되어 처리를 기다리고 있습니다. 지금은 추가로 하실 일이 없습니다.</translation>
    </message>
    <message>
        <source>The immigration office is processing your application.</source>
        <translation>출입국관리기관에서 신청을 처리하고 있습니다.</translation>
    </message>
    <message>
        <source>The immigration office is processing your application. The result is expected on %1.</source>
        <translation>출입국관리기관에서 신청을 처리하고 있습니다. 결과는 %1에 나올 예정입니다.</translation>
    </message>
    <message>
        <source>The office needs more from you: %1 Please ask a police guide, or add it on the public-service portal.</source>
        <translation>기관에서 추가 자료를 요청했습니다: %1 안내 경찰관에게 문의하시거나 공공서비스 포털에서 보완해 주십시오.</translation>
    </message>
    <message>
        <source>Your passport is ready. Bring your ID card and this receipt to the office where you applied.</source>
        <translation>여권이 준비되었습니다. 신분증과 이 접수증을 지참하고 신청하신 기관에서 수령해 주십시오.</translation>
    </message>
    <message>
        <source>Your passport has been sent by post to the address you gave. The postman will call before delivering.</source>
        <translation>여권이 신청하신 주소로 우편 발송되었습니다. 배달 전에 집배원이 전화를 드립니다.</translation>
    </message>
    <message>
        <source>Your application is complete and the result has been handed over.</source>
        <translation>신청 처리가 완료되어 결과가 교부되었습니다.</translation>
    </message>
    <message>
        <source>Reason: %1 A police guide can help you apply again.</source>
        <translation>사유: %1 안내 경찰관이 재신청을 도와드릴 수 있습니다.</translation>
    </message>
    <message>
        <source>This is not a receipt number. It has capital letters, digits and dashes, for example HN-261123-000123.</source>
        <translation>접수 번호가 아닙니다. 번호는 영문 대문자, 숫자, 하이픈으로 이루어져 있습니다. 예: HN-261123-000123.</translation>
    </message>
    <message>
        <source>No application has this number. Please check the number on your receipt.</source>
        <translation>이 번호의 신청을 찾을 수 없습니다. 접수증의 번호를 확인해 주십시오.</translation>
    </message>
    <message>
        <source>This application is saved on the kiosk and will be sent to the portal automatically as soon as the connection returns. Please check again later.</source>
        <translation>이 신청서는 키오스크에 저장되어 있으며 연결이 복구되는 대로 포털로 자동 전송됩니다. 나중에 다시 조회해 주십시오.</translation>
    </message>
    <message>
        <source>The public-service portal could not be verified. Please tell a police guide.</source>
        <translation>공공서비스 포털을 인증할 수 없습니다. 안내 경찰관에게 알려 주십시오.</translation>
    </message>
    <message>
        <source>Status lookup is not available on this kiosk. Please ask a police guide.</source>
        <translation>이 키오스크에서는 신청 조회를 이용할 수 없습니다. 안내 경찰관에게 문의해 주십시오.</translation>
    </message>
    <message>
        <source>The public-service portal cannot be reached right now. Please try again in a few minutes.</source>
        <translation>지금은 공공서비스 포털에 연결할 수 없습니다. 몇 분 후에 다시 시도해 주십시오.</translation>
    </message>
</context>
<context>
    <name>StatusLookupScreen</name>
    <message>
        <source>Check an application</source>
        <translation>신청 조회</translation>
    </message>
    <message>
        <source>Type the number printed on your receipt, or hold the receipt&apos;s QR code under the scanner.</source>
        <translation>접수증에 인쇄된 번호를 입력하시거나, 접수증의 QR 코드를 스캐너 아래에 대 주십시오.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>조회</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>신청 %1</translation>
    </message>
    <message>
        <source>Expected return date: %1</source>
        <translation>결과 예정일: %1</translation>
    </message>
</context>
<context>
    <name>TakeNumberScreen</name>
    <message>
        <source>Take a queue number</source>
        <translation>대기번호 받기</translation>
    </message>
    <message>
        <source>Priority (the law gives it to these people; a guide may check):</source>
        <translation>우선 대상 (법령에 따른 대상자이며, 직원이 확인할 수 있습니다):</translation>
    </message>
    <message>
        <source>Choose the service:</source>
        <translation>서비스를 선택하십시오:</translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation>대기: %1</translation>
    </message>
    <message>
        <source>closed now</source>
        <translation>현재 마감</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>귀하의 번호</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>우선: %1</translation>
    </message>
    <message>
        <source>People ahead of you: %1</source>
        <translation>앞 대기 인원: %1명</translation>
    </message>
    <message>
        <source>about %1 min</source>
        <translation>약 %1분</translation>
    </message>
    <message>
        <source>Taken at %1. Watch the screen: your number and counter will be called.</source>
        <translation>%1에 발급되었습니다. 화면을 확인해 주십시오. 번호와 창구가 호출됩니다.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Home</source>
        <translation>처음으로</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>종료</translation>
    </message>
</context>
</TS>
