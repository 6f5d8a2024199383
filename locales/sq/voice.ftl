# Voice replies: a resident who chose to hear the desk gets a voice note with each message (src/bot/features/voice/).
menu-voice-listen = 🔊 Dëgjoj mesazhet
menu-voice-stop = 🔇 Ndaloj mesazhet zanore
voice-first-contact = 🔊 Preferoj mesazhet zanore
voice-on = 🔊 Mesazhet zanore janë aktive: çdo mesazh nga zyra do të vijë edhe si mesazh zanor. Për t'i ndalur, hapni menynë.
voice-off = 🔇 Mesazhet zanore janë çaktivizuar. Mund t'i aktivizoni përsëri nga menyja.
voice-synthetic = 🔊 Zë sintetik
voice-recorded = 🔊 Zë i regjistruar nga zyra
voice-listen = 🔊 Dëgjoj
voice-unavailable = Nuk mund ta lexoj me zë këtë mesazh tani. Ju lutem provoni përsëri më vonë.
voice-too-old = Ky mesazh është shumë i vjetër për t'u lexuar me zë.
privacy-voice = 🔊 Nëse zgjidhni mesazhet zanore, zyra i kthen mesazhet e saj në zë në kompjuterin e vet (zë sintetik, asnjë shërbim i jashtëm); disa fjali i regjistrojnë ndërmjetësit kulturorë të projektit.
# On WhatsApp, whose list holds ten rows, the language and privacy (and the desk's choice) share one menu row.
menu-settings = ⚙️ Cilësimet
menu-settings-title = ⚙️ Cilësimet: çfarë dëshironi të ndryshoni?
voice-first-contact-short = 🔊 Mesazhe zanore
