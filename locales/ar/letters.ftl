menu-letter = 📄 اقرأ لي رسالة ورقية
letter-ask-pages = أرسل لي صورة لكل صفحة من الرسالة، صفحة بعد صفحة. ضع الورقة مسطحة على طاولة، في ضوء جيد. عندما ترسل كل الصفحات، اضغط «✅ انتهيت».
letter-pages-done = ✅ انتهيت
letter-pages-cancel = ✖️ إلغاء
letter-page-received = وصلت الصفحة { $count }. أرسل الصفحة التالية، أو اضغط «✅ انتهيت».
letter-send-photo = من فضلك، أرسل صورة للرسالة.
letter-too-many =
    { $max ->
        [one] أستطيع قراءة صفحة واحدة فقط. اضغط «✅ انتهيت» وأحضر الباقي إلى المكتب.
        [two] أستطيع قراءة صفحتين على الأكثر. اضغط «✅ انتهيت» وأحضر الباقي إلى المكتب.
        [few] أستطيع قراءة { $max } صفحات على الأكثر. اضغط «✅ انتهيت» وأحضر الباقي إلى المكتب.
       *[other] أستطيع قراءة { $max } صفحة على الأكثر. اضغط «✅ انتهيت» وأحضر الباقي إلى المكتب.
    }
letter-cancelled = حسنًا، لم يُرسل أي شيء.
letter-reading = شكرًا. أنا أقرأ الرسالة… سأكتب لك بعد قليل.
letter-facts-title = 📄 هذا ما تقوله الرسالة:
letter-unreadable = 📄 لم أستطع قراءة هذه الرسالة. سيقرؤها موظف من المكتب ويكتب لك.
letter-staff-check = 👤 سيراجع موظف من المكتب كل شيء معك.
letter-checked-title = ✅ راجع موظف من المكتب رسالتك:
letter-checked-wrong = بعض المعلومات لم تكن صحيحة: سيشرحها لك الموظف.
letter-checked-none = سيكتب لك الموظف ليشرح لك الرسالة.
letter-checked-footer = 👤 إذا كانت لديك أسئلة، اكتب هنا.
letter-reminder = ⏰ تذكير: في الرسالة التي وصلتك من { $from } موعد نهائي: { $date }.
letter-reminder-help = إذا احتجت إلى مساعدة، اكتب هنا أو تعال إلى المكتب.
letter-at-time = { $date } الساعة { $time }
letter-label-sender = 🏢 من
letter-label-amount = 💶 المبلغ
letter-label-total = 💶 المجموع المطلوب دفعه
letter-label-deadline = 📅 الموعد النهائي
letter-label-appointment = 🗓 موعد
letter-label-date = 🗒 التاريخ
letter-label-pagopa = 🔢 رمز إشعار ⁨pagoPA⁩
letter-label-iban = 🏦 رقم الحساب ⁨IBAN⁩
letter-label-protocol = 📎 الرقم المرجعي
letter-label-law = ⚖️ القانون
letter-from-atc = ⁨ATC⁩ (السكن الاجتماعي)
letter-from-comune = البلدية (⁨Comune⁩)
letter-from-inps = ⁨INPS⁩ (الضمان الاجتماعي)
letter-from-asl = ⁨ASL⁩ (الخدمة الصحية)
letter-from-entrate = مصلحة الضرائب (⁨Agenzia delle Entrate⁩)
letter-from-riscossione = هيئة تحصيل الضرائب (⁨Agenzia delle Entrate-Riscossione⁩)
letter-from-court = محكمة
letter-from-utility = شركة كهرباء أو غاز أو ماء
letter-from-questura = مكتب الهجرة في الشرطة (⁨Questura⁩)
letter-from-prefettura = المحافظة (⁨Prefettura⁩)
letter-from-inail = ⁨INAIL⁩ (التأمين على حوادث العمل)
letter-from-unknown = جهة رسمية
mydata-letter = رسالة قرأها المكتب
letter-fact-line = { $label }: { $value }
letter-voice-euros = { $amount } يورو
letter-voice-written = مكتوب في النص أعلاه
letter-voice-more = ويعرض النص أعلاه أيضًا باقي معلومات الرسالة.
held-letter = 📄 هذه رسالة ورقية
