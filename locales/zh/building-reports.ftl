## Shared reports on the common areas of the buildings (🏢)

menu-building = 🏘 社区
building-title = 🏘 社区：服务处的通知和您的楼。您想做什么？
menu-report = 🏢 我的楼里有问题
menu-reported = 🏢 我楼里已反映的问题
report-kind-lift = 电梯坏了
report-kind-light = 楼梯的灯不亮
report-kind-leak = 地下室漏水
report-kind-rubbish = 垃圾
report-kind-door = 门坏了
report-kind-unsafe = 不安全、危险
report-ask-kind = 您楼里的公共区域有什么问题？
report-ask-building = 哪一栋楼？
report-type-building = 请写下您楼的地址（街道和门牌号）。
report-building-hint = 请写下您楼的街道和门牌号，例如：via Gandolfi 20。
report-already = 这个问题已经在 { $date } 有人反映过了：{ $kind }，{ $building }。
report-already-passed = 服务处已在 { $date } 转给了 { $to }。
report-followers =
    { $count ->
       *[other] 有 { $count } 位住户在关注。
    }
report-follow = 👁 关注并补充我看到的情况
report-cancel = ✖️ 取消
report-ask-piece = 请发一张照片、一条语音或几句话，说明您看到的情况。然后按“完成”。
report-done = ✅ 完成
report-piece-thanks = 收到了。您可以继续发送，或者按“完成”。
report-piece-unusable = 这里请发照片、语音或几句话。
report-sent = 谢谢。服务处已收到您反映的问题（编号 { $id }）。每一步进展我们都会告诉您。
report-joined = 谢谢。您现在也在关注这个问题（编号 { $id }）。每一步进展我们都会告诉您。
report-cancelled = 好的，什么也没有发送。
report-to-atc = ATC（公共住房）
report-to-comune = 市政府（Comune）
report-to-police = 警察
report-update-passed = 🏢 { $kind }，{ $building }：服务处已转给 { $to }。
report-update-fixed = 🏢 { $kind }，{ $building }：已经修好了。谢谢您的反映！
report-update-closed = 🏢 { $kind }，{ $building }：服务处对这个问题的处理已经结束。
reported-title = 🏢 您楼里已反映的问题
reported-none = 您楼里现在没有已反映的问题。
reported-line = • { $kind }，{ $building }：{ $date } 反映
reported-passed = { $date } 已转给 { $to }
mydata-section-reports = 楼里反映的问题
mydata-report-line = 您关注的问题：{ $kind }，{ $building }
mydata-reports-none = 您没有关注任何问题。
