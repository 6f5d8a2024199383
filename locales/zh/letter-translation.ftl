# The letter's whole text, machine-translated (issue 33), and a fact a staff member corrected.
letter-translation-title = { $parts ->
    [1] 🌐 信件全文（机器翻译）：
   *[other] 🌐 信件全文（机器翻译，第 { $part } 部分，共 { $parts } 部分）：
}
letter-translation-note = ⚠️ 这是机器翻译，可能有错误。以意大利语原信为准。工作人员会和您一起核对重要内容。
letter-translation-failed = 🌐 这次我没能翻译信件的全文。最重要的内容在上面的消息里；其余部分工作人员会向您解释。
letter-fact-corrected = （已由工作人员更正）
mydata-letter-translation = 信件的机器翻译
