# Voice replies: a resident who chose to hear the desk gets a voice note with each message (src/bot/features/voice/).
menu-voice-listen = 🔊 Écouter les messages
menu-voice-stop = 🔇 Arrêter les messages vocaux
voice-first-contact = 🔊 Plutôt des messages vocaux
voice-on = 🔊 Messages vocaux activés : chaque message du guichet arrivera aussi en message vocal. Pour les arrêter, ouvrez le menu.
voice-off = 🔇 Messages vocaux désactivés. Vous pouvez les réactiver depuis le menu.
voice-synthetic = 🔊 Voix de synthèse
voice-recorded = 🔊 Voix enregistrée par le guichet
voice-listen = 🔊 Écouter
voice-unavailable = Je ne peux pas lire ce message à voix haute pour le moment. Réessayez plus tard.
voice-too-old = Ce message est trop ancien pour être lu à voix haute.
privacy-voice = 🔊 Si vous choisissez les messages vocaux, le guichet transforme ses messages en voix sur son propre ordinateur (voix de synthèse, aucun service extérieur) ; certaines phrases sont enregistrées par les médiateurs culturels du projet.
# On WhatsApp, whose list holds ten rows, the language and privacy (and the desk's choice) share one menu row.
menu-settings = ⚙️ Paramètres
menu-settings-title = ⚙️ Paramètres : que souhaitez-vous modifier ?
voice-first-contact-short = 🔊 Messages vocaux
