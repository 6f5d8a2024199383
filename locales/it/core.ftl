# Primo contatto, menu, lingua, aiuto. Frasi brevi e parole semplici: chi legge può avere poca scuola.

language-prompt = Scelga la lingua.
language-set = Va bene, da ora Le scrivo in italiano.

privacy-notice =
    <b>Prima di iniziare</b>
    Questo bot è lo sportello N.O.I. per la casa, in { $address }.
    Salviamo solo quello che ci scrive, per aiutarLa. Lo leggono solo gli operatori dello sportello.
    Può vedere i Suoi dati con /mydata e cancellarli con /forget.
    Per saperne di più: /privacy
privacy-agree = ✅ Sono d'accordo
privacy-needed = Per continuare prema «Sono d'accordo» qui sopra.
privacy-thanks = Grazie! Ora può usare lo sportello.

menu-title = Come possiamo aiutarLa?
menu-desk = 🗣 Parlare con lo sportello
menu-italian = 🇮🇹 Corsi di italiano
menu-tutoring = 📚 Doposcuola
menu-activities = 🧶 Altre attività
menu-mine = 📋 Prenotazioni e richieste
menu-info = ℹ️ Dove siamo e orari
menu-language = 🌍 Lingua
menu-privacy = 🔒 Privacy
menu-back = 🏠 Menu

feature-coming = Questa parte dello sportello arriva presto. Intanto può passare in { $address }.

help-text =
    Sono il bot dello sportello N.O.I. per la casa.
    /menu – il menu
    /language – cambiare lingua
    /cancel – lasciare quello che sta facendo
    /privacy – i Suoi dati
    Può anche scrivere, mandare un vocale o una foto.

cancel-done = Va bene, ho annullato. Non ho mandato niente.
cancel-nothing = Non c'è niente da annullare.
flow-expired = Non ha finito quello che stava facendo, e per molto tempo non ha risposto: l'ho chiuso. Non è stato inviato nulla. Può ricominciare quando vuole.

input-sticker = Bello! Ma non posso leggere gli sticker. Scriva un messaggio o usi i bottoni.
input-edited = Ha modificato un messaggio: la modifica non arriva allo sportello. Scriva un nuovo messaggio.
input-unsupported = Non posso leggere questo tipo di messaggio. Scriva un testo, mandi un vocale o una foto.
input-use-buttons = Per favore usi i bottoni qui sopra, oppure mandi /cancel per uscire.
error-apology = Mi scusi, qualcosa non ha funzionato. Riprovi tra poco.
slow-down = Sta mandando molti messaggi. Aspetti un minuto: quello che ha già mandato è arrivato.

info-text =
    <b>Sportello N.O.I. per la casa</b>
    { $place }
    { $hours }
    { $directions }
    Aiutiamo con casa e ATC (case popolari), affitto e bollette, servizi sociali e sanitari, assistenza a casa, scuola, e con i vicini.
info-venue-title = Sportello N.O.I. per la casa

bot-description = Lo sportello N.O.I. per la casa (via Gandolfi 20, Alessandria) nella Sua lingua: chieda aiuto, prenoti corsi di italiano e doposcuola.
bot-short-description = Lo sportello N.O.I. per la casa del quartiere Cristo, nella Sua lingua.
cmd-start = Iniziare
cmd-menu = Menu
cmd-language = Cambiare lingua
cmd-help = Aiuto
cmd-cancel = Annullare
cmd-privacy = Privacy e dati
