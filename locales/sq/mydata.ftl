# The copy of the data (/mydata): a text document the person reads in their language.

mydata-title = Të dhënat tuaja në zyrën N.O.I.
mydata-exported = Kopje e bërë më { $date }
mydata-controller = Kush i ruan të dhënat: Zyra N.O.I. për banesën (N.O.I. per la casa), via Gandolfi 20, Alessandria.
mydata-nothing = Nuk ruajmë asnjë të dhënë për ju.
mydata-section-you = Kush jeni
mydata-name = Emri
mydata-language = Gjuha
mydata-phone = Telefoni
mydata-first-contact = Kontakti i parë
mydata-consent = I pranuat rregullat për të dhënat tuaja (versioni { $version }) më { $date }.
mydata-consent-none = Ende nuk i keni pranuar rregullat për të dhënat tuaja.
mydata-section-requests = Kërkesat tuaja në zyrë
mydata-requests-none = Asnjë kërkesë.
mydata-request = Kërkesa nr. { $number }
mydata-opened = Hapur
mydata-closed = Mbyllur
mydata-visit-desk = Ku: në zyrë
mydata-visit-home = Ku: vizitë në shtëpi
mydata-address = Adresa
mydata-location = Vendndodhja që dërguat
mydata-contact-chat = Kontakti: në këtë bisedë
mydata-contact-phone = Kontakti: me telefon
mydata-content-erased = Tekstet e kësaj kërkese janë fshirë tashmë.
mydata-from-you = Ju
mydata-from-desk = Zyra
mydata-forwarded = përcjellë nga { $name }
mydata-forwarded-hidden = përcjellë, dërguesi i fshehur
mydata-kind-voice = mesazh zanor
mydata-kind-photo = foto
mydata-kind-document = dokument
mydata-kind-audio = audio
mydata-kind-video = video
mydata-kind-video_note = mesazh video
mydata-kind-location = vendndodhje
mydata-kind-other = tjetër
mydata-notes-exist = Punonjësit kanë shkruar edhe shënime të brendshme pune për këtë kërkesë: ato nuk janë në këtë kopje.
mydata-section-bookings = Rezervimet tuaja
mydata-bookings-none = Asnjë rezervim.
mydata-booking-booked = i rezervuar
mydata-booking-waiting = në listën e pritjes
mydata-booking-offered = vend i ofruar
mydata-booking-cancelled = i anuluar
mydata-booking-expired = oferta skadoi
mydata-booking-declined = oferta u refuzua
mydata-attendance-present = erdhi
mydata-attendance-absent = nuk erdhi
mydata-child = Fëmija: { $name }, { $class }, { $subject }
mydata-section-kept = Për sa kohë i ruajmë të dhënat
mydata-retention =
    Tekstet e kërkesave të mbyllura fshihen pas { $days ->
        [one] { $days } dite
       *[other] { $days } ditësh
    }. Nëse nuk e përdorni zyrën për { $days } ditë, fshijmë edhe emrin, telefonin, adresat dhe emrat e fëmijëve: mbeten vetëm numra anonimë për statistikat.
mydata-notes-general = Punonjësit shkruajnë edhe shënime të brendshme pune për t'u organizuar: ato ekzistojnë, por nuk janë në këtë kopje. Për më shumë, ejani në zyrë.
# The name of the /mydata file, as the person sees it in their chat.
mydata-file-name = te-dhenat-e-mia-NOI.txt
