# A request closed by staff calls off its home visit still to come.
visit-called-off = Візит додому, запланований на { $when }, скасовано, бо ваше звернення номер { $number } закрито. Якщо вам ще потрібна допомога, напишіть тут.
visit-proposal-called-off = Запропонований час для візиту додому вже не дійсний, бо ваше звернення номер { $number } закрито. Якщо вам ще потрібна допомога, напишіть тут.
