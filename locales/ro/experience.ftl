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
