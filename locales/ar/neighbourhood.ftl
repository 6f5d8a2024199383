## الحي: إعلانات المكتب وفعالياته لمن طلبها

menu-news = 📣 أخبار المكتب
news-heading = 📣 أخبار المكتب
news-event-heading = 📅 فعالية من المكتب
news-event-when = 🗓 { $when }
news-event-yes = ✅ سأحضر
news-event-no = ❌ لا أستطيع
news-event-cannot-now = ❌ لم أعد أستطيع الحضور
news-event-reminder = ⏰ تذكير: { $when }
news-stop = 🔕 لا أريد أخبارًا بعد الآن
news-stopped = لن تصلك أخبار المكتب بعد الآن. يمكنك تفعيلها مرة أخرى من القائمة: 🏘 الحي ← 📣 أخبار المكتب.
news-event-thanks-yes = شكرًا! ننتظرك. سنذكّرك في اليوم السابق.
news-event-thanks-no = شكرًا لأنك أخبرتنا.
news-event-over = هذه الفعالية انتهت.
news-topic-activities = الدورات والأنشطة
news-topic-works = أعمال في العمارة
news-topic-health = الصحة
news-all = ✅ نعم، كل الأخبار
news-none = 🔕 لا أريد أخبارًا
news-screen-on =
    📣 أخبار المكتب

    تصلك أخبار المواضيع التي عليها ✅. اضغط على موضوع لتفعيله أو إيقافه.
news-screen-off =
    📣 أخبار المكتب

    لا تصلك أخبار الآن. اضغط على المواضيع التي تهمك.
news-on-toast = ستصلك الأخبار.
news-off-toast = لن تصلك الأخبار بعد الآن.
news-first-question = هل تريد أن تصلك أخبار المكتب؟ الدورات والأنشطة، والأعمال في عمارتك، وأيام الصحة. يمكنك التوقف متى شئت.
news-first-yes = 📣 نعم، أرسلوا لي الأخبار
news-first-choose = 📋 أختار المواضيع
news-first-no = لا، شكرًا
mydata-section-news = أخبار المكتب
mydata-news-topics = اخترت أن تصلك أخبار عن: { $topics }
mydata-news-none = لم تختر أن تصلك أخبار.
