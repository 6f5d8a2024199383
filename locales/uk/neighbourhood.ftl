## Район: оголошення та події офісу для тих, хто їх попросив

menu-news = 📣 Новини офісу
news-heading = 📣 Новини офісу
news-event-heading = 📅 Подія офісу
news-event-when = 🗓 { $when }
news-event-yes = ✅ Прийду
news-event-no = ❌ Не можу
news-event-cannot-now = ❌ Більше не можу прийти
news-event-reminder = ⏰ Нагадування: { $when }
news-stop = 🔕 Більше не надсилати новини
news-stopped = Ви більше не отримуватимете новини офісу. Їх можна знову увімкнути в меню: 🏘 Район → 📣 Новини офісу.
news-event-thanks-yes = Дякуємо! Чекаємо на вас. Ми нагадаємо за день.
news-event-thanks-no = Дякуємо, що попередили.
news-event-over = Ця подія вже минула.
news-topic-activities = Курси та заняття
news-topic-works = Роботи в будинку
news-topic-health = Здоров'я
news-all = ✅ Так, усі новини
news-none = 🔕 Жодних новин
news-screen-on =
    📣 Новини офісу

    Ви отримуєте новини на теми з ✅. Натисніть на тему, щоб увімкнути або вимкнути її.
news-screen-off =
    📣 Новини офісу

    Зараз ви не отримуєте новин. Натисніть на теми, які вас цікавлять.
news-on-toast = Ви отримуватимете новини.
news-off-toast = Новини вимкнено.
news-first-question = Бажаєте отримувати новини офісу? Курси та заняття, роботи у вашому будинку, дні здоров'я. Ви можете відмовитися будь-коли.
news-first-yes = 📣 Так, отримувати новини
news-first-choose = 📋 Вибрати теми
news-first-no = Ні, дякую
mydata-section-news = Новини офісу
mydata-news-topics = Ви вибрали новини на теми: { $topics }
mydata-news-none = Ви не вибрали жодної теми новин.
