# Traduzione automatica e trascrizione dei vocali (vedi docs/engines.md).

# Sotto una risposta dello sportello tradotta automaticamente nella lingua della persona.
translation-machine-note = 🌐 Traduzione automatica. Se qualcosa non è chiaro, ci chieda pure.
# Nell'informativa privacy, quando i programmi di traduzione girano sul server dello sportello.
privacy-engines-local = 🌐 <b>Traduzione automatica</b>: un programma sul computer dello sportello traduce in italiano quello che scrive e mette per iscritto i Suoi messaggi vocali. I Suoi messaggi non escono dallo sportello.
# Nell'informativa privacy, quando un servizio esterno traduce o trascrive.
privacy-engines-remote = 🌐 <b>Traduzione automatica</b>: quello che scrive e i Suoi messaggi vocali vanno a { $service }, che li traduce in italiano (e traduce nella Sua lingua le risposte dello sportello). Non mandiamo il Suo nome né il numero di telefono.
mydata-transcript = Testo del messaggio vocale (automatico)
mydata-translation = Traduzione automatica
