# Letters sent as PDF files (issue 33).
letter-pdf-received = PDF file received (file { $count }). Send more pages, or press “✅ That's all”.
letter-pdf-too-large = This PDF is too large (more than { $max } MB). Please send a photo (or a screenshot) of each page.
