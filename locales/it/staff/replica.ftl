# The morning digest, when the database's copy off this server (Litestream's replica) is behind or cannot be read.
digest-replica-behind = 💾 <b>La copia del database fuori da questo server è indietro di { $lag }</b> (ultima scrittura { $time }). Se il disco si guastasse adesso si perderebbe quanto registrato dopo: avvisate chi gestisce il server.
digest-replica-failing = 💾 <b>La copia del database fuori da questo server non si riesce a leggere</b> ({ $error }). Se il disco si guastasse adesso non ci sarebbe da dove ripristinare: avvisate chi gestisce il server.
replica-lag-minutes = { $minutes } min
replica-lag-hours = { $hours } h { $minutes } min
replica-lag-days = { $days } giorni
