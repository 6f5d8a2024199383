## Issue 30: the loop that closes properly
sat-sorry-reopen = نأسف لذلك. هل ما زالت المشكلة قائمة؟ يمكننا إعادة فتح طلبك رقم { $number }.
sat-reopen-yes = 🔁 نعم، أعيدوا فتح الطلب
sat-reopen-no = لا، شكرًا
sat-reopened = الطلب رقم { $number } مفتوح من جديد. المكتب على علم وسيجيبك هنا.
closed-anything-else = هل ما زلت بحاجة إلى مساعدة بخصوص الطلب رقم { $number }؟

## Issue 30: one live control at a time
req-pieces-received = 📥 وصلنا: { $count }. يمكنك أن تضيف المزيد (نص، رسالة صوتية، صورة) أو تضغط على «انتهيت».

## Issue 30: cancelling says what it does and what was cancelled
my-bookings-cancel-hint = ✖️ لإلغاء حجز، اضغط عليه في الأسفل.
booking-cancelled-which = ✖️ تم الإلغاء: <b>{ $activity }</b>، { $when }. شكرًا لأنك أخبرتنا: سيذهب المكان إلى شخص آخر.

## Issue 30: a first message is greeted, in the language the phone or the words suggest
first-contact-greeting = 👋 مرحبًا! هذا مكتب ⁨N.O.I.⁩ للسكن. يمكننا التحدث بلغتك.

## Issue 30: messages sent outside a form are one question, not one each
held-ask-many = هل تريد إرسال رسائلك ({ $count }) إلى المكتب؟

## Issue 30: ست نقرات لأول طلب
req-describe-open =
    أخبرنا ماذا يحدث.
    يمكنك أن تكتب، أو ترسل رسالة صوتية 🎤 أو صورة 📷، ويمكنك أن ترسل أكثر من رسالة.
req-pieces-then-visit =
    📥 وصلنا: { $count }. يمكنك أن تضيف المزيد (نص، رسالة صوتية، صورة).
    عندما تنتهي، أخبرنا: هل يمكنك أن تأتي إلى المكتب في { $address }؟
req-call-me-instead = 📞 أفضّل مكالمة هاتفية
req-summary-choose = ماذا تريد أن تفعل؟

## Issue 30: السؤال يتكرر في الأسفل
input-answer-below = من فضلك أجب بأحد الأزرار في الأسفل. وللخروج أرسل ⁨/cancel⁩.
button-stale-step = هذا الزر لسؤال أجبت عنه من قبل: ما قلته محفوظ. السؤال الآن هو هذا.

## Issue 30: a cancel button says "cancel"; the old "✅ Booked" says it was cancelled
booking-cancel-day = ✖️ إلغاء { $date }
booking-cancel-day-child = ✖️ إلغاء { $date } · { $child }
booking-was-cancelled = ✖️ تم إلغاء هذا الحجز: <b>{ $activity }</b>، { $when }.

## Issue 30: "ATC" explained where residents choose a topic; consent is not the only answer to the notice
req-choose-category-explained =
    ماذا تحتاج؟ اختر موضوعًا.
    (⁨ATC⁩ هي الهيئة العامة التي تملك مساكن الإسكان الاجتماعي وتقوم بإصلاحها.)
privacy-prefer-person = 🙋 أفضّل التحدث مع شخص
privacy-person-answer = بالتأكيد. يمكنك التحدث مع شخص في المكتب، من دون الكتابة هنا. لا نحفظ أي شيء عنك حتى تضغط على «أوافق»؛ وإذا غيّرت رأيك، فالزر في الأعلى.

## Issue 30: an old button of a finished step says the step is done and what became of what was said
old-button-toast-form = ✔️ هذه الخطوة انتهت: ما قلته محفوظ.
old-button-toast-request = ✔️ هذه الخطوة انتهت: طلبك محفوظ.
old-button-request = ✔️ هذه الخطوة انتهت من قبل: طلبك رقم { $number } محفوظ لدى المكتب. سيصلك الرد هنا، في هذه المحادثة.

## Issue 30: a phone number may be typed as well as shared with the button
req-phone-or-type = اضغط على الزر في الأسفل لترسل لنا رقم هاتفك، أو اكتبه هنا.
