# واتساب: كلمات القناة (القائمة، الخيارات، الرقم)، إشعار Meta، ما لا يستطيع /forget حذفه.

wa-list-button = اختر
wa-choose = اختر أحد الخيارات:
wa-type-number = اكتب رقم اختيارك.
wa-use-this-number = 📞 استخدم هذا الرقم
wa-choice-expired = هذا الاختيار لم يعد صالحًا: من فضلك استخدم آخر رسالة.
# The closing line of every template (Meta refuses a body that ends with a placeholder).
wa-template-tail = أجب هنا لتكتب إلى المكتب.
wa-privacy-note = 📱 على واتساب، تمر الرسائل عبر شركة ⁨Meta Platforms Ireland⁩ التي تعالجها لصالح المكتب. { $eu ->
    [yes] تحتفظ بها الشركة في الاتحاد الأوروبي (في ألمانيا) فقط لتوصيلها، لمدة 30 يومًا على الأكثر.
   *[no] تحتفظ بها الشركة فقط لتوصيلها، لمدة 30 يومًا على الأكثر، وقد يكون ذلك على خوادم خارج الاتحاد الأوروبي.
}
wa-forget-limits = 📱 على واتساب لا نستطيع حذف الرسائل الموجودة في هاتفك، ولا النسخ التي تحتفظ بها الشركة المشغلة لواتساب لتوصيلها (30 يومًا على الأكثر). لحذفها من هاتفك، احذف المحادثة في واتساب.
wa-link-code = 🔗 لربط هذه المحادثة بمحادثتك على { $other ->
        [WhatsApp] واتساب
       *[Telegram] تيليجرام
    }، اكتب هذا الرمز في المحادثة الأخرى خلال 10 دقائق: { $code }
wa-link-done = 🔗 تم: أصبح المكتب يعرف أن المحادثتين لك. تصل الردود إلى المحادثة التي تكتب منها.
wa-link-wrong = هذا الرمز غير صالح أو انتهت صلاحيته. اطلب رمزًا جديدًا بكتابة «ربط».
wa-link-same-chat = اكتب هذا الرمز في المحادثة الأخرى، لا في هذه.
wa-link-already = 🔗 هذه المحادثة مربوطة بالفعل بمحادثتك على { $other ->
        [WhatsApp] واتساب
       *[Telegram] تيليجرام
    }.
wa-link-too-many = رموز خاطئة كثيرة. حاول مرة أخرى بعد ساعة.
mydata-chats = محادثاتك مع المكتب: { $chats }
mydata-chat-telegram = تيليجرام (المعرّف { $id })
mydata-chat-whatsapp = واتساب ({ $id })
# Words typed on WhatsApp (no slash menu there) for the commands, separated by commas.
wa-words-start = ابدأ
wa-words-menu = القائمة, قائمة
wa-words-language = اللغة
wa-words-privacy = الخصوصية
wa-words-mydata = بياناتي
wa-words-forget = احذف بياناتي, انسني
wa-words-cancel = إلغاء
wa-words-help = مساعدة
wa-words-link = ربط
