booking-removed =
    ℹ️ Biroul a anulat rezervarea ta: { $activity }, { $when }.
    Dacă crezi că este o greșeală, scrie-ne aici.
book-not-allowed = Nu se poate rezerva așa. Alege activitatea din meniu.
book-limit = Pentru această lecție ai deja numărul maxim de locuri pentru o familie ({ $max }).
