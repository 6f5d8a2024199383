# Equipos: una solicitud pasa a otro equipo de la red (por ejemplo, al enfermero y a las cuidadoras).

transfer-notice = Ahora su solicitud número { $number } la atiende { $team }. Le responderán aquí, en este chat.

# Who follows a request, when the desk file (data/desk.json, a team's residentName) has no name in this language:
# the generic text of the team's first category. Never the staff's Italian name.
team-of-housing = el equipo de vivienda
team-of-rent = el equipo de alquiler, facturas y papeles
team-of-social = el equipo de servicios sociales
team-of-health = el equipo de salud y cuidados
team-of-homecare = el equipo de salud y cuidados
team-of-school = el equipo de escuela y niños
team-of-neighbours = el equipo de vecinos y seguridad
team-of-other = otro equipo de la oficina

# Quick replies of the health and care team (sent by staff, in the resident's language).
qr-caregiver = Estamos buscando una cuidadora para usted. Le haremos una llamada para hablar de horarios y costos.
qr-family-doctor = Para esto, hable con su médico de familia. Si no tiene, le ayudamos a elegir uno en la ASL (el servicio de salud).
qr-health-documents = Traiga su tarjeta sanitaria (tessera sanitaria) y los papeles del médico o del hospital que tenga.
qr-urgent = Si es urgente, llame ahora al 112.
