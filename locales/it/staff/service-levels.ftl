# What the desk tells staff under a request about its service levels (domain/service-levels.ts names the event, the
# operator board words it when it posts). $id is the request number, as text.
sl-stale = ⏰ <b>#{ $id } aspetta una prima risposta da più di { NUMBER($limit, maximumFractionDigits: 1) } ore lavorative</b> ({ NUMBER($waited, maximumFractionDigits: 1) } finora). Chi può rispondere?
sl-satisfaction = { $answer ->
    [yes] 😊
    [partly] 😐
   *[no] 🙁
} <b>Soddisfazione #{ $id }</b>: la persona ha risposto «{ $answer ->
    [yes] sì
    [partly] in parte
   *[no] no
}».
sl-satisfaction-comment = 🗣 <b>Commento sulla soddisfazione #{ $id }</b> (la richiesta resta chiusa):
