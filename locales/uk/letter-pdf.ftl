# Letters sent as PDF files (issue 33).
letter-pdf-received = Файл PDF отримано (файл { $count }). Надішліть інші сторінки або натисніть «✅ Це все».
letter-pdf-too-large = Цей PDF завеликий (понад { $max } МБ). Надішліть фото (або знімок екрана) кожної сторінки.
