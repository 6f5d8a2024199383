# Traducere automată și transcrierea mesajelor vocale (vezi docs/engines.md).

translation-machine-note = 🌐 Traducere automată. Dacă ceva nu este clar, întrebați-ne.
privacy-engines-local = 🌐 <b>Traducere automată</b>: un program de pe calculatorul biroului traduce în italiană ce scrieți și transformă mesajele vocale în text. Mesajele nu ies din birou.
privacy-engines-remote = 🌐 <b>Traducere automată</b>: ce scrieți și mesajele vocale ajung la { $service }, care le traduce în italiană (și traduce răspunsurile biroului în limba aleasă). Nu trimitem numele și nici numărul de telefon.
mydata-transcript = Textul mesajului vocal (automat)
mydata-translation = Traducere automată
