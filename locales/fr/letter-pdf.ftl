# Letters sent as PDF files (issue 33).
letter-pdf-received = Fichier PDF reçu (fichier { $count }). Envoyez d'autres pages, ou appuyez sur « ✅ C'est tout ».
letter-pdf-too-large = Ce PDF est trop lourd (plus de { $max } Mo). Envoyez une photo (ou une capture d'écran) de chaque page.
