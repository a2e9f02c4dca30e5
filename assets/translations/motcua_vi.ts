<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AttractScreen</name>
    <message>
        <source>Self-service public services</source>
        <translation>Dịch vụ công tự phục vụ</translation>
    </message>
    <message>
        <source>Touch to start</source>
        <translation>Chạm để bắt đầu</translation>
    </message>
    <message>
        <source>Hotline %1</source>
        <translation>Đường dây nóng %1</translation>
    </message>
</context>
<context>
    <name>ChildDeclarationStep</name>
    <message>
        <source>Printing the declaration…</source>
        <translation>Đang in tờ khai…</translation>
    </message>
    <message>
        <source>Please take the printed declaration and sign it.</source>
        <translation>Mời bạn nhận tờ khai đã in và ký tên.</translation>
    </message>
    <message>
        <source>This kiosk has no printer: please ask a police guide for a paper form TK01a.</source>
        <translation>Máy này không có máy in: vui lòng nhờ cán bộ hướng dẫn lấy mẫu tờ khai TK01a bản giấy.</translation>
    </message>
    <message>
        <source>A passport for a child under 14 is applied for in person. Please come to the immigration office with:</source>
        <translation>Hộ chiếu cho trẻ em chưa đủ 14 tuổi phải nộp hồ sơ trực tiếp. Vui lòng đến cơ quan quản lý xuất nhập cảnh, mang theo:</translation>
    </message>
    <message>
        <source>the child, with a parent or the guardian;</source>
        <translation>trẻ em, đi cùng cha, mẹ hoặc người giám hộ;</translation>
    </message>
    <message>
        <source>this declaration, signed;</source>
        <translation>tờ khai này, đã ký;</translation>
    </message>
    <message>
        <source>a copy of the child&apos;s birth certificate or birth extract (bring the original to compare);</source>
        <translation>bản sao giấy khai sinh hoặc trích lục khai sinh của trẻ em (mang bản chính để đối chiếu);</translation>
    </message>
    <message>
        <source>your ID card, and papers that show guardianship if you are the guardian;</source>
        <translation>thẻ căn cước của bạn, và giấy tờ chứng minh quyền giám hộ nếu bạn là người giám hộ;</translation>
    </message>
    <message>
        <source>the child&apos;s old passport, if any.</source>
        <translation>hộ chiếu cũ của trẻ em, nếu có.</translation>
    </message>
    <message>
        <source>Fee, paid at the office: %1.</source>
        <translation>Lệ phí, nộp tại cơ quan: %1.</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>In lại</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
</context>
<context>
    <name>CounterConsole</name>
    <message>
        <source>Counter console</source>
        <translation>Bàn điều khiển quầy</translation>
    </message>
    <message>
        <source>Counter:</source>
        <translation>Quầy:</translation>
    </message>
    <message>
        <source>Counter %1 is paused</source>
        <translation>Quầy %1 đang tạm dừng</translation>
    </message>
    <message>
        <source>Counter %1 is serving</source>
        <translation>Quầy %1 đang phục vụ</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>Ưu tiên: %1</translation>
    </message>
    <message numerus="yes">
        <source>Called %n time(s)</source>
        <translation>
            <numerusform>Đã gọi %n lần</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for this counter: %1</source>
        <translation>Đang chờ quầy này: %1</translation>
    </message>
    <message>
        <source>Call next</source>
        <translation>Gọi số tiếp</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Gọi lại</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Đã phục vụ</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Vắng mặt</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <source>Waiting per service</source>
        <translation>Số người chờ theo dịch vụ</translation>
    </message>
    <message>
        <source>%1 (%2 priority)</source>
        <translation>%1 (%2 ưu tiên)</translation>
    </message>
    <message>
        <source>Transfer the current ticket to:</source>
        <translation>Chuyển số đang phục vụ sang:</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>Quầy %1</translation>
    </message>
    <message>
        <source>This counter is paused. Resume it first.</source>
        <translation>Quầy đang tạm dừng. Hãy bấm Tiếp tục trước.</translation>
    </message>
    <message>
        <source>This counter has no ticket now.</source>
        <translation>Quầy hiện không có số nào.</translation>
    </message>
    <message>
        <source>Finish the current ticket first.</source>
        <translation>Hãy hoàn tất số đang phục vụ trước.</translation>
    </message>
    <message>
        <source>The queue server cannot be reached. Try again.</source>
        <translation>Không kết nối được máy chủ xếp hàng. Hãy thử lại.</translation>
    </message>
    <message>
        <source>The queue refused this: %1</source>
        <translation>Hệ thống xếp hàng từ chối thao tác: %1</translation>
    </message>
    <message>
        <source>Nobody is waiting for this counter.</source>
        <translation>Không có ai đang chờ quầy này.</translation>
    </message>
