"""Save the README's screenshots (Textual SVG screenshots) into assets/screenshots/.

    python scripts/screenshots.py          # (from a checkout; writes start, practice, score-card,
                                           #  example-answer, summary and plan .svg)

The real app is driven with Textual's Pilot, as the tests drive it, with a fake clock (the
countdowns show fixed times), a history in a temporary MOCKINT_HOME seeded with a week of answers
(so the plan has something to say) and no microphone, so every run draws the same screens.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "assets" / "screenshots"
SIZE = (100, 32)
PLAN_SIZE = (120, 40)

TYPED_ANSWER = (
    "Last year a teammate and I disagreed about where to keep report data. I asked to talk it "
    "through, listened to his worry about load, and I ran a test on a copy of production. The "
    "reports took two seconds and the app slowed by 4%, so we agreed on my approach and shipped "
    "three days early. I learned to ask what the other person is worried about first."
)
# Earlier answers for the plan: (bank, question, answer, days ago).
HISTORY = (
    ("behavioral", "failure", "I guess I failed a launch once, it was kind of bad, um, we fixed it.", 6),
    ("general", "greatest-weakness", "I'm a perfectionist and I work too hard, I always care a lot.", 5),
    ("behavioral", "tight-deadline", "We had ten days, I cut two features and we shipped on time, "
     "three thousand bookings in the first week.", 3),
)


def seed_history(store, catalog) -> None:
    from mockint.scoring import score_answer
    from mockint.scoring.model import AnswerInput

    now = datetime.now(timezone.utc).replace(microsecond=0)
    for bank_id, question_id, text, days in HISTORY:
        bank = catalog.get(bank_id)
        question = bank.question(question_id)
        when = now - timedelta(days=days)
        session = store.start_session(bank_id=bank.id, bank_title=bank.title, settings={}, started_at=when)
        card = score_answer(AnswerInput.for_question(text, question, bank))
        store.add_answer(session, question_id=question.id, question_text=question.text, text=text,
                         mode="typed", card=card, started_at=when, ended_at=when)
        store.end_session(session, ended_at=when)


async def settle(app, pilot) -> None:
    await app.workers.wait_for_complete()
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


def shot(app, name: str) -> None:
    path = app.save_screenshot(f"{name}.svg", str(OUT))
    print(path)


async def main() -> None:
    from mockint.banks.catalog import load_catalog
    from mockint.session.clock import FakeClock
    from mockint.session.options import SessionOptions
    from mockint.speech.microphone import SpeechSetup
    from mockint.store import HistoryStore
    from mockint.tui.app import PracticeRequest, make_app
    from mockint.tui.widgets.score_card import ScoreCardView

    OUT.mkdir(parents=True, exist_ok=True)
    catalog = load_catalog()
    store = HistoryStore()
    seed_history(store, catalog)
    no_microphone = SpeechSetup(list_devices=list)

    def app_for(initial, clock=None):
        return make_app(clock=clock or FakeClock(1000.0), store=store, catalog=catalog, initial=initial,
                        speech=no_microphone)

    app = app_for("start")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        shot(app, "start")
    app = app_for("start")
    async with app.run_test(size=PLAN_SIZE) as pilot:
        await settle(app, pilot)
        shot(app, "plan")  # today's practice, made from the seeded history

    clock = FakeClock(1000.0)
    options = SessionOptions(count=2, shuffle=False, think_seconds=10)
    app = app_for(PracticeRequest("behavioral", options), clock)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")  # answer now
        await pilot.pause()
        app.screen.query_one("#answer").load_text(TYPED_ANSWER)
        clock.advance(64)
        await pilot.pause(0.3)
        shot(app, "practice")
        await pilot.press("ctrl+s")
        while not app.screen.query(ScoreCardView):
            await settle(app, pilot)
        shot(app, "score-card")
        await pilot.press("a")
        await pilot.pause()
        app.screen.query_one("#example-answer").scroll_visible(animate=False, top=True)
        await pilot.pause()
        shot(app, "example-answer")
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.press("ctrl+n")  # skip the second question
        await settle(app, pilot)
        shot(app, "summary")
    store.close()


if __name__ == "__main__":
    with tempfile.TemporaryDirectory(prefix="mockint-screenshots-") as home:
        os.environ["MOCKINT_HOME"] = home
        sys.path.insert(0, str(REPO))
        asyncio.run(main())
