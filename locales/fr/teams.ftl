# Équipes : une demande passe à une autre équipe du réseau (par exemple à l'infirmier et aux aides à domicile).

transfer-notice = Votre demande numéro { $number } est maintenant suivie par { $team }. On vous répondra ici, dans cette discussion.

# Who follows a request, when the desk file (data/desk.json, a team's residentName) has no name in this language:
# the generic text of the team's first category. Never the staff's Italian name.
team-of-housing = l'équipe logement
team-of-rent = l'équipe loyer, factures et papiers
team-of-social = l'équipe services sociaux
team-of-health = l'équipe santé et aide à domicile
team-of-homecare = l'équipe santé et aide à domicile
team-of-school = l'équipe école et enfants
team-of-neighbours = l'équipe voisinage et sécurité
team-of-other = une autre équipe du guichet

# Quick replies of the health and care team (sent by staff, in the resident's language).
qr-caregiver = Nous cherchons une aide à domicile pour vous. Nous vous appelons pour parler des horaires et du prix.
qr-family-doctor = Pour cela, parlez à votre médecin traitant. Si vous n'en avez pas, nous vous aidons à en choisir un à l'ASL (le service de santé).
qr-health-documents = Apportez votre carte de santé (tessera sanitaria) et les papiers du médecin ou de l'hôpital que vous avez.
qr-urgent = Si c'est urgent, appelez tout de suite le 112.
