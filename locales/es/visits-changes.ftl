# A request closed by staff calls off its home visit still to come.
visit-called-off = La visita en casa prevista para el { $when } se canceló, porque su solicitud número { $number } se cerró. Si todavía necesita ayuda, escriba aquí.
visit-proposal-called-off = Los horarios propuestos para la visita en casa ya no son válidos, porque su solicitud número { $number } se cerró. Si todavía necesita ayuda, escriba aquí.
