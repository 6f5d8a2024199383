# Niveaux de service : guichet fermé, horaires et fermetures, la question sur la satisfaction après la fermeture.

closed-notice = Le guichet est fermé en ce moment. Nous lirons votre message le { $day } à partir de { $time }.
closed-notice-later = Le guichet est fermé en ce moment. Nous lirons votre message dès qu'il ouvrira de nouveau.
closed-urgent = En cas d'urgence, appelez le 112.
closed-urgent-social = En cas d'urgence, appelez le 112 ou le service social d'urgence de la mairie : { $number }.
hours-holidays = Fermé les jours fériés.
hours-holidays-patron = Fermé les jours fériés et le { $day }, fête du saint patron de la ville.
hours-closure = Fermé du { $from } au { $to }.
sat-question = Votre demande numéro { $number } est fermée. Est-ce que nous avons pu vous aider ?
sat-yes = 😊 Oui
sat-partly = 😐 En partie
sat-no = 🙁 Non
sat-thanks = Merci pour votre réponse ! Si vous voulez, dites-nous-en plus : écrivez un message ou envoyez un message vocal. Le guichet le lira.
sat-comment-thanks = Merci, nous l'avons transmis au guichet.
sat-expired = Vous avez déjà répondu. Merci !

# A range of opening hours, "9:00–12:00".
hours-range = { $from }–{ $to }