</context>
<context>
    <name>DisplayBoard</name>
    <message>
        <source>Now calling</source>
        <translation>Đang mời</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Quầy</translation>
    </message>
    <message>
        <source>No number is being called yet.</source>
        <translation>Chưa có số nào được gọi.</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>Quầy %1</translation>
    </message>
    <message>
        <source>Called before</source>
        <translation>Số đã gọi</translation>
    </message>
    <message>
        <source>When your number is called, please go to the counter shown. Keep your ticket ready.</source>
        <translation>Khi được gọi đến số của mình, xin mời quý khách đến quầy ghi bên cạnh và chuẩn bị sẵn phiếu số.</translation>
    </message>
</context>
<context>
    <name>FeeStep</name>
    <message>
        <source>The result is usually ready %1 working days after the application is received.</source>
        <translation>Thường có kết quả sau %1 ngày làm việc kể từ khi hồ sơ được tiếp nhận.</translation>
    </message>
    <message>
        <source>Fee according to the procedures catalogue of %1.</source>
        <translation>Lệ phí theo danh mục thủ tục ngày %1.</translation>
    </message>
    <message>
        <source>When you touch &quot;Submit the application&quot;, it is sent to the immigration office and you can pay the fee by bank QR code. Your answers can no longer be changed after that.</source>
        <translation>Khi bạn chạm &quot;Nộp hồ sơ&quot;, hồ sơ sẽ được gửi đến cơ quan quản lý xuất nhập cảnh và bạn có thể nộp lệ phí bằng mã QR ngân hàng. Sau đó không thể sửa các thông tin đã khai.</translation>
    </message>
    <message>
        <source>Reduced fee until %1 (%2). The normal fee is %3.</source>
        <translation>Lệ phí được giảm đến hết ngày %1 (%2). Mức thu thông thường là %3.</translation>
    </message>
    <message>
        <source>Reduced fee (%1). The normal fee is %2.</source>
        <translation>Lệ phí được giảm (%1). Mức thu thông thường là %2.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>What would you like to do today?</source>
        <translation>Hôm nay bạn cần làm thủ tục gì?</translation>
    </message>
    <message>
        <source>Touch a service to begin. A police guide is nearby if you need help.</source>
        <translation>Chạm vào một dịch vụ để bắt đầu. Nếu cần giúp đỡ, cán bộ hướng dẫn luôn ở gần bạn.</translation>
    </message>
    <message>
        <source>Hotline %1  ·  %2</source>
        <translation>Đường dây nóng %1  ·  %2</translation>
    </message>
</context>
<context>
    <name>IdCardScan</name>
    <message>
        <source>This QR code is not from an ID card (it is a web link)</source>
        <translation>Mã QR không phải của thẻ căn cước (đây là một đường dẫn web)</translation>
    </message>
    <message>
        <source>This QR code is not from an ID card (it is a payment code)</source>
        <translation>Mã QR không phải của thẻ căn cước (đây là mã thanh toán)</translation>
    </message>
    <message>
        <source>This QR code is not from an ID card (it is an application receipt)</source>
        <translation>Mã QR không phải của thẻ căn cước (đây là mã biên nhận)</translation>
    </message>
    <message>
        <source>This QR code is not from an ID card</source>
        <translation>Mã QR không phải của thẻ căn cước</translation>
    </message>
    <message>
        <source>The QR code could not be read, please scan again</source>
        <translation>Không đọc được nội dung mã QR, vui lòng quét lại</translation>
    </message>
    <message>
        <source>The QR code was read with wrong characters, please scan again with the camera</source>
        <translation>Mã QR bị đọc sai ký tự, vui lòng quét lại bằng camera</translation>
    </message>
    <message>
        <source>The personal ID number in the QR code is not valid</source>
        <translation>Số định danh cá nhân trong mã QR không hợp lệ</translation>
    </message>
    <message>
        <source>The old ID card number in the QR code is not valid</source>
        <translation>Số chứng minh nhân dân cũ trong mã QR không hợp lệ</translation>
    </message>
    <message>
        <source>The name in the QR code is not valid</source>
        <translation>Họ tên trong mã QR không hợp lệ</translation>
    </message>
    <message>
        <source>The address in the QR code is not valid</source>
        <translation>Địa chỉ trong mã QR không hợp lệ</translation>
    </message>
    <message>
        <source>The sex in the QR code is not valid</source>
        <translation>Giới tính trong mã QR không hợp lệ</translation>
    </message>
    <message>
        <source>The date of birth in the QR code is not valid</source>
        <translation>Ngày sinh trong mã QR không hợp lệ</translation>
    </message>
    <message>
        <source>The date of issue in the QR code is not valid</source>
        <translation>Ngày cấp trong mã QR không hợp lệ</translation>
    </message>
    <message>
        <source>The date of issue in the QR code is before the date of birth, please scan again</source>
        <translation>Ngày cấp trong mã QR sớm hơn ngày sinh, vui lòng quét lại</translation>
    </message>
    <message>
        <source>The date of issue in the QR code is after today, please scan again</source>
        <translation>Ngày cấp trong mã QR ở sau ngày hôm nay, vui lòng quét lại</translation>
    </message>
    <message>
        <source>The ID number does not match the sex in the QR code, please scan again</source>
        <translation>Số định danh không khớp với giới tính trong mã QR, vui lòng quét lại</translation>
    </message>
    <message>
        <source>The ID number does not match the year of birth in the QR code, please scan again</source>
        <translation>Số định danh không khớp với năm sinh trong mã QR, vui lòng quét lại</translation>
    </message>
    <message>
        <source>This scanner loses Vietnamese accents: please hold the back of the card to the camera</source>
        <translation>Máy quét này làm mất dấu tiếng Việt: vui lòng đưa mặt sau thẻ vào khung camera</translation>
    </message>
    <message>
        <source>The QR code was not read correctly, please scan the back of the card again</source>
        <translation>Mã QR đọc chưa đúng, vui lòng quét lại mặt sau thẻ</translation>
    </message>
