# Primer contacto, menú, idioma, ayuda. Frases cortas y palabras sencillas: quien lee puede haber ido poco a la escuela.

language-prompt = Elige tu idioma.
language-set = Muy bien, desde ahora te escribo en español.

privacy-notice =
    <b>Antes de empezar</b>
    Este bot es la oficina N.O.I. para la vivienda, en { $address }.
    Solo guardamos lo que nos escribes, para ayudarte. Solo lo leen las personas que trabajan en la oficina.
    Puedes ver tus datos con /mydata y borrarlos con /forget.
    Para saber más: /privacy
privacy-agree = ✅ Estoy de acuerdo
privacy-needed = Para seguir, presiona «Estoy de acuerdo» aquí arriba.
privacy-thanks = ¡Gracias! Ahora puedes usar la oficina.

menu-title = ¿Cómo podemos ayudarte?
menu-desk = 🗣 Hablar con la oficina
menu-italian = 🇮🇹 Clases de italiano
menu-tutoring = 📚 Apoyo escolar
menu-activities = 🧶 Otras actividades
menu-mine = 📋 Mis reservas y solicitudes
menu-info = ℹ️ Dónde estamos y horarios
menu-language = 🌍 Idioma
menu-privacy = 🔒 Privacidad
menu-back = 🏠 Menú

feature-coming = Esta parte de la oficina llega pronto. Mientras tanto, puedes venir a { $address }.

help-text =
    Soy el bot de la oficina N.O.I. para la vivienda.
    /menu – el menú
    /language – cambiar de idioma
    /cancel – dejar lo que estás haciendo
    /privacy – tus datos
    También puedes escribir, mandar un audio o una foto.

cancel-done = Muy bien, lo he cancelado. No se ha enviado nada.
cancel-nothing = No hay nada que cancelar.
flow-expired = Dejaste un formulario a medias durante mucho tiempo, así que lo he cerrado. No se ha enviado nada. Puedes empezar de nuevo cuando quieras.

input-sticker = ¡Qué bonito! Pero no puedo leer stickers. Escribe un mensaje o usa los botones.
input-edited = Has cambiado un mensaje: el cambio no llega a la oficina. Escribe un mensaje nuevo.
input-unsupported = No puedo leer este tipo de mensaje. Escribe un texto, manda un audio o una foto.
input-use-buttons = Por favor, usa los botones de arriba, o manda /cancel para salir.
error-apology = Perdona, algo no ha funcionado. Vuelve a intentarlo dentro de un rato.
slow-down = Estás mandando muchos mensajes. Espera un minuto: lo que ya mandaste ha llegado.

info-text =
    <b>Oficina N.O.I. para la vivienda</b>
    { $place }
    { $hours }
    { $directions }
    Ayudamos con la vivienda y la ATC (vivienda social), el alquiler y las facturas, los servicios sociales y de salud, la ayuda en casa, la escuela y los vecinos.
info-venue-title = Oficina N.O.I. para la vivienda

bot-description = La oficina N.O.I. para la vivienda (via Gandolfi 20, Alessandria) en tu idioma: pide ayuda, inscríbete a clases de italiano y al apoyo escolar.
bot-short-description = La oficina de vivienda del barrio Cristo, en tu idioma.
cmd-start = Empezar
cmd-menu = Menú
cmd-language = Cambiar idioma
cmd-help = Ayuda
cmd-cancel = Cancelar
cmd-privacy = Tus datos
