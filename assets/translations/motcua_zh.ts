<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccessibilityBar</name>
    <message>
        <source>Large text</source>
        <translation>大字</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>朗读</translation>
    </message>
    <message>
        <source>Read each step</source>
        <translation>每步朗读</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Self-service public services</source>
        <translation>自助公共服务</translation>
    </message>
    <message>
        <source>Touch to start</source>
        <translation>请触摸屏幕开始</translation>
    </message>
    <message>
        <source>Hotline %1</source>
        <translation>热线 %1</translation>
    </message>
</context>
<context>
    <name>CallGuideButton</name>
    <message>
        <source>Call a guide</source>
        <translation>呼叫引导员</translation>
    </message>
    <message>
        <source>A guide is on the way. Please stay at this kiosk.</source>
        <translation>引导员正在赶来，请在本机旁稍候。</translation>
    </message>
    <message>
        <source>The guides could not be reached. Please ask at the nearest counter.</source>
        <translation>暂时无法联系引导员，请到最近的窗口咨询。</translation>
    </message>
</context>
<context>
    <name>ChildDeclarationPaper</name>
    <message>
        <source>Declaration for an ordinary passport for a child under 14 in Vietnam (TK01a)</source>
        <translation>未满 14 岁儿童在越南境内申领普通护照申请表（TK01a）</translation>
    </message>
    <message>
        <source>I declare that the information above is true.</source>
        <translation>本人保证以上信息真实无误。</translation>
    </message>
    <message>
        <source>Signature and full name of the legal representative:</source>
        <translation>法定代理人签名并写明姓名：</translation>
    </message>
    <message>
        <source>BRING WHEN YOU APPLY</source>
        <translation>办理时请携带</translation>
    </message>
    <message>
        <source>• The child comes in person with a parent or guardian.</source>
        <translation>• 儿童须由父母或监护人陪同亲自前来。</translation>
    </message>
    <message>
        <source>• This declaration, signed.</source>
        <translation>• 本申请表（已签名）。</translation>
    </message>
    <message>
        <source>• A copy of the child&apos;s birth certificate or birth record (bring the original for comparison).</source>
        <translation>• 儿童出生证明或出生登记摘录的复印件（请携带原件以供核对）。</translation>
    </message>
    <message>
        <source>• The representative&apos;s ID card; proof of guardianship for a guardian.</source>
        <translation>• 代理人的身份证；如为监护人，须提供监护权证明文件。</translation>
    </message>
    <message>
        <source>• The child&apos;s old passport, if any.</source>
        <translation>• 儿童的旧护照（如有）。</translation>
    </message>
</context>
<context>
    <name>ChildDeclarationStep</name>
    <message>
        <source>Printing the declaration…</source>
        <translation>正在打印申请表…</translation>
    </message>
    <message>
        <source>Please take the printed declaration and sign it.</source>
        <translation>请取走打印好的申请表并签名。</translation>
    </message>
    <message>
        <source>This kiosk has no printer: please ask a police guide for a paper form TK01a.</source>
        <translation>本机未配备打印机：请向引导民警索取纸质 TK01a 表格。</translation>
    </message>
    <message>
        <source>A passport for a child under 14 is applied for in person. Please come to the immigration office with:</source>
        <translation>未满14周岁儿童的护照须本人到场申请。请携带以下材料前往出入境管理机关：</translation>
    </message>
    <message>
        <source>the child, with a parent or the guardian;</source>
        <translation>儿童本人，由父母或监护人陪同；</translation>
    </message>
    <message>
        <source>this declaration, signed;</source>
        <translation>本申请表（已签名）；</translation>
    </message>
    <message>
        <source>a copy of the child&apos;s birth certificate or birth extract (bring the original to compare);</source>
        <translation>儿童出生证明或出生登记摘录的复印件（请携带原件以供核对）；</translation>
    </message>
    <message>
        <source>your ID card, and papers that show guardianship if you are the guardian;</source>
        <translation>您的身份证；如您是监护人，还需携带监护关系证明文件；</translation>
    </message>
    <message>
        <source>the child&apos;s old passport, if any.</source>
        <translation>儿童的旧护照（如有）。</translation>
    </message>
    <message>
        <source>Fee, paid at the office: %1.</source>
        <translation>费用（在办理机关缴纳）：%1。</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>重新打印</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>CounterConsole</name>
    <message>
        <source>Counter console</source>
        <translation>窗口操作台</translation>
    </message>
    <message>
        <source>Counter:</source>
        <translation>窗口：</translation>
    </message>
    <message>
        <source>Counter %1 is paused</source>
        <translation>%1号窗口已暂停</translation>
    </message>
    <message>
        <source>Counter %1 is serving</source>
        <translation>%1号窗口正在服务</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>优先：%1</translation>
    </message>
    <message numerus="yes">
        <source>Called %n time(s)</source>
        <translation>
            <numerusform>已呼叫 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for this counter: %1</source>
        <translation>本窗口等候人数：%1</translation>
    </message>
    <message>
        <source>Call next</source>
        <translation>呼叫下一位</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>重新呼叫</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>已办理</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>未到场</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Waiting per service</source>
        <translation>各业务等候人数</translation>
    </message>
    <message>
        <source>%1 (%2 priority)</source>
        <translation>%1（优先 %2）</translation>
    </message>
    <message>
        <source>Transfer the current ticket to:</source>
        <translation>将当前号码转至：</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>%1号窗口</translation>
    </message>
    <message>
        <source>This counter is paused. Resume it first.</source>
        <translation>本窗口已暂停，请先点击“继续”。</translation>
    </message>
    <message>
        <source>This counter has no ticket now.</source>
        <translation>本窗口当前没有号码。</translation>
    </message>
    <message>
        <source>Finish the current ticket first.</source>
        <translation>请先办结当前号码。</translation>
    </message>
    <message>
        <source>The queue server cannot be reached. Try again.</source>
        <translation>无法连接排队服务器，请重试。</translation>
    </message>
    <message>
        <source>The queue refused this: %1</source>
        <translation>排队系统拒绝了此操作：%1</translation>
    </message>
    <message>
        <source>Nobody is waiting for this counter.</source>
        <translation>本窗口无人等候。</translation>
    </message>
</context>
<context>
    <name>CounterWindow</name>
    <message>
        <source>Counter %1 · motcua</source>
        <translation>窗口 %1 · motcua</translation>
    </message>
