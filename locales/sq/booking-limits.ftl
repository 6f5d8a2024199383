booking-removed =
    ℹ️ Zyra e anuloi rezervimin tuaj: { $activity }, { $when }.
    Nëse mendoni se është gabim, na shkruani këtu.
book-not-allowed = Nuk mund të rezervoni kështu. Zgjidhni aktivitetin nga menyja.
book-limit = { $max ->
        [one] Për këtë mësim, një familje mund të rezervojë vetëm një vend dhe ju e keni tashmë.
       *[other] Për këtë mësim, një familje mund të rezervojë deri në { $max } vende dhe ju i keni tashmë.
    }
