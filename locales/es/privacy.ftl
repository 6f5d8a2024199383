# Privacidad: qué guardamos, copia de los datos, borrado.

# One select on $days around the whole text: a select inside the sentence would be wrapped in bidi marks.
privacy-details =
    { $days ->
        [one]
            <b>Sus datos en la oficina N.O.I.</b>
            <b>Qué guardamos</b>: su nombre de Telegram, su idioma, su teléfono si nos lo envía, lo que escribe a la oficina (textos, audios, fotos), sus reservas. De los niños, solo el nombre y el grado.
            <b>Para qué</b>: para responder a sus solicitudes y organizar las clases de italiano y el apoyo escolar.
            <b>Quién los ve</b>: solo las personas que trabajan en la oficina, en su grupo de Telegram. No se los damos a nadie más sin preguntarle.
            <b>Cuánto tiempo</b>: los textos de las solicitudes cerradas se borran después de { $days } día. Después de { $days } día sin que usted se comunique con la oficina, borramos también su nombre, su teléfono, las direcciones y los nombres de los niños: solo quedan números anónimos para las estadísticas.
            /mydata – recibir una copia de todos sus datos
            /forget – borrar sus datos
       *[other]
            <b>Sus datos en la oficina N.O.I.</b>
            <b>Qué guardamos</b>: su nombre de Telegram, su idioma, su teléfono si nos lo envía, lo que escribe a la oficina (textos, audios, fotos), sus reservas. De los niños, solo el nombre y el grado.
            <b>Para qué</b>: para responder a sus solicitudes y organizar las clases de italiano y el apoyo escolar.
            <b>Quién los ve</b>: solo las personas que trabajan en la oficina, en su grupo de Telegram. No se los damos a nadie más sin preguntarle.
            <b>Cuánto tiempo</b>: los textos de las solicitudes cerradas se borran después de { $days } días. Después de { $days } días sin que usted se comunique con la oficina, borramos también su nombre, su teléfono, las direcciones y los nombres de los niños: solo quedan números anónimos para las estadísticas.
            /mydata – recibir una copia de todos sus datos
            /forget – borrar sus datos
    }
mydata-caption = Aquí tiene todo lo que guardamos sobre usted.
forget-confirm =
    ¿De verdad quiere borrar sus datos?
    Borramos su nombre, su teléfono, lo que escribió a la oficina y los nombres de los niños. Sus reservas se cancelan. Esto no se puede deshacer.
forget-yes = 🗑 Sí, borren mis datos
forget-no = No, los conservo
forget-done = Hecho: sus datos están borrados. Si vuelve a escribir, empezamos desde el principio.
forget-kept = De acuerdo, no borré nada.
input-too-large = Este archivo es demasiado grande (máximo { $max } MB).
cmd-mydata = Mis datos
cmd-forget = Borrar mis datos
store-limit-request = Ya ha enviado muchos mensajes sobre esta solicitud (máximo { $max }): no guardaremos los siguientes. La oficina lo ha recibido todo y le responderá. Si es urgente, venga a la oficina en { $address }.
store-limit-day = Hoy ya ha enviado muchos mensajes (máximo { $max } al día): hasta mañana no guardaremos los siguientes. Si es urgente, venga a la oficina en { $address }.
