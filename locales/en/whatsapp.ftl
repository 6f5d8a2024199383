# WhatsApp: the channel's words (list, choices, number), the notice about Meta, what /forget cannot erase.

wa-list-button = Choose
wa-choose = Choose an option:
wa-type-number = Type the number of your choice.
wa-use-this-number = 📞 Use this number
wa-choice-expired = This choice is no longer valid: please use the latest message.
# The closing line of every template (Meta refuses a body that ends with a placeholder).
wa-template-tail = Reply here to write to the desk.
wa-privacy-note = 📱 On WhatsApp, messages pass through Meta Platforms Ireland, which handles them for the desk (WhatsApp Business Platform). { $eu ->
    [yes] Meta keeps them in the European Union (in Germany), only to deliver them, for 30 days at most.
   *[no] Meta keeps them only to deliver them, for 30 days at most, also on servers outside the European Union.
}
wa-forget-limits = 📱 On WhatsApp we cannot delete the messages on your phone, nor the copies Meta keeps to deliver them (30 days at most). To remove them from your phone, delete the chat in WhatsApp.
wa-link-code = 🔗 To link this chat to your chat on { $other }, type this code in the other chat within 10 minutes: { $code }
wa-link-done = 🔗 Done: the desk now knows both chats are yours. Answers come to the chat you write from.
wa-link-wrong = This code is not valid or has expired. Ask for a new one with “link”.
wa-link-same-chat = Type this code in the other chat, not in this one.
wa-link-already = 🔗 This chat is already linked to your chat on { $other }.
wa-link-too-many = Too many wrong codes. Please try again in an hour.
mydata-chats = Your chats with the desk: { $chats }
mydata-chat-telegram = Telegram (id { $id })
mydata-chat-whatsapp = WhatsApp ({ $id })
# Words typed on WhatsApp (no slash menu there) for the commands, separated by commas.
wa-words-start = start
wa-words-menu = menu
wa-words-language = language
wa-words-privacy = privacy, privacy notice
wa-words-mydata = my data, mydata
wa-words-forget = forget, delete my data
wa-words-cancel = cancel
wa-words-help = help
wa-words-link = link
