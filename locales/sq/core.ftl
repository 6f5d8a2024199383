# Kontakti i parë, menyja, gjuha, ndihma. Fjali të shkurtra dhe fjalë të thjeshta: kush lexon mund të ketë bërë pak shkollë.

language-prompt = Zgjidhni gjuhën tuaj.
language-set = Mirë, tani e tutje do t'ju shkruaj në shqip.

privacy-notice =
    <b>Para se të fillojmë</b>
    Ky bot është zyra N.O.I. për banesën, në { $address }.
    Ruajmë vetëm atë që na shkruani, për t'ju ndihmuar. E lexojnë vetëm punonjësit e zyrës.
    Mund t'i shihni të dhënat tuaja me /mydata dhe t'i fshini me /forget.
    Për të mësuar më shumë: /privacy
privacy-agree = ✅ Jam dakord
privacy-needed = Për të vazhduar, shtypni «Jam dakord» më lart.
privacy-thanks = Faleminderit! Tani mund ta përdorni zyrën.

menu-title = Si mund t'ju ndihmojmë?
menu-desk = 🗣 Flas me zyrën
menu-italian = 🇮🇹 Kurse italishteje
menu-tutoring = 📚 Ndihmë me mësimet
menu-activities = 🧶 Aktivitete të tjera
menu-mine = 📋 Rezervimet dhe kërkesat e mia
menu-info = ℹ️ Ku jemi dhe oraret
menu-language = 🌍 Gjuha
menu-privacy = 🔒 Privatësia
menu-back = 🏠 Menyja

feature-coming = Kjo pjesë e zyrës vjen së shpejti. Ndërkohë mund të vini në { $address }.

help-text =
    Jam boti i zyrës N.O.I. për banesën.
    /menu – menyja
    /language – ndryshoni gjuhën
    /cancel – lini atë që po bëni
    /privacy – të dhënat tuaja
    Mund edhe të shkruani, të dërgoni një mesazh zanor ose një foto.

cancel-done = Mirë, e anulova. Nuk u dërgua asgjë.
cancel-nothing = Nuk ka asgjë për të anuluar.
flow-expired = E latë një formular në gjysmë për shumë kohë, prandaj e mbylla. Nuk u dërgua asgjë. Mund të filloni përsëri kur të doni.

input-sticker = Bukur! Por nuk mund t'i lexoj stikerat. Shkruani një mesazh ose përdorni butonat.
input-edited = E ndryshuat një mesazh: ndryshimi nuk arrin te zyra. Shkruani një mesazh të ri.
input-unsupported = Nuk mund ta lexoj këtë lloj mesazhi. Shkruani një tekst, dërgoni një mesazh zanor ose një foto.
input-use-buttons = Ju lutem, përdorni butonat më lart, ose dërgoni /cancel për të dalë.
error-apology = Na falni, diçka nuk funksionoi. Provoni përsëri pas pak.
slow-down = Po dërgoni shumë mesazhe. Prisni një minutë: ato që keni dërguar kanë arritur.

info-text =
    <b>Zyra N.O.I. për banesën</b>
    { $place }
    { $hours }
    { $directions }
    Ndihmojmë për shtëpinë dhe për ATC (banesat sociale), për qiranë dhe faturat, për shërbimet sociale dhe shëndetësore, për kujdesin në shtëpi, për shkollën dhe për marrëdhëniet me fqinjët.
info-venue-title = Zyra N.O.I. për banesën

bot-description = Zyra N.O.I. për banesën (via Gandolfi 20, Alessandria) në gjuhën tuaj: kërkoni ndihmë, regjistrohuni në kurse italishteje dhe në ndihmën me mësimet.
bot-short-description = Zyra N.O.I. për banesën, në lagjen Cristo, në gjuhën tuaj.
cmd-start = Fillimi
cmd-menu = Menyja
cmd-language = Ndryshoj gjuhën
cmd-help = Ndihmë
cmd-cancel = Anuloj
cmd-privacy = Privatësia dhe të dhënat
