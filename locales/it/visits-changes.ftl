# A request closed by staff calls off its home visit still to come.
visit-called-off = La visita a casa prevista per { $when } è annullata, perché la Sua richiesta numero { $number } è stata chiusa. Se ha ancora bisogno, scriva qui.
visit-proposal-called-off = Gli orari proposti per la visita a casa non valgono più, perché la Sua richiesta numero { $number } è stata chiusa. Se ha ancora bisogno, scriva qui.
