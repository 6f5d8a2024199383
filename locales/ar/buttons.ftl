# Buttons pressed on older messages (Telegram sends them without the message after some hours).

button-stale = هذا الزر من رسالة قديمة ولم يعد يفعل شيئًا. افتح القائمة لتختار ما تحتاجه.
button-stale-form = هذا الزر من رسالة قديمة. لم تنتهِ من الإجابة بعد: أجب عن السؤال الأخير، أو أرسل ⁨/cancel⁩ للخروج.

button-expired = هذا الزر لم يعد يعمل. للبدء من جديد أرسل: ⁨/menu⁩
