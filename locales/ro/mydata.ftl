# The copy of the data (/mydata): a text document the person reads in their language.

mydata-title = Datele păstrate la biroul N.O.I.
mydata-exported = Copie făcută pe { $date }
mydata-controller = Cine păstrează datele: biroul N.O.I. pentru locuințe (N.O.I. per la casa), via Gandolfi 20, Alessandria.
mydata-nothing = Nu păstrăm nicio informație despre dvs.
mydata-section-you = Cine sunteți
mydata-name = Nume
mydata-language = Limba
mydata-phone = Telefon
mydata-first-contact = Primul contact
mydata-consent = Ați acceptat regulile privind datele personale (versiunea { $version }) pe { $date }.
mydata-consent-none = Încă nu ați acceptat regulile privind datele personale.
mydata-section-requests = Cererile trimise biroului
mydata-requests-none = Nicio cerere.
mydata-request = Cererea nr. { $number }
mydata-opened = Deschisă
mydata-closed = Închisă
mydata-visit-desk = Unde: la birou
mydata-visit-home = Unde: vizită acasă
mydata-address = Adresa
mydata-location = Locația trimisă
mydata-contact-chat = Contact: în această conversație
mydata-contact-phone = Contact: prin telefon
mydata-content-erased = Textele acestei cereri au fost deja șterse.
mydata-from-you = Dumneavoastră
mydata-from-desk = Biroul
mydata-forwarded = redirecționat de la { $name }
mydata-forwarded-hidden = redirecționat, expeditor ascuns
mydata-kind-voice = mesaj vocal
mydata-kind-photo = fotografie
mydata-kind-document = document
mydata-kind-audio = audio
mydata-kind-video = video
mydata-kind-video_note = mesaj video
mydata-kind-location = locație
mydata-kind-other = altceva
mydata-notes-exist = Cei de la birou au scris și note interne de lucru despre această cerere: ele nu sunt în această copie.
mydata-section-bookings = Rezervările făcute
mydata-bookings-none = Nicio rezervare.
mydata-booking-booked = rezervată
mydata-booking-waiting = pe lista de așteptare
mydata-booking-offered = loc oferit
mydata-booking-cancelled = anulată
mydata-booking-expired = ofertă expirată
mydata-booking-declined = ofertă refuzată
mydata-attendance-present = a venit
mydata-attendance-absent = nu a venit
mydata-child = Copil: { $name }, { $class }, { $subject }
mydata-section-kept = Cât timp păstrăm datele
mydata-retention =
    Textele cererilor închise se șterg după { $days ->
        [one] { $days } zi
        [few] { $days } zile
       *[other] { $days } de zile
    }. Dacă nu folosiți biroul timp de { $days ->
        [one] { $days } zi
        [few] { $days } zile
       *[other] { $days } de zile
    }, ștergem și numele, telefonul, adresele și prenumele copiilor: rămân doar numere anonime pentru statistici.
mydata-notes-general = Cei de la birou scriu și note interne de lucru, ca să se organizeze: ele există, dar nu sunt în această copie. Pentru mai multe informații, veniți la birou.
# The name of the /mydata file, as the person sees it in their chat.
mydata-file-name = datele-mele-NOI.txt
