# Letters sent as PDF files (issue 33).
letter-pdf-received = وصل ملف ⁨PDF⁩ (الملف { $count }). أرسل صفحات أخرى، أو اضغط «✅ انتهيت».
letter-pdf-too-large = ملف ⁨PDF⁩ هذا كبير جدًا (أكثر من { $max } ⁨MB⁩). أرسل صورة (أو لقطة شاشة) لكل صفحة.
