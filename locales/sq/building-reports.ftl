## Shared reports on the common areas of the buildings (🏢)

menu-building = 🏘 Lagjja
building-title = 🏘 Lagjja: lajme nga zyra dhe për pallatin tuaj. Çfarë dëshironi të bëni?
menu-report = 🏢 Një problem në pallatin tim
menu-reported = 🏢 Sinjalizime në pallatin tim
report-kind-lift = Ashensori nuk punon
report-kind-light = Drita e fikur në shkallë
report-kind-leak = Rrjedhje uji në bodrum
report-kind-rubbish = Mbeturina
report-kind-door = Derë e prishur
report-kind-unsafe = Pasiguri, rrezik
report-ask-kind = Çfarë problemi ka në pjesët e përbashkëta të pallatit tuaj?
report-ask-building = Në cilin pallat?
report-type-building = Shkruani adresën e pallatit tuaj (rruga dhe numri).
report-building-hint = Shkruani rrugën dhe numrin e pallatit tuaj, për shembull: via Gandolfi 20.
report-already = Ky problem është sinjalizuar që më { $date }: { $kind }, { $building }.
report-already-passed = Zyra ia kaloi { $to } më { $date }.
report-followers =
    { $count ->
        [one] E ndjek 1 banor.
       *[other] E ndjekin { $count } banorë.
    }
report-follow = 👁 E ndjek dhe shtoj atë që shoh
report-cancel = ✖️ Anuloj
report-ask-piece = Dërgoni një foto, një mesazh zanor ose disa fjalë për atë që shihni. Pastaj shtypni «Mbarova».
report-done = ✅ Mbarova
report-piece-thanks = E morëm. Mund të dërgoni edhe diçka tjetër, ose shtypni «Mbarova».
report-piece-unusable = Këtu dërgoni një foto, një mesazh zanor ose disa fjalë.
report-sent = Faleminderit. Zyra e mori sinjalizimin tuaj (nr. { $id }). Do t'ju mbajmë të informuar.
report-joined = Faleminderit. Tani e ndiqni edhe ju këtë sinjalizim (nr. { $id }). Do t'ju mbajmë të informuar.
report-cancelled = Në rregull, nuk u dërgua asgjë.
report-to-atc = ATC-së (banesat sociale)
report-to-comune = Bashkisë (Comune)
report-to-police = policisë
report-update-passed = 🏢 { $kind }, { $building }: zyra ia kaloi { $to }.
report-update-fixed = 🏢 { $kind }, { $building }: u rregullua. Faleminderit që e sinjalizuat!
report-update-closed = 🏢 { $kind }, { $building }: zyra e mbylli këtë sinjalizim.
reported-title = 🏢 Sinjalizime në pallatin tuaj
reported-none = Tani nuk ka asgjë të sinjalizuar në pallatin tuaj.
reported-line = • { $kind }, { $building }: sinjalizuar më { $date }
reported-passed = i kaluar { $to } më { $date }
mydata-section-reports = Sinjalizime në pallat
mydata-report-line = Ndiqni: { $kind }, { $building }
mydata-reports-none = Nuk ndiqni asnjë sinjalizim.
