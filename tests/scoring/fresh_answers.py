"""A fresh held-out set, written on 2026-12-02 BEFORE the scorer 2.0 detectors were changed.

Nothing here was used to choose a phrase, a word class or a threshold: the sets were written first,
the detectors after, and their exact wording must never be added to a lexicon (a test in
``test_fresh_heldout.py`` checks that no lexicon phrase of five or more words is copied from them).
They report how well the detectors generalise; a disagreement is a finding to report, not a case
to patch.

- ``FRESH``: whole answers with a person's overall rating (1..5) and pass/fail verdicts for the
  criteria a reader can judge confidently from the words alone.
- ``LIKE_USES``, ``FILLER_PHRASES``: one sentence each, and whether the marked word is a filler.
- ``STRUCTURE_PAIRS``: two answers to the same question, the first better structured.
- ``ENERGY_PAIRS``: two answers to the same question, the first more enthusiastic.
"""

from __future__ import annotations

from typing import NamedTuple

from calibration_answers import RatedAnswer, _verdicts

STORY_CONFLICT = "Tell me about a time you had a conflict with a coworker."
STORY_DEADLINE = "Describe a time you had to meet a tight deadline."
STORY_FAIL = "Tell me about a time you failed."
ABOUT = "Tell me about yourself."
WHY_ROLE = "Why are you interested in this position?"
WEAKNESS = "What is your greatest weakness?"
STRENGTH = "What would you say is your biggest strength?"
TECH = "How would you find out why a web page has become slow?"
REPLY = (
    "The hiring manager emails: \"We have decided not to move forward with your application.\" "
    "Write the reply you would send."
)

