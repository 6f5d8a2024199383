# Letters sent as PDF files (issue 33).
letter-pdf-received = U mor skedari PDF (skedari { $count }). Dërgoni faqe të tjera, ose shtypni «✅ Mbarova».
letter-pdf-too-large = Ky PDF është shumë i madh (më shumë se { $max } MB). Dërgoni një foto (ose një pamje ekrani) të çdo faqeje.
