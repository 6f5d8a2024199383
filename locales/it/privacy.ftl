# Privacy: cosa teniamo, copia dei dati, cancellazione.

# One select on $days around the whole text: a select inside the sentence would be wrapped in bidi marks.
privacy-details =
    { $days ->
        [one]
            <b>I tuoi dati allo sportello N.O.I.</b>
            <b>Cosa teniamo</b>: il tuo nome di Telegram, la lingua, il telefono se ce lo mandi, quello che scrivi allo sportello (testi, vocali, foto), le prenotazioni. Dei bambini solo nome e classe.
            <b>Perché</b>: per rispondere alle tue richieste e organizzare corsi e doposcuola.
            <b>Chi li vede</b>: solo gli operatori dello sportello, nel loro gruppo Telegram. Non li diamo ad altri senza chiederti.
            <b>Per quanto</b>: i testi delle richieste chiuse si cancellano dopo { $days } giorno. Se non usi lo sportello per { $days } giorno, cancelliamo anche il tuo nome, il telefono, gli indirizzi e i nomi dei bambini: restano solo numeri anonimi per le statistiche.
            /mydata – ricevi una copia di tutti i tuoi dati
            /forget – cancella i tuoi dati
       *[other]
            <b>I tuoi dati allo sportello N.O.I.</b>
            <b>Cosa teniamo</b>: il tuo nome di Telegram, la lingua, il telefono se ce lo mandi, quello che scrivi allo sportello (testi, vocali, foto), le prenotazioni. Dei bambini solo nome e classe.
            <b>Perché</b>: per rispondere alle tue richieste e organizzare corsi e doposcuola.
            <b>Chi li vede</b>: solo gli operatori dello sportello, nel loro gruppo Telegram. Non li diamo ad altri senza chiederti.
            <b>Per quanto</b>: i testi delle richieste chiuse si cancellano dopo { $days } giorni. Se non usi lo sportello per { $days } giorni, cancelliamo anche il tuo nome, il telefono, gli indirizzi e i nomi dei bambini: restano solo numeri anonimi per le statistiche.
            /mydata – ricevi una copia di tutti i tuoi dati
            /forget – cancella i tuoi dati
    }
mydata-caption = Ecco tutto quello che teniamo su di te.
forget-confirm =
    Vuoi davvero cancellare i tuoi dati?
    Cancelliamo il tuo nome, il telefono, quello che hai scritto allo sportello e i nomi dei bambini. Le tue prenotazioni vengono annullate. Non si può tornare indietro.
forget-yes = 🗑 Sì, cancella i miei dati
forget-no = No, tienili
forget-done = Fatto: i tuoi dati sono cancellati. Se scrivi di nuovo, ricominciamo da capo.
forget-kept = Va bene, non ho cancellato niente.
input-too-large = Questo file è troppo grande (massimo { $max } MB).
cmd-mydata = I miei dati
cmd-forget = Cancella i miei dati
store-limit-request = Hai già mandato molti messaggi su questa richiesta (massimo { $max }): i prossimi non li salviamo. Lo sportello ha ricevuto tutto e ti risponde. Se è urgente, vieni allo sportello in { $address }.
store-limit-day = Oggi hai già mandato molti messaggi (massimo { $max } in un giorno): fino a domani non salviamo i prossimi. Se è urgente, vieni allo sportello in { $address }.
