# Nivelul serviciului: biroul e închis, program și închideri, întrebarea despre mulțumire după închiderea cererii.

closed-notice = Biroul este închis acum. Vom citi mesajul { $day }, de la ora { $time }.
closed-notice-later = Biroul este închis acum. Vom citi mesajul imediat ce biroul se redeschide.
closed-urgent = Dacă este urgent, sunați la 112.
closed-urgent-social = Dacă este urgent, sunați la 112 sau la serviciul social de urgență al Primăriei: { $number }.
hours-holidays = Închis în zilele de sărbătoare legală.
hours-holidays-patron = Închis în zilele de sărbătoare legală și pe { $day }, ziua sfântului ocrotitor al orașului.
hours-closure = Închis de la { $from } până la { $to }.
sat-question = Cererea cu numărul { $number } a fost închisă. V-am ajutat?
sat-yes = 😊 Da
sat-partly = 😐 În parte
sat-no = 🙁 Nu
sat-thanks = Mulțumim pentru răspuns! Dacă vreți, spuneți-ne mai multe: scrieți un mesaj sau trimiteți un mesaj vocal. Biroul îl va citi.
sat-comment-thanks = Mulțumim, l-am transmis biroului.
sat-expired = Ați răspuns deja. Mulțumim!

# A range of opening hours, "9:00–12:00".
hours-range = { $from }–{ $to }
