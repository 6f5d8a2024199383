# WhatsApp: fjalët e kanalit (lista, zgjedhjet, numri), njoftimi për Meta, çfarë nuk mund të fshijë /forget.

wa-list-button = Zgjidhni
wa-choose = Zgjidhni një mundësi:
wa-type-number = Shkruani numrin e zgjedhjes suaj.
wa-use-this-number = 📞 Përdor këtë numër
wa-choice-expired = Kjo zgjedhje nuk është më e vlefshme: ju lutem përdorni mesazhin e fundit.
# The closing line of every template (Meta refuses a body that ends with a placeholder).
wa-template-tail = Përgjigjuni këtu për t'i shkruar zyrës.
wa-privacy-note = 📱 Në WhatsApp mesazhet kalojnë përmes Meta Platforms Ireland, që i përpunon për zyrën (WhatsApp Business Platform). { $eu ->
    [yes] Meta i mban në Bashkimin Evropian (në Gjermani), vetëm për t'i dorëzuar, jo më shumë se 30 ditë.
   *[no] Meta i mban vetëm për t'i dorëzuar, jo më shumë se 30 ditë, edhe në serverë jashtë Bashkimit Evropian.
}
wa-forget-limits = 📱 Në WhatsApp nuk mund të fshijmë mesazhet në telefonin tuaj, as kopjet që Meta mban për t'i dorëzuar (jo më shumë se 30 ditë). Për t'i hequr nga telefoni, fshini bisedën në WhatsApp.
wa-link-code = 🔗 Për ta bashkuar këtë bisedë me atë në { $other }, shkruani këtë kod në bisedën tjetër brenda 10 minutash: { $code }
wa-link-done = 🔗 U bë: tani zyra e di që të dyja bisedat janë tuajat. Përgjigjet vijnë në bisedën nga e cila shkruani.
wa-link-wrong = Ky kod nuk është i vlefshëm ose ka skaduar. Kërkoni një të ri me «lidh».
wa-link-same-chat = Shkruajeni këtë kod në bisedën tjetër, jo në këtë.
wa-link-already = 🔗 Kjo bisedë është bashkuar tashmë me bisedën tuaj në { $other }.
wa-link-too-many = Shumë kode të gabuara. Provoni përsëri pas një ore.
mydata-chats = Bisedat tuaja me zyrën: { $chats }
mydata-chat-telegram = Telegram (id { $id })
mydata-chat-whatsapp = WhatsApp ({ $id })
# Words typed on WhatsApp (no slash menu there) for the commands, separated by commas.
wa-words-start = fillo
wa-words-menu = menu
wa-words-language = gjuha
wa-words-privacy = privatësia
wa-words-mydata = të dhënat e mia
wa-words-forget = harro, fshi të dhënat e mia
wa-words-cancel = anulo
wa-words-help = ndihmë
wa-words-link = lidh
