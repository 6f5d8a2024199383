button-expired = Ce bouton ne marche plus. Envoyez /menu pour recommencer.
