# Staff type the right value of a fact read from a letter (✏️ on the letter's post), issue 33.
board-letter-correct-ask = ✏️ <b>Correggi il fatto { $n }</b> della lettera (richiesta #{ $id }): { $label }, letto come { $value }.
    Scrivi qui il valore giusto, per esempio { $example }. Il valore non viene inviato al residente così com'è: riceve i fatti confermati nella sua lingua quando li avete controllati tutti. /cancel per uscire.
board-letter-correct-cancel = ✖️ Annulla
board-letter-correct-cancelled = Correzione annullata: il fatto resta com'era.
board-letter-correct-invalid = Non riesco a leggerlo come valore valido. Scrivilo per esempio così: { $example } (oppure /cancel).
board-letter-corrected = ✏️ Fatto { $n } corretto: { $value }.
board-letter-correct-busy = Hai un altro modulo aperto: finiscilo o scrivi /cancel, poi premi di nuovo ✏️.
board-letter-read-was = letto: { $value }
board-letter-correct-example-amount = <code>1.248,60</code>
board-letter-correct-example-deadline = <code>15/01/2027</code>
board-letter-correct-example-date = <code>15/01/2027</code>
board-letter-correct-example-appointment = <code>14/12/2026 10:30</code> (o solo la data)
board-letter-correct-example-pagopa = <code>302104000123456789</code> (18 cifre)
board-letter-correct-example-iban = <code>IT60X0542811101000000123456</code> (con le cifre di controllo giuste)
board-letter-correct-example-protocol = <code>2026/0012345</code>
