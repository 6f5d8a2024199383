## Shared reports on the common areas of the buildings (🏢)

menu-building = 🏘 Район
building-title = 🏘 Район: новини офісу і ваш будинок. Що ви хочете зробити?
menu-report = 🏢 Проблема в моєму будинку
menu-reported = 🏢 Про що вже повідомили
report-kind-lift = Ліфт не працює
report-kind-light = Не горить світло на сходах
report-kind-leak = Протікає вода в підвалі
report-kind-rubbish = Сміття
report-kind-door = Зламані двері
report-kind-unsafe = Небезпека, загроза
report-ask-kind = Яка проблема в спільних місцях вашого будинку?
report-ask-building = У якому будинку?
report-type-building = Напишіть адресу вашого будинку (вулиця і номер).
report-building-hint = Напишіть вулицю і номер вашого будинку, наприклад: via Gandolfi 20.
report-already = Про цю проблему вже повідомили { $date }: { $kind }, { $building }.
report-already-passed = Офіс передав її до { $to } { $date }.
report-followers =
    { $count ->
        [one] За цим стежить { $count } мешканець.
        [few] За цим стежать { $count } мешканці.
       *[other] За цим стежать { $count } мешканців.
    }
report-follow = 👁 Стежити й додати, що я бачу
report-cancel = ✖️ Скасувати
report-ask-piece = Надішліть фото, голосове повідомлення або кілька слів про те, що ви бачите. Потім натисніть «Готово».
report-done = ✅ Готово
report-piece-thanks = Отримали. Можете надіслати ще або натиснути «Готово».
report-piece-unusable = Тут надішліть фото, голосове повідомлення або кілька слів.
report-sent = Дякуємо. Офіс отримав ваше повідомлення про проблему (номер { $id }). Ми писатимемо вам про кожен крок.
report-joined = Дякуємо. Тепер ви теж стежите за цією проблемою (номер { $id }). Ми писатимемо вам про кожен крок.
report-cancelled = Добре, нічого не надіслано.
report-to-atc = ATC (соціальне житло)
report-to-comune = мерії (Comune)
report-to-police = поліції
report-update-passed = 🏢 { $kind }, { $building }: офіс передав це до { $to }.
report-update-fixed = 🏢 { $kind }, { $building }: це полагодили. Дякуємо, що повідомили!
report-update-closed = 🏢 { $kind }, { $building }: офіс завершив роботу з цією проблемою.
reported-title = 🏢 Проблеми, про які повідомили у вашому будинку
reported-none = Зараз у вашому будинку немає повідомлень про проблеми.
reported-line = • { $kind }, { $building }: повідомлено { $date }
reported-passed = передано до { $to } { $date }
mydata-section-reports = Повідомлення про проблеми в будинку
mydata-report-line = Ви стежите: { $kind }, { $building }
mydata-reports-none = Ви не стежите за жодною проблемою.
