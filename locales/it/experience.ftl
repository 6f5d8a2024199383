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
