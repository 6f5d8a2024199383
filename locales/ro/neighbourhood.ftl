## Cartierul: anunțuri și evenimente ale biroului, pentru cei care le-au cerut

menu-news = 📣 Noutăți de la birou
news-heading = 📣 Noutăți de la birou
news-event-heading = 📅 Un eveniment al biroului
news-event-when = 🗓 { $when }
news-event-yes = ✅ Vin
news-event-no = ❌ Nu pot
news-event-cannot-now = ❌ Nu mai pot veni
news-event-reminder = ⏰ Vă reamintim: { $when }
news-stop = 🔕 Nu mai vreau noutăți
news-stopped = Nu veți mai primi noutăți de la birou. Le puteți activa din nou din meniu: 🏘 Cartierul → 📣 Noutăți de la birou.
news-event-thanks-yes = Vă mulțumim! Vă așteptăm. Vă reamintim cu o zi înainte.
news-event-thanks-no = Vă mulțumim că ne-ați anunțat.
news-event-over = Acest eveniment a trecut deja.
news-topic-activities = Cursuri și activități
news-topic-works = Lucrări în bloc
news-topic-health = Sănătate
news-all = ✅ Da, toate noutățile
news-none = 🔕 Nicio noutate
news-screen-on =
    📣 Noutăți de la birou

    Primiți noutăți despre subiectele marcate cu ✅. Apăsați pe un subiect ca să-l activați sau să-l dezactivați.
news-screen-off =
    📣 Noutăți de la birou

    Acum nu primiți noutăți. Apăsați pe subiectele care vă interesează.
news-on-toast = Veți primi noutățile.
news-off-toast = Nicio noutate.
news-first-question = Doriți să primiți noutăți de la birou? Cursuri și activități, lucrări în bloc, zile pentru sănătate. Puteți renunța oricând.
news-first-yes = 📣 Da, vreau noutăți
news-first-choose = 📋 Aleg subiectele
news-first-no = Nu, mulțumesc
mydata-section-news = Noutăți de la birou
mydata-news-topics = Ați ales să primiți noutăți despre: { $topics }
mydata-news-none = Nu ați ales să primiți noutăți.
