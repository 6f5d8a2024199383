# Guichet d'écoute : la personne écrit au guichet.

cat-housing = 🏠 Logement et réparations ATC
cat-rent = 💶 Loyer, factures et papiers
cat-social = 🤝 Services sociaux
cat-health = 🩺 Services de santé
cat-homecare = 🧓 Infirmier ou aide à domicile
cat-school = 🎒 École et enfants
cat-neighbours = 🏢 Voisins et sécurité
cat-other = ❓ Autre chose

req-choose-category = De quoi avez-vous besoin ? Choisissez un sujet.
req-describe =
    Racontez-nous ce qui se passe.
    Vous pouvez écrire, envoyer un message vocal 🎤 ou une photo 📷, même en plusieurs messages.
    Quand vous avez fini, appuyez sur « Terminé ».
req-done = ✅ Terminé
req-piece-received = Bien reçu. Vous pouvez ajouter autre chose, ou appuyer sur « Terminé ».
req-describe-empty = D'abord, écrivez ou envoyez un message vocal. Ensuite, appuyez sur « Terminé ».
req-description-too-long = C'est trop long pour une demande. Écrivez les choses les plus importantes ; vous direz le reste à une personne du guichet.
req-visit-question = Pouvez-vous venir au guichet, { $address } ?
req-visit-desk = 🚶 Oui, je viens au guichet
req-visit-home = 🏠 Non, venez chez moi
req-address-question = Écrivez votre adresse (rue, numéro, escalier, étage), ou envoyez votre position.
req-share-location = 📍 Envoyer ma position
req-address-too-long = L'adresse est trop longue. Écrivez seulement la rue, le numéro, l'escalier et l'étage.
req-contact-question = Comment voulez-vous que nous vous contactions ?
req-contact-chat = 💬 Ici, dans la discussion
req-contact-phone = 📞 Par téléphone
req-share-phone = 📞 Envoyer mon numéro
req-share-phone-own = Merci d'envoyer votre propre numéro avec le bouton ci-dessous.
req-summary =
    <b>Vérifiez votre demande</b>
    Sujet : { $category }
    Vous avez envoyé : { $pieces ->
        [one] 1 message
       *[other] { $pieces } messages
    }
    Visite : { $visit }
    Contact : { $contact }
req-summary-visit-desk = au guichet
req-summary-visit-home = chez vous : { $address }
req-summary-location = position envoyée
req-summary-contact-chat = dans la discussion
req-summary-contact-phone = par téléphone, { $phone }
req-send = 📨 Envoyer
req-edit = ✏️ Modifier
req-cancel = ✖️ Annuler
req-edit-what = Que voulez-vous changer ?
req-edit-category = Sujet
req-edit-description = Messages
req-edit-visit = Visite
req-edit-contact = Contact
req-sent =
    C'est fait ! Votre demande a le numéro { $number }.
    Une personne du guichet vous répondra ici. Vous pouvez continuer à écrire ici : vos messages arrivent au guichet.
req-already-open = Vous avez déjà une demande ouverte (numéro { $number }). Écrivez ici : votre message arrive au guichet.

relay-delivered = ✔️ Envoyé au guichet.
relay-staff-prefix = 💬 Guichet N.O.I. :
request-closed-notice = Votre demande numéro { $number } a été fermée. Si vous avez besoin d'autre chose, écrivez ici.
request-reopened = J'ai rouvert la demande numéro { $number }. Votre message est arrivé au guichet.

my-requests-title = <b>Vos demandes</b>
my-requests-none = Vous n'avez pas de demandes.
my-request-line = Numéro { $number } · { $category } · { $status } · { $date }
status-open = en attente
status-taken = en cours
status-closed = fermée

staff-only = Cette fonction est réservée à l'équipe du guichet.

qr-call-back = Nous avons bien reçu votre demande. Nous vous appellerons d'ici deux jours ouvrables.
qr-bring-documents = Venez au guichet, { $address }, pendant les heures d'ouverture. Apportez votre contrat ATC et une pièce d'identité.
qr-more-info = Nous avons besoin d'un peu plus d'informations. Pouvez-vous nous expliquer un peu mieux ? Vous pouvez aussi envoyer un message vocal.
qr-home-visit = Une personne du guichet viendra chez vous. Avant, nous vous dirons le jour et l'heure.
qr-social-services = Nous avons transmis votre demande aux services sociaux de la mairie. Ce sont eux qui vous contacteront.
qr-nurse = L'infirmier du quartier a reçu votre demande. Il vous contactera bientôt.
qr-hours = Le guichet est ouvert :
    { $hours }
qr-solved = Nous pensons que le problème est résolu. Si vous avez encore besoin d'aide, écrivez ici.
