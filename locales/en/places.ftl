# Desks: when the network has more than one, each person chooses theirs (neighbourhood or town, or by location).

desk-choose = Which desk do you want to use? Choose your neighbourhood or town. Or send us your location: we will find the nearest desk.
desk-nearest-button = 📍 The nearest to me
desk-send-location = Press the button below to send your location. We use it only to find the nearest desk, and we do not keep it.
desk-share-location = 📍 Send my location
desk-chosen = Your desk: { $name }, { $address }. You can change it from the menu.
desk-nearest = The nearest desk to you: { $name }, { $address } (about { $km } km). It is now your desk: you can change it from the menu.
desk-current = Your desk now: { $name }, { $address }. You can choose another one, or send us your location.
menu-place = 📍 My desk

# The Cristo desk (via Gandolfi 20, Alessandria): its place and how to get there, in the info text.
# Another desk may have desk-<id>-place and desk-<id>-directions here too (else its address from data/desk.json).
desk-cristo-place = Via Gandolfi 20, Cristo district, Alessandria.
desk-cristo-directions = Bus: lines 1 and 4, Cristo stop.
