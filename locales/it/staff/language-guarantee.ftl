## The language guarantee: a staff text that would reach the resident in a language they did not choose is held,
## and staff are told before it goes. { $language } is the language's Italian name ("ucraino").

held-warning =
    ⚠️ <b>Non ancora inviato.</b> La persona ha scelto di leggere in <b>{ $language }</b>: { $why }
    Scegliete una risposta rapida (arriva in { $language }, tradotta da persone), oppure inviate comunque.
held-why = { $reason ->
    [no-engine] questo sportello non ha la traduzione automatica, il messaggio arriverebbe così come l'avete scritto.
    [off] la traduzione automatica è spenta per questa richiesta, il messaggio arriverebbe così come l'avete scritto.
    [verbatim] con «=» all'inizio il messaggio arriverebbe così come l'avete scritto, senza traduzione.
    [caption] la didascalia non viene tradotta, arriverebbe così come l'avete scritta.
   *[other] la traduzione automatica non è riuscita ({ $note }), il messaggio arriverebbe in italiano.
}
held-button-send = 📤 Invia comunque
held-button-drop = ✖️ Non inviare
held-sent = 📤 Inviato così com'è, confermato da { $name }.
held-dropped = ✖️ Non inviato ({ $name }).
held-replaced = ⚡ Al posto del messaggio: risposta rapida inviata da { $name } (in { $language }): «{ $text }»
held-already = Già deciso: { $by }.
held-closed = La richiesta è chiusa: il messaggio non è stato inviato.

## On the card and beside the resident's words: whether texts are translated

card-language-no-engine = 🌐 Nessuna traduzione automatica: { $name } ha scelto di leggere in { $language }. Prima di inviare un testo vi avvisiamo; le risposte rapide ⚡ arrivano in { $language }.
untranslated-mark = 🌐 <i>non tradotto · { $language }</i>

## Quick replies that do not fit the request are not offered

quick-replies-hidden = <i>Non proposte perché non adatte: { $list }.</i>
quick-reply-unfit = { $why ->
    [no-phone] nessun numero di telefono
   *[home-visit] ha chiesto una visita a casa
}
