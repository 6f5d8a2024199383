## Issue 30: the loop that closes properly
sat-sorry-reopen = Na vjen keq. A vazhdon ende problemi? Mund ta rihapim kërkesën tuaj nr. { $number }.
sat-reopen-yes = 🔁 Po, dua ta rihapni
sat-reopen-no = Jo, faleminderit
sat-reopened = Kërkesa nr. { $number } është sërish e hapur. Zyra e di dhe do t'ju përgjigjet këtu.
closed-anything-else = A keni ende nevojë për ndihmë me kërkesën nr. { $number }?

## Issue 30: one live control at a time
req-pieces-received = 📥 Të marra: { $count }. Mund të shtoni diçka tjetër (tekst, mesazh zanor, foto) ose të shtypni «Mbarova».

## Issue 30: cancelling says what it does and what was cancelled
my-bookings-cancel-hint = ✖️ Për të anuluar një rezervim, shtypeni më poshtë.
booking-cancelled-which = ✖️ U anulua: <b>{ $activity }</b>, { $when }. Faleminderit që na e thatë: vendi shkon te dikush tjetër.

## Issue 30: a first message is greeted, in the language the phone or the words suggest
first-contact-greeting = 👋 Mirëdita! Kjo është zyra N.O.I. për banesën. Mund të flasim në gjuhën tuaj.

## Issue 30: messages sent outside a form are one question, not one each
held-ask-many = Doni t'i dërgoni mesazhet tuaja ({ $count }) te zyra?

## Issue 30: gjashtë shtypje për kërkesën e parë
req-describe-open =
    Na tregoni çfarë po ndodh.
    Mund të shkruani, të dërgoni një mesazh zanor 🎤 ose një foto 📷, edhe disa mesazhe.
req-pieces-then-visit =
    📥 Të marra: { $count }. Mund të shtoni diçka tjetër (tekst, mesazh zanor, foto).
    Kur të mbaroni, na thoni: a mund të vini në zyrë, në { $address }?
req-call-me-instead = 📞 Më mirë më telefononi
req-summary-choose = Çfarë doni të bëni?

## Issue 30: pyetja përsëritet më poshtë
input-answer-below = Ju lutem, përgjigjuni me një nga butonat më poshtë, ose dërgoni /cancel për të dalë.
button-stale-step = Ky buton është për një pyetje së cilës i jeni përgjigjur tashmë: ajo që thatë mbetet e ruajtur. Ja pyetja ku kemi mbetur:

## Issue 30: a cancel button says "cancel"; the old "✅ Booked" says it was cancelled
booking-cancel-day = ✖️ Anuloj { $date }
booking-cancel-day-child = ✖️ Anuloj { $date } · { $child }
booking-was-cancelled = ✖️ Rezervimi u anulua: <b>{ $activity }</b>, { $when }.

## Issue 30: "ATC" explained where residents choose a topic; consent is not the only answer to the notice
req-choose-category-explained =
    Për çfarë keni nevojë? Zgjidhni një temë.
    (ATC është enti publik që zotëron banesat sociale dhe bën riparimet.)
privacy-prefer-person = 🙋 Dua të flas me dikë
privacy-person-answer = Sigurisht. Mund të flisni me një person në zyrë, pa shkruar këtu. Nuk ruajmë asgjë për ju derisa të shtypni «Jam dakord»; nëse ndërroni mendje, butoni është më lart.

## Issue 30: an old button of a finished step says the step is done and what became of what was said
old-button-toast-form = ✔️ Ky hap është bërë: ajo që thatë mbetet e ruajtur.
old-button-toast-request = ✔️ Ky hap është bërë: kërkesa juaj është ruajtur.
old-button-request = ✔️ Ky hap është bërë tashmë: kërkesa juaj nr. { $number } ka arritur te zyra. Përgjigjja do të vijë këtu, në këtë bisedë.

## Issue 30: a phone number may be typed as well as shared with the button
req-phone-or-type = Shtypni butonin më poshtë për të na dërguar numrin tuaj të telefonit, ose shkruajeni këtu.
