## Shared reports on the common areas of the buildings (🏢)

menu-building = 🏘 Cartierul
building-title = 🏘 Cartierul: noutăți de la birou și despre blocul în care locuiți. Ce doriți să faceți?
menu-report = 🏢 O problemă în blocul meu
menu-reported = 🏢 Semnalări în blocul meu
report-kind-lift = Lift stricat
report-kind-light = Fără lumină pe scară
report-kind-leak = Scurgere de apă în pivniță
report-kind-rubbish = Gunoi
report-kind-door = Ușă stricată
report-kind-unsafe = Situație periculoasă
report-ask-kind = Ce problemă este în spațiile comune ale blocului?
report-ask-building = În ce bloc?
report-type-building = Scrieți adresa blocului (strada și numărul).
report-building-hint = Scrieți strada și numărul blocului, de exemplu: via Gandolfi 20.
report-already = Această problemă a fost deja semnalată pe { $date }: { $kind }, { $building }.
report-already-passed = Biroul a trimis-o la { $to } pe { $date }.
report-followers =
    { $count ->
        [one] O urmărește 1 locatar.
       *[other] O urmăresc { $count } locatari.
    }
report-follow = 👁 O urmăresc și adaug ce văd
report-cancel = ✖️ Anulez
report-ask-piece = Trimiteți o fotografie, un mesaj vocal sau câteva cuvinte despre ce vedeți. Apoi apăsați „Gata”.
report-done = ✅ Gata
report-piece-thanks = Am primit. Puteți trimite și altceva sau apăsați „Gata”.
report-piece-unusable = Aici trimiteți o fotografie, un mesaj vocal sau câteva cuvinte.
report-sent = Vă mulțumim. Biroul v-a primit semnalarea (numărul { $id }). Vă vom ține la curent.
report-joined = Vă mulțumim. Acum urmăriți această semnalare (numărul { $id }). Vă vom ține la curent.
report-cancelled = Bine, nu s-a trimis nimic.
report-to-atc = ATC (locuințe sociale)
report-to-comune = Primărie (Comune)
report-to-police = poliție
report-update-passed = 🏢 { $kind }, { $building }: biroul a trimis semnalarea la { $to }.
report-update-fixed = 🏢 { $kind }, { $building }: problema a fost rezolvată. Vă mulțumim că ați semnalat-o!
report-update-closed = 🏢 { $kind }, { $building }: biroul a închis această semnalare.
reported-title = 🏢 Semnalări în blocul în care locuiți
reported-none = Acum nu este nicio semnalare în blocul în care locuiți.
reported-line = • { $kind }, { $building }: semnalat pe { $date }
reported-passed = trimis la { $to } pe { $date }
mydata-section-reports = Semnalări în bloc
mydata-report-line = Urmăriți: { $kind }, { $building }
mydata-reports-none = Nu urmăriți nicio semnalare.