</context>
<context>
    <name>DayFiguresView</name>
    <message>
        <source>Today&apos;s figures (%1)</source>
        <translation>今日数据（%1）</translation>
    </message>
    <message>
        <source>Sessions started</source>
        <translation>已开始的会话</translation>
    </message>
    <message>
        <source>Sessions finished</source>
        <translation>已完成的会话</translation>
    </message>
    <message>
        <source>Sessions abandoned or timed out</source>
        <translation>放弃或超时的会话</translation>
    </message>
    <message>
        <source>Applications submitted</source>
        <translation>已提交的申请</translation>
    </message>
    <message>
        <source>Applications accepted by the portal</source>
        <translation>门户已受理的申请</translation>
    </message>
    <message>
        <source>Queue numbers</source>
        <translation>排队号</translation>
    </message>
    <message>
        <source>%1 — issued %2, served %3, absent %4, median wait %5 min</source>
        <translation>%1 — 已发 %2，已办理 %3，未到 %4，等候中位数 %5 分钟</translation>
    </message>
    <message>
        <source>Some figures could not be read (%1).</source>
        <translation>部分数据无法读取（%1）。</translation>
    </message>
</context>
<context>
    <name>DeviceHealth</name>
    <message>
        <source>Out of paper</source>
        <translation>缺纸</translation>
    </message>
    <message>
        <source>Paper running low</source>
        <translation>纸张不足</translation>
    </message>
    <message>
        <source>Paper jam</source>
        <translation>卡纸</translation>
    </message>
    <message>
        <source>Cover open</source>
        <translation>机盖打开</translation>
    </message>
    <message>
        <source>Out of ink</source>
        <translation>墨水用尽</translation>
    </message>
    <message>
        <source>Ink running low</source>
        <translation>墨水不足</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Print service not running</source>
        <translation>打印服务未运行</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>需要处理</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Not installed</source>
        <translation>未安装</translation>
    </message>
    <message>
        <source>Enough paper</source>
        <translation>纸张充足</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Connected (%1 ms)</source>
        <translation>已连接（%1 毫秒）</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation>未配置</translation>
    </message>
    <message>
        <source>Cannot reach the portal</source>
        <translation>无法连接政务服务门户</translation>
    </message>
    <message>
        <source>Cannot read the local store</source>
        <translation>无法读取本机数据</translation>
    </message>
    <message>
        <source>Nothing waiting</source>
        <translation>没有待发送的申请</translation>
    </message>
    <message>
        <source>Waiting to send: %1</source>
        <translation>待发送：%1</translation>
    </message>
    <message>
        <source>Could not be sent: %1</source>
        <translation>发送失败：%1</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1 分钟前</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>%1 小时前</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>%1 天前</translation>
    </message>
    <message>
        <source>%1 GB free</source>
        <translation>剩余 %1 GB</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>正常服务中</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <source>Code scanner</source>
        <translation>扫码器</translation>
    </message>
    <message>
        <source>Portal link</source>
        <translation>门户连接</translation>
    </message>
    <message>
        <source>Applications to send</source>
        <translation>待发送的申请</translation>
    </message>
    <message>
        <source>Last application accepted</source>
        <translation>最近受理的申请</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>暂停服务</translation>
    </message>
    <message>
        <source>Disk space</source>
        <translation>磁盘空间</translation>
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
        <translation>需检查</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
</context>
<context>
    <name>DisplayBoard</name>
    <message>
        <source>Now calling</source>
        <translation>正在叫号</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>No number is being called yet.</source>
        <translation>尚未开始叫号。</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>%1号窗口</translation>
    </message>
    <message>
        <source>Called before</source>
        <translation>已叫号码</translation>
    </message>
    <message>
        <source>When your number is called, please go to the counter shown. Keep your ticket ready.</source>
        <translation>叫到您的号码时，请前往所显示的窗口，并准备好您的号票。</translation>
    </message>
</context>
<context>
    <name>FeeStep</name>
    <message>
        <source>The result is usually ready %1 working days after the application is received.</source>
        <translation>通常在申请受理后 %1 个工作日内出结果。</translation>
    </message>
    <message>
        <source>Fee according to the procedures catalogue of %1.</source>
        <translation>费用依据 %1 的办事程序目录。</translation>
    </message>
    <message>
        <source>When you touch &quot;Submit the application&quot;, it is sent to the immigration office and you can pay the fee by bank QR code. Your answers can no longer be changed after that.</source>
        <translation>点击“提交申请”后，申请将发送至出入境管理机关，您可以通过银行二维码缴纳费用。此后将无法再修改已填写的信息。</translation>
    </message>
    <message>
        <source>Reduced fee until %1 (%2). The normal fee is %3.</source>
        <translation>减免后的费用，有效期至%1（%2）。正常费用为%3。</translation>
    </message>
    <message>
        <source>Reduced fee (%1). The normal fee is %2.</source>
        <translation>减免后的费用（%1）。正常费用为%2。</translation>
    </message>
</context>
<context>
    <name>FeedbackScreen</name>
    <message>
        <source>Very dissatisfied</source>
        <translation>非常不满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <source>How was your visit today?</source>
        <translation>您对今天的办理满意吗？</translation>
    </message>
    <message>
        <source>Thank you! Anything we could do better?</source>
        <translation>谢谢！我们还有哪些可以改进的地方？</translation>
    </message>
    <message>
        <source>One touch on a face is enough. Your answer is anonymous and helps the centre serve you better.</source>
        <translation>只需轻触一个表情。您的回答是匿名的，将帮助中心更好地为您服务。</translation>
    </message>
    <message>
        <source>You may write a suggestion, or touch Done.</source>
        <translation>您可以写下建议，或轻触“完成”。</translation>
    </message>
    <message>
        <source>Please do not write your name, ID card number, phone number or address. Numbers like these are removed.</source>
        <translation>请勿填写姓名、身份证号、电话号码或地址。此类号码将被删除。</translation>
    </message>
    <message>
        <source>Your suggestion (optional)</source>
        <translation>您的建议（可选）</translation>
    </message>
    <message>
        <source>This screen closes by itself after %1 seconds without a touch.</source>
        <translation>如 %1 秒内无操作，此页面将自动关闭。</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