</context>
<context>
    <name>IdScanStep</name>
    <message>
        <source>Back of the card, QR code facing the camera</source>
        <translation>Mặt sau thẻ, mã QR hướng về phía camera</translation>
    </message>
    <message>
        <source>The camera is not available.</source>
        <translation>Camera hiện không hoạt động.</translation>
    </message>
    <message>
        <source>Hold the back of your ID card in the frame</source>
        <translation>Đưa mặt sau thẻ căn cước vào khung</translation>
    </message>
    <message>
        <source>Scan the QR code on the back of your ID card with the scanner</source>
        <translation>Quét mã QR ở mặt sau thẻ căn cước bằng máy quét</translation>
    </message>
    <message>
        <source>Please type your details by hand.</source>
        <translation>Vui lòng tự nhập thông tin.</translation>
    </message>
    <message>
        <source>Your name, ID number, date of birth and permanent address are filled in from the card. You check them before going on.</source>
        <translation>Họ tên, số định danh, ngày sinh và địa chỉ thường trú sẽ được điền từ thẻ. Bạn kiểm tra lại trước khi tiếp tục.</translation>
    </message>
    <message>
        <source>Card read</source>
        <translation>Đã đọc được thẻ</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Personal ID number</source>
        <translation>Số định danh cá nhân</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Use this information</source>
        <translation>Dùng thông tin này</translation>
    </message>
    <message>
        <source>Scan again</source>
        <translation>Quét lại</translation>
    </message>
    <message>
        <source>Type by hand</source>
        <translation>Nhập tay</translation>
    </message>
</context>
<context>
    <name>IdleDialog</name>
    <message>
        <source>Do you need more time?</source>
        <translation>Bạn có cần thêm thời gian?</translation>
    </message>
    <message>
        <source>To protect your information, this session will end and everything you entered will be erased.</source>
        <translation>Để bảo vệ thông tin của bạn, phiên làm việc sẽ kết thúc và mọi thông tin bạn đã nhập sẽ được xoá.</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <source>Yes, continue</source>
        <translation>Có, tiếp tục</translation>
    </message>
</context>
<context>
    <name>InputMethodToggle</name>
    <message>
        <source>Typing:</source>
        <translation>Kiểu gõ:</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Tắt</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Choose your language</source>
        <translation>Chọn ngôn ngữ</translation>
    </message>
</context>
<context>
    <name>PassportField</name>
    <message>
        <source>(optional)</source>
        <translation>(không bắt buộc)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Touch to choose</source>
        <translation>Chạm để chọn</translation>
    </message>
    <message>
        <source>From the ID card</source>
        <translation>Từ thẻ căn cước</translation>
    </message>
</context>
<context>
    <name>PassportScreen</name>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Confirm and see the fee</source>
        <translation>Xác nhận và xem lệ phí</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>Confirm and print the declaration</source>
        <translation>Xác nhận và in tờ khai</translation>
    </message>
    <message>
        <source>Submit the application</source>
        <translation>Nộp hồ sơ</translation>
    </message>
