# Sportello di ascolto: il residente scrive allo sportello.

cat-housing = 🏠 Casa e manutenzione ATC
cat-rent = 💶 Affitto, bollette e documenti
cat-social = 🤝 Servizi sociali
cat-health = 🩺 Servizi sanitari
cat-homecare = 🧓 Infermiere o badante a casa
cat-school = 🎒 Scuola e bambini
cat-neighbours = 🏢 Vicini e sicurezza
cat-other = ❓ Altro

req-choose-category = Di cosa ha bisogno? Scelga un argomento.
req-describe =
    Racconti cosa succede.
    Può scrivere, mandare un vocale 🎤 o una foto 📷, anche più messaggi.
    Quando ha finito prema «Fatto».
req-done = ✅ Fatto
req-piece-received = Ricevuto. Può aggiungere altro, o premere «Fatto».
req-describe-empty = Prima scriva o mandi un vocale, poi prema «Fatto».
req-description-too-long = È troppo lungo per una richiesta. Scriva le cose più importanti; il resto lo dirà all'operatore.
req-visit-question = Può venire allo sportello, in { $address }?
req-visit-desk = 🚶 Sì, vengo allo sportello
req-visit-home = 🏠 No, venite a casa mia
req-address-question = Scriva il Suo indirizzo (via, numero, scala, piano), oppure mandi la Sua posizione.
req-share-location = 📍 Mando la mia posizione
req-address-too-long = L'indirizzo è troppo lungo. Scriva solo via, numero, scala e piano.
req-contact-question = Come preferisce che La contattiamo?
req-contact-chat = 💬 Qui in chat
req-contact-phone = 📞 Con una telefonata
req-share-phone = 📞 Mando il mio numero
req-share-phone-own = Per favore mandi il Suo numero con il bottone qui sotto.
req-summary =
    <b>Controlli la Sua richiesta</b>
    Argomento: { $category }
    Ha mandato: { $pieces ->
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
req-send = 📨 Mando la richiesta
req-edit = ✏️ Modifica
req-cancel = ✖️ Annulla
req-edit-what = Cosa vuole cambiare?
req-edit-category = Argomento
req-edit-description = Messaggi
req-edit-visit = Visita
req-edit-contact = Contatto
req-sent =
    Fatto! La Sua richiesta ha il numero { $number }.
    Un operatore Le risponderà qui. Può continuare a scrivere qui: arriva allo sportello.
req-already-open = Ha già una richiesta aperta (numero { $number }). Scriva qui: il Suo messaggio arriva all'operatore.

relay-delivered = ✔️ Inviato allo sportello.
relay-staff-prefix = 💬 Sportello N.O.I.:
request-closed-notice = La Sua richiesta numero { $number } è stata chiusa. Se Le serve altro, scriva qui.
request-reopened = Ho riaperto la richiesta numero { $number }. Il Suo messaggio è arrivato allo sportello.

my-requests-title = <b>Le Sue richieste</b>
my-requests-none = Non ha richieste.
my-request-line = Numero { $number } · { $category } · { $status } · { $date }
status-open = in attesa
status-taken = un operatore se ne occupa
status-closed = chiusa

staff-only = Questa funzione è solo per gli operatori dello sportello.

qr-call-back = Abbiamo ricevuto la Sua richiesta. La chiameremo entro due giorni lavorativi.
qr-bring-documents = Venga allo sportello in { $address }, negli orari di apertura, con il contratto ATC e un documento d'identità.
qr-more-info = Abbiamo bisogno di qualche informazione in più. Può spiegarci meglio, anche con un vocale?
qr-home-visit = Un operatore verrà a casa Sua. Le diremo prima il giorno e l'ora.
qr-social-services = Abbiamo passato la Sua richiesta ai servizi sociali del Comune. La contatteranno loro.
qr-nurse = L'infermiere di quartiere ha ricevuto la Sua richiesta e La contatterà presto.
qr-hours = Lo sportello è aperto:
    { $hours }
qr-solved = Pensiamo che il problema sia risolto. Se ha ancora bisogno, scriva qui.
