# Buttons pressed on older messages (Telegram sends them without the message after some hours).

button-stale = Questo bottone è di un messaggio vecchio e ora non fa più niente. Apra il menu per scegliere quello che Le serve.
button-stale-form = Questo bottone è di un messaggio vecchio. Non ha ancora finito di rispondere: risponda all'ultima domanda, oppure mandi /cancel per uscire.

button-expired = Questo bottone non è più attivo. Mandi /menu per ricominciare.
