# المكاتب: إذا كان للشبكة أكثر من مكتب، يختار كل شخص مكتبه (الحي أو المدينة، أو حسب موقعه).

desk-choose = أي مكتب تريد أن تستخدم؟ اختر حيّك أو مدينتك. أو أرسل لنا موقعك: سنجد لك أقرب مكتب.
desk-nearest-button = 📍 الأقرب إليّ
desk-send-location = اضغط على الزر في الأسفل لترسل موقعك. نستخدمه فقط لنجد أقرب مكتب، ولا نحفظه.
desk-share-location = 📍 أرسل موقعي
desk-chosen = مكتبك: { $name }، { $address }. يمكنك تغييره من القائمة.
desk-nearest = أقرب مكتب إليك: { $name }، { $address } (حوالي { $km } كم). من الآن هذا هو مكتبك: يمكنك تغييره من القائمة.
desk-current = مكتبك الآن: { $name }، { $address }. يمكنك أن تختار مكتبًا آخر، أو أن ترسل لنا موقعك.
menu-place = 📍 مكتبي

# The Cristo desk (via Gandolfi 20, Alessandria): its place and how to get there, in the info text.
# Another desk may have desk-<id>-place and desk-<id>-directions here too (else its address from data/desk.json).
desk-cristo-place = العنوان: ⁨Via Gandolfi 20⁩، حي ⁨Cristo⁩، ⁨Alessandria⁩.
desk-cristo-directions = الحافلة: الخطان 1 و4، محطة ⁨Cristo⁩.
