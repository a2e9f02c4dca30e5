<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AccessibilityBar</name>
    <message>
        <source>Large text</source>
        <translation>Chữ lớn</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Tương phản</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Đọc to</translation>
    </message>
    <message>
        <source>Read each step</source>
        <translation>Đọc từng bước</translation>
    </message>
</context>
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
    <name>CallGuideButton</name>
    <message>
        <source>Call a guide</source>
        <translation>Gọi hướng dẫn viên</translation>
    </message>
    <message>
        <source>A guide is on the way. Please stay at this kiosk.</source>
        <translation>Hướng dẫn viên đang đến. Xin vui lòng chờ tại máy này.</translation>
    </message>
    <message>
        <source>The guides could not be reached. Please ask at the nearest counter.</source>
        <translation>Không liên lạc được với hướng dẫn viên. Xin vui lòng hỏi tại quầy gần nhất.</translation>
    </message>
</context>
<context>
    <name>ChildDeclarationPaper</name>
    <message>
        <source>Declaration for an ordinary passport for a child under 14 in Vietnam (TK01a)</source>
        <translation>Đề nghị cấp hộ chiếu phổ thông cho người chưa đủ 14 tuổi ở trong nước (TK01a)</translation>
    </message>
    <message>
        <source>I declare that the information above is true.</source>
        <translation>Tôi xin cam đoan những thông tin trên là đúng sự thật.</translation>
    </message>
    <message>
        <source>Signature and full name of the legal representative:</source>
        <translation>Người đại diện hợp pháp ký, ghi rõ họ tên:</translation>
    </message>
    <message>
        <source>BRING WHEN YOU APPLY</source>
        <translation>MANG THEO KHI ĐẾN NỘP HỒ SƠ</translation>
    </message>
    <message>
        <source>• The child comes in person with a parent or guardian.</source>
        <translation>• Trẻ em đến trực tiếp cùng cha, mẹ hoặc người giám hộ.</translation>
    </message>
    <message>
        <source>• This declaration, signed.</source>
        <translation>• Tờ khai này, đã ký.</translation>
    </message>
    <message>
        <source>• A copy of the child&apos;s birth certificate or birth record (bring the original for comparison).</source>
        <translation>• Bản sao giấy khai sinh hoặc trích lục khai sinh của trẻ em (mang bản chính để đối chiếu).</translation>
    </message>
    <message>
        <source>• The representative&apos;s ID card; proof of guardianship for a guardian.</source>
        <translation>• Căn cước của người đại diện; giấy tờ chứng minh quyền giám hộ nếu là người giám hộ.</translation>
    </message>
    <message>
        <source>• The child&apos;s old passport, if any.</source>
        <translation>• Hộ chiếu cũ của trẻ em, nếu có.</translation>
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
    <name>CounterWindow</name>
    <message>
        <source>Counter %1 · motcua</source>
        <translation>Quầy %1 · motcua</translation>
    </message>
</context>
<context>
    <name>DayFiguresView</name>
    <message>
        <source>Today&apos;s figures (%1)</source>
        <translation>Số liệu hôm nay (%1)</translation>
    </message>
    <message>
        <source>Sessions started</source>
        <translation>Phiên đã bắt đầu</translation>
    </message>
    <message>
        <source>Sessions finished</source>
        <translation>Phiên đã hoàn tất</translation>
    </message>
    <message>
        <source>Sessions abandoned or timed out</source>
        <translation>Phiên bị bỏ dở hoặc hết giờ</translation>
    </message>
    <message>
        <source>Applications submitted</source>
        <translation>Hồ sơ đã nộp</translation>
    </message>
    <message>
        <source>Applications accepted by the portal</source>
        <translation>Hồ sơ được cổng dịch vụ công tiếp nhận</translation>
    </message>
    <message>
        <source>Queue numbers</source>
        <translation>Số thứ tự</translation>
    </message>
    <message>
        <source>%1 — issued %2, served %3, absent %4, median wait %5 min</source>
        <translation>%1 — đã phát %2, đã phục vụ %3, vắng mặt %4, thời gian chờ trung vị %5 phút</translation>
    </message>
    <message>
        <source>Some figures could not be read (%1).</source>
        <translation>Không đọc được một số số liệu (%1).</translation>
    </message>
