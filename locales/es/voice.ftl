# Voice replies: a resident who chose to hear the desk gets a voice note with each message (src/bot/features/voice/).
menu-voice-listen = 🔊 Escuchar los mensajes
menu-voice-stop = 🔇 Quitar los mensajes de voz
voice-first-contact = 🔊 Prefiero mensajes de voz
voice-on = 🔊 Mensajes de voz activados: cada mensaje de la oficina le llegará también como mensaje de voz. Para quitarlos, abra el menú.
voice-off = 🔇 Mensajes de voz desactivados. Puede activarlos de nuevo desde el menú.
voice-synthetic = 🔊 Voz sintética
voice-recorded = 🔊 Voz grabada por la oficina
voice-listen = 🔊 Escuchar
voice-unavailable = Ahora no puedo leer este mensaje en voz alta. Inténtelo más tarde.
voice-too-old = Este mensaje es demasiado antiguo para leerlo en voz alta.
privacy-voice = 🔊 Si prefiere los mensajes de voz, una computadora de la oficina lee en voz alta los mensajes que le enviamos (voz sintética, sin servicios externos); algunas frases las graban los mediadores culturales del proyecto.
# On WhatsApp, whose list holds ten rows, the language and privacy (and the desk's choice) share one menu row.
menu-settings = ⚙️ Configuración
menu-settings-title = ⚙️ Configuración: ¿qué quiere cambiar?
voice-first-contact-short = 🔊 Mensajes de voz