</context>
<context>
    <name>FieldError</name>
    <message>
        <source>Please fill in this field.</source>
        <translation>请填写此项。</translation>
    </message>
    <message>
        <source>Please pick one of the options.</source>
        <translation>请从选项中选择一项。</translation>
    </message>
    <message>
        <source>This field is not on the form.</source>
        <translation>申请表上没有此项。</translation>
    </message>
    <message>
        <source>This answer must be text.</source>
        <translation>此项必须填写文字。</translation>
    </message>
    <message>
        <source>Too long; please shorten it.</source>
        <translation>内容过长，请缩短。</translation>
    </message>
    <message>
        <source>Names may contain only Vietnamese letters, spaces, hyphens and apostrophes.</source>
        <translation>姓名只能包含越南语字母、空格、连字符和撇号。</translation>
    </message>
    <message>
        <source>Write the date as year-month-day, e.g. 1990-01-31.</source>
        <translation>请按 年-月-日 格式填写日期，例如 1990-01-31。</translation>
    </message>
    <message>
        <source>This day does not exist.</source>
        <translation>日历上没有这一天。</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The date is too far in the past; check the year.</source>
        <translation>日期过早，请检查年份。</translation>
    </message>
    <message>
        <source>This date must be after the date of birth.</source>
        <translation>此日期必须晚于出生日期。</translation>
    </message>
    <message>
        <source>ID cards with a personal ID number have been issued since 1 January 2016.</source>
        <translation>带个人识别号码的身份证自 2016 年 1 月 1 日起签发。</translation>
    </message>
    <message>
        <source>The personal ID number has exactly 12 digits.</source>
        <translation>个人识别号码必须正好 12 位数字。</translation>
    </message>
    <message>
        <source>The personal ID number contains digits only.</source>
        <translation>个人识别号码只能包含数字。</translation>
    </message>
    <message>
        <source>The first three digits are not a province code.</source>
        <translation>前三位数字不是省市代码。</translation>
    </message>
    <message>
        <source>The ID number does not match the sex given.</source>
        <translation>识别号码与所填性别不符。</translation>
    </message>
    <message>
        <source>The ID number does not match the year of birth.</source>
        <translation>识别号码与出生年份不符。</translation>
    </message>
    <message>
        <source>The child&apos;s ID number is the same as the representative&apos;s.</source>
        <translation>儿童的识别号码与代理人的相同。</translation>
    </message>
    <message>
        <source>Under 14: a parent or guardian fills in form TK01a.</source>
        <translation>未满 14 岁：由父母或监护人填写 TK01a 表。</translation>
    </message>
    <message>
        <source>Aged 14 or over: fill in form TK01 yourself.</source>
        <translation>年满 14 岁：请本人填写 TK01 表。</translation>
    </message>
    <message>
        <source>The legal representative must be 18 or over.</source>
        <translation>法定代理人必须年满 18 岁。</translation>
    </message>
    <message>
        <source>A mobile number has 10 digits and starts with 0 (or +84).</source>
        <translation>手机号码为 10 位数字，以 0（或 +84）开头。</translation>
    </message>
    <message>
        <source>This is not a Vietnamese mobile prefix.</source>
        <translation>这不是越南手机号码的号段。</translation>
    </message>
    <message>
        <source>This email address is not valid, e.g. name@example.vn.</source>
        <translation>电子邮箱地址无效，例如：name@example.vn。</translation>
    </message>
    <message>
        <source>Unknown province or city.</source>
        <translation>找不到此省或市。</translation>
    </message>
    <message>
        <source>Unknown commune, ward or special zone.</source>
        <translation>找不到此乡、坊或特区。</translation>
    </message>
    <message>
        <source>This commune or ward is not in the chosen province.</source>
        <translation>此乡或坊不属于所选的省或市。</translation>
    </message>
    <message>
        <source>Please pick an ethnicity from the list.</source>
        <translation>请从列表中选择民族。</translation>
    </message>
    <message>
        <source>Please pick a religion from the list (or None).</source>
        <translation>请从列表中选择宗教（或“无”）。</translation>
    </message>
    <message>
        <source>A passport number is one letter and 7 digits, e.g. C1234567.</source>
        <translation>护照号码为 1 个字母加 7 位数字，例如 C1234567。</translation>
    </message>
    <message>
        <source>For a re-issue, give the number and date of issue of the old passport.</source>
        <translation>补发护照：请填写旧护照的号码和签发日期。</translation>
    </message>
    <message>
        <source>You have had a passport: choose a re-issue, not a first passport.</source>
        <translation>您已有过护照：请选择补发，而不是首次申领。</translation>
    </message>
    <message>
        <source>Give the name together with the date of birth.</source>
        <translation>填写出生日期时请同时填写姓名。</translation>
    </message>
    <message>
        <source>A parent&apos;s date of birth must be before the applicant&apos;s.</source>
        <translation>父母的出生日期必须早于申请人的出生日期。</translation>
    </message>
    <message>
        <source>Below the legal age of marriage: no spouse can be declared.</source>
        <translation>未达法定婚龄：不能填写配偶。</translation>
    </message>
    <message>
        <source>The relationship does not match the representative&apos;s sex.</source>
        <translation>与儿童的关系与代理人的性别不符。</translation>
    </message>
    <message>
        <source>This answer is not valid.</source>
        <translation>此项填写无效。</translation>
    </message>
</context>
<context>
    <name>GuideHome</name>
    <message>
        <source>Guide mode — %1</source>
        <translation>引导员模式 — %1</translation>
    </message>
    <message>
        <source>Guide home</source>
        <translation>引导员主页</translation>
    </message>
    <message>
        <source>Leave guide mode</source>
        <translation>退出引导员模式</translation>
    </message>
    <message>
        <source>Start an assisted session</source>
        <translation>开始协助会话</translation>
    </message>
    <message>
        <source>The next citizen&apos;s application records that you helped</source>
        <translation>下一位市民的申请将记录您提供了协助</translation>
    </message>
    <message>
        <source>Counter console</source>
        <translation>窗口控制台</translation>
    </message>
    <message>
        <source>Call queue numbers, mark them served or absent</source>
        <translation>叫号，标记已办理或未到</translation>
    </message>
    <message>
        <source>Reprint a receipt</source>
        <translation>重新打印回执</translation>
    </message>
    <message>
        <source>Today&apos;s tickets and receipts</source>
        <translation>今日的排队票和回执</translation>
    </message>
    <message>
        <source>Device health</source>
        <translation>设备状态</translation>
    </message>
    <message>
        <source>Something needs attention</source>
        <translation>有设备需要处理</translation>
    </message>
    <message>
        <source>Printer, camera, scanner, portal link</source>
        <translation>打印机、摄像头、扫描仪、门户连接</translation>
    </message>
    <message>
        <source>Back in service</source>
        <translation>恢复服务</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>暂停服务</translation>
    </message>
    <message>
        <source>Citizens now see: %1</source>
        <translation>市民现在看到：%1</translation>
    </message>
    <message>
        <source>Stop citizens from starting a session, with a message</source>
        <translation>阻止市民开始会话，并显示提示</translation>
    </message>
    <message>
        <source>Today&apos;s figures</source>
        <translation>今日数据</translation>
    </message>
    <message>
        <source>Sessions, applications, queue numbers, waiting time</source>
        <translation>会话、申请、排队号、等候时间</translation>
    </message>
    <message>
        <source>Close the kiosk application</source>
        <translation>关闭自助终端程序</translation>
    </message>
    <message>
        <source>Technicians only: the citizen&apos;s data is wiped first</source>
        <translation>仅限技术人员：先清除市民数据</translation>
    </message>
</context>
<context>
    <name>GuideLogin</name>
    <message>
        <source>%1: enter your PIN</source>
        <translation>%1：请输入 PIN</translation>
    </message>
    <message>
        <source>Guide mode: who are you?</source>
        <translation>引导员模式：您是哪位？</translation>
    </message>
    <message>
        <source>No guide accounts yet. A technician adds them with “motcua guide add”.</source>
        <translation>尚无引导员账户。技术人员可用“motcua guide add”添加。</translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <translation>正在验证 PIN…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
