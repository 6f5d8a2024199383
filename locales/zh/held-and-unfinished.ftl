held-ask = 要把这条消息发给服务处吗？
held-yes = 📨 是的，发送
held-no = 不用了，谢谢
held-not-sent = 好的，没有发送。
closed-still-help = 您的 { $number } 号求助已经处理完毕。您还需要帮助吗？
closed-help-yes = 🙋 是的，我需要帮助
closed-help-no = 🙏 不用，我只是想道谢
closed-thanks = 也谢谢您！我们会转告服务处。
unfinished-request = 您有一个还没发送的求助。要继续填写，还是删除？
unfinished-continue = ▶️ 继续填写
unfinished-discard = 🗑 删除
unfinished-continued = 好的，我们继续：请回答上面的问题。
unfinished-discarded = 没发送的求助已经删除了。
# A form begun before this chat was updated cannot go on (its state was kept the old way): it is closed, nothing sent.
req-form-lost = 抱歉：这个聊天刚刚更新，您正在填写的求助被关闭了。什么都没有发送。您随时可以重新开始。
