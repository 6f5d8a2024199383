# Home visits: the proposal and the choice, reminders, "not at home", the calendar file.

visit-who-nurse = ممرض الحي
visit-who-carer = عاملة الرعاية
visit-who-operator = موظف من المكتب
visit-who-name = { $name } من مكتب ⁨N.O.I.⁩
visit-when = { $date }، من الساعة { $from } إلى الساعة { $to }
visit-proposal =
    🏠 زيارة في البيت لطلب المساعدة رقم { $number }
    من سيأتي: { $who }.
    متى تكون في البيت؟ اختر موعدًا:
visit-none = ❌ لا يناسبني أي موعد
visit-unavailable = عذرًا، هذا الموعد لم يعد متاحًا. اختر موعدًا آخر:
visit-unavailable-all = عذرًا، هذه المواعيد لم تعد متاحة. أخبرنا متى تكون في البيت: اكتب رسالة أو أرسل رسالة صوتية.
visit-expired = هذا الاقتراح لم يعد صالحًا. إذا كنت تحتاج إلى مساعدة، اكتب هنا.
visit-confirmed =
    ✅ تم تأكيد الزيارة في البيت: { $when }.
    من سيأتي: { $who }.
    سنذكّرك قبلها بيوم وقبلها بساعة.
visit-calendar = 📅 أضف إلى التقويم
visit-calendar-caption = افتح هذا الملف لحفظ الزيارة في تقويم هاتفك.
visit-calendar-updated = تغيّر الموعد: افتح هذا الملف لتحديث تقويم هاتفك.
visit-calendar-file = زيارة-في-البيت
visit-tell-when = حسنًا. أخبرنا متى تكون في البيت: اكتب رسالة أو أرسل رسالة صوتية.
visit-reminder-day =
    ⏰ تذكير: غدًا موعد الزيارة في البيت، { $when }.
    من سيأتي: { $who }.
visit-reminder-hour =
    ⏰ اليوم في الساعة { $time } موعد الزيارة في البيت.
    من سيأتي: { $who }.
visit-ok = 👍 حسنًا
visit-cant = ✖️ لا أستطيع
visit-ok-thanks = شكرًا! إلى اللقاء قريبًا.
visit-cant-told = حسنًا، لقد أخبرنا المكتب. قل لنا متى تكون في البيت: اكتب رسالة أو أرسل رسالة صوتية.
visit-not-home =
    🚪 جئنا من أجل الزيارة في البيت ({ $when })، لكن لم يكن أحد في البيت.
    هل تريد موعدًا جديدًا؟
visit-again-yes = 📅 نعم، في يوم آخر
visit-again-no = لا، شكرًا
visit-again-yes-told = حسنًا: سيقترح عليك المكتب موعدًا جديدًا قريبًا. يمكنك أيضًا أن تكتب هنا متى تكون في البيت.
visit-again-no-told = حسنًا. إذا كنت تحتاج إلى مساعدة، اكتب هنا.
visit-moved = تغيّر موعد الزيارة في البيت التي كانت مقررة يوم { $when }. سيقترح عليك المكتب موعدًا جديدًا قريبًا.
visit-ics-title = زيارة في البيت – مكتب ⁨N.O.I.⁩
visit-ics-description = من سيأتي: { $who } (طلب المساعدة رقم { $number }). مكتب ⁨N.O.I.⁩، { $address }.
# In the copy of their data (/mydata): each home visit with a time agreed, and what came of it.
mydata-visit = زيارة في البيت: { $when }، { $status ->
        [confirmed] مؤكدة
        [done] تمت
        [not-home] لم تكن في البيت
        [declined] قلت إنك لا تستطيع
        [rescheduled] تغيّر موعدها
       *[cancelled] أُلغيت
    }
