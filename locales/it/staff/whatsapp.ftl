# WhatsApp, lato staff: il segno del canale, i messaggi non consegnati, la finestra di 24 ore.
wa-channel = 📱 WhatsApp
wa-board-failed = 📱 WhatsApp non ha consegnato un messaggio a questa persona (errore { $code }): { $reason }
# What Meta's failure codes mean for staff (channels/whatsapp/errors.ts, EXPLAINED_FAILURES).
wa-failed-130472 = Meta ha trattenuto il messaggio per un suo esperimento sul numero della persona; non dipende dallo sportello.
wa-failed-131000 = errore generico di WhatsApp; riprovare più tardi.
wa-failed-131026 = il numero non può ricevere questo messaggio (non è su WhatsApp, ha una versione vecchia dell'app o ha bloccato lo sportello).
wa-failed-131047 = sono passate più di 24 ore dal suo ultimo messaggio: si può scrivere solo con un modello approvato, finché non scrive di nuovo.
wa-failed-131048 = WhatsApp ha limitato il numero dello sportello per troppe segnalazioni o blocchi; controllare la qualità in WhatsApp Manager.
wa-failed-131049 = Meta non ha consegnato il messaggio per limitare i messaggi che la persona riceve dalle aziende; riprovare più tardi.
wa-failed-131050 = la persona ha scelto di non ricevere messaggi promozionali da questo numero.
wa-failed-131051 = WhatsApp non accetta questo tipo di messaggio.
wa-failed-131052 = il file inviato dalla persona non si è potuto scaricare; chiederle di rimandarlo.
wa-failed-131053 = il file dello staff non si è potuto caricare su WhatsApp (formato o dimensione); provare con un altro formato.
wa-failed-131056 = troppi messaggi alla stessa persona in poco tempo; il messaggio va rimandato tra qualche secondo.
wa-failed-132000 = il modello approvato non corrisponde ai dati inviati (numero di parametri).
wa-failed-132001 = il modello non esiste o non è approvato in questa lingua.
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
