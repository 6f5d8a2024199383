# Traducere automată și transcrierea mesajelor vocale (vezi docs/engines.md).

translation-machine-note = 🌐 Traducere automată. Dacă ceva nu este clar, întrebați-ne.
privacy-engines-local = 🌐 <b>Traducere automată</b>: un program de pe calculatorul biroului traduce în italiană ce scrieți și scrie textul mesajelor vocale. Mesajele nu ies din birou.
privacy-engines-remote = 🌐 <b>Traducere automată</b>: ce scrieți și mesajele vocale ajung la { $service } pentru traducerea în italiană (iar răspunsurile biroului în limba dumneavoastră). Nu trimitem numele și nici numărul de telefon.
mydata-transcript = Textul mesajului vocal (automat)
mydata-translation = Traducere automată
