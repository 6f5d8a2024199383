# Cursuri, ajutor la teme, ateliere: rezervări, listă de așteptare, mementouri.

act-italian-a0a1 = Italiană de la zero (A0/A1)
act-italian-a1 = Italiană A1
act-italian-a2 = Italiană A2
act-italian-b1 = Italiană B1
act-tutoring-primary = Ajutor la teme – școala primară
act-tutoring-middle = Ajutor la teme – gimnaziu
act-macrame = Atelier de macrame
act-caregiver = Curs: cum îngrijim o rudă
act-italian-a0a1-desc = Pentru cei care nu vorbesc încă italiana sau știu doar câteva cuvinte. Începem de la zero.
act-italian-a1-desc = Pentru cei care înțeleg cuvinte și fraze simple. Să vă prezentați, să faceți cumpărături, să mergeți la medic.
act-italian-a2-desc = Pentru cei care vorbesc deja puțin. Munca, școala copiilor, instituțiile.
act-italian-b1-desc = Pentru cei care vorbesc destul de bine și vor să învețe mai mult. Și pentru examene și permisul de ședere.
act-tutoring-primary-desc = Ajutor la teme pentru copiii de la școala primară (scuola primaria, clasele 1–5).
act-tutoring-middle-desc = Ajutor la teme și la învățat pentru elevii de gimnaziu (scuola media, 11–14 ani).
act-macrame-desc = Lucrăm împreună cu sfori și noduri. Pentru toată lumea, chiar și fără experiență. Materialele le avem noi.
act-caregiver-desc = Cum să ajutați acasă o persoană în vârstă sau bolnavă: igiena, mișcarea, medicamentele, drepturile.

class-p1 = Școala primară, clasa 1
class-p2 = Școala primară, clasa 2
class-p3 = Școala primară, clasa 3
class-p4 = Școala primară, clasa 4
class-p5 = Școala primară, clasa 5
class-m1 = Gimnaziu (scuola media), clasa 1
class-m2 = Gimnaziu (scuola media), clasa 2
class-m3 = Gimnaziu (scuola media), clasa 3
subject-homework = Teme
subject-italian = Italiană
subject-maths = Matematică
subject-english = Engleză
subject-science = Științe

place-desk = Biroul N.O.I., { $address }

book-choose-level = Ce nivel? Dacă nu știți, alegeți primul.
book-choose-activity = Ce activitate?
book-sessions =
    <b>{ $activity }</b>
    { $description }
    Alegeți o dată. Dacă nu mai sunt locuri, puteți intra pe lista de așteptare.
book-no-sessions = Deocamdată nu sunt lecții în program. Vom adăuga în curând: puteți întreba la birou.
book-session-free =
    { $when } · { $free ->
        [one] 1 loc
        [few] { $free } locuri
       *[other] { $free } de locuri
    }
book-session-full = { $when } · complet
book-confirmed =
    ✅ Rezervat!
    { $activity }
    📅 { $when }
    📍 { $place }
    Vă reamintim cu o zi înainte și cu două ore înainte.
book-confirmed-child =
    ✅ Rezervat pentru { $child }!
    { $activity }
    📅 { $when }
    📍 { $place }
    Vă reamintim cu o zi înainte și cu două ore înainte.
book-full = Nu mai sunt locuri la această lecție. Vreți să intrați pe lista de așteptare? Dacă se eliberează un loc, vă scriem.
book-join-waitlist = 📝 Da, mă înscriu pe listă
book-waitlisted = Sunteți numărul { $position } pe lista de așteptare. Dacă se eliberează un loc, vă scriem.
book-already = La această lecție aveți deja un loc, sau sunteți deja pe lista de așteptare.
book-started = Această lecție a început deja. Alegeți alta.
book-session-cancelled = Această lecție a fost anulată. Alegeți alta.
book-not-found = Această lecție nu mai există. Alegeți alta.
book-free-now = S-a eliberat un loc: îl puteți rezerva.

tutoring-child-name = Cum se numește copilul? Scrieți doar prenumele.
tutoring-child-name-invalid = Scrieți doar prenumele (cel mult 40 de litere).
tutoring-child-class = În ce clasă este { $child }?
tutoring-subject = La ce are nevoie de ajutor { $child }?
tutoring-another = Vreți să rezervați și pentru alt copil?
tutoring-another-yes = ➕ Alt copil
tutoring-another-no = ✔️ Nu, atât
tutoring-privacy-note = Despre copii păstrăm doar prenumele și clasa.

my-bookings-title = <b>Rezervările mele</b>
my-bookings-none = Nu aveți rezervări.
my-booking-line = { $activity } · { $when } · { $status }
my-booking-line-child = { $activity } ({ $child }) · { $when } · { $status }
booking-status-booked = rezervat
booking-status-waiting = pe lista de așteptare
booking-status-offered = vă așteaptă un loc!
booking-cancelled = Rezervarea a fost anulată. Mulțumim că ne-ați anunțat: locul merge la altcineva.
booking-cancel-failed = Această rezervare nu mai poate fi anulată.

waitlist-offer =
    🎉 S-a eliberat un loc!
    { $activity }
    📅 { $when }
    📍 { $place }
    Îl vreți? Vi-l păstrăm până la { $until }.
offer-accept = ✅ Da, vreau locul
offer-decline = Nu, mulțumesc
offer-gone = Ne pare rău, această ofertă nu mai este valabilă.
offer-declined = Bine. Dăm locul următoarei persoane.
offer-lapsed = Locul pe care vi-l păstram pentru { $activity } ({ $when }) a fost dat următoarei persoane, pentru că nu am primit răspuns.

session-cancelled =
    ⚠️ Anulat: { $activity }, { $when }.
    Ne pare rău! Rezervarea este anulată. Puteți alege altă lecție din meniu.

reminder-24h =
    ⏰ Vă reamintim: mâine, { $when }
    { $activity }
    📍 { $place }
reminder-2h =
    ⏰ Peste două ore, { $when }
    { $activity }
    📍 { $place }
reminder-coming = 👍 Vin
reminder-not-coming = ✖️ Nu pot să vin
reminder-thanks = Mulțumim! Pe curând.
reminder-freed = Mulțumim că ne-ați anunțat. Locul este acum liber pentru altcineva.

# Short names, after the date on a booking's cancel button ("✖️ Mer 02/12 · Corso A1").
act-italian-a0a1-short = Curs A0/A1
act-italian-a1-short = Curs A1
act-italian-a2-short = Curs A2
act-italian-b1-short = Curs B1
act-macrame-short = Macrame
act-caregiver-short = Curs de îngrijire

# Every date of a course in one tap, and the answer, one line per date.
book-course-button = { $count ->
        [one] 📅 Rezerv această lecție
        [few] 📅 Rezerv toate cele { $count } lecții
       *[other] 📅 Rezerv toate cele { $count } de lecții
    }
book-course-title = <b>{ $activity }</b> – toate lecțiile:
book-course-line-booked = ✅ { $when } · loc rezervat
book-course-line-waiting = 📝 { $when } · lista de așteptare, numărul { $position }
book-course-line-refused = ✖️ { $when } · nerezervat
book-course-next = Vă reamintim fiecare lecție cu o zi înainte și cu două ore înainte.
book-course-next-waiting = Vă reamintim lecțiile la care aveți loc. Dacă se eliberează un loc la o lecție completă, vă scriem.

# Cancelling a booking asks first.
booking-cancel-ask =
    Anulați această rezervare?
    { $activity }
    📅 { $when }
booking-cancel-yes = ✖️ Da, o anulez
booking-cancel-no = Nu, o păstrez
