# WhatsApp: palabras del canal (lista, opciones, número), aviso sobre Meta, lo que /forget no puede borrar.

wa-list-button = Opciones
wa-choose = Elija una opción:
wa-type-number = Escriba el número de su elección.
wa-use-this-number = 📞 Usar este número
wa-choice-expired = Esta opción ya no es válida: use el último mensaje, por favor.
# The closing line of every template (Meta refuses a body that ends with a placeholder).
wa-template-tail = Responda aquí para escribir a la oficina.
wa-privacy-note = 📱 En WhatsApp, los mensajes pasan por Meta Platforms Ireland, que los maneja para la oficina (WhatsApp Business Platform). { $eu ->
    [yes] Meta los guarda en la Unión Europea (en Alemania), solo para entregarlos, 30 días como máximo.
   *[no] Meta los guarda solo para entregarlos, 30 días como máximo, también en servidores fuera de la Unión Europea.
}
wa-forget-limits = 📱 En WhatsApp no podemos borrar los mensajes de su teléfono ni las copias que Meta guarda para entregarlos (30 días como máximo). Para quitarlos de su teléfono, borre el chat en WhatsApp.
wa-link-code = 🔗 Para unir este chat con el de { $other }, escriba este código en el otro chat en menos de 10 minutos: { $code }
wa-link-done = 🔗 Hecho: ahora la oficina sabe que los dos chats son suyos. Las respuestas llegan al chat desde el que escribe.
wa-link-wrong = Este código no es válido o ya venció. Pida uno nuevo escribiendo «vincular».
wa-link-same-chat = Escriba este código en el otro chat, no en este.
wa-link-already = 🔗 Este chat ya está unido a su chat de { $other }.
wa-link-too-many = Demasiados códigos equivocados. Vuelva a intentarlo dentro de una hora.
mydata-chats = Sus chats con la oficina: { $chats }
mydata-chat-telegram = Telegram (id { $id })
mydata-chat-whatsapp = WhatsApp ({ $id })
# Words typed on WhatsApp (no slash menu there) for the commands, separated by commas.
wa-words-start = empezar
wa-words-menu = menú, menu
wa-words-language = idioma
wa-words-privacy = privacidad
wa-words-mydata = mis datos
wa-words-forget = olvidar, borrar mis datos
wa-words-cancel = cancelar
wa-words-help = ayuda
wa-words-link = vincular
