button-expired = هذا الزر لم يعد يعمل. للبدء من جديد أرسل: ⁨/menu⁩
