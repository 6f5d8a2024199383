# The listening desk on the staff's side (src/bot/features/desk/): the card's buttons, quick replies, /queue,
# /mine, /take, /close, /reopen, /note, /request, /audit, writing to the resident, and the group's help.
# Placeables come in already escaped for Telegram's HTML; ids and counts come as text, so 12345 is not "12.345".

## Why an action on a request did nothing

desk-refusal-not-found = Richiesta non trovata.
desk-refusal-already-closed = La richiesta è già chiusa.
desk-refusal-not-closed = La richiesta non è chiusa.
desk-refusal-already-taken-by-you = L'hai già presa tu.

## Actions on a request (said on the button, in the topic and where the command was given)

desk-taken = 🙋 #{ $id } presa da { $name }.
desk-closed = ✅ #{ $id } chiusa da { $name }. La persona è stata avvisata.
desk-reopened = 🔁 #{ $id } riaperta da { $name }.
desk-command-usage = Scrivi il numero: /{ $command } 42
desk-note-usage = Scrivi: /note 42 testo della nota
desk-note-saved = 📝 Nota interna salvata su #{ $id } (la persona non la vede).
desk-write-closed = La richiesta #{ $id } è chiusa: riaprila con /reopen { $id } per scriverle.
desk-translation-on = 🌐 Traduzione automatica riattivata su #{ $id } da { $name }.
desk-translation-off = 🌐 Traduzione automatica disattivata su #{ $id } da { $name }: i messaggi passano così come sono.

## Quick replies: short labels, so staff pick one at a glance; the resident reads the whole text in their language

desk-quick-replies-title = ⚡ <b>Risposte rapide per #{ $id }</b> · arrivano in { $language }, tradotte da persone:
desk-quick-reply-label = { $reply ->
    [qr-call-back] 📞 Vi richiamiamo
    [qr-bring-documents] 📄 Portare documenti
    [qr-more-info] ❓ Servono più informazioni
    [qr-home-visit] 🏠 Visita a casa
    [qr-social-services] 🤝 Servizi sociali
    [qr-nurse] 🩺 Infermiere di quartiere
    [qr-hours] 🕘 Orari di apertura
    [qr-caregiver] 🧓 Cerchiamo una badante
    [qr-family-doctor] 👩‍⚕️ Medico di famiglia
    [qr-health-documents] 🪪 Tessera e referti
    [qr-urgent] 🚑 Urgente: 112
   *[qr-solved] ✅ Risolto
  }
desk-quick-reply-sent = ⚡ Risposta rapida inviata da { $name } (in { $locale }): «{ $text }»

## /queue and /mine

desk-queue-title = 📋 <b>Coda</b> · aperte: { $open } · prese: { $taken } · chiuse negli ultimi 30 giorni: { $closed }
desk-queue-empty = Nessuna richiesta aperta. 🎉
desk-queue-line = #{ $id } · { $age } · { $category } · { $language } · { $status }
desk-mine-title = 🙋 <b>Le tue richieste</b>: { $count }
desk-queue-status = { $status ->
    [taken] presa da { $assignee }
    [open] aperta
   *[closed] chiusa
  }
desk-queue-unanswered = ⏳ senza risposta
# How long ago a request was opened.
desk-age = { $unit ->
    [minutes] { $n } min
    [hours] { $n } h
   *[days] { $n } g
  }

## /request: a request's history, a page at a time

desk-history-title = <b>Storia</b> · { $from }–{ $to } di { $total }
desk-history-page = pagina { $page } di { $pages }
desk-history-empty = <b>Storia</b> · vuota
desk-history-audit = Registro delle azioni: /audit { $id }
desk-history-older = ⬆️ precedenti
desk-history-newer = ⬇️ successivi
desk-history-limit = { $when } ⚠️ limite di messaggi salvati raggiunto { $scope ->
    [day] nelle ultime 24 ore
   *[request] su questa richiesta
  }: i successivi non sono salvati

## /audit

desk-audit-title = 🔎 <b>Registro delle azioni su #{ $id }</b>

## /help in the operator group

desk-help =
    ℹ️ <b>Sportello N.O.I. – comandi per gli operatori</b>
    /queue richieste aperte · /mine le tue · /take, /close, /reopen N · /request N storia · /audit N registro
    /note N testo, o una riga che inizia con «!»: nota interna, la persona non la vede.
    Scrivere nell'argomento della richiesta (o rispondere alla sua scheda) manda il messaggio alla persona.
    Sulla scheda: 🙋 Prendo · ⚡ Risposta rapida (tradotta da persone nella lingua della persona) · ✅ Chiudi · 🔁 Riapri. La scheda resta fissata in cima all'argomento.
    Sessioni: /sessions prossime · /newsession nuova (guidata) · /roster N iscritti e presenze (🗑 toglie una prenotazione) · /cancelsession N
    Numeri: /stats [mese] grafico e riepilogo · /export da a (CSV senza dati personali)
desk-help-translation-on = 🌐 Traduzione automatica attiva: scrivi in italiano, la persona legge nella sua lingua con l'originale sotto. Con «=» all'inizio il testo parte così com'è, senza traduzione. Il pulsante 🌐 sulla scheda la spegne per una richiesta.
desk-help-translation-off = 🌐 Traduzione automatica spenta (TRANSLATION_ENGINE=off): prima che un vostro messaggio arrivi a una persona che non ha scelto l'italiano, il bot vi avvisa e propone le risposte rapide, tradotte da persone nella sua lingua.