</context>
<context>
    <name>DeviceHealth</name>
    <message>
        <source>Out of paper</source>
        <translation>Hết giấy</translation>
    </message>
    <message>
        <source>Paper running low</source>
        <translation>Sắp hết giấy</translation>
    </message>
    <message>
        <source>Paper jam</source>
        <translation>Kẹt giấy</translation>
    </message>
    <message>
        <source>Cover open</source>
        <translation>Nắp đang mở</translation>
    </message>
    <message>
        <source>Out of ink</source>
        <translation>Hết mực</translation>
    </message>
    <message>
        <source>Ink running low</source>
        <translation>Sắp hết mực</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Mất kết nối</translation>
    </message>
    <message>
        <source>Print service not running</source>
        <translation>Dịch vụ in không chạy</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Đang tạm dừng</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Không tìm thấy</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Cần kiểm tra</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Hoạt động tốt</translation>
    </message>
    <message>
        <source>Not installed</source>
        <translation>Chưa lắp đặt</translation>
    </message>
    <message>
        <source>Enough paper</source>
        <translation>Đủ giấy</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Không rõ</translation>
    </message>
    <message>
        <source>Connected (%1 ms)</source>
        <translation>Đã kết nối (%1 ms)</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Đã kết nối</translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation>Chưa cấu hình</translation>
    </message>
    <message>
        <source>Cannot reach the portal</source>
        <translation>Không kết nối được cổng dịch vụ công</translation>
    </message>
    <message>
        <source>Cannot read the local store</source>
        <translation>Không đọc được dữ liệu trên máy</translation>
    </message>
    <message>
        <source>Nothing waiting</source>
        <translation>Không có hồ sơ chờ gửi</translation>
    </message>
    <message>
        <source>Waiting to send: %1</source>
        <translation>Đang chờ gửi: %1</translation>
    </message>
    <message>
        <source>Could not be sent: %1</source>
        <translation>Không gửi được: %1</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Chưa có</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1 phút trước</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>%1 giờ trước</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>%1 ngày trước</translation>
    </message>
    <message>
        <source>%1 GB free</source>
        <translation>Còn trống %1 GB</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Máy in</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Giấy in</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Code scanner</source>
        <translation>Máy quét mã</translation>
    </message>
    <message>
        <source>Portal link</source>
        <translation>Kết nối cổng dịch vụ công</translation>
    </message>
    <message>
        <source>Applications to send</source>
        <translation>Hồ sơ chờ gửi</translation>
    </message>
    <message>
        <source>Last application accepted</source>
        <translation>Hồ sơ được tiếp nhận gần nhất</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Tạm ngừng phục vụ</translation>
    </message>
    <message>
        <source>Disk space</source>
        <translation>Dung lượng ổ đĩa</translation>
    </message>
</context>
<context>
    <name>DeviceHealthView</name>
    <message>
        <source>OK</source>
        <translation>Tốt</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Cần kiểm tra</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Kiểm tra lại</translation>
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
    <name>FeedbackScreen</name>
    <message>
        <source>Very dissatisfied</source>
        <translation>Rất không hài lòng</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>Không hài lòng</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Bình thường</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Hài lòng</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>Rất hài lòng</translation>
    </message>
    <message>
        <source>How was your visit today?</source>
        <translation>Bạn thấy lần làm thủ tục hôm nay thế nào?</translation>
    </message>
    <message>
        <source>Thank you! Anything we could do better?</source>
        <translation>Cảm ơn bạn! Chúng tôi có thể làm tốt hơn điều gì?</translation>
    </message>
    <message>
        <source>One touch on a face is enough. Your answer is anonymous and helps the centre serve you better.</source>
        <translation>Chỉ cần chạm vào một khuôn mặt. Câu trả lời của bạn là ẩn danh và giúp Trung tâm phục vụ bạn tốt hơn.</translation>
    </message>
    <message>
        <source>You may write a suggestion, or touch Done.</source>
        <translation>Bạn có thể viết góp ý, hoặc chạm Xong.</translation>
    </message>
    <message>
        <source>Please do not write your name, ID card number, phone number or address. Numbers like these are removed.</source>
        <translation>Xin đừng ghi họ tên, số căn cước, số điện thoại hay địa chỉ. Những số như vậy sẽ bị xoá.</translation>
    </message>
    <message>
        <source>Your suggestion (optional)</source>
        <translation>Góp ý của bạn (không bắt buộc)</translation>
    </message>
    <message>
        <source>This screen closes by itself after %1 seconds without a touch.</source>
        <translation>Màn hình này tự đóng sau %1 giây nếu không có thao tác.</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Gửi</translation>
    </message>
