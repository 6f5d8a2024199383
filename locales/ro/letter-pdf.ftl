# Letters sent as PDF files (issue 33).
letter-pdf-received = Fișierul PDF a fost primit (fișierul { $count }). Trimiteți alte pagini sau apăsați „✅ Gata”.
letter-pdf-too-large = Acest PDF este prea mare (peste { $max } MB). Trimiteți o fotografie (sau o captură de ecran) a fiecărei pagini.
