# Niveli i shërbimit: zyra e mbyllur, orari dhe mbylljet, pyetja për kënaqësinë pas mbylljes.

closed-notice = Zyra tani është e mbyllur. Do ta lexojmë mesazhin tuaj kur të hapet: { $day }, nga ora { $time }.
closed-notice-later = Zyra tani është e mbyllur. Do ta lexojmë mesazhin tuaj sapo zyra të hapet përsëri.
closed-urgent = Nëse është urgjente, telefononi në 112.
closed-urgent-social = Nëse është urgjente, telefononi në 112 ose në shërbimin social të urgjencës të Bashkisë: { $number }.
hours-holidays = Mbyllur në ditët e festave zyrtare.
hours-holidays-patron = Mbyllur në ditët e festave zyrtare dhe më { $day }, festa e shenjtorit mbrojtës të qytetit.
hours-closure = Mbyllur nga { $from } deri më { $to }.
sat-question = Kërkesa juaj nr. { $number } u mbyll. A ju ndihmuam?
sat-yes = 😊 Po
sat-partly = 😐 Pjesërisht
sat-no = 🙁 Jo
sat-thanks = Faleminderit për përgjigjen! Nëse doni, na tregoni më shumë: shkruani një mesazh ose dërgoni një mesazh zanor. Zyra do ta lexojë.
sat-comment-thanks = Faleminderit, ia kaluam zyrës.
sat-expired = Jeni përgjigjur tashmë. Faleminderit!

# A range of opening hours, "9:00–12:00".
hours-range = { $from }–{ $to }