</context>
<context>
    <name>FieldError</name>
    <message>
        <source>Please fill in this field.</source>
        <translation>Vui lòng điền mục này.</translation>
    </message>
    <message>
        <source>Please pick one of the options.</source>
        <translation>Vui lòng chọn một trong các lựa chọn.</translation>
    </message>
    <message>
        <source>This field is not on the form.</source>
        <translation>Mục này không có trên tờ khai.</translation>
    </message>
    <message>
        <source>This answer must be text.</source>
        <translation>Giá trị của mục này phải là chữ.</translation>
    </message>
    <message>
        <source>Too long; please shorten it.</source>
        <translation>Nội dung quá dài, vui lòng viết ngắn hơn.</translation>
    </message>
    <message>
        <source>Names may contain only Vietnamese letters, spaces, hyphens and apostrophes.</source>
        <translation>Họ tên chỉ gồm chữ cái tiếng Việt, dấu cách, dấu gạch nối hoặc dấu nháy.</translation>
    </message>
    <message>
        <source>Write the date as year-month-day, e.g. 1990-01-31.</source>
        <translation>Ngày phải có dạng năm-tháng-ngày, ví dụ 1990-01-31.</translation>
    </message>
    <message>
        <source>This day does not exist.</source>
        <translation>Ngày này không có trên lịch.</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>Ngày không được ở tương lai.</translation>
    </message>
    <message>
        <source>The date is too far in the past; check the year.</source>
        <translation>Ngày quá xa trong quá khứ, vui lòng kiểm tra lại năm.</translation>
    </message>
    <message>
        <source>This date must be after the date of birth.</source>
        <translation>Ngày này phải sau ngày sinh.</translation>
    </message>
    <message>
        <source>ID cards with a personal ID number have been issued since 1 January 2016.</source>
        <translation>Thẻ căn cước có số định danh cá nhân chỉ được cấp từ ngày 01/01/2016.</translation>
    </message>
    <message>
        <source>The personal ID number has exactly 12 digits.</source>
        <translation>Số định danh cá nhân phải có đúng 12 chữ số.</translation>
    </message>
    <message>
        <source>The personal ID number contains digits only.</source>
        <translation>Số định danh cá nhân chỉ gồm chữ số.</translation>
    </message>
    <message>
        <source>The first three digits are not a province code.</source>
        <translation>Ba chữ số đầu của số định danh không phải mã tỉnh, thành phố.</translation>
    </message>
    <message>
        <source>The ID number does not match the sex given.</source>
        <translation>Số định danh không khớp với giới tính.</translation>
    </message>
    <message>
        <source>The ID number does not match the year of birth.</source>
        <translation>Số định danh không khớp với năm sinh.</translation>
    </message>
    <message>
        <source>The child&apos;s ID number is the same as the representative&apos;s.</source>
        <translation>Số định danh của trẻ trùng với của người đại diện.</translation>
    </message>
    <message>
        <source>Under 14: a parent or guardian fills in form TK01a.</source>
        <translation>Người chưa đủ 14 tuổi: cha, mẹ hoặc người giám hộ khai tờ khai TK01a.</translation>
    </message>
    <message>
        <source>Aged 14 or over: fill in form TK01 yourself.</source>
        <translation>Người từ đủ 14 tuổi tự khai tờ khai TK01.</translation>
    </message>
    <message>
        <source>The legal representative must be 18 or over.</source>
        <translation>Người đại diện hợp pháp phải từ đủ 18 tuổi.</translation>
    </message>
    <message>
        <source>A mobile number has 10 digits and starts with 0 (or +84).</source>
        <translation>Số điện thoại di động gồm 10 chữ số, bắt đầu bằng 0 (hoặc +84).</translation>
    </message>
    <message>
        <source>This is not a Vietnamese mobile prefix.</source>
        <translation>Đầu số này không phải số di động Việt Nam.</translation>
    </message>
    <message>
        <source>This email address is not valid, e.g. name@example.vn.</source>
        <translation>Địa chỉ email không hợp lệ, ví dụ: ten@example.vn.</translation>
    </message>
    <message>
        <source>Unknown province or city.</source>
        <translation>Không tìm thấy tỉnh, thành phố này.</translation>
    </message>
    <message>
        <source>Unknown commune, ward or special zone.</source>
        <translation>Không tìm thấy xã, phường, đặc khu này.</translation>
    </message>
    <message>
        <source>This commune or ward is not in the chosen province.</source>
        <translation>Xã, phường này không thuộc tỉnh, thành phố đã chọn.</translation>
    </message>
    <message>
        <source>Please pick an ethnicity from the list.</source>
        <translation>Vui lòng chọn dân tộc trong danh sách.</translation>
    </message>
    <message>
        <source>Please pick a religion from the list (or None).</source>
        <translation>Vui lòng chọn tôn giáo trong danh sách (hoặc Không).</translation>
    </message>
    <message>
        <source>A passport number is one letter and 7 digits, e.g. C1234567.</source>
        <translation>Số hộ chiếu gồm 1 chữ cái và 7 chữ số, ví dụ C1234567.</translation>
    </message>
    <message>
        <source>For a re-issue, give the number and date of issue of the old passport.</source>
        <translation>Cấp lại hộ chiếu: vui lòng ghi số và ngày cấp hộ chiếu cũ.</translation>
    </message>
    <message>
        <source>You have had a passport: choose a re-issue, not a first passport.</source>
        <translation>Đã có hộ chiếu thì chọn cấp lại, không chọn cấp lần đầu.</translation>
    </message>
    <message>
        <source>Give the name together with the date of birth.</source>
        <translation>Vui lòng ghi họ tên kèm ngày sinh.</translation>
    </message>
    <message>
        <source>A parent&apos;s date of birth must be before the applicant&apos;s.</source>
        <translation>Ngày sinh của cha, mẹ phải trước ngày sinh của người đề nghị.</translation>
    </message>
    <message>
        <source>Below the legal age of marriage: no spouse can be declared.</source>
        <translation>Người chưa đủ tuổi kết hôn không khai vợ/chồng.</translation>
    </message>
    <message>
        <source>The relationship does not match the representative&apos;s sex.</source>
        <translation>Quan hệ với trẻ không khớp với giới tính của người đại diện.</translation>
    </message>
    <message>
        <source>This answer is not valid.</source>
        <translation>Thông tin chưa hợp lệ.</translation>
    </message>
