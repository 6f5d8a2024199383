# Safety, third round (issue 27): where a visit's address may be shown, engines' caps, membership.

visit-day-not-here = 🔒 Qui si vedono solo i numeri: le visite (indirizzi, telefoni) si leggono nel gruppo della squadra che segue la richiesta, oppure in privato con il bot.
visit-not-your-team = 🔒 La visita { $visit } è della richiesta #{ $number }, ora seguita dalla squadra «{ $team }»: la vedono solo i suoi membri.
visit-error-too-far = «{ $text }» è a più di un anno da oggi: controllate la data.
visit-staff-team-moved = ➡️ <b>Con la richiesta arriva la visita { $visit }</b> ({ $when }{ $windows }) · chi va: { $who }. La persona la aspetta: da ora è della vostra squadra. Chi coordina la vede in /visite; per cambiarla o annullarla proponete nuove fasce con /visita.
team-vacated-visit = 🏠 La visita { $visit } ({ $when }) di { $worker } passa con la richiesta alla squadra «{ $to }»: non compare più nelle vostre /visite, con indirizzo e telefono.
board-transcript-runaway = trascrizione troppo lunga per la durata del vocale, tenuto solo l'audio
