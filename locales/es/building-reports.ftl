## Shared reports on the common areas of the buildings (🏢)

menu-building = 🏘 El barrio
building-title = 🏘 El barrio: noticias de la oficina y su edificio. ¿Qué quiere hacer?
menu-report = 🏢 Un problema en mi edificio
menu-reported = 🏢 Avisos de mi edificio
report-kind-lift = Ascensor averiado
report-kind-light = Luz apagada en la escalera
report-kind-leak = Fuga de agua en el sótano
report-kind-rubbish = Basura
report-kind-door = Puerta rota
report-kind-unsafe = Inseguridad, peligro
report-ask-kind = ¿Qué problema hay en las zonas comunes de su edificio?
report-ask-building = ¿En qué edificio?
report-type-building = Escriba la dirección de su edificio (calle y número).
report-building-hint = Escriba la calle y el número de su edificio, por ejemplo: via Gandolfi 20.
report-already = Este problema ya se avisó el { $date }: { $kind }, { $building }.
report-already-passed = La oficina lo pasó a { $to } el { $date }.
report-followers =
    { $count ->
        [one] Lo sigue 1 vecino.
       *[other] Lo siguen { $count } vecinos.
    }
report-follow = 👁 Lo sigo y añado lo que veo
report-cancel = ✖️ Cancelar
report-ask-piece = Envíe una foto, un mensaje de voz o unas palabras sobre lo que ve. O toque «Hecho».
report-done = ✅ Hecho
report-piece-thanks = Recibido. Puede enviar más, o tocar «Hecho».
report-piece-unusable = Aquí envíe una foto, un mensaje de voz o unas palabras.
report-sent = Gracias. La oficina tiene su aviso (número { $id }). Le diremos cada paso.
report-joined = Gracias. Ahora sigue este aviso (número { $id }). Le diremos cada paso.
report-cancelled = No se ha enviado nada.
report-to-atc = ATC
report-to-comune = el Ayuntamiento (Comune)
report-to-police = la policía
report-update-passed = 🏢 { $kind }, { $building }: la oficina lo pasó a { $to }.
report-update-fixed = 🏢 { $kind }, { $building }: ya está arreglado. ¡Gracias por avisar!
report-update-closed = 🏢 { $kind }, { $building }: la oficina cerró este aviso.
reported-title = 🏢 Avisos en su edificio
reported-none = Ahora no hay nada avisado en su edificio.
reported-line = • { $kind }, { $building }: avisado el { $date }
reported-passed = pasado a { $to } el { $date }
mydata-section-reports = Avisos en el edificio
mydata-report-line = Sigue: { $kind }, { $building }
mydata-reports-none = No sigue ningún aviso.
