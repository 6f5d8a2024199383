# Sportello di ascolto: il residente scrive allo sportello.

cat-housing = 🏠 Casa e manutenzione ATC
cat-rent = 💶 Affitto, bollette e documenti
cat-social = 🤝 Servizi sociali
cat-health = 🩺 Servizi sanitari
cat-homecare = 🧓 Infermiere o badante a casa
cat-school = 🎒 Scuola e bambini
cat-neighbours = 🏢 Vicini e sicurezza
cat-other = ❓ Altro

req-choose-category = Di cosa hai bisogno? Scegli un argomento.
req-describe =
    Racconta cosa succede.
    Puoi scrivere, mandare un vocale 🎤 o una foto 📷, anche più messaggi.
    Quando hai finito premi «Fatto».
req-done = ✅ Fatto
req-piece-received = Ricevuto. Puoi aggiungere altro, o premere «Fatto».
req-describe-empty = Prima scrivi o manda un vocale, poi premi «Fatto».
req-description-too-long = È troppo lungo per una richiesta. Scrivi le cose più importanti; il resto lo dirai all'operatore.
req-visit-question = Puoi venire allo sportello, in { $address }?
req-visit-desk = 🚶 Sì, vengo allo sportello
req-visit-home = 🏠 No, venite a casa mia
req-address-question = Scrivi il tuo indirizzo (via, numero, scala, piano), oppure manda la tua posizione.
req-share-location = 📍 Manda la mia posizione
req-address-too-long = L'indirizzo è troppo lungo. Scrivi solo via, numero, scala e piano.
req-contact-question = Come preferisci essere contattato?
req-contact-chat = 💬 Qui in chat
req-contact-phone = 📞 Con una telefonata
req-share-phone-prompt = Premi il bottone qui sotto per mandarci il tuo numero di telefono.
req-share-phone = 📞 Manda il mio numero
req-share-phone-own = Per favore manda il tuo numero con il bottone qui sotto.
req-summary =
    <b>Controlla la tua richiesta</b>
    Argomento: { $category }
    Hai mandato: { $pieces ->
        [one] 1 messaggio
       *[other] { $pieces } messaggi
    }
    Visita: { $visit }
    Contatto: { $contact }
req-summary-visit-desk = allo sportello
req-summary-visit-home = a casa: { $address }
req-summary-location = posizione mandata
req-summary-contact-chat = in chat
req-summary-contact-phone = telefono { $phone }
req-send = 📨 Invia
req-edit = ✏️ Modifica
req-cancel = ✖️ Annulla
req-edit-what = Cosa vuoi cambiare?
req-edit-category = Argomento
req-edit-description = Messaggi
req-edit-visit = Visita
req-edit-contact = Contatto
req-sent =
    Fatto! La tua richiesta ha il numero { $number }.
    Un operatore ti risponderà qui. Puoi continuare a scrivere qui: arriva allo sportello.
req-already-open = Hai già una richiesta aperta (numero { $number }). Scrivi qui: il tuo messaggio arriva all'operatore.

relay-delivered = ✔️ Inviato allo sportello.
relay-staff-prefix = 💬 Sportello N.O.I.:
request-closed-notice = La tua richiesta numero { $number } è stata chiusa. Se ti serve altro, scrivi qui.
request-reopened = Ho riaperto la richiesta numero { $number }. Il tuo messaggio è arrivato allo sportello.

my-requests-title = <b>Le tue richieste</b>
my-requests-none = Non hai richieste.
my-request-line = Numero { $number } · { $category } · { $status } · { $date }
status-open = in attesa
status-taken = presa in carico
status-closed = chiusa

staff-only = Questa funzione è solo per gli operatori dello sportello.

qr-call-back = Abbiamo ricevuto la tua richiesta. Ti chiameremo entro due giorni lavorativi.
qr-bring-documents = Vieni allo sportello in { $address }, negli orari di apertura, con il contratto ATC e un documento d'identità.
qr-more-info = Abbiamo bisogno di qualche informazione in più. Puoi spiegarci meglio, anche con un vocale?
qr-home-visit = Un operatore verrà a casa tua. Ti diremo prima il giorno e l'ora.
qr-social-services = Abbiamo passato la tua richiesta ai servizi sociali del Comune. Ti contatteranno loro.
qr-nurse = L'infermiere di quartiere ha ricevuto la tua richiesta e ti contatterà presto.
qr-hours = Lo sportello è aperto:
    { $hours }
qr-solved = Pensiamo che il problema sia risolto. Se hai ancora bisogno, scrivi qui.
