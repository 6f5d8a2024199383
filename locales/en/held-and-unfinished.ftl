held-ask = Do you want to send this message to the desk?
held-yes = 📨 Yes, send it
held-no = No, thank you
held-not-sent = OK, I did not send it.
closed-still-help = Your request number { $number } is closed. Do you still need help?
closed-help-yes = 🙋 Yes, I need help
closed-help-no = 🙏 No, just wanted to say thanks
closed-thanks = Thank you too! We'll pass this on to the desk.
unfinished-request = You have a request you haven't sent yet. Do you want to carry on with it or delete it?
unfinished-continue = ▶️ Continue
unfinished-discard = 🗑 Delete it
unfinished-continued = All right, let's carry on: answer the question above.
unfinished-discarded = I have deleted the request you had not sent.
# A form begun before this chat was updated cannot go on (its state was kept the old way): it is closed, nothing sent.
req-form-lost = Sorry: this chat was updated, and the request you were writing was closed. Nothing was sent. You can start it again any time.
