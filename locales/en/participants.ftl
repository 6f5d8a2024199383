# The participant sheet for the European Social Fund Plus (ESF+): counts only, never names.
# One select on $who around the whole text: "child" when a parent answers for their child ($child).

ps-intro =
    { $who ->
        [child]
            📊 A few questions about { $child }, for those who fund the desk
            The desk is paid for by the European Social Fund Plus through the Piedmont Region, which asks us to count who takes part: women and men, age, schooling. You answer for { $child }.
            • Only the numbers leave the desk, never a name.
            • You can answer every question with “I'd rather not say”.
            • You can see your answers with /mydata and delete them with /forget.
            Do you want to answer? It takes a minute.
       *[self]
            📊 A few questions for those who fund the desk
            The desk is paid for by the European Social Fund Plus through the Piedmont Region, which asks us to count who takes part: women and men, age, work, schooling.
            • Only the numbers leave the desk, never your name.
            • You can answer every question with “I'd rather not say”.
            • You can see your answers with /mydata and delete them with /forget.
            Do you want to answer? It takes a minute.
    }
ps-consent-yes = ✅ Yes, I'll answer
ps-consent-no = No, thank you
ps-declined = All right: we save nothing and will not ask again. Your booking stays as it is.
ps-done = Thank you! Your answers are saved: you can see them with /mydata and delete them with /forget.

ps-q-gender =
    { $who ->
        [child] { $child } is…
       *[self] You are…
    }
ps-q-age =
    { $who ->
        [child] How old is { $child }?
       *[self] How old are you?
    }
ps-q-labour =
    { $who ->
        [child] Does { $child } work?
       *[self] Do you work?
    }
ps-q-joblessFor =
    { $who ->
        [child] How long has { $child } been looking for work?
       *[self] How long have you been looking for work?
    }
ps-q-education =
    { $who ->
        [child] What level of school has { $child } reached so far?
       *[self] How far did you go in school?
    }
ps-q-thirdCountry =
    { $who ->
        [child] Is { $child } a citizen of a country outside the European Union?
       *[self] Are you a citizen of a country outside the European Union?
    }
ps-q-foreignBackground =
    { $who ->
        [child] Was { $child }, or one of their parents, born outside Italy?
       *[self] Were you, or one of your parents, born outside Italy?
    }
ps-q-homeless =
    { $who ->
        [child] Is { $child } without a stable home (on the street, in a shelter, staying with others, or facing eviction)?
       *[self] Are you without a stable home (on the street, in a shelter, staying with others, or facing eviction)?
    }
ps-q-disability =
    { $who ->
        [child] Does { $child } have a disability?
       *[self] Do you have a disability?
    }
ps-q-minority =
    { $who ->
        [child] Does { $child } belong to a minority, for example Roma or Sinti?
       *[self] Do you belong to a minority, for example Roma or Sinti?
    }

ps-a-woman = Woman / girl
ps-a-man = Man / boy
ps-a-non-binary = Non-binary
ps-a-under-18 = Under 18
ps-a-18-24 = 18–24 years
ps-a-25-29 = 25–29 years
ps-a-30-54 = 30–54 years
ps-a-55-plus = 55 or older
ps-a-employed = 💼 Yes (including self-employed)
ps-a-unemployed = 🔎 No, looking for work
ps-a-inactive = 🏠 No, not looking for work
ps-a-under-6m = Less than 6 months
ps-a-6-12m = 6 to 12 months
ps-a-over-12m = More than 12 months
ps-a-isced-0-2 = Up to middle school
ps-a-isced-3-4 = Secondary school or job training
ps-a-isced-5-8 = University or higher
ps-a-yes = Yes
ps-a-no = No
ps-a-declined = 🤐 I'd rather not say

ps-sensitive-intro =
    { $who ->
        [child]
            Two more questions, about { $child }'s health and origin. These questions are sensitive: we ask them only if you say yes, and the answers only count as numbers.
            Do you want to answer these too?
       *[self]
            Two more questions, about health and origin. These questions are sensitive: we ask them only if you say yes, and the answers only count as numbers.
            Do you want to answer these too?
    }
ps-sensitive-yes = ✅ Yes, I agree
ps-sensitive-no = No, I'll skip these

ps-mydata-title = Questions for those who fund the desk (ESF+)
ps-mydata-self = About you
ps-mydata-child = About { $child }
ps-mydata-declined = You said no: no answers were saved.
ps-mydata-pending = No answers.
ps-mydata-sensitive = You agreed to the questions on health and origin.
ps-label-gender = Gender
ps-label-age = Age
ps-label-labour = Work
ps-label-joblessFor = Looking for work for
ps-label-education = Schooling
ps-label-thirdCountry = Citizen of a country outside the EU
ps-label-foreignBackground = Born outside Italy (the person or a parent)
ps-label-homeless = Without a stable home
ps-label-disability = Disability
ps-label-minority = Minority
