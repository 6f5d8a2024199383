# What a resident answered about a message on a closed request (src/bot/features/request.ts).

resident-said-thanks = 🙏 <b>#{ $number }</b>: la persona ringrazia. La richiesta resta chiusa.
resident-reopened = 🔁 <b>Riaperta</b>: la persona ha ancora bisogno di aiuto.
# The name the audit trail records when a resident reopens their own request.
resident-actor = residente
