# Niveles de servicio: oficina cerrada, horario y cierres, la pregunta sobre la satisfacción después del cierre.

closed-notice = La oficina ahora está cerrada. Leeremos su mensaje el { $day } a partir de las { $time }.
closed-notice-later = La oficina ahora está cerrada. Leeremos su mensaje en cuanto vuelva a abrir.
closed-urgent = Si es urgente, llame al 112.
closed-urgent-social = Si es urgente, llame al 112 o al servicio social de urgencias del municipio: { $number }.
hours-holidays = Cerrado los días festivos.
hours-holidays-patron = Cerrado los días festivos y el { $day }, fiesta del santo patrón de la ciudad.
hours-closure = Cerrado del { $from } al { $to }.
sat-question = Su solicitud número { $number } está cerrada. ¿Le pudimos ayudar?
sat-yes = 😊 Sí
sat-partly = 😐 En parte
sat-no = 🙁 No
sat-thanks = ¡Gracias por su respuesta! Si quiere, cuéntenos más: escriba un mensaje o envíe un audio. La oficina lo leerá.
sat-comment-thanks = Gracias, se lo pasamos a la oficina.
sat-expired = Ya respondió. ¡Gracias!

# A range of opening hours, "9:00–12:00".
hours-range = { $from }–{ $to }
