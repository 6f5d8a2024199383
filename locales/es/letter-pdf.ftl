# Letters sent as PDF files (issue 33).
letter-pdf-received = Archivo PDF recibido (archivo { $count }). Envíe más páginas o presione «✅ Listo».
letter-pdf-too-large = Este PDF es demasiado grande (más de { $max } MB). Envíe una foto (o una captura de pantalla) de cada página.
