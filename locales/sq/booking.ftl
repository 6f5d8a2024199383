# Kurse, ndihmë me mësimet, punëtori: rezervime, lista e pritjes, kujtesa.

act-italian-a0a1 = Italisht për fillestarë (A0/A1)
act-italian-a1 = Italisht A1
act-italian-a2 = Italisht A2
act-italian-b1 = Italisht B1
act-tutoring-primary = Ndihmë me mësimet – shkolla fillore
act-tutoring-middle = Ndihmë me mësimet – klasat 6–8 (scuola media)
act-macrame = Punëtori makrameje
act-caregiver = Kurs për kujdestarët e familjes
act-italian-a0a1-desc = Për ata që nuk flasin ende italisht, ose dinë vetëm pak fjalë. Fillojmë nga zero.
act-italian-a1-desc = Për ata që kuptojnë fjalë dhe fjali të thjeshta. Të prezantoheni, të bëni pazar, të shkoni te mjeku.
act-italian-a2-desc = Për ata që flasin tashmë pak italisht. Puna, shkolla e fëmijëve, zyrat.
act-italian-b1-desc = Për ata që flasin mjaft mirë dhe duan të përmirësohen. Edhe për provime dhe për lejen e qëndrimit.
act-tutoring-primary-desc = Ndihmë me detyrat e shtëpisë për fëmijët e shkollës fillore (scuola primaria).
act-tutoring-middle-desc = Ndihmë me detyrat dhe me mësimin për nxënësit e klasave 6–8 (scuola media, 11–14 vjeç).
act-macrame-desc = Punojmë së bashku me fije dhe nyje. Për të gjithë, edhe pa përvojë. Materialet i kemi ne.
act-caregiver-desc = Si të ndihmoni në shtëpi një person të moshuar ose të sëmurë: higjiena, lëvizja, ilaçet, të drejtat.

class-p1 = Shkolla fillore, klasa 1
class-p2 = Shkolla fillore, klasa 2
class-p3 = Shkolla fillore, klasa 3
class-p4 = Shkolla fillore, klasa 4
class-p5 = Shkolla fillore, klasa 5
class-m1 = Klasa 6 (scuola media, viti 1)
class-m2 = Klasa 7 (scuola media, viti 2)
class-m3 = Klasa 8 (scuola media, viti 3)
subject-homework = Detyrat e shtëpisë
subject-italian = Italisht
subject-maths = Matematikë
subject-english = Anglisht
subject-science = Shkencat

place-desk = Zyra N.O.I., { $address }

book-choose-level = Cili nivel? Nëse keni dyshime, zgjidhni të parin.
book-choose-activity = Cili aktivitet?
book-sessions =
    <b>{ $activity }</b>
    { $description }
    Zgjidhni një datë. Nëse është plot, mund të hyni në listën e pritjes.
book-no-sessions = Për momentin nuk ka mësime në program. Do të shtojmë së shpejti: mund të pyesni në zyrë.
book-session-free =
    { $when } · { $free ->
        [one] 1 vend
       *[other] { $free } vende
    }
book-session-full = { $when } · plot
book-confirmed =
    ✅ U rezervua!
    { $activity }
    📅 { $when }
    📍 { $place }
    Do t'jua kujtojmë një ditë më parë dhe dy orë më parë.
book-confirmed-child =
    ✅ U rezervua për { $child }!
    { $activity }
    📅 { $when }
    📍 { $place }
    Do t'jua kujtojmë një ditë më parë dhe dy orë më parë.
book-full = Ky mësim është plot. Doni të hyni në listën e pritjes? Nëse lirohet një vend, ju shkruajmë.
book-join-waitlist = 📝 Po, hyj në listën e pritjes
book-waitlisted = Jeni numri { $position } në listën e pritjes. Nëse lirohet një vend, ju shkruajmë.
book-already = Për këtë mësim keni tashmë një vend, ose jeni tashmë në listën e pritjes.
book-started = Ky mësim ka filluar tashmë. Zgjidhni një tjetër.
book-session-cancelled = Ky mësim u anulua. Zgjidhni një tjetër.
book-not-found = Ky mësim nuk ekziston më. Zgjidhni një tjetër.
book-free-now = U lirua një vend: mund ta rezervoni.

