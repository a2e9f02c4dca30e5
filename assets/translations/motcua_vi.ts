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
        <source>Payment by bank QR code will be offered on this kiosk soon. Until then, please show this screen to a police guide.</source>
        <translation>Thanh toán bằng mã QR ngân hàng sẽ sớm có trên máy này. Trong lúc chờ, xin đưa màn hình này cho cán bộ hướng dẫn.</translation>
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
        <source>This person is under 14. A parent or guardian declares for a child on form TK01a, and the child applies in person at the immigration office with a birth certificate. Please ask a police guide for form TK01a.</source>
        <translation>Người đề nghị chưa đủ 14 tuổi. Cha, mẹ hoặc người giám hộ khai thay theo mẫu TK01a, và trẻ phải trực tiếp đến cơ quan xuất nhập cảnh cùng giấy khai sinh. Xin hỏi cán bộ hướng dẫn về mẫu TK01a.</translation>
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
    <name>ProgressSteps</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>Bước %1/%2</translation>
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
