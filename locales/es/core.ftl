# Primer contacto, menú, idioma, ayuda. Frases cortas y palabras sencillas: quien lee puede haber ido poco a la escuela.

language-prompt = Elija el idioma.
language-set = Muy bien, desde ahora le escribo en español.

privacy-notice =
    <b>Antes de empezar</b>
    Este es el bot de la oficina N.O.I. para la vivienda, en { $address }.
    Solo guardamos lo que nos escribe, para ayudarle. Solo lo leen las personas que trabajan en la oficina.
    Puede ver sus datos con /mydata y borrarlos con /forget.
    Para saber más: /privacy
privacy-agree = ✅ Estoy de acuerdo
privacy-needed = Para seguir, presione «Estoy de acuerdo» aquí arriba.
privacy-thanks = ¡Gracias! Ahora ya puede escribirnos.

menu-title = ¿Cómo podemos ayudarle?
menu-desk = 🗣 Hablar con la oficina
menu-italian = 🇮🇹 Clases de italiano
menu-tutoring = 📚 Apoyo escolar
menu-activities = 🧶 Otras actividades
menu-mine = 📋 Mis reservas y solicitudes
menu-info = ℹ️ Dónde estamos y horarios
menu-language = 🌍 Idioma
menu-privacy = 🔒 Privacidad
menu-back = 🏠 Menú

feature-coming = Esta función llegará pronto. Mientras tanto, puede venir a { $address }.

help-text =
    Soy el bot de la oficina N.O.I. para la vivienda.
    /menu – el menú
    /language – cambiar de idioma
    /cancel – dejar lo que está haciendo
    /privacy – sus datos
    También puede escribir, enviar un audio o una foto.

cancel-done = Muy bien, lo cancelé. No se envió nada.
cancel-nothing = No hay nada que cancelar.
flow-expired = No terminó lo que estaba haciendo y no respondió durante mucho tiempo, así que lo cerré. No se envió nada. Puede empezar de nuevo cuando quiera.

input-sticker = ¡Qué bonito! Pero no puedo leer stickers. Escriba un mensaje o use los botones.
input-edited = Usted cambió un mensaje: el cambio no llega a la oficina. Escriba un mensaje nuevo.
input-unsupported = No puedo leer este tipo de mensaje. Escriba un texto, envíe un audio o una foto.
input-use-buttons = Por favor, use los botones de arriba, o envíe /cancel para salir.
error-apology = Disculpe, algo no funcionó. Vuelva a intentarlo dentro de un rato.
slow-down = Está enviando muchos mensajes. Espere un minuto: lo que ya envió llegó.

info-text =
    <b>Oficina N.O.I. para la vivienda</b>
    { $place }
    { $hours }
    { $directions }
    Ayudamos con la vivienda y la ATC (vivienda social), el alquiler y las facturas, los servicios sociales y de salud, la ayuda en casa, la escuela y los vecinos.
info-venue-title = Oficina N.O.I. para la vivienda

bot-description = La oficina N.O.I. para la vivienda (via Gandolfi 20, Alessandria) en su idioma: pida ayuda, inscríbase a clases de italiano y al apoyo escolar.
bot-short-description = La oficina N.O.I. para la vivienda, barrio Cristo, en su idioma.
cmd-start = Empezar
cmd-menu = Menú
cmd-language = Cambiar idioma
cmd-help = Ayuda
cmd-cancel = Cancelar
cmd-privacy = Privacidad y datos
