# Birouri: când rețeaua are mai multe, fiecare își alege biroul (cartier sau oraș, sau după locație).

desk-choose = La ce birou vreți să mergeți? Alegeți cartierul sau orașul. Sau trimiteți-ne locația: găsim biroul cel mai apropiat.
desk-nearest-button = 📍 Cel mai apropiat de mine
desk-send-location = Apăsați butonul de mai jos ca să trimiteți locația. O folosim doar ca să găsim biroul cel mai apropiat și nu o păstrăm.
desk-share-location = 📍 Trimit locația
desk-chosen = Biroul ales: { $name }, { $address }. Îl puteți schimba din meniu.
desk-nearest = Cel mai apropiat birou: { $name }, { $address } (cam { $km } km). De acum acesta este biroul ales: îl puteți schimba din meniu.
desk-current = Biroul ales acum: { $name }, { $address }. Puteți alege altul sau ne puteți trimite locația.
menu-place = 📍 Biroul meu

# The Cristo desk (via Gandolfi 20, Alessandria): its place and how to get there, in the info text.
# Another desk may have desk-<id>-place and desk-<id>-directions here too (else its address from data/desk.json).
desk-cristo-place = Via Gandolfi 20, cartierul Cristo, Alessandria.
desk-cristo-directions = Autobuz: liniile 1 și 4, stația Cristo.