FRESH: tuple[RatedAnswer, ...] = (
    RatedAnswer(
        "conflict-clear", STORY_CONFLICT,
        "At the bakery supply firm where I did my placement, a colleague in purchasing and I kept "
        "clashing over stock levels: he wanted to order in bulk, I was tracking waste. I asked him "
        "for half an hour, and we went through last quarter's orders line by line. I showed him "
        "that about 15 percent of the flour we bought in bulk was thrown out, and he showed me "
        "that small orders cost us a delivery fee each time. So we agreed on a two-week order "
        "cycle. Waste dropped to 4 percent within two months, and we still work well together.",
        5, _verdicts("EX QR FW HE PT ST"),
    ),
    RatedAnswer(
        "conflict-rambling-spoken", STORY_CONFLICT,
        "so um there was this guy on my team and like he was kind of difficult i guess and um we "
        "we didn't really get on and there was this one project and then another project and he "
        "would like always change things and i was like okay whatever and um my manager was also "
        "there and we had meetings and stuff and then like later on there was the christmas party "
        "and um yeah it was a bit awkward and i think in the end he moved teams or something so "
        "yeah it kind of sorted itself out i suppose",
        1, _verdicts("PT", "EX QR FW HE ST EN"), duration_s=48.0,
    ),
    RatedAnswer(
        "conflict-middling", STORY_CONFLICT,
        "In my last job two of us were both assigned the same client report without knowing it. "
        "When we found out we were both a bit annoyed. I suggested we split it, she took the data "
        "and I wrote the summary. It went fine and the client was happy with it.",
        3, _verdicts("EX FW HE PT", "QR"),
    ),
    RatedAnswer(
        "deadline-strong-spoken", STORY_DEADLINE,
        "last march our finance team found out on a monday that the audit files were due friday "
        "not the end of the month so i was the one who had to pull together two hundred invoices "
        "from three systems what i did first was split the work by system and give each of my two "
        "colleagues one then i wrote a small spreadsheet check that flagged missing invoice numbers "
        "and every evening i sent the auditor what we had so far we delivered on thursday "
        "afternoon a day early and the auditor told my manager it was the cleanest file they got "
        "that year",
        5, _verdicts("EX FW HE PT ST"), duration_s=52.0,
    ),
    RatedAnswer(
        "deadline-vague", STORY_DEADLINE,
        "I work really well under pressure. Whenever there is a deadline I just stay focused and "
        "get it done, I always make sure I plan my time and I never miss deadlines. My colleagues "
        "would say I'm very reliable.",
        2, _verdicts("FW PT", "EX QR ST"),
    ),
    RatedAnswer(
        "deadline-long-wandering", STORY_DEADLINE,
        "Okay so this was at my second job, well actually it was my third if you count the summer "
        "one, and the company made garden furniture, and they had a website that was quite old, "
        "and my manager, who was nice actually, she had two dogs, she asked if we could update the "
        "product pages before the spring sale. And there were lots of pages, hundreds maybe. And "
        "also at the same time we were moving offices, which was chaos, everything was in boxes, "
        "and the printer didn't work for a week. And I think I did a lot of the pages, and some "
        "other people helped, and there was a designer, and we had some arguments about the photos "
        "because the photos were not great, and the sale started anyway and I think it was mostly "
        "ready. It was a busy time, and looking back it was a good experience overall, I learned "
        "a lot about the furniture business and about websites and working with people.",
        2, _verdicts("PT", "QR ST"),
    ),
    RatedAnswer(
        "fail-honest", STORY_FAIL,
        "In my first month as a shift lead I rostered two people who had both booked the same "
        "weekend off, and we opened the café with one barista on the busiest Saturday of the year. "
        "That was on me: I hadn't checked the holiday sheet. I came in myself, apologised to the "
        "team, and on Monday I set up a shared calendar where leave and the rota sit side by side. "
        "In the eighteen months since, we haven't had a single gap in the rota.",
        5, _verdicts("EX FW HE PT ST"),
    ),
    RatedAnswer(
        "fail-deflects", STORY_FAIL,
        "Honestly I can't really think of a time I failed. There were times things went wrong but "
        "it was usually because other people didn't do their part, like my old team lead never "
        "gave clear instructions so it was impossible to do things right.",
        1, _verdicts("FW", "EX QR PT ST EN"),
    ),
    RatedAnswer(
        "about-strong", ABOUT,
        "I'm a mechanical engineering graduate from Sheffield, and for the past year I've been a "
        "junior design engineer at a pump manufacturer, where I redesigned a bracket that was "
        "cracking in the field and took warranty claims on that part from about forty a year to "
        "three. What I enjoy most is that loop of testing something, seeing it fail and working "
        "out why. I'm applying here because your work on low-energy water pumps is exactly the "
        "kind of problem I want to spend the next few years on.",
        5, _verdicts("EX QR FW HE PT EN"),
    ),
    RatedAnswer(
        "about-flat-spoken", ABOUT,
        "um okay so my name is daniel i'm twenty six i studied business um then i worked in retail "
        "for a while and then in an office doing admin and um now i'm looking for something new i "
        "guess i'm a hard worker and i'm good with people and um yeah that's about it really",
        2, _verdicts("PT", "EX QR FW EN"), duration_s=30.0,
    ),
    RatedAnswer(
        "about-energetic-spoken", ABOUT,
        "so i'm a third year computer science student and honestly the thing that gets me out of "
        "bed is building tools people actually use last summer i built a booking app for my "
        "university climbing club and seeing two hundred members use it every week was such a "
        "buzz i'm really keen to do that at a bigger scale which is why your developer tools team "
        "caught my eye",
        4, _verdicts("EX FW HE PT EN"), duration_s=26.0,
    ),
    RatedAnswer(
        "why-specific", WHY_ROLE,
        "Two reasons. First, the work itself: you build the scheduling software that community "
        "clinics run on, and I spent two years on the front desk of one, so I know how much a good "
        "booking system changes a nurse's day. Second, the role: it's half analysis and half "
        "talking to users, and that mix is where I'm at my best. I'd love to bring the clinic side "
        "of the story into your product team.",
        5, _verdicts("FW HE PT EN"),
    ),
    RatedAnswer(
        "why-generic", WHY_ROLE,
        "It seems like a good company and the salary is good. I need a job at the moment and this "
        "one is close to where I live, so it would be convenient.",
        1, _verdicts("FW", "EN EX"),
    ),
    RatedAnswer(
        "why-hedgy-spoken", WHY_ROLE,
        "i mean i guess i've always kind of been interested in marketing maybe not always but for "
        "a while and i think this could be a good fit possibly i don't know i'd have to see what "
        "the day to day is like but yeah i think it could be interesting",
        2, _verdicts("PT", "HE FW EN EX"), duration_s=22.0,
    ),
    RatedAnswer(
        "weakness-good", WEAKNESS,
        "I used to say yes to every request, and in my last role that meant I was juggling too "
        "many small jobs and the big ones slipped. Last year I started blocking two mornings a "
        "week for my main project and telling people when I could get to their request instead of "
        "dropping everything. My manager noticed the difference: I delivered the quarterly review "
        "a week early for the first time.",
        4, _verdicts("EX FW HE PT"),
    ),
    RatedAnswer(
        "weakness-cliche", WEAKNESS,
        "I'm a perfectionist. I just care too much about getting things right.",
        2, _verdicts("FW PT", "EX QR"),
    ),
    RatedAnswer(
        "strength-backed", STRENGTH,
        "Explaining technical things to people who aren't technical. At the council I was the one "
        "the planning team came to when a data tool broke, and I ran lunchtime sessions on using "
        "the new mapping system; about thirty people came, and help-desk tickets about it halved "
        "over the next quarter.",
        5, _verdicts("EX QR FW HE PT"),
    ),
    RatedAnswer(
        "strength-list-spoken", STRENGTH,
        "i'd say i'm like really organised and um a team player and i'm also really good at "
        "communication and problem solving and i'm like a fast learner so yeah those are my "
        "strengths",
        2, _verdicts("PT", "EX QR FW"), duration_s=16.0,
    ),
    RatedAnswer(
        "tech-methodical", TECH,
        "I'd start by measuring rather than guessing: open the browser's network panel and see "
        "whether the time goes on the server response or on loading assets. If the first byte is "
        "slow, I'd look at the server logs and the slowest database queries for that page. If it's "
        "the assets, I'd check image sizes and whether anything blocks rendering. Then I'd fix the "
        "biggest item first and measure again to confirm it helped.",
        5, _verdicts("FW HE PT"),
    ),
    RatedAnswer(
        "tech-scattered-spoken", TECH,
        "um well it could be lots of things like the server or the database or maybe the internet "
        "i'd probably um check some stuff like the code and maybe ask someone i'm not sure it "
        "depends really on the page",
        1, _verdicts("PT", "FW HE"), duration_s=18.0,
    ),
    RatedAnswer(
        "reply-gracious", REPLY,
        "Dear Ms Patel, thank you for letting me know, and for the time you and the team gave me "
        "over both interviews. I enjoyed hearing about the warehouse automation project. If you "
        "have a moment, I would be grateful for any feedback on how I could strengthen my "
        "application. I would be glad to be considered for future roles. Best wishes, Sam",
        5, _verdicts("FW HE PT"),
    ),
    RatedAnswer(
        "reply-argues", REPLY,
        "Hi, I'm honestly surprised by this. I met every requirement in the advert and I don't see "
        "how someone else could be a better fit. I'd like you to look at my application again.",
        1, _verdicts("FW", "PT"),
    ),
    RatedAnswer(
        "reply-curt", REPLY,
        "Ok thanks for letting me know.",
        2, _verdicts("PT"),
    ),
)


