button-expired = Este botón ya no funciona. Escribe /menu para empezar de nuevo.
