menu-letter = 📄 Прочитати мені лист
letter-ask-pages = Надішліть мені фото кожної сторінки листа, по одній. Покладіть аркуш рівно на стіл, при гарному світлі. Коли надішлете всі сторінки, натисніть «✅ Це все».
letter-pages-done = ✅ Це все
letter-pages-cancel = ✖️ Скасувати
letter-page-received = Сторінку { $count } отримано. Надішліть наступну сторінку або натисніть «✅ Це все».
letter-send-photo = Будь ласка, надішліть фото листа.
letter-too-many =
    { $max ->
        [1] Я можу прочитати лише одну сторінку. Натисніть «✅ Це все», а решту принесіть в офіс.
        [one] Я можу прочитати щонайбільше { $max } сторінку. Натисніть «✅ Це все», а решту принесіть в офіс.
        [few] Я можу прочитати щонайбільше { $max } сторінки. Натисніть «✅ Це все», а решту принесіть в офіс.
       *[other] Я можу прочитати щонайбільше { $max } сторінок. Натисніть «✅ Це все», а решту принесіть в офіс.
    }
letter-cancelled = Добре, нічого не надіслано.
letter-reading = Дякую. Я читаю лист… Напишу вам за хвилину.
letter-facts-title = 📄 Ось що сказано в листі:
letter-unreadable = 📄 Мені не вдалося прочитати цей лист. Працівник офісу прочитає його і напише вам.
letter-staff-check = 👤 Працівник офісу перевірить усе разом із вами.
letter-checked-title = ✅ Працівник офісу перевірив ваш лист:
letter-checked-wrong = Деякі дані були неправильні: працівник офісу вам усе пояснить.
letter-checked-none = Працівник офісу напише вам і пояснить лист.
letter-checked-footer = 👤 Якщо маєте запитання, пишіть сюди.
letter-reminder = ⏰ Нагадування: { $date } — термін, указаний у листі. Відправник: { $from }.
letter-reminder-help = Якщо потрібна допомога, напишіть сюди або приходьте в офіс.
letter-at-time = { $date } о { $time }
letter-label-sender = 🏢 Відправник
letter-label-amount = 💶 Сума
letter-label-total = 💶 Усього до сплати
letter-label-deadline = 📅 Термін
letter-label-appointment = 🗓 Зустріч
letter-label-date = 🗒 Дата
letter-label-pagopa = 🔢 Код повідомлення pagoPA
letter-label-iban = 🏦 IBAN
letter-label-protocol = 📎 Реєстраційний номер
letter-label-law = ⚖️ Закон
letter-from-atc = ATC (соціальне житло)
letter-from-comune = мерія (Comune)
letter-from-inps = INPS (соціальне страхування)
letter-from-asl = ASL (служба охорони здоров'я)
letter-from-entrate = податкова служба (Agenzia delle Entrate)
letter-from-riscossione = служба стягнення податків (Agenzia delle Entrate-Riscossione)
letter-from-court = суд
letter-from-utility = постачальник світла, газу або води
letter-from-questura = міграційна служба поліції (Questura)
letter-from-prefettura = префектура — представництво уряду (Prefettura)
letter-from-inail = INAIL (страхування від нещасних випадків на роботі)
letter-from-unknown = установа
mydata-letter = Лист, прочитаний офісом
letter-fact-line = { $label }: { $value }
letter-voice-euros = { $amount } євро
letter-voice-written = написаний у тексті вище
letter-voice-more = У тексті вище є й інші дані листа.
held-letter = 📄 Це лист
