booking-removed =
    ℹ️ La oficina ha quitado tu reserva: { $activity }, { $when }.
    Si crees que es un error, escríbenos aquí.
book-not-allowed = No se puede reservar así. Elige la actividad en el menú.
book-limit = Para esta clase ya tienes el máximo de plazas para una familia ({ $max }).
