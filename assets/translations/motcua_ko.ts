<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AccessibilityBar</name>
    <message>
        <source>Large text</source>
        <translation>큰 글자</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>고대비</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>읽어 주기</translation>
    </message>
    <message>
        <source>Read each step</source>
        <translation>단계마다 읽기</translation>
    </message>
</context>
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
    <name>CallGuideButton</name>
    <message>
        <source>Call a guide</source>
        <translation>안내원 호출</translation>
    </message>
    <message>
        <source>A guide is on the way. Please stay at this kiosk.</source>
        <translation>안내원이 오고 있습니다. 이 키오스크 앞에서 기다려 주십시오.</translation>
    </message>
    <message>
        <source>The guides could not be reached. Please ask at the nearest counter.</source>
        <translation>안내원에게 연결할 수 없습니다. 가장 가까운 창구에 문의해 주십시오.</translation>
    </message>
</context>
<context>
    <name>ChildDeclarationPaper</name>
    <message>
        <source>Declaration for an ordinary passport for a child under 14 in Vietnam (TK01a)</source>
        <translation>베트남 국내 14세 미만 아동 일반 여권 발급 신청서 (TK01a)</translation>
    </message>
    <message>
        <source>I declare that the information above is true.</source>
        <translation>본인은 위의 정보가 사실임을 서약합니다.</translation>
    </message>
    <message>
        <source>Signature and full name of the legal representative:</source>
        <translation>법정 대리인 서명 및 성명:</translation>
    </message>
    <message>
        <source>BRING WHEN YOU APPLY</source>
        <translation>신청 시 지참할 서류</translation>
    </message>
    <message>
        <source>• The child comes in person with a parent or guardian.</source>
        <translation>• 아동은 부모 또는 후견인과 함께 직접 방문합니다.</translation>
    </message>
    <message>
        <source>• This declaration, signed.</source>
        <translation>• 서명한 이 신청서.</translation>
    </message>
    <message>
        <source>• A copy of the child&apos;s birth certificate or birth record (bring the original for comparison).</source>
        <translation>• 아동의 출생증명서 또는 출생 기록 사본 (대조용 원본 지참).</translation>
    </message>
    <message>
        <source>• The representative&apos;s ID card; proof of guardianship for a guardian.</source>
        <translation>• 대리인의 신분증; 후견인인 경우 후견 증명 서류.</translation>
    </message>
    <message>
        <source>• The child&apos;s old passport, if any.</source>
        <translation>• 아동의 이전 여권 (있는 경우).</translation>
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
    <name>CounterWindow</name>
    <message>
        <source>Counter %1 · motcua</source>
        <translation>창구 %1 · motcua</translation>
    </message>
</context>
<context>
    <name>DayFiguresView</name>
    <message>
        <source>Today&apos;s figures (%1)</source>
        <translation>오늘의 수치 (%1)</translation>
    </message>
    <message>
        <source>Sessions started</source>
        <translation>시작된 세션</translation>
    </message>
    <message>
        <source>Sessions finished</source>
        <translation>완료된 세션</translation>
    </message>
    <message>
        <source>Sessions abandoned or timed out</source>
        <translation>중단되거나 시간 초과된 세션</translation>
    </message>
    <message>
        <source>Applications submitted</source>
        <translation>제출된 신청</translation>
    </message>
    <message>
        <source>Applications accepted by the portal</source>
        <translation>포털에서 접수된 신청</translation>
    </message>
    <message>
        <source>Queue numbers</source>
        <translation>번호표</translation>
    </message>
    <message>
        <source>%1 — issued %2, served %3, absent %4, median wait %5 min</source>
        <translation>%1 — 발급 %2, 처리 %3, 불참 %4, 대기 시간 중앙값 %5분</translation>
    </message>
    <message>
        <source>Some figures could not be read (%1).</source>
        <translation>일부 수치를 읽을 수 없습니다(%1).</translation>
    </message>
