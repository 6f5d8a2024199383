# Home visits: the proposal and the choice, reminders, "not at home", the calendar file.

visit-who-nurse = the neighbourhood nurse
visit-who-carer = the carer
visit-who-operator = someone from the desk
visit-who-name = { $name } from the N.O.I. desk
visit-when = { $date }, from { $from } to { $to }
visit-proposal =
    🏠 Home visit for your request number { $number }
    Who is coming: { $who }.
    When are you at home? Choose a time:
visit-none = ❌ None of these times
visit-unavailable = Sorry, this time is no longer free. Choose another one:
visit-unavailable-all = Sorry, these times are no longer free. Tell us when you are at home: write a message or send a voice message.
visit-expired = This proposal is no longer valid. If you need help, write here.
visit-confirmed =
    ✅ Home visit confirmed: { $when }.
    Who is coming: { $who }.
    We will remind you the day before and one hour before.
visit-calendar = 📅 Add to my calendar
visit-calendar-caption = Open this file to save the visit in your phone's calendar.
visit-calendar-updated = The time has changed: open this file to update your phone's calendar.
visit-calendar-file = home-visit
visit-tell-when = All right. Tell us when you are at home: write a message or send a voice message.
visit-reminder-day =
    ⏰ Reminder: home visit tomorrow, { $when }.
    Who is coming: { $who }.
visit-reminder-hour =
    ⏰ Home visit today at { $time }.
    Who is coming: { $who }.
visit-ok = 👍 OK
visit-cant = ✖️ I can't
visit-ok-thanks = Thank you! See you soon.
visit-cant-told = All right, we have told the desk. Tell us when you are at home: write a message or send a voice message.
visit-not-home =
    🚪 We came for the home visit ({ $when }), but nobody was at home.
    Do you want a new appointment?
visit-again-yes = 📅 Yes, another day
visit-again-no = No, thank you
visit-again-yes-told = All right: the desk will suggest a new time soon. You can also write here when you are at home.
visit-again-no-told = All right. If you need help, write here.
visit-moved = The home visit planned for { $when } has been moved. The desk will suggest a new time soon.
visit-ics-title = Home visit – N.O.I. desk
visit-ics-description = Who is coming: { $who } (request number { $number }). N.O.I. desk, { $address }.
# In the copy of their data (/mydata): each home visit with a time agreed, and what came of it.
mydata-visit = Home visit: { $when }, { $status ->
        [confirmed] confirmed
        [done] done
        [not-home] you were not at home
        [declined] you said you couldn't make it
        [rescheduled] moved
       *[cancelled] cancelled
    }
