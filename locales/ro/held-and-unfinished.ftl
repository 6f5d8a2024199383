held-ask = Vreți să trimiteți acest mesaj la birou?
held-yes = 📨 Da, îl trimit
held-no = Nu, mulțumesc
held-not-sent = Bine, nu l-am trimis.
closed-still-help = Cererea cu numărul { $number } este închisă. Mai aveți nevoie de ajutor?
closed-help-yes = 🙋 Da, am nevoie de ajutor
closed-help-no = 🙏 Nu, voiam doar să mulțumesc
closed-thanks = Mulțumim și noi! Le spunem celor de la birou.
unfinished-request = Aveți o cerere pe care nu ați trimis-o încă. Vreți s-o continuați sau s-o ștergeți?
unfinished-continue = ▶️ Vreau să continui
unfinished-discard = 🗑 Vreau s-o șterg
unfinished-continued = Bine, continuăm: răspundeți la întrebarea de mai sus.
unfinished-discarded = Am șters cererea netrimisă.
# A form begun before this chat was updated cannot go on (its state was kept the old way): it is closed, nothing sent.
req-form-lost = Ne pare rău: această conversație a fost actualizată, iar cererea pe care o scriați s-a închis. Nu s-a trimis nimic. Puteți începe din nou oricând.
