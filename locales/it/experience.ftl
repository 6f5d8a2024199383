## Issue 30: the loop that closes properly
sat-sorry-reopen = Ci dispiace. Il problema c'è ancora? Possiamo riaprire la Sua richiesta numero { $number }.
sat-reopen-yes = 🔁 Sì, riaprite la richiesta
sat-reopen-no = No, grazie
sat-reopened = La richiesta numero { $number } è di nuovo aperta. Lo sportello lo sa e Le risponderà qui.
closed-anything-else = Ha ancora bisogno di aiuto per la richiesta numero { $number }?

## Issue 30: one live control at a time
req-pieces-received = 📥 Ricevuti: { $count }. Può aggiungere altro (testo, vocale, foto) o premere «Fatto».

## Issue 30: cancelling says what it does and what was cancelled
my-bookings-cancel-hint = ✖️ Per annullare una prenotazione, la prema qui sotto.
booking-cancelled-which = ✖️ Annullata: <b>{ $activity }</b>, { $when }. Grazie di avercelo detto: il posto va a qualcun altro.

## Issue 30: a first message is greeted, in the language the phone or the words suggest
first-contact-greeting = 👋 Buongiorno! Questo è lo sportello N.O.I. per la casa. Possiamo parlare nella Sua lingua.

## Issue 30: messages sent outside a form are one question, not one each
held-ask-many = Vuole mandare allo sportello i Suoi messaggi ({ $count })?

## Issue 30: six taps to a first request (the visit question on the receipt; answered in the chat unless they ask for a call)
req-describe-open =
    Ci racconti cosa succede.
    Può scrivere, mandare un vocale 🎤 o una foto 📷, anche più messaggi.
req-pieces-then-visit =
    📥 Ricevuti: { $count }. Può aggiungere altro (testo, vocale, foto).
    Quando ha finito, ci dica: può venire allo sportello, in { $address }?
req-call-me-instead = 📞 Preferisco una telefonata
req-summary-choose = Che cosa vuole fare?

## Issue 30: a question asked again is repeated below, not pointed at
input-answer-below = Risponda con uno dei bottoni qui sotto, oppure mandi /cancel per uscire.
button-stale-step = Quel bottone è di una domanda a cui ha già risposto: quello che ha detto resta salvato. La domanda adesso è questa.

## Issue 30: a cancel button says "cancel"; the old "✅ Booked" says it was cancelled
booking-cancel-day = ✖️ Annullo { $date }
booking-cancel-day-child = ✖️ Annullo { $date } · { $child }
booking-was-cancelled = ✖️ Prenotazione annullata: <b>{ $activity }</b>, { $when }.

## Issue 30: "ATC" explained where residents choose a topic; consent is not the only answer to the notice
req-choose-category-explained =
    Di cosa ha bisogno? Scelga un argomento.
    (L'ATC è l'ente pubblico proprietario delle case popolari, che fa le riparazioni.)
privacy-prefer-person = 🙋 Vorrei parlare con qualcuno
privacy-person-answer = Certo. Può parlare con una persona allo sportello, senza scrivere qui. Non conserviamo niente di Suo finché non preme «Sono d'accordo»; se cambia idea, il bottone è qui sopra.

## Issue 30: an old button of a finished step says the step is done and what became of what was said
old-button-toast-form = ✔️ Questo passaggio è fatto: quello che ha detto resta salvato.
old-button-toast-request = ✔️ Questo passaggio è fatto: la Sua richiesta è al sicuro.
old-button-request = ✔️ Questo passaggio è già fatto: la Sua richiesta numero { $number } è al sicuro allo sportello. La risposta arriverà qui, in questa chat.

## Issue 30: a phone number may be typed as well as shared with the button
req-phone-or-type = Prema il bottone qui sotto per mandarci il Suo numero di telefono, oppure lo scriva qui.
