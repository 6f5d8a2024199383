## Issue 30: the loop that closes properly
sat-sorry-reopen = Нам шкода. Проблема досі є? Ми можемо знову відкрити ваше звернення номер { $number }.
sat-reopen-yes = 🔁 Так, відкрийте знову
sat-reopen-no = Ні, дякую
sat-reopened = Звернення номер { $number } знову відкрите. Офіс про це знає і відповість вам тут.
closed-anything-else = Вам ще потрібна допомога щодо звернення номер { $number }?

## Issue 30: one live control at a time
req-pieces-received = 📥 Отримано: { $count }. Можете додати ще (текст, голосове, фото) або натиснути «Готово».

## Issue 30: cancelling says what it does and what was cancelled
my-bookings-cancel-hint = ✖️ Щоб скасувати запис, натисніть на нього нижче.
booking-cancelled-which = ✖️ Скасовано: <b>{ $activity }</b>, { $when }. Дякуємо, що повідомили: місце отримає хтось інший.

## Issue 30: a first message is greeted, in the language the phone or the words suggest
first-contact-greeting = 👋 Добрий день! Це офіс N.O.I. з питань житла. Ми можемо говорити вашою мовою.

## Issue 30: messages sent outside a form are one question, not one each
held-ask-many = Надіслати ваші повідомлення ({ $count }) до офісу?

## Issue 30: шість натискань до першого звернення
req-describe-open =
    Розкажіть, що сталося.
    Ви можете написати, надіслати голосове повідомлення 🎤 або фото 📷, навіть кілька повідомлень.
req-pieces-then-visit =
    📥 Отримано: { $count }. Можете додати ще (текст, голосове, фото).
    Коли закінчите, скажіть нам: чи можете ви прийти до офісу на { $address }?
req-call-me-instead = 📞 Краще зателефонуйте мені
req-summary-choose = Що ви хочете зробити?

## Issue 30: запитання повторюється нижче
input-answer-below = Будь ласка, дайте відповідь однією з кнопок нижче або надішліть /cancel, щоб вийти.
button-stale-step = Ця кнопка належить до запитання, на яке ви вже відповіли: вашу відповідь збережено. Зараз запитання таке.

## Issue 30: a cancel button says "cancel"; the old "✅ Booked" says it was cancelled
booking-cancel-day = ✖️ Скасувати { $date }
booking-cancel-day-child = ✖️ Скасувати { $date } · { $child }
booking-was-cancelled = ✖️ Запис скасовано: <b>{ $activity }</b>, { $when }.

## Issue 30: "ATC" explained where residents choose a topic; consent is not the only answer to the notice
req-choose-category-explained =
    З чим вам потрібна допомога? Виберіть тему.
    (ATC — це державна установа, якій належать соціальні квартири і яка їх ремонтує.)
privacy-prefer-person = 🙋 Хочу поговорити з людиною
privacy-person-answer = Звісно. Ви можете поговорити з працівником в офісі, не пишучи тут. Ми нічого про вас не зберігаємо, доки ви не натиснете «Погоджуюся»; якщо передумаєте, кнопка вище.

## Issue 30: an old button of a finished step says the step is done and what became of what was said
old-button-toast-form = ✔️ Цей крок уже зроблено: те, що ви сказали, збережено.
old-button-toast-request = ✔️ Цей крок уже зроблено: ваше звернення збережено.
old-button-request = ✔️ Цей крок уже зроблено: ваше звернення номер { $number } надійно збережене в офісі. Відповідь прийде сюди, у цей чат.

## Issue 30: a phone number may be typed as well as shared with the button
req-phone-or-type = Натисніть кнопку нижче, щоб надіслати нам свій номер телефону, або напишіть його тут.
