# Privacy: cosa teniamo, copia dei dati, cancellazione.

# One select on $days around the whole text: a select inside the sentence would be wrapped in bidi marks.
privacy-details =
    { $days ->
        [one]
            <b>I Suoi dati allo sportello N.O.I.</b>
            <b>Cosa teniamo</b>: il Suo nome di Telegram, la lingua, il telefono se ce lo manda, quello che scrive allo sportello (testi, vocali, foto), le prenotazioni. Dei bambini solo nome e classe.
            <b>Perché</b>: per rispondere alle Sue richieste e organizzare corsi e doposcuola.
            <b>Chi li vede</b>: solo gli operatori dello sportello, nel loro gruppo Telegram. Non li diamo ad altri senza chiederLe il permesso.
            <b>Per quanto tempo</b>: i testi delle richieste chiuse si cancellano dopo { $days } giorno. Se non usa lo sportello per { $days } giorno, cancelliamo anche il Suo nome, il telefono, gli indirizzi e i nomi dei bambini: restano solo numeri anonimi per le statistiche.
            /mydata – una copia di tutti i Suoi dati
            /forget – cancellare i Suoi dati
       *[other]
            <b>I Suoi dati allo sportello N.O.I.</b>
            <b>Cosa teniamo</b>: il Suo nome di Telegram, la lingua, il telefono se ce lo manda, quello che scrive allo sportello (testi, vocali, foto), le prenotazioni. Dei bambini solo nome e classe.
            <b>Perché</b>: per rispondere alle Sue richieste e organizzare corsi e doposcuola.
            <b>Chi li vede</b>: solo gli operatori dello sportello, nel loro gruppo Telegram. Non li diamo ad altri senza chiederLe il permesso.
            <b>Per quanto tempo</b>: i testi delle richieste chiuse si cancellano dopo { $days } giorni. Se non usa lo sportello per { $days } giorni, cancelliamo anche il Suo nome, il telefono, gli indirizzi e i nomi dei bambini: restano solo numeri anonimi per le statistiche.
            /mydata – una copia di tutti i Suoi dati
            /forget – cancellare i Suoi dati
    }
mydata-caption = Ecco tutto quello che teniamo su di Lei.
forget-confirm =
    Vuole davvero cancellare i Suoi dati?
    Cancelliamo il Suo nome, il telefono, quello che ha scritto allo sportello e i nomi dei bambini. Le Sue prenotazioni vengono annullate. Non si può tornare indietro.
forget-yes = 🗑 Sì, cancellate i miei dati
forget-no = No, li tengo
forget-done = Fatto: i Suoi dati sono cancellati. Se scrive di nuovo, ricominciamo da capo.
forget-kept = Va bene, non ho cancellato niente.
input-too-large = Questo file è troppo grande (massimo { $max } MB).
cmd-mydata = I miei dati
cmd-forget = Cancellare i miei dati
store-limit-request = Ha già mandato molti messaggi su questa richiesta (massimo { $max }): i prossimi non li salviamo. Lo sportello ha ricevuto tutto e Le risponde. Se è urgente, venga allo sportello in { $address }.
store-limit-day = Oggi ha già mandato molti messaggi (massimo { $max } in un giorno): fino a domani non salviamo i prossimi. Se è urgente, venga allo sportello in { $address }.