</context>
<context>
    <name>PassportWizard</name>
    <message>
        <source>Check your answers</source>
        <translation>Kiểm tra lại thông tin</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Lệ phí</translation>
    </message>
    <message>
        <source>Please correct the answers marked above before going on.</source>
        <translation>Xin sửa các mục được đánh dấu ở trên rồi tiếp tục.</translation>
    </message>
    <message>
        <source>Some answers need correcting: touch &quot;Edit&quot; next to the section.</source>
        <translation>Có thông tin cần sửa: chạm &quot;Sửa&quot; bên cạnh phần đó.</translation>
    </message>
    <message>
        <source>Please tick the declaration to go on.</source>
        <translation>Xin đánh dấu vào ô cam đoan để tiếp tục.</translation>
    </message>
    <message>
        <source>Scan your ID card</source>
        <translation>Quét thẻ căn cước</translation>
    </message>
    <message>
        <source>Passport photo</source>
        <translation>Ảnh chân dung</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Thanh toán</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Giấy biên nhận</translation>
    </message>
    <message>
        <source>Print the declaration</source>
        <translation>In tờ khai</translation>
    </message>
    <message>
        <source>This child is under 14: a parent or guardian fills in form TK01a for the child here, starting with their own details. The kiosk prints the declaration; the child then applies in person at the immigration office with a birth certificate.</source>
        <translation>Trẻ em chưa đủ 14 tuổi: cha, mẹ hoặc người giám hộ khai Tờ khai TK01a cho trẻ tại đây, bắt đầu bằng thông tin của mình. Máy sẽ in tờ khai; sau đó trẻ em đến nộp hồ sơ trực tiếp tại cơ quan quản lý xuất nhập cảnh, mang theo giấy khai sinh.</translation>
    </message>
</context>
<context>
    <name>PaymentStep</name>
    <message>
        <source>Sending your application…</source>
        <translation>Đang gửi hồ sơ của bạn…</translation>
    </message>
    <message>
        <source>It is already saved on this kiosk and will not be lost.</source>
        <translation>Hồ sơ đã được lưu trên máy và sẽ không bị mất.</translation>
    </message>
    <message>
        <source>Your application has been received. Please pay the fee: open your banking app and scan this code.</source>
        <translation>Hồ sơ của bạn đã được tiếp nhận. Vui lòng nộp lệ phí: mở ứng dụng ngân hàng và quét mã này.</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Ngân hàng</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Số tài khoản</translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation>Nội dung chuyển khoản</translation>
    </message>
    <message>
        <source>Application number</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <source>This screen moves on by itself when the bank confirms the payment.</source>
        <translation>Màn hình sẽ tự chuyển tiếp khi ngân hàng xác nhận thanh toán.</translation>
    </message>
    <message>
        <source>I have paid</source>
        <translation>Tôi đã thanh toán</translation>
    </message>
    <message>
        <source>Pay later</source>
        <translation>Thanh toán sau</translation>
    </message>
</context>
<context>
    <name>PhotoCapture</name>
    <message>
        <source>Please take your photo first, or call a guide for help.</source>
        <translation>Vui lòng chụp ảnh trước, hoặc gọi cán bộ hướng dẫn để được hỗ trợ.</translation>
    </message>
</context>
<context>
    <name>PhotoGuidance</name>
    <message>
        <source>Please stand inside the frame</source>
        <translation>Mời đứng vào khung hình</translation>
    </message>
    <message>
        <source>Only one person in the frame</source>
        <translation>Chỉ một người trong khung hình</translation>
    </message>
    <message>
        <source>Move to the centre of the frame</source>
        <translation>Đứng vào giữa khung hình</translation>
    </message>
    <message>
        <source>Step back a little</source>
        <translation>Lùi lại một chút</translation>
    </message>
    <message>
        <source>Come closer</source>
        <translation>Tiến lại gần hơn</translation>
    </message>
    <message>
        <source>Lower yourself a little</source>
        <translation>Hạ thấp người một chút</translation>
    </message>
    <message>
        <source>Stand up a little straighter</source>
        <translation>Đứng thẳng lên một chút</translation>
    </message>
    <message>
        <source>Keep your head level</source>
        <translation>Giữ đầu thẳng, không nghiêng</translation>
    </message>
    <message>
        <source>Look straight at the camera</source>
        <translation>Nhìn thẳng vào camera</translation>
    </message>
    <message>
        <source>Open your eyes and look at the camera</source>
        <translation>Mở mắt và nhìn vào camera</translation>
    </message>
    <message>
        <source>Close your mouth, neutral face</source>
        <translation>Ngậm miệng, giữ nét mặt tự nhiên</translation>
    </message>
    <message>
        <source>Please take off your glasses</source>
        <translation>Bỏ kính ra</translation>
    </message>
    <message>
        <source>The light is not right; please call a guide</source>
        <translation>Ánh sáng chưa phù hợp, vui lòng gọi cán bộ hướng dẫn</translation>
    </message>
    <message>
        <source>Stand in front of the white background</source>
        <translation>Đứng sát phông nền trắng</translation>
    </message>
    <message>
        <source>Hold still</source>
        <translation>Đứng yên</translation>
    </message>
    <message>
        <source>Hold that pose</source>
        <translation>Giữ nguyên tư thế</translation>
    </message>
