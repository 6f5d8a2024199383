## Il quartiere: avvisi ed eventi dello sportello a chi li ha chiesti

menu-news = 📣 Notizie dallo sportello
news-heading = 📣 Notizie dallo sportello
news-event-heading = 📅 Un evento dello sportello
news-event-when = 🗓 { $when }
news-event-yes = ✅ Vengo
news-event-no = ❌ Non posso
news-event-cannot-now = ❌ Non posso più venire
news-event-reminder = ⏰ Promemoria: { $when }
news-stop = 🔕 Non voglio più notizie
news-stopped = Non riceverà più notizie dallo sportello. Può riattivarle dal menu: 🏘 Il quartiere → 📣 Notizie dallo sportello.
news-event-thanks-yes = Grazie! La aspettiamo. Le ricorderemo l'evento il giorno prima.
news-event-thanks-no = Grazie di averci avvisato.
news-event-over = Questo evento è già passato.
news-topic-activities = Corsi e attività
news-topic-works = Lavori nel palazzo
news-topic-health = Salute
news-all = ✅ Sì, tutte le notizie
news-none = 🔕 Nessuna notizia
news-screen-on =
    📣 Notizie dallo sportello

    Riceve le notizie degli argomenti con ✅. Prema un argomento per attivarlo o disattivarlo.
news-screen-off =
    📣 Notizie dallo sportello

    Ora non riceve notizie. Prema gli argomenti che Le interessano.
news-on-toast = Riceverà le notizie.
news-off-toast = Nessuna notizia.
news-first-question = Vuole ricevere notizie dallo sportello? Corsi e attività, lavori nel Suo palazzo, giornate per la salute. Può smettere quando vuole.
news-first-yes = 📣 Sì, mandatemi le notizie
news-first-choose = 📋 Scelgo gli argomenti
news-first-no = No, grazie
mydata-section-news = Notizie dallo sportello
mydata-news-topics = Ha scelto di ricevere notizie su: { $topics }
mydata-news-none = Non ha scelto di ricevere notizie.
