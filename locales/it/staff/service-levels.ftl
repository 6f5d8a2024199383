# Response times counted in opening hours, on cards, in /queue and in the digest (src/bot/service-texts.ts).

response-working-hours = { $hours ->
    [one] 1 ora lavorativa
   *[other] { $hours } ore lavorative
}
response-under-one-working-hour = meno di un'ora lavorativa
response-first-answer = ⏱ Prima risposta dopo { $time }
response-awaiting-first = ⏳ In attesa della prima risposta
response-waiting = ⏳ In attesa da { $time }
response-waiting-stale = ⏰ In attesa da { $time }
response-queue-first-answer = ⏱ prima risposta dopo { $time }
response-queue-waiting = da { $time }
