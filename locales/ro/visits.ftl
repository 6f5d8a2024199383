# Home visits: the proposal and the choice, reminders, "not at home", the calendar file.

visit-who-nurse = asistenta medicală de cartier
visit-who-carer = îngrijitoarea
visit-who-operator = o persoană de la birou
visit-who-name = { $name }, de la biroul N.O.I.
visit-when = { $date }, între { $from } și { $to }
visit-proposal =
    🏠 Vizită acasă pentru cererea cu numărul { $number }
    Cine vine: { $who }.
    Când sunteți acasă? Alegeți un interval:
visit-none = ❌ Nu pot în niciunul
visit-unavailable = Ne pare rău, acest interval nu mai este liber. Alegeți altul:
visit-unavailable-all = Ne pare rău, aceste intervale nu mai sunt libere. Spuneți-ne când sunteți acasă: scrieți un mesaj sau trimiteți un mesaj vocal.
visit-expired = Această propunere nu mai este valabilă. Dacă aveți nevoie de ajutor, scrieți aici.
visit-confirmed =
    ✅ Vizita acasă este confirmată: { $when }.
    Cine vine: { $who }.
    Vă reamintim cu o zi înainte și cu o oră înainte.
visit-calendar = 📅 Adaug în calendar
visit-calendar-caption = Deschideți acest fișier ca să salvați vizita în calendarul telefonului.
visit-calendar-updated = Ora s-a schimbat: deschideți acest fișier ca să actualizați calendarul telefonului.
visit-calendar-file = vizita-acasa
visit-tell-when = Bine. Spuneți-ne când sunteți acasă: scrieți un mesaj sau trimiteți un mesaj vocal.
visit-reminder-day =
    ⏰ Vă reamintim: mâine aveți vizita acasă, { $when }.
    Cine vine: { $who }.
visit-reminder-hour =
    ⏰ Astăzi la ora { $time } aveți vizita acasă.
    Cine vine: { $who }.
visit-ok = 👍 Bine
visit-cant = ✖️ Nu pot
visit-ok-thanks = Mulțumim! Pe curând.
visit-cant-told = Bine, am anunțat biroul. Spuneți-ne când sunteți acasă: scrieți un mesaj sau trimiteți un mesaj vocal.
visit-not-home =
    🚪 Am venit pentru vizita acasă ({ $when }), dar nu era nimeni acasă.
    Doriți o nouă programare?
visit-again-yes = 📅 Da, în altă zi
visit-again-no = Nu, mulțumesc
visit-again-yes-told = Bine: biroul vă va propune în curând o nouă programare. Puteți scrie și aici când sunteți acasă.
visit-again-no-told = Bine. Dacă aveți nevoie de ajutor, scrieți aici.
visit-moved = Vizita acasă programată pentru { $when } a fost reprogramată. Biroul vă va propune în curând o nouă programare.
visit-ics-title = Vizită acasă – biroul N.O.I.
visit-ics-description = Cine vine: { $who } (cererea cu numărul { $number }). Biroul N.O.I., { $address }.
# In the copy of their data (/mydata): each home visit with a time agreed, and what came of it.
mydata-visit = Vizită acasă: { $when }, { $status ->
        [confirmed] confirmată
        [done] efectuată
        [not-home] nu erați acasă
        [declined] ați spus că nu puteți
        [rescheduled] reprogramată
       *[cancelled] anulată
    }
