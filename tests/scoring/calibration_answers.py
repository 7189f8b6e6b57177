"""The calibration set: answers rated by a person, which the scorer WAS tuned on.

It was once called held out, but detector phrases were written from its wording in the same commit
("which was honestly ridiculous", "done with the place", ...), so it measures fit, not
generalisation: a regression guard, not evidence that the scorer judges well. The genuinely held-out
figures come from ``fresh_answers.py`` (written before scorer 2.0 and never used to tune) and from
real interviews (``benchmarks/validity.py``).

Written as candidates really answer — typed, and as raw lower-case speech-to-text with no
punctuation and small transcription errors ("postgress", "the cash layer", "trello bored") — for
varied questions: tell me about yourself, why this company, behavioural stories, technical
stories, customer service, strengths and weaknesses, and the reply to a rejection call.

Every answer carries the human verdict given BEFORE the scorer was run on it:

- ``rating``: overall, 1 (would not progress) .. 5 (excellent answer).
- ``human``: pass/fail for the criteria a reader can judge confidently from the words alone
  (``concrete_example``, ``quantified_result``, ``filler_words``, ``hedging``,
  ``professional_tone``, ``enthusiasm``, ``star_structure``). A criterion is left out where the
  judgement would be a coin toss, or where it does not make sense (a STAR story in a reply to a
  rejection call).

``tests/scoring/test_calibration.py`` checks that the scorer ranks the answers like the ratings
(Spearman) and agrees with the verdicts (per criterion).
"""

from __future__ import annotations

from typing import NamedTuple

ABOUT_YOU = "Tell me about yourself."
WHY_US = "Why do you want to work here?"
REJECTION = (
    "The recruiter phones you: \"Thank you for your time, but we've decided to go with another "
    "candidate.\" Respond as you would on the call."
)

# Short names for the criteria, to keep the table readable.
EX, QR, FW, HE, PT, EN, ST = (
    "concrete_example", "quantified_result", "filler_words", "hedging", "professional_tone",
    "enthusiasm", "star_structure",
)


class RatedAnswer(NamedTuple):
    id: str
    question: str
    text: str
    rating: int  # 1..5, given by a person before scoring
    human: dict[str, bool]  # criterion id -> passed, where a person can tell confidently
    duration_s: float | None = None  # spoken answers: how long the candidate talked


def _verdicts(passed: str = "", failed: str = "") -> dict[str, bool]:
    """``_verdicts("EX QR", "EN")`` -> {"concrete_example": True, ..., "enthusiasm": False}."""
    names = {"EX": EX, "QR": QR, "FW": FW, "HE": HE, "PT": PT, "EN": EN, "ST": ST}
    return {**{names[k]: True for k in passed.split()}, **{names[k]: False for k in failed.split()}}


