# Voice replies: a resident who chose to hear the desk gets a voice note with each message (src/bot/features/voice/).
menu-voice-listen = 🔊 Ascolto i messaggi
menu-voice-stop = 🔇 Basta messaggi vocali
voice-first-contact = 🔊 Preferisco i vocali
voice-on = 🔊 Messaggi vocali attivi: ogni messaggio dello sportello arriverà anche come messaggio vocale. Per toglierli, apra il menu.
voice-off = 🔇 Messaggi vocali disattivati. Può riattivarli dal menu.
voice-synthetic = 🔊 Voce sintetica
voice-recorded = 🔊 Voce registrata dallo sportello
voice-listen = 🔊 Ascolto
voice-unavailable = Adesso non riesco a leggere questo messaggio ad alta voce. Riprovi più tardi.
voice-too-old = Questo messaggio è troppo vecchio per essere letto ad alta voce.
privacy-voice = 🔊 Se sceglie i messaggi vocali, lo sportello trasforma in voce i propri messaggi su un suo computer (voce sintetica, nessun servizio esterno); alcune frasi sono registrate dai mediatori del progetto.
# On WhatsApp, whose list holds ten rows, the language and privacy (and the desk's choice) share one menu row.
menu-settings = ⚙️ Impostazioni
menu-settings-title = ⚙️ Impostazioni: che cosa vuole cambiare?
voice-first-contact-short = 🔊 Messaggi vocali
