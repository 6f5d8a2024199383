# Birou de ascultare: persoana scrie biroului.

cat-housing = 🏠 Locuință și reparații ATC
cat-rent = 💶 Chirie, facturi și acte
cat-social = 🤝 Servicii sociale
cat-health = 🩺 Servicii de sănătate
cat-homecare = 🧓 Asistentă sau îngrijitoare
cat-school = 🎒 Școală și copii
cat-neighbours = 🏢 Vecini și siguranță în bloc
cat-other = ❓ Altceva

req-choose-category = Cu ce vă putem ajuta? Alegeți un subiect.
req-describe =
    Spuneți-ne ce se întâmplă.
    Puteți scrie, puteți trimite un mesaj vocal 🎤 sau o fotografie 📷, chiar și mai multe mesaje.
    Când ați terminat, apăsați „Gata”.
req-done = ✅ Gata
req-piece-received = Am primit. Puteți adăuga ceva sau puteți apăsa „Gata”.
req-describe-empty = Mai întâi scrieți sau trimiteți un mesaj vocal, apoi apăsați „Gata”.
req-description-too-long = Este prea lung pentru o cerere. Scrieți lucrurile cele mai importante; restul îl veți spune la birou.
req-visit-question = Puteți veni la birou, în { $address }?
req-visit-desk = 🚶 Da, vin la birou
req-visit-home = 🏠 Nu, vreau o vizită acasă
req-address-question = Scrieți adresa (strada, numărul, scara, etajul) sau trimiteți locația.
req-share-location = 📍 Trimit locația
req-address-too-long = Adresa este prea lungă. Scrieți doar strada, numărul, scara și etajul.
req-contact-question = Cum preferați să vă contactăm?
req-contact-chat = 💬 Aici, în conversație
req-contact-phone = 📞 Prin telefon
req-share-phone = 📞 Trimit numărul
req-share-phone-own = Vă rugăm să trimiteți propriul număr, cu butonul de mai jos.
req-summary =
    <b>Verificați cererea</b>
    Subiect: { $category }
    Ați trimis: { $pieces ->
        [one] 1 mesaj
        [few] { $pieces } mesaje
       *[other] { $pieces } de mesaje
    }
    Vizită: { $visit }
    Contact: { $contact }
req-summary-visit-desk = la birou
req-summary-visit-home = acasă: { $address }
req-summary-location = locația a fost trimisă
req-summary-contact-chat = în conversație
req-summary-contact-phone = prin telefon, { $phone }
req-send = 📨 Trimit
req-edit = ✏️ Modific
req-cancel = ✖️ Anulez
req-edit-what = Ce vreți să schimbați?
req-edit-category = Subiect
req-edit-description = Mesaje
req-edit-visit = Vizită
req-edit-contact = Contact
req-sent =
    Gata! Cererea are numărul { $number }.
    Cineva de la birou vă va răspunde aici. Puteți scrie în continuare aici: mesajele ajung la birou.
req-already-open = Aveți deja o cerere deschisă (cu numărul { $number }). Scrieți aici: mesajul ajunge la birou.

relay-delivered = ✔️ Trimis la birou.
relay-staff-prefix = 💬 Biroul N.O.I.:
request-closed-notice = Cererea cu numărul { $number } a fost închisă. Dacă mai aveți nevoie de ceva, scrieți aici.
request-reopened = Am redeschis cererea cu numărul { $number }. Mesajul a ajuns la birou.

my-requests-title = <b>Cererile mele</b>
my-requests-none = Nu aveți cereri.
my-request-line = Numărul { $number } · { $category } · { $status } · { $date }
status-open = în așteptare
status-taken = în lucru
status-closed = închisă

staff-only = Această funcție este doar pentru cei care lucrează la birou.

qr-call-back = Am primit cererea. Vă sunăm în cel mult două zile lucrătoare.
qr-bring-documents = Vă rugăm să veniți la birou, în { $address }, în programul de lucru. Aduceți contractul ATC și un act de identitate.
qr-more-info = Avem nevoie de mai multe informații. Ne puteți explica mai bine? Puteți trimite și un mesaj vocal.
qr-home-visit = Cineva de la birou vă va vizita acasă. Vă spunem dinainte ziua și ora.
qr-social-services = Am trimis cererea la serviciile sociale ale Primăriei. Ei vă vor contacta.
qr-nurse = Asistenta medicală de cartier a primit cererea și vă va contacta în curând.
qr-hours = Biroul este deschis:
    { $hours }
qr-solved = Credem că problema s-a rezolvat. Dacă mai aveți nevoie de ajutor, scrieți aici.
