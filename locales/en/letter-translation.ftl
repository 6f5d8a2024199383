# The letter's whole text, machine-translated (issue 33), and a fact a staff member corrected.
letter-translation-title = { $parts ->
    [1] 🌐 The text of the letter, translated automatically:
   *[other] 🌐 The text of the letter, translated automatically (part { $part } of { $parts }):
}
letter-translation-note = ⚠️ This is an automatic translation: it may contain mistakes. The original Italian letter is what counts. Someone from the desk will check the important things with you.
letter-translation-failed = 🌐 This time I could not translate the whole text of the letter. The most important things are in the message above; someone from the desk will explain the rest to you.
letter-fact-corrected = (corrected by someone from the desk)
mydata-letter-translation = Automatic translation of the letter
