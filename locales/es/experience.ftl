## Issue 30: the loop that closes properly
sat-sorry-reopen = Lo sentimos. ¿El problema sigue ahí? Podemos volver a abrir su solicitud número { $number }.
sat-reopen-yes = 🔁 Sí, vuelvan a abrirla
sat-reopen-no = No, gracias
sat-reopened = La solicitud número { $number } está abierta de nuevo. La oficina lo sabe y le responderá aquí.
closed-anything-else = ¿Todavía necesita ayuda con la solicitud número { $number }?

## Issue 30: one live control at a time
req-pieces-received = 📥 Recibidos: { $count }. Puede añadir algo más (texto, audio, foto) o pulsar «Listo».

## Issue 30: cancelling says what it does and what was cancelled
my-bookings-cancel-hint = ✖️ Para cancelar una reserva, púlsela abajo.
booking-cancelled-which = ✖️ Cancelada: <b>{ $activity }</b>, { $when }. Gracias por avisarnos: la plaza pasa a otra persona.