CALIBRATION: tuple[RatedAnswer, ...] = (
    RatedAnswer(
        "about-strong-typed", ABOUT_YOU,
        "Sure. I'm a data analyst with three years at Brightwell Insurance, where I own the claims "
        "reporting. The piece of work I'm proudest of is the fraud dashboard I built in Power BI "
        "last year: I pulled together four data sources that had never been joined before, and the "
        "investigations team now catches suspicious claims about two weeks earlier than they used "
        "to, which saved roughly £400,000 in the first six months. Before that I studied economics "
        "at Leeds and taught myself SQL and Python on the side. What I love about analytics is that "
        "moment when a messy question turns into a clear answer someone can act on. I'm looking for "
        "a role where I'm closer to product decisions, and that's exactly what excites me about "
        "this team.",
        5, _verdicts("EX QR FW HE PT EN"),
    ),
    RatedAnswer(
        "about-poor-spoken", ABOUT_YOU,
        "um yeah so i'm i'm twenty four and um i like i finished uni a couple years ago and since "
        "then i've kind of just been doing like different stuff you know like i worked in a bar for "
        "a bit and then i did some like admin temping and um yeah i guess i'm just looking for "
        "something more stable now like something with an actual career i don't know i'm a pretty "
        "chill person i get on with people so yeah",
        1, _verdicts("PT", "EX QR FW HE EN ST"), duration_s=44.0,
    ),
    RatedAnswer(
        "about-middling-spoken", ABOUT_YOU,
        "so i'm a software developer i've been working mostly on the back end for about four years "
        "now first at a small agency doing wordpress and php sites for local businesses and then at "
        "a fintech startup called ledgerly where i work on the payments api i really enjoy the "
        "problem solving side of it and working with the product people to figure out what we "
        "should actually build um outside of work i've been learning rust and i mentor on a coding "
        "bootcamp on weekends which i find really rewarding so yeah i'm now looking for a bigger "
        "team where i can grow into a senior role",
        3, _verdicts("FW HE PT EN", "QR"), duration_s=41.0,
    ),
    RatedAnswer(
        "why-us-strong-typed", WHY_US,
        "Honestly, because I've been a customer for four years. I run a small pottery shop on the "
        "side and your invoicing app is the reason I stopped doing my books at midnight. When you "
        "shipped the bank-feed matching last spring, it cut my month-end from a whole evening to "
        "about twenty minutes, and I remember thinking: I want to build things that feel like that. "
        "I've spent the last three years building billing features at a logistics company, so I "
        "know how hard it is to make money software feel simple. I'd love to bring that to your "
        "payments team, and I'm genuinely excited by the roadmap you described around small-business "
        "lending.",
        5, _verdicts("EX QR FW HE PT EN"),
    ),
    RatedAnswer(
        "why-us-poor-typed", WHY_US,
        "Honestly I just need a job at this point and you guys were hiring. The pay looks decent and "
        "it's close to where I live. I don't really know that much about what you do, I had a quick "
        "look at the website. I guess it's some kind of software thing? My last place was a "
        "nightmare so anything is better than that.",
        1, _verdicts("FW", "EX QR HE PT EN ST"),
    ),
    RatedAnswer(
        "why-us-generic-spoken", WHY_US,
        "so i think your company has a really good reputation and um the culture seems great from "
        "what i've read on glassdoor people seem to like working here and i think there's a lot of "
        "opportunity to grow which is important to me i'm a hard worker and i'm a fast learner so i "
        "think i'd be a good fit and yeah i'd like to be part of a company that's growing",
        2, _verdicts("FW PT", "EX QR HE ST"), duration_s=30.0,
    ),
    RatedAnswer(
        "conflict-strong-spoken", "Tell me about a time you disagreed with a teammate.",
        "yeah so last year at my job at a logistics startup me and another engineer disagreed about "
        "how to fix our slow checkout page he wanted to rewrite the whole thing in react and i "
        "thought the problem was actually the database queries so instead of arguing about it i "
        "suggested we spend one day measuring i set up profiling on the checkout flow and it turned "
        "out eighty percent of the load time was three queries without indexes so i added the "
        "indexes and he rewrote the one component that was really slow and together we brought the "
        "page from about six seconds down to under one second conversion went up around twelve "
        "percent that month and honestly i learned that it's way easier to settle a disagreement "
        "with data than with opinions and we still work really well together",
        5, _verdicts("EX QR FW HE PT ST"), duration_s=62.0,
    ),
    RatedAnswer(
        "conflict-blaming-typed", "Tell me about a time you disagreed with your manager.",
        "Well, my old manager was honestly the worst. He never listened to anyone and he'd change "
        "the plan every week. We disagreed about pretty much everything. One time he blamed me for a "
        "release that slipped when it was totally his fault because he kept changing the "
        "requirements. I told him that and he didn't like it. I left a few months later. I'm just "
        "not someone who puts up with that kind of thing.",
        1, _verdicts("FW", "QR PT EN ST"),
    ),
    RatedAnswer(
        "mistake-no-result-typed", "Tell me about a mistake you made at work.",
        "At my last job I was in charge of sending out the weekly newsletter to about eight thousand "
        "subscribers, and one week I sent it with the wrong discount code. I realised about an hour "
        "later when customers started emailing. I told my manager straight away, I wrote a "
        "correction email and I set up a checklist for the send. I think it was a good lesson in "
        "slowing down.",
        3, _verdicts("EX FW HE PT", "QR"),
    ),
    RatedAnswer(
        "deadline-strong-typed", "Describe a situation where you had to meet a tight deadline.",
        "In March our biggest client moved their product launch forward by two weeks, which left us "
        "eight working days to finish a campaign we'd planned for a month. As the account lead, my "
        "job was to get it out without burning the team out. First I cut the scope with the client: "
        "we agreed on the three assets that really mattered and dropped the rest. Then I split the "
        "work so the designers and copywriter could work in parallel, and I ran a fifteen-minute "
        "check-in every morning to catch blockers early. I also wrote the social copy myself to "
        "free up a day. We delivered all three assets a day early, the launch hit 1.2 million "
        "impressions in its first week, and the client signed a renewal worth $180,000 two months "
        "later.",
        5, _verdicts("EX QR FW HE PT ST"),
    ),
    RatedAnswer(
        "bug-strong-spoken", "Walk me through a difficult bug you fixed.",
        "ok so the one that comes to mind is at my current job we had this api that would randomly "
        "time out maybe twice a day and nobody could reproduce it so i started by adding better "
        "logging around every database call and after a couple of days i noticed the timeouts "
        "always lined up with a nightly job that was rebuilding the search index on the same "
        "postgress server so the api requests were waiting on locks what i did was move the index "
        "rebuild to a read replica and i added a timeout and a retry on the cash layer and since "
        "then we've had zero timeouts in about three months and the on call pages for that service "
        "dropped from like ten a week to basically none",
        4, _verdicts("EX QR FW HE PT ST"), duration_s=58.0,
    ),
    RatedAnswer(
        "project-we-only-typed", "Tell me about a technical project you're proud of.",
        "We built an internal tool for the support team to look up orders. We used React on the "
        "front end and a Node API, and we deployed it on AWS. We had some issues with performance "
        "at first so we added caching with Redis. We also wrote a lot of tests. It worked well and "
        "the support team liked it. It was a good project and we learned a lot about working "
        "together.",
        3, _verdicts("FW HE PT", "QR EN"),
    ),
    RatedAnswer(
        "outage-hedgy-spoken", "Tell me about a time you debugged a production issue.",
        "i think there was one time where the site was kind of slow maybe and um i'm not really "
        "sure what the cause was i think it might have been a memory thing or something so we just "
        "sort of restarted the servers and it was fine after that i guess i don't really remember "
        "the details to be honest it was a while ago",
        1, _verdicts("PT", "EX QR HE EN ST"), duration_s=27.0,
    ),
    RatedAnswer(
        "angry-customer-strong-typed", "Tell me about a time you dealt with an angry customer.",
        "At the garden centre where I worked last summer, a customer came in furious because the "
        "patio furniture she'd ordered had arrived damaged for the second time. She was shouting at "
        "the till. I took her to the side so she wasn't in the queue, let her explain everything "
        "without interrupting, and told her I'd sort it out before she left. I called our supplier "
        "while she had a coffee, found the same set in stock at our other branch, and arranged for "
        "our own van to deliver it the next morning at no cost. I also refunded the delivery fee. "
        "She left a five-star review naming me, and she's since spent over £2,000 with us. I "
        "learned that most angry customers just want someone to take ownership.",
        5, _verdicts("EX QR FW HE PT ST"),
    ),
    RatedAnswer(
        "angry-customer-middling-spoken", "Tell me about a time you dealt with an upset customer.",
        "so um there was this customer at the phone shop where i work who was really upset because "
        "his phone contract had been charged twice um and he was kind of shouting at me so i just "
        "let him talk and then i looked up his account and yeah it had been charged twice so i said "
        "sorry and i put through the refund and explained it would take like three to five days and "
        "by the end he calmed down and he was actually really nice about it",
        3, _verdicts("EX HE PT ST", "QR"), duration_s=36.0,
    ),
    RatedAnswer(
        "difficult-customer-hypothetical", "How do you handle a difficult customer?",
        "I would always stay calm and listen to them. I think the customer is always right, so you "
        "have to be patient and polite. I'm a people person and I'm good at calming people down. I "
        "would try to find a solution and if I couldn't I would get my manager. Communication is "
        "really important in customer service.",
        2, _verdicts("FW HE PT", "EX QR ST"),
    ),
    RatedAnswer(
        "rejection-gracious-typed", REJECTION,
        "Thank you for letting me know, and for calling rather than emailing, I really appreciate "
        "that. I'm disappointed, of course, because I loved meeting the team and the product work "
        "sounded fantastic. Would you be able to share anything from the panel's feedback that "
        "would help me be a stronger candidate next time? Even one thing would be really useful. "
        "And I'd love to stay in touch: if a similar role opens up in the next few months, I'd be "
        "very glad to be considered. Thanks again for your time.",
        5, _verdicts("FW HE PT EN"),
    ),
    RatedAnswer(
        "rejection-defensive-typed", REJECTION,
        "Oh. Okay. Can I ask why wasn't I picked? I was really confident the interviews went well "
        "and honestly I think I had more experience than most people who'd apply for this. I don't "
        "really understand how you could decide that after one hour. It's kind of unfair to be "
        "honest. Whatever, it's your loss I guess.",
        1, _verdicts("FW", "HE PT EN"),
    ),
    RatedAnswer(
        "rejection-flat-spoken", REJECTION,
        "oh ok um thanks for letting me know i guess that's fine um yeah i don't really have any "
        "questions i suppose if you have any feedback you could email it to me thanks bye",
        2, _verdicts("PT", "HE EN"), duration_s=14.0,
    ),
    RatedAnswer(
        "change-lead-strong-spoken", "Tell me about a time you led a team through a difficult change.",
        "so in my last role i was the team lead for six support agents when we moved from email "
        "tickets to a new live chat system and a lot of the team were worried about it because "
        "they'd never done chat before so the first thing i did was i sat down with each person one "
        "to one and asked what worried them then i set up a two week pilot where we only took chat "
        "from existing customers and i paired the more confident people with the nervous ones we "
        "reviewed every transcript together on friday afternoons by the end of the first month our "
        "average first response time went from four hours on email to under two minutes on chat "
        "and customer satisfaction went up from seventy eight to ninety one percent and nobody on "
        "the team left which i was really proud of",
        5, _verdicts("EX QR FW HE PT ST"), duration_s=60.0,
    ),
    RatedAnswer(
        "strength-middling-typed", "What's your greatest strength?",
        "My biggest strength is probably organisation. I'm the person who makes the spreadsheet "
        "when nobody else will. For example, at university I organised our society's charity week "
        "and kept track of all the volunteers and events. I'm also really reliable and I always "
        "meet my deadlines. I think that would be useful in this role because there are a lot of "
        "moving parts.",
        3, _verdicts("FW HE PT", "QR"),
    ),
    RatedAnswer(
        "weakness-cliche-typed", "What's your biggest weakness?",
        "Um, I guess my biggest weakness is that I'm kind of a perfectionist? Like, I just care a "
        "lot about getting things right, so sometimes I maybe spend too long on stuff. And I work "
        "too hard sometimes, I don't know. I'm not really sure what else to say, I don't really "
        "have many weaknesses to be honest.",
        2, _verdicts("", "EX QR HE"),
    ),
    RatedAnswer(
        "student-project-strong-typed",
        "Tell me about a project from your studies or an internship that you're proud of.",
        "In my final year I built an app with three classmates for a local food bank that was "
        "tracking donations on paper. I was responsible for the back end, so I designed the "
        "database and wrote the API in Flask, and I also went to the food bank twice to watch how "
        "volunteers actually logged things, which changed our whole design. We launched it in April "
        "and they now log around 300 donations a week with it. Their coordinator told us it saves "
        "her about five hours every week, and we got the top mark in the module. It was the first "
        "time I'd seen something I built actually used, and I loved that.",
        4, _verdicts("EX QR FW HE PT EN ST"),
    ),
    RatedAnswer(
        "internship-why-poor-spoken", "Why are you interested in an internship with us?",
        "um so like basically i'm in my second year of uh business and um like my mom kind of said i "
        "should like get an internship this summer you know so um yeah i applied to like a bunch of "
        "places and um this one was like one of them and um i dunno it seems ok i guess",
        1, _verdicts("PT", "EX QR FW HE EN ST"), duration_s=26.0,
    ),
    RatedAnswer(
        "target-strong-typed", "Tell me about a time you exceeded a target.",
        "Last quarter my target was £90,000 in new business, and halfway through we lost our two "
        "biggest prospects to a competitor. Rather than chase more cold leads, I went back through "
        "every deal we'd lost in the past year and found 14 that had gone quiet on price rather "
        "than fit. I called each of them personally with our new pricing tier. Six came back, two "
        "signed within a month, and I finished the quarter at £126,000, 140% of target, which was "
        "the highest on the team. I've reused that lost-deals review every quarter since, and I'm "
        "excited to bring that approach here.",
        5, _verdicts("EX QR FW HE PT EN ST"),
    ),
    RatedAnswer(
        "process-dates-rambling-typed", "Tell me about a time you improved a process.",
        "So I joined the company in 2019, in September 2019 actually, and at that point we were "
        "using a system from 2015 that had been set up by someone who'd left, and in 2020 we had "
        "the pandemic so everything moved online, and then in 2021 the company was bought, and "
        "there were a lot of changes and new people and new managers, and the process for expenses "
        "was quite slow because it was all on paper and it had to go to three different people, "
        "and a lot of people were confused by it, and I suggested we move it into a shared form, "
        "and people started using it.",
        2, _verdicts("FW HE PT", "QR ST"),
    ),
    RatedAnswer(
        "role-not-excited-typed", "What interests you about this role?",
        "To be honest I'm not that excited about the sales side of the role, I'm not really "
        "passionate about cold calling. What I'm interested in is the account management part, "
        "because I enjoyed looking after clients at my last job. I'm not sure I'd love doing targets "
        "every month but I can do it if I have to.",
        2, _verdicts("FW PT", "QR EN"),
    ),
    RatedAnswer(
        "leaving-sarcastic-typed", "Why are you leaving your current job?",
        "Oh it's been great, really amazing, working till 2am every night for a boss who takes "
        "credit for everything. Fantastic experience. No, honestly, I've learned a lot, but I'm done "
        "with the place. The management is a joke and nobody appreciates anything you do.",
        1, _verdicts("FW HE", "QR PT EN"),
    ),
    RatedAnswer(
        "about-scunthorpe-typed", ABOUT_YOU,
        "I'm a logistics coordinator at a distribution centre in Scunthorpe. I manage the class of "
        "dangerous goods paperwork, run the assessment of new carriers, and I passed my CILT diploma "
        "last year. In my current role I redesigned our loading schedule so that trucks wait 35 "
        "minutes less on average, which cut overtime costs by about £3,000 a month. I'm really "
        "enjoying the operations side and I'd love to take on a bigger site.",
        4, _verdicts("EX QR FW HE PT EN"),
    ),
    RatedAnswer(
        "manager-disagree-quoted-typed", "What would you do if you disagreed with your manager's decision?",
        "What would I do if I disagreed with my manager? I'd ask for ten minutes with them "
        "one-to-one, explain my concern with whatever data I had, and then go with their decision. "
        "That's what happened at my last job when my manager wanted to drop our weekly customer "
        "calls: I showed her the renewal rate for customers we called was 20 percent higher, and she "
        "kept them. If she'd still said no, I would have backed the decision.",
        4, _verdicts("EX QR FW HE PT"),
    ),
    RatedAnswer(
        "decision-i-think-typed", "Tell me about a technical decision you'd make differently.",
        "I'd like to talk about our move to microservices at Fernbank in 2022. I think the honest "
        "answer is we split too early. I led the team of five that broke the monolith into seven "
        "services, and I think the fix we needed was simpler: better module boundaries inside one "
        "codebase. Things like deploys got slower, from 10 minutes to about 40, and incidents went "
        "up. Looking back, I think I should have pushed for a three-month trial on one service "
        "first. I learned to ask what problem a change really solves before committing, and I'd love "
        "to bring that kind of judgement to your platform team.",
        4, _verdicts("EX QR FW HE PT"),
    ),
    RatedAnswer(
        "environment-like-verb-typed", "What kind of work environment do you like best?",
        "I like teams that work in the open. At my last company we wrote everything down, like a "
        "decision log for every project, and I liked that a lot: when I joined I read six months of "
        "decisions in my first week and felt up to speed. I'd like that kind of transparency again, "
        "and from what Priya described on the call, it looks like your team works that way. I also "
        "like having a clear owner for each piece of work; it sounds like that's how your squads "
        "are set up too.",
        4, _verdicts("FW HE PT", "QR"),
    ),
    RatedAnswer(
        "teamwork-uni-spoken", "Give an example of when you worked in a team.",
        "so at uni we had a group project for our marketing module there was five of us and we had "
        "to come up with a campaign for a local cafe and honestly at the start it was a bit chaotic "
        "because no one knew who was doing what so i made a shared trello bored and split the task "
        "up and we had a meeting every tuesday and in the end we presented to the cafe owner and she "
        "actually used some of our ideas for her instagram and we got a first",
        3, _verdicts("EX FW HE PT ST", "QR"), duration_s=33.0,
    ),
    RatedAnswer(
        "achievement-minimising-typed", "Tell me about your biggest achievement.",
        "I guess my biggest achievement would just be finishing my degree while working part time. "
        "It was kind of hard, I just had to sort of manage my time, maybe better than most people. "
        "I just tried to keep going really. I don't know if that counts as an achievement but it's "
        "probably the thing I'm most proud of.",
        2, _verdicts("PT", "EX QR HE ST"),
    ),
    RatedAnswer(
        "learn-fast-whisper-punctuated", "Tell me about a time you had to learn something quickly.",
        "Two weeks before my placement started, my manager told me the team had switched from Excel "
        "to Tableau, which I'd never used. I didn't want to spend my first month catching up, so I "
        "took the free Tableau training in the evenings, about an hour a night, and I rebuilt one "
        "of their old Excel reports as practice. By my first day I had a working dashboard to show "
        "them. They ended up using my version for the monthly sales review, and within six weeks I "
        "was the person others came to with Tableau questions. I really enjoy that kind of "
        "challenge.",
        4, _verdicts("EX FW HE PT ST"), duration_s=42.0,
    ),
    RatedAnswer(
        "pressure-profanity-typed", "Tell me about a time you handled pressure.",
        "Yeah so Black Friday at the shop was absolutely mental, the tills crashed at like 10am and "
        "it was a shitshow honestly. I just grabbed a notepad and started writing down orders by "
        "hand and I got the queue moving again. We took about £8,000 on paper that morning. My "
        "manager was pretty pleased in the end.",
        3, _verdicts("EX QR FW HE", "PT"),
    ),
    # -- Round 2: written and rated after the first round of detector fixes, to check that the
    # fixes generalise rather than fit round 1. Scored for the first time after being rated.
    RatedAnswer(
        "customer-above-beyond-spoken", "Tell me about a time you went above and beyond for a customer.",
        "yeah so i work at a pharmacy and last winter an older gentleman came in right before closing "
        "and his prescription hadn't been sent over from his gp and he was really worried because it "
        "was his heart medication and he was going away the next morning so i rang the surgery's out "
        "of hours line and i kept pushing until i got hold of the duty doctor who sent it through and "
        "i stayed about forty minutes after close to get it ready for him he came back a week later "
        "with a card for the whole team and my manager mentioned it at our regional meeting",
        4, _verdicts("EX FW HE PT ST", "QR"), duration_s=40.0,
    ),
    RatedAnswer(
        "salary-hedgy-typed", "What are your salary expectations?",
        "Um, I'm not really sure, I guess whatever is standard for the role? I don't want to price "
        "myself out. Maybe somewhere around 35 to 40k, but I'm flexible, I just really need "
        "something soon.",
        2, _verdicts("FW PT", "EX QR HE EN ST"),
    ),
    RatedAnswer(
        "failure-strong-typed", "Tell me about a time you failed.",
        "In my first sales role I lost our largest renewal, a £60,000 account, because I assumed the "
        "customer was happy and stopped checking in. When they told us they were switching, I asked "
        "for a call with their operations lead and learned they'd raised three support issues that "
        "never reached me. I couldn't save that account, but I set up a monthly health check for my "
        "top twenty customers and a shared log of open issues. Over the next year I renewed every one "
        "of those twenty, and I still run those check-ins today.",
        5, _verdicts("EX QR FW HE PT ST"),
    ),
    RatedAnswer(
        "hire-you-generic-eager-spoken", "Why should we hire you?",
        "i think you should hire me because i'm really passionate about marketing and i'm super "
        "excited about this role i've done a lot of social media for my friends businesses and i'm "
        "always on top of the latest trends i'm creative and i work really hard and i'd love the "
        "chance to show you what i can do",
        2, _verdicts("FW HE PT EN", "EX QR ST"), duration_s=24.0,
    ),
    RatedAnswer(
        "difficult-colleague-strong-typed", "Describe a time you had to work with someone difficult.",
        "One of the developers on my last project was hard to work with: he'd miss stand-ups and "
        "push code without reviews. Rather than go to our manager, I asked him for a coffee and found "
        "out he was covering two projects at once. We agreed he'd post a short written update instead "
        "of joining stand-up, and I set up a rule that merges needed one approval. Within a month our "
        "failed deployments went from about one a week to none, and he became one of the people I "
        "most liked working with.",
        5, _verdicts("EX QR FW HE PT ST"),
    ),
    RatedAnswer(
        "five-years-vague-spoken", "Where do you see yourself in five years?",
        "honestly i don't really know um i haven't really thought about it that much maybe in "
        "management or something i don't know i'll probably still be doing something like this i "
        "guess it depends",
        1, _verdicts("FW PT", "EX QR HE EN ST"), duration_s=15.0,
    ),
    RatedAnswer(
        "captain-leadership-fillers-spoken", "Tell me about a time you showed leadership.",
        "um so during my final year i was captain of the university netball team and uh halfway "
        "through the season we'd lost like five games in a row and morale was really low so i "
        "organised um a team meeting where everyone could say what wasn't working and it came out "
        "that the newer players didn't feel like they got proper feedback so i set up a buddy system "
        "pairing each new player with a senior one and we won seven of our last nine games and "
        "finished third in the league",
        4, _verdicts("EX QR HE PT ST"), duration_s=38.0,
    ),
    RatedAnswer(
        "motivates-typed", "What motivates you?",
        "Seeing something I built get used. At my last job I wrote a small tool to match invoices to "
        "purchase orders, and watching the finance team go from dreading month-end to finishing it "
        "in a morning is still the thing I'm proudest of. I'm at my best when I'm close to the people "
        "who use my work, which is a big part of why this role appeals to me: you sit the engineers "
        "right next to customer support.",
        4, _verdicts("EX FW HE PT EN", "QR"),
    ),
    RatedAnswer(
        "office-return-complaint-spoken", "Tell me about a time you disagreed with a decision.",
        "so basically at my last job they decided to move everyone back to the office five days a "
        "week which was honestly ridiculous because we'd been fully remote for two years and it was "
        "working fine and management didn't even ask us and i told my manager it was a stupid "
        "decision and half the team quit within like three months so yeah they kind of shot "
        "themselves in the foot",
        1, _verdicts("FW HE", "PT EN"), duration_s=28.0,
    ),
    RatedAnswer(
        "know-company-typed", "What do you know about our company?",
        "You're a logistics software company, founded about ten years ago, and you mainly work with "
        "mid-sized retailers. I read that you recently opened an office in Manchester and launched a "
        "returns product. I don't know a lot beyond that, but the returns side sounds interesting to "
        "me.",
        3, _verdicts("FW PT", "QR"),
    ),
    RatedAnswer(
        "accounting-mistake-spoken", "Tell me about a time you made a mistake.",
        "the biggest one was in my second month as a junior accountant i posted a batch of supplier "
        "invoices to the wrong period which would have overstated our costs for march by about forty "
        "thousand pounds i spotted it myself during the month and reconciliation told my manager "
        "straight away and then i reversed the entries and re posted them before the books closed i "
        "also wrote a short checklist for period end that the team still uses and we haven't had a "
        "posting error like that since",
        4, _verdicts("EX FW HE PT ST"), duration_s=42.0,
    ),
    RatedAnswer(
        "rejection-gracious-fillers-spoken", REJECTION,
        "oh okay um thank you for letting me know i really appreciate you calling um i'm obviously a "
        "bit disappointed but i really enjoyed meeting everyone is there anything um you could share "
        "about what i could do better next time and yeah please do keep me in mind for anything else "
        "that comes up",
        4, _verdicts("HE PT EN"), duration_s=22.0,
    ),
    RatedAnswer(
        "about-flat-cv-typed", ABOUT_YOU,
        "I have a degree in business. I worked at a call centre for two years. Before that I worked "
        "in retail. I left the call centre because it was boring and the targets were unrealistic. I "
        "am looking for an office job.",
        2, _verdicts("FW HE", "EX QR PT EN"),
    ),
    # -- Round 3: written and rated after all the detector fixes, and scored once to measure how the
    # fixed scorer does on answers it had never seen. Only one general gap it showed was fixed
    # afterwards (complaints about pay and the commute); the other misses are left as they are.
    RatedAnswer(
        "persuade-strong-typed", "Tell me about a time you had to persuade someone.",
        "Our finance director wanted to cancel the customer survey because it cost £12,000 a year and "
        "nobody read the report. I thought the data was useful, it was just badly presented, so I "
        "asked for one month to prove it. I rebuilt the report as a one-page summary with the three "
        "complaints that came up most, and I matched each one to the revenue of the customers raising "
        "it. The biggest one, late invoices, was coming from accounts worth £1.4 million. She kept the "
        "survey, and fixing the invoice issue cut complaints by a third over the next two quarters.",
        5, _verdicts("EX QR FW HE PT ST"),
    ),
    RatedAnswer(
        "about-career-switch-spoken", ABOUT_YOU,
        "so yeah i'm sam i've been a primary school teacher for about six years and i sort of realised "
        "over the last couple of years that the bit i enjoy most is actually the data side like "
        "tracking how the kids are progressing and building the spreadsheets for the other teachers "
        "so i did a data analytics course in the evenings last year and i've been doing some small "
        "projects since i guess i'm looking to move into an analyst role properly now",
        3, _verdicts("PT", "QR"), duration_s=36.0,
    ),
    RatedAnswer(
        "achievement-berlin-typed", "What's your greatest achievement?",
        "In 2018 I moved to Berlin on my own with two suitcases and no German. Within a year I was "
        "working as a receptionist at a hotel, and by 2021 I was running the front desk team of eight "
        "people. I'm proud of it because I did it without knowing anyone.",
        3, _verdicts("EX FW HE PT"),
    ),
    RatedAnswer(
        "leaving-professional-typed", "Why are you leaving your current role?",
        "I've had three great years at Halden. I've learned a lot, especially from leading our move "
        "to the new booking system, but the team is small and there isn't a path into product "
        "management there. I'm looking for a company where I can grow into that, and your associate "
        "PM programme is exactly what I'm after.",
        4, _verdicts("FW HE PT EN", "QR"),
    ),
    RatedAnswer(
        "pressure-generic-spoken", "Tell me about a time you worked under pressure.",
        "i work well under pressure i think pressure actually helps me focus and i'm very organised so "
        "i always make a to do list and prioritise the most urgent things first and i stay calm and i "
        "don't panic so yeah i'd say i'm good under pressure",
        2, _verdicts("FW HE PT", "EX QR ST"), duration_s=20.0,
    ),
    RatedAnswer(
        "refund-defensive-typed", "Describe a conflict you had with a customer.",
        "A customer demanded a refund for a sofa he'd clearly damaged himself. Honestly, some "
        "customers just try it on. I told him the policy was clear and there was nothing I could do, "
        "and he left angry. To be fair I was right, the damage wasn't covered.",
        2, _verdicts("EX FW HE", "QR PT"),
    ),
    RatedAnswer(
        "dont-know-answer-spoken", "What do you do when you don't know the answer to something?",
        "honestly i just say i don't know yet and then i go and find out like last month a client "
        "asked me whether our api could handle bulk uploads and i wasn't sure so i told her i'd check "
        "and get back to her by the end of the day i read through the docs tested it with a sample of "
        "five hundred records and emailed her the answer that afternoon with the limits we'd need to "
        "watch she ended up signing for the bulk tier",
        4, _verdicts("EX FW HE PT ST", "QR"), duration_s=34.0,
    ),
    RatedAnswer(
        "feedback-short-typed", "Tell me about a time you had to learn from feedback.",
        "My manager told me my reports were too long and people weren't reading them. At first I was a "
        "bit defensive, but I thought about it and started putting a short summary at the top of each "
        "one. I think they're better now.",
        3, _verdicts("FW HE PT", "QR"),
    ),
    RatedAnswer(
        "why-job-money-spoken", "Why do you want this job?",
        "to be honest the main thing is the money like my current job pays really badly and the "
        "commute is awful so this would be a lot better for me and i've heard the hours are pretty "
        "chill",
        1, _verdicts("FW HE", "EX QR PT EN"), duration_s=14.0,
    ),
    RatedAnswer(
        "failed-app-strong-spoken", "Tell me about a project that failed.",
        "the one that comes to mind is a loyalty app we launched at the coffee chain i worked for in "
        "twenty twenty two we spent about four months building it and only around three percent of "
        "customers ever signed up i led the customer research afterwards and i found out most people "
        "didn't want another app they just wanted the stamp card on their phone wallet so we scrapped "
        "the app and moved the card into apple and google wallet and sign ups went to about forty "
        "percent within two months the big lesson for me was to test the smallest version first",
        5, _verdicts("EX QR FW HE PT ST"), duration_s=45.0,
    ),
)

