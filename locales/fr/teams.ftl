# Équipes : une demande passe à une autre équipe du réseau (par exemple à l'infirmier et aux aides à domicile).

transfer-notice = Votre demande numéro { $number } est maintenant suivie par { $team }. On vous répond ici, dans cette conversation.

# Quick replies of the health and care team (sent by staff, in the resident's language).
qr-caregiver = Nous cherchons une aide à domicile pour vous. Nous vous appelons pour parler des horaires et du prix.
qr-family-doctor = Pour cela, parlez à votre médecin traitant. Si vous n'en avez pas, nous vous aidons à en choisir un à l'ASL (le service de santé).
qr-health-documents = Apportez votre carte de santé (tessera sanitaria) et les papiers du médecin ou de l'hôpital que vous avez.
qr-urgent = Si c'est urgent, appelez tout de suite le 112.
