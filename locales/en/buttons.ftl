# Buttons pressed on older messages (Telegram sends them without the message after some hours).

button-stale = This button is from an older message and does nothing now. Open the menu to choose what you need.
button-stale-form = This button is from an older message. You have not finished the questions yet: answer the last question, or send /cancel to stop.

button-expired = This button no longer works. Send /menu to start again.
