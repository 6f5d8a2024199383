booking-removed =
    ℹ️ Le guichet a retiré votre réservation : { $activity }, { $when }.
    Si vous pensez que c'est une erreur, écrivez-nous ici.
book-not-allowed = On ne peut pas réserver comme ça. Choisissez l'activité dans le menu.
book-limit = Pour ce cours, vous avez déjà le nombre maximum de places pour une famille ({ $max }).
