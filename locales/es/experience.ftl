## Issue 30: the loop that closes properly
sat-sorry-reopen = Lo sentimos. ¿El problema sigue ahí? Podemos volver a abrir su solicitud número { $number }.
sat-reopen-yes = 🔁 Sí, vuelvan a abrirla
sat-reopen-no = No, gracias
sat-reopened = La solicitud número { $number } está abierta de nuevo. La oficina lo sabe y le responderá aquí.
closed-anything-else = ¿Todavía necesita ayuda con la solicitud número { $number }?

## Issue 30: one live control at a time
req-pieces-received = 📥 Recibidos: { $count }. Puede agregar algo más (texto, audio, foto) o presionar «Listo».

## Issue 30: cancelling says what it does and what was cancelled
my-bookings-cancel-hint = ✖️ Para cancelar una reserva, presiónela abajo.
booking-cancelled-which = ✖️ Cancelada: <b>{ $activity }</b>, { $when }. Gracias por avisarnos: el lugar pasa a otra persona.

## Issue 30: a first message is greeted, in the language the phone or the words suggest
first-contact-greeting = 👋 ¡Hola! Esta es la oficina N.O.I. para la vivienda. Podemos hablar en su idioma.

## Issue 30: messages sent outside a form are one question, not one each
held-ask-many = ¿Quiere enviar sus mensajes ({ $count }) a la oficina?

## Issue 30: seis toques para una primera solicitud
req-describe-open =
    Cuéntenos qué pasa.
    Puede escribir, mandar un audio 🎤 o una foto 📷. Puede enviar varios mensajes.
req-pieces-then-visit =
    📥 Recibidos: { $count }. Puede agregar algo más (texto, audio, foto).
    Cuando termine, díganos: ¿puede venir a la oficina, en { $address }?
req-call-me-instead = 📞 Prefiero una llamada
req-summary-choose = ¿Qué quiere hacer?

## Issue 30: una pregunta repetida abajo
input-answer-below = Por favor, responda con uno de los botones de abajo, o mande /cancel para salir.
button-stale-step = Ese botón es de una pregunta que ya respondió: lo que dijo queda guardado. La pregunta ahora es esta.

## Issue 30: a cancel button says "cancel"; the old "✅ Booked" says it was cancelled
booking-cancel-day = ✖️ Cancelar { $date }
booking-cancel-day-child = ✖️ Cancelar { $date } · { $child }
booking-was-cancelled = ✖️ Reserva cancelada: <b>{ $activity }</b>, { $when }.

## Issue 30: "ATC" explained where residents choose a topic; consent is not the only answer to the notice
req-choose-category-explained =
    ¿Qué necesita? Elija un tema.
    (La ATC es el organismo público dueño de las viviendas sociales, que hace las reparaciones.)
privacy-prefer-person = 🙋 Prefiero hablar con alguien
privacy-person-answer = Claro. Puede hablar con una persona en la oficina, sin escribir aquí. No guardamos nada suyo hasta que presione «Estoy de acuerdo»; si cambia de idea, el botón está arriba.

## Issue 30: an old button of a finished step says the step is done and what became of what was said
old-button-toast-form = ✔️ Este paso ya está hecho: lo que dijo queda guardado.
old-button-toast-request = ✔️ Este paso ya está hecho: su solicitud está a salvo.
old-button-request = ✔️ Este paso ya está hecho: su solicitud número { $number } está a salvo en la oficina. La respuesta llegará aquí, en este chat.

## Issue 30: a phone number may be typed as well as shared with the button
req-phone-or-type = Presione el botón de abajo para enviarnos su número de teléfono, o escríbalo aquí.