</context>
<context>
    <name>DeviceHealth</name>
    <message>
        <source>Out of paper</source>
        <translation>용지 없음</translation>
    </message>
    <message>
        <source>Paper running low</source>
        <translation>용지 부족</translation>
    </message>
    <message>
        <source>Paper jam</source>
        <translation>용지 걸림</translation>
    </message>
    <message>
        <source>Cover open</source>
        <translation>덮개 열림</translation>
    </message>
    <message>
        <source>Out of ink</source>
        <translation>잉크 없음</translation>
    </message>
    <message>
        <source>Ink running low</source>
        <translation>잉크 부족</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>연결 안 됨</translation>
    </message>
    <message>
        <source>Print service not running</source>
        <translation>인쇄 서비스가 실행되지 않음</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>중지됨</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>찾을 수 없음</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>점검 필요</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>정상 작동</translation>
    </message>
    <message>
        <source>Not installed</source>
        <translation>설치되지 않음</translation>
    </message>
    <message>
        <source>Enough paper</source>
        <translation>용지 충분</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>Connected (%1 ms)</source>
        <translation>연결됨 (%1ms)</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>연결됨</translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation>설정되지 않음</translation>
    </message>
    <message>
        <source>Cannot reach the portal</source>
        <translation>포털에 연결할 수 없음</translation>
    </message>
    <message>
        <source>Cannot read the local store</source>
        <translation>로컬 저장소를 읽을 수 없음</translation>
    </message>
    <message>
        <source>Nothing waiting</source>
        <translation>대기 중인 신청 없음</translation>
    </message>
    <message>
        <source>Waiting to send: %1</source>
        <translation>전송 대기: %1</translation>
    </message>
    <message>
        <source>Could not be sent: %1</source>
        <translation>전송 실패: %1</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>아직 없음</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1분 전</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>%1시간 전</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>%1일 전</translation>
    </message>
    <message>
        <source>%1 GB free</source>
        <translation>%1GB 남음</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>운영 중</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>프린터</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>용지</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>카메라</translation>
    </message>
    <message>
        <source>Code scanner</source>
        <translation>코드 스캐너</translation>
    </message>
    <message>
        <source>Portal link</source>
        <translation>포털 연결</translation>
    </message>
    <message>
        <source>Applications to send</source>
        <translation>전송할 신청서</translation>
    </message>
    <message>
        <source>Last application accepted</source>
        <translation>마지막 접수된 신청</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>서비스 중단</translation>
    </message>
    <message>
        <source>Disk space</source>
        <translation>디스크 공간</translation>
    </message>
</context>
<context>
    <name>DeviceHealthView</name>
    <message>
        <source>OK</source>
        <translation>정상</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>확인 필요</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>고장</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>확인 중…</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>다시 확인</translation>
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
    <name>FeedbackScreen</name>
    <message>
        <source>Very dissatisfied</source>
        <translation>매우 불만족</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>불만족</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>보통</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>만족</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>매우 만족</translation>
    </message>
    <message>
        <source>How was your visit today?</source>
        <translation>오늘 이용은 어떠셨나요?</translation>
    </message>
    <message>
        <source>Thank you! Anything we could do better?</source>
        <translation>감사합니다! 더 개선할 점이 있을까요?</translation>
    </message>
    <message>
        <source>One touch on a face is enough. Your answer is anonymous and helps the centre serve you better.</source>
        <translation>얼굴 하나를 누르기만 하면 됩니다. 답변은 익명이며 센터가 더 나은 서비스를 제공하는 데 도움이 됩니다.</translation>
    </message>
    <message>
        <source>You may write a suggestion, or touch Done.</source>
        <translation>의견을 작성하거나 &apos;완료&apos;를 누르세요.</translation>
    </message>
    <message>
        <source>Please do not write your name, ID card number, phone number or address. Numbers like these are removed.</source>
        <translation>이름, 신분증 번호, 전화번호, 주소는 적지 마세요. 이런 번호는 삭제됩니다.</translation>
    </message>
    <message>
        <source>Your suggestion (optional)</source>
        <translation>의견 (선택 사항)</translation>
    </message>
    <message>
        <source>This screen closes by itself after %1 seconds without a touch.</source>
        <translation>%1초 동안 터치가 없으면 이 화면은 자동으로 닫힙니다.</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>건너뛰기</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>보내기</translation>
    </message>
