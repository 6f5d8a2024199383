# Traducción automática y transcripción de los mensajes de voz (ver docs/engines.md).

translation-machine-note = 🌐 Traducción automática. Si algo no está claro, pregúntanos.
privacy-engines-local = 🌐 <b>Traducción automática</b>: un programa en una computadora de la oficina traduce al italiano lo que escribes y pasa a texto tus audios. Tus mensajes no salen de la oficina.
privacy-engines-remote = 🌐 <b>Traducción automática</b>: lo que escribes y tus audios van a { $service }, que los traduce al italiano (y traduce a tu idioma las respuestas de la oficina). No enviamos tu nombre ni tu número de teléfono.
mydata-transcript = Texto del mensaje de voz (automático)
mydata-translation = Traducción automática
