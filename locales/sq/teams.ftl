# Ekipet: një kërkesë kalon te një ekip tjetër i rrjetit (për shembull te infermieri dhe kujdestaret).

transfer-notice = Për kërkesën tuaj me numër { $number } tani kujdeset { $team }. Ju përgjigjen këtu, në këtë bisedë.

# Quick replies of the health and care team (sent by staff, in the resident's language).
qr-caregiver = Po kërkojmë një kujdestare për ju. Ju telefonojmë për të folur për oraret dhe kostot.
qr-family-doctor = Për këtë, flisni me mjekun e familjes. Nëse nuk keni, ju ndihmojmë ta zgjidhni në ASL (shërbimi shëndetësor).
qr-health-documents = Sillni kartën shëndetësore (tessera sanitaria) dhe letrat e mjekut ose të spitalit që keni.
qr-urgent = Nëse është urgjente, telefononi menjëherë në 112.
