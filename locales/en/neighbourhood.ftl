## The neighbourhood: the desk's announcements and events, for those who asked for them

menu-news = 📣 News from the desk
news-heading = 📣 News from the desk
news-event-heading = 📅 An event of the desk
news-event-when = 🗓 { $when }
news-event-yes = ✅ I will come
news-event-no = ❌ I can't
news-event-cannot-now = ❌ I can't come any more
news-event-reminder = ⏰ Reminder: { $when }
news-stop = 🔕 No more news
news-stopped = You will not receive news from the desk any more. You can turn it on again in the menu: 📣 News from the desk.
news-event-thanks-yes = Thank you! We are expecting you. We will remind you the day before.
news-event-thanks-no = Thank you for letting us know.
news-event-over = This event has already taken place.
news-topic-activities = Courses and activities
news-topic-works = Works in the building
news-topic-health = Health
news-all = ✅ Yes, all the news
news-none = 🔕 No news
news-screen-on =
    📣 News from the desk

    You receive news on the topics marked ✅. Tap a topic to change it.
news-screen-off =
    📣 News from the desk

    You do not receive any news now. Tap the topics you are interested in.
news-on-toast = You will receive the news.
news-off-toast = No news.
news-first-question = Would you like news from the desk? Courses and activities, works in your building, health days. You can stop at any time.
news-first-yes = 📣 Yes, send me news
news-first-choose = 📋 Choose the topics
news-first-no = No, thank you
mydata-section-news = News from the desk
mydata-news-topics = You chose to receive news about: { $topics }
mydata-news-none = You did not choose to receive news.