</context>
<context>
    <name>HelpAlertBanner</name>
    <message>
        <source>%1 needs a guide · since %2 (%3 min)</source>
        <translation>%1 需要引导员 · 自 %2 起（%3 分钟）</translation>
    </message>
    <message>
        <source>I&apos;m coming</source>
        <translation>我马上到</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>What would you like to do today?</source>
        <translation>您今天要办理什么业务？</translation>
    </message>
    <message>
        <source>Touch a service to begin. A police guide is nearby if you need help.</source>
        <translation>请点击一项服务开始办理。如需帮助，附近有引导民警为您服务。</translation>
    </message>
    <message>
        <source>Hotline %1  ·  %2</source>
        <translation>热线 %1  ·  %2</translation>
    </message>
</context>
<context>
    <name>IdCardScan</name>
    <message>
        <source>This QR code is not from an ID card (it is a web link)</source>
        <translation>此二维码不是身份证二维码（这是一个网址链接）</translation>
    </message>
    <message>
        <source>This QR code is not from an ID card (it is a payment code)</source>
        <translation>此二维码不是身份证二维码（这是付款码）</translation>
    </message>
    <message>
        <source>This QR code is not from an ID card (it is an application receipt)</source>
        <translation>此二维码不是身份证二维码（这是申请回执码）</translation>
    </message>
    <message>
        <source>This QR code is not from an ID card</source>
        <translation>此二维码不是身份证二维码</translation>
    </message>
    <message>
        <source>The QR code could not be read, please scan again</source>
        <translation>无法读取二维码，请重新扫描</translation>
    </message>
    <message>
        <source>The QR code was read with wrong characters, please scan again with the camera</source>
        <translation>二维码读取的字符有误，请使用摄像头重新扫描</translation>
    </message>
    <message>
        <source>The personal ID number in the QR code is not valid</source>
        <translation>二维码中的个人身份号码无效</translation>
    </message>
    <message>
        <source>The old ID card number in the QR code is not valid</source>
        <translation>二维码中的旧身份证号码无效</translation>
    </message>
    <message>
        <source>The name in the QR code is not valid</source>
        <translation>二维码中的姓名无效</translation>
    </message>
    <message>
        <source>The address in the QR code is not valid</source>
        <translation>二维码中的地址无效</translation>
    </message>
    <message>
        <source>The sex in the QR code is not valid</source>
        <translation>二维码中的性别无效</translation>
    </message>
    <message>
        <source>The date of birth in the QR code is not valid</source>
        <translation>二维码中的出生日期无效</translation>
    </message>
    <message>
        <source>The date of issue in the QR code is not valid</source>
        <translation>二维码中的签发日期无效</translation>
    </message>
    <message>
        <source>The date of issue in the QR code is before the date of birth, please scan again</source>
        <translation>二维码中的签发日期早于出生日期，请重新扫描</translation>
    </message>
    <message>
        <source>The date of issue in the QR code is after today, please scan again</source>
        <translation>二维码中的签发日期晚于今天，请重新扫描</translation>
    </message>
    <message>
        <source>The ID number does not match the sex in the QR code, please scan again</source>
        <translation>身份号码与二维码中的性别不符，请重新扫描</translation>
    </message>
    <message>
        <source>The ID number does not match the year of birth in the QR code, please scan again</source>
        <translation>身份号码与二维码中的出生年份不符，请重新扫描</translation>
    </message>
    <message>
        <source>This scanner loses Vietnamese accents: please hold the back of the card to the camera</source>
        <translation>此扫描器会丢失越南语声调符号：请将身份证背面对准摄像头</translation>
    </message>
    <message>
        <source>The QR code was not read correctly, please scan the back of the card again</source>
        <translation>二维码读取有误，请重新扫描身份证背面</translation>
    </message>
</context>
<context>
    <name>IdScanStep</name>
    <message>
        <source>Back of the card, QR code facing the camera</source>
        <translation>身份证背面，二维码朝向摄像头</translation>
    </message>
    <message>
        <source>The camera is not available.</source>
        <translation>摄像头当前不可用。</translation>
    </message>
    <message>
        <source>Hold the back of your ID card in the frame</source>
        <translation>请将身份证背面放入框内</translation>
    </message>
    <message>
        <source>Scan the QR code on the back of your ID card with the scanner</source>
        <translation>请用扫描器扫描身份证背面的二维码</translation>
    </message>
    <message>
        <source>Please type your details by hand.</source>
        <translation>请手动输入您的信息。</translation>
    </message>
    <message>
        <source>Your name, ID number, date of birth and permanent address are filled in from the card. You check them before going on.</source>
        <translation>您的姓名、身份号码、出生日期和常住地址将从身份证自动填写。继续之前请您核对。</translation>
    </message>
    <message>
        <source>Card read</source>
        <translation>已读取身份证</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Personal ID number</source>
        <translation>个人身份号码</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Use this information</source>
        <translation>使用此信息</translation>
    </message>
    <message>
        <source>Scan again</source>
        <translation>重新扫描</translation>
    </message>
    <message>
        <source>Type by hand</source>
        <translation>手动输入</translation>
    </message>
</context>
<context>
    <name>IdleDialog</name>
    <message>
        <source>Do you need more time?</source>
        <translation>您需要更多时间吗？</translation>
    </message>
    <message>
        <source>To protect your information, this session will end and everything you entered will be erased.</source>
        <translation>为保护您的信息，本次操作即将结束，您输入的所有内容将被清除。</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Yes, continue</source>
        <translation>是，继续</translation>
    </message>
</context>
<context>
    <name>InputMethodToggle</name>
    <message>
        <source>Typing:</source>
        <translation>输入法：</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Choose your language</source>
        <translation>请选择语言</translation>
    </message>
</context>
<context>
    <name>OutOfServiceEditor</name>
    <message>
        <source>The kiosk is out of service</source>
        <translation>自助终端已暂停服务</translation>
    </message>
    <message>
        <source>Take the kiosk out of service</source>
        <translation>暂停自助终端服务</translation>
    </message>
    <message>
        <source>Since %1 took it out: “%2”</source>
        <translation>由 %1 暂停：“%2”</translation>
    </message>
    <message>
        <source>Bring the kiosk back into service</source>
        <translation>恢复自助终端服务</translation>
    </message>
    <message>
        <source>Message for citizens:</source>
        <translation>给市民的提示：</translation>
    </message>
    <message>
        <source>Or type a message</source>
        <translation>或输入提示</translation>
    </message>
    <message>
        <source>Take out of service</source>
        <translation>暂停服务</translation>
    </message>
</context>
<context>
    <name>OutOfServicePresets</name>
    <message>
        <source>The printer is being refilled. Please come back in a few minutes.</source>
        <translation>正在为打印机补充纸张。请几分钟后再来。</translation>
    </message>
    <message>
        <source>Maintenance in progress. Please use the other kiosk or the counter.</source>
        <translation>正在维护。请使用其他自助终端或前往窗口。</translation>
    </message>
    <message>
        <source>This kiosk is closed for today. Please use the counter.</source>
        <translation>本自助终端今日停止服务。请前往窗口办理。</translation>
    </message>
