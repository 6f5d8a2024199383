# The letter's whole text, machine-translated (issue 33), and a fact a staff member corrected.
letter-translation-title = { $parts ->
    [1] 🌐 نص الرسالة، مترجم آليًا:
   *[other] 🌐 نص الرسالة، مترجم آليًا (الجزء { $part } من { $parts }):
}
letter-translation-note = ⚠️ هذه ترجمة آلية: قد تحتوي على أخطاء. الرسالة الأصلية بالإيطالية هي المعتمدة. سيراجع أحد الموظفين معك الأشياء المهمة.
letter-translation-failed = 🌐 لم أستطع هذه المرة ترجمة نص الرسالة كله. أهم المعلومات كتبناها لك في الأعلى، وسيشرح لك أحد الموظفين الباقي.
letter-fact-corrected = (صحّحه أحد الموظفين)
mydata-letter-translation = الترجمة الآلية للرسالة
