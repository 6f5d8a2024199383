# Buttons pressed on older messages (Telegram sends them without the message after some hours).

button-stale = Questo bottone è di un messaggio vecchio e ora non fa più niente. Apri il menu per scegliere quello che ti serve.
button-stale-form = Questo bottone è di un messaggio vecchio. Non hai ancora finito di rispondere: rispondi all'ultima domanda, oppure manda /cancel per uscire.

button-expired = Questo bottone non è più attivo. Manda /menu per ricominciare.
