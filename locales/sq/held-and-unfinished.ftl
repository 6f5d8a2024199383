held-ask = Doni ta dërgoni këtë mesazh te zyra?
held-yes = 📨 Po, e dërgoj
held-no = Jo, faleminderit
held-not-sent = Në rregull, nuk e dërgova.
closed-still-help = Kërkesa juaj nr. { $number } është mbyllur. A keni ende nevojë për ndihmë?
closed-help-yes = 🙋 Po, kam nevojë për ndihmë
closed-help-no = 🙏 Jo, thjesht faleminderit
closed-thanks = Faleminderit edhe juve! Do t'ia themi zyrës.
unfinished-request = Keni një kërkesë që nuk e keni dërguar ende. Doni ta vazhdoni apo ta fshini?
unfinished-continue = ▶️ Dua ta vazhdoj
unfinished-discard = 🗑 Dua ta fshij
unfinished-continued = Mirë, vazhdojmë: përgjigjuni pyetjes më lart.
unfinished-discarded = E fshiva kërkesën që nuk e kishit dërguar.
# A form begun before this chat was updated cannot go on (its state was kept the old way): it is closed, nothing sent.
req-form-lost = Na vjen keq: kjo bisedë u përditësua dhe kërkesa që po shkruanit u mbyll. Nuk u dërgua asgjë. Mund ta filloni përsëri kur të doni.
