# Команди: звернення переходить до іншої команди мережі (наприклад, до медсестри і доглядальниць).

transfer-notice = Вашим зверненням номер { $number } тепер займається { $team }. Вам відповідатимуть тут, у цьому чаті.

# Who follows a request, when the desk file (data/desk.json, a team's residentName) has no name in this language:
# the generic text of the team's first category. Never the staff's Italian name.
team-of-housing = команда з питань житла
team-of-rent = команда з питань оренди, рахунків і документів
team-of-social = команда соціальних служб
team-of-health = команда з питань здоров'я і догляду
team-of-homecare = команда з питань здоров'я і догляду
team-of-school = команда з питань школи і дітей
team-of-neighbours = команда з питань сусідів і безпеки
team-of-other = інша команда офісу

# Quick replies of the health and care team (sent by staff, in the resident's language).
qr-caregiver = Ми шукаємо для вас доглядальницю. Ми зателефонуємо, щоб поговорити про години та вартість.
qr-family-doctor = З цим питанням зверніться до свого сімейного лікаря. Якщо у вас його немає, ми допоможемо вибрати лікаря в ASL (служба охорони здоров'я).
qr-health-documents = Візьміть із собою картку медичного страхування (tessera sanitaria) і папери від лікаря чи з лікарні, які у вас є.
qr-urgent = Якщо це терміново, негайно телефонуйте на 112.
