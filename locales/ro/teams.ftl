# Echipe: o cerere trece la altă echipă din rețea (de exemplu la asistenta medicală și la badante).

transfer-notice = De cererea cu numărul { $number } se ocupă acum { $team }. Vă răspund aici, în acest chat.

# Quick replies of the health and care team (sent by staff, in the resident's language).
qr-caregiver = Căutăm o badantă. Vă sunăm ca să vorbim despre program și costuri.
qr-family-doctor = Pentru asta, vorbiți cu medicul de familie. Dacă nu aveți, vă ajutăm să alegeți unul la ASL (serviciul de sănătate).
qr-health-documents = Aduceți cardul de sănătate (tessera sanitaria) și hârtiile de la medic sau de la spital pe care le aveți.
qr-urgent = Dacă este urgent, sunați acum la 112.
