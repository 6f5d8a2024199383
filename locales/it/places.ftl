# Sportelli: quando la rete ne ha più di uno, ognuno sceglie il suo (quartiere o città, o dalla posizione).

desk-choose = In quale sportello vuole andare? Scelga il Suo quartiere o la Sua città. Oppure ci mandi la Sua posizione: troviamo lo sportello più vicino.
desk-nearest-button = 📍 Il più vicino a me
desk-send-location = Prema il bottone qui sotto per mandare la Sua posizione. La usiamo solo per trovare lo sportello più vicino e non la salviamo.
desk-share-location = 📍 Mando la mia posizione
desk-chosen = Il Suo sportello: { $name }, { $address }. Può cambiarlo dal menu.
desk-nearest = Lo sportello più vicino a Lei: { $name }, { $address } (circa { $km } km). Da ora è il Suo sportello: può cambiarlo dal menu.
desk-current = Ora il Suo sportello è: { $name }, { $address }. Può sceglierne un altro, o mandarci la Sua posizione.
menu-place = 📍 Il mio sportello

# The Cristo desk (via Gandolfi 20, Alessandria): its place and how to get there, in the info text.
# Another desk may have desk-<id>-place and desk-<id>-directions here too (else its address from data/desk.json).
desk-cristo-place = Via Gandolfi 20, quartiere Cristo, Alessandria.
desk-cristo-directions = Autobus: linee 1 e 4, fermata Cristo.
