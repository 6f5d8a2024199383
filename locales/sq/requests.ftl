# Zyra e dëgjimit: banori i shkruan zyrës.

cat-housing = 🏠 Shtëpia dhe riparimet ATC
cat-rent = 💶 Qiraja, faturat, dokumentet
cat-social = 🤝 Shërbimet sociale
cat-health = 🩺 Shërbimet shëndetësore
cat-homecare = 🧓 Infermier ose kujdestare
cat-school = 🎒 Shkolla dhe fëmijët
cat-neighbours = 🏢 Fqinjët dhe siguria në pallat
cat-other = ❓ Diçka tjetër

req-choose-category = Për çfarë keni nevojë? Zgjidhni një temë.
req-describe =
    Na tregoni çfarë po ndodh.
    Mund të shkruani, të dërgoni një mesazh zanor 🎤 ose një foto 📷, edhe disa mesazhe.
    Kur të mbaroni, shtypni «Mbarova».
req-done = ✅ Mbarova
req-piece-received = E morëm. Mund të shtoni diçka tjetër, ose të shtypni «Mbarova».
req-describe-empty = Në fillim shkruani ose dërgoni një mesazh zanor, pastaj shtypni «Mbarova».
req-description-too-long = Teksti është shumë i gjatë për një kërkesë. Shkruani gjërat më të rëndësishme; pjesën tjetër do t'ia thoni punonjësit të zyrës.
req-visit-question = A mund të vini në zyrë, në { $address }?
req-visit-desk = 🚶 Po, vij në zyrë
req-visit-home = 🏠 Jo, dua vizitë në shtëpi
req-address-question = Shkruani adresën tuaj (rruga, numri, shkalla, kati), ose dërgoni vendndodhjen tuaj.
req-share-location = 📍 Dërgoj vendndodhjen
req-address-too-long = Adresa është shumë e gjatë. Shkruani vetëm rrugën, numrin, shkallën dhe katin.
req-contact-question = Si preferoni t'ju kontaktojmë?
req-contact-chat = 💬 Këtu në bisedë
req-contact-phone = 📞 Me telefon
req-share-phone = 📞 Dërgoj numrin tim
req-share-phone-own = Ju lutem, dërgoni numrin tuaj me butonin këtu poshtë.
req-summary =
    <b>Kontrolloni kërkesën tuaj</b>
    Tema: { $category }
    Dërguat: { $pieces ->
        [one] 1 mesazh
       *[other] { $pieces } mesazhe
    }
    Vizita: { $visit }
    Kontakti: { $contact }
req-summary-visit-desk = në zyrë
req-summary-visit-home = në shtëpi: { $address }
req-summary-location = vendndodhja u dërgua
req-summary-contact-chat = në bisedë
req-summary-contact-phone = me telefon, { $phone }
req-send = 📨 Dërgoj
req-edit = ✏️ Ndryshoj
req-cancel = ✖️ Anuloj
req-edit-what = Çfarë doni të ndryshoni?
req-edit-category = Tema
req-edit-description = Mesazhet
req-edit-visit = Vizita
req-edit-contact = Kontakti
req-sent =
    U bë! Kërkesa juaj ka numrin { $number }.
    Një punonjës i zyrës do t'ju përgjigjet këtu. Mund të vazhdoni të shkruani këtu: mesazhet arrijnë te zyra.
req-already-open = Keni tashmë një kërkesë të hapur (nr. { $number }). Shkruani këtu: mesazhi juaj arrin te punonjësi i zyrës.

relay-delivered = ✔️ U dërgua te zyra.
relay-staff-prefix = 💬 Zyra N.O.I.:
request-closed-notice = Kërkesa juaj nr. { $number } u mbyll. Nëse keni nevojë për diçka tjetër, shkruani këtu.
request-reopened = E rihapa kërkesën tuaj nr. { $number }. Mesazhi juaj arriti te zyra.

my-requests-title = <b>Kërkesat tuaja</b>
my-requests-none = Nuk keni asnjë kërkesë.
my-request-line = Nr. { $number } · { $category } · { $status } · { $date }
status-open = në pritje
status-taken = në trajtim
status-closed = e mbyllur

staff-only = Kjo është vetëm për punonjësit e zyrës.

qr-call-back = E morëm kërkesën tuaj. Do t'ju telefonojmë brenda dy ditëve të punës.
qr-bring-documents = Ju lutem, ejani në zyrë, në { $address }, gjatë orarit të hapjes. Sillni kontratën ATC dhe një dokument identifikimi.
qr-more-info = Na duhen edhe disa informacione. A mund të na shpjegoni më mirë? Mund të dërgoni edhe një mesazh zanor.
qr-home-visit = Një punonjës i zyrës do të vijë në shtëpinë tuaj. Më parë do t'ju themi ditën dhe orën.
qr-social-services = Kërkesën tuaj ua kaluam shërbimeve sociale të Bashkisë. Ata do t'ju kontaktojnë.
qr-nurse = Infermieri i lagjes e mori kërkesën tuaj dhe do t'ju kontaktojë së shpejti.
qr-hours = Zyra është e hapur:
    { $hours }
qr-solved = Mendojmë se problemi është zgjidhur. Nëse keni ende nevojë, shkruani këtu.
