# Ekipet: një kërkesë kalon te një ekip tjetër i rrjetit (për shembull te infermieri dhe kujdestaret).

transfer-notice = Për kërkesën tuaj nr. { $number } tani kujdeset { $team }. Do t'ju përgjigjen këtu, në këtë bisedë.

# Who follows a request, when the desk file (data/desk.json, a team's residentName) has no name in this language:
# the generic text of the team's first category. Never the staff's Italian name.
team-of-housing = ekipi i banesës
team-of-rent = ekipi i qirasë, faturave dhe dokumenteve
team-of-social = ekipi i shërbimeve sociale
team-of-health = ekipi i shëndetit dhe kujdesit
team-of-homecare = ekipi i shëndetit dhe kujdesit
team-of-school = ekipi i shkollës dhe fëmijëve
team-of-neighbours = ekipi i fqinjëve dhe sigurisë
team-of-other = një ekip tjetër i zyrës

# Quick replies of the health and care team (sent by staff, in the resident's language).
qr-caregiver = Po kërkojmë një kujdestare për ju. Ju telefonojmë për të folur për oraret dhe kostot.
qr-family-doctor = Për këtë, flisni me mjekun e familjes. Nëse nuk keni, ju ndihmojmë ta zgjidhni në ASL (shërbimi shëndetësor).
qr-health-documents = Sillni kartën shëndetësore (tessera sanitaria) dhe letrat e mjekut ose të spitalit që keni.
qr-urgent = Nëse është urgjente, telefononi menjëherë në 112.
