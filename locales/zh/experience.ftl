## Issue 30: the loop that closes properly
sat-sorry-reopen = 很抱歉。问题还在吗？我们可以重新打开您的 { $number } 号求助。
sat-reopen-yes = 🔁 是的，请重新打开
sat-reopen-no = 不用了，谢谢
sat-reopened = { $number } 号求助已重新打开。服务处已经知道，会在这里回复您。
closed-anything-else = 关于 { $number } 号求助，您还需要帮助吗？

## Issue 30: one live control at a time
req-pieces-received = 📥 已收到：{ $count }。您可以继续补充（文字、语音、照片），或者按“完成”。

## Issue 30: cancelling says what it does and what was cancelled
my-bookings-cancel-hint = ✖️ 如需取消预约，请点击下面的预约。
booking-cancelled-which = ✖️ 已取消：<b>{ $activity }</b>，{ $when }。谢谢您告诉我们：这个位子会留给别人。

## Issue 30: a first message is greeted, in the language the phone or the words suggest
first-contact-greeting = 👋 您好！这里是 N.O.I. 住房服务处。我们可以用您的语言交流。

## Issue 30: messages sent outside a form are one question, not one each
held-ask-many = 要把您的消息（{ $count } 条）发给服务处吗？

## Issue 30: 第一次求助只需点六下
req-describe-open =
    请告诉我们发生了什么。
    您可以写文字、发语音 🎤 或发照片 📷，也可以发好几条消息。
req-pieces-then-visit =
    📥 已收到：{ $count }。您可以继续补充（文字、语音、照片）。
    说完后请告诉我们：您能来 { $address } 的服务处吗？
req-call-me-instead = 📞 请给我打电话
req-summary-choose = 您想怎么做？

## Issue 30: 问题在下面重新显示
input-answer-below = 请用下面的按钮回答，或者发送 /cancel 退出。
button-stale-step = 这个按钮属于一个您已经回答过的问题：您的回答已经保存。现在的问题是这个。

## Issue 30: a cancel button says "cancel"; the old "✅ Booked" says it was cancelled
booking-cancel-day = ✖️ 取消 { $date }
booking-cancel-day-child = ✖️ 取消 { $date } · { $child }
booking-was-cancelled = ✖️ 这个预约已取消：<b>{ $activity }</b>，{ $when }。

## Issue 30: "ATC" explained where residents choose a topic; consent is not the only answer to the notice
req-choose-category-explained =
    您需要什么帮助？请选择一个主题。
    （ATC 是拥有公共住房并负责维修的公共机构。）
privacy-prefer-person = 🙋 我想和工作人员当面谈
privacy-person-answer = 当然可以。您可以到服务处和工作人员当面谈，不用在这里写。在您按“我同意”之前，我们不会保存您的任何信息；如果您改变主意，按钮就在上面。

## Issue 30: an old button of a finished step says the step is done and what became of what was said
old-button-toast-form = ✔️ 这一步已经完成：您说的内容已经保存。
old-button-toast-request = ✔️ 这一步已经完成：您的求助已经妥善保存。
old-button-request = ✔️ 这一步已经完成：您的 { $number } 号求助已经安全送到服务处。回复会发到这里，就在这个聊天里。

## Issue 30: a phone number may be typed as well as shared with the button
req-phone-or-type = 请按下面的按钮把您的电话号码发给我们，或者直接在这里写下号码。