</context>
<context>
    <name>OutOfServiceScreen</name>
    <message>
        <source>This kiosk is out of service</source>
        <translation>本自助终端暂停服务</translation>
    </message>
    <message>
        <source>A police guide in the hall can help you.</source>
        <translation>大厅里的警务引导员可以帮助您。</translation>
    </message>
</context>
<context>
    <name>PassportField</name>
    <message>
        <source>(optional)</source>
        <translation>（选填）</translation>
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
        <translation>点击选择</translation>
    </message>
    <message>
        <source>From the ID card</source>
        <translation>来自身份证</translation>
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
        <translation>个人信息</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>身份证</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Previous passport</source>
        <translation>上一本护照</translation>
    </message>
    <message>
        <source>Request and delivery</source>
        <translation>申请内容与领取方式</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>声明</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Middle and given names</source>
        <translation>中间名和名字</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Place of birth (province or city)</source>
        <translation>出生地（省或市）</translation>
    </message>
    <message>
        <source>Personal ID number</source>
        <translation>个人识别号码</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>签发日期</translation>
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
        <translation>电话号码</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Permanent address: province or city</source>
        <translation>常住地址：省或市</translation>
    </message>
    <message>
        <source>Permanent address: commune or ward</source>
        <translation>常住地址：乡、坊或特区</translation>
    </message>
    <message>
        <source>Permanent address: house, street, hamlet</source>
        <translation>常住地址：门牌号、街道、村、组</translation>
    </message>
    <message>
        <source>Temporary address: province or city</source>
        <translation>暂住地址：省或市</translation>
    </message>
    <message>
        <source>Temporary address: commune or ward</source>
        <translation>暂住地址：乡、坊或特区</translation>
    </message>
    <message>
        <source>Temporary address: house, street, hamlet</source>
        <translation>暂住地址：门牌号、街道、村、组</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>Employer&apos;s name and address (if any)</source>
        <translation>工作单位名称和地址（如有）</translation>
    </message>
    <message>
        <source>Father: full name</source>
        <translation>父亲：姓名</translation>
    </message>
    <message>
        <source>Father: date of birth</source>
        <translation>父亲：出生日期</translation>
    </message>
    <message>
        <source>Mother: full name</source>
        <translation>母亲：姓名</translation>
    </message>
    <message>
        <source>Mother: date of birth</source>
        <translation>母亲：出生日期</translation>
    </message>
    <message>
        <source>Spouse: full name</source>
        <translation>配偶：姓名</translation>
    </message>
    <message>
        <source>Spouse: date of birth</source>
        <translation>配偶：出生日期</translation>
    </message>
    <message>
        <source>Most recent passport (if any): number</source>
        <translation>最近一本护照（如有）：号码</translation>
    </message>
    <message>
        <source>Most recent passport: date of issue</source>
        <translation>最近一本护照：签发日期</translation>
    </message>
    <message>
        <source>What you request</source>
        <translation>申请内容</translation>
    </message>
    <message>
        <source>Reason and what changed</source>
        <translation>原因及变更内容</translation>
    </message>
    <message>
        <source>Passport with or without a chip</source>
        <translation>是否带电子芯片的护照</translation>
    </message>
    <message>
        <source>How to receive the passport</source>
        <translation>护照领取方式</translation>
    </message>
    <message>
        <source>Delivery address: province or city</source>
        <translation>邮寄地址：省或市</translation>
    </message>
    <message>
        <source>Delivery address: commune or ward</source>
        <translation>邮寄地址：乡、坊或特区</translation>
    </message>
    <message>
        <source>Delivery address: house, street, hamlet</source>
        <translation>邮寄地址：门牌号、街道、村、组</translation>
    </message>
    <message>
        <source>I declare that the information above is true</source>
        <translation>本人保证以上信息真实无误</translation>
    </message>
    <message>
        <source>A. Legal representative: full name</source>
        <translation>A. 法定代理人：姓名</translation>
    </message>
    <message>
        <source>Relationship to the child</source>
        <translation>与儿童的关系</translation>
    </message>
    <message>
        <source>B. The child: surname</source>
        <translation>B. 儿童：姓</translation>
    </message>
    <message>
        <source>Personal ID number (if any)</source>
        <translation>个人识别号码（如有）</translation>
    </message>
    <message>
        <source>Date of issue (if the child has an ID card)</source>
        <translation>签发日期（如儿童有身份证）</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>First passport</source>
        <translation>首次申领护照</translation>
    </message>
    <message>
        <source>Re-issue: expired or expiring</source>
        <translation>补发：护照已过期或即将过期</translation>
    </message>
    <message>
        <source>Re-issue: damaged</source>
        <translation>补发：护照损坏</translation>
    </message>
    <message>
        <source>Re-issue: lost</source>
        <translation>补发：护照遗失</translation>
    </message>
    <message>
        <source>Re-issue: changed personal details</source>
        <translation>补发：个人信息变更</translation>
    </message>
    <message>
        <source>With chip</source>
        <translation>带电子芯片</translation>
    </message>
    <message>
        <source>Without chip</source>
        <translation>不带电子芯片</translation>
    </message>
    <message>
        <source>Collect at the office</source>
        <translation>到机关现场领取</translation>
    </message>
    <message>
        <source>Send by post</source>
        <translation>邮寄</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>父亲</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>母亲</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>已声明</translation>
    </message>
</context>
<context>
    <name>PassportScreen</name>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Confirm and see the fee</source>
        <translation>确认并查看费用</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Confirm and print the declaration</source>
        <translation>确认并打印申请表</translation>
    </message>
    <message>
        <source>Submit the application</source>
        <translation>提交申请</translation>
    </message>
</context>
<context>
    <name>PassportWizard</name>
    <message>
        <source>Check your answers</source>
        <translation>核对您填写的信息</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Please correct the answers marked above before going on.</source>
        <translation>请先修改上方标出的内容再继续。</translation>
    </message>
    <message>
        <source>Some answers need correcting: touch &quot;Edit&quot; next to the section.</source>
        <translation>部分信息需要修改：请点击相应部分旁的“修改”。</translation>
    </message>
    <message>
        <source>Please tick the declaration to go on.</source>
        <translation>请勾选声明后继续。</translation>
    </message>
    <message>
        <source>Scan your ID card</source>
        <translation>扫描身份证</translation>
    </message>
    <message>
        <source>Passport photo</source>
        <translation>护照照片</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>缴费</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>回执</translation>
    </message>
    <message>
        <source>Print the declaration</source>
        <translation>打印申请表</translation>
    </message>
    <message>
        <source>This child is under 14: a parent or guardian fills in form TK01a for the child here, starting with their own details. The kiosk prints the declaration; the child then applies in person at the immigration office with a birth certificate.</source>
        <translation>该儿童未满14周岁：由父母或监护人在此为儿童填写 TK01a 表，先填写本人信息。本机将打印申请表；之后儿童须携带出生证明，本人到出入境管理机关办理申请。</translation>
    </message>
