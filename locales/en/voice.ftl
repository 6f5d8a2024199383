# Voice replies: a resident who chose to hear the desk gets a voice note with each message (src/bot/features/voice/).
menu-voice-listen = 🔊 Listen to messages
menu-voice-stop = 🔇 Stop voice messages
voice-first-contact = 🔊 I prefer voice messages
voice-on = 🔊 Voice messages are on: every message from the desk will also come as a voice message. To stop them, open the menu.
voice-off = 🔇 Voice messages are off. You can turn them on again from the menu.
voice-synthetic = 🔊 Synthetic voice
voice-recorded = 🔊 Voice recorded by the desk
voice-listen = 🔊 Listen
voice-unavailable = I cannot read this message aloud right now. Please try again later.
voice-too-old = This message is too old to be read aloud.
privacy-voice = 🔊 If you choose voice messages, the desk turns its messages into speech on its own computer (a synthetic voice, no outside service); some sentences are recorded by the project's cultural mediators.
# On WhatsApp, whose list holds ten rows, the language and privacy (and the desk's choice) share one menu row.
menu-settings = ⚙️ Settings
menu-settings-title = ⚙️ Settings: what would you like to change?
# The same choice as a WhatsApp reply button beside "I agree" at first contact (20 characters at most).
voice-first-contact-short = 🔊 Voice messages
