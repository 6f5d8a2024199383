# Oficinas: cuando la red tiene más de una, cada persona elige la suya (barrio o ciudad, o por su ubicación).

desk-choose = ¿A qué oficina quiere ir? Elija su barrio o su ciudad. O envíenos su ubicación: buscamos la oficina más cercana.
desk-nearest-button = 📍 La más cercana a mí
desk-send-location = Presione el botón de abajo para enviar su ubicación. Solo la usamos para encontrar la oficina más cercana, y no la guardamos.
desk-share-location = 📍 Enviar mi ubicación
desk-chosen = Su oficina: { $name }, { $address }. Puede cambiarla desde el menú.
desk-nearest = La oficina más cercana: { $name }, { $address } (a unos { $km } km). Desde ahora es su oficina: puede cambiarla desde el menú.
desk-current = Su oficina actual: { $name }, { $address }. Puede elegir otra, o enviarnos su ubicación.
menu-place = 📍 Mi oficina

# The Cristo desk (via Gandolfi 20, Alessandria): its place and how to get there, in the info text.
# Another desk may have desk-<id>-place and desk-<id>-directions here too (else its address from data/desk.json).
desk-cristo-place = Via Gandolfi 20, barrio Cristo, Alessandria.
desk-cristo-directions = Autobús: líneas 1 y 4, parada Cristo.
