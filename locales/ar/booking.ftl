# الدروس، الدعم المدرسي، الورشات: الحجوزات، قائمة الانتظار، التذكيرات.

act-italian-a0a1 = اللغة الإيطالية للمبتدئين (A0/A1)
act-italian-a1 = اللغة الإيطالية A1
act-italian-a2 = اللغة الإيطالية A2
act-italian-b1 = اللغة الإيطالية B1
act-tutoring-primary = الدعم المدرسي – المدرسة الابتدائية
act-tutoring-middle = الدعم المدرسي – المدرسة الإعدادية
act-macrame = ورشة المكرمية
act-caregiver = دورة لمن يعتني بأحد أفراد عائلته
act-italian-a0a1-desc = لمن لا يتكلم الإيطالية بعد، أو يعرف كلمات قليلة فقط. نبدأ من الصفر.
act-italian-a1-desc = لمن يفهم كلمات وجملًا بسيطة. التعريف بنفسك، والتسوق، والذهاب إلى الطبيب.
act-italian-a2-desc = لمن يتكلم قليلًا. العمل، ومدرسة الأولاد، والإدارات.
act-italian-b1-desc = لمن يتكلم جيدًا إلى حد ما ويريد أن يتحسن، وأيضًا للامتحانات وتصاريح الإقامة.
act-tutoring-primary-desc = مساعدة في الواجبات المدرسية لأطفال المدرسة الابتدائية.
act-tutoring-middle-desc = مساعدة في الواجبات والدراسة لتلاميذ المدرسة الإعدادية.
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

place-desk = مكتب N.O.I.، via Gandolfi 20

book-choose-level = أي مستوى؟ إذا لم تكن متأكدًا، اختر الأول.
book-choose-activity = أي نشاط؟
book-sessions =
    <b>{ $activity }</b>
    { $description }
    اختر موعدًا:
book-no-sessions = لا توجد مواعيد لهذا النشاط حاليًا. سنضيف مواعيد قريبًا: يمكنك أن تسأل في المكتب.
book-session-free = { $when } · الأماكن المتاحة: { $free }
book-session-full = { $when } · ممتلئ، قائمة الانتظار
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
book-full = هذا الموعد ممتلئ. هل تريد أن تسجل في قائمة الانتظار؟ إذا فرغ مكان، سنكتب لك.
book-join-waitlist = 📝 سجلني في قائمة الانتظار
book-waitlisted = أنت في قائمة الانتظار، ورقمك في القائمة: { $position }. إذا فرغ مكان، سنكتب لك.
book-already = لديك مكان في هذا الموعد بالفعل، أو أنت في قائمة الانتظار.
book-started = هذا الموعد بدأ بالفعل. اختر موعدًا آخر.
book-session-cancelled = تم إلغاء هذا الموعد. اختر موعدًا آخر.
book-not-found = هذا الموعد لم يعد موجودًا. اختر موعدًا آخر.
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
booking-cancel-button = ✖️ إلغاء: { $activity }، { $date }
booking-cancelled = تم إلغاء الحجز. شكرًا لأنك أخبرتنا: سيذهب المكان إلى شخص آخر.
booking-cancel-failed = لم يعد من الممكن إلغاء هذا الحجز.

waitlist-offer =
    🎉 فرغ مكان!
    { $activity }
    📅 { $when }
    📍 { $place }
    هل تريده؟ نحتفظ به لك. آخر وقت للرد: { $until }.
offer-accept = ✅ نعم، أريد المكان
offer-decline = لا، شكرًا
offer-gone = عذرًا، هذا العرض لم يعد صالحًا.
offer-declined = حسنًا. سنعطي المكان للشخص التالي.
offer-lapsed = المكان الذي كنا نحتفظ به لك في { $activity } ({ $when }) ذهب إلى الشخص التالي، لأنه لم يصلنا منك رد.

session-cancelled =
    ⚠️ تم الإلغاء: { $activity }، { $when }.
    نأسف لذلك! تم إلغاء حجزك. يمكنك أن تختار موعدًا آخر من القائمة.

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
