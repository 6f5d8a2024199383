# Primul contact, meniu, limbă, ajutor. Fraze scurte și cuvinte simple: cine citește poate să fi mers puțin la școală.

language-prompt = Alegeți limba.
language-set = Bine, de acum vă scriu în limba română.

privacy-notice =
    <b>Înainte să începem</b>
    Acest bot este biroul N.O.I. pentru locuințe, în { $address }.
    Păstrăm doar ce ne scrieți, ca să vă ajutăm. Doar oamenii care lucrează la birou pot citi aceste mesaje.
    Vă puteți vedea datele cu /mydata și le puteți șterge cu /forget.
    Ca să aflați mai multe: /privacy
privacy-agree = ✅ Sunt de acord
privacy-needed = Ca să continuați, apăsați „Sunt de acord” mai sus.
privacy-thanks = Mulțumim! Acum puteți folosi biroul.

menu-title = Cum vă putem ajuta?
menu-desk = 🗣 Vorbesc cu biroul
menu-italian = 🇮🇹 Cursuri de italiană
menu-tutoring = 📚 Ajutor la teme
menu-activities = 🧶 Alte activități
menu-mine = 📋 Rezervările și cererile mele
menu-info = ℹ️ Adresă și program
menu-language = 🌍 Limba
menu-privacy = 🔒 Confidențialitate
menu-back = 🏠 Meniu

feature-coming = Această parte a biroului vine în curând. Până atunci, puteți veni în { $address }.

help-text =
    Sunt botul biroului N.O.I. pentru locuințe.
    /menu – meniul
    /language – schimbați limba
    /cancel – opriți ce faceți acum
    /privacy – datele personale
    Puteți și să scrieți, să trimiteți un mesaj vocal sau o fotografie.

cancel-done = Bine, am anulat. Nu s-a trimis nimic.
cancel-nothing = Nu este nimic de anulat.
flow-expired = Ați lăsat un formular pe jumătate mult timp, așa că l-am închis. Nu s-a trimis nimic. Puteți începe din nou oricând.

input-sticker = Frumos! Dar nu pot citi stickere. Scrieți un mesaj sau folosiți butoanele.
input-edited = Ați modificat un mesaj: modificarea nu ajunge la birou. Scrieți un mesaj nou.
input-unsupported = Nu pot citi acest tip de mesaj. Scrieți un text, trimiteți un mesaj vocal sau o fotografie.
input-use-buttons = Vă rog, folosiți butoanele de mai sus sau trimiteți /cancel ca să ieșiți.
error-apology = Ne pare rău, ceva nu a mers. Încercați din nou peste puțin timp.
slow-down = Ați trimis multe mesaje într-un timp scurt. Așteptați un minut: ce ați trimis deja a ajuns.

info-text =
    <b>Biroul N.O.I. pentru locuințe</b>
    { $place }
    { $hours }
    { $directions }
    Ajutăm cu locuința și ATC (locuințe sociale), chiria și facturile, serviciile sociale și de sănătate, îngrijirea acasă, școala și relațiile cu vecinii.
info-venue-title = Biroul N.O.I. pentru locuințe

bot-description = Biroul N.O.I. pentru locuințe (via Gandolfi 20, Alessandria), în limba română: cereți ajutor, înscrieți-vă la cursuri de italiană și la ajutor la teme.
bot-short-description = Biroul N.O.I. pentru locuințe din cartierul Cristo, în limba română.
cmd-start = Pornire
cmd-menu = Meniu
cmd-language = Schimbare limbă
cmd-help = Ajutor
cmd-cancel = Anulare
cmd-privacy = Confidențialitate și date
