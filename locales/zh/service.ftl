# 服务水平：服务处不开门时的回复、开放时间和休息日、求助处理完毕后的满意度问题。

closed-notice = 服务处现在关门了。{ $day } { $time } 开门后，我们会阅读您的消息。
closed-notice-later = 服务处现在关门了。重新开门后，我们会阅读您的消息。
closed-urgent = 如有紧急情况，请拨打 112。
closed-urgent-social = 如有紧急情况，请拨打 112，或拨打市政府的社会紧急服务电话：{ $number }。
hours-holidays = 法定节假日不开门。
hours-holidays-patron = 法定节假日和{ $day }（本市的节日）不开门。
hours-closure = { $from }到{ $to }不开门。
sat-question = 您的 { $number } 号求助已经处理完毕。我们帮到您了吗？
sat-yes = 😊 帮到了
sat-partly = 😐 帮到一部分
sat-no = 🙁 没有
sat-thanks = 谢谢您的回答！如果您愿意，可以告诉我们更多：写一条消息或发一条语音。服务处会看到。
sat-comment-thanks = 谢谢，我们已经转给服务处。
sat-expired = 您已经回答过了，谢谢！

# A range of opening hours, "9:00–12:00".
hours-range = { $from }–{ $to }