</context>
<context>
    <name>PaymentStep</name>
    <message>
        <source>Sending your application…</source>
        <translation>正在提交您的申请…</translation>
    </message>
    <message>
        <source>It is already saved on this kiosk and will not be lost.</source>
        <translation>申请已保存在本机，不会丢失。</translation>
    </message>
    <message>
        <source>Your application has been received. Please pay the fee: open your banking app and scan this code.</source>
        <translation>您的申请已受理。请缴纳费用：打开您的手机银行应用并扫描此二维码。</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>银行</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation>转账附言</translation>
    </message>
    <message>
        <source>Application number</source>
        <translation>申请编号</translation>
    </message>
    <message>
        <source>This screen moves on by itself when the bank confirms the payment.</source>
        <translation>银行确认付款后，本页面将自动跳转。</translation>
    </message>
    <message>
        <source>I have paid</source>
        <translation>我已付款</translation>
    </message>
    <message>
        <source>Pay later</source>
        <translation>稍后付款</translation>
    </message>
</context>
<context>
    <name>PhotoCapture</name>
    <message>
        <source>Please take your photo first, or call a guide for help.</source>
        <translation>请先拍照，或呼叫引导人员协助。</translation>
    </message>
</context>
<context>
    <name>PhotoGuidance</name>
    <message>
        <source>Please stand inside the frame</source>
        <translation>请站在取景框内</translation>
    </message>
    <message>
        <source>Only one person in the frame</source>
        <translation>框内只能有一人</translation>
    </message>
    <message>
        <source>Move to the centre of the frame</source>
        <translation>请移到框的中央</translation>
    </message>
    <message>
        <source>Step back a little</source>
        <translation>请稍微后退</translation>
    </message>
    <message>
        <source>Come closer</source>
        <translation>请靠近一些</translation>
    </message>
    <message>
        <source>Lower yourself a little</source>
        <translation>请稍微放低身体</translation>
    </message>
    <message>
        <source>Stand up a little straighter</source>
        <translation>请站直一些</translation>
    </message>
    <message>
        <source>Keep your head level</source>
        <translation>请保持头部端正，不要倾斜</translation>
    </message>
    <message>
        <source>Look straight at the camera</source>
        <translation>请直视摄像头</translation>
    </message>
    <message>
        <source>Open your eyes and look at the camera</source>
        <translation>请睁开眼睛看摄像头</translation>
    </message>
    <message>
        <source>Close your mouth, neutral face</source>
        <translation>请闭上嘴，保持自然表情</translation>
    </message>
    <message>
        <source>Please take off your glasses</source>
        <translation>请摘下眼镜</translation>
    </message>
    <message>
        <source>The light is not right; please call a guide</source>
        <translation>光线不合适，请呼叫引导人员</translation>
    </message>
    <message>
        <source>Stand in front of the white background</source>
        <translation>请站在白色背景前</translation>
    </message>
    <message>
        <source>Hold still</source>
        <translation>请保持不动</translation>
    </message>
    <message>
        <source>Hold that pose</source>
        <translation>请保持这个姿势</translation>
    </message>
</context>
<context>
    <name>PhotoStep</name>
    <message>
        <source>Face in the frame</source>
        <translation>面部在框内</translation>
    </message>
    <message>
        <source>Head straight</source>
        <translation>头部端正</translation>
    </message>
    <message>
        <source>Eyes open, mouth closed</source>
        <translation>睁眼、闭嘴</translation>
    </message>
    <message>
        <source>Even light</source>
        <translation>光线均匀</translation>
    </message>
    <message>
        <source>White background</source>
        <translation>白色背景</translation>
    </message>
    <message>
        <source>Sharp picture</source>
        <translation>照片清晰</translation>
    </message>
    <message>
        <source>The camera was disconnected.</source>
        <translation>摄像头已断开连接。</translation>
    </message>
    <message>
        <source>The camera stopped sending pictures.</source>
        <translation>摄像头已停止传输画面。</translation>
    </message>
    <message>
        <source>No camera was found on this kiosk.</source>
        <translation>本机未找到摄像头。</translation>
    </message>
    <message>
        <source>The camera cannot be used right now.</source>
        <translation>摄像头暂时无法使用。</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>正在启动摄像头…</translation>
    </message>
    <message>
        <source>Please stand inside the oval</source>
        <translation>请站好，使面部位于椭圆框内</translation>
    </message>
    <message>
        <source>No glasses, no hat; keep your face and both ears visible. The photo is taken by itself when everything is right.</source>
        <translation>请勿佩戴眼镜和帽子，露出完整面部和双耳。各项符合要求时将自动拍照。</translation>
    </message>
    <message>
        <source>This photo is attached to your application.</source>
        <translation>此照片已附加到您的申请中。</translation>
    </message>
    <message>
        <source>Is this photo good? Check that your eyes are open and your face is clear.</source>
        <translation>照片是否合格？请确认眼睛睁开、面部清晰。</translation>
    </message>
    <message>
        <source>Use this photo</source>
        <translation>使用此照片</translation>
    </message>
    <message>
        <source>Retake (%1 left)</source>
        <translation>重拍（还剩 %1 次）</translation>
    </message>
    <message>
        <source>Your answers are kept. A guide can help you take the photo.</source>
        <translation>您已填写的信息会被保留。引导人员可以协助您拍照。</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>A guide is coming</source>
        <translation>引导人员正在赶来</translation>
    </message>
    <message>
        <source>Call a guide</source>
        <translation>呼叫引导人员</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Erase</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
</context>
<context>
    <name>PlacePicker</name>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Type part of the name, accents not needed</source>
        <translation>输入名称的一部分，无需输入声调符号</translation>
    </message>
    <message>
        <source>Please choose the province or city first.</source>
        <translation>请先选择省或直辖市。</translation>
    </message>
    <message>
        <source>Nothing found. Try fewer letters.</source>
        <translation>未找到结果。请尝试少输入几个字母。</translation>
    </message>
</context>
<context>
    <name>ProcedureGuide</name>
    <message>
        <source>See the note</source>
        <translation>见备注</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>免费</translation>
    </message>
    <message>
        <source>%1 (reduced from %2)</source>
        <translation>%1（原价 %2）</translation>
    </message>
    <message>
        <source>Immediately, online</source>
        <translation>在线即时办理</translation>
    </message>
    <message numerus="yes">
        <source>about %n month(s)</source>
        <translation>
            <numerusform>约 %n 个月</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>Fully online</source>
        <translation>全程在线办理</translation>
    </message>
    <message>
        <source>Partly online</source>
        <translation>部分在线办理</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>现场办理</translation>
    </message>
    <message>
        <source>Collect at the office</source>
        <translation>到办理机关领取</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>邮寄</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Fees from the public service portal, %1.</source>
        <translation>费用来自公共服务门户网站，%1。</translation>
    </message>
    <message>
        <source>Fees as published on %1. Officers confirm the amount at the counter.</source>
        <translation>费用以 %1 公布的为准。具体金额由工作人员在窗口确认。</translation>
    </message>
