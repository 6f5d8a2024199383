# Classes, after-school help, workshops: bookings, waiting list, reminders.

act-italian-a0a1 = Italian for beginners (A0/A1)
act-italian-a1 = Italian A1
act-italian-a2 = Italian A2
act-italian-b1 = Italian B1
act-tutoring-primary = After-school help – primary school
act-tutoring-middle = After-school help – middle school
act-macrame = Macramé workshop
act-caregiver = Course for family carers
act-italian-a0a1-desc = For people who do not speak Italian yet, or only a few words. We start from zero.
act-italian-a1-desc = For people who understand simple words and sentences. Introducing yourself, shopping, going to the doctor.
act-italian-a2-desc = For people who already speak a little. Work, children's school, offices.
act-italian-b1-desc = For people who speak quite well and want to improve, including exams and residence permits.
act-tutoring-primary-desc = Help with homework for children at primary school (scuola primaria).
act-tutoring-middle-desc = Help with homework and studying for pupils at middle school (scuola media, age 11–14).
act-macrame-desc = We work together with cords and knots. For everyone, even without experience. We give you the materials.
act-caregiver-desc = How to help an elderly or sick person at home: hygiene, moving, medicines, rights.

class-p1 = Primary, year 1
class-p2 = Primary, year 2
class-p3 = Primary, year 3
class-p4 = Primary, year 4
class-p5 = Primary, year 5
class-m1 = Middle school, year 1 (1ª media)
class-m2 = Middle school, year 2 (2ª media)
class-m3 = Middle school, year 3 (3ª media)
subject-homework = Homework
subject-italian = Italian
subject-maths = Maths
subject-english = English
subject-science = Science

place-desk = N.O.I. desk, { $address }

book-choose-level = Which level? If you are not sure, choose the first one.
book-choose-activity = Which activity?
book-sessions =
    <b>{ $activity }</b>
    { $description }
    Choose a date. If it is full, you can join the waiting list.
book-no-sessions = There are no lessons planned yet. We will add some soon: you can ask the desk.
book-session-free =
    { $when } · { $free ->
        [one] 1 place
       *[other] { $free } places
    }
book-session-full = { $when } · full
book-confirmed =
    ✅ Booked!
    { $activity }
    📅 { $when }
    📍 { $place }
    We will remind you the day before and two hours before.
book-confirmed-child =
    ✅ Booked for { $child }!
    { $activity }
    📅 { $when }
    📍 { $place }
    We will remind you the day before and two hours before.
book-full = This lesson is full. Do you want to join the waiting list? If a place frees up, we will write to you.
book-join-waitlist = 📝 Put me on the waiting list
book-waitlisted = You are number { $position } on the waiting list. If a place frees up, we will write to you.
book-already = You already have a place for this lesson, or you are on its waiting list.
book-started = This lesson has already started. Please choose another one.
book-session-cancelled = This lesson was cancelled. Please choose another one.
book-not-found = This lesson no longer exists. Please choose another one.
book-free-now = A place has just become free: you can book it.

tutoring-child-name = What is the child's name? Write the first name only.
tutoring-child-name-invalid = Please write the first name only (at most 40 letters).
tutoring-child-class = Which school year is { $child } in?
tutoring-subject = What does { $child } need help with?
tutoring-another = Do you want to book for another child too?
tutoring-another-yes = ➕ Another child
tutoring-another-no = ✔️ No, that's all
tutoring-privacy-note = For children, we only keep their first name and class.

my-bookings-title = <b>Your bookings</b>
my-bookings-none = You have no bookings.
my-booking-line = { $activity } · { $when } · { $status }
my-booking-line-child = { $activity } ({ $child }) · { $when } · { $status }
booking-status-booked = booked
booking-status-waiting = on the waiting list
booking-status-offered = a place is waiting for you!
booking-cancelled = Booking cancelled. Thank you for telling us: the place goes to someone else.
booking-cancel-failed = This booking can no longer be cancelled.

waitlist-offer =
    🎉 A place is free!
    { $activity }
    📅 { $when }
    📍 { $place }
    Do you want it? We will keep it for you until { $until }.
offer-accept = ✅ Yes, I want the place
offer-decline = No, thank you
offer-gone = Sorry, this offer is no longer valid.
offer-declined = All right. We will give the place to the next person.
offer-lapsed = The place we were keeping for you in { $activity } ({ $when }) has gone to the next person, because we got no answer.

session-cancelled =
    ⚠️ Cancelled: { $activity }, { $when }.
    We are sorry! Your booking is cancelled. You can choose another lesson from the menu.

reminder-24h =
    ⏰ Reminder: tomorrow, { $when }
    { $activity }
    📍 { $place }
reminder-2h =
    ⏰ In two hours, { $when }
    { $activity }
    📍 { $place }
reminder-coming = 👍 I'll be there
reminder-not-coming = ✖️ I can't come
reminder-thanks = Thank you! See you soon.
reminder-freed = Thank you for telling us. Your place is now free for someone else.

# Short names, after the date on a booking's cancel button ("✖️ Mer 02/12 · Corso A1").
act-italian-a0a1-short = A0/A1 course
act-italian-a1-short = A1 course
act-italian-a2-short = A2 course
act-italian-b1-short = B1 course
act-macrame-short = Macramé
act-caregiver-short = Carers' course

# Every date of a course in one tap, and the answer, one line per date.
book-course-button = { $count ->
        [one] 📅 Book this date
       *[other] 📅 Book all { $count } dates
    }
book-course-title = <b>{ $activity }</b> – all dates:
book-course-line-booked = ✅ { $when } · place booked
book-course-line-waiting = 📝 { $when } · waiting list, number { $position }
book-course-line-refused = ✖️ { $when } · not booked
book-course-next = We will remind you the day before and two hours before each lesson.
book-course-next-waiting = We will remind you before each lesson where you have a place. If a place frees up on a full date, we will write to you.

# Cancelling a booking asks first.
booking-cancel-ask =
    Cancel this booking?
    { $activity }
    📅 { $when }
booking-cancel-yes = ✖️ Yes, cancel it
booking-cancel-no = No, keep it
