booking-removed =
    ℹ️ La oficina canceló su reserva: { $activity }, { $when }.
    Si cree que es un error, escríbanos aquí.
book-not-allowed = No se puede reservar así. Elija la actividad en el menú.
book-limit = { $max ->
        [one] Para esta clase, una familia puede reservar solo un lugar, y usted ya lo tiene.
       *[other] Para esta clase, una familia puede reservar como máximo { $max } lugares, y usted ya los tiene.
    }
