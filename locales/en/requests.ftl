# Listening desk: the resident writes to the desk.

cat-housing = 🏠 Housing and ATC repairs
cat-rent = 💶 Rent, bills and paperwork
cat-social = 🤝 Social services
cat-health = 🩺 Health services
cat-homecare = 🧓 Care at home: nurse or carer
cat-school = 🎒 School and children
cat-neighbours = 🏢 Neighbours and safety
cat-other = ❓ Something else

req-choose-category = What do you need help with? Choose a topic.
req-describe =
    Tell us what is happening.
    You can write, send a voice message 🎤 or a photo 📷. You can send several messages.
    When you are finished, press “Done”.
req-done = ✅ Done
req-piece-received = Got it. You can add more, or press “Done”.
req-describe-empty = First write or send a voice message, then press “Done”.
req-description-too-long = This is too long for one request. Write the most important things; you can tell the rest to someone from the desk.
req-visit-question = Can you come to the desk at { $address }?
req-visit-desk = 🚶 Yes, I'll come to the desk
req-visit-home = 🏠 No, I need a home visit
req-address-question = Write your address (street, number, staircase, floor), or send your location.
req-share-location = 📍 Send my location
req-address-too-long = The address is too long. Write only street, number, staircase and floor.
req-contact-question = How would you like us to contact you?
req-contact-chat = 💬 Here in the chat
req-contact-phone = 📞 With a phone call
req-share-phone = 📞 Send my number
req-share-phone-own = Please send your own number with the button below.
req-summary =
    <b>Check your request</b>
    Topic: { $category }
    You sent: { $pieces ->
        [one] 1 message
       *[other] { $pieces } messages
    }
    Visit: { $visit }
    Contact: { $contact }
req-summary-visit-desk = at the desk
req-summary-visit-home = at home: { $address }
req-summary-location = location sent
req-summary-contact-chat = in the chat
req-summary-contact-phone = phone { $phone }
req-send = 📨 Send
req-edit = ✏️ Change
req-cancel = ✖️ Cancel
req-edit-what = What do you want to change?
req-edit-category = Topic
req-edit-description = Messages
req-edit-visit = Visit
req-edit-contact = Contact
req-sent =
    Done! Your request has the number { $number }.
    Someone from the desk will answer you here. You can keep writing here: it reaches the desk.
req-already-open = You already have an open request (number { $number }). Write here: your message reaches the desk.

relay-delivered = ✔️ Sent to the desk.
relay-staff-prefix = 💬 N.O.I. desk:
request-closed-notice = Your request number { $number } has been closed. If you need anything else, write here.
request-reopened = I reopened request number { $number }. Your message has reached the desk.

my-requests-title = <b>Your requests</b>
my-requests-none = You have no requests.
my-request-line = Number { $number } · { $category } · { $status } · { $date }
status-open = waiting
status-taken = being handled
status-closed = closed

staff-only = This is only for the desk staff.

qr-call-back = We have received your request. We will call you within two working days.
qr-bring-documents = Please come to the desk at { $address }, during opening hours, with your ATC contract and an ID document.
qr-more-info = We need a little more information. Can you explain a bit more? You can also send a voice message.
qr-home-visit = Someone from the desk will come to your home. We will tell you the day and time first.
qr-social-services = We passed your request to the town's social services. They will contact you.
qr-nurse = The neighbourhood nurse has received your request and will contact you soon.
qr-hours = The desk is open:
    { $hours }
qr-solved = We think the problem is solved. If you still need help, write here.
