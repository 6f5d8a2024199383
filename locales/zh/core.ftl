# 首次联系、菜单、语言、帮助。句子要短，用词要简单：读者可能上学不多。

language-prompt = 请选择您的语言。
language-set = 好的，从现在起我用中文和您交流。

privacy-notice =
    <b>开始之前</b>
    这是 N.O.I. 住房服务处（{ $address }）的聊天机器人。
    我们只保存您写给我们的内容，用来帮助您。只有服务处的工作人员会看。
    您可以用 /mydata 查看您的信息，用 /forget 删除。
    了解更多：/privacy
privacy-agree = ✅ 我同意
privacy-needed = 请按上面的“我同意”继续。
privacy-thanks = 谢谢！现在您可以给我们留言了。

menu-title = 我们能怎么帮您？
menu-desk = 🗣 联系服务处
menu-italian = 🇮🇹 意大利语课
menu-tutoring = 📚 课后辅导
menu-activities = 🧶 其他活动
menu-mine = 📋 我的预约和求助
menu-info = ℹ️ 地址和开放时间
menu-language = 🌍 语言
menu-privacy = 🔒 隐私
menu-back = 🏠 菜单

feature-coming = 服务处的这部分功能很快就会开放。在那之前，您可以来 { $address } 找我们。

help-text =
    我是 N.O.I. 住房服务处的机器人。
    /menu – 菜单
    /language – 更换语言
    /cancel – 停止正在做的事
    /privacy – 您的信息
    您也可以写文字、发语音或发照片。

cancel-done = 好的，已经取消了。什么都没有发送。
cancel-nothing = 没有需要取消的内容。
flow-expired = 您有一张表格只填了一半，很长时间没有继续，所以我把它关掉了。什么都没有发送。您随时可以重新开始。

input-sticker = 真可爱！但是我看不懂贴纸。请写文字，或者使用按钮。
input-edited = 您修改了一条消息：修改的内容不会传到服务处。请发一条新消息。
input-unsupported = 我看不懂这种消息。请写文字，或者发语音、发照片。
input-use-buttons = 请使用上面的按钮，或者发送 /cancel 退出。
error-apology = 抱歉，出了点问题。请稍后再试。
slow-down = 您发送的消息太多了。请等一分钟：您已经发的消息我们都收到了。

info-text =
    <b>N.O.I. 住房服务处</b>
    { $place }
    { $hours }
    { $directions }
    我们可以帮您处理住房和 ATC（公共住房）、房租和账单、社会服务和医疗服务、居家照护、孩子上学以及邻里关系等问题。
info-venue-title = N.O.I. 住房服务处

bot-description = N.O.I. 住房服务处（via Gandolfi 20，Alessandria）用您的语言为您服务：向我们求助，报名意大利语课和课后辅导。
bot-short-description = Cristo 区的 N.O.I. 住房服务处，用您的语言为您服务。
cmd-start = 开始
cmd-menu = 菜单
cmd-language = 更换语言
cmd-help = 帮助
cmd-cancel = 取消
cmd-privacy = 您的信息
