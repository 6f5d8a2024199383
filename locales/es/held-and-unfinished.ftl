held-ask = ¿Quiere enviar este mensaje a la oficina?
held-yes = 📨 Sí, lo envío
held-no = No, gracias
held-not-sent = De acuerdo, no lo envié.
closed-still-help = Su solicitud número { $number } está cerrada. ¿Todavía necesita ayuda?
closed-help-yes = 🙋 Sí, necesito ayuda
closed-help-no = 🙏 No, quería dar las gracias
closed-thanks = ¡Gracias a usted! Se lo diremos a la oficina.
unfinished-request = Tiene una solicitud sin enviar. ¿Quiere seguir con ella o borrarla?
unfinished-continue = ▶️ Seguir
unfinished-discard = 🗑 Borrar
unfinished-continued = Bien, seguimos: responda a la pregunta de arriba.
unfinished-discarded = Borré la solicitud que no había enviado.
# A form begun before this chat was updated cannot go on (its state was kept the old way): it is closed, nothing sent.
req-form-lost = Lo siento: este chat se actualizó y la solicitud que estaba escribiendo se cerró. No se envió nada. Puede empezarla de nuevo cuando quiera.
