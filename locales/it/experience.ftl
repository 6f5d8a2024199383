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

## Issue 30: sei tocchi per la prima richiesta (la domanda sulla visita nella ricevuta; risposta in chat se non si chiede una telefonata)
req-describe-open =
    Ci racconti che cosa succede.
    Può scrivere, mandare un messaggio vocale 🎤 o una foto 📷, anche più messaggi.
req-pieces-then-visit =
    📥 Ricevuti: { $count }. Può aggiungere altro (testo, vocale, foto).
    Quando ha finito, ci dica: può venire allo sportello, in { $address }?
req-call-me-instead = 📞 Preferisco una telefonata
req-summary-choose = Che cosa vuole fare?

## Issue 30: una domanda ripetuta sotto, non indicata "qui sopra"
input-answer-below = Risponda con uno dei bottoni qui sotto, oppure mandi /cancel per uscire.
button-stale-step = Quel bottone è di una domanda a cui ha già risposto: quello che ha detto resta salvato. La domanda adesso è questa.
