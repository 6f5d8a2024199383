# Voice replies: a resident who chose to hear the desk gets a voice note with each message (src/bot/features/voice/).
menu-voice-listen = 🔊 收听消息
menu-voice-stop = 🔇 停止语音消息
voice-first-contact = 🔊 我更喜欢语音消息
voice-on = 🔊 语音消息已开启：服务处的每条消息也会以语音消息发送给您。如需关闭，请打开菜单。
voice-off = 🔇 语音消息已关闭。您可以在菜单中重新开启。
voice-synthetic = 🔊 合成语音
voice-recorded = 🔊 服务处录制的语音
voice-listen = 🔊 收听
voice-unavailable = 我现在无法朗读这条消息。请稍后再试。
voice-too-old = 这条消息太旧了，无法朗读。
privacy-voice = 🔊 如果您选择语音消息，服务处会在自己的电脑上把消息转换成语音（合成语音，不使用任何外部服务）；部分语句由项目的文化调解员录制。
# On WhatsApp, whose list holds ten rows, the language and privacy (and the desk's choice) share one menu row.
menu-settings = ⚙️ 设置
menu-settings-title = ⚙️ 设置：您想更改什么？
voice-first-contact-short = 🔊 语音消息