</context>
<context>
    <name>GuideHome</name>
    <message>
        <source>Guide mode — %1</source>
        <translation>Chế độ hướng dẫn viên — %1</translation>
    </message>
    <message>
        <source>Guide home</source>
        <translation>Trang hướng dẫn viên</translation>
    </message>
    <message>
        <source>Leave guide mode</source>
        <translation>Thoát chế độ hướng dẫn viên</translation>
    </message>
    <message>
        <source>Start an assisted session</source>
        <translation>Bắt đầu phiên có hỗ trợ</translation>
    </message>
    <message>
        <source>The next citizen&apos;s application records that you helped</source>
        <translation>Hồ sơ của người dân tiếp theo ghi nhận bạn đã hỗ trợ</translation>
    </message>
    <message>
        <source>Counter console</source>
        <translation>Bàn điều khiển quầy</translation>
    </message>
    <message>
        <source>Call queue numbers, mark them served or absent</source>
        <translation>Gọi số thứ tự, đánh dấu đã phục vụ hoặc vắng mặt</translation>
    </message>
    <message>
        <source>Reprint a receipt</source>
        <translation>In lại phiếu</translation>
    </message>
    <message>
        <source>Today&apos;s tickets and receipts</source>
        <translation>Số thứ tự và phiếu đã in hôm nay</translation>
    </message>
    <message>
        <source>Device health</source>
        <translation>Tình trạng thiết bị</translation>
    </message>
    <message>
        <source>Something needs attention</source>
        <translation>Có thiết bị cần xử lý</translation>
    </message>
    <message>
        <source>Printer, camera, scanner, portal link</source>
        <translation>Máy in, camera, máy quét, kết nối cổng dịch vụ công</translation>
    </message>
    <message>
        <source>Back in service</source>
        <translation>Hoạt động trở lại</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Tạm ngừng phục vụ</translation>
    </message>
    <message>
        <source>Citizens now see: %1</source>
        <translation>Người dân đang thấy: %1</translation>
    </message>
    <message>
        <source>Stop citizens from starting a session, with a message</source>
        <translation>Không cho người dân bắt đầu phiên, kèm thông báo</translation>
    </message>
    <message>
        <source>Today&apos;s figures</source>
        <translation>Số liệu hôm nay</translation>
    </message>
    <message>
        <source>Sessions, applications, queue numbers, waiting time</source>
        <translation>Phiên, hồ sơ, số thứ tự, thời gian chờ</translation>
    </message>
    <message>
        <source>Close the kiosk application</source>
        <translation>Đóng ứng dụng ki-ốt</translation>
    </message>
    <message>
        <source>Technicians only: the citizen&apos;s data is wiped first</source>
        <translation>Chỉ dành cho kỹ thuật viên: dữ liệu của người dân được xóa trước</translation>
    </message>
