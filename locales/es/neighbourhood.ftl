## El barrio: avisos y eventos de la oficina, para quien los ha pedido

menu-news = 📣 Noticias de la oficina
news-heading = 📣 Noticias de la oficina
news-event-heading = 📅 Un evento de la oficina
news-event-when = 🗓 { $when }
news-event-yes = ✅ Iré
news-event-no = ❌ No puedo ir
news-event-cannot-now = ❌ Ya no puedo ir
news-event-reminder = ⏰ Recordatorio: { $when }
news-stop = 🔕 No quiero más noticias
news-stopped = Ya no recibirás noticias de la oficina. Puedes volver a activarlas en el menú: 🏘 El barrio → 📣 Noticias de la oficina.
news-event-thanks-yes = ¡Gracias! Te esperamos. Te lo recordaremos el día antes.
news-event-thanks-no = Gracias por avisarnos.
news-event-over = Este evento ya ha pasado.
news-topic-activities = Cursos y actividades
news-topic-works = Obras en el edificio
news-topic-health = Salud
news-all = ✅ Sí, todas las noticias
news-none = 🔕 Ninguna noticia
news-screen-on =
    📣 Noticias de la oficina

    Recibes las noticias de los temas marcados con ✅. Presiona un tema para activarlo o desactivarlo.
news-screen-off =
    📣 Noticias de la oficina

    Por ahora no recibes noticias. Presiona los temas que te interesan.
news-on-toast = Recibirás las noticias.
news-off-toast = Ninguna noticia.
news-first-question = ¿Quieres recibir noticias de la oficina? Cursos y actividades, obras en tu edificio, jornadas de salud. Puedes dejar de recibirlas cuando quieras.
news-first-yes = 📣 Sí, quiero recibir noticias
news-first-choose = 📋 Elijo los temas
news-first-no = No, gracias
mydata-section-news = Noticias de la oficina
mydata-news-topics = Elegiste recibir noticias sobre: { $topics }
mydata-news-none = No elegiste recibir noticias.