</context>
<context>
    <name>PhotoStep</name>
    <message>
        <source>Face in the frame</source>
        <translation>Khuôn mặt trong khung</translation>
    </message>
    <message>
        <source>Head straight</source>
        <translation>Đầu thẳng</translation>
    </message>
    <message>
        <source>Eyes open, mouth closed</source>
        <translation>Mắt mở, miệng ngậm</translation>
    </message>
    <message>
        <source>Even light</source>
        <translation>Ánh sáng đều</translation>
    </message>
    <message>
        <source>White background</source>
        <translation>Phông nền trắng</translation>
    </message>
    <message>
        <source>Sharp picture</source>
        <translation>Ảnh rõ nét</translation>
    </message>
    <message>
        <source>The camera was disconnected.</source>
        <translation>Camera đã bị ngắt kết nối.</translation>
    </message>
    <message>
        <source>The camera stopped sending pictures.</source>
        <translation>Camera đã ngừng gửi hình.</translation>
    </message>
    <message>
        <source>No camera was found on this kiosk.</source>
        <translation>Không tìm thấy camera trên máy này.</translation>
    </message>
    <message>
        <source>The camera cannot be used right now.</source>
        <translation>Hiện chưa dùng được camera.</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Đang bật camera…</translation>
    </message>
    <message>
        <source>Please stand inside the oval</source>
        <translation>Mời đứng sao cho khuôn mặt nằm trong khung hình bầu dục</translation>
    </message>
    <message>
        <source>No glasses, no hat; keep your face and both ears visible. The photo is taken by itself when everything is right.</source>
        <translation>Không đeo kính, không đội mũ; để lộ rõ khuôn mặt và hai tai. Khi mọi thứ đã đạt, máy sẽ tự chụp.</translation>
    </message>
    <message>
        <source>This photo is attached to your application.</source>
        <translation>Ảnh này đã được gắn vào hồ sơ của bạn.</translation>
    </message>
    <message>
        <source>Is this photo good? Check that your eyes are open and your face is clear.</source>
        <translation>Ảnh đã đạt chưa? Hãy kiểm tra mắt mở và khuôn mặt rõ nét.</translation>
    </message>
    <message>
        <source>Use this photo</source>
        <translation>Dùng ảnh này</translation>
    </message>
    <message>
        <source>Retake (%1 left)</source>
        <translation>Chụp lại (còn %1 lần)</translation>
    </message>
    <message>
        <source>Your answers are kept. A guide can help you take the photo.</source>
        <translation>Thông tin bạn đã khai vẫn được giữ nguyên. Cán bộ hướng dẫn có thể giúp bạn chụp ảnh.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>A guide is coming</source>
        <translation>Cán bộ hướng dẫn đang đến</translation>
    </message>
    <message>
        <source>Call a guide</source>
        <translation>Gọi cán bộ hướng dẫn</translation>
    </message>
</context>
<context>
    <name>PlacePicker</name>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Type part of the name, accents not needed</source>
        <translation>Gõ một phần tên, không cần dấu</translation>
    </message>
    <message>
        <source>Please choose the province or city first.</source>
        <translation>Xin chọn tỉnh, thành phố trước.</translation>
    </message>
    <message>
        <source>Nothing found. Try fewer letters.</source>
        <translation>Không tìm thấy. Thử gõ ít chữ hơn.</translation>
    </message>
</context>
<context>
    <name>ProcedureGuide</name>
    <message>
        <source>See the note</source>
        <translation>Xem ghi chú</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Miễn phí</translation>
    </message>
    <message>
        <source>%1 (reduced from %2)</source>
        <translation>%1 (giảm từ %2)</translation>
    </message>
    <message>
        <source>Immediately, online</source>
        <translation>Ngay, trực tuyến</translation>
    </message>
    <message numerus="yes">
        <source>about %n month(s)</source>
        <translation>
            <numerusform>khoảng %n tháng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n ngày</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n ngày làm việc</numerusform>
        </translation>
    </message>
    <message>
        <source>Fully online</source>
        <translation>Trực tuyến toàn trình</translation>
    </message>
    <message>
        <source>Partly online</source>
        <translation>Trực tuyến một phần</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Nộp trực tiếp</translation>
    </message>
    <message>
        <source>Collect at the office</source>
        <translation>Nhận tại cơ quan</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>Qua bưu điện</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <source>Fees from the public service portal, %1.</source>
        <translation>Lệ phí theo Cổng dịch vụ công, ngày %1.</translation>
    </message>
    <message>
        <source>Fees as published on %1. Officers confirm the amount at the counter.</source>
        <translation>Lệ phí theo công bố ngày %1. Cán bộ sẽ xác nhận số tiền tại quầy.</translation>
    </message>
