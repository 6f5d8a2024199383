held-ask = هل تريد إرسال هذه الرسالة إلى المكتب؟
held-yes = 📨 نعم، أرسلها
held-no = لا، شكرًا
held-not-sent = حسنًا، لم أرسلها.
closed-still-help = طلبك رقم { $number } مغلق. هل ما زلت بحاجة إلى مساعدة؟
closed-help-yes = 🙋 نعم، أحتاج إلى مساعدة
closed-help-no = 🙏 لا، أردت أن أشكركم فقط
closed-thanks = شكرًا لك أيضًا! سننقل ذلك إلى المكتب.
unfinished-request = لديك طلب مساعدة لم ترسله بعد. هل تريد إكماله أم حذفه؟
unfinished-continue = ▶️ أكمل الطلب
unfinished-discard = 🗑 احذف الطلب
unfinished-continued = حسنًا، لنكمل: أجب عن السؤال في الأعلى.
unfinished-discarded = حذفت طلب المساعدة الذي لم ترسله.
# A form begun before this chat was updated cannot go on (its state was kept the old way): it is closed, nothing sent.
req-form-lost = عذرًا: تم تحديث هذه المحادثة، فأُغلق طلب المساعدة الذي كنت تكتبه. لم يُرسل أي شيء. يمكنك أن تبدأه من جديد متى شئت.
