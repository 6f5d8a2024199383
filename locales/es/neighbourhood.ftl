## El barrio: avisos y eventos de la oficina, para quien los ha pedido

menu-news = 📣 Noticias de la oficina
news-heading = 📣 Noticias de la oficina
news-event-heading = 📅 Un evento de la oficina
news-event-when = 🗓 { $when }
news-event-yes = ✅ Voy
news-event-no = ❌ No puedo ir
news-event-cannot-now = ❌ Ya no puedo ir
news-event-reminder = ⏰ Recordatorio: { $when }
news-stop = 🔕 No quiero más noticias
news-stopped = Ya no recibirá noticias de la oficina. Puede volver a activarlas en el menú: 🏘 El barrio → 📣 Noticias de la oficina.
news-event-thanks-yes = ¡Gracias! Nos vemos allí. Se lo recordaremos el día antes.
news-event-thanks-no = Gracias por avisarnos.
news-event-over = Este evento ya pasó.
news-topic-activities = Cursos y actividades
news-topic-works = Obras en el edificio
news-topic-health = Salud
news-all = ✅ Sí, todas las noticias
news-none = 🔕 Ninguna noticia
news-screen-on =
    📣 Noticias de la oficina

    Recibe las noticias de los temas marcados con ✅. Presione un tema para activarlo o desactivarlo.
news-screen-off =
    📣 Noticias de la oficina

    Por ahora no recibe noticias. Presione los temas que le interesan.
news-on-toast = Recibirá las noticias.
news-off-toast = Ninguna noticia.
news-first-question = ¿Quiere recibir noticias de la oficina? Cursos y actividades, obras en su edificio, jornadas de salud. Puede dejar de recibirlas cuando quiera.
news-first-yes = 📣 Sí, quiero recibir noticias
news-first-choose = 📋 Elijo los temas
news-first-no = No, gracias
mydata-section-news = Noticias de la oficina
mydata-news-topics = Eligió recibir noticias sobre: { $topics }
mydata-news-none = No eligió recibir noticias.
