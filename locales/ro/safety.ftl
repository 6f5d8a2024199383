booking-removed =
    ℹ️ Biroul a anulat rezervarea ta: { $activity }, { $when }.
    Dacă crezi că este o greșeală, scrie-ne aici.
book-not-allowed = Nu se poate rezerva așa. Alege activitatea din meniu.
book-limit = { $max ->
        [one] La această lecție, o familie poate rezerva un singur loc și îl aveți deja.
        [few] La această lecție, o familie poate rezerva cel mult { $max } locuri și le aveți deja.
       *[other] La această lecție, o familie poate rezerva cel mult { $max } de locuri și le aveți deja.
    }
