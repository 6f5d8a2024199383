# La scheda del partecipante per il Fondo sociale europeo Plus (FSE+): solo numeri, mai nomi.
# Una sola select su $who intorno a tutto il testo: «child» quando un genitore risponde per il figlio ($child).

ps-intro =
    { $who ->
        [child]
            📊 Qualche domanda su { $child }, per chi finanzia lo sportello
            Lo sportello è pagato dal Fondo sociale europeo Plus tramite la Regione Piemonte, che chiede di contare chi partecipa: donne e uomini, età, studi. Risponde Lei per { $child }.
            • Dallo sportello escono solo i numeri, mai il nome.
            • A ogni domanda può rispondere «Preferisco non dirlo».
            • Può vedere le risposte con /mydata e cancellarle con /forget.
            Vuole rispondere? Ci vuole un minuto.
       *[self]
            📊 Qualche domanda per chi finanzia lo sportello
            Lo sportello è pagato dal Fondo sociale europeo Plus tramite la Regione Piemonte, che chiede di contare chi partecipa: donne e uomini, età, lavoro, studi.
            • Dallo sportello escono solo i numeri, mai il Suo nome.
            • A ogni domanda può rispondere «Preferisco non dirlo».
            • Può vedere le risposte con /mydata e cancellarle con /forget.
            Vuole rispondere? Ci vuole un minuto.
    }
ps-consent-yes = ✅ Sì, rispondo
ps-consent-no = No, grazie
ps-declined = Va bene: non salviamo niente e non Le chiediamo più nulla. La prenotazione resta valida.
ps-done = Grazie! Le risposte sono salvate: può vederle con /mydata e cancellarle con /forget.

ps-q-gender =
    { $who ->
        [child] { $child } è…
       *[self] Lei è…
    }
ps-q-age =
    { $who ->
        [child] Quanti anni ha { $child }?
       *[self] Quanti anni ha?
    }
ps-q-labour =
    { $who ->
        [child] { $child } lavora?
       *[self] Lavora?
    }
ps-q-joblessFor =
    { $who ->
        [child] Da quanto tempo { $child } cerca lavoro?
       *[self] Da quanto tempo cerca lavoro?
    }
ps-q-education =
    { $who ->
        [child] Fino a che scuola ha studiato { $child }, finora?
       *[self] Fino a che scuola ha studiato?
    }
ps-q-thirdCountry =
    { $who ->
        [child] { $child } ha la cittadinanza di un paese fuori dall'Unione europea?
       *[self] Ha la cittadinanza di un paese fuori dall'Unione europea?
    }
ps-q-foreignBackground =
    { $who ->
        [child] { $child } o uno dei suoi genitori sono nati fuori dall'Italia?
       *[self] Il Suo paese di nascita, o quello di uno dei Suoi genitori, è fuori dall'Italia?
    }
ps-q-homeless =
    { $who ->
        [child] { $child } è senza una casa stabile (per strada, in dormitorio, ospite da altre persone, o a rischio di sfratto)?
       *[self] È senza una casa stabile (per strada, in dormitorio, ospite da altre persone, o a rischio di sfratto)?
    }
ps-q-disability =
    { $who ->
        [child] { $child } ha una disabilità?
       *[self] Ha una disabilità?
    }
ps-q-minority =
    { $who ->
        [child] { $child } fa parte di una minoranza, per esempio rom o sinti?
       *[self] Fa parte di una minoranza, per esempio rom o sinti?
    }

ps-a-woman = Femmina
ps-a-man = Maschio
ps-a-non-binary = Non binario
ps-a-under-18 = Meno di 18 anni
ps-a-18-24 = 18–24 anni
ps-a-25-29 = 25–29 anni
ps-a-30-54 = 30–54 anni
ps-a-55-plus = 55 anni o più
ps-a-employed = 💼 Sì (anche in proprio)
ps-a-unemployed = 🔎 No, ma cerca lavoro
ps-a-inactive = 🏠 No, e non cerca lavoro
ps-a-under-6m = Meno di 6 mesi
ps-a-6-12m = Da 6 a 12 mesi
ps-a-over-12m = Più di 12 mesi
ps-a-isced-0-2 = Fino alla scuola media
ps-a-isced-3-4 = Diploma o corso professionale
ps-a-isced-5-8 = Università o più
ps-a-yes = Sì
ps-a-no = No
ps-a-declined = 🤐 Preferisco non dirlo

ps-sensitive-intro =
    { $who ->
        [child]
            Ancora due domande, su salute e origine di { $child }. Sono domande delicate: le facciamo solo se dice di sì, e le risposte contano solo come numeri.
            Vuole rispondere anche a queste?
       *[self]
            Ancora due domande, su salute e origine. Sono domande delicate: le facciamo solo se dice di sì, e le risposte contano solo come numeri.
            Vuole rispondere anche a queste?
    }
ps-sensitive-yes = ✅ Sì, rispondo anche a queste
ps-sensitive-no = No, le salto

ps-mydata-title = Domande per chi finanzia lo sportello (FSE+)
ps-mydata-self = Su di Lei
ps-mydata-child = Su { $child }
ps-mydata-declined = Ha detto di no: non abbiamo salvato risposte.
ps-mydata-pending = Nessuna risposta.
ps-mydata-sensitive = Ha accettato di rispondere alle domande su salute e origine.
ps-label-gender = Genere
ps-label-age = Età
ps-label-labour = Lavoro
ps-label-joblessFor = Cerca lavoro da
ps-label-education = Studi
ps-label-thirdCountry = Cittadinanza fuori dall'UE
ps-label-foreignBackground = Nascita fuori dall'Italia (la persona o un genitore)
ps-label-homeless = Senza casa stabile
ps-label-disability = Disabilità
ps-label-minority = Minoranza
