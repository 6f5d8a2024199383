# Confidențialitate: ce păstrăm, copia datelor, ștergerea.

privacy-details =
    <b>Datele dumneavoastră la biroul N.O.I.</b>
    <b>Ce păstrăm</b>: numele dumneavoastră de pe Telegram, limba, telefonul dacă ni-l trimiteți, ce scrieți biroului (texte, mesaje vocale, poze), rezervările. Despre copii, doar prenumele și clasa.
    <b>De ce</b>: ca să răspundem la cererile dumneavoastră și să organizăm cursurile și ajutorul la teme.
    <b>Cine le vede</b>: doar oamenii care lucrează la birou, în grupul lor de Telegram. Nu le dăm altcuiva fără să vă întrebăm.
    <b>Cât timp</b>: textele cererilor închise se șterg după un timp (număr de zile: { $days }). Dacă nu folosiți biroul tot acest timp (număr de zile: { $days }), ștergem și numele, telefonul, adresele și prenumele copiilor: rămân doar cifre anonime pentru statistici.
    /mydata – primiți o copie a tuturor datelor dumneavoastră
    /forget – ștergeți datele dumneavoastră
mydata-caption = Iată tot ce păstrăm despre dumneavoastră.
forget-confirm =
    Sigur vreți să vă ștergeți datele?
    Ștergem numele dumneavoastră, telefonul, ce ați scris biroului și prenumele copiilor. Rezervările dumneavoastră se anulează. După ștergere, datele nu mai pot fi recuperate.
forget-yes = 🗑 Da, ștergeți-mi datele
forget-no = Nu, păstrați-le
forget-done = Gata: datele dumneavoastră au fost șterse. Dacă ne scrieți din nou, începem de la capăt.
forget-kept = Bine, nu am șters nimic.
input-too-large = Acest fișier este prea mare (mărime maximă: { $max } MB).
cmd-mydata = Datele mele
cmd-forget = Ștergerea datelor
store-limit-request = Ați trimis deja multe mesaje la această cerere (maximum: { $max }): următoarele nu le mai salvăm. Biroul a primit tot și vă va răspunde. Dacă este urgent, veniți la birou, via Gandolfi 20.
store-limit-day = Azi ați trimis deja multe mesaje (maximum într-o zi: { $max }): până mâine nu mai salvăm mesajele următoare. Dacă este urgent, veniți la birou, via Gandolfi 20.
