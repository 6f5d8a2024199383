## Shared reports on the common areas of the buildings (🏢)

menu-building = 🏘 El barrio
building-title = 🏘 El barrio: noticias de la oficina y su edificio. ¿Qué quiere hacer?
menu-report = 🏢 Un problema en mi edificio
menu-reported = 🏢 Reportes de mi edificio
report-kind-lift = Ascensor fuera de servicio
report-kind-light = Escalera sin luz
report-kind-leak = Fuga de agua en el sótano
report-kind-rubbish = Basura
report-kind-door = Puerta rota
report-kind-unsafe = Situación peligrosa
report-ask-kind = ¿Qué problema hay en las zonas comunes de su edificio?
report-ask-building = ¿En qué edificio?
report-type-building = Escriba la dirección de su edificio (calle y número).
report-building-hint = Escriba la calle y el número de su edificio, por ejemplo: via Gandolfi 20.
report-already = Este problema ya se reportó el { $date }: { $kind }, { $building }.
report-already-passed = La oficina reportó el problema { $to } el { $date }.
report-followers =
    { $count ->
        [one] Lo sigue 1 vecino.
       *[other] Lo siguen { $count } vecinos.
    }
report-follow = 👁 Lo sigo y agrego lo que veo
report-cancel = ✖️ Cancelar
report-ask-piece = Envíe una foto, un audio o unas palabras sobre lo que ve. Luego presione «Listo».
report-done = ✅ Listo
report-piece-thanks = Recibido. Puede enviar algo más o presionar «Listo».
report-piece-unusable = Aquí hace falta una foto, un audio o unas palabras.
report-sent = Gracias. La oficina recibió su reporte (número { $id }). Le iremos contando cada paso.
report-joined = Gracias. Ahora usted también sigue este reporte (número { $id }). Le iremos contando cada paso.
report-cancelled = De acuerdo, no se mandó nada.
report-to-atc = a la ATC (vivienda social)
report-to-comune = al municipio (Comune)
report-to-police = a la policía
report-update-passed = 🏢 { $kind }, { $building }: la oficina reportó el problema { $to }.
report-update-fixed = 🏢 { $kind }, { $building }: ya está arreglado. ¡Gracias por avisar!
report-update-closed = 🏢 { $kind }, { $building }: la oficina cerró este reporte.
reported-title = 🏢 Reportes de su edificio
reported-none = Por ahora no hay reportes en su edificio.
reported-line = • { $kind }, { $building }: reportado el { $date }
reported-passed = se reportó { $to } el { $date }
mydata-section-reports = Reportes del edificio
mydata-report-line = Usted sigue: { $kind }, { $building }
mydata-reports-none = No sigue ningún reporte.
