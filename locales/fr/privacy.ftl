# Vie privée : ce que nous gardons, copie des données, effacement.

# One select on $days around the whole text: a select inside the sentence would be wrapped in bidi marks.
privacy-details =
    { $days ->
        [one]
            <b>Vos données au guichet N.O.I.</b>
            <b>Ce que nous gardons</b> : votre nom sur Telegram, votre langue, votre téléphone si vous nous l'envoyez, ce que vous écrivez au guichet (textes, messages vocaux, photos), vos réservations. Pour les enfants, seulement le prénom et la classe.
            <b>Pourquoi</b> : pour répondre à vos demandes et pour organiser les cours d'italien et l'aide aux devoirs.
            <b>Qui les voit</b> : seulement les personnes qui travaillent au guichet, dans leur groupe Telegram. Nous ne les donnons à personne d'autre sans vous le demander.
            <b>Combien de temps</b> : les textes des demandes fermées sont effacés après { $days } jour. Si vous n'utilisez pas le guichet pendant { $days } jour, nous effaçons aussi votre nom, votre téléphone, les adresses et les prénoms des enfants : il ne reste que des chiffres anonymes pour les statistiques.
            /mydata – recevoir une copie de toutes vos données
            /forget – effacer vos données
       *[other]
            <b>Vos données au guichet N.O.I.</b>
            <b>Ce que nous gardons</b> : votre nom sur Telegram, votre langue, votre téléphone si vous nous l'envoyez, ce que vous écrivez au guichet (textes, messages vocaux, photos), vos réservations. Pour les enfants, seulement le prénom et la classe.
            <b>Pourquoi</b> : pour répondre à vos demandes et pour organiser les cours d'italien et l'aide aux devoirs.
            <b>Qui les voit</b> : seulement les personnes qui travaillent au guichet, dans leur groupe Telegram. Nous ne les donnons à personne d'autre sans vous le demander.
            <b>Combien de temps</b> : les textes des demandes fermées sont effacés après { $days } jours. Si vous n'utilisez pas le guichet pendant { $days } jours, nous effaçons aussi votre nom, votre téléphone, les adresses et les prénoms des enfants : il ne reste que des chiffres anonymes pour les statistiques.
            /mydata – recevoir une copie de toutes vos données
            /forget – effacer vos données
    }
mydata-caption = Voici tout ce que nous gardons sur vous.
forget-confirm =
    Voulez-vous vraiment effacer vos données ?
    Nous effaçons votre nom, votre téléphone, ce que vous avez écrit au guichet et les prénoms des enfants. Vos réservations sont annulées. On ne peut pas revenir en arrière.
forget-yes = 🗑 Oui, effacez mes données
forget-no = Non, je les garde
forget-done = C'est fait : vos données sont effacées. Si vous écrivez de nouveau, nous recommençons depuis le début.
forget-kept = D'accord, je n'ai rien effacé.
input-too-large = Ce fichier est trop gros (maximum { $max } Mo).
cmd-mydata = Mes données
cmd-forget = Effacer mes données
store-limit-request = Vous avez déjà envoyé beaucoup de messages pour cette demande (maximum { $max }) : nous n'enregistrerons pas les suivants. Le guichet a tout reçu et va vous répondre. Si c'est urgent, venez au guichet, { $address }.
store-limit-day = Vous avez déjà envoyé beaucoup de messages aujourd'hui (maximum { $max } par jour) : jusqu'à demain, nous n'enregistrerons pas les suivants. Si c'est urgent, venez au guichet, { $address }.
