# 团队：求助可以转给网络中的另一个团队（例如社区护士和护工）。

transfer-notice = 您编号为 { $number } 的求助现在由 { $team } 负责。他们会在这里、在这个聊天中回复您。

# Quick replies of the health and care team (sent by staff, in the resident's language).
qr-caregiver = 我们正在为您找护工。我们会给您打电话，谈一谈时间和费用。
qr-family-doctor = 这个问题请找您的家庭医生。如果您还没有家庭医生，我们可以帮您在 ASL（卫生服务机构）选一位。
qr-health-documents = 请带上您的医保卡（tessera sanitaria）和您手上医生或医院的文件。
qr-urgent = 如果情况紧急，请马上拨打 112。
