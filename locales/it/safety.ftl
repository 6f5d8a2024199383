booking-removed =
    ℹ️ Lo sportello ha tolto la tua prenotazione: { $activity }, { $when }.
    Se pensi che sia un errore, scrivici qui.
book-not-allowed = Non si può prenotare così. Scegli l'attività dal menu.
book-limit = Per questa lezione hai già il numero massimo di posti per una famiglia ({ $max }).
