# Home visits: the proposal and the choice, reminders, "not at home", the calendar file.

visit-who-nurse = el enfermero del barrio
visit-who-carer = la cuidadora
visit-who-operator = una persona de la oficina
visit-who-name = { $name }, de la oficina N.O.I.
visit-when = { $date }, de { $from } a { $to }
visit-proposal =
    🏠 Visita en casa para su solicitud número { $number }
    Quién irá: { $who }.
    ¿Cuándo está en casa? Elija un horario:
visit-none = ❌ Ninguno de estos horarios
visit-unavailable = Lo siento, este horario ya no está libre. Elija otro:
visit-unavailable-all = Lo siento, estos horarios ya no están libres. Díganos cuándo está en casa: escriba un mensaje o envíe un audio.
visit-expired = Esta propuesta ya no es válida. Si necesita ayuda, escriba aquí.
visit-confirmed =
    ✅ Visita en casa confirmada: { $when }.
    Quién irá: { $who }.
    Se lo recordaremos el día antes y una hora antes.
visit-calendar = 📅 Agregar a mi calendario
visit-calendar-caption = Abra este archivo para guardar la visita en el calendario del teléfono.
visit-calendar-updated = El horario cambió: abra este archivo para actualizar el calendario del teléfono.
visit-calendar-file = visita-en-casa
visit-tell-when = De acuerdo. Díganos cuándo está en casa: escriba un mensaje o envíe un audio.
visit-reminder-day =
    ⏰ Recordatorio: mañana tiene la visita en casa, { $when }.
    Quién irá: { $who }.
visit-reminder-hour =
    ⏰ Hoy a las { $time } tiene la visita en casa.
    Quién irá: { $who }.
visit-ok = 👍 De acuerdo
visit-cant = ✖️ No puedo
visit-ok-thanks = ¡Gracias! Hasta pronto.
visit-cant-told = De acuerdo, ya le avisamos a la oficina. Díganos cuándo está en casa: escriba un mensaje o envíe un audio.
visit-not-home =
    🚪 Fuimos a su casa para la visita ({ $when }), pero no había nadie.
    ¿Quiere una nueva cita?
visit-again-yes = 📅 Sí, otro día
visit-again-no = No, gracias
visit-again-yes-told = De acuerdo: la oficina le propondrá pronto un nuevo horario. También puede escribir aquí cuándo está en casa.
visit-again-no-told = De acuerdo. Si necesita ayuda, escriba aquí.
visit-moved = La visita en casa prevista para el { $when } cambió de fecha. La oficina le propondrá pronto un nuevo horario.
visit-ics-title = Visita en casa – oficina N.O.I.
visit-ics-description = Quién irá: { $who } (solicitud número { $number }). Oficina N.O.I., { $address }.
# In the copy of their data (/mydata): each home visit with a time agreed, and what came of it.
mydata-visit = Visita en casa: { $when }, { $status ->
        [confirmed] confirmada
        [done] realizada
        [not-home] no estaba en casa
        [declined] dijo que no podía
        [rescheduled] con nueva fecha
       *[cancelled] cancelada
    }
