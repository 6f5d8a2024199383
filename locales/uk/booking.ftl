# Курси, допомога з уроками, майстер-класи: записи, список очікування, нагадування.

act-italian-a0a1 = Італійська для початківців (A0/A1)
act-italian-a1 = Італійська A1
act-italian-a2 = Італійська A2
act-italian-b1 = Італійська B1
act-tutoring-primary = Допомога з уроками – початкова школа
act-tutoring-middle = Допомога з уроками – середня школа (scuola media)
act-macrame = Майстер-клас з макраме
act-caregiver = Курс для тих, хто доглядає за рідною людиною
act-italian-a0a1-desc = Для тих, хто ще не говорить італійською або знає лише кілька слів. Починаємо з нуля.
act-italian-a1-desc = Для тих, хто розуміє прості слова і речення. Як познайомитися, зробити покупки, піти до лікаря.
act-italian-a2-desc = Для тих, хто вже трохи говорить. Робота, школа дітей, установи.
act-italian-b1-desc = Для тих, хто говорить досить добре і хоче говорити ще краще. Також для іспитів і дозволів на проживання.
act-tutoring-primary-desc = Допомога з домашніми завданнями для дітей початкової школи.
act-tutoring-middle-desc = Допомога з домашніми завданнями і навчанням для учнів середньої школи.
act-macrame-desc = Разом плетемо вузли з мотузок. Для всіх, навіть без досвіду. Матеріали ми даємо.
act-caregiver-desc = Як допомагати вдома літній або хворій людині: гігієна, рух, ліки, права.

class-p1 = Початкова школа, 1-й рік
class-p2 = Початкова школа, 2-й рік
class-p3 = Початкова школа, 3-й рік
class-p4 = Початкова школа, 4-й рік
class-p5 = Початкова школа, 5-й рік
class-m1 = Середня школа, 1-й рік
class-m2 = Середня школа, 2-й рік
class-m3 = Середня школа, 3-й рік
subject-homework = Домашні завдання
subject-italian = Італійська мова
subject-maths = Математика
subject-english = Англійська мова
subject-science = Природничі науки

place-desk = Офіс N.O.I., via Gandolfi 20

book-choose-level = Який рівень? Якщо не впевнені, виберіть перший.
book-choose-activity = Яке заняття?
book-sessions =
    <b>{ $activity }</b>
    { $description }
    Виберіть дату:
book-no-sessions = Поки що для цього заняття немає дат. Скоро ми їх додамо: можете запитати в офісі.
book-session-free = { $when } · вільні місця: { $free }
book-session-full = { $when } · місць немає, список очікування
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
book-full = На цю дату місць немає. Хочете записатися в список очікування? Якщо звільниться місце, ми вам напишемо.
book-join-waitlist = 📝 Запишіть мене в список очікування
book-waitlisted = Ви в списку очікування під номером { $position }. Якщо звільниться місце, ми вам напишемо.
book-already = На цю дату у вас уже є місце, або ви вже в списку очікування.
book-started = Це заняття вже почалося. Виберіть іншу дату.
book-session-cancelled = Цю дату скасовано. Виберіть іншу.
book-not-found = Цієї дати більше немає. Виберіть іншу.
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
booking-cancel-button = ✖️ Скасувати: { $activity }, { $date }
booking-cancelled = Запис скасовано. Дякуємо, що повідомили: місце отримає хтось інший.
booking-cancel-failed = Цей запис уже не можна скасувати.

waitlist-offer =
    🎉 Звільнилося місце!
    { $activity }
    📅 { $when }
    📍 { $place }
    Хочете його? Ми тримаємо його для вас. Термін для відповіді: { $until }.
offer-accept = ✅ Так, я хочу це місце
offer-decline = Ні, дякую
offer-gone = На жаль, ця пропозиція вже не дійсна.
offer-declined = Добре. Ми віддамо місце наступній людині.
offer-lapsed = Ми тримали для вас місце: { $activity } ({ $when }). Ми не отримали відповіді, тому місце отримала наступна людина.

session-cancelled =
    ⚠️ Скасовано: { $activity }, { $when }.
    Нам шкода! Ваш запис скасовано. Ви можете вибрати іншу дату в меню.

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
