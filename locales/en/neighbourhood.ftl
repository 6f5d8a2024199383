## The neighbourhood: the desk's announcements and events, for those who asked for them

menu-news = 📣 News from the desk
news-heading = 📣 News from the desk
news-event-heading = 📅 An event from the desk
news-event-when = 🗓 { $when }
news-event-yes = ✅ I'll be there
news-event-no = ❌ I can't come
news-event-cannot-now = ❌ I can no longer come
news-event-reminder = ⏰ Reminder: { $when }
news-stop = 🔕 No more news
news-stopped = You will no longer receive news from the desk. You can turn it back on from the menu: 🏘 The neighbourhood → 📣 News from the desk.
news-event-thanks-yes = Thank you! We look forward to seeing you. We will remind you the day before.
news-event-thanks-no = Thank you for letting us know.
news-event-over = This event has already taken place.
news-topic-activities = Courses and activities
news-topic-works = Works in the building
news-topic-health = Health
news-all = ✅ Yes, all the news
news-none = 🔕 No news
news-screen-on =
    📣 News from the desk

    You receive news on the topics marked ✅. Press a topic to turn it on or off.
news-screen-off =
    📣 News from the desk

    You are not receiving any news at the moment. Press the topics you are interested in.
news-on-toast = You will receive news.
news-off-toast = No news.
news-first-question = Would you like news from the desk? Courses and activities, works in your building, health days. You can stop at any time.
news-first-yes = 📣 Yes, send me news
news-first-choose = 📋 I'll choose the topics
news-first-no = No, thank you
mydata-section-news = News from the desk
mydata-news-topics = You have chosen to receive news about: { $topics }
mydata-news-none = You have not chosen to receive any news.
