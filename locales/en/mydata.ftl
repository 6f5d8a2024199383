# The copy of the data (/mydata): a text document the person reads in their language.

mydata-title = Your data at the N.O.I. desk
mydata-exported = Copy made on { $date }
mydata-controller = Who keeps the data: the N.O.I. housing desk (N.O.I. per la casa), via Gandolfi 20, Alessandria.
mydata-nothing = We keep no data about you.
mydata-section-you = About you
mydata-name = Name
mydata-language = Language
mydata-phone = Phone
mydata-first-contact = First contact
mydata-consent = You accepted the privacy notice (version { $version }) on { $date }.
mydata-consent-none = You have not accepted the privacy notice yet.
mydata-section-requests = Your requests to the desk
mydata-requests-none = No requests.
mydata-request = Request no. { $number }
mydata-opened = Opened
mydata-closed = Closed
mydata-visit-desk = Where: at the desk
mydata-visit-home = Where: home visit
mydata-address = Address
mydata-location = Location you sent
mydata-contact-chat = Contact: in this chat
mydata-contact-phone = Contact: by phone
mydata-content-erased = The texts of this request have already been deleted.
mydata-from-you = You
mydata-from-desk = Desk
mydata-forwarded = forwarded from { $name }
mydata-forwarded-hidden = forwarded, sender hidden
mydata-kind-voice = voice message
mydata-kind-photo = photo
mydata-kind-document = document
mydata-kind-audio = audio
mydata-kind-video = video
mydata-kind-video_note = video message
mydata-kind-location = location
mydata-kind-other = other
mydata-notes-exist = The staff also wrote internal work notes about this request: they are not in this copy.
mydata-section-bookings = Your bookings
mydata-bookings-none = No bookings.
mydata-booking-booked = booked
mydata-booking-waiting = on the waiting list
mydata-booking-offered = place offered
mydata-booking-cancelled = cancelled
mydata-booking-expired = offer expired
mydata-booking-declined = offer declined
mydata-attendance-present = present
mydata-attendance-absent = absent
mydata-child = Child: { $name }, { $class }, { $subject }
mydata-section-kept = How long we keep the data
mydata-retention =
    We delete the texts of closed requests after { $days ->
        [one] { $days } day
       *[other] { $days } days
    }. If you do not use the desk for { $days ->
        [one] { $days } day
       *[other] { $days } days
    }, we also delete your name, phone number, addresses and the children's names: only anonymous numbers for statistics remain.
mydata-notes-general = The staff also write internal work notes to organise their work: these notes exist, but they are not in this copy. To find out more, come to the desk.
# The name of the /mydata file, as the person sees it in their chat.
mydata-file-name = my-data-NOI-desk.txt
