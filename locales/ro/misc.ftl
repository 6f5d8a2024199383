button-expired = Acest buton nu mai funcționează. Scrieți /menu ca să începeți din nou.
