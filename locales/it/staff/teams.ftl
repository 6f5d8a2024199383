# Teams: each organisation of the network works its own requests in its own group (data/desk.json).
# Placeables come in already escaped for Telegram's HTML.

## A transfer to another team

# The one line left in the group a request leaves: no content of the request.
team-vacated = ➡️ <b>#{ $id }</b> trasferita alla squadra «{ $to }» da { $by }. Qui non resta il contenuto: ora la segue l'altra squadra.
# What replaces a post of the request that Telegram would not delete (older than 48 hours).
team-vacated-post = ➡️ Richiesta trasferita a un'altra squadra: il contenuto non è più qui.
team-history-title = 📜 <b>Storia di #{ $id }</b>, dalla squadra «{ $from }» (trasferita da { $by }){ $part }:
team-history-resident = <i>{ $when }</i> 👤 <b>{ $name }</b>: { $text }
team-history-staff = <i>{ $when }</i> ↪️ <b>{ $staff }</b>: { $text }
team-history-note = <i>{ $when }</i> 📝 <b>{ $staff }</b> (nota interna): { $text }
team-history-media = [{ $kind }]
team-history-empty = Nessun altro messaggio oltre a quelli della scheda.

## Who may see and do what

# A staff member of another team (or a coordinator) asks about a request: neither its content nor an action.
team-not-yours = La richiesta #{ $id } è seguita dalla squadra «{ $team }»: la vedono e la gestiscono solo i suoi operatori, nel suo gruppo.
team-button-transfer = ➡️ Trasferisci
team-transfer-choose = ➡️ <b>A quale squadra passa #{ $id }?</b> La nuova squadra riceve la scheda e la storia; qui resta una riga senza contenuto; la persona viene avvisata nella sua lingua.
team-transferred = ➡️ #{ $id } trasferita alla squadra «{ $to }». La persona è stata avvisata nella sua lingua.
team-transfer-same = #{ $id } è già della squadra «{ $team }».
team-transfer-closed = #{ $id } è chiusa: riaprila prima di trasferirla.
team-transfer-unknown = Non conosco la squadra «{ $team }». Squadre: { $teams }
team-transfer-usage = Scrivi: /transfer 42 salute (oppure /transfer salute nell'argomento della richiesta). Squadre: { $teams }
team-help-transfer = /transfer N squadra (o il pulsante ➡️ sulla scheda): passa la richiesta a un'altra squadra, con la sua storia; la persona viene avvisata.

## Figures per team

team-queue-counts-title = 📊 <b>Richieste per squadra</b> (solo i numeri, senza contenuti):
team-queue-counts = { $team } · aperte: { $open } · prese: { $taken } · chiuse negli ultimi 30 giorni: { $closed }
team-stats-of = 👥 Squadra: { $teams }
team-stats-all = 👥 Tutte le squadre · richieste ricevute: { $shares }
team-session-not-yours = La sessione #{ $id } è della squadra «{ $team }»: iscritti e presenze li gestiscono i suoi operatori, nel suo gruppo.
team-command-transfer = Passo la richiesta N a un'altra squadra
# Where a new session is held, where there are several desks: "Sportello Cristo, via Gandolfi 20".
team-new-session-place-desk = Sportello { $desk }, { $address }
