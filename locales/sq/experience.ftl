## Issue 30: the loop that closes properly
sat-sorry-reopen = Na vjen keq. A vazhdon ende problemi? Mund ta rihapim kërkesën tuaj nr. { $number }.
sat-reopen-yes = 🔁 Po, e rihap kërkesën
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
