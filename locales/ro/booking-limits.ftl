booking-removed =
    ℹ️ Biroul v-a anulat rezervarea: { $activity }, { $when }.
    Dacă credeți că este o greșeală, scrieți-ne aici.
book-not-allowed = Nu se poate rezerva așa. Alegeți activitatea din meniu.
book-limit = { $max ->
        [one] La această lecție, o familie poate rezerva un singur loc și îl aveți deja.
        [few] La această lecție, o familie poate rezerva cel mult { $max } locuri și le aveți deja.
       *[other] La această lecție, o familie poate rezerva cel mult { $max } de locuri și le aveți deja.
    }
