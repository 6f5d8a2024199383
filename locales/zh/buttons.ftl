# Buttons pressed on older messages (Telegram sends them without the message after some hours).

button-stale = 这个按钮来自一条旧消息，现在已经没有作用了。请打开菜单，选择您需要的服务。
button-stale-form = 这个按钮来自一条旧消息。您还没有回答完问题：请回答最后一个问题，或者发送 /cancel 退出。

button-expired = 这个按钮已经失效。请发送 /menu 重新开始。
