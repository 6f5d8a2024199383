## Lagjja: njoftime dhe ngjarje të zyrës, për ata që i kanë kërkuar

menu-news = 📣 Lajme nga zyra
news-heading = 📣 Lajme nga zyra
news-event-heading = 📅 Një ngjarje e zyrës
news-event-when = 🗓 { $when }
news-event-yes = ✅ Do të vij
news-event-no = ❌ Nuk mundem
news-event-cannot-now = ❌ Nuk mund të vij më
news-event-reminder = ⏰ Kujtesë: { $when }
news-stop = 🔕 Nuk dua më lajme
news-stopped = Nuk do të merrni më lajme nga zyra. Mund t'i aktivizoni përsëri nga menyja: 🏘 Lagjja → 📣 Lajme nga zyra.
news-event-thanks-yes = Faleminderit! Ju presim. Do t'jua kujtojmë një ditë më parë.
news-event-thanks-no = Faleminderit që na njoftuat.
news-event-over = Kjo ngjarje ka kaluar.
news-topic-activities = Kurse dhe aktivitete
news-topic-works = Punime në pallat
news-topic-health = Shëndeti
news-all = ✅ Po, të gjitha lajmet
news-none = 🔕 Asnjë lajm
news-screen-on =
    📣 Lajme nga zyra

    Merrni lajme për temat me ✅. Shtypni një temë për ta aktivizuar ose çaktivizuar.
news-screen-off =
    📣 Lajme nga zyra

    Tani nuk merrni lajme. Shtypni temat që ju interesojnë.
news-on-toast = Do të merrni lajmet.
news-off-toast = Asnjë lajm.
news-first-question = Dëshironi të merrni lajme nga zyra? Kurse dhe aktivitete, punime në pallatin tuaj, ditë për shëndetin. Mund të ndaloni kur të doni.
news-first-yes = 📣 Po, dua lajme
news-first-choose = 📋 Zgjedh temat
news-first-no = Jo, faleminderit
mydata-section-news = Lajme nga zyra
mydata-news-topics = Keni zgjedhur të merrni lajme për: { $topics }
mydata-news-none = Nuk keni zgjedhur të merrni lajme.
