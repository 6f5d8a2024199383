## Issue 30: the loop that closes properly
sat-sorry-reopen = We are sorry. Is the problem still there? We can reopen your request number { $number }.
sat-reopen-yes = 🔁 Yes, reopen the request
sat-reopen-no = No, thank you
sat-reopened = Request number { $number } is open again. The desk knows and will answer you here.
closed-anything-else = Do you still need help with request number { $number }?

## Issue 30: one live control at a time
req-pieces-received = 📥 Received: { $count }. You can add more (text, voice, photo) or press “Done”.

## Issue 30: cancelling says what it does and what was cancelled
my-bookings-cancel-hint = ✖️ To cancel a booking, press it below.
booking-cancelled-which = ✖️ Cancelled: <b>{ $activity }</b>, { $when }. Thank you for telling us: the place goes to someone else.

## Issue 30: a first message is greeted, in the language the phone or the words suggest
first-contact-greeting = 👋 Hello! This is the N.O.I. housing desk. We can talk in your language.

## Issue 30: messages sent outside a form are one question, not one each
held-ask-many = Do you want to send your messages ({ $count }) to the desk?

## Issue 30: six taps to a first request (the visit question on the receipt; answered in the chat unless they ask for a call)
req-describe-open =
    Tell us what is happening.
    You can write, send a voice message 🎤 or a photo 📷. You can send several messages.
req-pieces-then-visit =
    📥 Received: { $count }. You can add more (text, voice, photo).
    When you have finished, tell us: can you come to the desk at { $address }?
req-call-me-instead = 📞 Call me instead
req-summary-choose = What would you like to do?

## Issue 30: a question asked again is repeated below, not pointed at
input-answer-below = Please answer with one of the buttons below, or send /cancel to stop.
button-stale-step = That button is from a question you have already answered; your answer is saved. Here is the question now.

## Issue 30: a cancel button says "cancel"; the old "✅ Booked" says it was cancelled
booking-cancel-day = ✖️ Cancel { $date }
booking-cancel-day-child = ✖️ Cancel { $date } · { $child }
booking-was-cancelled = ✖️ Booking cancelled: <b>{ $activity }</b>, { $when }.

## Issue 30: "ATC" explained where residents choose a topic; consent is not the only answer to the notice
req-choose-category-explained =
    What do you need help with? Choose a topic.
    (ATC is the public agency that owns the social housing flats and repairs them.)
privacy-prefer-person = 🙋 I'd rather talk to a person
privacy-person-answer = Of course. You can talk to a person at the desk, without writing here. We keep nothing of yours until you press “I agree”; if you change your mind, the button is above.

## Issue 30: an old button of a finished step says the step is done and what became of what was said
old-button-toast-form = ✔️ This step is done: what you said is kept.
old-button-toast-request = ✔️ This step is done: your request is safe.
old-button-request = ✔️ This step is already done: your request number { $number } is safe with the desk. The answer will come here, in this chat.

## Issue 30: a phone number may be typed as well as shared with the button
req-phone-or-type = Press the button below to send us your phone number, or write it here.