</context>
<context>
    <name>ProceduresScreen</name>
    <message>
        <source>Procedures and fees</source>
        <translation>Thủ tục và lệ phí</translation>
    </message>
    <message>
        <source>Search, e.g. &quot;ho chieu&quot;</source>
        <translation>Tìm kiếm, ví dụ &quot;ho chieu&quot;</translation>
    </message>
    <message>
        <source>No procedure matches these words.</source>
        <translation>Không có thủ tục nào khớp với từ khóa này.</translation>
    </message>
    <message>
        <source>Touch a procedure to see what to bring and what it costs.</source>
        <translation>Chạm vào một thủ tục để xem giấy tờ cần mang và lệ phí.</translation>
    </message>
    <message>
        <source>Who it is for</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Lệ phí</translation>
    </message>
    <message>
        <source>Result ready in</source>
        <translation>Thời gian trả kết quả</translation>
    </message>
    <message>
        <source>How you get the result</source>
        <translation>Cách nhận kết quả</translation>
    </message>
    <message>
        <source>Can it be done online?</source>
        <translation>Có làm trực tuyến được không?</translation>
    </message>
    <message>
        <source>Papers to bring</source>
        <translation>Giấy tờ cần mang</translation>
    </message>
    <message>
        <source>Back to services</source>
        <translation>Quay lại danh sách dịch vụ</translation>
    </message>
</context>
<context>
    <name>ProgressSteps</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>Bước %1/%2</translation>
    </message>
</context>
<context>
    <name>QueueDesk</name>
    <message>
        <source>No priority</source>
        <translation>Không ưu tiên</translation>
    </message>
    <message>
        <source>Aged 60 or over</source>
        <translation>Người từ 60 tuổi trở lên</translation>
    </message>
    <message>
        <source>Person with a disability</source>
        <translation>Người khuyết tật</translation>
    </message>
    <message>
        <source>Pregnant</source>
        <translation>Phụ nữ có thai</translation>
    </message>
    <message>
        <source>With a child under 3</source>
        <translation>Người đi cùng trẻ dưới 3 tuổi</translation>
    </message>
    <message>
        <source>Person with meritorious services</source>
        <translation>Người có công với cách mạng</translation>
    </message>
    <message>
        <source>This service is closed now. Please come back during opening hours.</source>
        <translation>Dịch vụ này hiện đã đóng. Mời bạn quay lại trong giờ làm việc.</translation>
    </message>
    <message>
        <source>All of today&apos;s numbers for this service are taken. Please come back tomorrow.</source>
        <translation>Số thứ tự hôm nay của dịch vụ này đã hết. Mời bạn quay lại vào ngày mai.</translation>
    </message>
    <message>
        <source>A number cannot be given right now. Please ask a guide.</source>
        <translation>Hiện chưa thể cấp số. Mời bạn hỏi cán bộ hướng dẫn.</translation>
    </message>
    <message>
        <source>The ticket could not be printed.</source>
        <translation>Không in được phiếu số thứ tự.</translation>
    </message>
</context>
<context>
    <name>ReceiptStep</name>
    <message>
        <source>Your application is saved on this kiosk</source>
        <translation>Hồ sơ của bạn đã được lưu trên máy</translation>
    </message>
    <message>
        <source>Your application has been received</source>
        <translation>Hồ sơ của bạn đã được tiếp nhận</translation>
    </message>
    <message>
        <source>The portal cannot be reached right now. The application will be sent automatically; you will receive an SMS with the application number and how to pay the fee.</source>
        <translation>Hiện chưa kết nối được với cổng dịch vụ công. Hồ sơ sẽ được gửi tự động; bạn sẽ nhận tin nhắn SMS có mã hồ sơ và cách nộp lệ phí.</translation>
    </message>
    <message>
        <source>Kiosk reference</source>
        <translation>Mã tham chiếu của máy</translation>
    </message>
    <message>
        <source>Application number</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Lệ phí</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>đã thanh toán</translation>
    </message>
    <message>
        <source>not paid yet</source>
        <translation>chưa thanh toán</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>Ngày hẹn trả kết quả</translation>
    </message>
    <message>
        <source>You can pay the fee later with the link in the SMS or on the public service portal.</source>
        <translation>Bạn có thể nộp lệ phí sau qua đường dẫn trong tin nhắn SMS hoặc trên Cổng dịch vụ công.</translation>
    </message>
    <message>
        <source>Printing your receipt…</source>
        <translation>Đang in giấy biên nhận…</translation>
    </message>
    <message>
        <source>Please take your printed receipt.</source>
        <translation>Mời bạn nhận giấy biên nhận.</translation>
    </message>
    <message>
        <source>This kiosk has no printer: please note the number above.</source>
        <translation>Máy này không có máy in: vui lòng ghi lại mã ở trên.</translation>
    </message>
    <message>
        <source>Scan this code at any kiosk to follow your application.</source>
        <translation>Quét mã này tại bất kỳ máy nào để tra cứu hồ sơ.</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>In lại</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
