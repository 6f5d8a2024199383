# Voice replies: a resident who chose to hear the desk gets a voice note with each message (src/bot/features/voice/).
menu-voice-listen = 🔊 Слухати повідомлення
menu-voice-stop = 🔇 Без голосових повідомлень
voice-first-contact = 🔊 Краще голосові повідомлення
voice-on = 🔊 Голосові повідомлення увімкнено: кожне повідомлення від нас надходитиме також як голосове. Щоб їх вимкнути, відкрийте меню.
voice-off = 🔇 Голосові повідомлення вимкнено. Ви можете знову увімкнути їх у меню.
voice-synthetic = 🔊 Синтезований голос
voice-recorded = 🔊 Голос, записаний в офісі
voice-listen = 🔊 Слухати
voice-unavailable = Зараз я не можу прочитати це повідомлення вголос. Будь ласка, спробуйте пізніше.
voice-too-old = Це повідомлення надто старе, щоб прочитати його вголос.
privacy-voice = 🔊 Якщо ви оберете голосові повідомлення, офіс перетворюватиме свої повідомлення на голос на власному комп'ютері (синтезований голос, без зовнішніх сервісів); деякі фрази записують культурні медіатори проєкту.
# On WhatsApp, whose list holds ten rows, the language and privacy (and the desk's choice) share one menu row.
menu-settings = ⚙️ Налаштування
menu-settings-title = ⚙️ Налаштування: що ви бажаєте змінити?
voice-first-contact-short = 🔊 Голосові повідомлення
