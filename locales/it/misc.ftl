button-expired = Questo bottone non è più attivo. Manda /menu per ricominciare.