</context>
<context>
    <name>FieldError</name>
    <message>
        <source>Please fill in this field.</source>
        <translation>이 항목을 입력해 주세요.</translation>
    </message>
    <message>
        <source>Please pick one of the options.</source>
        <translation>선택 항목 중 하나를 골라 주세요.</translation>
    </message>
    <message>
        <source>This field is not on the form.</source>
        <translation>이 항목은 신청서에 없습니다.</translation>
    </message>
    <message>
        <source>This answer must be text.</source>
        <translation>이 항목은 문자로 입력해야 합니다.</translation>
    </message>
    <message>
        <source>Too long; please shorten it.</source>
        <translation>너무 깁니다. 짧게 줄여 주세요.</translation>
    </message>
    <message>
        <source>Names may contain only Vietnamese letters, spaces, hyphens and apostrophes.</source>
        <translation>이름에는 베트남어 문자, 공백, 하이픈, 아포스트로피만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>Write the date as year-month-day, e.g. 1990-01-31.</source>
        <translation>날짜는 연-월-일 형식으로 쓰세요. 예: 1990-01-31.</translation>
    </message>
    <message>
        <source>This day does not exist.</source>
        <translation>달력에 없는 날짜입니다.</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>날짜는 미래일 수 없습니다.</translation>
    </message>
    <message>
        <source>The date is too far in the past; check the year.</source>
        <translation>날짜가 너무 오래되었습니다. 연도를 확인해 주세요.</translation>
    </message>
    <message>
        <source>This date must be after the date of birth.</source>
        <translation>이 날짜는 생년월일 이후여야 합니다.</translation>
    </message>
    <message>
        <source>ID cards with a personal ID number have been issued since 1 January 2016.</source>
        <translation>개인 식별 번호가 있는 신분증은 2016년 1월 1일부터 발급되었습니다.</translation>
    </message>
    <message>
        <source>The personal ID number has exactly 12 digits.</source>
        <translation>개인 식별 번호는 정확히 12자리 숫자입니다.</translation>
    </message>
    <message>
        <source>The personal ID number contains digits only.</source>
        <translation>개인 식별 번호는 숫자로만 이루어집니다.</translation>
    </message>
    <message>
        <source>The first three digits are not a province code.</source>
        <translation>앞 세 자리가 성·시 코드가 아닙니다.</translation>
    </message>
    <message>
        <source>The ID number does not match the sex given.</source>
        <translation>식별 번호가 입력한 성별과 맞지 않습니다.</translation>
    </message>
    <message>
        <source>The ID number does not match the year of birth.</source>
        <translation>식별 번호가 출생 연도와 맞지 않습니다.</translation>
    </message>
    <message>
        <source>The child&apos;s ID number is the same as the representative&apos;s.</source>
        <translation>아동의 식별 번호가 대리인의 번호와 같습니다.</translation>
    </message>
    <message>
        <source>Under 14: a parent or guardian fills in form TK01a.</source>
        <translation>14세 미만: 부모 또는 후견인이 TK01a 신청서를 작성합니다.</translation>
    </message>
    <message>
        <source>Aged 14 or over: fill in form TK01 yourself.</source>
        <translation>14세 이상: 본인이 TK01 신청서를 작성하세요.</translation>
    </message>
    <message>
        <source>The legal representative must be 18 or over.</source>
        <translation>법정 대리인은 18세 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>A mobile number has 10 digits and starts with 0 (or +84).</source>
        <translation>휴대폰 번호는 0(또는 +84)으로 시작하는 10자리 숫자입니다.</translation>
    </message>
    <message>
        <source>This is not a Vietnamese mobile prefix.</source>
        <translation>베트남 휴대폰 번호 앞자리가 아닙니다.</translation>
    </message>
    <message>
        <source>This email address is not valid, e.g. name@example.vn.</source>
        <translation>올바른 이메일 주소가 아닙니다. 예: name@example.vn</translation>
    </message>
    <message>
        <source>Unknown province or city.</source>
        <translation>해당 성 또는 시를 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>Unknown commune, ward or special zone.</source>
        <translation>해당 사, 방 또는 특구를 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>This commune or ward is not in the chosen province.</source>
        <translation>이 사 또는 방은 선택한 성·시에 속하지 않습니다.</translation>
    </message>
    <message>
        <source>Please pick an ethnicity from the list.</source>
        <translation>목록에서 민족을 골라 주세요.</translation>
    </message>
    <message>
        <source>Please pick a religion from the list (or None).</source>
        <translation>목록에서 종교를 골라 주세요 (또는 &quot;없음&quot;).</translation>
    </message>
    <message>
        <source>A passport number is one letter and 7 digits, e.g. C1234567.</source>
        <translation>여권 번호는 영문자 1개와 숫자 7자리입니다. 예: C1234567</translation>
    </message>
    <message>
        <source>For a re-issue, give the number and date of issue of the old passport.</source>
        <translation>재발급: 이전 여권의 번호와 발급일을 입력해 주세요.</translation>
    </message>
    <message>
        <source>You have had a passport: choose a re-issue, not a first passport.</source>
        <translation>이미 여권이 있었습니다: 최초 발급이 아닌 재발급을 선택하세요.</translation>
    </message>
    <message>
        <source>Give the name together with the date of birth.</source>
        <translation>생년월일과 함께 성명을 입력해 주세요.</translation>
    </message>
    <message>
        <source>A parent&apos;s date of birth must be before the applicant&apos;s.</source>
        <translation>부모의 생년월일은 신청인의 생년월일보다 앞서야 합니다.</translation>
    </message>
    <message>
        <source>Below the legal age of marriage: no spouse can be declared.</source>
        <translation>법적 혼인 연령 미만: 배우자를 기재할 수 없습니다.</translation>
    </message>
    <message>
        <source>The relationship does not match the representative&apos;s sex.</source>
        <translation>관계가 대리인의 성별과 맞지 않습니다.</translation>
    </message>
    <message>
        <source>This answer is not valid.</source>
        <translation>입력 내용이 올바르지 않습니다.</translation>
    </message>
