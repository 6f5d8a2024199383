# Confidențialitate: ce păstrăm, copia datelor, ștergerea.

# One select on $days around the whole text: a select inside the sentence would be wrapped in bidi marks.
privacy-details =
    { $days ->
        [one]
            <b>Datele păstrate la biroul N.O.I.</b>
            <b>Ce păstrăm</b>: numele de pe Telegram, limba, telefonul (dacă ni l-ați trimis), ce scrieți biroului (texte, mesaje vocale, fotografii), rezervările. Despre copii, doar prenumele și clasa.
            <b>De ce</b>: ca să răspundem la cererile trimise și să organizăm cursurile de italiană și ajutorul la teme.
            <b>Cine le vede</b>: doar oamenii care lucrează la birou, în grupul lor de Telegram. Nu le dăm altcuiva fără să vă întrebăm.
            <b>Cât timp</b>: textele cererilor închise se șterg după { $days } zi. Dacă nu folosiți biroul timp de { $days } zi, ștergem și numele, telefonul, adresele și prenumele copiilor: rămân doar numere anonime pentru statistici.
            /mydata – primiți o copie cu toate datele
            /forget – ștergeți datele
        [few]
            <b>Datele păstrate la biroul N.O.I.</b>
            <b>Ce păstrăm</b>: numele de pe Telegram, limba, telefonul (dacă ni l-ați trimis), ce scrieți biroului (texte, mesaje vocale, fotografii), rezervările. Despre copii, doar prenumele și clasa.
            <b>De ce</b>: ca să răspundem la cererile trimise și să organizăm cursurile de italiană și ajutorul la teme.
            <b>Cine le vede</b>: doar oamenii care lucrează la birou, în grupul lor de Telegram. Nu le dăm altcuiva fără să vă întrebăm.
            <b>Cât timp</b>: textele cererilor închise se șterg după { $days } zile. Dacă nu folosiți biroul timp de { $days } zile, ștergem și numele, telefonul, adresele și prenumele copiilor: rămân doar numere anonime pentru statistici.
            /mydata – primiți o copie cu toate datele
            /forget – ștergeți datele
       *[other]
            <b>Datele păstrate la biroul N.O.I.</b>
            <b>Ce păstrăm</b>: numele de pe Telegram, limba, telefonul (dacă ni l-ați trimis), ce scrieți biroului (texte, mesaje vocale, fotografii), rezervările. Despre copii, doar prenumele și clasa.
            <b>De ce</b>: ca să răspundem la cererile trimise și să organizăm cursurile de italiană și ajutorul la teme.
            <b>Cine le vede</b>: doar oamenii care lucrează la birou, în grupul lor de Telegram. Nu le dăm altcuiva fără să vă întrebăm.
            <b>Cât timp</b>: textele cererilor închise se șterg după { $days } de zile. Dacă nu folosiți biroul timp de { $days } de zile, ștergem și numele, telefonul, adresele și prenumele copiilor: rămân doar numere anonime pentru statistici.
            /mydata – primiți o copie cu toate datele
            /forget – ștergeți datele
    }
mydata-caption = Iată copia cu toate datele păstrate la birou.
forget-confirm =
    Sigur vreți să vă ștergeți datele?
    Ștergem numele, telefonul, ce ați scris biroului și prenumele copiilor. Rezervările se anulează. După ștergere, datele nu mai pot fi recuperate.
forget-yes = 🗑 Da, vreau să-mi șterg datele
forget-no = Nu, le păstrez
forget-done = Gata: datele au fost șterse. Dacă ne scrieți din nou, începem de la capăt.
forget-kept = Bine, nu am șters nimic.
input-too-large = Acest fișier este prea mare (maximum { $max } MB).
cmd-mydata = Datele mele
cmd-forget = Ștergerea datelor
store-limit-request = Ați trimis deja multe mesaje la această cerere (maximum { $max }): pe următoarele nu le mai salvăm. Biroul a primit tot și vă va răspunde. Dacă este urgent, veniți la birou, în { $address }.
store-limit-day = Azi ați trimis deja multe mesaje (maximum { $max } pe zi): până mâine nu mai salvăm mesajele noi. Dacă este urgent, veniți la birou, în { $address }.
