# WhatsApp: parole del canale (lista, scelte, numero), informativa su Meta, ciò che /forget non può cancellare.

wa-list-button = Opzioni
wa-choose = Scelga un'opzione:
wa-type-number = Scriva il numero della Sua scelta.
wa-use-this-number = 📞 Uso questo numero
wa-choice-expired = Questa scelta non è più valida: usi l'ultimo messaggio, per favore.
# The closing line of every template (Meta refuses a body that ends with a placeholder).
wa-template-tail = Risponda qui per scrivere allo sportello.
wa-privacy-note = 📱 Su WhatsApp i messaggi passano da Meta Platforms Ireland, che li gestisce per lo sportello (WhatsApp Business Platform). { $eu ->
    [yes] Meta li conserva nell'Unione Europea (in Germania), solo per consegnarli, al massimo 30 giorni.
   *[no] Meta li conserva solo per consegnarli, al massimo 30 giorni, anche su server fuori dall'Unione Europea.
}
wa-forget-limits = 📱 Su WhatsApp non possiamo cancellare i messaggi sul Suo telefono né le copie che Meta tiene per la consegna (al massimo 30 giorni). Per toglierli dal telefono, cancelli la chat in WhatsApp.
wa-link-code = 🔗 Per unire questa chat a quella su { $other }, scriva questo codice nell'altra chat entro 10 minuti: { $code }
wa-link-done = 🔗 Fatto: ora lo sportello sa che le due chat sono Sue. Le risposte arrivano nella chat da cui scrive.
wa-link-wrong = Questo codice non è valido o è scaduto. Ne chieda uno nuovo scrivendo «collega».
wa-link-same-chat = Scriva questo codice nell'altra chat, non in questa.
wa-link-already = 🔗 Questa chat è già unita alla Sua chat su { $other }.
wa-link-too-many = Troppi codici sbagliati. Riprovi tra un'ora.
mydata-chats = Le Sue chat con lo sportello: { $chats }
mydata-chat-telegram = Telegram (id { $id })
mydata-chat-whatsapp = WhatsApp ({ $id })
# Words typed on WhatsApp (no slash menu there) for the commands, separated by commas.
wa-words-start = inizia, start
wa-words-menu = menu, menù
wa-words-language = lingua, language
wa-words-privacy = privacy
wa-words-mydata = i miei dati, miei dati, mydata
wa-words-forget = cancella i miei dati, dimentica, forget
wa-words-cancel = annulla, cancel
wa-words-help = aiuto, help
wa-words-link = collega, link
