# Home visits, as staff read them: proposing, the card's line, notices in the topic, the worker's day.

visit-command-visita = Propone una visita a domicilio: /visita N fasce | chi va
visit-command-visite = Il mio giro di visite: /visite [oggi|domani|data]
visit-help-line = Visite a domicilio: /visita N fasce | chi va | nota propone fino a 3 fasce (anche dal pulsante 🏠 Visita sulla scheda) · /visite [oggi|domani|gio|3/12] il tuo giro, con mappa e pulsanti Fatta / Non in casa / Da spostare
visit-usage = Scrivi per esempio: <code>/visita 12 mar 1/12 10:00-11:00; gio 3/12 15:00-16:00 | l'infermiere di quartiere | scala B, piano 3</code> (nell'argomento della richiesta il numero si può omettere).
visit-help =
    🏠 <b>Visita a domicilio per #{ $number }</b>
    Scrivi il comando qui sotto cambiando giorni e ore: da 1 a 3 fasce separate da «;», dopo «|» chi va (un nome, oppure «l'infermiere di quartiere», «la badante»), dopo un altro «|» una nota per chi va (scala, piano, citofono).
    <code>{ $template }</code>
    La persona riceve le fasce nella sua lingua e ne sceglie una; la conferma arriva qui, e sulla scheda.
visit-copy-template = 📋 Copia il comando
visit-proposed-elsewhere = 📨 Visita { $visit } proposta per la richiesta #{ $number }: la scelta della persona arriva nell'argomento della richiesta.

# Why a proposal was not sent.
visit-error-none = Mancano le fasce orarie. { visit-usage }
visit-error-too-many = Al massimo 3 fasce per proposta (ne hai scritte { $count }).
visit-error-unreadable = Non capisco «{ $text }». Scrivi per esempio: mar 1/12 10:00-11:00, oppure domani 15-16.
visit-error-no-day = In «{ $text }» manca il giorno: per esempio gio 3/12, oppure domani.
visit-error-bad-date = La data «{ $text }» non esiste.
visit-error-weekday = In «{ $text }» il giorno della settimana non torna: quella data è { $weekday }.
visit-error-end-before-start = In «{ $text }» la fine viene prima dell'inizio.
visit-error-too-long = «{ $text }» dura più di 8 ore: controlla l'orario.
visit-error-nonexistent = «{ $text }» cade nell'ora che salta con il passaggio all'ora legale: scegli un altro orario.
visit-error-past = «{ $text }» è già passata: non si può proporre una visita nel passato.
visit-error-not-found = Richiesta #{ $number } non trovata.
visit-error-closed = La richiesta #{ $number } è chiusa: riapritela con /reopen { $number } per proporre una visita.
visit-error-no-address = La richiesta #{ $number } non ha un indirizzo né una posizione: chiedilo alla persona, oppure scrivilo dopo un secondo «|» (… | chi va | via Verdi 3, scala B).
visit-error-unreachable = La persona della richiesta #{ $number } non riceve messaggi dal bot (lo ha bloccato o ha cancellato i suoi dati): contattatela in un altro modo.
visit-error-overlap = ⛔ Visita non proposta: la fascia { $window } si sovrappone a un'altra visita di { $worker }, la #{ $other } (richiesta #{ $request }, { $when }). Scegli un altro orario.

# The card's line.
visit-card-button = 🏠 Visita
visit-card-proposed = 🗓 Visita proposta ({ $who }): { $windows } · in attesa della scelta
visit-card-confirmed = 🗓 Visita: ✅ { $when } · { $who }
visit-card-none-works = 🗓 Visita: ❌ nessuna fascia va bene · proporre altre fasce
visit-card-declined = 🗓 Visita del { $when }: ⚠️ la persona non può · da riprogrammare
visit-card-done = 🗓 Visita del { $when }: ✔️ fatta ({ $who })
visit-card-not-home = 🗓 Visita del { $when }: 🚪 persona non in casa · { $again ->
        [yes] chiede un nuovo appuntamento
        [no] non chiede un nuovo appuntamento
       *[none] in attesa della sua risposta
    }
visit-card-rescheduled = 🗓 Visita del { $when }: 🔁 da riprogrammare
visit-card-withdrawn = 🗓 Visita: proposta ritirata
visit-card-cancelled = 🗓 Visita annullata

# Notices in the request's topic.
visit-staff-proposed = 📨 <b>Visita { $visit } proposta</b> · chi va: { $who } · fasce: { $windows }. Aspettiamo la scelta della persona.
visit-staff-confirmed = ✅ <b>Visita { $visit } confermata</b>: { $when } · chi va: { $who }. Promemoria alla persona il giorno prima e un'ora prima.
visit-staff-none-works = ❌ <b>Visita { $visit }: nessuna fascia va bene</b>. La persona scriverà qui quando è in casa; proponete altre fasce con /visita.
visit-staff-reminder-ok = 👍 La persona conferma la visita { $visit } ({ $when }).
visit-staff-declined = ⚠️ <b>La persona non può</b> alla visita { $visit } ({ $when }). { $worker }: la visita è tolta dal tuo giro. Proponete altre fasce con /visita.
visit-staff-done = ✔️ Visita { $visit } ({ $when }) fatta: segnata da { $actor }.
visit-staff-not-home = 🚪 Visita { $visit } ({ $when }): persona non in casa, segnata da { $actor }. Le abbiamo chiesto se vuole un nuovo appuntamento.
visit-staff-rescheduled = 🔁 Visita { $visit } ({ $when }) da spostare, segnata da { $actor }: la persona è avvisata. Proponete nuove fasce con /visita.
visit-staff-again-yes = 📅 Dopo la visita mancata { $visit }, la persona chiede un nuovo appuntamento: proponete nuove fasce con /visita.
visit-staff-again-no = 🙅 Dopo la visita mancata { $visit }, la persona non chiede un nuovo appuntamento.

# The worker's day (/visite).
visit-day-usage = Scrivi /visite (oggi), /visite domani, /visite gio oppure /visite 3/12; i coordinatori vedono tutte le visite, con «mie» solo le proprie.
visit-day-title = 🗓 <b>{ $all ->
        [yes] Visite di tutti
       *[no] Le tue visite
    } · { $day }</b>: { $count ->
        [0] nessuna
       *[other] { $count }
    }
visit-entry-head = 🏠 <b>{ $from }–{ $to }</b> · visita { $visit } · richiesta #{ $number }
visit-entry-person = 👤 { $name } · 🌍 { $language }
visit-entry-address = 📍 { $address }
visit-entry-position = 📍 posizione condivisa (pulsante Mappa)
visit-entry-no-address = 📍 indirizzo non indicato: vedi la nota
visit-entry-floor = 🏢 { $floor }
visit-entry-phone = 📞 { $phone }
visit-entry-worker = 🧑‍⚕️ Chi va: { $who }
visit-entry-notes = 📝 { $notes }
visit-entry-status = { $status ->
        [done] ✔️ Fatta
        [not-home] 🚪 Persona non in casa
        [rescheduled] 🔁 Da spostare
       *[other] ⏳ Da fare
    }
visit-button-map = 📍 Mappa
visit-button-calendar = 📅 Calendario
visit-button-done = ✅ Fatta
visit-button-not-home = 🚪 Non in casa
visit-button-rescheduled = 🔁 Da spostare
visit-marked-done = ✔️ Segnata come fatta.
visit-marked-not-home = 🚪 Segnata: persona non in casa. Le chiediamo se vuole un nuovo appuntamento.
visit-marked-rescheduled = 🔁 Segnata da spostare: la persona è avvisata.
visit-mark-not-found = Visita non trovata.
visit-mark-not-yours = Questa visita è di { $worker }: possono segnarla solo chi va e i coordinatori.
visit-mark-not-confirmed = Questa visita non è più in programma.
visit-mark-too-early = È presto: la visita comincia alle { $time }.
visit-no-position = Per questa visita non c'è una posizione: usa l'indirizzo.
visit-venue-title = Visita { $visit } · richiesta #{ $number }
visit-shared-position = posizione condivisa dalla persona

# The worker's calendar file.
visit-ics-worker-title = Visita a domicilio { $visit } · { $name }
visit-ics-phone = Telefono: { $phone }
visit-ics-who = Chi va: { $who } · richiesta #{ $number }
visit-ics-caption = 📅 Visita { $visit }: aprite il file per aggiungerla al calendario del telefono.
visit-ics-file = visita-{ $visit }.ics
# On the request's audit trail: which visit an action was about (the domain writes the same words).
visit-audit-detail = visita { $visit }

# Figures.
visit-stats-line = 🏠 Visite a domicilio: { $planned } { $planned ->
        [one] pianificata
       *[other] pianificate
    } · { $done } { $done ->
        [one] fatta
       *[other] fatte
    } · { $notHome } con persona non in casa · { $moved } { $moved ->
        [one] spostata o annullata
       *[other] spostate o annullate
    }
visit-stats-team = · { $team }: { $planned } pianificate · { $done } fatte · { $notHome } non in casa · { $moved } spostate o annullate
visit-team-default = sportello
visit-csv-header = Mese|Squadra|Visite pianificate|Fatte|Persona non in casa|Spostate o annullate
visit-export-caption = 📄 Visite a domicilio dal { $from } al { $to }: { $rows } righe per mese e squadra (solo numeri: senza nomi, indirizzi né note).
