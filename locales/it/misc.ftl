button-expired = Questo bottone non è più attivo. Scrivi /menu per ricominciare.
