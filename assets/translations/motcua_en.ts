<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccessibilityBar</name>
    <message>
        <source>Large text</source>
        <translation>Large text</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Contrast</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <source>Read each step</source>
        <translation>Read each step</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Self-service public services</source>
        <translation>Self-service public services</translation>
    </message>
    <message>
        <source>Touch to start</source>
        <translation>Touch to start</translation>
    </message>
    <message>
        <source>Hotline %1</source>
        <translation>Hotline %1</translation>
    </message>
</context>
<context>
    <name>CallGuideButton</name>
    <message>
        <source>Call a guide</source>
        <translation>Call a guide</translation>
    </message>
    <message>
        <source>A guide is on the way. Please stay at this kiosk.</source>
        <translation>A guide is on the way. Please stay at this kiosk.</translation>
    </message>
    <message>
        <source>The guides could not be reached. Please ask at the nearest counter.</source>
        <translation>The guides could not be reached. Please ask at the nearest counter.</translation>
    </message>
</context>
<context>
    <name>ChildDeclarationPaper</name>
    <message>
        <source>Declaration for an ordinary passport for a child under 14 in Vietnam (TK01a)</source>
        <translation>Declaration for an ordinary passport for a child under 14 in Vietnam (TK01a)</translation>
    </message>
    <message>
        <source>I declare that the information above is true.</source>
        <translation>I declare that the information above is true.</translation>
    </message>
    <message>
        <source>Signature and full name of the legal representative:</source>
        <translation>Signature and full name of the legal representative:</translation>
    </message>
    <message>
        <source>BRING WHEN YOU APPLY</source>
        <translation>BRING WHEN YOU APPLY</translation>
    </message>
    <message>
        <source>• The child comes in person with a parent or guardian.</source>
        <translation>• The child comes in person with a parent or guardian.</translation>
    </message>
    <message>
        <source>• This declaration, signed.</source>
        <translation>• This declaration, signed.</translation>
    </message>
    <message>
        <source>• A copy of the child&apos;s birth certificate or birth record (bring the original for comparison).</source>
        <translation>• A copy of the child&apos;s birth certificate or birth record (bring the original for comparison).</translation>
    </message>
    <message>
        <source>• The representative&apos;s ID card; proof of guardianship for a guardian.</source>
        <translation>• The representative&apos;s ID card; proof of guardianship for a guardian.</translation>
    </message>
    <message>
        <source>• The child&apos;s old passport, if any.</source>
        <translation>• The child&apos;s old passport, if any.</translation>
    </message>
