# Reports for staff: the morning digest, /stats (chart and summary) and /export (CSV files).

## The morning digest

digest-greeting = ☀️ <b>Buongiorno! Oggi, { $day }</b>
digest-no-sessions = Nessuna sessione oggi.
digest-session = 🗓 <b>{ $time } · { $activity }</b> (#{ $id }) · { $seated }/{ $seats } posti
digest-session-waiting = { $waiting } in attesa
digest-no-waiting = ✅ Nessuna richiesta aspetta una risposta da più di 48 ore né da più di { $limit }.
digest-waiting = ⏳ <b>Richieste senza risposta da più di 48 ore o da più di { $limit }: { $count }</b>
digest-waiting-request = #{ $id } · { $category } · { $language } · da { $hours } h ({ $working })
digest-stale = ⏰ oltre le { $limit }
digest-backlog = 📮 <b>Messaggi in coda per il gruppo: { $count }</b>. Arrivano appena Telegram li accetta.
digest-backlog-since = 📮 <b>Messaggi in coda per il gruppo: { $count }</b> (il più vecchio delle { $time }). Arrivano appena Telegram li accetta.

## /stats and /export: what staff type

report-stats-usage = Scrivi /stats per il mese in corso, oppure il mese che ti serve: /stats 2026-11 (oppure /stats 11/2026).
report-month-not-started = { $month } non è ancora cominciato. { report-stats-usage }
report-export-usage = Scrivi le date di inizio e fine: /export 2026-11-01 2026-11-30 (anche 01/11/2026 30/11/2026), oppure un mese: /export 2026-11.
report-export-not-dates = Non riconosco le date. { report-export-usage }
report-export-reversed = La data di inizio ({ $first }) viene dopo quella di fine ({ $last }).
report-export-too-long = Al massimo un anno per volta ({ $days } giorni): dividi il periodo in più export.
# In the audit (/audit): what was exported.
report-export-audit = { $first }..{ $last } · { $requests } richieste · { $bookings } prenotazioni

## /stats: the summary under the chart

report-summary-title = 📊 <b>Statistiche di { $month }</b>
report-month-so-far = mese in corso, fino al { $day }
report-new-residents = 👥 Nuovi residenti: { $count }
report-requests = 📨 Richieste ricevute: { $opened } · chiuse: { $closed } · con visita a domicilio: { $home }
report-first-answer = ⏱ Prima risposta: { $median }
report-no-answer-yet = nessuna risposta ancora
report-no-answer-yet-asked = nessuna risposta ancora ({ $asked } domande)
report-median-hours = mediana { $hours } h ({ $answered } su { $opened } con risposta)
report-median-working-hours = in orario di apertura: mediana { $hours } ore lavorative
report-satisfaction = 💬 Soddisfazione: { $answers }
report-satisfaction-shares = { $answered } risposte su { $asked } domande · 😊 sì { $yes } · 😐 in parte { $partly } · 🙁 no { $no }
report-bookings = 🗓 Prenotazioni: { $seats } in { $sessions }
report-attendance = ✅ Presenze: { $present } su { $marked } segnate ({ $rate })
report-languages = 🌍 Lingue: { $languages }
report-csv-hint = Dettaglio in CSV: /export { $first } { $last }

# Counts with their word ("3 sessioni", "1 sessione"): $n chooses the word, $count is shown.
report-n-requests = { $n ->
    [one] { $count } richiesta
   *[other] { $count } richieste
  }
report-n-new-residents = { $n ->
    [one] { $count } nuovo residente
   *[other] { $count } nuovi residenti
  }
report-n-sessions = { $n ->
    [one] { $count } sessione
   *[other] { $count } sessioni
  }
report-n-seats = { $n ->
    [one] { $count } posto
   *[other] { $count } posti
  }
report-n-booked-seats = { $n ->
    [one] { $count } posto prenotato
   *[other] { $count } posti prenotati
  }
report-n-judgements = { $n ->
    [one] { $count } giudizio
   *[other] { $count } giudizi
  }

## /stats: the chart

report-chart-title = Statistiche · { $month }
report-desk-name = Sportello N.O.I. per la casa
report-chart-footer = NOI Desk · generato il { $when }
report-week = Sett. { $week }
report-no-answer = nessuna risposta
report-first-answer-median = 1ª risposta: mediana { $hours } h lav.
chart-requests-title = Richieste per settimana e categoria
chart-no-requests = Nessuna richiesta nel periodo
chart-attendance-title = Presenze per attività (presenti su segnati)
chart-no-sessions = Nessuna sessione nel periodo
chart-attendance-unmarked = Presenze non segnate
chart-service-title = Prima risposta (ore lavorative) e soddisfazione, per mese
chart-no-judgement = Nessun giudizio
chart-satisfaction = { $answer ->
    [yes] sì
    [partly] in parte
   *[no] no
  }
chart-satisfied-share = sì { $percent }% ({ $yes }/{ $total })

## Files

report-stats-file = statistiche-{ $month }.png
report-requests-file = richieste-{ $span }.csv
report-bookings-file = prenotazioni-{ $span }.csv
report-visits-file = visite-{ $span }.csv
report-requests-caption = 📄 Richieste ricevute dal { $from } al { $to }: { $rows } righe (senza nomi né testi).
report-bookings-caption = 📄 Prenotazioni delle sessioni dal { $from } al { $to }: { $rows } righe (senza nomi).
# Column names, separated by "|".
csv-requests-header = Numero|Aperta il|Prima risposta il|Chiusa il|Ore alla prima risposta|Categoria|Lingua|Stato|Visita a domicilio|Ore lavorative alla prima risposta|Soddisfazione
csv-bookings-header = Sessione|Attività|Data|Ora|Sessione annullata|Stato prenotazione|Presenza
csv-yes = sì
csv-no = no
csv-request-status = { $value ->
    [open] aperta
    [taken] presa in carico
   *[closed] chiusa
  }
csv-booking-status = { $value ->
    [booked] prenotato
    [waiting] in lista d'attesa
    [offered] posto offerto
    [cancelled] annullato
    [expired] offerta scaduta
   *[declined] offerta rifiutata
  }
csv-satisfaction = { $value ->
    [yes] sì
    [partly] in parte
   *[no] no
  }
csv-attendance = { $value ->
    [present] presente
   *[absent] assente
  }
