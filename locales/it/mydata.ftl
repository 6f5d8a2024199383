# La copia dei dati (/mydata): un documento di testo che la persona legge nella sua lingua.

mydata-title = I Suoi dati allo sportello N.O.I.
mydata-exported = Copia fatta il { $date }
mydata-controller = Chi conserva i dati: lo sportello N.O.I. per la casa, via Gandolfi 20, Alessandria.
mydata-nothing = Non abbiamo nessun dato su di Lei.
mydata-section-you = Chi è Lei
mydata-name = Nome
mydata-language = Lingua
mydata-phone = Telefono
mydata-first-contact = Primo contatto
mydata-consent = Ha accettato l'informativa sulla privacy (versione { $version }) il { $date }.
mydata-consent-none = Non ha ancora accettato l'informativa sulla privacy.
mydata-section-requests = Le Sue richieste allo sportello
mydata-requests-none = Nessuna richiesta.
mydata-request = Richiesta n. { $number }
mydata-opened = Aperta
mydata-closed = Chiusa
mydata-visit-desk = Dove: allo sportello
mydata-visit-home = Dove: visita a casa
mydata-address = Indirizzo
mydata-location = Posizione mandata
mydata-contact-chat = Contatto: in questa chat
mydata-contact-phone = Contatto: per telefono
mydata-content-erased = I testi di questa richiesta sono già stati cancellati.
mydata-from-you = Lei
mydata-from-desk = Sportello
mydata-forwarded = inoltrato da { $name }
mydata-forwarded-hidden = inoltrato, mittente nascosto
mydata-kind-voice = messaggio vocale
mydata-kind-photo = foto
mydata-kind-document = documento
mydata-kind-audio = audio
mydata-kind-video = video
mydata-kind-video_note = videomessaggio
mydata-kind-location = posizione
mydata-kind-other = altro
mydata-notes-exist = Gli operatori hanno scritto anche note di lavoro interne su questa richiesta: non sono in questa copia.
mydata-section-bookings = Le Sue prenotazioni
mydata-bookings-none = Nessuna prenotazione.
mydata-booking-booked = prenotata
mydata-booking-waiting = in lista d'attesa
mydata-booking-offered = posto offerto
mydata-booking-cancelled = annullata
mydata-booking-expired = offerta scaduta
mydata-booking-declined = offerta rifiutata
mydata-attendance-present = presente
mydata-attendance-absent = assente
mydata-child = Bambino/a: { $name }, { $class }, { $subject }
mydata-section-kept = Per quanto tempo teniamo i dati
mydata-retention =
    Cancelliamo i testi delle richieste chiuse dopo { $days ->
        [one] { $days } giorno
       *[other] { $days } giorni
    }. Se non usa lo sportello per { $days ->
        [one] { $days } giorno
       *[other] { $days } giorni
    }, cancelliamo anche il nome, il telefono, gli indirizzi e i nomi dei bambini: restano solo numeri anonimi per le statistiche.
mydata-notes-general = Gli operatori scrivono anche note di lavoro interne, per organizzarsi: esistono, ma non sono in questa copia. Per saperne di più, venga allo sportello.
# The name of the /mydata file, as the person sees it in their chat.
mydata-file-name = dati-sportello-NOI.txt
