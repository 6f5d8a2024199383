# Buttons pressed on older messages (Telegram sends them without the message after some hours).

button-stale = Este botón es de un mensaje antiguo y ya no hace nada. Abra el menú para elegir lo que necesita.
button-stale-form = Este botón es de un mensaje antiguo. Todavía no ha terminado de responder: responda a la última pregunta, o envíe /cancel para salir.

button-expired = Este botón ya no funciona. Envíe /menu para empezar de nuevo.
