# A request closed by staff calls off its home visit still to come.
visit-called-off = 原定 { $when } 的上门服务已取消，因为您的 { $number } 号求助已经处理完毕。如果还需要帮助，请在这里留言。
visit-proposal-called-off = 上门服务的建议时间已经无效，因为您的 { $number } 号求助已经处理完毕。如果还需要帮助，请在这里留言。
