# A request closed by staff calls off its home visit still to come.
visit-called-off = La visite à domicile prévue le { $when } a été annulée, car votre demande numéro { $number } a été fermée. Si vous avez encore besoin d'aide, écrivez ici.
visit-proposal-called-off = Les horaires proposés pour la visite à domicile ne sont plus valables, car votre demande numéro { $number } a été fermée. Si vous avez encore besoin d'aide, écrivez ici.
