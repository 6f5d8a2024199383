# Home visits: the proposal and the choice, reminders, "not at home", the calendar file.

# Who comes, when staff name a role; otherwise a name from the desk.
visit-who-nurse = l'infermiere di quartiere
visit-who-carer = la badante
visit-who-operator = un operatore dello sportello
visit-who-name = { $name } dello sportello N.O.I.
# A time window in a message: the day, then the hours.
visit-when = { $date }, dalle { $from } alle { $to }
visit-proposal =
    🏠 Visita a casa per la Sua richiesta numero { $number }
    Chi viene: { $who }.
    Quando è a casa? Scelga un orario:
visit-none = ❌ Nessuno di questi orari
visit-unavailable = Mi scusi, questo orario non è più libero. Ne scelga un altro:
visit-unavailable-all = Mi scusi, questi orari non sono più liberi. Ci dica quando è a casa: scriva un messaggio o mandi un vocale.
visit-expired = Questa proposta non vale più. Se ha bisogno, scriva qui.
visit-confirmed =
    ✅ Visita a casa confermata: { $when }.
    Chi viene: { $who }.
    Glielo ricordiamo il giorno prima e un'ora prima.
visit-calendar = 📅 Lo salvo nel calendario
visit-calendar-caption = Apra questo file per salvare la visita nel calendario del telefono.
visit-calendar-updated = L'orario è cambiato: apra questo file per aggiornare il calendario del telefono.
# The name of the calendar file (without .ics).
visit-calendar-file = visita-a-casa
visit-tell-when = Va bene. Ci dica quando è a casa: scriva un messaggio o mandi un vocale.
visit-reminder-day =
    ⏰ Promemoria: domani c'è la visita a casa, { $when }.
    Chi viene: { $who }.
visit-reminder-hour =
    ⏰ Oggi alle { $time } c'è la visita a casa.
    Chi viene: { $who }.
visit-ok = 👍 Va bene
visit-cant = ✖️ Non posso
visit-ok-thanks = Grazie! A presto.
visit-cant-told = Va bene, lo abbiamo detto allo sportello. Ci dica quando è a casa: scriva un messaggio o mandi un vocale.
visit-not-home =
    🚪 Siamo venuti per la visita a casa ({ $when }), ma non c'era nessuno.
    Vuole un nuovo appuntamento?
visit-again-yes = 📅 Sì, un altro giorno
visit-again-no = No, grazie
visit-again-yes-told = Va bene: lo sportello Le proporrà presto un nuovo orario. Può anche scrivere qui quando è a casa.
visit-again-no-told = Va bene. Se ha bisogno, scriva qui.
visit-moved = La visita a casa prevista per { $when } è spostata. Lo sportello Le proporrà presto un nuovo orario.
# The calendar event, in the resident's calendar.
visit-ics-title = Visita a casa – sportello N.O.I.
visit-ics-description = Chi viene: { $who } (richiesta numero { $number }). Sportello N.O.I., { $address }.
# In the copy of their data (/mydata): each home visit with a time agreed, and what came of it.
mydata-visit = Visita a casa: { $when }, { $status ->
        [confirmed] confermata
        [done] fatta
        [not-home] non era in casa
        [declined] ha detto che non poteva
        [rescheduled] spostata
       *[cancelled] annullata
    }
