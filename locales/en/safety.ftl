booking-removed =
    ℹ️ The desk has removed your booking: { $activity }, { $when }.
    If you think this is a mistake, write to us here.
book-not-allowed = This cannot be booked this way. Please choose the activity from the menu.
book-limit = For this lesson you already have the most places one family can book ({ $max }).