</context>
<context>
    <name>ChildDeclarationStep</name>
    <message>
        <source>Printing the declaration…</source>
        <translation>Printing the declaration…</translation>
    </message>
    <message>
        <source>Please take the printed declaration and sign it.</source>
        <translation>Please take the printed declaration and sign it.</translation>
    </message>
    <message>
        <source>This kiosk has no printer: please ask a police guide for a paper form TK01a.</source>
        <translation>This kiosk has no printer: please ask a police guide for a paper form TK01a.</translation>
    </message>
    <message>
        <source>A passport for a child under 14 is applied for in person. Please come to the immigration office with:</source>
        <translation>A passport for a child under 14 is applied for in person. Please come to the immigration office with:</translation>
    </message>
    <message>
        <source>the child, with a parent or the guardian;</source>
        <translation>the child, with a parent or the guardian;</translation>
    </message>
    <message>
        <source>this declaration, signed;</source>
        <translation>this declaration, signed;</translation>
    </message>
    <message>
        <source>a copy of the child&apos;s birth certificate or birth extract (bring the original to compare);</source>
        <translation>a copy of the child&apos;s birth certificate or birth extract (bring the original to compare);</translation>
    </message>
    <message>
        <source>your ID card, and papers that show guardianship if you are the guardian;</source>
        <translation>your ID card, and papers that show guardianship if you are the guardian;</translation>
    </message>
    <message>
        <source>the child&apos;s old passport, if any.</source>
        <translation>the child&apos;s old passport, if any.</translation>
    </message>
    <message>
        <source>Fee, paid at the office: %1.</source>
        <translation>Fee, paid at the office: %1.</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Print again</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>CounterConsole</name>
    <message>
        <source>Counter console</source>
        <translation>Counter console</translation>
    </message>
    <message>
        <source>Counter:</source>
        <translation>Counter:</translation>
    </message>
    <message>
        <source>Counter %1 is paused</source>
        <translation>Counter %1 is paused</translation>
    </message>
    <message>
        <source>Counter %1 is serving</source>
        <translation>Counter %1 is serving</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>Priority: %1</translation>
    </message>
    <message numerus="yes">
        <source>Called %n time(s)</source>
        <translation>
            <numerusform>Called %n time(s)</numerusform>
            <numerusform>Called %n time(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for this counter: %1</source>
        <translation>Waiting for this counter: %1</translation>
    </message>
    <message>
        <source>Call next</source>
        <translation>Call next</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Served</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Waiting per service</source>
        <translation>Waiting per service</translation>
    </message>
    <message>
        <source>%1 (%2 priority)</source>
        <translation>%1 (%2 priority)</translation>
    </message>
    <message>
        <source>Transfer the current ticket to:</source>
        <translation>Transfer the current ticket to:</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>Counter %1</translation>
    </message>
    <message>
        <source>This counter is paused. Resume it first.</source>
        <translation>This counter is paused. Resume it first.</translation>
    </message>
    <message>
        <source>This counter has no ticket now.</source>
        <translation>This counter has no ticket now.</translation>
    </message>
    <message>
        <source>Finish the current ticket first.</source>
        <translation>Finish the current ticket first.</translation>
    </message>
    <message>
        <source>The queue server cannot be reached. Try again.</source>
        <translation>The queue server cannot be reached. Try again.</translation>
    </message>
    <message>
        <source>The queue refused this: %1</source>
        <translation>The queue refused this: %1</translation>
    </message>
    <message>
        <source>Nobody is waiting for this counter.</source>
        <translation>Nobody is waiting for this counter.</translation>
    </message>
</context>
<context>
    <name>CounterWindow</name>
    <message>
        <source>Counter %1 · motcua</source>
        <translation>Counter %1 · motcua</translation>
    </message>
</context>
<context>
    <name>DayFiguresView</name>
    <message>
        <source>Today&apos;s figures (%1)</source>
        <translation>Today&apos;s figures (%1)</translation>
    </message>
    <message>
        <source>Sessions started</source>
        <translation>Sessions started</translation>
    </message>
    <message>
        <source>Sessions finished</source>
        <translation>Sessions finished</translation>
    </message>
    <message>
        <source>Sessions abandoned or timed out</source>
        <translation>Sessions abandoned or timed out</translation>
    </message>
    <message>
        <source>Applications submitted</source>
        <translation>Applications submitted</translation>
    </message>
    <message>
        <source>Applications accepted by the portal</source>
        <translation>Applications accepted by the portal</translation>
    </message>
    <message>
        <source>Queue numbers</source>
        <translation>Queue numbers</translation>
    </message>
    <message>
        <source>%1 — issued %2, served %3, absent %4, median wait %5 min</source>
        <translation>%1 — issued %2, served %3, absent %4, median wait %5 min</translation>
    </message>
    <message>
        <source>Some figures could not be read (%1).</source>
        <translation>Some figures could not be read (%1).</translation>
    </message>
</context>
<context>
    <name>DeviceHealth</name>
    <message>
        <source>Out of paper</source>
        <translation>Out of paper</translation>
    </message>
    <message>
        <source>Paper running low</source>
        <translation>Paper running low</translation>
    </message>
    <message>
        <source>Paper jam</source>
        <translation>Paper jam</translation>
    </message>
    <message>
        <source>Cover open</source>
        <translation>Cover open</translation>
    </message>
    <message>
        <source>Out of ink</source>
        <translation>Out of ink</translation>
    </message>
    <message>
        <source>Ink running low</source>
        <translation>Ink running low</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <source>Print service not running</source>
        <translation>Print service not running</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Working</translation>
    </message>
    <message>
        <source>Not installed</source>
        <translation>Not installed</translation>
    </message>
    <message>
        <source>Enough paper</source>
        <translation>Enough paper</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Connected (%1 ms)</source>
        <translation>Connected (%1 ms)</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation>Not configured</translation>
    </message>
    <message>
        <source>Cannot reach the portal</source>
        <translation>Cannot reach the portal</translation>
    </message>
    <message>
        <source>Cannot read the local store</source>
        <translation>Cannot read the local store</translation>
    </message>
    <message>
        <source>Nothing waiting</source>
        <translation>Nothing waiting</translation>
    </message>
    <message>
        <source>Waiting to send: %1</source>
        <translation>Waiting to send: %1</translation>
    </message>
    <message>
        <source>Could not be sent: %1</source>
        <translation>Could not be sent: %1</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>None yet</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1 min ago</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>%1 h ago</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>%1 days ago</translation>
    </message>
    <message>
        <source>%1 GB free</source>
        <translation>%1 GB free</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>In service</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Code scanner</source>
        <translation>Code scanner</translation>
    </message>
    <message>
        <source>Portal link</source>
        <translation>Portal link</translation>
    </message>
    <message>
        <source>Applications to send</source>
        <translation>Applications to send</translation>
    </message>
    <message>
        <source>Last application accepted</source>
        <translation>Last application accepted</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Out of service</translation>
    </message>
    <message>
        <source>Disk space</source>
        <translation>Disk space</translation>
    </message>
</context>
<context>
    <name>DeviceHealthView</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>Fault</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
</context>
<context>
    <name>DisplayBoard</name>
    <message>
        <source>Now calling</source>
        <translation>Now calling</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>No number is being called yet.</source>
        <translation>No number is being called yet.</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>Counter %1</translation>
    </message>
    <message>
        <source>Called before</source>
        <translation>Called before</translation>
    </message>
    <message>
        <source>When your number is called, please go to the counter shown. Keep your ticket ready.</source>
        <translation>When your number is called, please go to the counter shown. Keep your ticket ready.</translation>
    </message>
</context>
<context>
    <name>FeeStep</name>
    <message>
        <source>The result is usually ready %1 working days after the application is received.</source>
        <translation>The result is usually ready %1 working days after the application is received.</translation>
    </message>
    <message>
        <source>Fee according to the procedures catalogue of %1.</source>
        <translation>Fee according to the procedures catalogue of %1.</translation>
    </message>
    <message>
        <source>When you touch &quot;Submit the application&quot;, it is sent to the immigration office and you can pay the fee by bank QR code. Your answers can no longer be changed after that.</source>
        <translation>When you touch &quot;Submit the application&quot;, it is sent to the immigration office and you can pay the fee by bank QR code. Your answers can no longer be changed after that.</translation>
    </message>
    <message>
        <source>Reduced fee until %1 (%2). The normal fee is %3.</source>
        <translation>Reduced fee until %1 (%2). The normal fee is %3.</translation>
    </message>
    <message>
        <source>Reduced fee (%1). The normal fee is %2.</source>
        <translation>Reduced fee (%1). The normal fee is %2.</translation>
    </message>
</context>
<context>
    <name>FeedbackScreen</name>
    <message>
        <source>Very dissatisfied</source>
        <translation>Very dissatisfied</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <source>How was your visit today?</source>
        <translation>How was your visit today?</translation>
    </message>
    <message>
        <source>Thank you! Anything we could do better?</source>
        <translation>Thank you! Anything we could do better?</translation>
    </message>
    <message>
        <source>One touch on a face is enough. Your answer is anonymous and helps the centre serve you better.</source>
        <translation>One touch on a face is enough. Your answer is anonymous and helps the centre serve you better.</translation>
    </message>
    <message>
        <source>You may write a suggestion, or touch Done.</source>
        <translation>You may write a suggestion, or touch Done.</translation>
    </message>
    <message>
        <source>Please do not write your name, ID card number, phone number or address. Numbers like these are removed.</source>
        <translation>Please do not write your name, ID card number, phone number or address. Numbers like these are removed.</translation>
    </message>
    <message>
        <source>Your suggestion (optional)</source>
        <translation>Your suggestion (optional)</translation>
    </message>
    <message>
        <source>This screen closes by itself after %1 seconds without a touch.</source>
        <translation>This screen closes by itself after %1 seconds without a touch.</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
</context>
<context>
    <name>FieldError</name>
    <message>
        <source>Please fill in this field.</source>
        <translation>Please fill in this field.</translation>
    </message>
    <message>
        <source>Please pick one of the options.</source>
        <translation>Please pick one of the options.</translation>
    </message>
    <message>
        <source>This field is not on the form.</source>
        <translation>This field is not on the form.</translation>
    </message>
    <message>
        <source>This answer must be text.</source>
        <translation>This answer must be text.</translation>
    </message>
    <message>
        <source>Too long; please shorten it.</source>
        <translation>Too long; please shorten it.</translation>
    </message>
    <message>
        <source>Names may contain only Vietnamese letters, spaces, hyphens and apostrophes.</source>
        <translation>Names may contain only Vietnamese letters, spaces, hyphens and apostrophes.</translation>
    </message>
    <message>
        <source>Write the date as year-month-day, e.g. 1990-01-31.</source>
        <translation>Write the date as year-month-day, e.g. 1990-01-31.</translation>
    </message>
    <message>
        <source>This day does not exist.</source>
        <translation>This day does not exist.</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>The date cannot be in the future.</translation>
    </message>
    <message>
        <source>The date is too far in the past; check the year.</source>
        <translation>The date is too far in the past; check the year.</translation>
    </message>
    <message>
        <source>This date must be after the date of birth.</source>
        <translation>This date must be after the date of birth.</translation>
    </message>
    <message>
        <source>ID cards with a personal ID number have been issued since 1 January 2016.</source>
        <translation>ID cards with a personal ID number have been issued since 1 January 2016.</translation>
    </message>
    <message>
        <source>The personal ID number has exactly 12 digits.</source>
        <translation>The personal ID number has exactly 12 digits.</translation>
    </message>
    <message>
        <source>The personal ID number contains digits only.</source>
        <translation>The personal ID number contains digits only.</translation>
    </message>
    <message>
        <source>The first three digits are not a province code.</source>
        <translation>The first three digits are not a province code.</translation>
    </message>
    <message>
        <source>The ID number does not match the sex given.</source>
        <translation>The ID number does not match the sex given.</translation>
    </message>
    <message>
        <source>The ID number does not match the year of birth.</source>
        <translation>The ID number does not match the year of birth.</translation>
    </message>
    <message>
        <source>The child&apos;s ID number is the same as the representative&apos;s.</source>
        <translation>The child&apos;s ID number is the same as the representative&apos;s.</translation>
    </message>
    <message>
        <source>Under 14: a parent or guardian fills in form TK01a.</source>
        <translation>Under 14: a parent or guardian fills in form TK01a.</translation>
    </message>
    <message>
        <source>Aged 14 or over: fill in form TK01 yourself.</source>
        <translation>Aged 14 or over: fill in form TK01 yourself.</translation>
    </message>
    <message>
        <source>The legal representative must be 18 or over.</source>
        <translation>The legal representative must be 18 or over.</translation>
    </message>
    <message>
        <source>A mobile number has 10 digits and starts with 0 (or +84).</source>
        <translation>A mobile number has 10 digits and starts with 0 (or +84).</translation>
    </message>
    <message>
        <source>This is not a Vietnamese mobile prefix.</source>
        <translation>This is not a Vietnamese mobile prefix.</translation>
    </message>
    <message>
        <source>This email address is not valid, e.g. name@example.vn.</source>
        <translation>This email address is not valid, e.g. name@example.vn.</translation>
    </message>
    <message>
        <source>Unknown province or city.</source>
        <translation>Unknown province or city.</translation>
    </message>
    <message>
        <source>Unknown commune, ward or special zone.</source>
        <translation>Unknown commune, ward or special zone.</translation>
    </message>
    <message>
        <source>This commune or ward is not in the chosen province.</source>
        <translation>This commune or ward is not in the chosen province.</translation>
    </message>
    <message>
        <source>Please pick an ethnicity from the list.</source>
        <translation>Please pick an ethnicity from the list.</translation>
    </message>
    <message>
        <source>Please pick a religion from the list (or None).</source>
        <translation>Please pick a religion from the list (or None).</translation>
    </message>
    <message>
        <source>A passport number is one letter and 7 digits, e.g. C1234567.</source>
        <translation>A passport number is one letter and 7 digits, e.g. C1234567.</translation>
    </message>
    <message>
        <source>For a re-issue, give the number and date of issue of the old passport.</source>
        <translation>For a re-issue, give the number and date of issue of the old passport.</translation>
    </message>
    <message>
        <source>You have had a passport: choose a re-issue, not a first passport.</source>
        <translation>You have had a passport: choose a re-issue, not a first passport.</translation>
    </message>
    <message>
        <source>Give the name together with the date of birth.</source>
        <translation>Give the name together with the date of birth.</translation>
    </message>
    <message>
        <source>A parent&apos;s date of birth must be before the applicant&apos;s.</source>
        <translation>A parent&apos;s date of birth must be before the applicant&apos;s.</translation>
    </message>
    <message>
        <source>Below the legal age of marriage: no spouse can be declared.</source>
        <translation>Below the legal age of marriage: no spouse can be declared.</translation>
    </message>
    <message>
        <source>The relationship does not match the representative&apos;s sex.</source>
        <translation>The relationship does not match the representative&apos;s sex.</translation>
    </message>
    <message>
        <source>This answer is not valid.</source>
        <translation>This answer is not valid.</translation>
    </message>
</context>
<context>
    <name>GuideHome</name>
    <message>
        <source>Guide mode — %1</source>
        <translation>Guide mode — %1</translation>
    </message>
    <message>
        <source>Guide home</source>
        <translation>Guide home</translation>
    </message>
    <message>
        <source>Leave guide mode</source>
        <translation>Leave guide mode</translation>
    </message>
    <message>
        <source>Start an assisted session</source>
        <translation>Start an assisted session</translation>
    </message>
    <message>
        <source>The next citizen&apos;s application records that you helped</source>
        <translation>The next citizen&apos;s application records that you helped</translation>
    </message>
    <message>
        <source>Counter console</source>
        <translation>Counter console</translation>
    </message>
    <message>
        <source>Call queue numbers, mark them served or absent</source>
        <translation>Call queue numbers, mark them served or absent</translation>
    </message>
    <message>
        <source>Reprint a receipt</source>
        <translation>Reprint a receipt</translation>
    </message>
    <message>
        <source>Today&apos;s tickets and receipts</source>
        <translation>Today&apos;s tickets and receipts</translation>
    </message>
    <message>
        <source>Device health</source>
        <translation>Device health</translation>
    </message>
    <message>
        <source>Something needs attention</source>
        <translation>Something needs attention</translation>
    </message>
    <message>
        <source>Printer, camera, scanner, portal link</source>
        <translation>Printer, camera, scanner, portal link</translation>
    </message>
    <message>
        <source>Back in service</source>
        <translation>Back in service</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Out of service</translation>
    </message>
    <message>
        <source>Citizens now see: %1</source>
        <translation>Citizens now see: %1</translation>
    </message>
    <message>
        <source>Stop citizens from starting a session, with a message</source>
        <translation>Stop citizens from starting a session, with a message</translation>
    </message>
    <message>
        <source>Today&apos;s figures</source>
        <translation>Today&apos;s figures</translation>
    </message>
    <message>
        <source>Sessions, applications, queue numbers, waiting time</source>
        <translation>Sessions, applications, queue numbers, waiting time</translation>
    </message>
    <message>
        <source>Close the kiosk application</source>
        <translation>Close the kiosk application</translation>
    </message>
    <message>
        <source>Technicians only: the citizen&apos;s data is wiped first</source>
        <translation>Technicians only: the citizen&apos;s data is wiped first</translation>
    </message>
</context>
<context>
    <name>GuideLogin</name>
    <message>
        <source>%1: enter your PIN</source>
        <translation>%1: enter your PIN</translation>
    </message>
    <message>
        <source>Guide mode: who are you?</source>
        <translation>Guide mode: who are you?</translation>
    </message>
    <message>
        <source>No guide accounts yet. A technician adds them with “motcua guide add”.</source>
        <translation>No guide accounts yet. A technician adds them with “motcua guide add”.</translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <translation>Checking the PIN…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>HelpAlertBanner</name>
    <message>
        <source>%1 needs a guide · since %2 (%3 min)</source>
        <translation>%1 needs a guide · since %2 (%3 min)</translation>
    </message>
    <message>
        <source>I&apos;m coming</source>
        <translation>I&apos;m coming</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>What would you like to do today?</source>
        <translation>What would you like to do today?</translation>
    </message>
    <message>
        <source>Touch a service to begin. A police guide is nearby if you need help.</source>
        <translation>Touch a service to begin. A police guide is nearby if you need help.</translation>
    </message>
    <message>
        <source>Hotline %1  ·  %2</source>
        <translation>Hotline %1  ·  %2</translation>
    </message>
</context>
<context>
    <name>IdCardScan</name>
    <message>
        <source>This QR code is not from an ID card (it is a web link)</source>
        <translation>This QR code is not from an ID card (it is a web link)</translation>
    </message>
    <message>
        <source>This QR code is not from an ID card (it is a payment code)</source>
        <translation>This QR code is not from an ID card (it is a payment code)</translation>
    </message>
    <message>
        <source>This QR code is not from an ID card (it is an application receipt)</source>
        <translation>This QR code is not from an ID card (it is an application receipt)</translation>
    </message>
    <message>
        <source>This QR code is not from an ID card</source>
        <translation>This QR code is not from an ID card</translation>
    </message>
    <message>
        <source>The QR code could not be read, please scan again</source>
        <translation>The QR code could not be read, please scan again</translation>
    </message>
    <message>
        <source>The QR code was read with wrong characters, please scan again with the camera</source>
        <translation>The QR code was read with wrong characters, please scan again with the camera</translation>
    </message>
    <message>
        <source>The personal ID number in the QR code is not valid</source>
        <translation>The personal ID number in the QR code is not valid</translation>
    </message>
    <message>
        <source>The old ID card number in the QR code is not valid</source>
        <translation>The old ID card number in the QR code is not valid</translation>
    </message>
    <message>
        <source>The name in the QR code is not valid</source>
        <translation>The name in the QR code is not valid</translation>
    </message>
    <message>
        <source>The address in the QR code is not valid</source>
        <translation>The address in the QR code is not valid</translation>
    </message>
    <message>
        <source>The sex in the QR code is not valid</source>
        <translation>The sex in the QR code is not valid</translation>
    </message>
    <message>
        <source>The date of birth in the QR code is not valid</source>
        <translation>The date of birth in the QR code is not valid</translation>
    </message>
    <message>
        <source>The date of issue in the QR code is not valid</source>
        <translation>The date of issue in the QR code is not valid</translation>
    </message>
    <message>
        <source>The date of issue in the QR code is before the date of birth, please scan again</source>
        <translation>The date of issue in the QR code is before the date of birth, please scan again</translation>
    </message>
    <message>
        <source>The date of issue in the QR code is after today, please scan again</source>
        <translation>The date of issue in the QR code is after today, please scan again</translation>
    </message>
    <message>
        <source>The ID number does not match the sex in the QR code, please scan again</source>
        <translation>The ID number does not match the sex in the QR code, please scan again</translation>
    </message>
    <message>
        <source>The ID number does not match the year of birth in the QR code, please scan again</source>
        <translation>The ID number does not match the year of birth in the QR code, please scan again</translation>
    </message>
    <message>
        <source>This scanner loses Vietnamese accents: please hold the back of the card to the camera</source>
        <translation>This scanner loses Vietnamese accents: please hold the back of the card to the camera</translation>
    </message>
    <message>
        <source>The QR code was not read correctly, please scan the back of the card again</source>
        <translation>The QR code was not read correctly, please scan the back of the card again</translation>
    </message>
</context>
<context>
    <name>IdScanStep</name>
    <message>
        <source>Back of the card, QR code facing the camera</source>
        <translation>Back of the card, QR code facing the camera</translation>
    </message>
    <message>
        <source>The camera is not available.</source>
        <translation>The camera is not available.</translation>
    </message>
    <message>
        <source>Hold the back of your ID card in the frame</source>
        <translation>Hold the back of your ID card in the frame</translation>
    </message>
    <message>
        <source>Scan the QR code on the back of your ID card with the scanner</source>
        <translation>Scan the QR code on the back of your ID card with the scanner</translation>
    </message>
    <message>
        <source>Please type your details by hand.</source>
        <translation>Please type your details by hand.</translation>
    </message>
    <message>
        <source>Your name, ID number, date of birth and permanent address are filled in from the card. You check them before going on.</source>
        <translation>Your name, ID number, date of birth and permanent address are filled in from the card. You check them before going on.</translation>
    </message>
    <message>
        <source>Card read</source>
        <translation>Card read</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Personal ID number</source>
        <translation>Personal ID number</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Use this information</source>
        <translation>Use this information</translation>
    </message>
    <message>
        <source>Scan again</source>
        <translation>Scan again</translation>
    </message>
    <message>
        <source>Type by hand</source>
        <translation>Type by hand</translation>
    </message>
</context>
<context>
    <name>IdleDialog</name>
    <message>
        <source>Do you need more time?</source>
        <translation>Do you need more time?</translation>
    </message>
    <message>
        <source>To protect your information, this session will end and everything you entered will be erased.</source>
        <translation>To protect your information, this session will end and everything you entered will be erased.</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>End session</translation>
    </message>
    <message>
        <source>Yes, continue</source>
        <translation>Yes, continue</translation>
    </message>
</context>
<context>
    <name>InputMethodToggle</name>
    <message>
        <source>Typing:</source>
        <translation>Typing:</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Choose your language</source>
        <translation>Choose your language</translation>
    </message>
</context>
<context>
    <name>OutOfServiceEditor</name>
    <message>
        <source>The kiosk is out of service</source>
        <translation>The kiosk is out of service</translation>
    </message>
    <message>
        <source>Take the kiosk out of service</source>
        <translation>Take the kiosk out of service</translation>
    </message>
    <message>
        <source>Since %1 took it out: “%2”</source>
        <translation>Since %1 took it out: “%2”</translation>
    </message>
    <message>
        <source>Bring the kiosk back into service</source>
        <translation>Bring the kiosk back into service</translation>
    </message>
    <message>
        <source>Message for citizens:</source>
        <translation>Message for citizens:</translation>
    </message>
    <message>
        <source>Or type a message</source>
        <translation>Or type a message</translation>
    </message>
    <message>
        <source>Take out of service</source>
        <translation>Take out of service</translation>
    </message>
</context>
<context>
    <name>OutOfServicePresets</name>
    <message>
        <source>The printer is being refilled. Please come back in a few minutes.</source>
        <translation>The printer is being refilled. Please come back in a few minutes.</translation>
    </message>
    <message>
        <source>Maintenance in progress. Please use the other kiosk or the counter.</source>
        <translation>Maintenance in progress. Please use the other kiosk or the counter.</translation>
    </message>
    <message>
        <source>This kiosk is closed for today. Please use the counter.</source>
        <translation>This kiosk is closed for today. Please use the counter.</translation>
    </message>
</context>
<context>
    <name>OutOfServiceScreen</name>
    <message>
        <source>This kiosk is out of service</source>
        <translation>This kiosk is out of service</translation>
    </message>
    <message>
        <source>A police guide in the hall can help you.</source>
        <translation>A police guide in the hall can help you.</translation>
    </message>
</context>
<context>
    <name>PassportField</name>
    <message>
        <source>(optional)</source>
        <translation>(optional)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Touch to choose</source>
        <translation>Touch to choose</translation>
    </message>
    <message>
        <source>From the ID card</source>
        <translation>From the ID card</translation>
    </message>
</context>
<context>
    <name>PassportForm</name>
    <message>
        <source>Legal representative</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>About you</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>ID card</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Addresses</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Previous passport</source>
        <translation>Previous passport</translation>
    </message>
    <message>
        <source>Request and delivery</source>
        <translation>Request and delivery</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>Declaration</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Middle and given names</source>
        <translation>Middle and given names</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Place of birth (province or city)</source>
        <translation>Place of birth (province or city)</translation>
    </message>
    <message>
        <source>Personal ID number</source>
        <translation>Personal ID number</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Date of issue</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <source>Religion</source>
        <translation>Religion</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Permanent address: province or city</source>
        <translation>Permanent address: province or city</translation>
    </message>
    <message>
        <source>Permanent address: commune or ward</source>
        <translation>Permanent address: commune or ward</translation>
    </message>
    <message>
        <source>Permanent address: house, street, hamlet</source>
        <translation>Permanent address: house, street, hamlet</translation>
    </message>
    <message>
        <source>Temporary address: province or city</source>
        <translation>Temporary address: province or city</translation>
    </message>
    <message>
        <source>Temporary address: commune or ward</source>
        <translation>Temporary address: commune or ward</translation>
    </message>
    <message>
        <source>Temporary address: house, street, hamlet</source>
        <translation>Temporary address: house, street, hamlet</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Employer&apos;s name and address (if any)</source>
        <translation>Employer&apos;s name and address (if any)</translation>
    </message>
    <message>
        <source>Father: full name</source>
        <translation>Father: full name</translation>
    </message>
    <message>
        <source>Father: date of birth</source>
        <translation>Father: date of birth</translation>
    </message>
    <message>
        <source>Mother: full name</source>
        <translation>Mother: full name</translation>
    </message>
    <message>
        <source>Mother: date of birth</source>
        <translation>Mother: date of birth</translation>
    </message>
    <message>
        <source>Spouse: full name</source>
        <translation>Spouse: full name</translation>
    </message>
    <message>
        <source>Spouse: date of birth</source>
        <translation>Spouse: date of birth</translation>
    </message>
    <message>
        <source>Most recent passport (if any): number</source>
        <translation>Most recent passport (if any): number</translation>
    </message>
    <message>
        <source>Most recent passport: date of issue</source>
        <translation>Most recent passport: date of issue</translation>
    </message>
    <message>
        <source>What you request</source>
        <translation>What you request</translation>
    </message>
    <message>
        <source>Reason and what changed</source>
        <translation>Reason and what changed</translation>
    </message>
    <message>
        <source>Passport with or without a chip</source>
        <translation>Passport with or without a chip</translation>
    </message>
    <message>
        <source>How to receive the passport</source>
        <translation>How to receive the passport</translation>
    </message>
    <message>
        <source>Delivery address: province or city</source>
        <translation>Delivery address: province or city</translation>
    </message>
    <message>
        <source>Delivery address: commune or ward</source>
        <translation>Delivery address: commune or ward</translation>
    </message>
    <message>
        <source>Delivery address: house, street, hamlet</source>
        <translation>Delivery address: house, street, hamlet</translation>
    </message>
    <message>
        <source>I declare that the information above is true</source>
        <translation>I declare that the information above is true</translation>
    </message>
    <message>
        <source>A. Legal representative: full name</source>
        <translation>A. Legal representative: full name</translation>
    </message>
    <message>
        <source>Relationship to the child</source>
        <translation>Relationship to the child</translation>
    </message>
    <message>
        <source>B. The child: surname</source>
        <translation>B. The child: surname</translation>
    </message>
    <message>
        <source>Personal ID number (if any)</source>
        <translation>Personal ID number (if any)</translation>
    </message>
    <message>
        <source>Date of issue (if the child has an ID card)</source>
        <translation>Date of issue (if the child has an ID card)</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>First passport</source>
        <translation>First passport</translation>
    </message>
    <message>
        <source>Re-issue: expired or expiring</source>
        <translation>Re-issue: expired or expiring</translation>
    </message>
    <message>
        <source>Re-issue: damaged</source>
        <translation>Re-issue: damaged</translation>
    </message>
    <message>
        <source>Re-issue: lost</source>
        <translation>Re-issue: lost</translation>
    </message>
    <message>
        <source>Re-issue: changed personal details</source>
        <translation>Re-issue: changed personal details</translation>
    </message>
    <message>
        <source>With chip</source>
        <translation>With chip</translation>
    </message>
    <message>
        <source>Without chip</source>
        <translation>Without chip</translation>
    </message>
    <message>
        <source>Collect at the office</source>
        <translation>Collect at the office</translation>
    </message>
    <message>
        <source>Send by post</source>
        <translation>Send by post</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>Father</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>Mother</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>Declared</translation>
    </message>
</context>
<context>
    <name>PassportScreen</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Confirm and see the fee</source>
        <translation>Confirm and see the fee</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Confirm and print the declaration</source>
        <translation>Confirm and print the declaration</translation>
    </message>
    <message>
        <source>Submit the application</source>
        <translation>Submit the application</translation>
    </message>
</context>
<context>
    <name>PassportWizard</name>
    <message>
        <source>Check your answers</source>
        <translation>Check your answers</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>Please correct the answers marked above before going on.</source>
        <translation>Please correct the answers marked above before going on.</translation>
    </message>
    <message>
        <source>Some answers need correcting: touch &quot;Edit&quot; next to the section.</source>
        <translation>Some answers need correcting: touch &quot;Edit&quot; next to the section.</translation>
    </message>
    <message>
        <source>Please tick the declaration to go on.</source>
        <translation>Please tick the declaration to go on.</translation>
    </message>
    <message>
        <source>Scan your ID card</source>
        <translation>Scan your ID card</translation>
    </message>
    <message>
        <source>Passport photo</source>
        <translation>Passport photo</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Print the declaration</source>
        <translation>Print the declaration</translation>
    </message>
    <message>
        <source>This child is under 14: a parent or guardian fills in form TK01a for the child here, starting with their own details. The kiosk prints the declaration; the child then applies in person at the immigration office with a birth certificate.</source>
        <translation>This child is under 14: a parent or guardian fills in form TK01a for the child here, starting with their own details. The kiosk prints the declaration; the child then applies in person at the immigration office with a birth certificate.</translation>
    </message>
</context>
<context>
    <name>PaymentStep</name>
    <message>
        <source>Sending your application…</source>
        <translation>Sending your application…</translation>
    </message>
    <message>
        <source>It is already saved on this kiosk and will not be lost.</source>
        <translation>It is already saved on this kiosk and will not be lost.</translation>
    </message>
    <message>
        <source>Your application has been received. Please pay the fee: open your banking app and scan this code.</source>
        <translation>Your application has been received. Please pay the fee: open your banking app and scan this code.</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation>Payment reference</translation>
    </message>
    <message>
        <source>Application number</source>
        <translation>Application number</translation>
    </message>
    <message>
        <source>This screen moves on by itself when the bank confirms the payment.</source>
        <translation>This screen moves on by itself when the bank confirms the payment.</translation>
    </message>
    <message>
        <source>I have paid</source>
        <translation>I have paid</translation>
    </message>
    <message>
        <source>Pay later</source>
        <translation>Pay later</translation>
    </message>
</context>
<context>
    <name>PhotoCapture</name>
    <message>
        <source>Please take your photo first, or call a guide for help.</source>
        <translation>Please take your photo first, or call a guide for help.</translation>
    </message>
</context>
<context>
    <name>PhotoGuidance</name>
    <message>
        <source>Please stand inside the frame</source>
        <translation>Please stand inside the frame</translation>
    </message>
    <message>
        <source>Only one person in the frame</source>
        <translation>Only one person in the frame</translation>
    </message>
    <message>
        <source>Move to the centre of the frame</source>
        <translation>Move to the centre of the frame</translation>
    </message>
    <message>
        <source>Step back a little</source>
        <translation>Step back a little</translation>
    </message>
    <message>
        <source>Come closer</source>
        <translation>Come closer</translation>
    </message>
    <message>
        <source>Lower yourself a little</source>
        <translation>Lower yourself a little</translation>
    </message>
    <message>
        <source>Stand up a little straighter</source>
        <translation>Stand up a little straighter</translation>
    </message>
    <message>
        <source>Keep your head level</source>
        <translation>Keep your head level</translation>
    </message>
    <message>
        <source>Look straight at the camera</source>
        <translation>Look straight at the camera</translation>
    </message>
    <message>
        <source>Open your eyes and look at the camera</source>
        <translation>Open your eyes and look at the camera</translation>
    </message>
    <message>
        <source>Close your mouth, neutral face</source>
        <translation>Close your mouth, neutral face</translation>
    </message>
    <message>
        <source>Please take off your glasses</source>
        <translation>Please take off your glasses</translation>
    </message>
    <message>
        <source>The light is not right; please call a guide</source>
        <translation>The light is not right; please call a guide</translation>
    </message>
    <message>
        <source>Stand in front of the white background</source>
        <translation>Stand in front of the white background</translation>
    </message>
    <message>
        <source>Hold still</source>
        <translation>Hold still</translation>
    </message>
    <message>
        <source>Hold that pose</source>
        <translation>Hold that pose</translation>
    </message>
</context>
<context>
    <name>PhotoStep</name>
    <message>
        <source>Face in the frame</source>
        <translation>Face in the frame</translation>
    </message>
    <message>
        <source>Head straight</source>
        <translation>Head straight</translation>
    </message>
    <message>
        <source>Eyes open, mouth closed</source>
        <translation>Eyes open, mouth closed</translation>
    </message>
    <message>
        <source>Even light</source>
        <translation>Even light</translation>
    </message>
    <message>
        <source>White background</source>
        <translation>White background</translation>
    </message>
    <message>
        <source>Sharp picture</source>
        <translation>Sharp picture</translation>
    </message>
    <message>
        <source>The camera was disconnected.</source>
        <translation>The camera was disconnected.</translation>
    </message>
    <message>
        <source>The camera stopped sending pictures.</source>
        <translation>The camera stopped sending pictures.</translation>
    </message>
    <message>
        <source>No camera was found on this kiosk.</source>
        <translation>No camera was found on this kiosk.</translation>
    </message>
    <message>
        <source>The camera cannot be used right now.</source>
        <translation>The camera cannot be used right now.</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Starting the camera…</translation>
    </message>
    <message>
        <source>Please stand inside the oval</source>
        <translation>Please stand inside the oval</translation>
    </message>
    <message>
        <source>No glasses, no hat; keep your face and both ears visible. The photo is taken by itself when everything is right.</source>
        <translation>No glasses, no hat; keep your face and both ears visible. The photo is taken by itself when everything is right.</translation>
    </message>
    <message>
        <source>This photo is attached to your application.</source>
        <translation>This photo is attached to your application.</translation>
    </message>
    <message>
        <source>Is this photo good? Check that your eyes are open and your face is clear.</source>
        <translation>Is this photo good? Check that your eyes are open and your face is clear.</translation>
    </message>
    <message>
        <source>Use this photo</source>
        <translation>Use this photo</translation>
    </message>
    <message>
        <source>Retake (%1 left)</source>
        <translation>Retake (%1 left)</translation>
    </message>
    <message>
        <source>Your answers are kept. A guide can help you take the photo.</source>
        <translation>Your answers are kept. A guide can help you take the photo.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>A guide is coming</source>
        <translation>A guide is coming</translation>
    </message>
    <message>
        <source>Call a guide</source>
        <translation>Call a guide</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Erase</source>
        <translation>Erase</translation>
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
        <translation>Close</translation>
    </message>
    <message>
        <source>Type part of the name, accents not needed</source>
        <translation>Type part of the name, accents not needed</translation>
    </message>
    <message>
        <source>Please choose the province or city first.</source>
        <translation>Please choose the province or city first.</translation>
    </message>
    <message>
        <source>Nothing found. Try fewer letters.</source>
        <translation>Nothing found. Try fewer letters.</translation>
    </message>
</context>
<context>
    <name>ProcedureGuide</name>
    <message>
        <source>See the note</source>
        <translation>See the note</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>%1 (reduced from %2)</source>
        <translation>%1 (reduced from %2)</translation>
    </message>
    <message>
        <source>Immediately, online</source>
        <translation>Immediately, online</translation>
    </message>
    <message numerus="yes">
        <source>about %n month(s)</source>
        <translation>
            <numerusform>about %n month(s)</numerusform>
            <numerusform>about %n month(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day(s)</numerusform>
            <numerusform>%n day(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day(s)</numerusform>
            <numerusform>%n working day(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Fully online</source>
        <translation>Fully online</translation>
    </message>
    <message>
        <source>Partly online</source>
        <translation>Partly online</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Collect at the office</source>
        <translation>Collect at the office</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>By post</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Fees from the public service portal, %1.</source>
        <translation>Fees from the public service portal, %1.</translation>
    </message>
    <message>
        <source>Fees as published on %1. Officers confirm the amount at the counter.</source>
        <translation>Fees as published on %1. Officers confirm the amount at the counter.</translation>
    </message>
</context>
<context>
    <name>ProceduresScreen</name>
    <message>
        <source>Procedures and fees</source>
        <translation>Procedures and fees</translation>
    </message>
    <message>
        <source>Search, e.g. &quot;ho chieu&quot;</source>
        <translation>Search, e.g. &quot;ho chieu&quot;</translation>
    </message>
    <message>
        <source>No procedure matches these words.</source>
        <translation>No procedure matches these words.</translation>
    </message>
    <message>
        <source>Touch a procedure to see what to bring and what it costs.</source>
        <translation>Touch a procedure to see what to bring and what it costs.</translation>
    </message>
    <message>
        <source>Who it is for</source>
        <translation>Who it is for</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>Result ready in</source>
        <translation>Result ready in</translation>
    </message>
    <message>
        <source>How you get the result</source>
        <translation>How you get the result</translation>
    </message>
    <message>
        <source>Can it be done online?</source>
        <translation>Can it be done online?</translation>
    </message>
    <message>
        <source>Papers to bring</source>
        <translation>Papers to bring</translation>
    </message>
    <message>
        <source>Back to services</source>
        <translation>Back to services</translation>
    </message>
</context>
<context>
    <name>ProgressSteps</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>Step %1 of %2</translation>
    </message>
</context>
<context>
    <name>QueueDesk</name>
    <message>
        <source>No priority</source>
        <translation>No priority</translation>
    </message>
    <message>
        <source>Aged 60 or over</source>
        <translation>Aged 60 or over</translation>
    </message>
    <message>
        <source>Person with a disability</source>
        <translation>Person with a disability</translation>
    </message>
    <message>
        <source>Pregnant</source>
        <translation>Pregnant</translation>
    </message>
    <message>
        <source>With a child under 3</source>
        <translation>With a child under 3</translation>
    </message>
    <message>
        <source>Person with meritorious services</source>
        <translation>Person with meritorious services</translation>
    </message>
    <message>
        <source>This service is closed now. Please come back during opening hours.</source>
        <translation>This service is closed now. Please come back during opening hours.</translation>
    </message>
    <message>
        <source>All of today&apos;s numbers for this service are taken. Please come back tomorrow.</source>
        <translation>All of today&apos;s numbers for this service are taken. Please come back tomorrow.</translation>
    </message>
    <message>
        <source>A number cannot be given right now. Please ask a guide.</source>
        <translation>A number cannot be given right now. Please ask a guide.</translation>
    </message>
    <message>
        <source>The ticket could not be printed.</source>
        <translation>The ticket could not be printed.</translation>
    </message>
</context>
<context>
    <name>QueueTicketPaper</name>
    <message>
        <source>QUEUE NUMBER</source>
        <translation>QUEUE NUMBER</translation>
    </message>
    <message>
        <source>People waiting before you: %1</source>
        <translation>People waiting before you: %1</translation>
    </message>
    <message>
        <source>Expected wait: about %1 minutes</source>
        <translation>Expected wait: about %1 minutes</translation>
    </message>
    <message>
        <source>Please take a seat and watch the screen and listen for your number. When called, go to the counter shown on the screen.</source>
        <translation>Please take a seat and watch the screen and listen for your number. When called, go to the counter shown on the screen.</translation>
    </message>
    <message>
        <source>Scan the code to follow your turn on your phone</source>
        <translation>Scan the code to follow your turn on your phone</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>APPLICATION RECEIPT</source>
        <translation>APPLICATION RECEIPT</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>(The application is waiting to be sent to the public service portal; the receipt number will follow. Look it up with this reference.)</source>
        <translation>(The application is waiting to be sent to the public service portal; the receipt number will follow. Look it up with this reference.)</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Receipt number</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>Submitted on</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>paid</translation>
    </message>
    <message>
        <source>not paid</source>
        <translation>not paid</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>Result ready on</source>
        <translation>Result ready on</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>by post, to the address given</source>
        <translation>by post, to the address given</translation>
    </message>
    <message>
        <source>in person where you applied; bring this paper</source>
        <translation>in person where you applied; bring this paper</translation>
    </message>
    <message>
        <source>Scan the code to follow your application</source>
        <translation>Scan the code to follow your application</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>Hotline</translation>
    </message>
</context>
<context>
    <name>ReceiptStep</name>
    <message>
        <source>Your application is saved on this kiosk</source>
        <translation>Your application is saved on this kiosk</translation>
    </message>
    <message>
        <source>Your application has been received</source>
        <translation>Your application has been received</translation>
    </message>
    <message>
        <source>The portal cannot be reached right now. The application will be sent automatically; you will receive an SMS with the application number and how to pay the fee.</source>
        <translation>The portal cannot be reached right now. The application will be sent automatically; you will receive an SMS with the application number and how to pay the fee.</translation>
    </message>
    <message>
        <source>Kiosk reference</source>
        <translation>Kiosk reference</translation>
    </message>
    <message>
        <source>Application number</source>
        <translation>Application number</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>paid</translation>
    </message>
    <message>
        <source>not paid yet</source>
        <translation>not paid yet</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>Expected result</translation>
    </message>
    <message>
        <source>You can pay the fee later with the link in the SMS or on the public service portal.</source>
        <translation>You can pay the fee later with the link in the SMS or on the public service portal.</translation>
    </message>
    <message>
        <source>Printing your receipt…</source>
        <translation>Printing your receipt…</translation>
    </message>
    <message>
        <source>Please take your printed receipt.</source>
        <translation>Please take your printed receipt.</translation>
    </message>
    <message>
        <source>This kiosk has no printer: please note the number above.</source>
        <translation>This kiosk has no printer: please note the number above.</translation>
    </message>
    <message>
        <source>Scan this code at any kiosk to follow your application.</source>
        <translation>Scan this code at any kiosk to follow your application.</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Print again</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>ReprintView</name>
    <message>
        <source>Reprint a ticket or receipt</source>
        <translation>Reprint a ticket or receipt</translation>
    </message>
    <message>
        <source>Printed again.</source>
        <translation>Printed again.</translation>
    </message>
    <message>
        <source>Not printed (%1). See device health.</source>
        <translation>Not printed (%1). See device health.</translation>
    </message>
    <message>
        <source>Nothing printed today.</source>
        <translation>Nothing printed today.</translation>
    </message>
    <message>
        <source>This kiosk has no printer.</source>
        <translation>This kiosk has no printer.</translation>
    </message>
    <message>
        <source>Queue ticket</source>
        <translation>Queue ticket</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>(not printed)</source>
        <translation>(not printed)</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Reprint</translation>
    </message>
</context>
<context>
    <name>ReviewStep</name>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>I declare that the information above is true.</source>
        <translation>I declare that the information above is true.</translation>
    </message>
</context>
<context>
    <name>ServiceCatalog</name>
    <message>
        <source>About this support point</source>
        <translation>About this support point</translation>
    </message>
    <message>
        <source>Address, opening hours and hotline</source>
        <translation>Address, opening hours and hotline</translation>
    </message>
    <message>
        <source>Check an application</source>
        <translation>Check an application</translation>
    </message>
    <message>
        <source>See where your application is, with the number on your receipt</source>
        <translation>See where your application is, with the number on your receipt</translation>
    </message>
    <message>
        <source>Apply for a passport</source>
        <translation>Apply for a passport</translation>
    </message>
    <message>
        <source>Fill in the passport declaration (form TK01) step by step</source>
        <translation>Fill in the passport declaration (form TK01) step by step</translation>
    </message>
    <message>
        <source>Take a queue number</source>
        <translation>Take a queue number</translation>
    </message>
    <message>
        <source>Get a number for the counter and see how long the wait is</source>
        <translation>Get a number for the counter and see how long the wait is</translation>
    </message>
    <message>
        <source>Procedures and fees</source>
        <translation>Procedures and fees</translation>
    </message>
    <message>
        <source>What to bring, what it costs and when the result is ready</source>
        <translation>What to bring, what it costs and when the result is ready</translation>
    </message>
</context>
<context>
    <name>SiteInfoScreen</name>
    <message>
        <source>About this support point</source>
        <translation>About this support point</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>Hotline</translation>
    </message>
    <message>
        <source>Back to services</source>
        <translation>Back to services</translation>
    </message>
</context>
<context>
    <name>StatusLookup</name>
    <message>
        <source>Application received</source>
        <translation>Application received</translation>
    </message>
    <message>
        <source>Being processed</source>
        <translation>Being processed</translation>
    </message>
    <message>
        <source>More information needed</source>
        <translation>More information needed</translation>
    </message>
    <message>
        <source>Ready for pickup</source>
        <translation>Ready for pickup</translation>
    </message>
    <message>
        <source>Sent by post</source>
        <translation>Sent by post</translation>
    </message>
    <message>
        <source>Result handed over</source>
        <translation>Result handed over</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>Not approved</translation>
    </message>
    <message>
        <source>Your application has been received and is waiting to be processed. Nothing more is needed from you for now.</source>
        <translation>Your application has been received and is waiting to be processed. Nothing more is needed from you for now.</translation>
    </message>
    <message>
        <source>The immigration office is processing your application.</source>
        <translation>The immigration office is processing your application.</translation>
    </message>
    <message>
        <source>The immigration office is processing your application. The result is expected on %1.</source>
        <translation>The immigration office is processing your application. The result is expected on %1.</translation>
    </message>
    <message>
        <source>The office needs more from you: %1 Please ask a police guide, or add it on the public-service portal.</source>
        <translation>The office needs more from you: %1 Please ask a police guide, or add it on the public-service portal.</translation>
    </message>
    <message>
        <source>Your passport is ready. Bring your ID card and this receipt to the office where you applied.</source>
        <translation>Your passport is ready. Bring your ID card and this receipt to the office where you applied.</translation>
    </message>
    <message>
        <source>Your passport has been sent by post to the address you gave. The postman will call before delivering.</source>
        <translation>Your passport has been sent by post to the address you gave. The postman will call before delivering.</translation>
    </message>
    <message>
        <source>Your application is complete and the result has been handed over.</source>
        <translation>Your application is complete and the result has been handed over.</translation>
    </message>
    <message>
        <source>Reason: %1 A police guide can help you apply again.</source>
        <translation>Reason: %1 A police guide can help you apply again.</translation>
    </message>
    <message>
        <source>This is not a receipt number. It has capital letters, digits and dashes, for example HN-261123-000123.</source>
        <translation>This is not a receipt number. It has capital letters, digits and dashes, for example HN-261123-000123.</translation>
    </message>
    <message>
        <source>No application has this number. Please check the number on your receipt.</source>
        <translation>No application has this number. Please check the number on your receipt.</translation>
    </message>
    <message>
        <source>This application is saved on the kiosk and will be sent to the portal automatically as soon as the connection returns. Please check again later.</source>
        <translation>This application is saved on the kiosk and will be sent to the portal automatically as soon as the connection returns. Please check again later.</translation>
    </message>
    <message>
        <source>The public-service portal could not be verified. Please tell a police guide.</source>
        <translation>The public-service portal could not be verified. Please tell a police guide.</translation>
    </message>
    <message>
        <source>Status lookup is not available on this kiosk. Please ask a police guide.</source>
        <translation>Status lookup is not available on this kiosk. Please ask a police guide.</translation>
    </message>
    <message>
        <source>The public-service portal cannot be reached right now. Please try again in a few minutes.</source>
        <translation>The public-service portal cannot be reached right now. Please try again in a few minutes.</translation>
    </message>
</context>
<context>
    <name>StatusLookupScreen</name>
    <message>
        <source>Check an application</source>
        <translation>Check an application</translation>
    </message>
    <message>
        <source>Type the number printed on your receipt, or hold the receipt&apos;s QR code under the scanner.</source>
        <translation>Type the number printed on your receipt, or hold the receipt&apos;s QR code under the scanner.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>Application %1</translation>
    </message>
    <message>
        <source>Expected return date: %1</source>
        <translation>Expected return date: %1</translation>
    </message>
</context>
<context>
    <name>TakeNumberScreen</name>
    <message>
        <source>Take a queue number</source>
        <translation>Take a queue number</translation>
    </message>
    <message>
        <source>Priority (the law gives it to these people; a guide may check):</source>
        <translation>Priority (the law gives it to these people; a guide may check):</translation>
    </message>
    <message>
        <source>Choose the service:</source>
        <translation>Choose the service:</translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation>Waiting: %1</translation>
    </message>
    <message>
        <source>closed now</source>
        <translation>closed now</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>Your number</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>Priority: %1</translation>
    </message>
    <message>
        <source>People ahead of you: %1</source>
        <translation>People ahead of you: %1</translation>
    </message>
    <message>
        <source>about %1 min</source>
        <translation>about %1 min</translation>
    </message>
    <message>
        <source>Taken at %1. Watch the screen: your number and counter will be called.</source>
        <translation>Taken at %1. Watch the screen: your number and counter will be called.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
</context>
</TS>
