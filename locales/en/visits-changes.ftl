# A request closed by staff calls off its home visit still to come.
visit-called-off = The home visit planned for { $when } has been cancelled, because your request number { $number } has been closed. If you still need help, write here.
visit-proposal-called-off = The times proposed for the home visit are no longer valid, because your request number { $number } has been closed. If you still need help, write here.
