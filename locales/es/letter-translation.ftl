# The letter's whole text, machine-translated (issue 33), and a fact a staff member corrected.
letter-translation-title = { $parts ->
    [1] 🌐 El texto de la carta, traducido automáticamente:
   *[other] 🌐 El texto de la carta, traducido automáticamente (parte { $part } de { $parts }):
}
letter-translation-note = ⚠️ Es una traducción automática: puede tener errores. Lo que cuenta es la carta original en italiano. Una persona de la oficina revisará con usted las cosas importantes.
letter-translation-failed = 🌐 Esta vez no pude traducir todo el texto de la carta. Lo más importante está en el mensaje de arriba; una persona de la oficina le explicará el resto.
letter-fact-corrected = (corregido por una persona de la oficina)
mydata-letter-translation = Traducción automática de la carta