</context>
<context>
    <name>GuideHome</name>
    <message>
        <source>Guide mode — %1</source>
        <translation>안내원 모드 — %1</translation>
    </message>
    <message>
        <source>Guide home</source>
        <translation>안내원 홈</translation>
    </message>
    <message>
        <source>Leave guide mode</source>
        <translation>안내원 모드 종료</translation>
    </message>
    <message>
        <source>Start an assisted session</source>
        <translation>지원 세션 시작</translation>
    </message>
    <message>
        <source>The next citizen&apos;s application records that you helped</source>
        <translation>다음 시민의 신청서에 귀하의 지원이 기록됩니다</translation>
    </message>
    <message>
        <source>Counter console</source>
        <translation>창구 콘솔</translation>
    </message>
    <message>
        <source>Call queue numbers, mark them served or absent</source>
        <translation>번호 호출, 처리 완료 또는 불참 표시</translation>
    </message>
    <message>
        <source>Reprint a receipt</source>
        <translation>영수증 재인쇄</translation>
    </message>
    <message>
        <source>Today&apos;s tickets and receipts</source>
        <translation>오늘의 번호표와 영수증</translation>
    </message>
    <message>
        <source>Device health</source>
        <translation>장치 상태</translation>
    </message>
    <message>
        <source>Something needs attention</source>
        <translation>확인이 필요한 항목이 있습니다</translation>
    </message>
    <message>
        <source>Printer, camera, scanner, portal link</source>
        <translation>프린터, 카메라, 스캐너, 포털 연결</translation>
    </message>
    <message>
        <source>Back in service</source>
        <translation>서비스 재개</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>서비스 중지</translation>
    </message>
    <message>
        <source>Citizens now see: %1</source>
        <translation>시민에게 표시 중: %1</translation>
    </message>
    <message>
        <source>Stop citizens from starting a session, with a message</source>
        <translation>안내 문구와 함께 시민의 세션 시작을 막습니다</translation>
    </message>
    <message>
        <source>Today&apos;s figures</source>
        <translation>오늘의 수치</translation>
    </message>
    <message>
        <source>Sessions, applications, queue numbers, waiting time</source>
        <translation>세션, 신청, 번호표, 대기 시간</translation>
    </message>
    <message>
        <source>Close the kiosk application</source>
        <translation>키오스크 앱 닫기</translation>
    </message>
    <message>
        <source>Technicians only: the citizen&apos;s data is wiped first</source>
        <translation>기술자 전용: 시민의 데이터를 먼저 삭제합니다</translation>
    </message>
