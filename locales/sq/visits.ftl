# Home visits: the proposal and the choice, reminders, "not at home", the calendar file.

visit-who-nurse = infermieri i lagjes
visit-who-carer = kujdestarja
visit-who-operator = një punonjës i zyrës
visit-who-name = { $name }, nga zyra N.O.I.
visit-when = { $date }, nga ora { $from } deri në { $to }
visit-proposal =
    🏠 Vizitë në shtëpi për kërkesën tuaj nr. { $number }
    Kush vjen: { $who }.
    Kur jeni në shtëpi? Zgjidhni një orar:
visit-none = ❌ Asnjë nga këto orare
visit-unavailable = Na vjen keq, ky orar nuk është më i lirë. Zgjidhni një tjetër:
visit-unavailable-all = Na vjen keq, këto orare nuk janë më të lira. Na thoni kur jeni në shtëpi: shkruani një mesazh ose dërgoni një mesazh zanor.
visit-expired = Ky propozim nuk vlen më. Nëse keni nevojë për ndihmë, shkruani këtu.
visit-confirmed =
    ✅ Vizita në shtëpi u konfirmua: { $when }.
    Kush vjen: { $who }.
    Do t'jua kujtojmë një ditë para dhe një orë para.
visit-calendar = 📅 E shtoj në kalendar
visit-calendar-caption = Hapni këtë skedar për ta ruajtur vizitën në kalendarin e telefonit.
visit-calendar-updated = Orari ndryshoi: hapni këtë skedar për të përditësuar kalendarin e telefonit.
visit-calendar-file = vizite-ne-shtepi
visit-tell-when = Në rregull. Na thoni kur jeni në shtëpi: shkruani një mesazh ose dërgoni një mesazh zanor.
visit-reminder-day =
    ⏰ Kujtesë: nesër keni vizitën në shtëpi, { $when }.
    Kush vjen: { $who }.
visit-reminder-hour =
    ⏰ Sot në orën { $time } keni vizitën në shtëpi.
    Kush vjen: { $who }.
visit-ok = 👍 Në rregull
visit-cant = ✖️ Nuk mundem
visit-ok-thanks = Faleminderit! Shihemi së shpejti.
visit-cant-told = Në rregull, e njoftuam zyrën. Na thoni kur jeni në shtëpi: shkruani një mesazh ose dërgoni një mesazh zanor.
visit-not-home =
    🚪 Erdhëm për vizitën në shtëpi ({ $when }), por nuk ishte njeri në shtëpi.
    Dëshironi një vizitë të re?
visit-again-yes = 📅 Po, një ditë tjetër
visit-again-no = Jo, faleminderit
visit-again-yes-told = Në rregull: zyra do t'ju propozojë së shpejti një orar të ri. Mund të shkruani edhe këtu kur jeni në shtëpi.
visit-again-no-told = Në rregull. Nëse keni nevojë për ndihmë, shkruani këtu.
visit-moved = Vizita në shtëpi e planifikuar për { $when } ndryshoi orar. Zyra do t'ju propozojë së shpejti një orar të ri.
visit-ics-title = Vizitë në shtëpi – zyra N.O.I.
visit-ics-description = Kush vjen: { $who } (kërkesa nr. { $number }). Zyra N.O.I., { $address }.
# In the copy of their data (/mydata): each home visit with a time agreed, and what came of it.
mydata-visit = Vizitë në shtëpi: { $when }, { $status ->
        [confirmed] e konfirmuar
        [done] e kryer
        [not-home] nuk ishit në shtëpi
        [declined] thatë që nuk mundnit
        [rescheduled] me orar të ri
       *[cancelled] e anuluar
    }
