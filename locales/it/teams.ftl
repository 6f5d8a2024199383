# Squadre: una richiesta passa a un'altra squadra della rete (per esempio all'infermiere e alle badanti).

transfer-notice = Della Sua richiesta numero { $number } ora si occupa { $team }. Le rispondono qui, in questa chat.

# Who follows a request, when the desk file (data/desk.json, a team's residentName) has no name in this language:
# the generic text of the team's first category. Never the staff's Italian name.
team-of-housing = il gruppo per la casa
team-of-rent = il gruppo per affitto, bollette e documenti
team-of-social = il gruppo per i servizi sociali
team-of-health = il gruppo per la salute e l'assistenza
team-of-homecare = il gruppo per la salute e l'assistenza
team-of-school = il gruppo per la scuola e i bambini
team-of-neighbours = il gruppo per i vicini e la sicurezza
team-of-other = un altro gruppo dello sportello

# Quick replies of the health and care team (sent by staff, in the resident's language).
qr-caregiver = Stiamo cercando una badante per Lei. La chiamiamo per parlare di orari e costi.
qr-family-doctor = Per questo deve parlare con il Suo medico di famiglia. Se non ce l'ha, La aiutiamo a sceglierlo all'ASL.
qr-health-documents = Porti la tessera sanitaria e i fogli del medico o dell'ospedale che ha.
qr-urgent = Se è urgente, chiami subito il 112.
