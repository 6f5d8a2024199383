# The copy of the data (/mydata): a text document the person reads in their language.

mydata-title = Ваші дані в офісі N.O.I.
mydata-exported = Копію зроблено { $date }
mydata-controller = Хто зберігає дані: офіс N.O.I. з питань житла (N.O.I. per la casa), via Gandolfi 20, Alessandria.
mydata-nothing = Ми не зберігаємо жодних даних про вас.
mydata-section-you = Про вас
mydata-name = Ім'я
mydata-language = Мова
mydata-phone = Телефон
mydata-first-contact = Перший контакт
mydata-consent = Ви погодилися з повідомленням про приватність (версія { $version }) { $date }.
mydata-consent-none = Ви ще не погодилися з повідомленням про приватність.
mydata-section-requests = Ваші звернення до офісу
mydata-requests-none = Звернень немає.
mydata-request = Звернення № { $number }
mydata-opened = Надіслано
mydata-closed = Закрито
mydata-visit-desk = Де: в офісі
mydata-visit-home = Де: візит додому
mydata-address = Адреса
mydata-location = Надіслане місцезнаходження
mydata-contact-chat = Зв'язок: у цьому чаті
mydata-contact-phone = Зв'язок: телефоном
mydata-content-erased = Тексти цього звернення вже видалено.
mydata-from-you = Ви
mydata-from-desk = Офіс
mydata-forwarded = переслано від { $name }
mydata-forwarded-hidden = переслано, відправника приховано
mydata-kind-voice = голосове повідомлення
mydata-kind-photo = фото
mydata-kind-document = документ
mydata-kind-audio = аудіо
mydata-kind-video = відео
mydata-kind-video_note = відеоповідомлення
mydata-kind-location = місцезнаходження
mydata-kind-other = інше
mydata-notes-exist = Працівники також писали внутрішні робочі нотатки щодо цього звернення: їх немає в цій копії.
mydata-section-bookings = Ваші записи
mydata-bookings-none = Записів немає.
mydata-booking-booked = записано
mydata-booking-waiting = у списку очікування
mydata-booking-offered = запропоновано місце
mydata-booking-cancelled = скасовано
mydata-booking-expired = час на відповідь минув
mydata-booking-declined = ви відмовилися від місця
mydata-attendance-present = відвідано
mydata-attendance-absent = пропущено
mydata-child = Дитина: { $name }, { $class }, { $subject }
mydata-section-kept = Як довго ми зберігаємо дані
mydata-retention =
    Тексти закритих звернень ми видаляємо через { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    }. Якщо ви не зв'язуєтеся з офісом { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    }, ми видаляємо також ім'я, телефон, адреси та імена дітей: залишаються лише анонімні числа для статистики.
mydata-notes-general = Працівники пишуть внутрішні робочі нотатки, щоб організувати роботу: вони існують, але їх немає в цій копії. Щоб дізнатися більше, приходьте до офісу.
# The name of the /mydata file, as the person sees it in their chat.
mydata-file-name = мої-дані-NOI.txt
