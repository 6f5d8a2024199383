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
news-stopped = Non riceverai più notizie dallo sportello. Puoi riattivarle dal menu: 🏘 Il quartiere → 📣 Notizie dallo sportello.
news-event-thanks-yes = Grazie! Ti aspettiamo. Ti ricorderemo l'evento il giorno prima.
news-event-thanks-no = Grazie di averci avvisato.
news-event-over = Questo evento è già passato.
news-topic-activities = Corsi e attività
news-topic-works = Lavori nel palazzo
news-topic-health = Salute
news-all = ✅ Sì, tutte le notizie
news-none = 🔕 Nessuna notizia
news-screen-on =
    📣 Notizie dallo sportello

    Ricevi le notizie degli argomenti con ✅. Premi un argomento per cambiarlo.
news-screen-off =
    📣 Notizie dallo sportello

    Ora non ricevi notizie. Premi gli argomenti che ti interessano.
news-on-toast = Riceverai le notizie.
news-off-toast = Nessuna notizia.
news-first-question = Vuoi ricevere notizie dallo sportello? Corsi e attività, lavori nel tuo palazzo, giornate per la salute. Puoi smettere quando vuoi.
news-first-yes = 📣 Sì, mandatemi le notizie
news-first-choose = 📋 Scelgo gli argomenti
news-first-no = No, grazie
mydata-section-news = Notizie dallo sportello
mydata-news-topics = Hai scelto di ricevere notizie su: { $topics }
mydata-news-none = Non hai scelto di ricevere notizie.
