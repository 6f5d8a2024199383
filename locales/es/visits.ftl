# Home visits: the proposal and the choice, reminders, "not at home", the calendar file.

visit-who-nurse = el enfermero del barrio
visit-who-carer = la cuidadora
visit-who-operator = una persona de la oficina
visit-who-name = { $name }, de la oficina N.O.I.
visit-when = { $date }, de { $from } a { $to }
visit-proposal =
    🏠 Visita en casa para tu solicitud número { $number }
    Quién irá: { $who }.
    ¿Cuándo estás en casa? Elige un horario:
visit-none = ❌ Ninguno de estos horarios
visit-unavailable = Lo siento, este horario ya no está libre. Elige otro:
visit-unavailable-all = Lo siento, estos horarios ya no están libres. Dinos cuándo estás en casa: escribe un mensaje o manda un audio.
visit-expired = Esta propuesta ya no es válida. Si necesitas ayuda, escribe aquí.
visit-confirmed =
    ✅ Visita en casa confirmada: { $when }.
    Quién irá: { $who }.
    Te lo recordaremos el día antes y una hora antes.
visit-calendar = 📅 Añadir a mi calendario
visit-calendar-caption = Abre este archivo para guardar la visita en el calendario del teléfono.
visit-calendar-updated = El horario ha cambiado: abre este archivo para actualizar el calendario del teléfono.
visit-calendar-file = visita-en-casa
visit-tell-when = De acuerdo. Dinos cuándo estás en casa: escribe un mensaje o manda un audio.
visit-reminder-day =
    ⏰ Recordatorio: mañana tienes la visita en casa, { $when }.
    Quién irá: { $who }.
visit-reminder-hour =
    ⏰ Hoy a las { $time } tienes la visita en casa.
    Quién irá: { $who }.
visit-ok = 👍 De acuerdo
visit-cant = ✖️ No puedo
visit-ok-thanks = ¡Gracias! Hasta pronto.
visit-cant-told = De acuerdo, se lo hemos dicho a la oficina. Dinos cuándo estás en casa: escribe un mensaje o manda un audio.
visit-not-home =
    🚪 Fuimos para la visita en casa ({ $when }), pero no había nadie.
    ¿Quieres una nueva cita?
visit-again-yes = 📅 Sí, otro día
visit-again-no = No, gracias
visit-again-yes-told = De acuerdo: la oficina te propondrá pronto un nuevo horario. También puedes escribir aquí cuándo estás en casa.
visit-again-no-told = De acuerdo. Si necesitas ayuda, escribe aquí.
visit-moved = La visita en casa prevista para el { $when } cambió de fecha. La oficina te propondrá pronto un nuevo horario.
visit-ics-title = Visita en casa – oficina N.O.I.
visit-ics-description = Quién irá: { $who } (solicitud número { $number }). Oficina N.O.I., { $address }.
# In the copy of their data (/mydata): each home visit with a time agreed, and what came of it.
mydata-visit = Visita en casa: { $when }, { $status ->
        [confirmed] confirmada
        [done] realizada
        [not-home] no estabas en casa
        [declined] dijiste que no podías
        [rescheduled] con nueva fecha
       *[cancelled] anulada
    }
