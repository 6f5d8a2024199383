# Sportelli: quando la rete ne ha più di uno, ognuno sceglie il suo (quartiere o città, o dalla posizione).

desk-choose = In quale sportello vuoi andare? Scegli il tuo quartiere o la tua città. Oppure mandaci la tua posizione: troviamo lo sportello più vicino.
desk-nearest-button = 📍 Il più vicino a me
desk-send-location = Premi il bottone qui sotto per mandare la tua posizione. La usiamo solo per trovare lo sportello più vicino e non la salviamo.
desk-share-location = 📍 Manda la mia posizione
desk-chosen = Il tuo sportello: { $name }, { $address }. Puoi cambiarlo dal menu.
desk-nearest = Lo sportello più vicino a te: { $name }, { $address } (circa { $km } km). Da ora è il tuo sportello: puoi cambiarlo dal menu.
desk-current = Ora il tuo sportello è: { $name }, { $address }. Puoi sceglierne un altro, o mandarci la tua posizione.
menu-place = 📍 Il mio sportello

# The Cristo desk (via Gandolfi 20, Alessandria): its place and how to get there, in the info text.
# Another desk may have desk-<id>-place and desk-<id>-directions here too (else its address from data/desk.json).
desk-cristo-place = Via Gandolfi 20, quartiere Cristo, Alessandria.
desk-cristo-directions = Autobus: linee 1 e 4, fermata Cristo.
