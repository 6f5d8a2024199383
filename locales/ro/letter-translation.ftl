# The letter's whole text, machine-translated (issue 33), and a fact a staff member corrected.
letter-translation-title = { $parts ->
    [1] 🌐 Textul scrisorii, tradus automat:
   *[other] 🌐 Textul scrisorii, tradus automat (partea { $part } din { $parts }):
}
letter-translation-note = ⚠️ Aceasta este o traducere automată: poate conține greșeli. Contează scrisoarea originală în italiană. Cineva de la birou vă va ajuta să verificați lucrurile importante.
letter-translation-failed = 🌐 De data aceasta nu am putut traduce tot textul scrisorii. Lucrurile cele mai importante sunt în mesajul de mai sus; cineva de la birou vă va explica restul.
letter-fact-corrected = (corectat de cineva de la birou)
mydata-letter-translation = Traducerea automată a scrisorii
