# Buttons pressed on older messages (Telegram sends them without the message after some hours).

button-stale = Este botón es de un mensaje antiguo y ya no hace nada. Abre el menú para elegir lo que necesitas.
button-stale-form = Este botón es de un mensaje antiguo. Todavía no has terminado de responder: responde a la última pregunta, o manda /cancel para salir.

button-expired = Este botón ya no funciona. Manda /menu para empezar de nuevo.
