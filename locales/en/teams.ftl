# Teams: a request moves to another team of the network (for example to the nurse and the carers).

transfer-notice = Your request number { $number } is now being handled by { $team }. They will answer you here, in this chat.

# Who follows a request, when the desk file (data/desk.json, a team's residentName) has no name in this language:
# the generic text of the team's first category. Never the staff's Italian name.
team-of-housing = the housing team
team-of-rent = the team for rent, bills and paperwork
team-of-social = the social services team
team-of-health = the health and care team
team-of-homecare = the health and care team
team-of-school = the school and children team
team-of-neighbours = the neighbours and safety team
team-of-other = another team of the desk

# Quick replies of the health and care team (sent by staff, in the resident's language).
qr-caregiver = We are looking for a carer for you. We will call you to talk about hours and costs.
qr-family-doctor = For this, please talk to your family doctor. If you do not have one, we can help you choose one at the ASL (the local health service).
qr-health-documents = Please bring your health card (tessera sanitaria) and any papers you have from your doctor or the hospital.
qr-urgent = If it is urgent, call 112 now.