</context>
<context>
    <name>ReviewStep</name>
    <message>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>I declare that the information above is true.</source>
        <translation>Tôi xin cam đoan những thông tin trên là đúng sự thật.</translation>
    </message>
</context>
<context>
    <name>ServiceCatalog</name>
    <message>
        <source>About this support point</source>
        <translation>Thông tin điểm hỗ trợ</translation>
    </message>
    <message>
        <source>Address, opening hours and hotline</source>
        <translation>Địa chỉ, giờ làm việc và đường dây nóng</translation>
    </message>
    <message>
        <source>Check an application</source>
        <translation>Tra cứu hồ sơ</translation>
    </message>
    <message>
        <source>See where your application is, with the number on your receipt</source>
        <translation>Xem tình trạng hồ sơ bằng mã trên giấy biên nhận</translation>
    </message>
    <message>
        <source>Apply for a passport</source>
        <translation>Cấp hộ chiếu phổ thông</translation>
    </message>
    <message>
        <source>Fill in the passport declaration (form TK01) step by step</source>
        <translation>Khai tờ khai đề nghị cấp hộ chiếu (mẫu TK01) từng bước</translation>
    </message>
    <message>
        <source>Take a queue number</source>
        <translation>Lấy số thứ tự</translation>
    </message>
    <message>
        <source>Get a number for the counter and see how long the wait is</source>
        <translation>Lấy số vào quầy và xem còn phải chờ bao lâu</translation>
    </message>
    <message>
        <source>Procedures and fees</source>
        <translation>Thủ tục và lệ phí</translation>
    </message>
    <message>
        <source>What to bring, what it costs and when the result is ready</source>
        <translation>Giấy tờ cần mang, lệ phí và thời gian trả kết quả</translation>
    </message>
</context>
<context>
    <name>SiteInfoScreen</name>
    <message>
        <source>About this support point</source>
        <translation>Thông tin điểm hỗ trợ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên đơn vị</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Giờ làm việc</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>Đường dây nóng</translation>
    </message>
    <message>
        <source>Back to services</source>
        <translation>Quay lại danh sách dịch vụ</translation>
    </message>
