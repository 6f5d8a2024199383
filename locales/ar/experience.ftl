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
first-contact-greeting = 👋 مرحبًا! هذا مكتب السكن ⁨N.O.I.⁩ يمكننا التحدث بلغتك.

## Issue 30: messages sent outside a form are one question, not one each
held-ask-many = هل تريد إرسال رسائلك ({ $count }) إلى المكتب؟
