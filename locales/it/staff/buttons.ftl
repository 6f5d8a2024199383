# Pulsanti premuti su messaggi vecchi (Telegram li manda senza il messaggio dopo qualche ora).

staff-button-stale = Questo pulsante è di un messaggio vecchio e non vale più: usate quelli della scheda aggiornata della richiesta.
