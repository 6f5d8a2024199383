booking-removed =
    ℹ️ Zyra e hoqi rezervimin tuaj: { $activity }, { $when }.
    Nëse mendoni se është gabim, na shkruani këtu.
book-not-allowed = Nuk mund të rezervoni kështu. Zgjidhni aktivitetin nga menuja.
book-limit = Për këtë mësim keni tashmë numrin më të madh të vendeve për një familje ({ $max }).
