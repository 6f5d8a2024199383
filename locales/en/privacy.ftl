# Privacy: what we keep, a copy of the data, erasure.

# One select on $days around the whole text: a select inside the sentence would be wrapped in bidi marks.
privacy-details =
    { $days ->
        [one]
            <b>Your data at the N.O.I. desk</b>
            <b>What we keep</b>: your Telegram name, your language, your phone number if you send it, what you write to the desk (texts, voice messages, photos), your bookings. For children, only their first name and school year.
            <b>Why</b>: to answer your requests and to organise the Italian lessons and after-school help.
            <b>Who sees it</b>: only the desk staff, in their Telegram group. We do not give it to anyone else without asking you.
            <b>For how long</b>: the texts of closed requests are deleted after { $days } day. If you do not use the desk for { $days } day, we also delete your name, your phone number, your addresses and the children's names: only anonymous numbers for statistics remain.
            /mydata – get a copy of all your data
            /forget – delete your data
       *[other]
            <b>Your data at the N.O.I. desk</b>
            <b>What we keep</b>: your Telegram name, your language, your phone number if you send it, what you write to the desk (texts, voice messages, photos), your bookings. For children, only their first name and school year.
            <b>Why</b>: to answer your requests and to organise the Italian lessons and after-school help.
            <b>Who sees it</b>: only the desk staff, in their Telegram group. We do not give it to anyone else without asking you.
            <b>For how long</b>: the texts of closed requests are deleted after { $days } days. If you do not use the desk for { $days } days, we also delete your name, your phone number, your addresses and the children's names: only anonymous numbers for statistics remain.
            /mydata – get a copy of all your data
            /forget – delete your data
    }
mydata-caption = Here is everything we keep about you.
forget-confirm =
    Do you really want to delete your data?
    We delete your name, your phone number, what you wrote to the desk and the children's names. Your bookings are cancelled. This cannot be undone.
forget-yes = 🗑 Yes, delete my data
forget-no = No, keep it
forget-done = Done: your data is deleted. If you write again, we start from the beginning.
forget-kept = All right, I haven't deleted anything.
input-too-large = This file is too big (at most { $max } MB).
cmd-mydata = My data
cmd-forget = Delete my data
store-limit-request = You have already sent many messages about this request (at most { $max }): we will not save the next ones. The desk has received everything and will answer you. If it is urgent, come to the desk at { $address }.
store-limit-day = You have already sent many messages today (at most { $max } in one day): until tomorrow we will not save the next ones. If it is urgent, come to the desk at { $address }.
