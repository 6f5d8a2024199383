# Buttons pressed on older messages (Telegram sends them without the message after some hours).

button-stale = Ce bouton vient d'un ancien message et ne sert plus à rien. Ouvrez le menu pour choisir ce dont vous avez besoin.
button-stale-form = Ce bouton vient d'un ancien message. Vous n'avez pas encore fini de répondre : répondez à la dernière question, ou envoyez /cancel pour sortir.

button-expired = Ce bouton ne marche plus. Envoyez /menu pour recommencer.