</context>
<context>
    <name>GuideLogin</name>
    <message>
        <source>%1: enter your PIN</source>
        <translation>%1: PIN을 입력하세요</translation>
    </message>
    <message>
        <source>Guide mode: who are you?</source>
        <translation>안내원 모드: 누구십니까?</translation>
    </message>
    <message>
        <source>No guide accounts yet. A technician adds them with “motcua guide add”.</source>
        <translation>아직 안내원 계정이 없습니다. 기술자가 “motcua guide add”로 추가합니다.</translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <translation>PIN 확인 중…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
</context>
<context>
    <name>HelpAlertBanner</name>
    <message>
        <source>%1 needs a guide · since %2 (%3 min)</source>
        <translation>%1에서 안내원을 요청했습니다 · %2부터 (%3분)</translation>
    </message>
    <message>
        <source>I&apos;m coming</source>
        <translation>지금 갑니다</translation>
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
    <name>OutOfServiceEditor</name>
    <message>
        <source>The kiosk is out of service</source>
        <translation>키오스크 서비스 중지 중</translation>
    </message>
    <message>
        <source>Take the kiosk out of service</source>
        <translation>키오스크 서비스 중지</translation>
    </message>
    <message>
        <source>Since %1 took it out: “%2”</source>
        <translation>%1 님이 중지함: “%2”</translation>
    </message>
    <message>
        <source>Bring the kiosk back into service</source>
        <translation>키오스크 서비스 재개</translation>
    </message>
    <message>
        <source>Message for citizens:</source>
        <translation>시민에게 보일 안내:</translation>
    </message>
    <message>
        <source>Or type a message</source>
        <translation>또는 안내 문구 입력</translation>
    </message>
    <message>
        <source>Take out of service</source>
        <translation>서비스 중지</translation>
    </message>
</context>
<context>
    <name>OutOfServicePresets</name>
    <message>
        <source>The printer is being refilled. Please come back in a few minutes.</source>
        <translation>프린터 용지를 보충하고 있습니다. 몇 분 후에 다시 와 주세요.</translation>
    </message>
    <message>
        <source>Maintenance in progress. Please use the other kiosk or the counter.</source>
        <translation>점검 중입니다. 다른 키오스크나 창구를 이용해 주세요.</translation>
    </message>
    <message>
        <source>This kiosk is closed for today. Please use the counter.</source>
        <translation>이 키오스크는 오늘 운영을 마쳤습니다. 창구를 이용해 주세요.</translation>
    </message>
