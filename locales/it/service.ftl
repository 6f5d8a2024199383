# Livelli di servizio: sportello chiuso, orari e chiusure, la domanda sulla soddisfazione dopo la chiusura.

closed-notice = Lo sportello ora è chiuso. Leggeremo il Suo messaggio { $day } dalle { $time }.
closed-notice-later = Lo sportello ora è chiuso. Leggeremo il Suo messaggio appena riapre.
closed-urgent = Se è urgente, chiami il 112.
closed-urgent-social = Se è urgente, chiami il 112 oppure il pronto intervento sociale del Comune: { $number }.
hours-holidays = Chiuso nei giorni festivi.
hours-holidays-patron = Chiuso nei giorni festivi e il { $day }, festa del santo patrono della città.
hours-closure = Chiuso dal { $from } al { $to }.
sat-question = La Sua richiesta numero { $number } è chiusa. Siamo riusciti ad aiutarLa?
sat-yes = 😊 Sì
sat-partly = 😐 In parte
sat-no = 🙁 No
sat-thanks = Grazie per la risposta! Se vuole, ci racconti di più: scriva un messaggio o mandi un vocale. Lo leggerà lo sportello.
sat-comment-thanks = Grazie, lo abbiamo passato allo sportello.
sat-expired = Ha già risposto. Grazie!

# A range of opening hours, "9:00–12:00".
hours-range = { $from }–{ $to }
