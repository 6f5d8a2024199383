# Home visits: the proposal and the choice, reminders, "not at home", the calendar file.

visit-who-nurse = патронажна медсестра району
visit-who-carer = доглядальниця
visit-who-operator = працівник офісу
visit-who-name = { $name } з офісу N.O.I.
visit-when = { $date }, з { $from } до { $to }
visit-proposal =
    🏠 Візит додому за вашим зверненням номер { $number }
    Хто прийде: { $who }.
    Коли ви вдома? Виберіть час:
visit-none = ❌ Жоден час не підходить
visit-unavailable = Вибачте, цей час уже зайнятий. Виберіть інший:
visit-unavailable-all = Вибачте, ці години вже зайняті. Скажіть нам, коли ви вдома: напишіть повідомлення або надішліть голосове повідомлення.
visit-expired = Ця пропозиція вже не дійсна. Якщо вам потрібна допомога, напишіть тут.
visit-confirmed =
    ✅ Візит додому підтверджено: { $when }.
    Хто прийде: { $who }.
    Ми нагадаємо вам за день і за годину до візиту.
visit-calendar = 📅 Додати в календар
visit-calendar-caption = Відкрийте цей файл, щоб зберегти візит у календарі телефона.
visit-calendar-updated = Час змінився: відкрийте цей файл, щоб оновити календар телефона.
visit-calendar-file = візит-додому
visit-tell-when = Добре. Скажіть нам, коли ви вдома: напишіть повідомлення або надішліть голосове повідомлення.
visit-reminder-day =
    ⏰ Нагадування: завтра візит додому, { $when }.
    Хто прийде: { $who }.
visit-reminder-hour =
    ⏰ Сьогодні о { $time } візит додому.
    Хто прийде: { $who }.
visit-ok = 👍 Добре
visit-cant = ✖️ Не можу
visit-ok-thanks = Дякуємо! До зустрічі.
visit-cant-told = Добре, ми повідомили офіс. Скажіть нам, коли ви вдома: напишіть повідомлення або надішліть голосове повідомлення.
visit-not-home =
    🚪 Ми приходили на візит додому ({ $when }), але нікого не було вдома.
    Хочете домовитися про новий візит?
visit-again-yes = 📅 Так, іншого дня
visit-again-no = Ні, дякую
visit-again-yes-told = Добре: офіс незабаром запропонує вам новий час. Ви також можете написати тут, коли ви вдома.
visit-again-no-told = Добре. Якщо вам потрібна допомога, напишіть тут.
visit-moved = Візит додому, запланований на { $when }, перенесено. Офіс незабаром запропонує вам новий час.
visit-ics-title = Візит додому – офіс N.O.I.
visit-ics-description = Хто прийде: { $who } (звернення номер { $number }). Офіс N.O.I., { $address }.
# In the copy of their data (/mydata): each home visit with a time agreed, and what came of it.
mydata-visit = Візит додому: { $when }, { $status ->
        [confirmed] підтверджено
        [done] відбувся
        [not-home] вас не було вдома
        [declined] ви сказали, що не можете
        [rescheduled] перенесено
       *[cancelled] скасовано
    }
