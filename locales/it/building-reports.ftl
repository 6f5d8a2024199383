## Segnalazioni condivise sulle parti comuni dei palazzi (🏢)

menu-building = 🏘 Il quartiere
building-title = 🏘 Il quartiere: notizie dallo sportello e il suo palazzo. Che cosa vuole fare?
menu-report = 🏢 Un problema nel mio palazzo
menu-reported = 🏢 Segnalato nel mio palazzo
report-kind-lift = Ascensore guasto
report-kind-light = Luce spenta sulle scale
report-kind-leak = Perdita d'acqua in cantina
report-kind-rubbish = Rifiuti
report-kind-door = Porta rotta
report-kind-unsafe = Pericolo, insicurezza
report-ask-kind = Che problema c'è nelle parti comuni del suo palazzo?
report-ask-building = In quale palazzo?
report-type-building = Scriva l'indirizzo del suo palazzo (via e numero).
report-building-hint = Scriva la via e il numero del suo palazzo, per esempio: via Gandolfi 20.
report-already = Questo problema è già stato segnalato il { $date }: { $kind }, { $building }.
report-already-passed = Lo sportello lo ha passato a { $to } il { $date }.
report-followers =
    { $count ->
        [one] Lo segue 1 residente.
       *[other] Lo seguono { $count } residenti.
    }
report-follow = 👁 La seguo e aggiungo cosa vedo
report-cancel = ✖️ Annulla
report-ask-piece = Mandi una foto, un messaggio vocale o poche parole su quello che vede. Oppure tocchi «Fatto».
report-done = ✅ Fatto
report-piece-thanks = Ricevuto. Può mandare altro, oppure toccare «Fatto».
report-piece-unusable = Qui servono una foto, un messaggio vocale o poche parole.
report-sent = Grazie. Lo sportello ha la sua segnalazione (numero { $id }). Le diremo ogni passo.
report-joined = Grazie. Ora segue questa segnalazione (numero { $id }). Le diremo ogni passo.
report-cancelled = Non ho mandato niente.
report-to-atc = ATC
report-to-comune = Comune
report-to-police = polizia
report-update-passed = 🏢 { $kind }, { $building }: lo sportello lo ha passato a { $to }.
report-update-fixed = 🏢 { $kind }, { $building }: è stato risolto. Grazie di averlo segnalato!
report-update-closed = 🏢 { $kind }, { $building }: lo sportello ha chiuso questa segnalazione.
reported-title = 🏢 Segnalato nel suo palazzo
reported-none = Ora non c'è niente di segnalato nel suo palazzo.
reported-line = • { $kind }, { $building }: segnalato il { $date }
reported-passed = passato a { $to } il { $date }
mydata-section-reports = Segnalazioni nel palazzo
mydata-report-line = Segue: { $kind }, { $building }
mydata-reports-none = Non segue nessuna segnalazione.