</context>
<context>
    <name>GuideLogin</name>
    <message>
        <source>%1: enter your PIN</source>
        <translation>%1: nhập mã PIN</translation>
    </message>
    <message>
        <source>Guide mode: who are you?</source>
        <translation>Chế độ hướng dẫn viên: bạn là ai?</translation>
    </message>
    <message>
        <source>No guide accounts yet. A technician adds them with “motcua guide add”.</source>
        <translation>Chưa có tài khoản hướng dẫn viên. Kỹ thuật viên thêm bằng lệnh “motcua guide add”.</translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <translation>Đang kiểm tra mã PIN…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
</context>
<context>
    <name>HelpAlertBanner</name>
    <message>
        <source>%1 needs a guide · since %2 (%3 min)</source>
        <translation>%1 cần hướng dẫn viên · từ %2 (%3 phút)</translation>
    </message>
    <message>
        <source>I&apos;m coming</source>
        <translation>Tôi đến ngay</translation>
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
    <name>OutOfServiceEditor</name>
    <message>
        <source>The kiosk is out of service</source>
        <translation>Ki-ốt đang tạm ngừng phục vụ</translation>
    </message>
    <message>
        <source>Take the kiosk out of service</source>
        <translation>Tạm ngừng phục vụ ki-ốt</translation>
    </message>
    <message>
        <source>Since %1 took it out: “%2”</source>
        <translation>Do %1 tạm dừng: “%2”</translation>
    </message>
    <message>
        <source>Bring the kiosk back into service</source>
        <translation>Cho ki-ốt hoạt động trở lại</translation>
    </message>
    <message>
        <source>Message for citizens:</source>
        <translation>Thông báo cho người dân:</translation>
    </message>
    <message>
        <source>Or type a message</source>
        <translation>Hoặc nhập thông báo</translation>
    </message>
    <message>
        <source>Take out of service</source>
        <translation>Tạm ngừng phục vụ</translation>
    </message>
</context>
<context>
    <name>OutOfServicePresets</name>
    <message>
        <source>The printer is being refilled. Please come back in a few minutes.</source>
        <translation>Đang thay giấy máy in. Xin vui lòng quay lại sau ít phút.</translation>
    </message>
    <message>
        <source>Maintenance in progress. Please use the other kiosk or the counter.</source>
        <translation>Đang bảo trì. Xin vui lòng dùng ki-ốt khác hoặc đến quầy.</translation>
    </message>
    <message>
        <source>This kiosk is closed for today. Please use the counter.</source>
        <translation>Hôm nay ki-ốt ngừng phục vụ. Xin vui lòng đến quầy.</translation>
    </message>
