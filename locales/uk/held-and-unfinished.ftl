held-ask = Надіслати це повідомлення до офісу?
held-yes = 📨 Так, надсилаю
held-no = Ні, дякую
held-not-sent = Гаразд, повідомлення не надіслано.
closed-still-help = Ваше звернення номер { $number } закрите. Вам ще потрібна допомога?
closed-help-yes = 🙋 Так, потрібна допомога
closed-help-no = 🙏 Ні, просто хочу подякувати
closed-thanks = Вам теж дякуємо! Ми передамо це в офіс.
unfinished-request = У вас є звернення, яке ви ще не надіслали. Продовжити його чи видалити?
unfinished-continue = ▶️ Продовжити
unfinished-discard = 🗑 Видалити
unfinished-continued = Добре, продовжуємо: дайте відповідь на запитання вище.
unfinished-discarded = Звернення, яке ви не надіслали, видалено.
# A form begun before this chat was updated cannot go on (its state was kept the old way): it is closed, nothing sent.
req-form-lost = Вибачте: цей чат оновився, і звернення, яке ви писали, закрито. Нічого не надіслано. Ви можете почати його знову будь-коли.
