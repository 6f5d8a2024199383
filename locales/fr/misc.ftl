button-expired = Ce bouton ne marche plus. Écrivez /menu pour recommencer.
