# Voice replies: a resident who chose to hear the desk gets a voice note with each message (src/bot/features/voice/).
menu-voice-listen = 🔊 الاستماع إلى الرسائل
menu-voice-stop = 🔇 إيقاف الرسائل الصوتية
voice-first-contact = 🔊 أفضّل الرسائل الصوتية
voice-on = 🔊 الرسائل الصوتية مفعّلة: ستصلك كل رسالة من المكتب أيضًا كرسالة صوتية. لإيقافها، افتح القائمة.
voice-off = 🔇 تم إيقاف الرسائل الصوتية. يمكنك تفعيلها من جديد من القائمة.
voice-synthetic = 🔊 صوت اصطناعي
voice-recorded = 🔊 صوت مسجّل من المكتب
voice-listen = 🔊 استمع
voice-unavailable = لا أستطيع قراءة هذه الرسالة بصوت عالٍ الآن. حاول مرة أخرى بعد قليل.
voice-too-old = هذه الرسالة قديمة جدًا ولا يمكن قراءتها بصوت عالٍ.
privacy-voice = 🔊 إذا اخترت الرسائل الصوتية، يحوّل المكتب رسائله إلى صوت على حاسوبه الخاص (صوت اصطناعي، دون أي خدمة خارجية)؛ وبعض الجمل يسجّلها الوسطاء الثقافيون في المشروع.
# On WhatsApp, whose list holds ten rows, the language and privacy (and the desk's choice) share one menu row.
menu-settings = ⚙️ الإعدادات
menu-settings-title = ⚙️ الإعدادات: ماذا تريد أن تغيّر؟
voice-first-contact-short = 🔊 رسائل صوتية
