# Офіси: коли в мережі їх кілька, кожен обирає свій (район чи місто, або за геолокацією).

desk-choose = До якого офісу ви хочете звертатися? Виберіть свій район або місто. Або надішліть нам свою геолокацію: ми знайдемо найближчий офіс.
desk-nearest-button = 📍 Найближчий до мене
desk-send-location = Натисніть кнопку нижче, щоб надіслати геолокацію. Ми використовуємо її лише для пошуку найближчого офісу і не зберігаємо.
desk-share-location = 📍 Надіслати геолокацію
desk-chosen = Ваш офіс — { $name }, { $address }. Його можна змінити в меню.
desk-nearest = Найближчий до вас офіс — { $name }, { $address } (приблизно { $km } км). Відтепер це ваш офіс: його можна змінити в меню.
desk-current = Зараз ваш офіс — { $name }, { $address }. Можете вибрати інший або надіслати нам свою геолокацію.
menu-place = 📍 Мій офіс

# The Cristo desk (via Gandolfi 20, Alessandria): its place and how to get there, in the info text.
# Another desk may have desk-<id>-place and desk-<id>-directions here too (else its address from data/desk.json).
desk-cristo-place = Via Gandolfi 20, район Cristo, Alessandria.
desk-cristo-directions = Автобус: лінії 1 і 4, зупинка Cristo.
