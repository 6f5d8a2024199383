# Buttons pressed on older messages (Telegram sends them without the message after some hours).

button-stale = Acest buton este dintr-un mesaj vechi și nu mai face nimic. Deschideți meniul ca să alegeți ce vă trebuie.
button-stale-form = Acest buton este dintr-un mesaj vechi. Nu ați terminat încă de răspuns: răspundeți la ultima întrebare sau trimiteți /cancel ca să ieșiți.

button-expired = Acest buton nu mai funcționează. Trimiteți /menu ca să începeți din nou.
