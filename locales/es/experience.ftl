## Issue 30: the loop that closes properly
sat-sorry-reopen = Lo sentimos. ¿El problema sigue ahí? Podemos volver a abrir su solicitud número { $number }.
sat-reopen-yes = 🔁 Sí, vuelvan a abrirla
sat-reopen-no = No, gracias
sat-reopened = La solicitud número { $number } está abierta de nuevo. La oficina lo sabe y le responderá aquí.
closed-anything-else = ¿Todavía necesita ayuda con la solicitud número { $number }?

## Issue 30: one live control at a time
req-pieces-received = 📥 Recibidos: { $count }. Puede añadir algo más (texto, audio, foto) o presionar «Listo».

## Issue 30: cancelling says what it does and what was cancelled
my-bookings-cancel-hint = ✖️ Para cancelar una reserva, presiónela abajo.
booking-cancelled-which = ✖️ Cancelada: <b>{ $activity }</b>, { $when }. Gracias por avisarnos: la plaza pasa a otra persona.

## Issue 30: a first message is greeted, in the language the phone or the words suggest
first-contact-greeting = 👋 ¡Hola! Esta es la oficina de vivienda N.O.I. Podemos hablar en su idioma.

## Issue 30: messages sent outside a form are one question, not one each
held-ask-many = ¿Quiere enviar sus mensajes ({ $count }) a la oficina?
