# Equipos: una solicitud pasa a otro equipo de la red (por ejemplo, al enfermero y a las cuidadoras).

transfer-notice = Ahora tu solicitud número { $number } la lleva { $team }. Te responden aquí, en este chat.

# Quick replies of the health and care team (sent by staff, in the resident's language).
qr-caregiver = Estamos buscando una cuidadora para ti. Te llamamos para hablar de horarios y costes.
qr-family-doctor = Para esto, habla con tu médico de cabecera. Si no tienes, te ayudamos a elegir uno en la ASL (el servicio de salud).
qr-health-documents = Trae tu tarjeta sanitaria (tessera sanitaria) y los papeles del médico o del hospital que tengas.
qr-urgent = Si es urgente, llama ahora al 112.
