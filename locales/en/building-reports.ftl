## Shared reports on the common areas of the buildings (🏢)

menu-building = 🏘 The neighbourhood
building-title = 🏘 The neighbourhood: news from the desk and your building. What would you like to do?
menu-report = 🏢 A problem in my building
menu-reported = 🏢 Reports in my building
report-kind-lift = Lift out of order
report-kind-light = Light out on the stairs
report-kind-leak = Water leak in the cellar
report-kind-rubbish = Rubbish
report-kind-door = Broken door
report-kind-unsafe = Something unsafe or dangerous
report-ask-kind = What is the problem in the shared areas of your building?
report-ask-building = Which building?
report-type-building = Write the address of your building (street and number).
report-building-hint = Please write the street and number of your building, for example: via Gandolfi 20.
report-already = This problem was already reported on { $date }: { $kind }, { $building }.
report-already-passed = The desk reported it to { $to } on { $date }.
report-followers =
    { $count ->
        [one] 1 resident is following it.
       *[other] { $count } residents are following it.
    }
report-follow = 👁 I'll follow it and add more
report-cancel = ✖️ Cancel
report-ask-piece = Send a photo, a voice message or a few words about what you see. Then press “Done”.
report-done = ✅ Done
report-piece-thanks = Received. You can send more, or press “Done”.
report-piece-unusable = Please send a photo, a voice message or a few words here.
report-sent = Thank you. The desk has received your report (number { $id }). We will keep you updated.
report-joined = Thank you. You are now following this report too (number { $id }). We will keep you updated.
report-cancelled = All right, nothing was sent.
report-to-atc = ATC (social housing)
report-to-comune = the Comune (town hall)
report-to-police = the police
report-update-passed = 🏢 { $kind }, { $building }: the desk has reported it to { $to }.
report-update-fixed = 🏢 { $kind }, { $building }: it has been fixed. Thank you for reporting it!
report-update-closed = 🏢 { $kind }, { $building }: the desk has closed this report.
reported-title = 🏢 Reports in your building
reported-none = There are no reports in your building at the moment.
reported-line = • { $kind }, { $building }: reported on { $date }
reported-passed = reported to { $to } on { $date }
mydata-section-reports = Reports in your building
mydata-report-line = You are following: { $kind }, { $building }
mydata-reports-none = You are not following any report.
