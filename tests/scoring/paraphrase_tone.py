"""A paraphrase set for professional_tone, written before its detector was rebuilt.

Sentences as candidates really say them (typed, and lower-case unpunctuated speech), each labelled
by a person: ``False`` when an interviewer would mark the tone unprofessional (arguing with a
decision, insulting or name-calling anyone, blaming, complaining, sarcasm, profanity), ``True``
for neutral accounts (of a disagreement, of someone else's mistake, of a hard job) that must pass.

No detector phrase list may copy these sentences: the detector is built from word classes,
patterns, negation scope and who the judgement is about, and this set checks that it generalises.
``test_paraphrase_tone.py`` runs it; ``python tests/scoring/paraphrase_tone.py`` prints the
misses.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import NamedTuple


class Labelled(NamedTuple):
    kind: str  # what a person sees in it: arguing, insult, blame, complaint, sarcasm, profanity, neutral
    text: str
    passes: bool


def _fail(kind: str, *texts: str) -> list[Labelled]:
    return [Labelled(kind, text, False) for text in texts]


def _pass(*texts: str) -> list[Labelled]:
    return [Labelled("neutral", text, True) for text in texts]


PARAPHRASES: tuple[Labelled, ...] = tuple(
    _fail(
        "arguing",
        # The issue's own examples.
        "I think your decision is wrong, I was the best candidate",
        "You should reconsider",
        "Thanks. I understand your decision is wrong… you are clueless",
        "I don't understand how you could pick someone else",
        # Paraphrases.
        "honestly i think you got this one wrong i was clearly the strongest person you interviewed",
        "With respect, I don't think that's the right call. You really ought to look at my results again.",
        "I really think you're making a mistake here",
        "that decision makes no sense to me at all",
        "could you go back to the panel and rethink it i'm a far better fit than whoever you chose",
        "i dont accept that i had more experience than anyone else in that room",
        "I'd ask you to reconsider, I was obviously the right person for this job.",
        "so youre telling me you went with someone who has less experience than me",
        "Your choice is a mistake and you will regret it.",
    )
    + _fail(
        "insult",
        "my old boss was an idiot",
        "My previous manager was an absolute idiot.",
        "the guy who ran the team was a complete clown",
        "Honestly the recruiter was a moron.",
        "our project lead was an arrogant jerk",
        "you people are clueless",
        "my coworkers were a bunch of lazy idiots",
        "the hiring panel were total amateurs",
        "I told him he was a fool in front of everyone",
        "what an idiot my supervisor was",
    )
    + _fail(
        "blame",
        "the project failed because my manager kept changing his mind",
        "It only went wrong because the other team messed up their part.",
        "if my boss had done his job we would have hit the deadline",
        "none of that was on me the developers screwed it up",
        "We lost the account because sales dropped the ball, not me.",
        "the launch slipped and that was entirely down to my team lead",
    )
    + _fail(
        "complaint",
        # The issue's own examples.
        "They changed the rota every week, which was frankly absurd.",
        "Management there is laughable.",
        "my employer pays a pittance",
        "I am sick of that place.",
        "the work bored me to tears",
        # Paraphrases.
        "i cant stand my current manager",
        "The hours there are brutal and the pay is a joke.",
        "honestly i'm tired of being treated like a number",
        "that company is a circus",
        "I've had enough of the politics at my current job.",
        "they expect you to work weekends for nothing which is exploitative",
        "my last job was mind numbing",
        "the whole culture there was pathetic",
    )
    + _fail(
        "sarcasm",
        "Oh sure, because my manager was such a genius with deadlines.",
        "yeah right like they ever listened to anyone",
        "Thanks a lot for wasting my time.",
        "oh great so i drove two hours for nothing",
        "my boss clearly knew best, as always",
    )
    + _fail(
        "profanity",
        "the whole rollout was fucked from the start",
        "i was pretty pissed off with them",
        "The client was a pain in the ass about invoices.",
        "what a load of crap that policy was",
    )
    + _pass(
        "My manager and I disagreed about the launch date, so I put the numbers together and we agreed to move it a week.",
        "my teammate made a mistake in the config and i helped him roll it back",
        "The supplier shipped the wrong parts, so I called them and we sorted a replacement within a day.",
        "I understand your decision and I respect it. Could you share what I could improve?",
        "thanks for letting me know im disappointed but i understand",
        "I think the decision to delay the launch was right in the end.",
        "i was wrong about the estimate and i learned to add a buffer",
        "I made a mistake in the quarterly report and I owned it with my manager straight away.",
        "my boss was a great mentor and pushed me to present to the board",
        "The old process was slow, so I automated the weekly export.",
        "I don't think I explained my leadership experience clearly, so let me add that I led a team of six.",
        "the client was frustrated because the order was late so i apologised and offered a discount",
        "Our director decided to cancel the project, which was disappointing, but I moved the team onto the new contract.",
        "the previous system was hard to use so i wrote a short guide for the team",
        "my colleague was out sick so i covered her shifts",
        "I reconsidered my approach after the feedback and tried a smaller pilot first.",
        "You should know that I'm still very interested in working here.",
        "The decision was made by the board and I supported it.",
        "My coworker blamed herself for the outage, so I showed her the logs and we found the real cause together.",
        "i asked the team lead why the build kept failing and he showed me the flaky test",
        "we went with a cheaper vendor and in hindsight that was the wrong call on my part",
        "i wouldnt say my job is bad i just want more responsibility",
        "I'm not unhappy where I am; I'm looking for a bigger challenge.",
        "a customer once called me an idiot on the phone and i stayed calm and fixed his account",
        "the backlog was a mess when i joined so i set up a ticket board",
        "The deadline was tough, but we made it with a day to spare.",
        "My manager pushed back on my idea, and in the end she was right.",
        "the feedback felt harsh at first but i realised they had a point",
        "I don't think your decision was wrong, and I'd love to hear what tipped it.",
        "It was a stupid mistake on my part, and now I double-check every invoice.",
        "my old boss was great honestly, i learned a lot from him",
        "The project failed because we underestimated the data migration, and I now plan a buffer for it.",
        "They hired an internal candidate, which makes complete sense.",
        "i'm sick with a cold this week so my voice is a bit rough sorry",
    )
)


def misses() -> list[tuple[Labelled, bool]]:
    """The labelled sentences the scorer gets wrong, with the scorer's verdict."""
    from mockint.scoring import AnswerInput, score_answer

    wrong = []
    for item in PARAPHRASES:
        tone = score_answer(AnswerInput(text=item.text)).criterion("professional_tone")
        assert tone is not None
        if tone.passed != item.passes:
            wrong.append((item, tone.passed))
    return wrong


if __name__ == "__main__":  # pragma: no cover
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    found = misses()
    for item, verdict in found:
        print(f"{item.kind:10} wanted {'pass' if item.passes else 'fail'}, got "
              f"{'pass' if verdict else 'fail'}: {item.text}")
    print(f"{len(PARAPHRASES) - len(found)} of {len(PARAPHRASES)} agree")
