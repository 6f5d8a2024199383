# Echipe: o cerere trece la altă echipă din rețea (de exemplu la asistenta medicală și la îngrijitoare).

transfer-notice = De cererea cu numărul { $number } se ocupă acum { $team }. Veți primi răspuns aici, în această conversație.

# Who follows a request, when the desk file (data/desk.json, a team's residentName) has no name in this language:
# the generic text of the team's first category. Never the staff's Italian name.
team-of-housing = echipa pentru locuință
team-of-rent = echipa pentru chirie, facturi și acte
team-of-social = echipa pentru servicii sociale
team-of-health = echipa de sănătate și îngrijire
team-of-homecare = echipa de sănătate și îngrijire
team-of-school = echipa pentru școală și copii
team-of-neighbours = echipa pentru vecini și siguranță
team-of-other = o altă echipă a biroului

# Quick replies of the health and care team (sent by staff, in the resident's language).
qr-caregiver = Vă căutăm o îngrijitoare. Vă sunăm ca să vorbim despre program și costuri.
qr-family-doctor = Pentru asta, vorbiți cu medicul de familie. Dacă nu aveți, vă ajutăm să alegeți unul la ASL (serviciul de sănătate).
qr-health-documents = Aduceți cardul de sănătate (tessera sanitaria) și hârtiile de la medic sau de la spital pe care le aveți.
qr-urgent = Dacă este urgent, sunați acum la 112.
