# الدروس، الدعم المدرسي، الورشات: الحجوزات، قائمة الانتظار، التذكيرات.

act-italian-a0a1 = الإيطالية للمبتدئين (⁨A0/A1⁩)
act-italian-a1 = الإيطالية ⁨A1⁩
act-italian-a2 = الإيطالية ⁨A2⁩
act-italian-b1 = الإيطالية ⁨B1⁩
act-tutoring-primary = الدعم المدرسي – المدرسة الابتدائية
act-tutoring-middle = الدعم المدرسي – المدرسة الإعدادية
act-macrame = ورشة المكرمية
act-caregiver = دورة لرعاية أحد أفراد العائلة
act-italian-a0a1-desc = لمن لا يتكلم الإيطالية بعد، أو يعرف كلمات قليلة فقط. نبدأ من الصفر.
act-italian-a1-desc = لمن يفهم كلمات وجملًا بسيطة. التعريف بنفسك، والتسوق، والذهاب إلى الطبيب.
act-italian-a2-desc = لمن يعرف بعض الإيطالية. العمل، ومدرسة الأولاد، والمكاتب.
act-italian-b1-desc = لمن يتكلم جيدًا ويريد أن يتحسن. وأيضًا للامتحانات وتصريح الإقامة.
act-tutoring-primary-desc = مساعدة في الواجبات المدرسية لأطفال المدرسة الابتدائية (⁨scuola primaria⁩).
act-tutoring-middle-desc = مساعدة في الواجبات والدراسة لتلاميذ المدرسة الإعدادية (⁨scuola media⁩، من 11 إلى 14 سنة).
act-macrame-desc = نعمل معًا بالخيوط والعُقد. للجميع، حتى لمن ليس عنده خبرة. المواد موجودة عندنا.
act-caregiver-desc = كيف تساعد شخصًا مسنًا أو مريضًا في البيت: النظافة الشخصية، والحركة، والأدوية، والحقوق.

class-p1 = السنة الأولى ابتدائي
class-p2 = السنة الثانية ابتدائي
class-p3 = السنة الثالثة ابتدائي
class-p4 = السنة الرابعة ابتدائي
class-p5 = السنة الخامسة ابتدائي
class-m1 = السنة الأولى إعدادي
class-m2 = السنة الثانية إعدادي
class-m3 = السنة الثالثة إعدادي
subject-homework = الواجبات المدرسية
subject-italian = اللغة الإيطالية
subject-maths = الرياضيات
subject-english = اللغة الإنجليزية
subject-science = العلوم

place-desk = مكتب ⁨N.O.I.⁩ في { $address }

book-choose-level = أي مستوى؟ إذا لم تعرف أيّها تختار، اختر الأول.
book-choose-activity = أي نشاط؟
book-sessions =
    <b>{ $activity }</b>
    { $description }
    اختر موعدًا. إذا كان ممتلئًا، يمكنك أن تسجل في قائمة الانتظار.
book-no-sessions = لا توجد دروس في الجدول حاليًا. سنضيف دروسًا قريبًا: يمكنك أن تسأل في المكتب.
book-session-free =
    { $when } · { $free ->
        [zero] لا مكان
        [one] مكان واحد
        [two] مكانان
        [few] { $free } أماكن
        [many] { $free } مكانًا
       *[other] { $free } مكان
    }
book-session-full = { $when } · ممتلئ
book-confirmed =
    ✅ تم الحجز!
    { $activity }
    📅 { $when }
    📍 { $place }
    سنذكّرك قبل الموعد بيوم، وقبله بساعتين.
book-confirmed-child =
    ✅ تم الحجز باسم { $child }!
    { $activity }
    📅 { $when }
    📍 { $place }
    سنذكّرك قبل الموعد بيوم، وقبله بساعتين.
book-full = هذا الدرس ممتلئ. هل تريد أن تسجل في قائمة الانتظار؟ إذا فرغ مكان، سنكتب لك.
book-join-waitlist = 📝 سجلني في قائمة الانتظار
book-waitlisted = أنت رقم { $position } في قائمة الانتظار. إذا فرغ مكان، سنكتب لك.
book-already = لديك مكان في هذا الدرس بالفعل، أو أنت في قائمة الانتظار.
book-started = هذا الدرس بدأ بالفعل. اختر درسًا آخر.
book-session-cancelled = تم إلغاء هذا الدرس. اختر درسًا آخر.
book-not-found = هذا الدرس لم يعد موجودًا. اختر درسًا آخر.
book-free-now = فرغ مكان الآن: يمكنك أن تحجزه.

