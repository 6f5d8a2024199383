# Fleta e pjesëmarrësit për Fondin Social Evropian Plus (FSE+): vetëm numra, kurrë emra.

ps-intro =
    { $who ->
        [child]
            📊 Disa pyetje për { $child }, për ata që financojnë zyrën
            Zyra paguhet nga Fondi Social Evropian Plus, nëpërmjet Rajonit të Piemontes, që na kërkon të numërojmë kush merr pjesë: gra dhe burra, mosha, shkolla. Ju përgjigjeni për { $child }.
            • Nga zyra dalin vetëm numrat, kurrë një emër.
            • Në çdo pyetje mund të përgjigjeni «Preferoj të mos e them».
            • Përgjigjet i shihni me /mydata dhe i fshini me /forget.
            Doni të përgjigjeni? Zgjat një minutë.
       *[self]
            📊 Disa pyetje për ata që financojnë zyrën
            Zyra paguhet nga Fondi Social Evropian Plus, nëpërmjet Rajonit të Piemontes, që na kërkon të numërojmë kush merr pjesë: gra dhe burra, mosha, puna, shkolla.
            • Nga zyra dalin vetëm numrat, kurrë emri juaj.
            • Në çdo pyetje mund të përgjigjeni «Preferoj të mos e them».
            • Përgjigjet i shihni me /mydata dhe i fshini me /forget.
            Doni të përgjigjeni? Zgjat një minutë.
    }
ps-consent-yes = ✅ Po, përgjigjem
ps-consent-no = Jo, faleminderit
ps-declined = Në rregull: nuk ruajmë asgjë dhe nuk ju pyesim më. Rezervimi mbetet i vlefshëm.
ps-done = Faleminderit! Përgjigjet u ruajtën: i shihni me /mydata dhe i fshini me /forget.

ps-q-gender =
    { $who ->
        [child] { $child } është…
       *[self] Ju jeni…
    }
ps-q-age =
    { $who ->
        [child] Sa vjeç është { $child }?
       *[self] Sa vjeç jeni?
    }
ps-q-labour =
    { $who ->
        [child] A punon { $child }?
       *[self] A punoni?
    }
ps-q-joblessFor =
    { $who ->
        [child] Sa kohë ka që { $child } kërkon punë?
       *[self] Sa kohë ka që kërkoni punë?
    }
ps-q-education =
    { $who ->
        [child] Deri ku ka arritur { $child } me shkollën?
       *[self] Cilën shkollë keni mbaruar të fundit?
    }
ps-q-thirdCountry =
    { $who ->
        [child] A ka { $child } shtetësinë e një vendi jashtë Bashkimit Evropian?
       *[self] A keni shtetësinë e një vendi jashtë Bashkimit Evropian?
    }
ps-q-foreignBackground =
    { $who ->
        [child] { $child }, ose një nga prindërit, ka lindur jashtë Italisë?
       *[self] Ju, ose një nga prindërit tuaj, keni lindur jashtë Italisë?
    }
ps-q-homeless =
    { $who ->
        [child] A është { $child } pa një shtëpi të qëndrueshme (në rrugë, në strehim, mysafir te të tjerë, ose në rrezik dëbimi)?
       *[self] A jeni pa një shtëpi të qëndrueshme (në rrugë, në strehim, mysafir te të tjerë, ose në rrezik dëbimi)?
    }
ps-q-disability =
    { $who ->
        [child] A ka { $child } një aftësi të kufizuar?
       *[self] A keni një aftësi të kufizuar?
    }
ps-q-minority =
    { $who ->
        [child] A i përket { $child } një pakice, për shembull rome ose sinti?
       *[self] A i përkisni një pakice, për shembull rome ose sinti?
    }

ps-a-woman = Grua / vajzë
ps-a-man = Burrë / djalë
ps-a-non-binary = Jo-binar
ps-a-under-18 = Nën 18 vjeç
ps-a-18-24 = 18–24 vjeç
ps-a-25-29 = 25–29 vjeç
ps-a-30-54 = 30–54 vjeç
ps-a-55-plus = 55 vjeç e më shumë
ps-a-employed = 💼 Po (edhe me biznes vetjak)
ps-a-unemployed = 🔎 Jo, në kërkim pune
ps-a-inactive = 🏠 Jo, as në kërkim pune
ps-a-under-6m = Më pak se 6 muaj
ps-a-6-12m = Nga 6 deri në 12 muaj
ps-a-over-12m = Më shumë se 12 muaj
ps-a-isced-0-2 = Deri në shkollën 9-vjeçare
ps-a-isced-3-4 = Shkollë e mesme ose kualifikim
ps-a-isced-5-8 = Universitet ose më shumë
ps-a-yes = Po
ps-a-no = Jo
ps-a-declined = 🤐 Preferoj të mos e them

ps-sensitive-intro =
    { $who ->
        [child]
            Edhe dy pyetje për { $child }: për shëndetin dhe prejardhjen. Janë pyetje delikate: i bëjmë vetëm nëse jeni dakord, dhe përgjigjet përdoren vetëm si numra.
            Doni të përgjigjeni edhe për këto?
       *[self]
            Edhe dy pyetje, për shëndetin dhe prejardhjen. Janë pyetje delikate: i bëjmë vetëm nëse jeni dakord, dhe përgjigjet përdoren vetëm si numra.
            Doni të përgjigjeni edhe për këto?
    }
ps-sensitive-yes = ✅ Po, jam dakord
ps-sensitive-no = Jo, i kaloj këto pyetje

ps-mydata-title = Pyetje për ata që financojnë zyrën (FSE+)
ps-mydata-self = Për ju
ps-mydata-child = Për { $child }
ps-mydata-declined = Thatë jo: nuk ruajtëm përgjigje.
ps-mydata-pending = Asnjë përgjigje.
ps-mydata-sensitive = Pranuat pyetjet për shëndetin dhe prejardhjen.
ps-label-gender = Gjinia
ps-label-age = Mosha
ps-label-labour = Puna
ps-label-joblessFor = Kërkon punë prej
ps-label-education = Shkolla
ps-label-thirdCountry = Shtetësi jashtë BE-së
ps-label-foreignBackground = Lindje jashtë Italisë (personi ose një prind)
ps-label-homeless = Pa shtëpi të qëndrueshme
ps-label-disability = Aftësi e kufizuar
ps-label-minority = Pakicë
