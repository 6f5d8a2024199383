button-expired = Este botón ya no funciona. Manda /menu para empezar de nuevo.
