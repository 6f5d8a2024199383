# Privatësia: çfarë ruajmë, kopja e të dhënave, fshirja.

# One select on $days around the whole text: a select inside the sentence would be wrapped in bidi marks.
privacy-details =
    { $days ->
        [one]
            <b>Të dhënat tuaja në zyrën N.O.I.</b>
            <b>Çfarë ruajmë</b>: emrin tuaj në Telegram, gjuhën, telefonin nëse na e dërgoni, atë që i shkruani zyrës (tekste, mesazhe zanore, foto), rezervimet. Për fëmijët, vetëm emrin dhe klasën.
            <b>Pse</b>: për t'iu përgjigjur kërkesave tuaja dhe për të organizuar kurset e italishtes dhe ndihmën me mësimet.
            <b>Kush i sheh</b>: vetëm punonjësit e zyrës, në grupin e tyre në Telegram. Nuk ua japim të tjerëve pa ju pyetur.
            <b>Për sa kohë</b>: tekstet e kërkesave të mbyllura fshihen pas { $days } dite. Nëse nuk e përdorni zyrën për { $days } ditë, fshijmë edhe emrin, telefonin, adresat dhe emrat e fëmijëve: mbeten vetëm numra anonimë për statistikat.
            /mydata – merrni një kopje të të gjitha të dhënave tuaja
            /forget – fshini të dhënat tuaja
       *[other]
            <b>Të dhënat tuaja në zyrën N.O.I.</b>
            <b>Çfarë ruajmë</b>: emrin tuaj në Telegram, gjuhën, telefonin nëse na e dërgoni, atë që i shkruani zyrës (tekste, mesazhe zanore, foto), rezervimet. Për fëmijët, vetëm emrin dhe klasën.
            <b>Pse</b>: për t'iu përgjigjur kërkesave tuaja dhe për të organizuar kurset e italishtes dhe ndihmën me mësimet.
            <b>Kush i sheh</b>: vetëm punonjësit e zyrës, në grupin e tyre në Telegram. Nuk ua japim të tjerëve pa ju pyetur.
            <b>Për sa kohë</b>: tekstet e kërkesave të mbyllura fshihen pas { $days } ditësh. Nëse nuk e përdorni zyrën për { $days } ditë, fshijmë edhe emrin, telefonin, adresat dhe emrat e fëmijëve: mbeten vetëm numra anonimë për statistikat.
            /mydata – merrni një kopje të të gjitha të dhënave tuaja
            /forget – fshini të dhënat tuaja
    }
mydata-caption = Ja gjithçka që ruajmë për ju.
forget-confirm =
    Doni vërtet t'i fshini të dhënat tuaja?
    Fshijmë emrin tuaj, telefonin, atë që i keni shkruar zyrës dhe emrat e fëmijëve. Rezervimet tuaja anulohen. Pas fshirjes, të dhënat nuk mund të rikthehen.
forget-yes = 🗑 Po, i fshij të dhënat e mia
forget-no = Jo, i mbaj
forget-done = U bë: të dhënat tuaja u fshinë. Nëse na shkruani përsëri, fillojmë nga e para.
forget-kept = Në rregull, nuk fshiva asgjë.
input-too-large = Ky skedar është shumë i madh (maksimumi { $max } MB).
cmd-mydata = Të dhënat e mia
cmd-forget = Fshij të dhënat e mia
store-limit-request = Keni dërguar tashmë shumë mesazhe për këtë kërkesë (maksimumi { $max }): mesazhet e tjera nuk do t'i ruajmë. Zyra i ka marrë të gjitha dhe do t'ju përgjigjet. Nëse është urgjente, ejani në zyrë, { $address }.
store-limit-day = Sot keni dërguar tashmë shumë mesazhe (maksimumi { $max } në ditë): deri nesër nuk do t'i ruajmë mesazhet e tjera. Nëse është urgjente, ejani në zyrë, { $address }.
