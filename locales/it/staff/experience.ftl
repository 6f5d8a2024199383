## Issue 30: the loop that closes properly, one live control at a time (staff side)

resident-reopened-unsatisfied = 🔁 ⚠️ <b>#{ $number } riaperta dalla persona</b>: dopo la chiusura dice che il problema c'è ancora. Chi la riprende?
resident-unsatisfied-comment = ⚠️ <b>#{ $number }</b>: la persona non è soddisfatta e scrive di nuovo (qui sotto). Le abbiamo chiesto se riaprire la richiesta.

## Home visits: what messages the resident and cannot be undone is confirmed first

visit-confirm-not-home = 🚪 <b>Confermate: nessuno in casa?</b> La persona riceve subito un messaggio (nessuno ha aperto) e le chiediamo se vuole un nuovo appuntamento. Non si può annullare.
visit-confirm-rescheduled = 🔁 <b>Confermate: la visita va spostata?</b> La persona viene avvisata subito che riceverà un nuovo orario. Non si può annullare.
visit-confirm-yes = ✅ Sì, confermo
visit-confirm-back = ↩️ Indietro
visit-mark-not-started = La visita comincia alle { $time }: «non in casa» si può segnare solo da quell'ora.

## Staff who write to the bot in a private chat

staff-private-guide =
    👋 <b>Fai parte del personale dello sportello</b>: qui il bot non ti tratta come residente.
    In questa chat privata funzionano i comandi: /queue richieste aperte · /mine le tue · /request N storia di una richiesta · /take, /close, /reopen N · /note N testo · /visite il giro di domani · /stats.
    Per rispondere a una persona scrivi nell'argomento della sua richiesta nel gruppo della squadra (o in risposta alla sua scheda): il messaggio le arriva nella sua lingua.

## Home visits on a public holiday

visit-holiday-warning = ⚠️ Attenzione: { $days } è un giorno festivo. La proposta è partita; se è una svista, mandate un nuovo /visita con altri giorni.

## A topic's name says the request's subject in one word each, never the same word for two (issue 30)

topic-cat-housing = Casa
topic-cat-rent = Affitto
topic-cat-social = Sociale
topic-cat-health = Sanità
topic-cat-homecare = Assistenza
topic-cat-school = Scuola
topic-cat-neighbours = Vicini
topic-cat-other = Altro

## Home visits: who comes reaches the resident; Italian words there would break the language guarantee

visit-error-who-in-italian = ⛔ Visita non proposta: «{ $who }» arriverebbe alla persona in italiano, ma legge in { $language }. Dopo «|» scrivi un nome (Marco) o un ruolo che il bot traduce: l'infermiere di quartiere, la badante, l'operatore.

## The team picker of a transfer can be dismissed: no control stays live after its step

team-transfer-not-now = ✖️ Non ora
