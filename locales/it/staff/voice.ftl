# Registrazioni dei mediatori: /registra e /registrazioni (src/bot/features/voice/).
voice-record-usage = Uso: <code>/registra lingua chiave</code>, ad esempio <code>/registra ar menu-title</code>. Lingue: { $locales }. Le chiavi da registrare sono in <code>/registrazioni lingua</code>.
voice-record-unknown = «{ $key }» non è un testo fisso per i residenti in { $locale } (un testo con date o nomi viene sempre letto dalla voce sintetica).
voice-record-prompt = 🎙 Registrazione · { $locale } · { $key }
    Legga ad alta voce questo testo e risponda a questo messaggio con un vocale:
    <blockquote>{ $text }</blockquote>
voice-record-saved = ✅ Registrazione salvata: { $key } in { $locale } ({ $seconds } s). D'ora in poi i residenti che ascoltano in { $locale } sentono questa voce.
voice-record-not-ogg = Questo file non è un vocale OGG/Opus: registri un messaggio vocale con il microfono di Telegram.
voice-coverage-title = 🎙 Registrazioni dei testi fissi (registrate / da fare):
voice-coverage-line = { $locale }: { $recorded } / { $missing }
voice-coverage-hint = Per l'elenco di una lingua: <code>/registrazioni ar</code>. Senza registrazione i testi sono letti dalla voce sintetica (debole in arabo: meglio registrare).
voice-missing-title = 🎙 Testi da registrare in { $locale } ({ $count }):
voice-missing-none = Tutti i testi fissi in { $locale } sono registrati.
