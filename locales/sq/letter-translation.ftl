# The letter's whole text, machine-translated (issue 33), and a fact a staff member corrected.
letter-translation-title = { $parts ->
    [1] 🌐 Teksti i letrës, i përkthyer automatikisht:
   *[other] 🌐 Teksti i letrës, i përkthyer automatikisht (pjesa { $part } nga { $parts }):
}
letter-translation-note = ⚠️ Ky është një përkthim automatik: mund të ketë gabime. Vlen letra origjinale në italisht. Një punonjës do të kontrollojë me ju gjërat e rëndësishme.
letter-translation-failed = 🌐 Këtë herë nuk arrita ta përkthej gjithë tekstin e letrës. Gjërat më të rëndësishme janë në mesazhin më sipër; një punonjës do t'jua shpjegojë pjesën tjetër.
letter-fact-corrected = (e korrigjuar nga një punonjës)
mydata-letter-translation = Përkthimi automatik i letrës
