# Oficina de escucha: la persona escribe a la oficina.

cat-housing = 🏠 Vivienda y reparaciones ATC
cat-rent = 💶 Alquiler, facturas y papeles
cat-social = 🤝 Servicios sociales
cat-health = 🩺 Servicios de salud
cat-homecare = 🧓 Enfermero o cuidadora en casa
cat-school = 🎒 Escuela y niños
cat-neighbours = 🏢 Vecinos y seguridad
cat-other = ❓ Otra cosa

req-choose-category = ¿Qué necesitas? Elige un tema.
req-describe =
    Cuéntanos qué pasa.
    Puedes escribir, mandar un audio 🎤 o una foto 📷, incluso varios mensajes.
    Cuando termines, presiona «Listo».
req-done = ✅ Listo
req-piece-received = Recibido. Puedes añadir algo más o presionar «Listo».
req-describe-empty = Primero escribe o manda un audio, y luego presiona «Listo».
req-description-too-long = Es demasiado largo para una solicitud. Escribe lo más importante; lo demás se lo cuentas a la persona de la oficina.
req-visit-question = ¿Puedes venir a la oficina, en { $address }?
req-visit-desk = 🚶 Sí, voy a la oficina
req-visit-home = 🏠 No, necesito visita en casa
req-address-question = Escribe tu dirección (calle, número, escalera, piso) o manda tu ubicación.
req-share-location = 📍 Mandar mi ubicación
req-address-too-long = La dirección es demasiado larga. Escribe solo calle, número, escalera y piso.
req-contact-question = ¿Cómo prefieres que te contactemos?
req-contact-chat = 💬 Aquí en el chat
req-contact-phone = 📞 Con una llamada
req-share-phone-prompt = Presiona el botón de abajo para mandarnos tu número de teléfono.
req-share-phone = 📞 Mandar mi número
req-share-phone-own = Por favor, manda tu propio número con el botón de abajo.
req-summary =
    <b>Revisa tu solicitud</b>
    Tema: { $category }
    Has mandado: { $pieces ->
        [one] 1 mensaje
       *[other] { $pieces } mensajes
    }
    Visita: { $visit }
    Contacto: { $contact }
req-summary-visit-desk = en la oficina
req-summary-visit-home = en casa: { $address }
req-summary-location = ubicación enviada
req-summary-contact-chat = en el chat
req-summary-contact-phone = por teléfono, { $phone }
req-send = 📨 Enviar
req-edit = ✏️ Cambiar
req-cancel = ✖️ Cancelar
req-edit-what = ¿Qué quieres cambiar?
req-edit-category = Tema
req-edit-description = Mensajes
req-edit-visit = Visita
req-edit-contact = Contacto
req-sent =
    ¡Hecho! Tu solicitud tiene el número { $number }.
    Alguien de la oficina te responderá aquí. Puedes seguir escribiendo aquí: todo llega a la oficina.
req-already-open = Ya tienes una solicitud abierta (número { $number }). Escribe aquí: tu mensaje le llega a la persona de la oficina.

relay-delivered = ✔️ Enviado a la oficina.
relay-staff-prefix = 💬 Oficina N.O.I.:
request-closed-notice = Tu solicitud número { $number } se ha cerrado. Si necesitas algo más, escribe aquí.
request-reopened = He vuelto a abrir la solicitud número { $number }. Tu mensaje ha llegado a la oficina.

my-requests-title = <b>Tus solicitudes</b>
my-requests-none = No tienes solicitudes.
my-request-line = Número { $number } · { $category } · { $status } · { $date }
status-open = en espera
status-taken = en curso
status-closed = cerrada

staff-only = Esta función es solo para el personal de la oficina.

qr-call-back = Hemos recibido tu solicitud. Te llamaremos en los próximos dos días laborables.
qr-bring-documents = Ven a la oficina, en { $address }, en el horario de apertura. Trae tu contrato de la ATC y un documento de identidad.
qr-more-info = Necesitamos un poco más de información. ¿Puedes explicarnos mejor? También puedes mandar un audio.
qr-home-visit = Una persona de la oficina irá a tu casa. Antes te diremos el día y la hora.
qr-social-services = Hemos pasado tu solicitud a los servicios sociales del municipio. Ellos se pondrán en contacto contigo.
qr-nurse = El enfermero del barrio ha recibido tu solicitud y te contactará pronto.
qr-hours = La oficina abre:
    { $hours }
qr-solved = Creemos que el problema está resuelto. Si todavía necesitas ayuda, escribe aquí.
