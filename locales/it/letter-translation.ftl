# The letter's whole text, machine-translated (issue 33), and a fact a staff member corrected.
letter-translation-title = { $parts ->
    [1] 🌐 Il testo della lettera, tradotto in automatico:
   *[other] 🌐 Il testo della lettera, tradotto in automatico (parte { $part } di { $parts }):
}
letter-translation-note = ⚠️ Questa è una traduzione automatica: può contenere errori. Conta la lettera originale in italiano. Un operatore controllerà con Lei le cose importanti.
letter-translation-failed = 🌐 Questa volta non sono riuscito a tradurre tutto il testo della lettera. Le cose più importanti sono nel messaggio qui sopra; un operatore Le spiegherà il resto.
letter-fact-corrected = (corretto dall'operatore)
mydata-letter-translation = Traduzione automatica della lettera
