# Home visits: the proposal and the choice, reminders, "not at home", the calendar file.

visit-who-nurse = 社区护士
visit-who-carer = 护工
visit-who-operator = 服务处的工作人员
visit-who-name = N.O.I. 服务处的 { $name }
visit-when = { $date } { $from }–{ $to }
visit-proposal =
    🏠 上门服务（您的 { $number } 号求助）
    谁会来：{ $who }。
    您什么时候在家？请选择时间：
visit-none = ❌ 这些时间都不行
visit-unavailable = 抱歉，这个时间已经没有了。请选择其他时间：
visit-unavailable-all = 抱歉，这些时间已经没有了。请告诉我们您什么时候在家：写一条消息或发一条语音。
visit-expired = 这个安排已经无效。如果需要帮助，请在这里留言。
visit-confirmed =
    ✅ 上门服务已确认：{ $when }。
    谁会来：{ $who }。
    我们会提前一天和提前一小时提醒您。
visit-calendar = 📅 加入日历
visit-calendar-caption = 打开这个文件，把上门服务保存到手机日历里。
visit-calendar-updated = 时间有变：打开这个文件，更新手机日历。
visit-calendar-file = 上门服务
visit-tell-when = 好的。请告诉我们您什么时候在家：写一条消息或发一条语音。
visit-reminder-day =
    ⏰ 提醒：明天有上门服务，{ $when }。
    谁会来：{ $who }。
visit-reminder-hour =
    ⏰ 今天 { $time } 有上门服务。
    谁会来：{ $who }。
visit-ok = 👍 好的
visit-cant = ✖️ 我不方便
visit-ok-thanks = 谢谢！到时见。
visit-cant-told = 好的，我们已经告诉服务处。请告诉我们您什么时候在家：写一条消息或发一条语音。
visit-not-home =
    🚪 我们来进行上门服务（{ $when }），但家里没有人。
    您想重新约时间吗？
visit-again-yes = 📅 好，换一天
visit-again-no = 不用了，谢谢
visit-again-yes-told = 好的：服务处很快会给您新的时间。您也可以在这里留言，告诉我们您什么时候在家。
visit-again-no-told = 好的。如果需要帮助，请在这里留言。
visit-moved = 原定 { $when } 的上门服务已改期。服务处很快会给您新的时间。
visit-ics-title = 上门服务 – N.O.I. 服务处
visit-ics-description = 谁会来：{ $who }（{ $number } 号求助）。N.O.I. 服务处，{ $address }。
# In the copy of their data (/mydata): each home visit with a time agreed, and what came of it.
mydata-visit = 上门服务：{ $when }，{ $status ->
        [confirmed] 已确认
        [done] 已完成
        [not-home] 您当时不在家
        [declined] 您说不方便
        [rescheduled] 已改期
       *[cancelled] 已取消
    }