</context>
<context>
    <name>ProceduresScreen</name>
    <message>
        <source>Procedures and fees</source>
        <translation>办事程序与费用</translation>
    </message>
    <message>
        <source>Search, e.g. &quot;ho chieu&quot;</source>
        <translation>搜索，例如 &quot;ho chieu&quot;</translation>
    </message>
    <message>
        <source>No procedure matches these words.</source>
        <translation>没有与此关键词匹配的办事程序。</translation>
    </message>
    <message>
        <source>Touch a procedure to see what to bring and what it costs.</source>
        <translation>点击一项办事程序，查看需携带的材料和费用。</translation>
    </message>
    <message>
        <source>Who it is for</source>
        <translation>适用对象</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Result ready in</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>How you get the result</source>
        <translation>领取方式</translation>
    </message>
    <message>
        <source>Can it be done online?</source>
        <translation>能否在线办理？</translation>
    </message>
    <message>
        <source>Papers to bring</source>
        <translation>需携带的材料</translation>
    </message>
    <message>
        <source>Back to services</source>
        <translation>返回服务列表</translation>
    </message>
</context>
<context>
    <name>ProgressSteps</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
</context>
<context>
    <name>QueueDesk</name>
    <message>
        <source>No priority</source>
        <translation>无优先</translation>
    </message>
    <message>
        <source>Aged 60 or over</source>
        <translation>60岁及以上老人</translation>
    </message>
    <message>
        <source>Person with a disability</source>
        <translation>残障人士</translation>
    </message>
    <message>
        <source>Pregnant</source>
        <translation>孕妇</translation>
    </message>
    <message>
        <source>With a child under 3</source>
        <translation>携带3岁以下儿童者</translation>
    </message>
    <message>
        <source>Person with meritorious services</source>
        <translation>有功人员</translation>
    </message>
    <message>
        <source>This service is closed now. Please come back during opening hours.</source>
        <translation>此项服务现已关闭。请在办公时间内再来。</translation>
    </message>
    <message>
        <source>All of today&apos;s numbers for this service are taken. Please come back tomorrow.</source>
        <translation>此项服务今日号码已发放完毕。请明天再来。</translation>
    </message>
    <message>
        <source>A number cannot be given right now. Please ask a guide.</source>
        <translation>目前无法取号。请咨询引导人员。</translation>
    </message>
    <message>
        <source>The ticket could not be printed.</source>
        <translation>号票无法打印。</translation>
    </message>
</context>
<context>
    <name>QueueTicketPaper</name>
    <message>
        <source>QUEUE NUMBER</source>
        <translation>排队号码</translation>
    </message>
    <message>
        <source>People waiting before you: %1</source>
        <translation>您前面等候的人数：%1</translation>
    </message>
    <message>
        <source>Expected wait: about %1 minutes</source>
        <translation>预计等候时间：约 %1 分钟</translation>
    </message>
    <message>
        <source>Please take a seat and watch the screen and listen for your number. When called, go to the counter shown on the screen.</source>
        <translation>请就座等候，留意屏幕和广播叫号。叫到您的号码时，请前往屏幕上显示的窗口。</translation>
    </message>
    <message>
        <source>Scan the code to follow your turn on your phone</source>
        <translation>扫描二维码，用手机查看排队进度</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>APPLICATION RECEIPT</source>
        <translation>申请材料受理回执</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考编号</translation>
    </message>
    <message>
        <source>(The application is waiting to be sent to the public service portal; the receipt number will follow. Look it up with this reference.)</source>
        <translation>（申请正在等待发送至公共服务门户网站；回执编号将随后发送。请用此参考编号查询。）</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>回执编号</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>手续</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>提交日期</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>已缴纳</translation>
    </message>
    <message>
        <source>not paid</source>
        <translation>未缴纳</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Result ready on</source>
        <translation>领取结果日期</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>领取结果方式</translation>
    </message>
    <message>
        <source>by post, to the address given</source>
        <translation>邮寄至登记的地址</translation>
    </message>
    <message>
        <source>in person where you applied; bring this paper</source>
        <translation>在提交申请处当面领取，请携带本回执</translation>
    </message>
    <message>
        <source>Scan the code to follow your application</source>
        <translation>扫描二维码查询申请进度</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>热线</translation>
    </message>
</context>
<context>
    <name>ReceiptStep</name>
    <message>
        <source>Your application is saved on this kiosk</source>
        <translation>您的申请已保存在本机</translation>
    </message>
    <message>
        <source>Your application has been received</source>
        <translation>您的申请已受理</translation>
    </message>
    <message>
        <source>The portal cannot be reached right now. The application will be sent automatically; you will receive an SMS with the application number and how to pay the fee.</source>
        <translation>目前无法连接公共服务门户网站。申请将自动发送；您将收到一条短信，内含申请编号和缴费方式。</translation>
    </message>
    <message>
        <source>Kiosk reference</source>
        <translation>本机参考编号</translation>
    </message>
    <message>
        <source>Application number</source>
        <translation>申请编号</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>已缴纳</translation>
    </message>
    <message>
        <source>not paid yet</source>
        <translation>尚未缴纳</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>预计出结果日期</translation>
    </message>
    <message>
        <source>You can pay the fee later with the link in the SMS or on the public service portal.</source>
        <translation>您可以稍后通过短信中的链接或在公共服务门户网站上缴纳费用。</translation>
    </message>
    <message>
        <source>Printing your receipt…</source>
        <translation>正在打印回执…</translation>
    </message>
    <message>
        <source>Please take your printed receipt.</source>
        <translation>请取走打印好的回执。</translation>
    </message>
    <message>
        <source>This kiosk has no printer: please note the number above.</source>
        <translation>本机未配备打印机：请记下上方的编号。</translation>
    </message>
    <message>
        <source>Scan this code at any kiosk to follow your application.</source>
        <translation>在任意自助终端扫描此码即可查询申请进度。</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>重新打印</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>ReprintView</name>
    <message>
        <source>Reprint a ticket or receipt</source>
        <translation>重新打印排队票或回执</translation>
    </message>
    <message>
        <source>Printed again.</source>
        <translation>已重新打印。</translation>
    </message>
    <message>
        <source>Not printed (%1). See device health.</source>
        <translation>未能打印（%1）。请查看设备状态。</translation>
    </message>
    <message>
        <source>Nothing printed today.</source>
        <translation>今日尚未打印任何内容。</translation>
    </message>
    <message>
        <source>This kiosk has no printer.</source>
        <translation>本自助终端没有打印机。</translation>
    </message>
    <message>
        <source>Queue ticket</source>
        <translation>排队票</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>回执</translation>
    </message>
    <message>
        <source>(not printed)</source>
        <translation>（未打印）</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>重新打印</translation>
    </message>
