## Issue 30: the loop that closes properly
sat-sorry-reopen = Ci dispiace. Il problema c'è ancora? Possiamo riaprire la tua richiesta numero { $number }.
sat-reopen-yes = 🔁 Sì, riaprite la richiesta
sat-reopen-no = No, grazie
sat-reopened = La richiesta numero { $number } è di nuovo aperta. Lo sportello lo sa e ti risponderà qui.
closed-anything-else = Hai ancora bisogno di aiuto per la richiesta numero { $number }?

## Issue 30: one live control at a time
req-pieces-received = 📥 Ricevuti: { $count }. Puoi aggiungere altro (testo, vocale, foto) o premere «Fatto».

## Issue 30: cancelling says what it does and what was cancelled
my-bookings-cancel-hint = ✖️ Per annullare una prenotazione, premi il suo bottone qui sotto.
booking-cancelled-which = ✖️ Annullata: <b>{ $activity }</b>, { $when }. Grazie di avercelo detto: il posto va a qualcun altro.

## Issue 30: a first message is greeted, in the language the phone or the words suggest
first-contact-greeting = 👋 Ciao! Questo è lo sportello N.O.I. per la casa. Possiamo parlare nella tua lingua.

## Issue 30: messages sent outside a form are one question, not one each
held-ask-many = Vuoi mandare allo sportello i tuoi messaggi ({ $count })?

## Issue 30: six taps to a first request (the visit question on the receipt; answered in the chat unless they ask for a call)
req-describe-open =
    Racconta cosa succede.
    Puoi scrivere, mandare un vocale 🎤 o una foto 📷, anche più messaggi.
req-pieces-then-visit =
    📥 Ricevuti: { $count }. Puoi aggiungere altro (testo, vocale, foto).
    Quando hai finito, dicci: puoi venire allo sportello, in { $address }?
req-call-me-instead = 📞 Preferisco una telefonata
req-summary-choose = Che cosa vuoi fare?

## Issue 30: a question asked again is repeated below, not pointed at
input-answer-below = Rispondi con uno dei bottoni qui sotto, oppure manda /cancel per uscire.
button-stale-step = Quel bottone è di una domanda a cui hai già risposto: quello che hai detto resta salvato. La domanda adesso è questa.

## Issue 30: a cancel button says "cancel"; the old "✅ Booked" says it was cancelled
booking-cancel-day = ✖️ Annulla { $date }
booking-cancel-day-child = ✖️ Annulla { $date } · { $child }
booking-was-cancelled = ✖️ Prenotazione annullata: <b>{ $activity }</b>, { $when }.

## Issue 30: "ATC" explained where residents choose a topic; consent is not the only answer to the notice
req-choose-category-explained =
    Di cosa hai bisogno? Scegli un argomento.
    (ATC è l'ente pubblico proprietario delle case popolari, che fa le riparazioni.)
privacy-prefer-person = 🙋 Parlo con una persona
privacy-person-answer = Certo. Puoi parlare con una persona allo sportello, senza scrivere qui. Non teniamo niente di tuo finché non premi «Sono d'accordo»; se cambi idea, il bottone è qui sopra.
