# The desk's own staff-facing words: the flood guard's notice, the operator group's command menu.

flood-guard-slowed = ⚠️ La persona sta mandando molti messaggi: quelli oltre il limite sono salvati ma non inoltrati, li vedete con /request { $request }.

## The operator group's command menu (Telegram shows it when staff type "/").
staff-command-queue = Richieste aperte, dalla più vecchia
staff-command-mine = Le richieste che ho preso
staff-command-take = Prendo la richiesta N
staff-command-close = Chiudo la richiesta N
staff-command-reopen = Riapro la richiesta N
staff-command-note = Nota interna: /note N testo
staff-command-request = Storia completa della richiesta N
staff-command-audit = Registro delle azioni sulla richiesta N
staff-command-sessions = Prossime sessioni
staff-command-newsession = Crea sessioni (anche settimanali)
staff-command-roster = Iscritti e presenze della sessione N
staff-command-cancelsession = Annulla la sessione N e avvisa tutti
staff-command-stats = Grafico e numeri del mese
staff-command-export = CSV per un periodo: /export da a
