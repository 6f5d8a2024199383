button-expired = Acest buton nu mai funcționează. Trimiteți /menu ca să începeți din nou.
