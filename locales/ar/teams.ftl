# الفرق: ينتقل طلب المساعدة إلى فريق آخر في الشبكة (مثلًا إلى ممرض الحي وعاملات الرعاية).

transfer-notice = طلبك رقم { $number } يتابعه الآن { $team }. سيردّون عليك هنا، في هذه المحادثة.

# Who follows a request, when the desk file (data/desk.json, a team's residentName) has no name in this language:
# the generic text of the team's first category. Never the staff's Italian name.
team-of-housing = فريق السكن
team-of-rent = فريق الإيجار والفواتير والأوراق
team-of-social = فريق الخدمات الاجتماعية
team-of-health = فريق الصحة والرعاية
team-of-homecare = فريق الصحة والرعاية
team-of-school = فريق المدرسة والأطفال
team-of-neighbours = فريق الجيران والأمان
team-of-other = فريق آخر في المكتب

# Quick replies of the health and care team (sent by staff, in the resident's language).
qr-caregiver = نبحث لك عن عاملة رعاية. سنتصل بك لنتكلم عن الساعات والتكاليف.
qr-family-doctor = لهذا الأمر، تكلّم مع طبيب العائلة. إذا لم يكن عندك طبيب، نساعدك على اختيار طبيب في ⁨ASL⁩ (الخدمة الصحية).
qr-health-documents = أحضر معك البطاقة الصحية (⁨tessera sanitaria⁩) وأوراق الطبيب أو المستشفى التي عندك.
qr-urgent = إذا كان الأمر عاجلًا، اتصل الآن بالرقم ⁦112⁩.
