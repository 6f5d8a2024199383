# A request closed by staff calls off its home visit still to come.
visit-called-off = تم إلغاء الزيارة في البيت التي كانت مقررة يوم { $when }، لأن طلب المساعدة رقم { $number } قد أُغلق. إذا كنت لا تزال تحتاج إلى مساعدة، اكتب هنا.
visit-proposal-called-off = المواعيد المقترحة للزيارة في البيت لم تعد صالحة، لأن طلب المساعدة رقم { $number } قد أُغلق. إذا كنت لا تزال تحتاج إلى مساعدة، اكتب هنا.
