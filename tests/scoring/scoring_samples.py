"""Realistic answers used across the scoring tests: how nervous and prepared candidates talk,
typed and as raw speech-to-text (lower case, no punctuation, fillers kept)."""

from __future__ import annotations

QUESTION = "Tell me about a time you had to solve a difficult problem at work."
KEY_POINTS = ("the problem", "what you did", "the outcome", "what you learned")

NERVOUS_TYPED = (
    "Um, so, I guess I'm a pretty hard worker and, like, I always try to do my best? Like, there "
    "was this one project that was kind of a mess, um, because my manager was useless and they "
    "never listened to anything we said. We just sort of did what we could, you know, and it was "
    "fine I guess. I think I'm good at solving problems, I think, because I'm a people person and I "
    "usually figure things out. Maybe I would talk to the team more next time, I don't know. "
    "Honestly it's just a job, I needed a job. Um, yeah, that's it I think."
)

NERVOUS_TRANSCRIPT = (
    "um so i guess im a pretty hard worker and like i always try to do my best like there was "
    "this one project that was kind of a mess um because my manager was useless and they never "
    "listened to anything we said we just sort of did what we could you know and it was fine i "
    "guess i think im good at solving problems i think because im a people person and i usually "
    "figure things out uh maybe i would talk to the team more next time i dont know honestly its "
    "just a job i needed a job um yeah thats it i think"
)

PREPARED_TYPED = (
    "Last spring, during my internship at Northwind Logistics, our weekly delivery report took the "
    "operations team about two days to put together by hand, and it was often wrong. My task was "
    "to make it reliable before the busy season. First I sat down with the three analysts who "
    "built it and mapped every step. Then I wrote a Python script that pulled the data straight "
    "from the warehouse database, and I added checks that flagged missing shipments. I tested it "
    "against six weeks of old reports and fixed two bugs it uncovered in our data. As a result, "
    "the report now takes about 20 minutes instead of two days, and errors dropped by 90 percent. "
    "My manager rolled it out to two other sites. I learned how much time you save by talking to "
    "the people who do the work first, and I loved seeing the team use it every Monday. I'd love "
    "to bring that kind of work to this role."
)

PREPARED_TRANSCRIPT = (
    "last spring during my internship at northwind logistics our weekly delivery report took the "
    "operations team about two days to put together by hand and it was often wrong my task was to "
    "make it reliable before the busy season so first i sat down with the three analysts who built "
    "it and mapped every step then i wrote a python script that pulled the data straight from the "
    "warehouse database and i added checks that flagged missing shipments i tested it against six "
    "weeks of old reports and fixed two bugs it uncovered in our data as a result the report now "
    "takes about twenty minutes instead of two days and errors dropped by ninety percent my "
    "manager rolled it out to two other sites i learned how much time you save by talking to the "
    "people who do the work first and i loved seeing the team use it every monday id love to "
    "bring that kind of work to this role"
)
