# Oficina de escucha: la persona escribe a la oficina.

cat-housing = 🏠 Vivienda y reparaciones ATC
cat-rent = 💶 Alquiler, facturas y papeles
cat-social = 🤝 Servicios sociales
cat-health = 🩺 Servicios de salud
cat-homecare = 🧓 Enfermero o cuidadora en casa
cat-school = 🎒 Escuela y niños
cat-neighbours = 🏢 Vecinos y seguridad
cat-other = ❓ Otra cosa

req-choose-category = ¿Qué necesita? Elija un tema.
req-describe =
    Cuéntenos qué pasa.
    Puede escribir, enviar un audio 🎤 o una foto 📷. Puede enviar varios mensajes.
    Cuando termine, presione «Listo».
req-done = ✅ Listo
req-piece-received = Recibido. Puede agregar algo más o presionar «Listo».
req-describe-empty = Primero escriba o envíe un audio, y luego presione «Listo».
req-description-too-long = Es demasiado largo para una solicitud. Escriba lo más importante; lo demás se lo cuenta a la persona de la oficina.
req-visit-question = ¿Puede venir a la oficina, en { $address }?
req-visit-desk = 🚶 Sí, voy a la oficina
req-visit-home = 🏠 No, mejor una visita en casa
req-address-question = Escriba su dirección (calle, número, escalera, piso) o envíe su ubicación.
req-share-location = 📍 Enviar mi ubicación
req-address-too-long = La dirección es demasiado larga. Escriba solo calle, número, escalera y piso.
req-contact-question = ¿Cómo prefiere que nos comuniquemos con usted?
req-contact-chat = 💬 Aquí en el chat
req-contact-phone = 📞 Con una llamada
req-share-phone = 📞 Enviar mi número
req-share-phone-own = Por favor, envíe su propio número con el botón de abajo.
req-summary =
    <b>Revise su solicitud</b>
    Tema: { $category }
    Ha enviado: { $pieces ->
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
req-edit-what = ¿Qué quiere cambiar?
req-edit-category = Tema
req-edit-description = Mensajes
req-edit-visit = Visita
req-edit-contact = Contacto
req-sent =
    ¡Hecho! Su solicitud tiene el número { $number }.
    Alguien de la oficina le responderá aquí. Puede seguir escribiendo aquí: todo llega a la oficina.
req-already-open = Ya tiene una solicitud abierta (número { $number }). Escriba aquí: su mensaje le llega a la persona de la oficina.

relay-delivered = ✔️ Enviado a la oficina.
relay-staff-prefix = 💬 Oficina N.O.I.:
request-closed-notice = Su solicitud número { $number } se cerró. Si necesita algo más, escriba aquí.
request-reopened = Volví a abrir la solicitud número { $number }. Su mensaje llegó a la oficina.

my-requests-title = <b>Sus solicitudes</b>
my-requests-none = No tiene solicitudes.
my-request-line = Número { $number } · { $category } · { $status } · { $date }
status-open = en espera
status-taken = en curso
status-closed = cerrada

staff-only = Esta función es solo para el personal de la oficina.

qr-call-back = Hemos recibido su solicitud. Le haremos una llamada en los próximos dos días hábiles.
qr-bring-documents = Venga a la oficina, en { $address }, en el horario de atención. Traiga su contrato de la ATC y un documento de identidad.
qr-more-info = Necesitamos un poco más de información. ¿Puede explicarnos mejor? También puede enviar un audio.
qr-home-visit = Una persona de la oficina irá a su casa. Antes le diremos el día y la hora.
qr-social-services = Hemos pasado su solicitud a los servicios sociales del municipio. Ellos se pondrán en contacto con usted.
qr-nurse = El enfermero del barrio recibió su solicitud y se pondrá en contacto con usted pronto.
qr-hours = La oficina abre:
    { $hours }
qr-solved = Creemos que el problema está resuelto. Si todavía necesita ayuda, escriba aquí.
