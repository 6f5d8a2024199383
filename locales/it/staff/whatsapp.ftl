# WhatsApp, lato staff: il segno del canale, i messaggi non consegnati, la finestra di 24 ore.
wa-channel = 📱 WhatsApp
wa-board-failed = 📱 WhatsApp non ha consegnato un messaggio a questa persona (errore { $code }: { $reason }).
wa-board-window-closed = 📱 Non inviato su WhatsApp ({ $what }): sono passate più di 24 ore dal suo ultimo messaggio e non c'è un modello approvato per questo messaggio. La persona potrà essere raggiunta su WhatsApp quando scriverà di nuovo.
wa-board-linked = 🔗 Questa persona ha unito la chat { $from } a quella { $to } con un codice: è la stessa persona.
wa-what-answer = la risposta dello staff
wa-what-reminder-24h = il promemoria del giorno prima
wa-what-reminder-2h = il promemoria di due ore prima
wa-what-waitlist-offer = l'offerta di un posto liberato
wa-what-satisfaction = la domanda di gradimento
wa-what-visit-reminder-day = il promemoria della visita
wa-what-visit-reminder-hour = il promemoria della visita
wa-what-other = un messaggio dello sportello
