# Premier contact, menu, langue, aide. Phrases courtes et mots simples : la personne qui lit est peut-être peu allée à l'école.

language-prompt = Choisissez votre langue.
language-set = Très bien, à partir de maintenant je vous écris en français.

privacy-notice =
    <b>Avant de commencer</b>
    Ce bot est le guichet N.O.I. pour le logement, { $address }.
    Nous gardons seulement ce que vous nous écrivez, pour vous aider. Seules les personnes du guichet le lisent.
    Vous pouvez voir vos données avec /mydata et les effacer avec /forget.
    Pour en savoir plus : /privacy
privacy-agree = ✅ Je suis d'accord
privacy-needed = Pour continuer, appuyez sur « Je suis d'accord » ci-dessus.
privacy-thanks = Merci ! Maintenant, vous pouvez utiliser le guichet.

menu-title = Comment pouvons-nous vous aider ?
menu-desk = 🗣 Parler avec le guichet
menu-italian = 🇮🇹 Cours d'italien
menu-tutoring = 📚 Aide aux devoirs
menu-activities = 🧶 Autres activités
menu-mine = 📋 Mes réservations et demandes
menu-info = ℹ️ Où nous trouver et horaires
menu-language = 🌍 Langue
menu-privacy = 🔒 Vie privée
menu-back = 🏠 Menu

feature-coming = Cette partie du guichet arrive bientôt. En attendant, vous pouvez venir nous voir { $address }.

help-text =
    Je suis le bot du guichet N.O.I. pour le logement.
    /menu – le menu
    /language – changer de langue
    /cancel – arrêter ce que vous faites
    /privacy – vos données
    Vous pouvez aussi écrire, envoyer un message vocal ou une photo.

cancel-done = Très bien, j'ai annulé. Rien n'a été envoyé.
cancel-nothing = Il n'y a rien à annuler.
flow-expired = Vous avez laissé un formulaire à moitié rempli pendant longtemps : je l'ai fermé. Rien n'a été envoyé. Vous pouvez recommencer quand vous voulez.

input-sticker = Joli ! Mais je ne peux pas lire les stickers. Écrivez un message ou utilisez les boutons.
input-edited = Vous avez modifié un message : la modification n'arrive pas au guichet. Écrivez un nouveau message.
input-unsupported = Je ne peux pas lire ce type de message. Écrivez un texte, envoyez un message vocal ou une photo.
input-use-buttons = Utilisez les boutons ci-dessus, ou envoyez /cancel pour sortir.
error-apology = Désolé, quelque chose n'a pas marché. Réessayez dans un moment.
slow-down = Vous envoyez beaucoup de messages. Attendez une minute : ce que vous avez déjà envoyé est bien arrivé.

info-text =
    <b>Guichet N.O.I. pour le logement</b>
    { $place }
    { $hours }
    { $directions }
    Nous aidons pour le logement et l'ATC (logements sociaux), le loyer et les factures, les services sociaux et de santé, l'aide à domicile, l'école, et les relations avec les voisins.
info-venue-title = Guichet N.O.I. pour le logement

bot-description = Le guichet N.O.I. pour le logement (via Gandolfi 20, Alessandria) dans votre langue : demandez de l'aide, inscrivez-vous aux cours d'italien et à l'aide aux devoirs.
bot-short-description = Le guichet N.O.I. pour le logement, quartier Cristo, dans votre langue.
cmd-start = Commencer
cmd-menu = Menu
cmd-language = Changer de langue
cmd-help = Aide
cmd-cancel = Annuler
cmd-privacy = Vie privée et données
