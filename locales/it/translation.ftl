# Traduzione automatica e trascrizione dei vocali (vedi docs/engines.md).

# Sotto una risposta dello sportello tradotta automaticamente nella lingua della persona.
translation-machine-note = 🌐 Traduzione automatica. Se qualcosa non è chiaro, chiedeteci pure.
# Nell'informativa privacy, quando i programmi di traduzione girano sul server dello sportello.
privacy-engines-local = 🌐 <b>Traduzione automatica</b>: un programma sul computer dello sportello traduce in italiano quello che scrivete e scrive il testo dei vostri messaggi vocali. I vostri messaggi non escono dallo sportello.
# Nell'informativa privacy, quando un servizio esterno traduce o trascrive.
privacy-engines-remote = 🌐 <b>Traduzione automatica</b>: quello che scrivete e i vostri messaggi vocali vanno a { $service } per la traduzione in italiano (e le risposte dello sportello nella vostra lingua). Non mandiamo il vostro nome né il numero di telefono.
mydata-transcript = Testo del messaggio vocale (automatico)
mydata-translation = Traduzione automatica
