booking-removed =
    ℹ️ 服务处取消了您的预约：{ $activity }，{ $when }。
    如果您觉得这是个错误，请在这里给我们留言。
book-not-allowed = 不能这样预约。请从菜单里选择活动。
book-limit = 这节课每个家庭最多预约 { $max } 个位子，您已经约满了。
