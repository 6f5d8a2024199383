# Voice replies: a resident who chose to hear the desk gets a voice note with each message (src/bot/features/voice/).
menu-voice-listen = 🔊 Ascult mesajele
menu-voice-stop = 🔇 Opresc mesajele vocale
voice-first-contact = 🔊 Prefer mesajele vocale
voice-on = 🔊 Mesajele vocale sunt pornite: fiecare mesaj de la birou va veni și ca mesaj vocal. Pentru a le opri, deschideți meniul.
voice-off = 🔇 Mesajele vocale sunt oprite. Le puteți porni din nou din meniu.
voice-synthetic = 🔊 Voce sintetică
voice-recorded = 🔊 Voce înregistrată de birou
voice-listen = 🔊 Ascult
voice-unavailable = Nu pot citi acest mesaj cu voce tare acum. Vă rugăm să încercați mai târziu.
voice-too-old = Acest mesaj este prea vechi pentru a fi citit cu voce tare.
privacy-voice = 🔊 Dacă alegeți mesajele vocale, biroul transformă mesajele sale în voce pe propriul calculator (voce sintetică, fără servicii externe); unele fraze sunt înregistrate de mediatorii proiectului.
# On WhatsApp, whose list holds ten rows, the language and privacy (and the desk's choice) share one menu row.
menu-settings = ⚙️ Setări
menu-settings-title = ⚙️ Setări: ce doriți să schimbați?
voice-first-contact-short = 🔊 Mesaje vocale
