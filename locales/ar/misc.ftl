button-expired = هذا الزر لم يعد يعمل. اكتب /menu للبدء من جديد.
