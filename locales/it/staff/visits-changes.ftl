# Closing a request calls off its home visit still to come: said in the request's topic.
visit-staff-called-off = 🚫 <b>Visita { $visit } annullata</b> ({ $when }) perché la richiesta è chiusa: la persona è avvisata. { $worker }: la visita è tolta dal tuo giro.
visit-staff-proposal-called-off = 🚫 <b>Proposta di visita { $visit } ritirata</b> perché la richiesta è chiusa: la persona è avvisata.