class LikeUse(NamedTuple):
    text: str
    filler: bool  # is the (first) "like" in it a filler?


LIKE_USES: tuple[LikeUse, ...] = (
    LikeUse("i was like really nervous before the presentation", True),
    LikeUse("we had like no documentation at all", True),
    LikeUse("it took like a month to get approval", True),
    LikeUse("and like the client just kept changing the brief", True),
    LikeUse("so i was like okay let's try a different approach", True),
    LikeUse("there were like fifty tickets in the queue", True),
    LikeUse("my manager was like super supportive", True),
    LikeUse("i think like the main thing i learned was patience", True),
    LikeUse("we were basically like rebuilding it from scratch", True),
    LikeUse("it was like a really tough week for everyone", True),
    LikeUse("i would like to work somewhere with a strong mentoring culture", False),
    LikeUse("i like solving problems with data", False),
    LikeUse("customers like to be kept informed", False),
    LikeUse("it looked like the server had run out of memory", False),
    LikeUse("tools like excel and tableau", False),
    LikeUse("it felt like the right decision at the time", False),
    LikeUse("i'd like to hear more about the team", False),
    LikeUse("what i liked most was the variety", False),
    LikeUse("nobody likes being told their code is wrong", False),
    LikeUse("it's nothing like my last job", False),
)


