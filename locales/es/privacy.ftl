# Privacidad: qué guardamos, copia de los datos, borrado.

# One select on $days around the whole text: a select inside the sentence would be wrapped in bidi marks.
privacy-details =
    { $days ->
        [one]
            <b>Tus datos en la oficina N.O.I.</b>
            <b>Qué guardamos</b>: tu nombre de Telegram, tu idioma, tu teléfono si nos lo mandas, lo que escribes a la oficina (textos, audios, fotos), tus reservas. De los niños, solo el nombre y el curso.
            <b>Para qué</b>: para responder a tus solicitudes y organizar las clases de italiano y el apoyo escolar.
            <b>Quién los ve</b>: solo las personas que trabajan en la oficina, en su grupo de Telegram. No se los damos a nadie más sin preguntarte.
            <b>Cuánto tiempo</b>: los textos de las solicitudes cerradas se borran después de { $days } día. Si no usas la oficina durante { $days } día, borramos también tu nombre, tu teléfono, las direcciones y los nombres de los niños: solo quedan números anónimos para las estadísticas.
            /mydata – recibir una copia de todos tus datos
            /forget – borrar tus datos
       *[other]
            <b>Tus datos en la oficina N.O.I.</b>
            <b>Qué guardamos</b>: tu nombre de Telegram, tu idioma, tu teléfono si nos lo mandas, lo que escribes a la oficina (textos, audios, fotos), tus reservas. De los niños, solo el nombre y el curso.
            <b>Para qué</b>: para responder a tus solicitudes y organizar las clases de italiano y el apoyo escolar.
            <b>Quién los ve</b>: solo las personas que trabajan en la oficina, en su grupo de Telegram. No se los damos a nadie más sin preguntarte.
            <b>Cuánto tiempo</b>: los textos de las solicitudes cerradas se borran después de { $days } días. Si no usas la oficina durante { $days } días, borramos también tu nombre, tu teléfono, las direcciones y los nombres de los niños: solo quedan números anónimos para las estadísticas.
            /mydata – recibir una copia de todos tus datos
            /forget – borrar tus datos
    }
mydata-caption = Aquí tienes todo lo que guardamos sobre ti.
forget-confirm =
    ¿De verdad quieres borrar tus datos?
    Borramos tu nombre, tu teléfono, lo que escribiste a la oficina y los nombres de los niños. Tus reservas se cancelan. Esto no se puede deshacer.
forget-yes = 🗑 Sí, borrar mis datos
forget-no = No, mantenerlos
forget-done = Hecho: tus datos están borrados. Si vuelves a escribir, empezamos desde el principio.
forget-kept = De acuerdo, no he borrado nada.
input-too-large = Este archivo es demasiado grande (máximo { $max } MB).
cmd-mydata = Mis datos
cmd-forget = Borrar mis datos
store-limit-request = Ya has enviado muchos mensajes sobre esta solicitud (máximo { $max }): no guardaremos los siguientes. La oficina lo ha recibido todo y te responderá. Si es urgente, ven a la oficina en { $address }.
store-limit-day = Hoy ya has enviado muchos mensajes (máximo { $max } al día): hasta mañana no guardaremos los siguientes. Si es urgente, ven a la oficina en { $address }.
