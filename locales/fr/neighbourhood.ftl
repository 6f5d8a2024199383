## Le quartier : annonces et événements du guichet, pour ceux qui les ont demandés

menu-news = 📣 Nouvelles du guichet
news-heading = 📣 Nouvelles du guichet
news-event-heading = 📅 Un événement du guichet
news-event-when = 🗓 { $when }
news-event-yes = ✅ Je viendrai
news-event-no = ❌ Je ne peux pas venir
news-event-cannot-now = ❌ Je ne peux plus venir
news-event-reminder = ⏰ Rappel : { $when }
news-stop = 🔕 Ne plus recevoir de nouvelles
news-stopped = Vous ne recevrez plus de nouvelles du guichet. Pour les réactiver : menu → 🏘 Le quartier → 📣 Nouvelles du guichet.
news-event-thanks-yes = Merci ! Nous vous attendons. Nous vous le rappellerons la veille.
news-event-thanks-no = Merci de nous avoir prévenus.
news-event-over = Cet événement a déjà eu lieu.
news-topic-activities = Cours et activités
news-topic-works = Travaux dans l'immeuble
news-topic-health = Santé
news-all = ✅ Oui, toutes les nouvelles
news-none = 🔕 Aucune nouvelle
news-screen-on =
    📣 Nouvelles du guichet

    Vous recevez les nouvelles des sujets marqués ✅. Appuyez sur un sujet pour l'activer ou le désactiver.
news-screen-off =
    📣 Nouvelles du guichet

    Vous ne recevez aucune nouvelle pour l'instant. Appuyez sur les sujets qui vous intéressent.
news-on-toast = Vous recevrez les nouvelles.
news-off-toast = Aucune nouvelle.
news-first-question = Voulez-vous recevoir les nouvelles du guichet ? Cours et activités, travaux dans votre immeuble, journées de santé. Vous pouvez arrêter quand vous voulez.
news-first-yes = 📣 Oui, je veux les nouvelles
news-first-choose = 📋 Choisir les sujets
news-first-no = Non, merci
mydata-section-news = Nouvelles du guichet
mydata-news-topics = Vous avez choisi de recevoir les nouvelles sur : { $topics }
mydata-news-none = Vous n'avez pas choisi de recevoir de nouvelles.
