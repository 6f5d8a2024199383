# The morning digest's home visits: time, worker and request number only (the address stays in /visite).
digest-visits = 🏠 <b>Visite a domicilio di oggi: { $count }</b>
digest-visit = { $time } · { $worker } · richiesta #{ $id }
digest-visits-unmarked = ⚠️ <b>Visite passate ancora da segnare (fatta o non in casa): { $count }</b>