</context>
<context>
    <name>StatusLookup</name>
    <message>
        <source>Application received</source>
        <translation>Đã tiếp nhận hồ sơ</translation>
    </message>
    <message>
        <source>Being processed</source>
        <translation>Đang xử lý</translation>
    </message>
    <message>
        <source>More information needed</source>
        <translation>Cần bổ sung thông tin</translation>
    </message>
    <message>
        <source>Ready for pickup</source>
        <translation>Đã có kết quả, mời đến nhận</translation>
    </message>
    <message>
        <source>Sent by post</source>
        <translation>Đã gửi qua bưu chính</translation>
    </message>
    <message>
        <source>Result handed over</source>
        <translation>Đã trả kết quả</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>Không được giải quyết</translation>
    </message>
    <message>
        <source>Your application has been received and is waiting to be processed. Nothing more is needed from you for now.</source>
        <translation>Hồ sơ của bạn đã được tiếp nhận và đang chờ xử lý. Hiện bạn chưa cần làm gì thêm.</translation>
    </message>
    <message>
        <source>The immigration office is processing your application.</source>
        <translation>Cơ quan quản lý xuất nhập cảnh đang xử lý hồ sơ của bạn.</translation>
    </message>
    <message>
        <source>The immigration office is processing your application. The result is expected on %1.</source>
        <translation>Cơ quan quản lý xuất nhập cảnh đang xử lý hồ sơ của bạn. Dự kiến có kết quả ngày %1.</translation>
    </message>
    <message>
        <source>The office needs more from you: %1 Please ask a police guide, or add it on the public-service portal.</source>
        <translation>Hồ sơ cần bổ sung: %1 Vui lòng hỏi cán bộ hướng dẫn hoặc bổ sung trên Cổng dịch vụ công.</translation>
    </message>
    <message>
        <source>Your passport is ready. Bring your ID card and this receipt to the office where you applied.</source>
        <translation>Hộ chiếu đã sẵn sàng. Vui lòng mang theo thẻ căn cước và giấy biên nhận này đến nơi nộp hồ sơ để nhận.</translation>
    </message>
    <message>
        <source>Your passport has been sent by post to the address you gave. The postman will call before delivering.</source>
        <translation>Hộ chiếu đã được gửi qua bưu chính đến địa chỉ bạn đăng ký. Nhân viên bưu chính sẽ gọi điện trước khi giao.</translation>
    </message>
    <message>
        <source>Your application is complete and the result has been handed over.</source>
        <translation>Hồ sơ đã hoàn tất và kết quả đã được trả.</translation>
    </message>
    <message>
        <source>Reason: %1 A police guide can help you apply again.</source>
        <translation>Lý do: %1 Cán bộ hướng dẫn có thể giúp bạn làm lại hồ sơ.</translation>
    </message>
    <message>
        <source>This is not a receipt number. It has capital letters, digits and dashes, for example HN-261123-000123.</source>
        <translation>Đây không phải mã hồ sơ. Mã hồ sơ gồm chữ in hoa, chữ số và dấu gạch ngang, ví dụ HN-261123-000123.</translation>
    </message>
    <message>
        <source>No application has this number. Please check the number on your receipt.</source>
        <translation>Không tìm thấy hồ sơ có mã này. Vui lòng kiểm tra lại mã trên giấy biên nhận.</translation>
    </message>
    <message>
        <source>This application is saved on the kiosk and will be sent to the portal automatically as soon as the connection returns. Please check again later.</source>
        <translation>Hồ sơ đã được lưu tại ki-ốt và sẽ tự động gửi lên Cổng dịch vụ công ngay khi có kết nối. Vui lòng tra cứu lại sau.</translation>
    </message>
    <message>
        <source>The public-service portal could not be verified. Please tell a police guide.</source>
        <translation>Không xác thực được Cổng dịch vụ công. Vui lòng báo cán bộ hướng dẫn.</translation>
    </message>
    <message>
        <source>Status lookup is not available on this kiosk. Please ask a police guide.</source>
        <translation>Ki-ốt này chưa hỗ trợ tra cứu hồ sơ. Vui lòng hỏi cán bộ hướng dẫn.</translation>
    </message>
    <message>
        <source>The public-service portal cannot be reached right now. Please try again in a few minutes.</source>
        <translation>Hiện không kết nối được Cổng dịch vụ công. Vui lòng thử lại sau ít phút.</translation>
    </message>
</context>
<context>
    <name>StatusLookupScreen</name>
    <message>
        <source>Check an application</source>
        <translation>Tra cứu hồ sơ</translation>
    </message>
    <message>
        <source>Type the number printed on your receipt, or hold the receipt&apos;s QR code under the scanner.</source>
        <translation>Nhập mã hồ sơ in trên giấy biên nhận, hoặc đưa mã QR trên giấy biên nhận vào máy quét.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Tra cứu</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>Hồ sơ %1</translation>
    </message>
    <message>
        <source>Expected return date: %1</source>
        <translation>Ngày hẹn trả kết quả: %1</translation>
    </message>
</context>
<context>
    <name>TakeNumberScreen</name>
    <message>
        <source>Take a queue number</source>
        <translation>Lấy số thứ tự</translation>
    </message>
    <message>
        <source>Priority (the law gives it to these people; a guide may check):</source>
        <translation>Ưu tiên (theo quy định của pháp luật; cán bộ có thể kiểm tra):</translation>
    </message>
    <message>
        <source>Choose the service:</source>
        <translation>Chọn dịch vụ:</translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation>Đang chờ: %1</translation>
    </message>
    <message>
        <source>closed now</source>
        <translation>hiện đã đóng</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>Số thứ tự của bạn</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>Ưu tiên: %1</translation>
    </message>
    <message>
        <source>People ahead of you: %1</source>
        <translation>Số người trước bạn: %1</translation>
    </message>
    <message>
        <source>about %1 min</source>
        <translation>khoảng %1 phút</translation>
    </message>
    <message>
        <source>Taken at %1. Watch the screen: your number and counter will be called.</source>
        <translation>Lấy lúc %1. Mời bạn theo dõi màn hình: số của bạn và quầy sẽ được gọi.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Home</source>
        <translation>Trang chủ</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Kết thúc</translation>
    </message>
</context>
</TS>
