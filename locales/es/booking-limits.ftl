booking-removed =
    ℹ️ La oficina ha cancelado tu reserva: { $activity }, { $when }.
    Si crees que es un error, escríbenos aquí.
book-not-allowed = No se puede reservar así. Elige la actividad en el menú.
book-limit = { $max ->
        [one] Para esta clase, una familia puede reservar solo una plaza, y ya la tienes.
       *[other] Para esta clase, una familia puede reservar como máximo { $max } plazas, y ya las tienes.
    }
