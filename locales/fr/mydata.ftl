# The copy of the data (/mydata): a text document the person reads in their language.

mydata-title = Vos données au guichet N.O.I.
mydata-exported = Copie faite le { $date }
mydata-controller = Qui garde les données : le guichet N.O.I. pour le logement (N.O.I. per la casa), via Gandolfi 20, Alessandria.
mydata-nothing = Nous ne gardons aucune donnée sur vous.
mydata-section-you = Qui vous êtes
mydata-name = Nom
mydata-language = Langue
mydata-phone = Téléphone
mydata-first-contact = Premier contact
mydata-consent = Vous avez accepté les règles sur vos données (version { $version }) le { $date }.
mydata-consent-none = Vous n'avez pas encore accepté les règles sur vos données.
mydata-section-requests = Vos demandes au guichet
mydata-requests-none = Aucune demande.
mydata-request = Demande n° { $number }
mydata-opened = Ouverte
mydata-closed = Fermée
mydata-visit-desk = Où : au guichet
mydata-visit-home = Où : visite à domicile
mydata-address = Adresse
mydata-location = Position envoyée
mydata-contact-chat = Contact : dans cette discussion
mydata-contact-phone = Contact : par téléphone
mydata-content-erased = Les textes de cette demande ont déjà été effacés.
mydata-from-you = Vous
mydata-from-desk = Guichet
mydata-forwarded = transféré de { $name }
mydata-forwarded-hidden = transféré, expéditeur masqué
mydata-kind-voice = message vocal
mydata-kind-photo = photo
mydata-kind-document = document
mydata-kind-audio = audio
mydata-kind-video = vidéo
mydata-kind-video_note = message vidéo
mydata-kind-location = position
mydata-kind-other = autre
mydata-notes-exist = Le personnel a aussi écrit des notes de travail internes sur cette demande : elles ne sont pas dans cette copie.
mydata-section-bookings = Vos réservations
mydata-bookings-none = Aucune réservation.
mydata-booking-booked = réservée
mydata-booking-waiting = sur la liste d'attente
mydata-booking-offered = place proposée
mydata-booking-cancelled = annulée
mydata-booking-expired = offre expirée
mydata-booking-declined = offre refusée
mydata-attendance-present = présent(e)
mydata-attendance-absent = absent(e)
mydata-child = Enfant : { $name }, { $class }, { $subject }
mydata-section-kept = Combien de temps nous gardons les données
mydata-retention =
    Nous effaçons les textes des demandes fermées après { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }. Si vous n'utilisez pas le guichet pendant { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }, nous effaçons aussi le nom, le téléphone, les adresses et les prénoms des enfants : il ne reste que des chiffres anonymes pour les statistiques.
mydata-notes-general = Le personnel écrit aussi des notes de travail internes pour s'organiser : elles existent, mais elles ne sont pas dans cette copie. Pour en savoir plus, venez au guichet.
# The name of the /mydata file, as the person sees it in their chat.
mydata-file-name = mes-donnees-guichet-NOI.txt
