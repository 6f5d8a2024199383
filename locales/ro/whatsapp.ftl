# WhatsApp: cuvintele canalului (listă, opțiuni, număr), nota despre Meta, ce nu poate șterge /forget.

wa-list-button = Alegeți
wa-choose = Alegeți o opțiune:
wa-type-number = Scrieți numărul ales.
wa-use-this-number = 📞 Folosesc acest număr
wa-choice-expired = Această alegere nu mai este valabilă: folosiți ultimul mesaj, vă rog.
# The closing line of every template (Meta refuses a body that ends with a placeholder).
wa-template-tail = Răspundeți aici ca să scrieți biroului.
wa-privacy-note = 📱 Pe WhatsApp, mesajele trec prin Meta Platforms Ireland, care le prelucrează pentru birou (WhatsApp Business Platform). { $eu ->
    [yes] Meta le păstrează în Uniunea Europeană (în Germania), doar ca să le livreze, cel mult 30 de zile.
   *[no] Meta le păstrează doar ca să le livreze, cel mult 30 de zile, și pe servere din afara Uniunii Europene.
}
wa-forget-limits = 📱 Pe WhatsApp nu putem șterge mesajele de pe telefon, nici copiile pe care Meta le păstrează pentru livrare (cel mult 30 de zile). Ca să le scoateți de pe telefon, ștergeți conversația în WhatsApp.
wa-link-code = 🔗 Ca să legați această conversație de cea de pe { $other }, scrieți acest cod în cealaltă conversație în 10 minute: { $code }
wa-link-done = 🔗 Gata: biroul știe acum că ambele conversații vă aparțin. Răspunsurile vin în conversația din care scrieți.
wa-link-wrong = Acest cod nu este valabil sau a expirat. Cereți unul nou: scrieți „leagă”.
wa-link-same-chat = Scrieți acest cod în cealaltă conversație, nu în aceasta.
wa-link-already = 🔗 Această conversație este deja legată de conversația de pe { $other }.
wa-link-too-many = Prea multe coduri greșite. Încercați din nou peste o oră.
mydata-chats = Conversațiile cu biroul: { $chats }
mydata-chat-telegram = Telegram (id { $id })
mydata-chat-whatsapp = WhatsApp ({ $id })
# Words typed on WhatsApp (no slash menu there) for the commands, separated by commas.
wa-words-start = începe
wa-words-menu = meniu
wa-words-language = limba
wa-words-privacy = confidențialitate
wa-words-mydata = datele mele
wa-words-forget = uită, șterge datele mele
wa-words-cancel = anulează
wa-words-help = ajutor
wa-words-link = leagă
