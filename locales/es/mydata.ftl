# The copy of the data (/mydata): a text document the person reads in their language.

mydata-title = Sus datos en la oficina N.O.I.
mydata-exported = Copia hecha el { $date }
mydata-controller = Quién guarda los datos: la oficina N.O.I. para la vivienda (N.O.I. per la casa), via Gandolfi 20, Alessandria.
mydata-nothing = No guardamos ningún dato sobre usted.
mydata-section-you = Quién es usted
mydata-name = Nombre
mydata-language = Idioma
mydata-phone = Teléfono
mydata-first-contact = Primer contacto
mydata-consent = Aceptó el aviso de privacidad (versión { $version }) el { $date }.
mydata-consent-none = Todavía no ha aceptado el aviso de privacidad.
mydata-section-requests = Sus solicitudes a la oficina
mydata-requests-none = Ninguna solicitud.
mydata-request = Solicitud n.º { $number }
mydata-opened = Abierta
mydata-closed = Cerrada
mydata-visit-desk = Dónde: en la oficina
mydata-visit-home = Dónde: visita en casa
mydata-address = Dirección
mydata-location = Ubicación que envió
mydata-contact-chat = Contacto: en este chat
mydata-contact-phone = Contacto: por teléfono
mydata-content-erased = Los textos de esta solicitud ya se borraron.
mydata-from-you = Usted
mydata-from-desk = Oficina
mydata-forwarded = reenviado de { $name }
mydata-forwarded-hidden = reenviado, remitente oculto
mydata-kind-voice = audio (mensaje de voz)
mydata-kind-photo = foto
mydata-kind-document = documento
mydata-kind-audio = archivo de audio
mydata-kind-video = video
mydata-kind-video_note = videomensaje
mydata-kind-location = ubicación
mydata-kind-other = otro
mydata-notes-exist = El personal también escribió notas de trabajo internas sobre esta solicitud: no están en esta copia.
mydata-section-bookings = Sus reservas
mydata-bookings-none = Ninguna reserva.
mydata-booking-booked = reservada
mydata-booking-waiting = en lista de espera
mydata-booking-offered = lugar ofrecido
mydata-booking-cancelled = cancelada
mydata-booking-expired = oferta vencida
mydata-booking-declined = oferta rechazada
mydata-attendance-present = presente
mydata-attendance-absent = ausente
mydata-child = Niño/a: { $name }, { $class }, { $subject }
mydata-section-kept = Cuánto tiempo guardamos los datos
mydata-retention =
    Borramos los textos de las solicitudes cerradas después de { $days ->
        [one] { $days } día
       *[other] { $days } días
    }. Después de { $days ->
        [one] { $days } día
       *[other] { $days } días
    } sin que usted se comunique con la oficina, también borramos el nombre, el teléfono, las direcciones y los nombres de los niños: solo quedan números anónimos para las estadísticas.
mydata-notes-general = El personal también escribe notas de trabajo internas para organizarse: existen, pero no están en esta copia. Para saber más, venga a la oficina.
# The name of the /mydata file, as the person sees it in their chat.
mydata-file-name = mis-datos-oficina-NOI.txt
