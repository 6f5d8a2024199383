# The letter's whole text, machine-translated (issue 33), and a fact a staff member corrected.
letter-translation-title = { $parts ->
    [1] 🌐 Le texte de la lettre, traduit automatiquement :
   *[other] 🌐 Le texte de la lettre, traduit automatiquement (partie { $part } sur { $parts }) :
}
letter-translation-note = ⚠️ C'est une traduction automatique : elle peut contenir des erreurs. C'est la lettre originale en italien qui compte. Une personne du guichet vérifiera avec vous les points importants.
letter-translation-failed = 🌐 Cette fois, je n'ai pas pu traduire tout le texte de la lettre. Les points les plus importants sont dans le message ci-dessus ; une personne du guichet vous expliquera le reste.
letter-fact-corrected = (corrigé par une personne du guichet)
mydata-letter-translation = Traduction automatique de la lettre
