booking-removed =
    ℹ️ Lo sportello ha annullato la tua prenotazione: { $activity }, { $when }.
    Se pensi che sia un errore, scrivici qui.
book-not-allowed = Non si può prenotare così. Scegli l'attività dal menu.
book-limit = { $max ->
        [one] Per questa lezione una famiglia può prenotare un solo posto, e tu lo hai già.
       *[other] Per questa lezione una famiglia può prenotare al massimo { $max } posti, e tu li hai già.
    }
