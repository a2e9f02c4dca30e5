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
    <name>LanguagePicker</name>
    <message>
        <source>Choose your language</source>
        <translation>Chọn ngôn ngữ</translation>
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
