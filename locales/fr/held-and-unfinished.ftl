held-ask = Voulez-vous envoyer ce message au guichet ?
held-yes = 📨 Oui, je l'envoie
held-no = Non, merci
held-not-sent = D'accord, je ne l'ai pas envoyé.
closed-still-help = Votre demande numéro { $number } est fermée. Avez-vous encore besoin d'aide ?
closed-help-yes = 🙋 Oui, j'ai besoin d'aide
closed-help-no = 🙏 Non, juste pour dire merci
closed-thanks = Merci à vous ! Nous le dirons au guichet.
unfinished-request = Vous avez une demande qui n'est pas encore envoyée. Voulez-vous la continuer ou la supprimer ?
unfinished-continue = ▶️ Continuer
unfinished-discard = 🗑 Supprimer
unfinished-continued = Bien, continuons : répondez à la question ci-dessus.
unfinished-discarded = J'ai supprimé la demande qui n'était pas envoyée.
# A form begun before this chat was updated cannot go on (its state was kept the old way): it is closed, nothing sent.
req-form-lost = Désolé : cette discussion a été mise à jour et la demande que vous écriviez a été fermée. Rien n'a été envoyé. Vous pouvez la recommencer quand vous voulez.
