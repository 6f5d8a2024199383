# Squadre: una richiesta passa a un'altra squadra della rete (per esempio all'infermiere e alle badanti).

transfer-notice = Della tua richiesta numero { $number } ora si occupa { $team }. Ti rispondono qui, in questa chat.

# Quick replies of the health and care team (sent by staff, in the resident's language).
qr-caregiver = Stiamo cercando una badante per te. Ti chiamiamo per parlare di orari e costi.
qr-family-doctor = Per questo devi parlare con il tuo medico di famiglia. Se non ce l'hai, ti aiutiamo a sceglierlo all'ASL.
qr-health-documents = Porta la tessera sanitaria e i fogli del medico o dell'ospedale che hai.
qr-urgent = Se è urgente, chiama subito il 112.
