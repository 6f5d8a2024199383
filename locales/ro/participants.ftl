# Fișa participantului pentru Fondul Social European Plus (FSE+): doar numere, niciodată nume.

ps-intro =
    { $who ->
        [child]
            📊 Câteva întrebări despre { $child }, pentru cei care finanțează biroul
            Biroul este plătit de Fondul Social European Plus, prin Regiunea Piemont, care ne cere să numărăm cine participă: femei și bărbați, vârstă, școală. Răspundeți pentru { $child }.
            • Din birou ies doar numerele, niciodată un nume.
            • La fiecare întrebare puteți răspunde „Prefer să nu spun”.
            • Puteți vedea răspunsurile cu /mydata și le puteți șterge cu /forget.
            Vreți să răspundeți? Durează un minut.
       *[self]
            📊 Câteva întrebări pentru cei care finanțează biroul
            Biroul este plătit de Fondul Social European Plus, prin Regiunea Piemont, care ne cere să numărăm cine participă: femei și bărbați, vârstă, muncă, școală.
            • Din birou ies doar numerele, niciodată numele.
            • La fiecare întrebare puteți răspunde „Prefer să nu spun”.
            • Puteți vedea răspunsurile cu /mydata și le puteți șterge cu /forget.
            Vreți să răspundeți? Durează un minut.
    }
ps-consent-yes = ✅ Da, răspund
ps-consent-no = Nu, mulțumesc
ps-declined = Bine: nu salvăm nimic și nu vă mai întrebăm. Rezervarea rămâne valabilă.
ps-done = Mulțumim! Răspunsurile sunt salvate: le puteți vedea cu /mydata și le puteți șterge cu /forget.

ps-q-gender =
    { $who ->
        [child] { $child } este…
       *[self] Sunteți…
    }
ps-q-age =
    { $who ->
        [child] Câți ani are { $child }?
       *[self] Câți ani aveți?
    }
ps-q-labour =
    { $who ->
        [child] { $child } lucrează?
       *[self] Lucrați?
    }
ps-q-joblessFor =
    { $who ->
        [child] De cât timp caută { $child } de lucru?
       *[self] De cât timp căutați de lucru?
    }
ps-q-education =
    { $who ->
        [child] Câtă școală a făcut { $child } până acum?
       *[self] Până la ce școală ați învățat?
    }
ps-q-thirdCountry =
    { $who ->
        [child] { $child } are cetățenia unei țări din afara Uniunii Europene?
       *[self] Aveți cetățenia unei țări din afara Uniunii Europene?
    }
ps-q-foreignBackground =
    { $who ->
        [child] { $child }, sau unul dintre părinți, s-a născut în afara Italiei?
       *[self] V-ați născut în afara Italiei, sau unul dintre părinți s-a născut acolo?
    }
ps-q-homeless =
    { $who ->
        [child] { $child } este acum fără o locuință stabilă (doarme pe stradă, într-un adăpost, stă la alții sau riscă evacuarea)?
       *[self] Sunteți acum fără o locuință stabilă (dormiți pe stradă, într-un adăpost, stați la alții sau riscați evacuarea)?
    }
ps-q-disability =
    { $who ->
        [child] { $child } are o dizabilitate?
       *[self] Aveți o dizabilitate?
    }
ps-q-minority =
    { $who ->
        [child] { $child } face parte dintr-o minoritate, de exemplu romi sau sinti?
       *[self] Faceți parte dintr-o minoritate, de exemplu romi sau sinti?
    }

ps-a-woman = Femeie / fată
ps-a-man = Bărbat / băiat
ps-a-non-binary = Non-binar
ps-a-under-18 = Sub 18 ani
ps-a-18-24 = 18–24 de ani
ps-a-25-29 = 25–29 de ani
ps-a-30-54 = 30–54 de ani
ps-a-55-plus = 55 de ani sau mai mult
ps-a-employed = 💼 Da (inclusiv pe cont propriu)
ps-a-unemployed = 🔎 Nu, în căutare de lucru
ps-a-inactive = 🏠 Nu, nici în căutare de lucru
ps-a-under-6m = Sub 6 luni
ps-a-6-12m = Între 6 și 12 luni
ps-a-over-12m = Peste 12 luni
ps-a-isced-0-2 = Cel mult gimnaziul (8 clase)
ps-a-isced-3-4 = Liceu sau școală profesională
ps-a-isced-5-8 = Facultate sau mai mult
ps-a-yes = Da
ps-a-no = Nu
ps-a-declined = 🤐 Prefer să nu spun

ps-sensitive-intro =
    { $who ->
        [child]
            Încă două întrebări despre { $child }: despre sănătate și origine. Sunt întrebări delicate: le punem doar dacă sunteți de acord, iar răspunsurile contează doar ca numere.
            Vreți să răspundeți și la acestea?
       *[self]
            Încă două întrebări, despre sănătate și origine. Sunt întrebări delicate: le punem doar dacă sunteți de acord, iar răspunsurile contează doar ca numere.
            Vreți să răspundeți și la acestea?
    }
ps-sensitive-yes = ✅ Da, sunt de acord
ps-sensitive-no = Nu, trec peste ele

ps-mydata-title = Întrebări pentru cei care finanțează biroul (FSE+)
ps-mydata-self = Despre dvs.
ps-mydata-child = Despre { $child }
ps-mydata-declined = Ați spus nu: nu am salvat răspunsuri.
ps-mydata-pending = Niciun răspuns.
ps-mydata-sensitive = Ați fost de acord cu întrebările despre sănătate și origine.
ps-label-gender = Gen
ps-label-age = Vârstă
ps-label-labour = Muncă
ps-label-joblessFor = Caută de lucru de
ps-label-education = Școală
ps-label-thirdCountry = Cetățenie din afara UE
ps-label-foreignBackground = Naștere în afara Italiei (persoana sau un părinte)
ps-label-homeless = Fără locuință stabilă
ps-label-disability = Dizabilitate
ps-label-minority = Minoritate
