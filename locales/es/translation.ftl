# Traducción automática y transcripción de los mensajes de voz (ver docs/engines.md).

translation-machine-note = 🌐 Traducción automática. Si algo no está claro, pregúntenos.
privacy-engines-local = 🌐 <b>Traducción automática</b>: un programa en una computadora de la oficina traduce al italiano lo que usted escribe y pasa a texto sus audios. Sus mensajes no salen de la oficina.
privacy-engines-remote = 🌐 <b>Traducción automática</b>: lo que usted escribe y sus audios van a { $service }, que los traduce al italiano (y traduce a su idioma las respuestas de la oficina). No enviamos su nombre ni su número de teléfono.
mydata-transcript = Texto del audio (automático)
mydata-translation = Traducción automática
