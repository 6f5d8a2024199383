# First contact, menu, language, help. Short sentences, plain words: the reader may have had little schooling.

language-prompt = Choose your language.
language-set = All right, from now on I will write to you in English.

privacy-notice =
    <b>Before we start</b>
    This is the chatbot of the N.O.I. housing desk at { $address }.
    We keep only what you write to us, to help you. Only the desk staff read it.
    You can see your data with /mydata and delete it with /forget.
    To find out more: /privacy
privacy-agree = ✅ I agree
privacy-needed = To continue, press “I agree” above.
privacy-thanks = Thank you! Now you can use the desk.

menu-title = How can we help you?
menu-desk = 🗣 Talk to the desk
menu-italian = 🇮🇹 Italian lessons
menu-tutoring = 📚 After-school help
menu-activities = 🧶 Other activities
menu-mine = 📋 My bookings and requests
menu-info = ℹ️ Address and opening hours
menu-language = 🌍 Language
menu-privacy = 🔒 Privacy
menu-back = 🏠 Menu

feature-coming = This part of the desk is coming soon. Meanwhile you can visit us at { $address }.

help-text =
    I am the bot of the N.O.I. housing desk.
    /menu – the menu
    /language – change language
    /cancel – stop what you are doing
    /privacy – your data
    You can also write, send a voice message or a photo.

cancel-done = All right, I cancelled it. Nothing was sent.
cancel-nothing = There is nothing to cancel.
flow-expired = You stopped halfway through and did not answer for a long time, so I closed it. Nothing was sent. You can start again any time.

input-sticker = Nice! But I cannot read stickers. Write a message or use the buttons.
input-edited = You edited a message: the change does not reach the desk. Please write a new message.
input-unsupported = I cannot read this kind of message. Write a text, send a voice message or a photo.
input-use-buttons = Please use the buttons above, or send /cancel to stop.
error-apology = Sorry, something went wrong. Please try again in a moment.
slow-down = You are sending many messages. Please wait a minute: what you already sent has arrived.

info-text =
    <b>N.O.I. housing desk</b>
    { $place }
    { $hours }
    { $directions }
    We help with housing and ATC (social housing), rent and bills, social and health services, care at home, school, and neighbours.
info-venue-title = N.O.I. housing desk

bot-description = The N.O.I. housing desk (via Gandolfi 20, Alessandria) in your language: ask for help, book Italian lessons and after-school help.
bot-short-description = The N.O.I. housing desk of the Cristo district, in your language.
cmd-start = Start
cmd-menu = Menu
cmd-language = Change language
cmd-help = Help
cmd-cancel = Cancel
cmd-privacy = Privacy and data
