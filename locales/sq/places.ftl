# Zyrat: kur rrjeti ka më shumë se një, secili zgjedh të vetën (lagje ose qytet, ose sipas vendndodhjes).

desk-choose = Në cilën zyrë doni të shkoni? Zgjidhni lagjen ose qytetin tuaj. Ose na dërgoni vendndodhjen: gjejmë zyrën më të afërt.
desk-nearest-button = 📍 Zyra më e afërt
desk-send-location = Shtypni butonin më poshtë për të dërguar vendndodhjen. E përdorim vetëm për të gjetur zyrën më të afërt dhe nuk e ruajmë.
desk-share-location = 📍 Dërgoj vendndodhjen
desk-chosen = Zyra juaj: { $name }, { $address }. Mund ta ndryshoni nga menyja.
desk-nearest = Zyra më e afërt: { $name }, { $address } (rreth { $km } km). Tani kjo është zyra juaj: mund ta ndryshoni nga menyja.
desk-current = Tani zyra juaj: { $name }, { $address }. Mund të zgjidhni një tjetër, ose të na dërgoni vendndodhjen.
menu-place = 📍 Zyra ime

# The Cristo desk (via Gandolfi 20, Alessandria): its place and how to get there, in the info text.
# Another desk may have desk-<id>-place and desk-<id>-directions here too (else its address from data/desk.json).
desk-cristo-place = Via Gandolfi 20, lagjja Cristo, Alessandria.
desk-cristo-directions = Autobusi: linjat 1 dhe 4, stacioni Cristo.
