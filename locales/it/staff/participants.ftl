# ESF+ (FSE+): i partecipanti per il finanziatore, con gli indicatori comuni dell'allegato I del
# regolamento (UE) 2021/1057. Solo numeri: nessun nome esce dallo sportello.

## /export: i file per il finanziatore

esf-csv-file = fse-partecipanti-{ $span }.csv
esf-csv-caption = 🇪🇺 FSE+, partecipanti entrati dal { $from } al { $to }: { $participants } (indicatori dell'allegato I per genere; celle sotto 5 come «< 5»; senza nomi).
esf-summary-file = fse-riepilogo-{ $span }.png
esf-summary-caption = 🇪🇺 Riepilogo FSE+ dal { $from } al { $to }, su una pagina, con i numeri dello sportello nello stesso periodo.
esf-export-audit = FSE+ { $first }..{ $last } · { $whose }
esf-csv-header = ambito|indicatore|donne|uomini|persone non binarie|genere non dichiarato|totale|risposta non data
esf-scope-all = Tutte le attività
esf-listening-desk = Sportello di ascolto
esf-whose-network = tutta la rete

## Gli indicatori, con le parole del regolamento

esf-row-total = Numero totale di partecipanti
esf-row-unemployed = Disoccupati, compresi i disoccupati di lungo periodo
esf-row-long-term-unemployed = Disoccupati di lungo periodo
esf-row-inactive = Persone inattive
esf-row-employed = Persone che svolgono un lavoro, compresi i lavoratori autonomi
esf-row-under-18 = Minori di 18 anni
esf-row-18-29 = Giovani di età compresa tra 18 e 29 anni
esf-row-55-plus = Partecipanti di età pari o superiore a 55 anni
esf-row-isced-0-2 = Istruzione secondaria inferiore o meno (ISCED 0-2)
esf-row-isced-3-4 = Istruzione secondaria superiore o post-secondaria (ISCED 3-4)
esf-row-isced-5-8 = Istruzione terziaria (ISCED 5-8)
esf-row-disability = Partecipanti con disabilità
esf-row-third-country = Cittadini di paesi terzi
esf-row-foreign-background = Partecipanti di origine straniera
esf-row-minority = Minoranze (comprese le comunità emarginate come i rom)
esf-row-homeless = Persone senza dimora o colpite da esclusione abitativa
esf-row-rural = Partecipanti provenienti da zone rurali
esf-row-declined-sheet = Scheda rifiutata (contati nel totale, nessuna risposta)
esf-row-unanswered-sheet = Scheda non compilata (contati nel totale, nessuna risposta)

## Il riepilogo su una pagina (PNG)

esf-summary-title = FSE+ · Partecipanti entrati dal { $from } al { $to }
esf-summary-subtitle = Allegato I, reg. (UE) 2021/1057 · { $whose } · contati all'ingresso (prima presenza segnata)
esf-col-woman = Donne
esf-col-man = Uomini
esf-col-non-binary = Persone non binarie
esf-col-gender-undeclared = Genere non dichiarato
esf-col-total = Totale
esf-col-undeclared = Risposta non data
esf-note-sheets = Schede rifiutate: { $declined } · schede non compilate: { $unanswered } (contate nel totale, senza risposte).
esf-note-small = Le celle con meno di 5 persone sono indicate come «< 5», perché nessuno sia riconoscibile.
esf-activities-title = Partecipanti per attività
esf-desk-title = Lo sportello nello stesso periodo
esf-desk-requests = 📨 Richieste ricevute: { $opened } · chiuse: { $closed } · per categoria: { $categories }
esf-desk-first-answer = ⏱ Prima risposta (mediana, in orario di apertura): { $hours } ore lavorative
esf-desk-visits = 🏠 Visite a domicilio fatte: { $done } (con orario concordato: { $planned })
esf-desk-lessons = 🗓 Lezioni tenute: { $sessions } · presenze: { $present } su { $marked } segnate
esf-desk-neighbourhood = 📣 Annunci inviati: { $announcements } · 🏢 segnalazioni sulle parti comuni: { $reports } (risolte: { $fixed })
esf-summary-footer = NOI Desk · creato il { $made } · solo numeri, nessun nome

## /scheda: la scheda compilata allo sportello per chi non usa la chat

esf-desk-off = La scheda FSE+ non è attiva: il file dello sportello (data/desk.json) non ha la sezione «participants».
esf-desk-private-only = La scheda si compila in una chat privata con il bot, così nessun altro legge le risposte: scrivimi /scheda in privato.
esf-desk-activity = 📋 Scheda FSE+ per una persona che non usa la chat. A quale attività partecipa?
esf-desk-cancelled = Scheda annullata: quell'attività non è più tra le tue.
esf-desk-consent = La persona ha firmato il consenso sul modulo cartaceo (per che cosa servono i dati, chi vede i numeri, come cancellarli)?
esf-desk-consent-yes = ✅ Sì, ha firmato
esf-desk-consent-no = ✖️ No: non compilare
esf-desk-not-filled = Va bene: nessuna scheda salvata.
esf-desk-sensitive = Ha dato anche il consenso esplicito, per iscritto, alle domande su salute e origine (dati particolari)?
esf-desk-sensitive-no = ✖️ No: salta queste domande
esf-desk-declined = 🤐 Non vuole rispondere
esf-desk-saved = ✅ Scheda FSE+ n. { $number } salvata ({ $activity }, entrata oggi). Scrivi il numero sul modulo cartaceo: il nome non si salva qui.
esf-q-gender = La persona è…
esf-q-age = Quanti anni ha?
esf-q-labour = Lavora?
esf-q-joblessFor = Da quanto tempo cerca lavoro?
esf-q-education = Fino a che scuola ha studiato?
esf-q-thirdCountry = Ha la cittadinanza di un paese fuori dall'Unione europea?
esf-q-foreignBackground = Lei, o uno dei suoi genitori, è nato fuori dall'Italia?
esf-q-homeless = È senza una casa stabile (per strada, in dormitorio, ospite, o con uno sfratto)?
esf-q-disability = Ha una disabilità?
esf-q-minority = Fa parte di una minoranza, per esempio rom o sinti?
