# مستوى الخدمة: المكتب مغلق، المواعيد والإغلاق، سؤال الرضا بعد إغلاق الطلب.

closed-notice = المكتب مغلق الآن. سنقرأ رسالتك يوم { $day } ابتداءً من الساعة { $time }.
closed-notice-later = المكتب مغلق الآن. سنقرأ رسالتك عندما يفتح المكتب من جديد.
closed-urgent = إذا كان الأمر عاجلًا، اتصل بالرقم ⁦112⁩.
closed-urgent-social = إذا كان الأمر عاجلًا، اتصل بالرقم ⁦112⁩ أو بخدمة الطوارئ الاجتماعية في البلدية: ⁦{ $number }⁩.
hours-holidays = مغلق في أيام العطل الرسمية.
hours-holidays-patron = مغلق في أيام العطل الرسمية ويوم { $day }، وهو عيد المدينة.
hours-closure = مغلق من { $from } إلى { $to }.
sat-question = أغلقنا طلبك رقم { $number }. هل ساعدناك؟
sat-yes = 😊 نعم
sat-partly = 😐 جزئيًا
sat-no = 🙁 لا
sat-thanks = شكرًا على إجابتك! إذا أردت، أخبرنا بالمزيد: اكتب رسالة أو أرسل رسالة صوتية. سيقرؤها المكتب.
sat-comment-thanks = شكرًا، أرسلناها إلى المكتب.
sat-expired = لقد أجبت من قبل. شكرًا!

# A range of opening hours: "9:00–12:00" inside a right-to-left line would show the end first.
hours-range = من { $from } إلى { $to }
