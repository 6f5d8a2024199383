# Letters sent as PDF files (issue 33).
letter-pdf-received = Archivo PDF recibido (archivo { $count }). Manda más páginas, o pulsa «✅ Ya está».
letter-pdf-too-large = Este PDF es demasiado grande (más de { $max } MB). Manda una foto (o una captura de pantalla) de cada página.
