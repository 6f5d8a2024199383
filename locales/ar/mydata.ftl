# The copy of the data (/mydata): a text document the person reads in their language.
# Latin names inside Arabic sentences are wrapped in FSI U+2068 … PDI U+2069 (see locales/GLOSSARY.md).

mydata-title = بياناتك في مكتب ⁨N.O.I.⁩
mydata-exported = تاريخ هذه النسخة: { $date }
mydata-controller = من يحفظ البيانات: مكتب ⁨N.O.I.⁩ للسكن (⁨N.O.I. per la casa⁩)، ⁨via Gandolfi 20⁩، ⁨Alessandria⁩.
mydata-nothing = لا نحفظ أي بيانات عنك.
mydata-section-you = معلوماتك
mydata-name = الاسم
mydata-language = اللغة
mydata-phone = الهاتف
mydata-first-contact = أول تواصل معنا
mydata-consent = وافقت على إشعار الخصوصية (الإصدار { $version }) في { $date }.
mydata-consent-none = لم توافق بعد على إشعار الخصوصية.
mydata-section-requests = طلبات المساعدة التي أرسلتها إلى المكتب
mydata-requests-none = لا توجد طلبات مساعدة.
mydata-request = طلب المساعدة رقم { $number }
mydata-opened = تاريخ الإرسال
mydata-closed = تاريخ الإغلاق
mydata-visit-desk = المكان: في المكتب
mydata-visit-home = المكان: زيارة في البيت
mydata-address = العنوان
mydata-location = الموقع الذي أرسلته
mydata-contact-chat = التواصل: هنا في المحادثة
mydata-contact-phone = التواصل: بالهاتف
mydata-content-erased = حذفنا نصوص هذا الطلب من قبل.
mydata-from-you = أنت
mydata-from-desk = المكتب
mydata-forwarded = رسالة محوَّلة من { $name }
mydata-forwarded-hidden = رسالة محوَّلة، المرسل مخفي
mydata-kind-voice = رسالة صوتية
mydata-kind-photo = صورة
mydata-kind-document = مستند
mydata-kind-audio = ملف صوتي
mydata-kind-video = فيديو
mydata-kind-video_note = رسالة فيديو
mydata-kind-location = موقع
mydata-kind-other = شيء آخر
mydata-notes-exist = كتب الموظفون أيضًا ملاحظات عمل داخلية عن هذا الطلب، وهي ليست في هذه النسخة.
mydata-section-bookings = حجوزاتك
mydata-bookings-none = لا توجد حجوزات.
mydata-booking-booked = محجوز
mydata-booking-waiting = في قائمة الانتظار
mydata-booking-offered = مكان معروض عليك
mydata-booking-cancelled = ملغى
mydata-booking-expired = انتهت مهلة الرد
mydata-booking-declined = رفضت المكان
mydata-attendance-present = حضور
mydata-attendance-absent = غياب
mydata-child = الطفل أو الطفلة: { $name }، { $class }، { $subject }
mydata-section-kept = إلى متى نحفظ البيانات
mydata-retention =
    نحذف نصوص طلبات المساعدة المغلقة بعد { $days ->
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }. وإذا لم تتواصل مع المكتب مدة { $days ->
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }، نحذف أيضًا الاسم والهاتف والعناوين وأسماء الأطفال، ولا تبقى إلا أرقام بلا أسماء للإحصاءات.
mydata-notes-general = يكتب الموظفون أيضًا ملاحظات عمل داخلية لتنظيم عملهم: هي موجودة، لكنها ليست في هذه النسخة. لمعرفة المزيد، تعال إلى المكتب.
# The name of the /mydata file, as the person sees it in their chat.
mydata-file-name = بياناتي-NOI.txt
