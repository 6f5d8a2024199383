# A request closed by staff calls off its home visit still to come.
visit-called-off = Vizita acasă programată pentru { $when } a fost anulată, pentru că cererea cu numărul { $number } a fost închisă. Dacă mai aveți nevoie de ajutor, scrieți aici.
visit-proposal-called-off = Intervalele propuse pentru vizita acasă nu mai sunt valabile, pentru că cererea cu numărul { $number } a fost închisă. Dacă mai aveți nevoie de ajutor, scrieți aici.
