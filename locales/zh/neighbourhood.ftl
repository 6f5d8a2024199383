## 社区：服务处的通知和活动，只发给愿意接收的人

menu-news = 📣 服务处的通知
news-heading = 📣 服务处的通知
news-event-heading = 📅 服务处的活动
news-event-when = 🗓 { $when }
news-event-yes = ✅ 我会来
news-event-no = ❌ 我来不了
news-event-cannot-now = ❌ 我来不了了
news-event-reminder = ⏰ 提醒：{ $when }
news-stop = 🔕 不再接收通知
news-stopped = 您将不再收到服务处的通知。可以在菜单里重新打开：🏘 社区 → 📣 服务处的通知。
news-event-thanks-yes = 谢谢！我们等您。活动前一天我们会提醒您。
news-event-thanks-no = 谢谢您告诉我们。
news-event-over = 这个活动已经结束了。
news-topic-activities = 课程和活动
news-topic-works = 楼里的施工
news-topic-health = 健康
news-all = ✅ 是的，所有通知
news-none = 🔕 不接收通知
news-screen-on =
    📣 服务处的通知

    您会收到打了 ✅ 的主题的通知。按一个主题可以打开或关闭。
news-screen-off =
    📣 服务处的通知

    您现在不接收通知。请按您感兴趣的主题。
news-on-toast = 您会收到通知。
news-off-toast = 已停止接收通知。
news-first-question = 您想收到服务处的通知吗？课程和活动、您楼里的施工、健康日。您随时可以停止。
news-first-yes = 📣 是的，请发给我
news-first-choose = 📋 我来选主题
news-first-no = 不用了，谢谢
mydata-section-news = 服务处的通知
mydata-news-topics = 您选择接收以下主题的通知：{ $topics }
mydata-news-none = 您没有选择接收通知。
