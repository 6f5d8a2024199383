button-expired = 这个按钮已经失效。请发送 /menu 重新开始。
