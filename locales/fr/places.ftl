# Guichets : quand le réseau en a plusieurs, chacun choisit le sien (quartier ou ville, ou par sa position).

desk-choose = Quel guichet voulez-vous utiliser ? Choisissez votre quartier ou votre ville. Ou envoyez-nous votre position : nous trouverons le guichet le plus proche.
desk-nearest-button = 📍 Le plus proche de moi
desk-send-location = Appuyez sur le bouton ci-dessous pour envoyer votre position. Nous l'utilisons seulement pour trouver le guichet le plus proche, et nous ne la gardons pas.
desk-share-location = 📍 Envoyer ma position
desk-chosen = Votre guichet : { $name }, { $address }. Vous pouvez le changer depuis le menu.
desk-nearest = Le guichet le plus proche de vous : { $name }, { $address } (environ { $km } km). C'est maintenant votre guichet : vous pouvez le changer depuis le menu.
desk-current = Votre guichet actuel : { $name }, { $address }. Vous pouvez en choisir un autre, ou nous envoyer votre position.
menu-place = 📍 Mon guichet

# The Cristo desk (via Gandolfi 20, Alessandria): its place and how to get there, in the info text.
# Another desk may have desk-<id>-place and desk-<id>-directions here too (else its address from data/desk.json).
desk-cristo-place = Via Gandolfi 20, quartier Cristo, Alessandria.
desk-cristo-directions = Bus : lignes 1 et 4, arrêt Cristo.
