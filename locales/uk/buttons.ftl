# Buttons pressed on older messages (Telegram sends them without the message after some hours).

button-stale = Ця кнопка зі старого повідомлення і більше нічого не робить. Відкрийте меню, щоб вибрати те, що вам потрібно.
button-stale-form = Ця кнопка зі старого повідомлення. Ви ще не відповіли на всі запитання: дайте відповідь на останнє запитання або надішліть /cancel, щоб вийти.

button-expired = Ця кнопка більше не працює. Надішліть /menu, щоб почати знову.
