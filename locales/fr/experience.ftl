## Issue 30: the loop that closes properly
sat-sorry-reopen = Nous sommes désolés. Le problème est-il toujours là ? Nous pouvons rouvrir votre demande numéro { $number }.
sat-reopen-yes = 🔁 Oui, rouvrez la demande
sat-reopen-no = Non, merci
sat-reopened = La demande numéro { $number } est de nouveau ouverte. Le guichet le sait et vous répondra ici.
closed-anything-else = Avez-vous encore besoin d'aide pour la demande numéro { $number } ?

## Issue 30: one live control at a time
req-pieces-received = 📥 Reçus : { $count }. Vous pouvez ajouter autre chose (texte, message vocal, photo) ou appuyer sur « Terminé ».

## Issue 30: cancelling says what it does and what was cancelled
my-bookings-cancel-hint = ✖️ Pour annuler une réservation, appuyez dessus ci-dessous.
booking-cancelled-which = ✖️ Annulé : <b>{ $activity }</b>, { $when }. Merci de nous avoir prévenus : la place va à quelqu'un d'autre.

## Issue 30: a first message is greeted, in the language the phone or the words suggest
first-contact-greeting = 👋 Bonjour ! Ici le guichet N.O.I. pour le logement. Nous pouvons parler dans votre langue.

## Issue 30: messages sent outside a form are one question, not one each
held-ask-many = Voulez-vous envoyer vos messages ({ $count }) au guichet ?

## Issue 30 : six appuis pour une première demande
req-describe-open =
    Racontez-nous ce qui se passe.
    Vous pouvez écrire, envoyer un message vocal 🎤 ou une photo 📷, même en plusieurs messages.
req-pieces-then-visit =
    📥 Reçus : { $count }. Vous pouvez ajouter autre chose (texte, message vocal, photo).
    Quand vous avez fini, dites-nous : pouvez-vous venir au guichet, { $address } ?
req-call-me-instead = 📞 Je préfère un appel
req-summary-choose = Que voulez-vous faire ?

## Issue 30 : une question reposée en dessous
input-answer-below = Répondez avec un des boutons ci-dessous, ou envoyez /cancel pour sortir.
button-stale-step = Ce bouton est celui d'une question à laquelle vous avez déjà répondu : votre réponse est gardée. Voici la question où nous en sommes :

## Issue 30: a cancel button says "cancel"; the old "✅ Booked" says it was cancelled
booking-cancel-day = ✖️ Annuler { $date }
booking-cancel-day-child = ✖️ Annuler { $date } · { $child }
booking-was-cancelled = ✖️ Réservation annulée : <b>{ $activity }</b>, { $when }.

## Issue 30: "ATC" explained where residents choose a topic; consent is not the only answer to the notice
req-choose-category-explained =
    De quoi avez-vous besoin ? Choisissez un sujet.
    (L'ATC est l'organisme public propriétaire des logements sociaux, qui fait les réparations.)
privacy-prefer-person = 🙋 Parler à une personne
privacy-person-answer = Bien sûr. Vous pouvez parler à une personne au guichet, sans écrire ici. Nous ne gardons rien de vous tant que vous n'appuyez pas sur « Je suis d'accord » ; si vous changez d'avis, le bouton est au-dessus.

## Issue 30: an old button of a finished step says the step is done and what became of what was said
old-button-toast-form = ✔️ Cette étape est faite : ce que vous avez dit est gardé.
old-button-toast-request = ✔️ Cette étape est faite : votre demande est bien enregistrée.
old-button-request = ✔️ Cette étape est déjà faite : votre demande numéro { $number } est bien arrivée au guichet. La réponse viendra ici, dans cette discussion.

## Issue 30: a phone number may be typed as well as shared with the button
req-phone-or-type = Appuyez sur le bouton ci-dessous pour nous envoyer votre numéro de téléphone, ou écrivez-le ici.
