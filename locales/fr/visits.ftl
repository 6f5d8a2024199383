# Home visits: the proposal and the choice, reminders, "not at home", the calendar file.

visit-who-nurse = l'infirmier du quartier
visit-who-carer = l'aide à domicile
visit-who-operator = une personne du guichet
visit-who-name = { $name }, du guichet N.O.I.
visit-when = { $date }, de { $from } à { $to }
visit-proposal =
    🏠 Visite à domicile pour votre demande numéro { $number }
    Qui viendra : { $who }.
    Quand êtes-vous chez vous ? Choisissez un horaire :
visit-none = ❌ Aucun de ces horaires
visit-unavailable = Désolé, cet horaire n'est plus libre. Choisissez-en un autre :
visit-unavailable-all = Désolé, ces horaires ne sont plus libres. Dites-nous quand vous êtes chez vous : écrivez un message ou envoyez un message vocal.
visit-expired = Cette proposition n'est plus valable. Si vous avez besoin d'aide, écrivez ici.
visit-confirmed =
    ✅ Visite à domicile confirmée : { $when }.
    Qui viendra : { $who }.
    Nous vous le rappellerons la veille et une heure avant.
visit-calendar = 📅 Ajouter à mon agenda
visit-calendar-caption = Ouvrez ce fichier pour enregistrer la visite dans l'agenda de votre téléphone.
visit-calendar-updated = L'horaire a changé : ouvrez ce fichier pour mettre à jour l'agenda de votre téléphone.
visit-calendar-file = visite-a-domicile
visit-tell-when = D'accord. Dites-nous quand vous êtes chez vous : écrivez un message ou envoyez un message vocal.
visit-reminder-day =
    ⏰ Rappel : visite à domicile demain, { $when }.
    Qui viendra : { $who }.
visit-reminder-hour =
    ⏰ Visite à domicile aujourd'hui à { $time }.
    Qui viendra : { $who }.
visit-ok = 👍 D'accord
visit-cant = ✖️ Je ne peux pas
visit-ok-thanks = Merci ! À bientôt.
visit-cant-told = D'accord, nous avons prévenu le guichet. Dites-nous quand vous êtes chez vous : écrivez un message ou envoyez un message vocal.
visit-not-home =
    🚪 Nous sommes venus pour la visite à domicile ({ $when }), mais il n'y avait personne.
    Voulez-vous un nouveau rendez-vous ?
visit-again-yes = 📅 Oui, un autre jour
visit-again-no = Non, merci
visit-again-yes-told = D'accord : le guichet vous proposera bientôt un nouvel horaire. Vous pouvez aussi écrire ici quand vous êtes chez vous.
visit-again-no-told = D'accord. Si vous avez besoin d'aide, écrivez ici.
visit-moved = La visite à domicile prévue le { $when } a été déplacée. Le guichet vous proposera bientôt un nouvel horaire.
visit-ics-title = Visite à domicile – guichet N.O.I.
visit-ics-description = Qui viendra : { $who } (demande numéro { $number }). Guichet N.O.I., { $address }.
# In the copy of their data (/mydata): each home visit with a time agreed, and what came of it.
mydata-visit = Visite à domicile : { $when }, { $status ->
        [confirmed] confirmée
        [done] effectuée
        [not-home] vous n'étiez pas chez vous
        [declined] vous avez dit que vous ne pouviez pas
        [rescheduled] déplacée
       *[cancelled] annulée
    }
