# Clases, apoyo escolar, talleres: reservas, lista de espera, recordatorios.

act-italian-a0a1 = Italiano desde cero (A0/A1)
act-italian-a1 = Italiano A1
act-italian-a2 = Italiano A2
act-italian-b1 = Italiano B1
act-tutoring-primary = Apoyo escolar – primaria
act-tutoring-middle = Apoyo escolar – secundaria
act-macrame = Taller de macramé
act-caregiver = Curso para cuidar a un familiar
act-italian-a0a1-desc = Para quien todavía no habla italiano, o solo sabe unas pocas palabras. Empezamos desde cero.
act-italian-a1-desc = Para quien entiende palabras y frases sencillas. Presentarse, hacer las compras, ir al médico.
act-italian-a2-desc = Para quien ya habla un poco. El trabajo, la escuela de los hijos, las oficinas públicas.
act-italian-b1-desc = Para quien habla bastante bien y quiere mejorar, también para exámenes y el permiso de residencia.
act-tutoring-primary-desc = Ayuda con las tareas para niños de primaria (scuola primaria).
act-tutoring-middle-desc = Ayuda con las tareas y el estudio para chicos de secundaria (11–14 años, scuola media).
act-macrame-desc = Trabajamos juntos con cuerdas y nudos. Para todos, aunque no tengan experiencia. Nosotros ponemos el material.
act-caregiver-desc = Cómo ayudar en casa a una persona mayor o enferma: higiene, movimiento, medicinas, derechos.

class-p1 = 1.er grado de primaria
class-p2 = 2.º grado de primaria
class-p3 = 3.er grado de primaria
class-p4 = 4.º grado de primaria
class-p5 = 5.º grado de primaria
class-m1 = Secundaria, 1.er año (1ª media)
class-m2 = Secundaria, 2.º año (2ª media)
class-m3 = Secundaria, 3.er año (3ª media)
subject-homework = Tareas
subject-italian = Italiano
subject-maths = Matemáticas
subject-english = Inglés
subject-science = Ciencias

place-desk = Oficina N.O.I., { $address }

book-choose-level = ¿Qué nivel? Si tiene dudas, elija el primero.
book-choose-activity = ¿Qué actividad?
book-sessions =
    <b>{ $activity }</b>
    { $description }
    Elija una fecha. Si está completa, puede inscribirse en la lista de espera.
book-no-sessions = Por ahora no hay clases en el calendario. Pronto pondremos más: puede preguntar en la oficina.
book-session-free =
    { $when } · { $free ->
        [one] 1 lugar
       *[other] { $free } lugares
    }
book-session-full = { $when } · completa
book-confirmed =
    ✅ ¡Reservado!
    { $activity }
    📅 { $when }
    📍 { $place }
    Se lo recordamos el día antes y dos horas antes.
book-confirmed-child =
    ✅ ¡Reservado para { $child }!
    { $activity }
    📅 { $when }
    📍 { $place }
    Se lo recordamos el día antes y dos horas antes.
book-full = Esta clase está completa. ¿Quiere inscribirse en la lista de espera? Si queda un lugar libre, le escribimos.
book-join-waitlist = 📝 Sí, me anoto en la lista
book-waitlisted = Usted es el número { $position } de la lista de espera. Si queda un lugar libre, le escribimos.
book-already = Ya tiene un lugar en esta clase, o ya está en la lista de espera.
book-started = Esta clase ya empezó. Elija otra.
book-session-cancelled = Esta clase se canceló. Elija otra.
book-not-found = Esta clase ya no existe. Elija otra.
book-free-now = Se liberó un lugar: puede reservarlo.

tutoring-child-name = ¿Cómo se llama el niño o la niña? Escriba solo el nombre.
tutoring-child-name-invalid = Escriba solo el nombre (máximo 40 letras).
tutoring-child-class = ¿En qué grado está { $child }?
tutoring-subject = ¿En qué necesita ayuda { $child }?
tutoring-another = ¿Quiere reservar también para otro niño o niña?
tutoring-another-yes = ➕ Otro niño o niña
tutoring-another-no = ✔️ No, eso es todo
tutoring-privacy-note = De los niños solo guardamos el nombre y el grado.

my-bookings-title = <b>Sus reservas</b>
my-bookings-none = No tiene reservas.
my-booking-line = { $activity } · { $when } · { $status }
my-booking-line-child = { $activity } ({ $child }) · { $when } · { $status }
booking-status-booked = reservado
booking-status-waiting = en lista de espera
booking-status-offered = ¡hay un lugar para usted!
booking-cancelled = Reserva cancelada. Gracias por avisarnos: el lugar pasa a otra persona.
booking-cancel-failed = Esta reserva ya no se puede cancelar.

waitlist-offer =
    🎉 ¡Se liberó un lugar!
    { $activity }
    📅 { $when }
    📍 { $place }
    ¿Lo quiere? Se lo guardamos hasta el { $until }.
offer-accept = ✅ Sí, quiero el lugar
offer-decline = No, gracias
offer-gone = Lo siento, esta oferta ya no es válida.
offer-declined = Muy bien. Damos el lugar a la siguiente persona.
offer-lapsed = El lugar que le guardábamos para { $activity } ({ $when }) pasó a la siguiente persona, porque no recibimos respuesta.

session-cancelled =
    ⚠️ Clase cancelada: { $activity }, { $when }.
    ¡Lo sentimos! Su reserva está cancelada. Puede elegir otra clase en el menú.

reminder-24h =
    ⏰ Recordatorio: mañana, { $when }
    { $activity }
    📍 { $place }
reminder-2h =
    ⏰ Dentro de dos horas, { $when }
    { $activity }
    📍 { $place }
reminder-coming = 👍 Voy
reminder-not-coming = ✖️ No puedo ir
reminder-thanks = ¡Gracias! Hasta pronto.
reminder-freed = Gracias por avisarnos. Ahora su lugar queda libre para otra persona.

# Short names, after the date on a booking's cancel button ("✖️ Mer 02/12 · Corso A1").
act-italian-a0a1-short = Curso A0/A1
act-italian-a1-short = Curso A1
act-italian-a2-short = Curso A2
act-italian-b1-short = Curso B1
act-macrame-short = Macramé
act-caregiver-short = Curso para cuidadores

# Every date of a course in one tap, and the answer, one line per date.
book-course-button = { $count ->
        [one] 📅 Reservar esta fecha
        [2] 📅 Reservar las dos fechas
       *[other] 📅 Reservar las { $count } fechas
    }
book-course-title = <b>{ $activity }</b> – todas las fechas:
book-course-line-booked = ✅ { $when } · lugar reservado
book-course-line-waiting = 📝 { $when } · lista de espera, número { $position }
book-course-line-refused = ✖️ { $when } · sin reserva
book-course-next = Le recordamos cada clase el día antes y dos horas antes.
book-course-next-waiting = Le recordamos las clases en las que tiene lugar. Si queda libre un lugar en una fecha completa, le escribimos.

# Cancelling a booking asks first.
booking-cancel-ask =
    ¿Quiere cancelar esta reserva?
    { $activity }
    📅 { $when }
booking-cancel-yes = ✖️ Sí, la cancelo
booking-cancel-no = No, la mantengo
