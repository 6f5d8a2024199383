# The letter's whole text, machine-translated (issue 33), and a fact a staff member corrected.
letter-translation-title = { $parts ->
    [1] 🌐 Текст листа, перекладений автоматично:
   *[other] 🌐 Текст листа, перекладений автоматично (частина { $part } з { $parts }):
}
letter-translation-note = ⚠️ Це машинний переклад: у ньому можуть бути помилки. Силу має тільки оригінал листа італійською мовою. Працівник офісу перевірить із вами найважливіше.
letter-translation-failed = 🌐 Цього разу мені не вдалося перекласти весь текст листа. Найважливіше є в повідомленні вище; працівник офісу пояснить вам решту.
letter-fact-corrected = (виправлено працівником офісу)
mydata-letter-translation = Машинний переклад листа
