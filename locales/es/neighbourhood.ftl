## El barrio: avisos y eventos de la oficina, para quien los ha pedido

menu-news = 📣 Noticias de la oficina
news-heading = 📣 Noticias de la oficina
news-event-heading = 📅 Un evento de la oficina
news-event-when = 🗓 { $when }
news-event-yes = ✅ Iré
news-event-no = ❌ No puedo
news-event-cannot-now = ❌ Ya no puedo ir
news-event-reminder = ⏰ Recordatorio: { $when }
news-stop = 🔕 No quiero más noticias
news-stopped = Ya no recibirá noticias de la oficina. Puede volver a activarlas en el menú: 📣 Noticias de la oficina.
news-event-thanks-yes = ¡Gracias! Le esperamos. Se lo recordaremos el día antes.
news-event-thanks-no = Gracias por avisarnos.
news-event-over = Este evento ya ha pasado.
news-topic-activities = Cursos y actividades
news-topic-works = Obras en el edificio
news-topic-health = Salud
news-all = ✅ Sí, todas las noticias
news-none = 🔕 Ninguna noticia
news-screen-on =
    📣 Noticias de la oficina

    Recibe las noticias de los temas marcados con ✅. Toque un tema para cambiarlo.
news-screen-off =
    📣 Noticias de la oficina

    Ahora no recibe noticias. Toque los temas que le interesan.
news-on-toast = Recibirá las noticias.
news-off-toast = Ninguna noticia.
news-first-question = ¿Quiere recibir noticias de la oficina? Cursos y actividades, obras en su edificio, jornadas de salud. Puede dejarlo cuando quiera.
news-first-yes = 📣 Sí, envíenme noticias
news-first-choose = 📋 Elijo los temas
news-first-no = No, gracias
mydata-section-news = Noticias de la oficina
mydata-news-topics = Ha elegido recibir noticias sobre: { $topics }
mydata-news-none = No ha elegido recibir noticias.