class FillerPhrase(NamedTuple):
    text: str
    fillers: int  # how many fillers a careful listener counts


FILLER_PHRASES: tuple[FillerPhrase, ...] = (
    FillerPhrase("basically i just rewrote the whole script", 1),
    FillerPhrase("i mean it was a good outcome for everyone", 1),
    FillerPhrase("you know we had to move fast", 1),
    FillerPhrase("do you know what the team size is", 0),
    FillerPhrase("i know the product well", 0),
    FillerPhrase("we we we had to rethink the plan", 1),
    FillerPhrase("the the report was late", 1),
    FillerPhrase("i went i went to my manager first", 1),
    FillerPhrase("i mean to say that it worked", 0),
    FillerPhrase("so i called the supplier", 0),
    FillerPhrase("it was so so difficult", 0),
    FillerPhrase("uh we finished on time", 1),
)


class Pair(NamedTuple):
    question: str
    better: str
    worse: str


STRUCTURE_PAIRS: tuple[Pair, ...] = (
    Pair(
        STORY_CONFLICT,
        "A teammate and I disagreed about whether to launch a feature before it was tested. I "
        "suggested we test the riskiest part for two days first. We did, found one bug, fixed it, "
        "and launched on the Thursday without problems.",
        "So there was this feature, and a teammate, and we were arguing, well not arguing, more "
        "discussing, and there were a lot of meetings, and some people thought one thing and some "
        "thought another, and the manager had an opinion too, and it went on for a while, and the "
        "testing team was busy, and then there was the holiday, and after that things were "
        "different, and I guess it got launched at some point, and people were fine with it in "
        "the end, more or less, after all the back and forth about it.",
    ),
    Pair(
        WHY_ROLE,
        "Because it combines the two things I'm best at, data and talking to customers. In my "
        "current job I do both, and I want a role where that combination is the core of the job.",
        "Well um I have done a lot of things, like at university I did a lot of clubs and, um, "
        "I was in the chess club and, like, the hiking club, and then I worked in a shop, and, "
        "um, so yeah I think the position is, like, interesting I suppose.",
    ),
    Pair(
        WEAKNESS,
        "Public speaking. I get nervous in front of large groups, so this year I joined a speaking "
        "club and have given four short talks. I'm still not a natural, but I no longer dread it.",
        "Um I guess, like, maybe I sometimes, I mean I don't always, sometimes I can be, like, a "
        "bit, um, it depends on the situation really, like sometimes I'm nervous, or not nervous "
        "exactly, but, yeah, like, you know, it depends.",
    ),
    Pair(
        TECH,
        "First I'd reproduce it and measure where the time goes. Then I'd look at the slowest "
        "request, check the query behind it, and fix that before anything else.",
        "Well it could be the server or the code, or um the network, or the images, I mean there "
        "are so many things, caching maybe, or the database, I'd look at, like, all of it I guess "
        "and see, it really depends, it could be anything.",
    ),
)

ENERGY_PAIRS: tuple[Pair, ...] = (
    Pair(
        WHY_ROLE,
        "What really draws me is the chance to work on public transport data. I've been following "
        "your open data releases for a year and I'd love to help make them easier for cities to "
        "use.",
        "I saw the job advert and it matched my degree. The location is fine and the hours suit "
        "me.",
    ),
    Pair(
        ABOUT,
        "I'm a nurse who fell in love with the data side of the job: I built our ward's staffing "
        "tracker and I can't wait to do that full time.",
        "I'm a nurse. I have worked on a ward for five years. Now I want to change careers.",
    ),
    Pair(
        STORY_DEADLINE,
        "It was a real sprint, but honestly the most fun I've had at work: we shipped the app in "
        "three weeks and I was thrilled to see the first orders come in.",
        "We had three weeks to ship the app. We shipped it. It was okay, just another project.",
    ),
)
