## Shared reports on the common areas of the buildings (🏢)

menu-building = 🏘 الحي
building-title = 🏘 الحي: أخبار المكتب وعمارتك. ماذا تريد أن تفعل؟
menu-report = 🏢 مشكلة في عمارتي
menu-reported = 🏢 ما تم الإبلاغ عنه في عمارتي
report-kind-lift = المصعد معطل
report-kind-light = الضوء مطفأ على الدرج
report-kind-leak = تسرب مياه في القبو
report-kind-rubbish = نفايات
report-kind-door = باب مكسور
report-kind-unsafe = خطر أو عدم أمان
report-ask-kind = ما المشكلة في الأماكن المشتركة في عمارتك؟
report-ask-building = في أي عمارة؟
report-type-building = اكتب عنوان عمارتك (الشارع والرقم).
report-building-hint = اكتب الشارع ورقم عمارتك، مثلًا: ⁨via Gandolfi 20⁩.
report-already = تم الإبلاغ عن هذه المشكلة في { $date }: { $kind }، { $building }.
report-already-passed = أبلغ المكتب { $to } في { $date }.
report-followers =
    { $count ->
        [one] يتابعها ساكن واحد.
        [two] يتابعها ساكنان.
        [few] يتابعها { $count } سكان.
        [many] يتابعها { $count } ساكنًا.
       *[other] يتابعها { $count } ساكن.
    }
report-follow = 👁 أتابعها وأضيف ما أراه
report-cancel = ✖️ إلغاء
report-ask-piece = أرسل صورة أو رسالة صوتية أو بضع كلمات عما تراه. ثم اضغط «انتهيت».
report-done = ✅ انتهيت
report-piece-thanks = وصلنا. يمكنك أن ترسل المزيد، أو أن تضغط «انتهيت».
report-piece-unusable = أرسل هنا صورة أو رسالة صوتية أو بضع كلمات.
report-sent = شكرًا. وصل بلاغك إلى المكتب (رقم { $id }). سنخبرك بكل جديد.
report-joined = شكرًا. أنت الآن تتابع هذا البلاغ (رقم { $id }). سنخبرك بكل جديد.
report-cancelled = حسنًا، لم يُرسل شيء.
report-to-atc = ⁨ATC⁩ (السكن الاجتماعي)
report-to-comune = البلدية (⁨Comune⁩)
report-to-police = الشرطة
report-update-passed = 🏢 { $kind }، { $building }: أبلغ المكتب { $to }.
report-update-fixed = 🏢 { $kind }، { $building }: تم الإصلاح. شكرًا لأنك أبلغت عنها!
report-update-closed = 🏢 { $kind }، { $building }: أغلق المكتب هذا البلاغ.
reported-title = 🏢 ما تم الإبلاغ عنه في عمارتك
reported-none = لا يوجد الآن أي بلاغ في عمارتك.
reported-line = • { $kind }، { $building }: أُبلغ عنه في { $date }
reported-passed = تم إبلاغ { $to } في { $date }
mydata-section-reports = البلاغات في العمارة
mydata-report-line = تتابع: { $kind }، { $building }
mydata-reports-none = لا تتابع أي بلاغ.
