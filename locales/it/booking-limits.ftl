booking-removed =
    ℹ️ Lo sportello ha annullato la Sua prenotazione: { $activity }, { $when }.
    Se pensa che sia un errore, ci scriva qui.
book-not-allowed = Non si può prenotare così. Scelga l'attività dal menu.
book-limit = { $max ->
        [one] Per questa lezione una famiglia può prenotare un solo posto, e Lei lo ha già.
       *[other] Per questa lezione una famiglia può prenotare al massimo { $max } posti, e Lei li ha già.
    }
