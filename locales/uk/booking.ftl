# Курси, допомога з уроками, майстер-класи: записи, список очікування, нагадування.

act-italian-a0a1 = Італійська з нуля (A0/A1)
act-italian-a1 = Італійська A1
act-italian-a2 = Італійська A2
act-italian-b1 = Італійська B1
act-tutoring-primary = Допомога з уроками – 1–5 класи (primaria)
act-tutoring-middle = Допомога з уроками – 6–8 класи (scuola media)
act-macrame = Майстер-клас з макраме
act-caregiver = Курс: як доглядати рідних
act-italian-a0a1-desc = Для тих, хто ще не говорить італійською або знає лише кілька слів. Починаємо з нуля.
act-italian-a1-desc = Для тих, хто розуміє прості слова і речення. Як познайомитися, зробити покупки, піти до лікаря.
act-italian-a2-desc = Для тих, хто вже трохи говорить. Робота, школа дітей, установи.
act-italian-b1-desc = Для тих, хто говорить досить добре і хоче говорити ще краще. Також для іспитів і посвідки на проживання (permesso di soggiorno).
act-tutoring-primary-desc = Допомога з домашніми завданнями для дітей 1–5 класів (в Італії це scuola primaria).
act-tutoring-middle-desc = Допомога з домашніми завданнями і навчанням для учнів 6–8 класів (в Італії це scuola media, 11–14 років).
act-macrame-desc = Разом плетемо вузли з мотузок. Для всіх, навіть без досвіду. Матеріали ми даємо.
act-caregiver-desc = Як допомагати вдома літній або хворій людині: гігієна, рух, ліки, права.

class-p1 = 1 клас (primaria)
class-p2 = 2 клас (primaria)
class-p3 = 3 клас (primaria)
class-p4 = 4 клас (primaria)
class-p5 = 5 клас (primaria)
class-m1 = 6 клас (scuola media 1)
class-m2 = 7 клас (scuola media 2)
class-m3 = 8 клас (scuola media 3)
subject-homework = Домашні завдання
subject-italian = Італійська мова
subject-maths = Математика
subject-english = Англійська мова
subject-science = Природничі науки

place-desk = Офіс N.O.I., { $address }

book-choose-level = Який рівень? Якщо не впевнені, виберіть перший.
book-choose-activity = Яке заняття?
book-sessions =
    <b>{ $activity }</b>
    { $description }
    Виберіть дату. Якщо місць немає, можна записатися в список очікування.
book-no-sessions = Поки що немає занять у розкладі. Скоро ми їх додамо: можете запитати в офісі.
book-session-free =
    { $when } · { $free ->
        [one] { $free } місце
        [few] { $free } місця
        [many] { $free } місць
       *[other] { $free } місця
    }
book-session-full = { $when } · заповнено
book-confirmed =
    ✅ Записано!
    { $activity }
    📅 { $when }
    📍 { $place }
    Ми нагадаємо вам за день і за дві години до початку.
book-confirmed-child =
    ✅ Записано! Дитина: { $child }
    { $activity }
    📅 { $when }
    📍 { $place }
    Ми нагадаємо вам за день і за дві години до початку.
book-full = На це заняття місць немає. Хочете записатися в список очікування? Якщо звільниться місце, ми вам напишемо.
book-join-waitlist = 📝 Так, у список очікування
book-waitlisted = Ви – номер { $position } у списку очікування. Якщо звільниться місце, ми вам напишемо.
book-already = На це заняття у вас уже є місце, або ви вже в списку очікування.
book-started = Це заняття вже почалося. Виберіть інше.
book-session-cancelled = Це заняття скасовано. Виберіть інше.
book-not-found = Цього заняття більше немає. Виберіть інше.
book-free-now = Звільнилося місце: можете записатися.

tutoring-child-name = Як звати дитину? Напишіть тільки ім'я.
tutoring-child-name-invalid = Напишіть тільки ім'я (не більше 40 літер).
tutoring-child-class = У якому класі навчається { $child }?
tutoring-subject = { $child }: з якого предмета потрібна допомога?
tutoring-another = Хочете записати ще одну дитину?
tutoring-another-yes = ➕ Ще одна дитина
tutoring-another-no = ✔️ Ні, це все
tutoring-privacy-note = Про дітей ми зберігаємо тільки ім'я і клас.

my-bookings-title = <b>Ваші записи</b>
my-bookings-none = У вас немає записів.
my-booking-line = { $activity } · { $when } · { $status }
my-booking-line-child = { $activity } ({ $child }) · { $when } · { $status }
booking-status-booked = записано
booking-status-waiting = у списку очікування
booking-status-offered = для вас є місце!
booking-cancelled = Запис скасовано. Дякуємо, що повідомили: місце отримає хтось інший.
booking-cancel-failed = Цей запис уже не можна скасувати.

waitlist-offer =
    🎉 Звільнилося місце!
    { $activity }
    📅 { $when }
    📍 { $place }
    Хочете його? Ми тримаємо його для вас до такого часу: { $until }.
offer-accept = ✅ Так, я хочу це місце
offer-decline = Ні, дякую
offer-gone = На жаль, ця пропозиція вже не дійсна.
offer-declined = Добре. Ми віддамо місце наступній людині.
offer-lapsed = Ми тримали для вас місце: { $activity } ({ $when }). Ми не отримали відповіді, тому місце отримала наступна людина.

session-cancelled =
    ⚠️ Скасовано: { $activity }, { $when }.
    Нам шкода! Ваш запис скасовано. Ви можете вибрати інше заняття в меню.

reminder-24h =
    ⏰ Нагадування: завтра, { $when }
    { $activity }
    📍 { $place }
reminder-2h =
    ⏰ Через дві години, { $when }
    { $activity }
    📍 { $place }
reminder-coming = 👍 Прийду
reminder-not-coming = ✖️ Не можу прийти
reminder-thanks = Дякуємо! До зустрічі.
reminder-freed = Дякуємо, що повідомили. Ваше місце тепер вільне для когось іншого.

# Short names, after the date on a booking's cancel button ("✖️ Mer 02/12 · Corso A1").
act-italian-a0a1-short = Курс A0/A1
act-italian-a1-short = Курс A1
act-italian-a2-short = Курс A2
act-italian-b1-short = Курс B1
act-macrame-short = Макраме
act-caregiver-short = Курс догляду

# Every date of a course in one tap, and the answer, one line per date.
book-course-button = { $count ->
        [1] 📅 Записатися на цю дату
        [one] 📅 Записатися на всі { $count } дату
        [few] 📅 Записатися на всі { $count } дати
        [many] 📅 Записатися на всі { $count } дат
       *[other] 📅 Записатися на всі { $count } дати
    }
book-course-title = <b>{ $activity }</b> – усі дати:
book-course-line-booked = ✅ { $when } · ви записані
book-course-line-waiting = 📝 { $when } · список очікування, номер { $position }
book-course-line-refused = ✖️ { $when } · не вдалося записатися
book-course-next = Ми нагадаємо про кожне заняття за день і за дві години.
book-course-next-waiting = Ми нагадаємо про заняття, на які у вас є місце. Якщо на зайняту дату звільниться місце, ми вам напишемо.

# Cancelling a booking asks first.
booking-cancel-ask =
    Скасувати цей запис?
    { $activity }
    📅 { $when }
booking-cancel-yes = ✖️ Так, скасовую
booking-cancel-no = Ні, залишити
