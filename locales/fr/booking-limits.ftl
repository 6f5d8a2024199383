booking-removed =
    ℹ️ Le guichet a annulé votre réservation : { $activity }, { $when }.
    Si vous pensez que c'est une erreur, écrivez-nous ici.
book-not-allowed = On ne peut pas réserver comme ça. Choisissez l'activité dans le menu.
book-limit = { $max ->
        [one] Pour cette séance, une famille peut réserver une seule place, et vous l'avez déjà.
       *[other] Pour cette séance, une famille peut réserver { $max } places au maximum, et vous les avez déjà.
    }
