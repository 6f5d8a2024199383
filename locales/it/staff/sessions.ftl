# Class sessions for staff: /sessions, /cancelsession, /roster (src/bot/features/sessions.ts).

sessions-title = 🗓 <b>Prossime sessioni</b> (30 giorni): { $count }
sessions-seats = { $taken }/{ $seats } posti
sessions-waiting = { $count } in attesa
sessions-commands = /roster N · /cancelsession N · /newsession

sessions-cancel-usage = Scrivi il numero: /cancelsession 12
sessions-cancel-not-found = Sessione non trovata.
sessions-cancel-cancelled = La sessione è già annullata.
sessions-cancel-started = La sessione è già iniziata: non si può più annullare.
sessions-cancelled = 🚫 Sessione #{ $id } annullata. Avviso in arrivo a { $count } persone, ognuna nella sua lingua.

roster-usage = Scrivi il numero della sessione: /roster 12 (i numeri sono in /sessions)
roster-title = 📋 <b>#{ $id } · { $activity }</b> · { $when }
roster-title-cancelled = 📋 <b>#{ $id } · { $activity }</b> · { $when } · ANNULLATA
roster-seats = Posti: { $taken }/{ $seats }
roster-booked = <b>Prenotati</b>
roster-offered = (offerta in attesa di risposta)
roster-waiting = <b>Lista d'attesa</b>
roster-remove-waiting = 🗑 attesa { $position }
roster-invalid-booking = Prenotazione non più valida.
roster-present = Presente
roster-absent = Assente
roster-remove-ask = Togliere la prenotazione di { $who } dalla sessione #{ $session }? La persona riceve un avviso nella sua lingua e il posto passa al primo in lista d'attesa.
roster-remove-yes = 🗑 Sì, togli la prenotazione
roster-remove-no = No
roster-remove-started = La sessione è già iniziata: la prenotazione resta.
roster-removed = 🗑 Prenotazione tolta dalla sessione #{ $session }. Avviso in arrivo alla persona.

# /newsession, the guided form (src/bot/conversations/new-session.ts).

new-session-activity =
    🗓 <b>Nuova sessione</b> (/cancel per uscire)
    Quale attività?
new-session-date = { $activity }. Che giorno? Scrivi la data, per esempio <code>03/12/2026</code>.
new-session-date-hint = Non capisco la data. Scrivila così: 03/12/2026.
new-session-time = A che ora inizia? Per esempio <code>17:30</code>.
new-session-time-hint = Non capisco l'ora. Scrivila così: 17:30.
new-session-length = Quanto dura? Scegli o scrivi i minuti.
new-session-length-button = { $minutes } min
new-session-length-hint = Scrivi i minuti, da { $min } a { $max }.
new-session-place = Dove? Scegli lo sportello o scrivi il luogo.
new-session-place-desk = Sportello, { $address }
new-session-place-hint = Scrivi il luogo (da { $min } a { $max } caratteri).
new-session-seats = Quanti posti? Scegli o scrivi un numero.
new-session-seats-hint = Scrivi un numero di posti da { $min } a { $max }.
new-session-weeks = Si ripete ogni settimana? Per quante settimane in tutto?
new-session-weeks-once = Solo questa
new-session-weeks-button = { $weeks } settimane
new-session-weeks-hint = Scrivi un numero di settimane da { $min } a { $max }.
new-session-summary =
    <b>Controlla</b>
    Attività: { $activity }
    Primo incontro: { $date } alle { $time }, { $minutes } min
    Luogo: { $place }
    Posti: { $seats }
    Settimane: { $weeks }
new-session-summary-desk = sportello, { $address }
new-session-create = ✅ Crea
new-session-abort = ✖️ Annulla
new-session-cancelled = Creazione annullata. Non ho creato niente.
new-session-use-buttons = Usa i bottoni qui sopra (o /cancel per uscire).
new-session-use-last-buttons = Usa i bottoni dell'ultima domanda.
new-session-refused = Non ho creato niente: { $why ->
    [past] la data è già passata
    [invalid-date] la data non esiste
   *[other] attività sconosciuta
}. Ricomincia con /newsession.
new-session-created = { $count ->
        [one] ✅ Creata 1 sessione di { $activity }:
       *[other] ✅ Create { $count } sessioni di { $activity }:
    }
