booking-removed =
    ℹ️ The desk has cancelled your booking: { $activity }, { $when }.
    If you think this is a mistake, write to us here.
book-not-allowed = You cannot book this way. Please choose the activity from the menu.
book-limit = { $max ->
        [one] For this lesson a family can book only one place, and you already have it.
       *[other] For this lesson a family can book at most { $max } places, and you already have them.
    }
