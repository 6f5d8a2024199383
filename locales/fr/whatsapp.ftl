# WhatsApp : mots du canal (liste, choix, numéro), notice sur Meta, ce que /forget ne peut pas effacer.

wa-list-button = Choisir
wa-choose = Choisissez une option :
wa-type-number = Écrivez le numéro de votre choix.
wa-use-this-number = 📞 Utiliser ce numéro
wa-choice-expired = Ce choix n'est plus valable : utilisez le dernier message, s'il vous plaît.
# The closing line of every template (Meta refuses a body that ends with a placeholder).
wa-template-tail = Répondez ici pour écrire au guichet.
wa-privacy-note = 📱 Sur WhatsApp, les messages passent par Meta Platforms Ireland, qui les traite pour le guichet (WhatsApp Business Platform). { $eu ->
    [yes] Meta les garde dans l'Union européenne (en Allemagne), seulement pour les livrer, 30 jours au plus.
   *[no] Meta les garde seulement pour les livrer, 30 jours au plus, y compris sur des serveurs hors de l'Union européenne.
}
wa-forget-limits = 📱 Sur WhatsApp, nous ne pouvons pas effacer les messages sur votre téléphone, ni les copies que Meta garde pour les livrer (30 jours au plus). Pour les retirer de votre téléphone, supprimez la discussion dans WhatsApp.
wa-link-code = 🔗 Pour réunir cette discussion et celle sur { $other }, écrivez ce code dans l'autre discussion dans les 10 minutes : { $code }
wa-link-done = 🔗 C'est fait : le guichet sait maintenant que les deux discussions sont à vous. Les réponses arrivent dans la discussion d'où vous écrivez.
wa-link-wrong = Ce code n'est pas valable ou a expiré. Demandez-en un nouveau avec « lier ».
wa-link-same-chat = Écrivez ce code dans l'autre discussion, pas dans celle-ci.
wa-link-already = 🔗 Cette discussion est déjà réunie avec votre discussion sur { $other }.
wa-link-too-many = Trop de codes erronés. Réessayez dans une heure.
mydata-chats = Vos discussions avec le guichet : { $chats }
mydata-chat-telegram = Telegram (identifiant { $id })
mydata-chat-whatsapp = WhatsApp ({ $id })
# Words typed on WhatsApp (no slash menu there) for the commands, separated by commas.
wa-words-start = commencer
wa-words-menu = menu
wa-words-language = langue
wa-words-privacy = confidentialité
wa-words-mydata = mes données
wa-words-forget = oublier, effacer mes données
wa-words-cancel = annuler
wa-words-help = aide
wa-words-link = lier
