# Corsi, doposcuola, laboratori: prenotazioni, lista d'attesa, promemoria.

act-italian-a0a1 = Italiano per chi inizia (A0/A1)
act-italian-a1 = Italiano A1
act-italian-a2 = Italiano A2
act-italian-b1 = Italiano B1
act-tutoring-primary = Doposcuola – scuola primaria
act-tutoring-middle = Doposcuola – scuola media
act-macrame = Laboratorio di macramè
act-caregiver = Corso per assistere un familiare
act-italian-a0a1-desc = Per chi non parla ancora italiano, o solo poche parole. Si parte da zero.
act-italian-a1-desc = Per chi capisce parole e frasi semplici. Presentarsi, fare la spesa, andare dal medico.
act-italian-a2-desc = Per chi parla già un po'. Lavoro, scuola dei figli, uffici.
act-italian-b1-desc = Per chi parla abbastanza bene e vuole migliorare. Anche per esami e permesso di soggiorno.
act-tutoring-primary-desc = Aiuto con i compiti per bambini della scuola primaria (elementari).
act-tutoring-middle-desc = Aiuto con i compiti e lo studio per ragazzi della scuola media (11–14 anni).
act-macrame-desc = Lavoriamo insieme con corde e nodi. Per tutti, anche senza esperienza. Il materiale c'è.
act-caregiver-desc = Come aiutare una persona anziana o malata a casa: igiene, movimento, farmaci, diritti.

class-p1 = 1ª elementare
class-p2 = 2ª elementare
class-p3 = 3ª elementare
class-p4 = 4ª elementare
class-p5 = 5ª elementare
class-m1 = 1ª media
class-m2 = 2ª media
class-m3 = 3ª media
subject-homework = Compiti
subject-italian = Italiano
subject-maths = Matematica
subject-english = Inglese
subject-science = Scienze

place-desk = Sportello N.O.I., { $address }

book-choose-level = Quale livello? Se ha dubbi, scelga il primo.
book-choose-activity = Quale attività?
book-sessions =
    <b>{ $activity }</b>
    { $description }
    Scelga una data. Se è piena, può mettersi in lista d'attesa.
book-no-sessions = Per ora non ci sono lezioni in calendario. Ne aggiungeremo presto: può chiedere allo sportello.
book-session-free =
    { $when } · { $free ->
        [one] 1 posto
       *[other] { $free } posti
    }
book-session-full = { $when } · piena
book-confirmed =
    ✅ Prenotato!
    { $activity }
    📅 { $when }
    📍 { $place }
    Glielo ricordiamo il giorno prima e due ore prima.
book-confirmed-child =
    ✅ Prenotato per { $child }!
    { $activity }
    📅 { $when }
    📍 { $place }
    Glielo ricordiamo il giorno prima e due ore prima.
book-full = Questa lezione è piena. Vuole mettersi in lista d'attesa? Se si libera un posto, Le scriviamo.
book-join-waitlist = 📝 Mi metto in lista d'attesa
book-waitlisted = È il numero { $position } in lista d'attesa. Se si libera un posto, Le scriviamo.
book-already = Per questa lezione ha già un posto, o è già in lista d'attesa.
book-started = Questa lezione è già iniziata. Ne scelga un'altra.
book-session-cancelled = Questa lezione è stata annullata. Ne scelga un'altra.
book-not-found = Questa lezione non c'è più. Ne scelga un'altra.
book-free-now = Si è liberato un posto: può prenotarlo.

tutoring-child-name = Come si chiama il bambino o la bambina? Scriva solo il nome.
tutoring-child-name-invalid = Scriva solo il nome (al massimo 40 lettere).
tutoring-child-class = In che classe è { $child }?
tutoring-subject = In cosa ha bisogno di aiuto { $child }?
tutoring-another = Vuole prenotare anche per un altro bambino?
tutoring-another-yes = ➕ Un altro bambino
tutoring-another-no = ✔️ No, basta così
tutoring-privacy-note = Dei bambini teniamo solo il nome e la classe.

my-bookings-title = <b>Le Sue prenotazioni</b>
my-bookings-none = Non ha prenotazioni.
my-booking-line = { $activity } · { $when } · { $status }
my-booking-line-child = { $activity } ({ $child }) · { $when } · { $status }
booking-status-booked = prenotato
booking-status-waiting = in lista d'attesa
booking-status-offered = c'è un posto per Lei!
booking-cancelled = Prenotazione annullata. Grazie di avercelo detto: il posto va a qualcun altro.
booking-cancel-failed = Questa prenotazione non si può più annullare.

waitlist-offer =
    🎉 Si è liberato un posto!
    { $activity }
    📅 { $when }
    📍 { $place }
    Lo vuole? Glielo teniamo fino a { $until }.
offer-accept = ✅ Sì, voglio il posto
offer-decline = No, grazie
offer-gone = Mi dispiace, questa offerta non è più valida.
offer-declined = Va bene. Diamo il posto alla persona successiva.
offer-lapsed = Il posto che Le tenevamo per { $activity } ({ $when }) è andato alla persona successiva, perché non abbiamo avuto risposta.

session-cancelled =
    ⚠️ Lezione annullata: { $activity }, { $when }.
    Ci dispiace! La Sua prenotazione è annullata. Può scegliere un'altra lezione dal menu.

reminder-24h =
    ⏰ Promemoria: domani, { $when }
    { $activity }
    📍 { $place }
reminder-2h =
    ⏰ Tra due ore, { $when }
    { $activity }
    📍 { $place }
reminder-coming = 👍 Vengo
reminder-not-coming = ✖️ Non posso venire
reminder-thanks = Grazie! A presto.
reminder-freed = Grazie di avercelo detto. Il Suo posto ora è libero per qualcun altro.

# Short names, after the date on a booking's cancel button ("✖️ Mer 02/12 · Corso A1").
act-italian-a0a1-short = Corso A0/A1
act-italian-a1-short = Corso A1
act-italian-a2-short = Corso A2
act-italian-b1-short = Corso B1
act-macrame-short = Macramè
act-caregiver-short = Corso per chi assiste

# Every date of a course in one tap, and the answer, one line per date.
book-course-button = { $count ->
        [one] 📅 Prenoto questa data
       *[other] 📅 Prenoto tutte le { $count } date
    }
book-course-title = <b>{ $activity }</b> – tutte le date:
book-course-line-booked = ✅ { $when } · posto prenotato
book-course-line-waiting = 📝 { $when } · lista d'attesa, numero { $position }
book-course-line-refused = ✖️ { $when } · non prenotato
book-course-next = Le ricordiamo ogni lezione il giorno prima e due ore prima.
book-course-next-waiting = Le ricordiamo le lezioni in cui ha un posto. Se si libera un posto in una data piena, Le scriviamo.

# Cancelling a booking asks first.
booking-cancel-ask =
    Vuole annullare questa prenotazione?
    { $activity }
    📅 { $when }
booking-cancel-yes = ✖️ Sì, la annullo
booking-cancel-no = No, la tengo
