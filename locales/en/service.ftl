# Service levels: the desk is closed, hours and closures, the satisfaction question after closing.

closed-notice = The desk is closed now. We will read your message on { $day } from { $time }.
closed-notice-later = The desk is closed now. We will read your message as soon as it opens again.
closed-urgent = If it is urgent, call 112.
closed-urgent-social = If it is urgent, call 112 or the town's social emergency service: { $number }.
hours-holidays = Closed on public holidays.
hours-holidays-patron = Closed on public holidays and on { $day }, the feast of the town's patron saint.
hours-closure = Closed from { $from } to { $to }.
sat-question = Your request number { $number } is closed. Did we help you?
sat-yes = 😊 Yes
sat-partly = 😐 Partly
sat-no = 🙁 No
sat-thanks = Thank you for your answer! If you like, tell us more: write a message or send a voice message. The desk will read it.
sat-comment-thanks = Thank you, we have passed it on to the desk.
sat-expired = You have already answered. Thank you!

# A range of opening hours, "9:00–12:00".
hours-range = { $from }–{ $to }
