# A request closed by staff calls off its home visit still to come.
visit-called-off = Vizita në shtëpi e planifikuar për { $when } u anulua, sepse kërkesa juaj nr. { $number } u mbyll. Nëse keni ende nevojë për ndihmë, shkruani këtu.
visit-proposal-called-off = Oraret e propozuara për vizitën në shtëpi nuk vlejnë më, sepse kërkesa juaj nr. { $number } u mbyll. Nëse keni ende nevojë për ndihmë, shkruani këtu.