tutoring-child-name = ما اسم الطفل أو الطفلة؟ اكتب الاسم الأول فقط.
tutoring-child-name-invalid = اكتب الاسم الأول فقط (40 حرفًا على الأكثر).
tutoring-child-class = في أي صف { $child }؟
tutoring-subject = في أي مادة نساعد { $child }؟
tutoring-another = هل تريد أن تحجز لطفل آخر أيضًا؟
tutoring-another-yes = ➕ طفل آخر
tutoring-another-no = ✔️ لا، هذا يكفي
tutoring-privacy-note = من بيانات الأطفال نحفظ فقط الاسم الأول والصف.

my-bookings-title = <b>حجوزاتك</b>
my-bookings-none = ليس لديك أي حجوزات.
my-booking-line = { $activity } · { $when } · { $status }
my-booking-line-child = { $activity } ({ $child }) · { $when } · { $status }
booking-status-booked = محجوز
booking-status-waiting = في قائمة الانتظار
booking-status-offered = يوجد مكان لك!
booking-cancelled = تم إلغاء الحجز. شكرًا لأنك أخبرتنا: سيذهب المكان إلى شخص آخر.
booking-cancel-failed = لم يعد من الممكن إلغاء هذا الحجز.

waitlist-offer =
    🎉 فرغ مكان!
    { $activity }
    📅 { $when }
    📍 { $place }
    هل تريده؟ نحتفظ به لك حتى { $until }.
offer-accept = ✅ نعم، أريد المكان
offer-decline = لا، شكرًا
offer-gone = عذرًا، هذا العرض لم يعد صالحًا.
offer-declined = حسنًا. سنعطي المكان للشخص التالي.
offer-lapsed = المكان الذي كنا نحتفظ به لك في { $activity } ({ $when }) ذهب إلى الشخص التالي، لأنه لم يصلنا منك رد.

session-cancelled =
    ⚠️ تم الإلغاء: { $activity }، { $when }.
    نأسف لذلك! تم إلغاء حجزك. يمكنك أن تختار درسًا آخر من القائمة.

reminder-24h =
    ⏰ تذكير: غدًا، { $when }
    { $activity }
    📍 { $place }
reminder-2h =
    ⏰ بعد ساعتين، { $when }
    { $activity }
    📍 { $place }
reminder-coming = 👍 سآتي
reminder-not-coming = ✖️ لا أستطيع أن آتي
reminder-thanks = شكرًا! إلى اللقاء قريبًا.
reminder-freed = شكرًا لأنك أخبرتنا. مكانك الآن متاح لشخص آخر.

# Short names, after the date on a booking's cancel button ("✖️ Mer 02/12 · Corso A1").
act-italian-a0a1-short = دورة ⁨A0/A1⁩
act-italian-a1-short = دورة ⁨A1⁩
act-italian-a2-short = دورة ⁨A2⁩
act-italian-b1-short = دورة ⁨B1⁩
act-macrame-short = مكرمية
act-caregiver-short = دورة رعاية

# Every date of a course in one tap, and the answer, one line per date.
book-course-button = { $count ->
        [one] 📅 احجز هذا الموعد
        [two] 📅 احجز الموعدين
       *[other] 📅 احجز كل المواعيد ({ $count })
    }
book-course-title = كل مواعيد <b>{ $activity }</b>:
book-course-line-booked = ✅ حُجز مكانك: { $when }
book-course-line-waiting = 📝 قائمة الانتظار، رقم { $position }: { $when }
book-course-line-refused = ✖️ لم يتم الحجز: { $when }
book-course-next = سنذكّرك بكل درس قبله بيوم وقبله بساعتين.
book-course-next-waiting = سنذكّرك بالدروس التي لك فيها مكان. إذا فرغ مكان في موعد ممتلئ، سنكتب لك.

# Cancelling a booking asks first.
booking-cancel-ask =
    هل تريد إلغاء هذا الحجز؟
    { $activity }
    📅 { $when }
booking-cancel-yes = ✖️ نعم، ألغِ الحجز
booking-cancel-no = لا، أبقِ الحجز