</context>
<context>
    <name>OutOfServiceScreen</name>
    <message>
        <source>This kiosk is out of service</source>
        <translation>Ki-ốt tạm ngừng phục vụ</translation>
    </message>
    <message>
        <source>A police guide in the hall can help you.</source>
        <translation>Cán bộ hướng dẫn trong sảnh sẽ giúp bạn.</translation>
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
    <name>PassportForm</name>
    <message>
        <source>Legal representative</source>
        <translation>Người đại diện hợp pháp</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Thông tin cá nhân</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>Căn cước</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Nghề nghiệp</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Gia đình</translation>
    </message>
    <message>
        <source>Previous passport</source>
        <translation>Hộ chiếu lần gần nhất</translation>
    </message>
    <message>
        <source>Request and delivery</source>
        <translation>Nội dung đề nghị và nhận kết quả</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>Cam đoan</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Họ</translation>
    </message>
    <message>
        <source>Middle and given names</source>
        <translation>Chữ đệm và tên</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Sinh ngày</translation>
    </message>
    <message>
        <source>Place of birth (province or city)</source>
        <translation>Nơi sinh (tỉnh, thành phố)</translation>
    </message>
    <message>
        <source>Personal ID number</source>
        <translation>Số định danh cá nhân</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Ngày cấp</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Dân tộc</translation>
    </message>
    <message>
        <source>Religion</source>
        <translation>Tôn giáo</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Permanent address: province or city</source>
        <translation>Địa chỉ thường trú: tỉnh, thành phố</translation>
    </message>
    <message>
        <source>Permanent address: commune or ward</source>
        <translation>Địa chỉ thường trú: xã, phường, đặc khu</translation>
    </message>
    <message>
        <source>Permanent address: house, street, hamlet</source>
        <translation>Địa chỉ thường trú: số nhà, đường, thôn, tổ</translation>
    </message>
    <message>
        <source>Temporary address: province or city</source>
        <translation>Địa chỉ tạm trú: tỉnh, thành phố</translation>
    </message>
    <message>
        <source>Temporary address: commune or ward</source>
        <translation>Địa chỉ tạm trú: xã, phường, đặc khu</translation>
    </message>
    <message>
        <source>Temporary address: house, street, hamlet</source>
        <translation>Địa chỉ tạm trú: số nhà, đường, thôn, tổ</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Nghề nghiệp</translation>
    </message>
    <message>
        <source>Employer&apos;s name and address (if any)</source>
        <translation>Tên và địa chỉ cơ quan (nếu có)</translation>
    </message>
    <message>
        <source>Father: full name</source>
        <translation>Cha: họ và tên</translation>
    </message>
    <message>
        <source>Father: date of birth</source>
        <translation>Cha: sinh ngày</translation>
    </message>
    <message>
        <source>Mother: full name</source>
        <translation>Mẹ: họ và tên</translation>
    </message>
    <message>
        <source>Mother: date of birth</source>
        <translation>Mẹ: sinh ngày</translation>
    </message>
    <message>
        <source>Spouse: full name</source>
        <translation>Vợ/chồng: họ và tên</translation>
    </message>
    <message>
        <source>Spouse: date of birth</source>
        <translation>Vợ/chồng: sinh ngày</translation>
    </message>
    <message>
        <source>Most recent passport (if any): number</source>
        <translation>Hộ chiếu phổ thông lần gần nhất (nếu có): số</translation>
    </message>
    <message>
        <source>Most recent passport: date of issue</source>
        <translation>Hộ chiếu phổ thông lần gần nhất: cấp ngày</translation>
    </message>
    <message>
        <source>What you request</source>
        <translation>Nội dung đề nghị</translation>
    </message>
    <message>
        <source>Reason and what changed</source>
        <translation>Ghi rõ lý do, nội dung thay đổi</translation>
    </message>
    <message>
        <source>Passport with or without a chip</source>
        <translation>Hộ chiếu có hoặc không gắn chíp điện tử</translation>
    </message>
    <message>
        <source>How to receive the passport</source>
        <translation>Hình thức nhận hộ chiếu</translation>
    </message>
    <message>
        <source>Delivery address: province or city</source>
        <translation>Địa chỉ nhận qua bưu chính: tỉnh, thành phố</translation>
    </message>
    <message>
        <source>Delivery address: commune or ward</source>
        <translation>Địa chỉ nhận qua bưu chính: xã, phường, đặc khu</translation>
    </message>
    <message>
        <source>Delivery address: house, street, hamlet</source>
        <translation>Địa chỉ nhận qua bưu chính: số nhà, đường, thôn, tổ</translation>
    </message>
    <message>
        <source>I declare that the information above is true</source>
        <translation>Tôi xin cam đoan những thông tin trên là đúng sự thật</translation>
    </message>
    <message>
        <source>A. Legal representative: full name</source>
        <translation>A. Người đại diện hợp pháp: họ và tên</translation>
    </message>
    <message>
        <source>Relationship to the child</source>
        <translation>Quan hệ với người chưa đủ 14 tuổi đề nghị cấp hộ chiếu</translation>
    </message>
    <message>
        <source>B. The child: surname</source>
        <translation>B. Người chưa đủ 14 tuổi: họ</translation>
    </message>
    <message>
        <source>Personal ID number (if any)</source>
        <translation>Số định danh cá nhân (nếu có)</translation>
    </message>
    <message>
        <source>Date of issue (if the child has an ID card)</source>
        <translation>Ngày cấp (nếu có thẻ căn cước)</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>First passport</source>
        <translation>Cấp hộ chiếu lần đầu</translation>
    </message>
    <message>
        <source>Re-issue: expired or expiring</source>
        <translation>Cấp lại do hộ chiếu hết hạn hoặc sắp hết hạn</translation>
    </message>
    <message>
        <source>Re-issue: damaged</source>
        <translation>Cấp lại do hộ chiếu bị hỏng</translation>
    </message>
    <message>
        <source>Re-issue: lost</source>
        <translation>Cấp lại do hộ chiếu bị mất</translation>
    </message>
    <message>
        <source>Re-issue: changed personal details</source>
        <translation>Cấp lại do thay đổi thông tin nhân thân</translation>
    </message>
    <message>
        <source>With chip</source>
        <translation>Có gắn chíp điện tử</translation>
    </message>
    <message>
        <source>Without chip</source>
        <translation>Không gắn chíp điện tử</translation>
    </message>
    <message>
        <source>Collect at the office</source>
        <translation>Nhận trực tiếp tại cơ quan</translation>
    </message>
    <message>
        <source>Send by post</source>
        <translation>Nhận qua dịch vụ bưu chính</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>Cha</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>Mẹ</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Người giám hộ</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>Đã cam đoan</translation>
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
    <name>PinPad</name>
    <message>
        <source>Erase</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
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
    <name>QueueTicketPaper</name>
    <message>
        <source>QUEUE NUMBER</source>
        <translation>PHIẾU SỐ THỨ TỰ</translation>
    </message>
    <message>
        <source>People waiting before you: %1</source>
        <translation>Số người đang chờ trước quý vị: %1</translation>
    </message>
    <message>
        <source>Expected wait: about %1 minutes</source>
        <translation>Thời gian chờ dự kiến: khoảng %1 phút</translation>
    </message>
    <message>
        <source>Please take a seat and watch the screen and listen for your number. When called, go to the counter shown on the screen.</source>
        <translation>Vui lòng ngồi chờ và theo dõi màn hình, loa gọi số. Khi được gọi, mời quý vị đến quầy hiển thị trên màn hình.</translation>
    </message>
    <message>
        <source>Scan the code to follow your turn on your phone</source>
        <translation>Quét mã để theo dõi lượt của quý vị trên điện thoại</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>APPLICATION RECEIPT</source>
        <translation>GIẤY BIÊN NHẬN HỒ SƠ</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Mã tham chiếu</translation>
    </message>
    <message>
        <source>(The application is waiting to be sent to the public service portal; the receipt number will follow. Look it up with this reference.)</source>
        <translation>(Hồ sơ đang chờ gửi lên Cổng dịch vụ công; số biên nhận sẽ được gửi sau. Tra cứu bằng mã tham chiếu này.)</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Số biên nhận</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>Ngày nộp</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>đã nộp</translation>
    </message>
    <message>
        <source>not paid</source>
        <translation>chưa nộp</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Lệ phí</translation>
    </message>
    <message>
        <source>Result ready on</source>
        <translation>Ngày hẹn trả kết quả</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Nhận kết quả</translation>
    </message>
    <message>
        <source>by post, to the address given</source>
        <translation>qua dịch vụ bưu chính, tại địa chỉ đã đăng ký</translation>
    </message>
    <message>
        <source>in person where you applied; bring this paper</source>
        <translation>trực tiếp tại nơi nộp hồ sơ, mang theo giấy này</translation>
    </message>
    <message>
        <source>Scan the code to follow your application</source>
        <translation>Quét mã để tra cứu tình trạng hồ sơ</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>Đường dây nóng</translation>
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
    <name>ReprintView</name>
    <message>
        <source>Reprint a ticket or receipt</source>
        <translation>In lại phiếu số thứ tự hoặc phiếu tiếp nhận</translation>
    </message>
    <message>
        <source>Printed again.</source>
        <translation>Đã in lại.</translation>
    </message>
    <message>
        <source>Not printed (%1). See device health.</source>
        <translation>Không in được (%1). Xem tình trạng thiết bị.</translation>
    </message>
    <message>
        <source>Nothing printed today.</source>
        <translation>Hôm nay chưa in gì.</translation>
    </message>
    <message>
        <source>This kiosk has no printer.</source>
        <translation>Ki-ốt này không có máy in.</translation>
    </message>
    <message>
        <source>Queue ticket</source>
        <translation>Phiếu số thứ tự</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Phiếu tiếp nhận</translation>
    </message>
    <message>
        <source>(not printed)</source>
        <translation>(chưa in được)</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>In lại</translation>
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
