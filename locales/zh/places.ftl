# 服务处：如果网络中有多个服务处，每个人选择自己的服务处（街区或城市，或按位置）。

desk-choose = 您想去哪个服务处？请选择您所在的街区或城市。也可以把您的位置发给我们：我们帮您找到最近的服务处。
desk-nearest-button = 📍 离我最近的
desk-send-location = 请按下面的按钮发送您的位置。我们只用它来找最近的服务处，不会保存。
desk-share-location = 📍 发送我的位置
desk-chosen = 您的服务处：{ $name }，{ $address }。您可以在菜单里更换。
desk-nearest = 离您最近的服务处：{ $name }，{ $address }（大约 { $km } 公里）。从现在起这就是您的服务处：您可以在菜单里更换。
desk-current = 您现在的服务处：{ $name }，{ $address }。您可以选择别的服务处，也可以把您的位置发给我们。
menu-place = 📍 我的服务处

# The Cristo desk (via Gandolfi 20, Alessandria): its place and how to get there, in the info text.
# Another desk may have desk-<id>-place and desk-<id>-directions here too (else its address from data/desk.json).
desk-cristo-place = 地址：Via Gandolfi 20，Cristo 区，Alessandria。
desk-cristo-directions = 公交车：1 路和 4 路，Cristo 站。