tutoring-child-name = Si quhet fëmija? Shkruani vetëm emrin.
tutoring-child-name-invalid = Shkruani vetëm emrin (jo më shumë se 40 shkronja).
tutoring-child-class = Në cilën klasë është { $child }?
tutoring-subject = Në cilën lëndë ka nevojë për ndihmë { $child }?
tutoring-another = Doni të rezervoni edhe për një fëmijë tjetër?
tutoring-another-yes = ➕ Një fëmijë tjetër
tutoring-another-no = ✔️ Jo, mjafton
tutoring-privacy-note = Për fëmijët ruajmë vetëm emrin dhe klasën.

my-bookings-title = <b>Rezervimet tuaja</b>
my-bookings-none = Nuk keni asnjë rezervim.
my-booking-line = { $activity } · { $when } · { $status }
my-booking-line-child = { $activity } ({ $child }) · { $when } · { $status }
booking-status-booked = i rezervuar
booking-status-waiting = në listën e pritjes
booking-status-offered = ka një vend për ju!
booking-cancelled = Rezervimi u anulua. Faleminderit që na e thatë: vendi shkon te dikush tjetër.
booking-cancel-failed = Ky rezervim nuk mund të anulohet më.

waitlist-offer =
    🎉 U lirua një vend!
    { $activity }
    📅 { $when }
    📍 { $place }
    E doni? Jua mbajmë deri në këtë orë: { $until }.
offer-accept = ✅ Po, e dua vendin
offer-decline = Jo, faleminderit
offer-gone = Na vjen keq, kjo ofertë nuk është më e vlefshme.
offer-declined = Në rregull. Ia japim vendin personit tjetër në listë.
offer-lapsed = Vendin që ju mbanim për { $activity } ({ $when }) ia dhamë personit tjetër në listë, sepse nuk morëm përgjigje.

session-cancelled =
    ⚠️ U anulua: { $activity }, { $when }.
    Na vjen keq! Rezervimi juaj është anuluar. Mund të zgjidhni një mësim tjetër nga menyja.

reminder-24h =
    ⏰ Kujtesë: nesër, { $when }
    { $activity }
    📍 { $place }
reminder-2h =
    ⏰ Pas dy orësh, { $when }
    { $activity }
    📍 { $place }
reminder-coming = 👍 Vij
reminder-not-coming = ✖️ Nuk mund të vij
reminder-thanks = Faleminderit! Shihemi së shpejti.
reminder-freed = Faleminderit që na e thatë. Vendi juaj tani është i lirë për dikë tjetër.

# Short names, after the date on a booking's cancel button ("✖️ Mer 02/12 · Corso A1").
act-italian-a0a1-short = Kursi A0/A1
act-italian-a1-short = Kursi A1
act-italian-a2-short = Kursi A2
act-italian-b1-short = Kursi B1
act-macrame-short = Makrame
act-caregiver-short = Kursi i kujdesit

# Every date of a course in one tap, and the answer, one line per date.
book-course-button = { $count ->
        [one] 📅 Rezervoj këtë datë
       *[other] 📅 Rezervoj të gjitha { $count } datat
    }
book-course-title = <b>{ $activity }</b> – të gjitha datat:
book-course-line-booked = ✅ { $when } · vendi u rezervua
book-course-line-waiting = 📝 { $when } · lista e pritjes, numri { $position }
book-course-line-refused = ✖️ { $when } · pa rezervim
book-course-next = Do t'ju kujtojmë çdo mësim një ditë para dhe dy orë para.
book-course-next-waiting = Do t'ju kujtojmë mësimet ku keni vend. Nëse lirohet një vend në një mësim që është plot, ju shkruajmë.

# Cancelling a booking asks first.
booking-cancel-ask =
    Ta anulojmë këtë rezervim?
    { $activity }
    📅 { $when }
booking-cancel-yes = ✖️ Po, e anuloj
booking-cancel-no = Jo, e mbaj