</context>
<context>
    <name>ReviewStep</name>
    <message>
        <source>Edit</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>I declare that the information above is true.</source>
        <translation>本人郑重声明以上信息真实无误。</translation>
    </message>
</context>
<context>
    <name>ServiceCatalog</name>
    <message>
        <source>About this support point</source>
        <translation>本服务点信息</translation>
    </message>
    <message>
        <source>Address, opening hours and hotline</source>
        <translation>地址、办公时间和热线</translation>
    </message>
    <message>
        <source>Check an application</source>
        <translation>查询申请</translation>
    </message>
    <message>
        <source>See where your application is, with the number on your receipt</source>
        <translation>凭回执上的编号查询申请进度</translation>
    </message>
    <message>
        <source>Apply for a passport</source>
        <translation>申请护照</translation>
    </message>
    <message>
        <source>Fill in the passport declaration (form TK01) step by step</source>
        <translation>逐步填写护照申请表（TK01 表）</translation>
    </message>
    <message>
        <source>Take a queue number</source>
        <translation>取号</translation>
    </message>
    <message>
        <source>Get a number for the counter and see how long the wait is</source>
        <translation>领取窗口号码并查看需等候多长时间</translation>
    </message>
    <message>
        <source>Procedures and fees</source>
        <translation>办事程序与费用</translation>
    </message>
    <message>
        <source>What to bring, what it costs and when the result is ready</source>
        <translation>需携带的材料、费用及出结果时间</translation>
    </message>
</context>
<context>
    <name>SiteInfoScreen</name>
    <message>
        <source>About this support point</source>
        <translation>本服务点信息</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>办公时间</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>热线</translation>
    </message>
    <message>
        <source>Back to services</source>
        <translation>返回服务列表</translation>
    </message>
</context>
<context>
    <name>StatusLookup</name>
    <message>
        <source>Application received</source>
        <translation>申请已受理</translation>
    </message>
    <message>
        <source>Being processed</source>
        <translation>正在处理</translation>
    </message>
    <message>
        <source>More information needed</source>
        <translation>需要补充材料</translation>
    </message>
    <message>
        <source>Ready for pickup</source>
        <translation>已可领取</translation>
    </message>
    <message>
        <source>Sent by post</source>
        <translation>已邮寄</translation>
    </message>
    <message>
        <source>Result handed over</source>
        <translation>已交付结果</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>未获批准</translation>
    </message>
    <message>
        <source>Your application has been received and is waiting to be processed. Nothing more is needed from you for now.</source>
        <translation>您的申请已受理，正在等待处理。目前您无需进行任何操作。</translation>
    </message>
    <message>
        <source>The immigration office is processing your application.</source>
        <translation>出入境管理机关正在处理您的申请。</translation>
    </message>
    <message>
        <source>The immigration office is processing your application. The result is expected on %1.</source>
        <translation>出入境管理机关正在处理您的申请。预计 %1 出结果。</translation>
    </message>
    <message>
        <source>The office needs more from you: %1 Please ask a police guide, or add it on the public-service portal.</source>
        <translation>办理机关需要您补充材料：%1 请咨询引导民警，或在公共服务门户网站上补充。</translation>
    </message>
    <message>
        <source>Your passport is ready. Bring your ID card and this receipt to the office where you applied.</source>
        <translation>您的护照已办好。请携带身份证和本回执到您提交申请的机关领取。</translation>
    </message>
    <message>
        <source>Your passport has been sent by post to the address you gave. The postman will call before delivering.</source>
        <translation>您的护照已邮寄至您填写的地址。投递员在送达前会先致电联系您。</translation>
    </message>
    <message>
        <source>Your application is complete and the result has been handed over.</source>
        <translation>您的申请已办结，结果已交付。</translation>
    </message>
    <message>
        <source>Reason: %1 A police guide can help you apply again.</source>
        <translation>原因：%1 引导民警可以帮助您重新申请。</translation>
    </message>
    <message>
        <source>This is not a receipt number. It has capital letters, digits and dashes, for example HN-261123-000123.</source>
        <translation>这不是回执编号。编号由大写字母、数字和连字符组成，例如 HN-261123-000123。</translation>
    </message>
    <message>
        <source>No application has this number. Please check the number on your receipt.</source>
        <translation>未找到此编号的申请。请核对回执上的编号。</translation>
    </message>
    <message>
        <source>This application is saved on the kiosk and will be sent to the portal automatically as soon as the connection returns. Please check again later.</source>
        <translation>此申请已保存在本机，网络恢复后将自动发送至公共服务门户网站。请稍后再查询。</translation>
    </message>
    <message>
        <source>The public-service portal could not be verified. Please tell a police guide.</source>
        <translation>无法验证公共服务门户网站。请告知引导民警。</translation>
    </message>
    <message>
        <source>Status lookup is not available on this kiosk. Please ask a police guide.</source>
        <translation>本机不支持申请查询。请咨询引导民警。</translation>
    </message>
    <message>
        <source>The public-service portal cannot be reached right now. Please try again in a few minutes.</source>
        <translation>目前无法连接公共服务门户网站。请几分钟后再试。</translation>
    </message>
</context>
<context>
    <name>StatusLookupScreen</name>
    <message>
        <source>Check an application</source>
        <translation>查询申请</translation>
    </message>
    <message>
        <source>Type the number printed on your receipt, or hold the receipt&apos;s QR code under the scanner.</source>
        <translation>请输入回执上印的编号，或将回执上的二维码放到扫描器下方。</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>申请 %1</translation>
    </message>
    <message>
        <source>Expected return date: %1</source>
        <translation>预计出结果日期：%1</translation>
    </message>
</context>
<context>
    <name>TakeNumberScreen</name>
    <message>
        <source>Take a queue number</source>
        <translation>取号</translation>
    </message>
    <message>
        <source>Priority (the law gives it to these people; a guide may check):</source>
        <translation>优先（依法享有优先权的人员；工作人员可能会核实）：</translation>
    </message>
    <message>
        <source>Choose the service:</source>
        <translation>请选择服务：</translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation>等候：%1</translation>
    </message>
    <message>
        <source>closed now</source>
        <translation>现已关闭</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>您的号码</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>优先：%1</translation>
    </message>
    <message>
        <source>People ahead of you: %1</source>
        <translation>您前面还有：%1 人</translation>
    </message>
    <message>
        <source>about %1 min</source>
        <translation>约 %1 分钟</translation>
    </message>
    <message>
        <source>Taken at %1. Watch the screen: your number and counter will be called.</source>
        <translation>取号时间 %1。请留意屏幕：将呼叫您的号码和窗口。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>结束</translation>
    </message>
</context>
</TS>
