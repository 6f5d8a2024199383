# 机器翻译和语音消息转文字（见 docs/engines.md）。

translation-machine-note = 🌐 这是机器翻译。如有不清楚的地方，欢迎问我们。
privacy-engines-local = 🌐 <b>机器翻译</b>：服务处电脑上的程序把您写的内容翻译成意大利语，并把您的语音消息转成文字。您的消息不会离开服务处。
privacy-engines-remote = 🌐 <b>机器翻译</b>：您写的内容和语音消息会发送到 { $service }，翻译成意大利语（服务处的回复也会翻译成您的语言）。我们不会发送您的姓名和电话号码。
mydata-transcript = 语音消息的文字（自动）
mydata-translation = 机器翻译
