# 倾听服务处：居民给服务处写消息。

cat-housing = 🏠 住房和 ATC 维修
cat-rent = 💶 房租、账单和证件材料
cat-social = 🤝 社会服务
cat-health = 🩺 医疗服务
cat-homecare = 🧓 居家照护：护士或护工
cat-school = 🎒 学校和孩子
cat-neighbours = 🏢 邻居和楼内安全
cat-other = ❓ 其他

req-choose-category = 您需要什么帮助？请选择一个主题。
req-describe =
    请告诉我们发生了什么。
    您可以写文字、发语音 🎤 或发照片 📷，也可以发好几条消息。
    说完后，请按“完成”。
req-done = ✅ 完成
req-piece-received = 收到了。您可以继续补充，或者按“完成”。
req-describe-empty = 请先写文字或发语音，然后再按“完成”。
req-description-too-long = 一次求助写不了这么多。请只写最重要的事，其他的可以以后告诉工作人员。
req-visit-question = 您能来 { $address } 的服务处吗？
req-visit-desk = 🚶 能，我去服务处
req-visit-home = 🏠 不能，我需要上门服务
req-address-question = 请写下您的地址（街道、门牌号、单元、楼层），或者发送您的位置。
req-share-location = 📍 发送我的位置
req-address-too-long = 地址太长了。请只写街道、门牌号、单元和楼层。
req-contact-question = 您希望我们怎么联系您？
req-contact-chat = 💬 就在这里聊天
req-contact-phone = 📞 打电话
req-share-phone = 📞 发送我的号码
req-share-phone-own = 请用下面的按钮发送您自己的号码。
req-summary =
    <b>请检查您的求助内容</b>
    主题：{ $category }
    您发了：{ $pieces } 条消息
    见面方式：{ $visit }
    联系方式：{ $contact }
req-summary-visit-desk = 来服务处
req-summary-visit-home = 上门：{ $address }
req-summary-location = 已发送位置
req-summary-contact-chat = 在这里聊天
req-summary-contact-phone = 打电话：{ $phone }
req-send = 📨 发送
req-edit = ✏️ 修改
req-cancel = ✖️ 取消
req-edit-what = 您想修改什么？
req-edit-category = 主题
req-edit-description = 消息
req-edit-visit = 见面方式
req-edit-contact = 联系方式
req-sent =
    好了！您的求助编号是 { $number }。
    工作人员会在这里回复您。您可以继续在这里留言：消息会发到服务处。
req-already-open = 您已经有一个正在处理的求助：{ $number } 号求助。请直接在这里发消息：您的消息会传给工作人员。

relay-delivered = ✔️ 已发送到服务处。
relay-staff-prefix = 💬 N.O.I. 服务处：
request-closed-notice = 您的 { $number } 号求助已经处理完毕。如果还需要别的帮助，请在这里留言。
request-reopened = 我已经重新打开了 { $number } 号求助。您的消息已经发到服务处。

my-requests-title = <b>您的求助</b>
my-requests-none = 您还没有求助记录。
my-request-line = 编号 { $number } · { $category } · { $status } · { $date }
status-open = 等待处理
status-taken = 正在处理
status-closed = 已处理完毕

staff-only = 这个功能只供服务处工作人员使用。

qr-call-back = 我们已经收到您的求助，会在两个工作日内给您打电话。
qr-bring-documents = 请在开放时间来 { $address } 的服务处，带上您的 ATC 租房合同和身份证件。
qr-more-info = 我们还需要多一点信息。您能再说得详细一些吗？也可以发语音。
qr-home-visit = 工作人员会到您家里来。我们会提前告诉您日期和时间。
qr-social-services = 我们已经把您的求助转给了市政府的社会服务部门。他们会联系您。
qr-nurse = 社区护士已经收到您的求助，很快会联系您。
qr-hours = 服务处的开放时间：
    { $hours }
qr-solved = 我们认为问题已经解决了。如果您还需要帮助，请在这里留言。
