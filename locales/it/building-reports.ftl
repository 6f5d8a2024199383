## Segnalazioni condivise sulle parti comuni dei palazzi (🏢)

menu-building = 🏘 Il quartiere
building-title = 🏘 Il quartiere: notizie dallo sportello e il Suo palazzo. Che cosa vuole fare?
menu-report = 🏢 Un problema nel mio palazzo
menu-reported = 🏢 Segnalazioni nel mio palazzo
report-kind-lift = Ascensore guasto
report-kind-light = Luce spenta sulle scale
report-kind-leak = Perdita d'acqua in cantina
report-kind-rubbish = Rifiuti
report-kind-door = Porta rotta
report-kind-unsafe = Situazione pericolosa
report-ask-kind = Che problema c'è nelle parti comuni del Suo palazzo?
report-ask-building = In quale palazzo?
report-type-building = Scriva l'indirizzo del Suo palazzo (via e numero).
report-building-hint = Scriva la via e il numero del Suo palazzo, per esempio: via Gandolfi 20.
report-already = Questo problema è già stato segnalato il { $date }: { $kind }, { $building }.
report-already-passed = Lo sportello lo ha segnalato { $to } il { $date }.
report-followers =
    { $count ->
        [one] Lo segue 1 residente.
       *[other] Lo seguono { $count } residenti.
    }
report-follow = 👁 Lo seguo anch'io
report-cancel = ✖️ Annulla
report-ask-piece = Mandi una foto, un messaggio vocale o poche parole su quello che vede. Poi prema «Fatto».
report-done = ✅ Fatto
report-piece-thanks = Ricevuto. Può mandare altro, oppure premere «Fatto».
report-piece-unusable = Qui servono una foto, un messaggio vocale o poche parole.
report-sent = Grazie. Lo sportello ha ricevuto la Sua segnalazione (numero { $id }). Le scriveremo a ogni novità.
report-joined = Grazie. Ora segue anche Lei questa segnalazione (numero { $id }). Le scriveremo a ogni novità.
report-cancelled = Va bene, non ho mandato niente.
report-to-atc = all'ATC (case popolari)
report-to-comune = al Comune
report-to-police = alla polizia
report-update-passed = 🏢 { $kind }, { $building }: lo sportello lo ha segnalato { $to }.
report-update-fixed = 🏢 { $kind }, { $building }: è stato risolto. Grazie di averlo segnalato!
report-update-closed = 🏢 { $kind }, { $building }: lo sportello ha chiuso questa segnalazione.
reported-title = 🏢 Segnalazioni nel Suo palazzo
reported-none = Ora non ci sono segnalazioni nel Suo palazzo.
reported-line = • { $kind }, { $building }: segnalato il { $date }
reported-passed = segnalato { $to } il { $date }
mydata-section-reports = Segnalazioni nel palazzo
mydata-report-line = Segue: { $kind }, { $building }
mydata-reports-none = Non segue nessuna segnalazione.
