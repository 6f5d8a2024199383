# مكتب الاستماع: الساكن يكتب إلى المكتب.

cat-housing = 🏠 السكن وإصلاحات ⁨ATC⁩
cat-rent = 💶 الإيجار والفواتير والأوراق
cat-social = 🤝 الخدمات الاجتماعية
cat-health = 🩺 الخدمات الصحية
cat-homecare = 🧓 ممرض أو عاملة رعاية في البيت
cat-school = 🎒 المدرسة والأطفال
cat-neighbours = 🏢 الجيران والأمان في العمارة
cat-other = ❓ شيء آخر

req-choose-category = ماذا تحتاج؟ اختر موضوعًا.
req-describe =
    أخبرنا ماذا يحدث.
    يمكنك أن تكتب، أو ترسل رسالة صوتية 🎤 أو صورة 📷، ويمكنك أن ترسل أكثر من رسالة.
    عندما تنتهي، اضغط على «انتهيت».
req-done = ✅ انتهيت
req-piece-received = وصلتنا رسالتك. يمكنك أن تضيف المزيد، أو تضغط على «انتهيت».
req-describe-empty = اكتب أولًا أو أرسل رسالة صوتية، ثم اضغط على «انتهيت».
req-description-too-long = هذا طويل جدًا لطلب واحد. اكتب أهم الأشياء فقط، والباقي تقوله لموظف المكتب.
req-visit-question = هل يمكنك أن تأتي إلى المكتب في { $address }؟
req-visit-desk = 🚶 نعم، سآتي إلى المكتب
req-visit-home = 🏠 لا، أحتاج إلى زيارة في البيت
req-address-question = اكتب عنوانك (الشارع، الرقم، المدخل، الطابق)، أو أرسل موقعك.
req-share-location = 📍 أرسل موقعي
req-address-too-long = العنوان طويل جدًا. اكتب فقط الشارع والرقم والمدخل والطابق.
req-contact-question = كيف تفضل أن نتواصل معك؟
req-contact-chat = 💬 هنا في المحادثة
req-contact-phone = 📞 بمكالمة هاتفية
req-share-phone = 📞 أرسل رقمي
req-share-phone-own = من فضلك أرسل رقمك أنت بالزر الذي في الأسفل.
req-summary =
    <b>راجع طلب المساعدة</b>
    الموضوع: { $category }
    أرسلت: { $pieces ->
        [zero] لا رسائل
        [one] رسالة واحدة
        [two] رسالتين
        [few] { $pieces } رسائل
        [many] { $pieces } رسالة
       *[other] { $pieces } رسالة
    }
    الزيارة: { $visit }
    التواصل: { $contact }
req-summary-visit-desk = في المكتب
req-summary-visit-home = في البيت: { $address }
req-summary-location = تم إرسال الموقع
req-summary-contact-chat = هنا في المحادثة
req-summary-contact-phone = بالهاتف: ⁦{ $phone }⁩
req-send = 📨 إرسال
req-edit = ✏️ تعديل
req-cancel = ✖️ إلغاء
req-edit-what = ماذا تريد أن تغير؟
req-edit-category = الموضوع
req-edit-description = الرسائل
req-edit-visit = الزيارة
req-edit-contact = التواصل
req-sent =
    تم! رقم طلب المساعدة: { $number }.
    سيرد عليك موظف من المكتب هنا. يمكنك أن تستمر في الكتابة هنا: رسائلك تصل إلى المكتب.
req-already-open = لديك طلب مفتوح بالفعل (رقمه { $number }). اكتب هنا: رسالتك تصل إلى موظف المكتب.

relay-delivered = ✔️ تم الإرسال إلى المكتب.
relay-staff-prefix = 💬 من المكتب:
request-closed-notice = تم إغلاق طلبك رقم { $number }. إذا احتجت إلى شيء آخر، اكتب هنا.
request-reopened = أعدت فتح الطلب رقم { $number }. وصلت رسالتك إلى المكتب.

my-requests-title = <b>طلبات المساعدة</b>
my-requests-none = ليس لديك أي طلبات.
my-request-line = رقم { $number } · { $category } · { $status } · { $date }
status-open = في الانتظار
status-taken = يتابعه موظف
status-closed = مغلق

staff-only = هذه الخدمة لموظفي المكتب فقط.

qr-call-back = وصلنا طلبك. سنتصل بك خلال يومي عمل.
qr-bring-documents = من فضلك تعال إلى المكتب في { $address }، في مواعيد العمل. أحضر معك عقد السكن من ⁨ATC⁩ ووثيقة هوية.
qr-more-info = نحتاج إلى معلومات أكثر قليلًا. هل يمكنك أن تشرح لنا أكثر؟ يمكنك أيضًا أن ترسل رسالة صوتية.
qr-home-visit = سيأتي موظف من المكتب إلى بيتك. سنخبرك قبل ذلك باليوم والساعة.
qr-social-services = أرسلنا طلبك إلى الخدمات الاجتماعية في البلدية. وهم سيتواصلون معك.
qr-nurse = وصل طلبك إلى ممرض الحي، وسيتواصل معك قريبًا.
qr-hours = المكتب مفتوح:
    { $hours }
qr-solved = نعتقد أن المشكلة قد حُلّت. إذا كنت ما زلت تحتاج إلى مساعدة، اكتب هنا.
