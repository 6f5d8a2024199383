# Machine translation and voice-message transcripts (see docs/engines.md).

translation-machine-note = 🌐 Automatic translation. If something is not clear, just ask us.
privacy-engines-local = 🌐 <b>Automatic translation</b>: a program on the desk's own computer translates what you write into Italian and turns your voice messages into text. Your messages do not leave the desk.
privacy-engines-remote = 🌐 <b>Automatic translation</b>: what you write and your voice messages go to { $service }, which translates them into Italian (and translates the desk's answers into your language). We do not send your name or your phone number.
mydata-transcript = Text of the voice message (automatic)
mydata-translation = Automatic translation
