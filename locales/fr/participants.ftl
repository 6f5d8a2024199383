# La fiche du participant pour le Fonds social européen Plus (FSE+) : des chiffres, jamais de noms.

ps-intro =
    { $who ->
        [child]
            📊 Quelques questions sur { $child }, pour ceux qui financent le guichet
            Le guichet est payé par le Fonds social européen Plus, par l'intermédiaire de la Région Piémont, qui nous demande de compter qui participe : femmes et hommes, âge, études. Vous répondez pour { $child }.
            • Seuls les chiffres sortent du guichet, jamais un nom.
            • À chaque question, vous pouvez répondre « Je préfère ne pas le dire ».
            • Vous pouvez voir vos réponses avec /mydata et les effacer avec /forget.
            Voulez-vous répondre ? Cela prend une minute.
       *[self]
            📊 Quelques questions pour ceux qui financent le guichet
            Le guichet est payé par le Fonds social européen Plus, par l'intermédiaire de la Région Piémont, qui nous demande de compter qui participe : femmes et hommes, âge, travail, études.
            • Seuls les chiffres sortent du guichet, jamais votre nom.
            • À chaque question, vous pouvez répondre « Je préfère ne pas le dire ».
            • Vous pouvez voir vos réponses avec /mydata et les effacer avec /forget.
            Voulez-vous répondre ? Cela prend une minute.
    }
ps-consent-yes = ✅ Oui, je réponds
ps-consent-no = Non, merci
ps-declined = D'accord : nous n'enregistrons rien et ne vous le demanderons plus. Votre réservation reste valable.
ps-done = Merci ! Vos réponses sont enregistrées. Vous pouvez les voir avec /mydata et les effacer avec /forget.

ps-q-gender =
    { $who ->
        [child] { $child } est…
       *[self] Vous êtes…
    }
ps-q-age =
    { $who ->
        [child] Quel âge a { $child } ?
       *[self] Quel âge avez-vous ?
    }
ps-q-labour =
    { $who ->
        [child] { $child } a un travail ?
       *[self] Travaillez-vous ?
    }
ps-q-joblessFor =
    { $who ->
        [child] Depuis combien de temps { $child } cherche du travail ?
       *[self] Depuis combien de temps cherchez-vous du travail ?
    }
ps-q-education =
    { $who ->
        [child] Quel niveau d'études a atteint { $child }, pour l'instant ?
       *[self] Quel est votre niveau d'études ?
    }
ps-q-thirdCountry =
    { $who ->
        [child] { $child } a la nationalité d'un pays hors de l'Union européenne ?
       *[self] Avez-vous la nationalité d'un pays hors de l'Union européenne ?
    }
ps-q-foreignBackground =
    { $who ->
        [child] { $child }, ou l'un de ses parents, est né(e) hors d'Italie ?
       *[self] Êtes-vous né(e) hors d'Italie, vous ou l'un de vos parents ?
    }
ps-q-homeless =
    { $who ->
        [child] { $child } est sans logement stable (dort à la rue ou en foyer, vit chez d'autres, ou risque l'expulsion) ?
       *[self] Êtes-vous sans logement stable (vous dormez à la rue ou en foyer, vivez chez d'autres, ou risquez l'expulsion) ?
    }
ps-q-disability =
    { $who ->
        [child] { $child } a un handicap ?
       *[self] Avez-vous un handicap ?
    }
ps-q-minority =
    { $who ->
        [child] { $child } fait partie d'une minorité, par exemple rom ou sinti ?
       *[self] Faites-vous partie d'une minorité, par exemple rom ou sinti ?
    }

ps-a-woman = Femme / fille
ps-a-man = Homme / garçon
ps-a-non-binary = Non binaire
ps-a-under-18 = Moins de 18 ans
ps-a-18-24 = 18–24 ans
ps-a-25-29 = 25–29 ans
ps-a-30-54 = 30–54 ans
ps-a-55-plus = 55 ans ou plus
ps-a-employed = 💼 Oui (y compris à son compte)
ps-a-unemployed = 🔎 Non, en recherche d'emploi
ps-a-inactive = 🏠 Non, sans recherche d'emploi
ps-a-under-6m = Moins de 6 mois
ps-a-6-12m = De 6 à 12 mois
ps-a-over-12m = Plus de 12 mois
ps-a-isced-0-2 = Jusqu'au collège
ps-a-isced-3-4 = Bac ou diplôme professionnel
ps-a-isced-5-8 = Université ou plus
ps-a-yes = Oui
ps-a-no = Non
ps-a-declined = 🤐 Je préfère ne pas le dire

ps-sensitive-intro =
    { $who ->
        [child]
            Encore deux questions sur { $child } : sa santé et son origine. Ces questions sont délicates : nous les posons seulement si vous êtes d'accord, et elles ne comptent que comme des chiffres.
            Voulez-vous aussi répondre à celles-ci ?
       *[self]
            Encore deux questions, sur la santé et l'origine. Ces questions sont délicates : nous les posons seulement si vous êtes d'accord, et elles ne comptent que comme des chiffres.
            Voulez-vous aussi répondre à celles-ci ?
    }
ps-sensitive-yes = ✅ Oui, j'accepte
ps-sensitive-no = Non, je passe ces questions

ps-mydata-title = Questions pour ceux qui financent le guichet (FSE+)
ps-mydata-self = Sur vous
ps-mydata-child = Sur { $child }
ps-mydata-declined = Vous avez dit non : aucune réponse n'est enregistrée.
ps-mydata-pending = Aucune réponse.
ps-mydata-sensitive = Vous avez accepté les questions sur la santé et l'origine.
ps-label-gender = Genre
ps-label-age = Âge
ps-label-labour = Travail
ps-label-joblessFor = Cherche du travail depuis
ps-label-education = Études
ps-label-thirdCountry = Nationalité hors de l'UE
ps-label-foreignBackground = Naissance hors d'Italie (la personne ou un parent)
ps-label-homeless = Sans logement stable
ps-label-disability = Handicap
ps-label-minority = Minorité
