# WhatsApp: слова каналу (список, вибір, номер), повідомлення про Meta, що /forget не може видалити.

wa-list-button = Вибрати
wa-choose = Виберіть варіант:
wa-type-number = Напишіть номер вашого вибору.
wa-use-this-number = 📞 Цей номер
wa-choice-expired = Цей вибір уже недійсний: будь ласка, скористайтеся останнім повідомленням.
# The closing line of every template (Meta refuses a body that ends with a placeholder).
wa-template-tail = Відповідайте тут, щоб написати до офісу.
wa-privacy-note = 📱 У WhatsApp повідомлення проходять через Meta Platforms Ireland, яка обробляє їх для офісу (WhatsApp Business Platform). { $eu ->
    [yes] Meta зберігає їх у Європейському Союзі (у Німеччині) лише для доставки, щонайбільше 30 днів.
   *[no] Meta зберігає їх лише для доставки, щонайбільше 30 днів, зокрема на серверах поза Європейським Союзом.
}
wa-forget-limits = 📱 У WhatsApp ми не можемо видалити повідомлення на вашому телефоні чи копії, які Meta зберігає для доставки (щонайбільше 30 днів). Щоб прибрати їх із телефона, видаліть чат у WhatsApp.
wa-link-code = 🔗 Щоб зв'язати цей чат із вашим чатом у { $other }, напишіть цей код в іншому чаті протягом 10 хвилин: { $code }
wa-link-done = 🔗 Готово: тепер офіс знає, що обидва чати ваші. Відповіді приходять у чат, з якого ви пишете.
wa-link-wrong = Цей код недійсний або прострочений. Попросіть новий словом «зв'язати».
wa-link-same-chat = Напишіть цей код в іншому чаті, а не в цьому.
wa-link-already = 🔗 Цей чат уже зв'язано з вашим чатом у { $other }.
wa-link-too-many = Забагато неправильних кодів. Спробуйте ще раз за годину.
mydata-chats = Ваші чати з офісом: { $chats }
mydata-chat-telegram = Telegram (ідентифікатор { $id })
mydata-chat-whatsapp = WhatsApp ({ $id })
# Words typed on WhatsApp (no slash menu there) for the commands, separated by commas.
wa-words-start = почати
wa-words-menu = меню
wa-words-language = мова
wa-words-privacy = конфіденційність, приватність
wa-words-mydata = мої дані
wa-words-forget = забути, видалити мої дані
wa-words-cancel = скасувати
wa-words-help = допомога
wa-words-link = зв'язати
