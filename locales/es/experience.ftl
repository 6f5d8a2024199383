## Issue 30: the loop that closes properly
sat-sorry-reopen = Lo sentimos. ¿El problema sigue ahí? Podemos volver a abrir tu solicitud número { $number }.
sat-reopen-yes = 🔁 Sí, vuelvan a abrirla
sat-reopen-no = No, gracias
sat-reopened = La solicitud número { $number } está abierta de nuevo. La oficina lo sabe y te responderá aquí.
closed-anything-else = ¿Todavía necesitas ayuda con la solicitud número { $number }?

## Issue 30: one live control at a time
req-pieces-received = 📥 Recibidos: { $count }. Puedes añadir algo más (texto, audio, foto) o presionar «Listo».

## Issue 30: cancelling says what it does and what was cancelled
my-bookings-cancel-hint = ✖️ Para cancelar una reserva, presiona su botón abajo.
booking-cancelled-which = ✖️ Cancelada: <b>{ $activity }</b>, { $when }. Gracias por avisarnos: la plaza pasa a otra persona.

## Issue 30: a first message is greeted, in the language the phone or the words suggest
first-contact-greeting = 👋 ¡Hola! Esta es la oficina de vivienda N.O.I. Podemos hablar en tu idioma.

## Issue 30: messages sent outside a form are one question, not one each
held-ask-many = ¿Quieres enviar tus mensajes ({ $count }) a la oficina?

## Issue 30: seis toques para una primera solicitud
req-describe-open =
    Cuéntanos qué pasa.
    Puedes escribir, mandar un audio 🎤 o una foto 📷, incluso varios mensajes.
req-pieces-then-visit =
    📥 Recibidos: { $count }. Puedes añadir algo más (texto, audio, foto).
    Cuando termines, dinos: ¿puedes venir a la oficina, en { $address }?
req-call-me-instead = 📞 Prefiero una llamada
req-summary-choose = ¿Qué quieres hacer?

## Issue 30: una pregunta repetida abajo
input-answer-below = Por favor, responde con uno de los botones de abajo, o manda /cancel para salir.
button-stale-step = Ese botón es de una pregunta que ya respondiste: lo que dijiste queda guardado. La pregunta ahora es esta.

## Issue 30: a cancel button says "cancel"; the old "✅ Booked" says it was cancelled
booking-cancel-day = ✖️ Cancelar { $date }
booking-cancel-day-child = ✖️ Cancelar { $date } · { $child }
booking-was-cancelled = ✖️ Reserva cancelada: <b>{ $activity }</b>, { $when }.

## Issue 30: "ATC" explained where residents choose a topic; consent is not the only answer to the notice
req-choose-category-explained =
    ¿Qué necesitas? Elige un tema.
    (La ATC es el organismo público dueño de las viviendas sociales, que hace las reparaciones.)
privacy-prefer-person = 🙋 Prefiero hablar con alguien
privacy-person-answer = Claro. Puedes hablar con una persona en la oficina, sin escribir aquí. No guardamos nada tuyo hasta que presiones «Estoy de acuerdo»; si cambias de idea, el botón está arriba.
