## Shared reports on the common areas of the buildings (🏢)

menu-building = 🏘 Le quartier
building-title = 🏘 Le quartier : nouvelles du guichet et votre immeuble. Que voulez-vous faire ?
menu-report = 🏢 Un problème dans mon immeuble
menu-reported = 🏢 Signalements de mon immeuble
report-kind-lift = Ascenseur en panne
report-kind-light = Lumière éteinte dans l'escalier
report-kind-leak = Fuite d'eau à la cave
report-kind-rubbish = Déchets
report-kind-door = Porte cassée
report-kind-unsafe = Danger, insécurité
report-ask-kind = Quel est le problème dans les parties communes de votre immeuble ?
report-ask-building = Dans quel immeuble ?
report-type-building = Écrivez l'adresse de votre immeuble (rue et numéro).
report-building-hint = Écrivez la rue et le numéro de votre immeuble, par exemple : via Gandolfi 20.
report-already = Ce problème a déjà été signalé le { $date } : { $kind }, { $building }.
report-already-passed = Le guichet l'a signalé à { $to } le { $date }.
report-followers =
    { $count ->
        [one] 1 habitant le suit.
       *[other] { $count } habitants le suivent.
    }
report-follow = 👁 Je le suis et j'en dis plus
report-cancel = ✖️ Annuler
report-ask-piece = Envoyez une photo, un message vocal ou quelques mots sur ce que vous voyez. Puis appuyez sur « Terminé ».
report-done = ✅ Terminé
report-piece-thanks = Bien reçu. Vous pouvez envoyer autre chose, ou appuyer sur « Terminé ».
report-piece-unusable = Ici, il faut une photo, un message vocal ou quelques mots.
report-sent = Merci. Le guichet a bien reçu votre signalement (numéro { $id }). Nous vous tiendrons au courant.
report-joined = Merci. Vous suivez maintenant ce signalement (numéro { $id }). Nous vous tiendrons au courant.
report-cancelled = D'accord, rien n'a été envoyé.
report-to-atc = l'ATC (logements sociaux)
report-to-comune = la mairie (Comune)
report-to-police = la police
report-update-passed = 🏢 { $kind }, { $building } : le guichet l'a signalé à { $to }.
report-update-fixed = 🏢 { $kind }, { $building } : c'est réparé. Merci de l'avoir signalé !
report-update-closed = 🏢 { $kind }, { $building } : le guichet a fermé ce signalement.
reported-title = 🏢 Signalements dans votre immeuble
reported-none = Il n'y a aucun signalement dans votre immeuble pour l'instant.
reported-line = • { $kind }, { $building } : signalé le { $date }
reported-passed = signalé à { $to } le { $date }
mydata-section-reports = Signalements dans l'immeuble
mydata-report-line = Vous suivez : { $kind }, { $building }
mydata-reports-none = Vous ne suivez aucun signalement.
