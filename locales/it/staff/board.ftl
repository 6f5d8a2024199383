# The operator group: a request's card, what is relayed both ways, and the board's notices to staff.
# Placeables come in already escaped for Telegram's HTML.

## The card

board-card-status = { $status ->
    [closed] ✅ chiusa
    [taken] 🟡 presa da { $assignee }
   *[open] 🔴 aperta, da prendere
  }
board-card-state = 📌 Stato: { $status }
board-card-home-visit = 🏠 Visita a domicilio: { $where }
board-card-shared-location = posizione condivisa
board-card-at-desk = 🚶 Viene allo sportello
board-card-phone = 📞 Telefono: { $phone }
board-card-chat = 💬 Contatto: in chat
board-card-opened = 🕒 Aperta il { $date }
board-card-erased = 🗑 Contenuto cancellato (privacy)
board-card-more-below = 📝 <i>Il resto della descrizione segue qui sotto.</i>
# After a count: "2 foto · 1 vocale".
board-card-media = { $kind ->
    [voice] { $n ->
        [one] vocale
       *[other] vocali
    }
    [audio] audio
    [photo] foto
    [document] { $n ->
        [one] documento
       *[other] documenti
    }
    [video] video
    [video_note] { $n ->
        [one] videomessaggio
       *[other] videomessaggi
    }
    [location] { $n ->
        [one] posizione
       *[other] posizioni
    }
   *[other] { $kind }
  }
board-card-translation-on = 🌐 Traduzione automatica attiva: scrivete in italiano, la persona legge nella sua lingua (per mandare un testo senza traduzione, iniziatelo con «=»).
board-card-translation-off = 🌐 Traduzione automatica disattivata per questa richiesta.

board-button-take = 🙋 Prendo
board-button-take-over = 🙋 Prendo io
board-button-quick-reply = ⚡ Risposta rapida
board-button-close = ✅ Chiudi
board-button-reopen = 🔁 Riapri
board-button-translate-off = 🌐 Non tradurre
board-button-translate-on = 🌐 Traduci

## Response times, in opening hours (the card, /queue, the digest)

board-working-hours-under-one = meno di un'ora lavorativa
board-working-hours = { $hours ->
    [one] 1 ora lavorativa
   *[other] { $hours } ore lavorative
  }
board-card-first-answer-after = ⏱ Prima risposta dopo { $hours }
board-card-waiting-first-answer = ⏳ In attesa della prima risposta
board-card-waiting-since = In attesa da { $hours }
board-queue-first-answer-after = ⏱ prima risposta dopo { $hours }
board-queue-waiting-since = da { $hours }

## A resident's words as staff read them

board-translated-from = 🌐 <i>tradotto automaticamente { $from }</i>
board-untranslated = 🌐 <i>traduzione non disponibile ({ $why })</i>
board-original = <i>originale</i>
board-forwarded-hidden = ↪️ <i>inoltrato (mittente nascosto)</i>
board-forwarded-from = ↪️ <i>inoltrato da { $name }</i>
board-transcript-header = 🎙 <b>{ $name }</b> (#{ $id }) · trascrizione automatica del vocale qui sopra
board-transcript-unavailable = <i>non disponibile ({ $why })</i>
board-transcript-too-long = vocale più lungo di { $seconds } secondi
# "tradotto dall'arabo"
board-language-from = { $code ->
    [it] dall'italiano
    [en] dall'inglese
    [fr] dal francese
    [es] dallo spagnolo
    [ro] dal rumeno
    [sq] dall'albanese
    [ar] dall'arabo
    [uk] dall'ucraino
    [zh] dal cinese
    [de] dal tedesco
    [pt] dal portoghese
    [ru] dal russo
   *[other] dalla lingua «{ $code }»
  }
# "inviato in arabo"
board-language-into = { $code ->
    [it] in italiano
    [en] in inglese
    [fr] in francese
    [es] in spagnolo
    [ro] in rumeno
    [sq] in albanese
    [ar] in arabo
    [uk] in ucraino
    [zh] in cinese
    [de] in tedesco
    [pt] in portoghese
    [ru] in russo
   *[other] nella lingua «{ $code }»
  }
# Why a text went untranslated: short, and never the engine's own message.
board-engine-note = { $kind ->
    [unsupported] lingua non disponibile nel motore
    [auth] chiave del motore non valida
    [quota] quota del motore esaurita
    [unavailable] motore non raggiungibile
    [timeout] il motore non ha risposto in tempo
    [bad-response] risposta del motore non valida
    [too-long] testo troppo lungo
    [runaway] traduzione troppo lunga, tenuto l'originale
    [audio-too-long] vocale troppo lungo
   *[other] motore non disponibile
  }

## Staff → resident

board-sent-translated =
    🌐 <i>inviato { $into }:</i>
    <blockquote expandable>{ $text }</blockquote>
board-sent-untranslated = 🌐 <i>traduzione non disponibile ({ $why }): inviato in italiano.</i>
board-not-delivered-blocked = ⚠️ <b>Messaggio NON consegnato</b>: la persona ha bloccato il bot o ha cancellato la chat. Provate a contattarla in un altro modo.
board-not-delivered = ⚠️ <b>Messaggio NON consegnato</b> ({ $reason }). Riprovate tra poco.

## Limits and erasure

board-store-limit-request = ⚠️ <b>#{ $id }</b>: la persona ha raggiunto il limite di { $max } messaggi salvati su questa richiesta. I prossimi non vengono salvati né inoltrati; le è stato detto.
board-store-limit-day = ⚠️ <b>#{ $id }</b>: la persona ha raggiunto il limite di { $max } messaggi salvati nelle ultime 24 ore: per ora i prossimi non vengono salvati né inoltrati; le è stato detto.
# What replaces a post showing an erased person's data when Telegram will not delete it.
board-post-redacted = 🗑 Messaggio rimosso: i dati di questa persona sono stati cancellati (privacy).