</context>
<context>
    <name>OutOfServiceScreen</name>
    <message>
        <source>This kiosk is out of service</source>
        <translation>이 키오스크는 서비스가 중지되었습니다</translation>
    </message>
    <message>
        <source>A police guide in the hall can help you.</source>
        <translation>홀에 있는 경찰 안내원이 도와드립니다.</translation>
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
    <name>PassportForm</name>
    <message>
        <source>Legal representative</source>
        <translation>법정 대리인</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>개인 정보</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>신분증</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>직업</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>가족</translation>
    </message>
    <message>
        <source>Previous passport</source>
        <translation>이전 여권</translation>
    </message>
    <message>
        <source>Request and delivery</source>
        <translation>신청 내용 및 수령 방법</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>서약</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>성</translation>
    </message>
    <message>
        <source>Middle and given names</source>
        <translation>중간 이름 및 이름</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>성별</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>생년월일</translation>
    </message>
    <message>
        <source>Place of birth (province or city)</source>
        <translation>출생지 (성 또는 시)</translation>
    </message>
    <message>
        <source>Personal ID number</source>
        <translation>개인 식별 번호</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>발급일</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>민족</translation>
    </message>
    <message>
        <source>Religion</source>
        <translation>종교</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Permanent address: province or city</source>
        <translation>상주 주소: 성 또는 시</translation>
    </message>
    <message>
        <source>Permanent address: commune or ward</source>
        <translation>상주 주소: 사, 방 또는 특구</translation>
    </message>
    <message>
        <source>Permanent address: house, street, hamlet</source>
        <translation>상주 주소: 번지, 거리, 마을, 조</translation>
    </message>
    <message>
        <source>Temporary address: province or city</source>
        <translation>임시 거주 주소: 성 또는 시</translation>
    </message>
    <message>
        <source>Temporary address: commune or ward</source>
        <translation>임시 거주 주소: 사, 방 또는 특구</translation>
    </message>
    <message>
        <source>Temporary address: house, street, hamlet</source>
        <translation>임시 거주 주소: 번지, 거리, 마을, 조</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>직업</translation>
    </message>
    <message>
        <source>Employer&apos;s name and address (if any)</source>
        <translation>직장 이름 및 주소 (있는 경우)</translation>
    </message>
    <message>
        <source>Father: full name</source>
        <translation>아버지: 성명</translation>
    </message>
    <message>
        <source>Father: date of birth</source>
        <translation>아버지: 생년월일</translation>
    </message>
    <message>
        <source>Mother: full name</source>
        <translation>어머니: 성명</translation>
    </message>
    <message>
        <source>Mother: date of birth</source>
        <translation>어머니: 생년월일</translation>
    </message>
    <message>
        <source>Spouse: full name</source>
        <translation>배우자: 성명</translation>
    </message>
    <message>
        <source>Spouse: date of birth</source>
        <translation>배우자: 생년월일</translation>
    </message>
    <message>
        <source>Most recent passport (if any): number</source>
        <translation>가장 최근 여권 (있는 경우): 번호</translation>
    </message>
    <message>
        <source>Most recent passport: date of issue</source>
        <translation>가장 최근 여권: 발급일</translation>
    </message>
    <message>
        <source>What you request</source>
        <translation>신청 내용</translation>
    </message>
    <message>
        <source>Reason and what changed</source>
        <translation>사유 및 변경 내용</translation>
    </message>
    <message>
        <source>Passport with or without a chip</source>
        <translation>전자 칩 부착 여부</translation>
    </message>
    <message>
        <source>How to receive the passport</source>
        <translation>여권 수령 방법</translation>
    </message>
    <message>
        <source>Delivery address: province or city</source>
        <translation>우편 수령 주소: 성 또는 시</translation>
    </message>
    <message>
        <source>Delivery address: commune or ward</source>
        <translation>우편 수령 주소: 사, 방 또는 특구</translation>
    </message>
    <message>
        <source>Delivery address: house, street, hamlet</source>
        <translation>우편 수령 주소: 번지, 거리, 마을, 조</translation>
    </message>
    <message>
        <source>I declare that the information above is true</source>
        <translation>본인은 위의 정보가 사실임을 서약합니다</translation>
    </message>
    <message>
        <source>A. Legal representative: full name</source>
        <translation>A. 법정 대리인: 성명</translation>
    </message>
    <message>
        <source>Relationship to the child</source>
        <translation>아동과의 관계</translation>
    </message>
    <message>
        <source>B. The child: surname</source>
        <translation>B. 아동: 성</translation>
    </message>
    <message>
        <source>Personal ID number (if any)</source>
        <translation>개인 식별 번호 (있는 경우)</translation>
    </message>
    <message>
        <source>Date of issue (if the child has an ID card)</source>
        <translation>발급일 (아동이 신분증이 있는 경우)</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>남성</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>여성</translation>
    </message>
    <message>
        <source>First passport</source>
        <translation>여권 최초 발급</translation>
    </message>
    <message>
        <source>Re-issue: expired or expiring</source>
        <translation>재발급: 만료 또는 만료 예정</translation>
    </message>
    <message>
        <source>Re-issue: damaged</source>
        <translation>재발급: 훼손</translation>
    </message>
    <message>
        <source>Re-issue: lost</source>
        <translation>재발급: 분실</translation>
    </message>
    <message>
        <source>Re-issue: changed personal details</source>
        <translation>재발급: 인적 사항 변경</translation>
    </message>
    <message>
        <source>With chip</source>
        <translation>전자 칩 부착</translation>
    </message>
    <message>
        <source>Without chip</source>
        <translation>전자 칩 없음</translation>
    </message>
    <message>
        <source>Collect at the office</source>
        <translation>기관에서 직접 수령</translation>
    </message>
    <message>
        <source>Send by post</source>
        <translation>우편 수령</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>아버지</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>어머니</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>후견인</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>서약함</translation>
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
    <name>PinPad</name>
    <message>
        <source>Erase</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>확인</translation>
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
    <name>QueueTicketPaper</name>
    <message>
        <source>QUEUE NUMBER</source>
        <translation>대기 번호</translation>
    </message>
    <message>
        <source>People waiting before you: %1</source>
        <translation>앞에서 기다리는 사람: %1명</translation>
    </message>
    <message>
        <source>Expected wait: about %1 minutes</source>
        <translation>예상 대기 시간: 약 %1분</translation>
    </message>
    <message>
        <source>Please take a seat and watch the screen and listen for your number. When called, go to the counter shown on the screen.</source>
        <translation>자리에 앉아 화면과 안내 방송의 번호 호출을 확인하세요. 번호가 호출되면 화면에 표시된 창구로 가세요.</translation>
    </message>
    <message>
        <source>Scan the code to follow your turn on your phone</source>
        <translation>코드를 스캔하여 휴대폰으로 차례를 확인하세요</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>APPLICATION RECEIPT</source>
        <translation>신청서 접수증</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>참조 번호</translation>
    </message>
    <message>
        <source>(The application is waiting to be sent to the public service portal; the receipt number will follow. Look it up with this reference.)</source>
        <translation>(신청서가 공공 서비스 포털로 전송을 기다리고 있으며, 접수 번호는 나중에 발송됩니다. 이 참조 번호로 조회하세요.)</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>접수 번호</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>절차</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>신청인</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>제출일</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>납부 완료</translation>
    </message>
    <message>
        <source>not paid</source>
        <translation>미납</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>수수료</translation>
    </message>
    <message>
        <source>Result ready on</source>
        <translation>결과 수령 예정일</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과 수령</translation>
    </message>
    <message>
        <source>by post, to the address given</source>
        <translation>등록한 주소로 우편 발송</translation>
    </message>
    <message>
        <source>in person where you applied; bring this paper</source>
        <translation>신청한 곳에서 직접 수령, 이 접수증을 지참하세요</translation>
    </message>
    <message>
        <source>Scan the code to follow your application</source>
        <translation>코드를 스캔하여 신청 진행 상황을 확인하세요</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>상담 전화</translation>
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
    <name>ReprintView</name>
    <message>
        <source>Reprint a ticket or receipt</source>
        <translation>번호표 또는 접수증 재인쇄</translation>
    </message>
    <message>
        <source>Printed again.</source>
        <translation>다시 인쇄했습니다.</translation>
    </message>
    <message>
        <source>Not printed (%1). See device health.</source>
        <translation>인쇄되지 않았습니다(%1). 장치 상태를 확인하세요.</translation>
    </message>
    <message>
        <source>Nothing printed today.</source>
        <translation>오늘 인쇄한 것이 없습니다.</translation>
    </message>
    <message>
        <source>This kiosk has no printer.</source>
        <translation>이 키오스크에는 프린터가 없습니다.</translation>
    </message>
    <message>
        <source>Queue ticket</source>
        <translation>번호표</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>접수증</translation>
    </message>
    <message>
        <source>(not printed)</source>
        <translation>(인쇄 안 됨)</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>재인쇄</translation>
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
