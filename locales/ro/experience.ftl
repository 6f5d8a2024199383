## Issue 30: the loop that closes properly
sat-sorry-reopen = Ne pare rău. Problema mai există? Putem redeschide cererea cu numărul { $number }.
sat-reopen-yes = 🔁 Da, vreau s-o redeschideți
sat-reopen-no = Nu, mulțumesc
sat-reopened = Cererea cu numărul { $number } este din nou deschisă. Biroul știe și vă va răspunde aici.
closed-anything-else = Mai aveți nevoie de ajutor pentru cererea cu numărul { $number }?

## Issue 30: one live control at a time
req-pieces-received = 📥 Primite: { $count }. Puteți adăuga ceva (text, mesaj vocal, fotografie) sau puteți apăsa „Gata”.

## Issue 30: cancelling says what it does and what was cancelled
my-bookings-cancel-hint = ✖️ Pentru a anula o rezervare, apăsați-o mai jos.
booking-cancelled-which = ✖️ Anulat: <b>{ $activity }</b>, { $when }. Mulțumim că ne-ați anunțat: locul merge la altcineva.

## Issue 30: a first message is greeted, in the language the phone or the words suggest
first-contact-greeting = 👋 Bună ziua! Aici este biroul N.O.I. pentru locuințe. Vă putem răspunde în limba pe care o preferați.

## Issue 30: messages sent outside a form are one question, not one each
held-ask-many = Vreți să trimiteți mesajele ({ $count }) la birou?

## Issue 30: șase apăsări pentru prima cerere
req-describe-open =
    Spuneți-ne ce se întâmplă.
    Puteți scrie, puteți trimite un mesaj vocal 🎤 sau o fotografie 📷, chiar și mai multe mesaje.
req-pieces-then-visit =
    📥 Primite: { $count }. Puteți adăuga ceva (text, mesaj vocal, fotografie).
    Când ați terminat, spuneți-ne: puteți veni la birou, în { $address }?
req-call-me-instead = 📞 Prefer să mă sunați
req-summary-choose = Ce doriți să faceți?

## Issue 30: o întrebare repetată mai jos
input-answer-below = Vă rog să răspundeți cu unul dintre butoanele de mai jos sau să trimiteți /cancel ca să ieșiți.
button-stale-step = Acest buton ține de o întrebare la care ați răspuns deja: răspunsul rămâne salvat. Iată întrebarea la care am ajuns:

## Issue 30: a cancel button says "cancel"; the old "✅ Booked" says it was cancelled
booking-cancel-day = ✖️ Anulez { $date }
booking-cancel-day-child = ✖️ Anulez { $date } · { $child }
booking-was-cancelled = ✖️ Rezervare anulată: <b>{ $activity }</b>, { $when }.

## Issue 30: "ATC" explained where residents choose a topic; consent is not the only answer to the notice
req-choose-category-explained =
    Cu ce vă putem ajuta? Alegeți un subiect.
    (ATC este instituția publică ce deține locuințele sociale și face reparațiile.)
privacy-prefer-person = 🙋 Prefer să vorbesc cu cineva
privacy-person-answer = Desigur. Puteți vorbi cu o persoană la birou, fără să scrieți aici. Nu păstrăm nimic până nu apăsați „Sunt de acord”; dacă vă răzgândiți, butonul este mai sus.

## Issue 30: an old button of a finished step says the step is done and what became of what was said
old-button-toast-form = ✔️ Acest pas este făcut: ce ați spus rămâne salvat.
old-button-toast-request = ✔️ Acest pas este făcut: cererea a fost salvată.
old-button-request = ✔️ Acest pas este deja făcut: cererea cu numărul { $number } a ajuns la birou. Răspunsul va veni aici, în această conversație.

## Issue 30: a phone number may be typed as well as shared with the button
req-phone-or-type = Apăsați butonul de mai jos ca să ne trimiteți numărul de telefon sau scrieți-l aici.
