# Il quartiere per lo staff: /annuncio (avvisi ed eventi), /annunci (src/bot/features/neighbourhood/).

ann-ask-kind = 📣 <b>Nuovo annuncio</b> (/cancel per uscire). Che cosa vuoi mandare?
ann-kind-news = 📣 Un avviso
ann-kind-event = 📅 Un evento (con «Vengo / Non posso»)
ann-ask-topic = Di che cosa parla? Lo ricevono solo i residenti che hanno scelto questo argomento.
ann-topic-activities = Corsi e attività
ann-topic-works = Lavori nel palazzo
ann-topic-health = Salute
ann-ask-audience = A chi?
ann-audience-all = Tutti gli iscritti
ann-audience-desk = Uno sportello
ann-audience-building = Un palazzo
ann-audience-activity = Chi partecipa a un'attività
ann-audience-languages = Alcune lingue
ann-ask-desk = Quale sportello?
ann-ask-building = Scrivi l'indirizzo del palazzo come lo scrivono i residenti (per esempio: via Gandolfi 20). Lo ricevono gli iscritti che hanno dato quell'indirizzo.
ann-building-hint = Scrivi un indirizzo da { $min } a { $max } caratteri, per esempio: via Gandolfi 20
ann-ask-activity = Quale attività? Lo ricevono gli iscritti che l'hanno frequentata o prenotata.
ann-ask-languages = Quali lingue? Tocca una o più lingue.
ann-ask-languages-chosen = Lingue scelte: { $languages }. Tocca per aggiungere o togliere, poi «Fatto».
ann-languages-done = ✅ Fatto
ann-ask-date = Che giorno? (per esempio 12/12/2026)
ann-ask-time = A che ora? (per esempio 17:30)
ann-when-past = Questa data è già passata. Scrivi di nuovo il giorno e l'ora.
ann-ask-text = Scrivi il testo in italiano (al massimo { $max } caratteri). Scrivi frasi brevi e chiare: verrà tradotto.
ann-text-hint = Il testo deve avere da 3 a { $max } caratteri.
ann-edit-language = ✏️ { $language }
ann-send = 📤 Invia a { $count } persone
ann-abort = ✖️ Annulla
ann-preview-question = Controlla l'anteprima. Un mediatore può correggere una lingua con ✏️; poi «Invia».
ann-ask-translation = Scrivi il testo in { $language } (sostituisce la traduzione automatica).
ann-cancelled = Annuncio annullato. Non ho mandato niente.
ann-already-sent = L'annuncio #{ $id } è già stato inviato.
ann-queued = 📤 Annuncio #{ $id } in partenza per { $queued } persone, al ritmo consentito da Telegram. Bloccato il bot: { $blocked }. Saltati perché la loro lingua non ha una traduzione: { $skipped }. Quando è finito ti mando il resoconto (/annuncio { $id }).
ann-for-desk = Iscritti dello sportello { $desk }
ann-for-building = Iscritti del palazzo: { $building }
ann-for-activity = Iscritti che partecipano a: { $activity }
ann-for-languages = Iscritti che parlano: { $languages }
ann-preview-news = 📣 <b>Anteprima dell'avviso #{ $id }</b>
ann-preview-event = 📅 <b>Anteprima dell'evento #{ $id }</b>
ann-preview-topic = Argomento: { $topic }
ann-preview-when = Quando: { $when }
ann-preview-total = Destinatari: { $total }
ann-preview-language = <b>{ $language }</b> ({ $count })
ann-preview-missing = ⚠️ Nessuna traduzione: queste { $count } persone non lo riceveranno (mai il testo italiano al posto della loro lingua). Un mediatore può scriverla con ✏️.
ann-source-original = testo originale
ann-source-engine = traduzione automatica
ann-source-mediator = scritto da un mediatore
ann-preview-nobody = Nessun residente iscritto corrisponde a questa scelta.
ann-preview-skipped = ⚠️ { $count } persone saltate perché la loro lingua non ha una traduzione.
ann-summary-news = 📣 <b>Avviso #{ $id }</b> di { $by }
ann-summary-event = 📅 <b>Evento #{ $id }</b> di { $by }
ann-summary-delivery = Consegnati: { $delivered } · Bot bloccato: { $blocked } · Non riusciti: { $failed } · Saltati (senza traduzione): { $skipped }
ann-summary-pending = Ancora in partenza: { $pending }
ann-summary-replies = Risposte: { $yes } vengono · { $no } non possono
ann-summary-coming = Vengono: { $names }
ann-report-title = ✅ <b>Invio finito</b>
ann-not-yours = Questo annuncio è di un'altra squadra: le risposte le vede solo chi l'ha scritto (e il coordinamento).
ann-usage = Scrivi /annuncio per un nuovo annuncio, oppure /annuncio 12 per vedere come è andato il numero 12.
ann-unknown = Annuncio #{ $id } non trovato.
ann-list-title = 📣 <b>Ultimi annunci</b>
ann-list-line = #{ $id } · { $kind ->
        [event] 📅
       *[other] 📣
    } { $text } · consegnati { $delivered }{ $kind ->
        [event] {" "}· vengono { $yes }
       *[other] {""}
    }
ann-list-none = Ancora nessun annuncio. Scrivi /annuncio per mandarne uno.
ann-kind-news-word = avviso
ann-kind-event-word = evento
ann-csv-header = Numero|Inviato il|Tipo|Argomento|Destinatari|Persone|Consegnati|Bot bloccato|Non riusciti|Saltati senza traduzione|Vengono|Non possono
ann-stats-line = 📣 Annunci: { $sent } · consegnati { $delivered } · bot bloccato { $blocked } · senza traduzione { $skipped } · eventi { $events }: vengono { $yes }, non possono { $no }
ann-export-file = annunci-{ $span }.csv
ann-export-caption = 📄 Annunci ed eventi dal { $from } al { $to }: { $rows } righe (solo numeri, senza nomi).
