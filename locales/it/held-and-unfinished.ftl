held-ask = Vuole mandare questo messaggio allo sportello?
held-yes = 📨 Sì, lo mando
held-no = No, grazie
held-not-sent = Va bene, non l'ho mandato.
closed-still-help = La Sua richiesta numero { $number } è chiusa. Ha ancora bisogno di aiuto?
closed-help-yes = 🙋 Sì, ho bisogno di aiuto
closed-help-no = 🙏 No, volevo solo ringraziare
closed-thanks = Grazie a Lei! Lo diciamo allo sportello.
unfinished-request = Ha una richiesta non ancora mandata. Vuole continuarla o cancellarla?
unfinished-continue = ▶️ Continuo
unfinished-discard = 🗑 La cancello
unfinished-continued = Bene, continuiamo: risponda alla domanda qui sopra.
unfinished-discarded = Ho cancellato la richiesta non mandata.
# A form begun before this chat was updated cannot go on (its state was kept the old way): it is closed, nothing sent.
req-form-lost = Mi scusi: questa chat è stata aggiornata e la richiesta che stava scrivendo si è chiusa. Non è stato inviato nulla. Può ricominciare quando vuole.
