# Letters sent as PDF files (issue 33).
letter-pdf-received = File PDF ricevuto (file { $count }). Mandi altre pagine, oppure prema «✅ Ho finito».
letter-pdf-too-large = Questo PDF è troppo grande (più di { $max } MB). Mandi una foto (o uno screenshot) di ogni pagina.
