# WhatsApp：渠道用语（列表、选项、号码）、关于 Meta 的说明、/forget 无法删除的内容。

wa-list-button = 选择
wa-choose = 请选择一项：
wa-type-number = 请输入您选择的编号。
wa-use-this-number = 📞 用这个号码
wa-choice-expired = 这个选项已经失效了，请用最新的一条消息。
# The closing line of every template (Meta refuses a body that ends with a placeholder).
wa-template-tail = 在这里回复，就能给服务处留言。
wa-privacy-note = 📱 在 WhatsApp 上，消息经由 Meta Platforms Ireland 公司传递，这家公司代表服务处处理这些消息。{ $eu ->
    [yes] 这家公司只为送达而把消息保存在欧盟（德国），最多 30 天。
   *[no] 这家公司只为送达而保存消息，最多 30 天，也可能保存在欧盟以外的服务器上。
}
wa-forget-limits = 📱 在 WhatsApp 上，我们无法删除您手机里的消息，也无法删除 Meta 为送达而保存的副本（最多 30 天）。如需从手机中删除，请在 WhatsApp 里删除这个聊天。
wa-link-code = 🔗 要把这个聊天和您在 { $other } 上的聊天关联起来，请在 10 分钟内把这个代码发到另一个聊天里：{ $code }
wa-link-done = 🔗 好了：服务处现在知道这两个聊天都是您的。回复会发到您发消息的那个聊天里。
wa-link-wrong = 这个代码不对或已经过期了。请发送“关联”获取新代码。
wa-link-same-chat = 请在另一个聊天里输入这个代码，不是这里。
wa-link-already = 🔗 这个聊天已经和您在 { $other } 上的聊天关联了。
wa-link-too-many = 错误的代码太多了。请一小时后再试。
mydata-chats = 您和服务处的聊天：{ $chats }
mydata-chat-telegram = Telegram（id { $id }）
mydata-chat-whatsapp = WhatsApp（{ $id }）
# Words typed on WhatsApp (no slash menu there) for the commands, separated by commas.
wa-words-start = 开始
wa-words-menu = 菜单
wa-words-language = 语言
wa-words-privacy = 隐私
wa-words-mydata = 我的信息, 我的数据
wa-words-forget = 删除我的信息, 删除我的数据, 忘记我
wa-words-cancel = 取消
wa-words-help = 帮助
wa-words-link = 关联
