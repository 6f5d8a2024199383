# 课程、课后辅导、手工活动：预约、候补名单、提醒。

act-italian-a0a1 = 零基础意大利语（A0/A1）
act-italian-a1 = 意大利语 A1
act-italian-a2 = 意大利语 A2
act-italian-b1 = 意大利语 B1
act-tutoring-primary = 课后辅导 – 小学
act-tutoring-middle = 课后辅导 – 初中
act-macrame = 绳结编织手工课
act-caregiver = 照顾家人的护理课程
act-italian-a0a1-desc = 适合还不会说意大利语，或者只会几个词的人。从零开始。
act-italian-a1-desc = 适合能听懂简单词语和句子的人。学习自我介绍、买东西、看医生。
act-italian-a2-desc = 适合已经会说一点的人。内容有工作、孩子上学、去政府部门办事。
act-italian-b1-desc = 适合说得比较好、想继续提高的人，也可以为考试和办居留做准备。
act-tutoring-primary-desc = 帮小学生（意大利 scuola primaria）写作业。
act-tutoring-middle-desc = 帮意大利初中（scuola media，11–14 岁）的学生写作业、复习功课。
act-macrame-desc = 大家一起用绳子打结编织。适合所有人，没有经验也可以。材料由我们提供。
act-caregiver-desc = 怎样在家照顾老人或病人：个人卫生、帮助活动、用药、权益。

class-p1 = 小学一年级
class-p2 = 小学二年级
class-p3 = 小学三年级
class-p4 = 小学四年级
class-p5 = 小学五年级
class-m1 = 初中一年级（意大利）
class-m2 = 初中二年级（意大利）
class-m3 = 初中三年级（意大利）
subject-homework = 作业
subject-italian = 意大利语
subject-maths = 数学
subject-english = 英语
subject-science = 科学

place-desk = N.O.I. 服务处，{ $address }

book-choose-level = 选哪个级别？如果不确定，请选第一个。
book-choose-activity = 选哪个活动？
book-sessions =
    <b>{ $activity }</b>
    { $description }
    请选择时间。如果已满，可以加入候补名单。
book-no-sessions = 暂时还没有安排课程，我们很快会加上。您可以问问服务处。
book-session-free = { $when } · 空位 { $free } 个
book-session-full = { $when } · 已满
book-confirmed =
    ✅ 预约成功！
    { $activity }
    📅 { $when }
    📍 { $place }
    我们会在前一天和开始前两小时提醒您。
book-confirmed-child =
    ✅ 已为 { $child } 预约成功！
    { $activity }
    📅 { $when }
    📍 { $place }
    我们会在前一天和开始前两小时提醒您。
book-full = 这节课已经满了。您要加入候补名单吗？有空位时我们会通知您。
book-join-waitlist = 📝 加入候补名单
book-waitlisted = 您在候补名单上排第 { $position } 位。有空位时我们会通知您。
book-already = 这节课您已经有位子了，或者已经在候补名单上了。
book-started = 这节课已经开始了。请选择别的时间。
book-session-cancelled = 这节课已经取消了。请选择别的时间。
book-not-found = 这节课已经不存在了。请选择别的时间。
book-free-now = 刚空出一个位子，您可以预约。

tutoring-child-name = 孩子叫什么名字？只写名字就可以。
tutoring-child-name-invalid = 请只写名字（最多 40 个字）。
tutoring-child-class = { $child } 上几年级？
tutoring-subject = { $child } 哪方面需要帮助？
tutoring-another = 您还要为另一个孩子预约吗？
tutoring-another-yes = ➕ 另一个孩子
tutoring-another-no = ✔️ 不用了，就这些
tutoring-privacy-note = 关于孩子，我们只保存名字和年级。

my-bookings-title = <b>您的预约</b>
my-bookings-none = 您还没有预约。
my-booking-line = { $activity } · { $when } · { $status }
my-booking-line-child = { $activity }（{ $child }）· { $when } · { $status }
booking-status-booked = 已预约
booking-status-waiting = 候补中
booking-status-offered = 有位子给您！
booking-cancelled = 预约已取消。谢谢您告诉我们：这个位子会留给别人。
booking-cancel-failed = 这个预约已经不能取消了。

waitlist-offer =
    🎉 有空位了！
    { $activity }
    📅 { $when }
    📍 { $place }
    您要这个位子吗？我们为您保留到 { $until }。
offer-accept = ✅ 要，我要这个位子
offer-decline = 不用了，谢谢
offer-gone = 抱歉，这个位子已经不能再给您了。
offer-declined = 好的。我们会把位子给下一位。
offer-lapsed = 我们为您保留的位子（{ $activity }，{ $when }）已经给了下一位，因为没有收到您的回复。

session-cancelled =
    ⚠️ 已取消：{ $activity }，{ $when }。
    非常抱歉！您的预约已取消。您可以在菜单里选择别的课。

reminder-24h =
    ⏰ 提醒：明天，{ $when }
    { $activity }
    📍 { $place }
reminder-2h =
    ⏰ 两小时后，{ $when }
    { $activity }
    📍 { $place }
reminder-coming = 👍 我会来
reminder-not-coming = ✖️ 我来不了
reminder-thanks = 谢谢！到时见。
reminder-freed = 谢谢您告诉我们。您的位子现在可以给别人了。

# Short names, after the date on a booking's cancel button ("✖️ Mer 02/12 · Corso A1").
act-italian-a0a1-short = A0/A1 课程
act-italian-a1-short = A1 课程
act-italian-a2-short = A2 课程
act-italian-b1-short = B1 课程
act-macrame-short = 绳结编织
act-caregiver-short = 护理课程

# Every date of a course in one tap, and the answer, one line per date.
book-course-button = { $count ->
        [1] 📅 预约这次课
       *[other] 📅 预约全部 { $count } 次课
    }
book-course-title = <b>{ $activity }</b> – 全部日期：
book-course-line-booked = ✅ { $when } · 已预约
book-course-line-waiting = 📝 { $when } · 候补名单第 { $position } 位
book-course-line-refused = ✖️ { $when } · 未预约
book-course-next = 每节课的前一天和前两小时，我们都会提醒您。
book-course-next-waiting = 有位子的课，我们会在上课前提醒您。已满的课如果有空位，我们会通知您。

# Cancelling a booking asks first.
booking-cancel-ask =
    要取消这个预约吗？
    { $activity }
    📅 { $when }
booking-cancel-yes = ✖️ 是的，取消
booking-cancel-no = 不，保留
