# 团队：求助可以转给网络中的另一个团队（例如社区护士和护工）。

transfer-notice = 您的 { $number } 号求助现在由{ $team }负责。他们会在这个聊天里回复您。

# Who follows a request, when the desk file (data/desk.json, a team's residentName) has no name in this language:
# the generic text of the team's first category. Never the staff's Italian name.
team-of-housing = 住房小组
team-of-rent = 房租、账单和证件小组
team-of-social = 社会服务小组
team-of-health = 健康与照护小组
team-of-homecare = 健康与照护小组
team-of-school = 学校和孩子小组
team-of-neighbours = 邻里和安全小组
team-of-other = 服务处的另一个小组

# Quick replies of the health and care team (sent by staff, in the resident's language).
qr-caregiver = 我们正在为您找护工。我们会给您打电话，谈一谈时间和费用。
qr-family-doctor = 这个问题请找您的家庭医生。如果您还没有家庭医生，我们可以帮您在 ASL（卫生服务机构）选一位。
qr-health-documents = 请带上您的医保卡（tessera sanitaria）和您手上医生或医院的文件。
qr-urgent = 如果情况紧急，请马上拨打 112。
