# Primo contatto, menu, lingua, aiuto. Frasi brevi e parole semplici: chi legge può avere poca scuola.

language-prompt = Scegli la tua lingua.
language-set = Va bene, da ora ti scrivo in italiano.

privacy-notice =
    <b>Prima di iniziare</b>
    Questo bot è lo sportello N.O.I. per la casa, in { $address }.
    Salviamo solo quello che ci scrivi, per aiutarti. Lo leggono solo gli operatori dello sportello.
    Puoi vedere i tuoi dati con /mydata e cancellarli con /forget.
    Per saperne di più: /privacy
privacy-agree = ✅ Sono d'accordo
privacy-needed = Per continuare premi «Sono d'accordo» qui sopra.
privacy-thanks = Grazie! Ora puoi usare lo sportello.

menu-title = Come possiamo aiutarti?
menu-desk = 🗣 Sportello di ascolto
menu-italian = 🇮🇹 Corsi di italiano
menu-tutoring = 📚 Doposcuola
menu-activities = 🧶 Altre attività
menu-mine = 📋 Prenotazioni e richieste
menu-info = ℹ️ Dove siamo e orari
menu-language = 🌍 Lingua
menu-privacy = 🔒 Privacy
menu-back = 🏠 Menu

feature-coming = Questa parte dello sportello arriva presto. Intanto puoi passare in { $address }.

help-text =
    Sono il bot dello sportello N.O.I. per la casa.
    /menu – il menu
    /language – cambia lingua
    /cancel – lascia quello che stai facendo
    /privacy – i tuoi dati
    Puoi anche scrivere, mandare un vocale o una foto.

cancel-done = Va bene, ho annullato. Non è stato inviato nulla.
cancel-nothing = Non c'è niente da annullare.
flow-expired = Hai lasciato a metà un modulo per molto tempo: l'ho chiuso. Non è stato inviato nulla. Puoi ricominciare quando vuoi.

input-sticker = Bello! Ma non posso leggere gli adesivi. Scrivi un messaggio o usa i bottoni.
input-edited = Hai modificato un messaggio: la modifica non arriva allo sportello. Scrivi un nuovo messaggio.
input-unsupported = Non posso leggere questo tipo di messaggio. Scrivi un testo, manda un vocale o una foto.
input-use-buttons = Per favore usa i bottoni qui sopra, oppure manda /cancel per uscire.
error-apology = Scusa, qualcosa non ha funzionato. Riprova tra poco.
slow-down = Stai mandando molti messaggi. Aspetta un minuto: quello che hai già mandato è arrivato.

info-text =
    <b>Sportello N.O.I. per la casa</b>
    { $place }
    { $hours }
    { $directions }
    Aiutiamo con casa e ATC (case popolari), affitto e bollette, servizi sociali e sanitari, assistenza a casa, scuola, e con i vicini.
info-venue-title = Sportello N.O.I. per la casa

bot-description = Lo sportello N.O.I. per la casa (via Gandolfi 20, Alessandria) nella tua lingua: chiedi aiuto, prenota corsi di italiano e doposcuola.
bot-short-description = Sportello casa del quartiere Cristo, nella tua lingua.
cmd-start = Inizia
cmd-menu = Menu
cmd-language = Cambia lingua
cmd-help = Aiuto
cmd-cancel = Annulla
cmd-privacy = I tuoi dati
