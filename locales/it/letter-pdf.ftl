# Letters sent as PDF files (issue 33).
letter-pdf-received = File PDF ricevuto (file { $count }). Manda altre pagine, oppure premi «✅ Ho finito».
letter-pdf-too-large = Questo PDF è troppo grande (più di { $max } MB). Manda una foto (o uno screenshot) di ogni pagina.
