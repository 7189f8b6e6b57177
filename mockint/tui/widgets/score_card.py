"""A score card on screen: overall, every criterion with ✓/✗, score and tip (those with not enough
to judge dimmed), the scorer's version, and the answer with its evidence highlighted (one colour per criterion, fillers dimmed and struck through) and a legend.
A spoken answer also gets its timing (pace, pauses over 2.5 s, latency) and voice evidence.

Reusable: the practice screen shows one after each answer, the review screen for stored answers.
Build it with ``ScoreCardView(question_text, answer_text, card)`` or call :meth:`show` to change
what it displays. All bank and answer text is shown literally (see :mod:`mockint.tui.literal`).
"""

from __future__ import annotations

from rich.console import Group
from rich.style import Style
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from mockint.safe_text import visible
from mockint.scoring.model import ScoreCard
from mockint.store.wording import NOT_JUDGED, criterion_label, scorer_line
from mockint.tui.literal import literal

# Readable on light and dark themes alike: dark text on light backgrounds.
EVIDENCE_COLOURS = (
    "#9ad1f5",
    "#b5e7a0",
    "#ffd37a",
    "#f4a6c1",
    "#c9b6f2",
    "#8fe3d6",
    "#f7b58a",
    "#d8d88a",
    "#a8c7fa",
    "#e6b8e6",
)
FILLER_CRITERIA = frozenset({"filler_words"})
FILLER_STYLE = Style(dim=True, strike=True)
PASS_MARK = Text("✓", style="bold green")
FAIL_MARK = Text("✗", style="bold red")
NOT_JUDGED_MARK = Text("·", style="dim")
GOOD_FROM = 70
FAIR_FROM = 50


def overall_band(overall: int) -> str:
    """``good``, ``fair`` or ``poor`` (a CSS class suffix for the overall line)."""
    if overall >= GOOD_FROM:
        return "good"
    if overall >= FAIR_FROM:
        return "fair"
    return "poor"


def evidence_styles(card: ScoreCard) -> dict[str, Style]:
    """The highlight style of every criterion that has evidence spans, in card order."""
    styles: dict[str, Style] = {}
    colour_index = 0
    for result in card.criteria:
        if not result.spans:
            continue
        if result.id in FILLER_CRITERIA:
            styles[result.id] = FILLER_STYLE
        else:
            colour = EVIDENCE_COLOURS[colour_index % len(EVIDENCE_COLOURS)]
            styles[result.id] = Style(color="black", bgcolor=colour)
            colour_index += 1
    return styles


def highlighted_answer(answer_text: str, card: ScoreCard) -> Text:
    """The answer with each criterion's evidence spans in that criterion's style."""
    text = literal(answer_text)
    styles = evidence_styles(card)
    ordered = sorted(card.criteria, key=lambda r: r.id in FILLER_CRITERIA)  # fillers on top
    for result in ordered:
        style = styles.get(result.id)
        if style is None:
            continue
        for span in result.spans:
            start, end = max(0, span.start), min(len(answer_text), span.end)
            if start < end:
                text.stylize(style, start, end)
    return text


def legend(card: ScoreCard) -> Text:
    """One swatch per highlighted criterion."""
    styles = evidence_styles(card)
    labels = {r.id: r.label for r in card.criteria}
    line = Text("Evidence: ", style="bold")
    if not styles:
        line.append("nothing to highlight in this answer", style="italic")
        return line
    for index, (criterion_id, style) in enumerate(styles.items()):
        if index:
            line.append("  ")
        line.append(f" {visible(labels[criterion_id])} ", style=style)
    return line


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def timing_facts(metrics: dict) -> list[str]:
    """Pace, long pauses, latency and speaking time, as far as the card measured them."""
    facts = []
    if metrics.get("wpm") is not None:
        facts.append(f"pace {metrics['wpm']:.0f} words/min")
    if metrics.get("pauses_over_2_5s") is not None:
        pauses = f"{_plural(metrics['pauses_over_2_5s'], 'pause')} over 2.5 s"
        if metrics["pauses_over_2_5s"] and metrics.get("longest_pause_s"):
            pauses += f" (longest {metrics['longest_pause_s']:.1f} s)"
        facts.append(pauses)
    if metrics.get("latency_s") is not None:
        facts.append(f"first word {metrics['latency_s']:.1f} s after the answer clock started")
    if metrics.get("speaking_s") is not None:
        facts.append(f"spoke {metrics['speaking_s']:.0f} s")
    return facts


def voice_facts(metrics: dict) -> list[str]:
    """Pitch and loudness variation (relative to the speaker) and the flattest stretch."""
    facts = []
    if metrics.get("pitch_range_semitones") is not None:
        facts.append(f"pitch range {metrics['pitch_range_semitones']:.1f} semitones")
    if metrics.get("loudness_range_db") is not None:
        facts.append(f"loudness range {metrics['loudness_range_db']:.1f} dB")
    if metrics.get("flattest"):
        facts.append(f"flattest: {metrics['flattest']}")
    return facts


def spoken_facts(card: ScoreCard) -> Text | None:
    """The "How you spoke" lines of a spoken answer's card (None for a typed answer)."""
    enthusiasm = card.criterion("enthusiasm")
    timing = timing_facts(card.metrics)
    voice = voice_facts(enthusiasm.metrics) if enthusiasm is not None else []
    if not timing and not voice:
        return None
    text = Text("How you spoke", style="bold")
    if timing:
        text.append("\nTiming: ", style="bold")
        text.append_text(literal(" · ".join(timing)))
    if voice:
        text.append("\nVoice: ", style="bold")
        text.append_text(literal(" · ".join(voice)))
    return text


def criteria_table(card: ScoreCard) -> Table:
    """One row per criterion: ✓/✗, label, score out of 100, what was found and the tip."""
    table = Table(box=None, show_header=False, expand=True, padding=(0, 1), pad_edge=False)
    table.add_column(width=1, no_wrap=True)
    table.add_column(ratio=2, no_wrap=False)
    table.add_column(width=3, justify="right", no_wrap=True)
    table.add_column(ratio=5)
    for result in card.criteria:
        detail = Text()
        if result.summary:
            detail.append_text(literal(result.summary, "dim"))
            detail.append("\n" if result.tip else "")
        detail.append_text(literal(result.tip))
        table.add_row(
            PASS_MARK if result.passed else FAIL_MARK,
            literal(result.label, "bold"),
            Text(str(round(result.score * 100))),
            detail,
        )
    labels = {r.id: r.label for r in card.criteria}
    for item in card.not_judged:  # dimmed: neither a pass nor a fail, and out of the overall
        detail = Text(NOT_JUDGED.lower(), style="dim italic")
        if item.reason:
            detail.append("\n").append_text(literal(item.reason, "dim"))
        table.add_row(NOT_JUDGED_MARK, literal(criterion_label(item.id, labels), "dim"), Text("—", style="dim"), detail)
    return table


def scorer_text(card: ScoreCard) -> Text:
    """The card's last line: the scorer version that made it (and how it was rescored)."""
    return literal(scorer_line(card), "dim")


class ScoreCardView(Vertical):
    """Shows one answer's score card (see the module docstring)."""

    DEFAULT_CSS = """
    ScoreCardView {
        height: auto;
    }
    ScoreCardView > .score-card--overall {
        text-style: bold;
        padding: 0 1;
        margin-bottom: 1;
        background: $boost;
    }
    ScoreCardView > .score-card--overall.-good { color: $text-success; }
    ScoreCardView > .score-card--overall.-fair { color: $text-warning; }
    ScoreCardView > .score-card--overall.-poor { color: $text-error; }
    ScoreCardView > .score-card--question { text-style: italic; margin-bottom: 1; }
    ScoreCardView > .score-card--criteria { margin-bottom: 1; }
    ScoreCardView > .score-card--spoken { margin-bottom: 1; padding: 0 1; border-left: outer $accent; }
    ScoreCardView > .score-card--answer {
        border: round $primary 50%;
        border-title-color: $text-muted;
        padding: 0 1;
    }
    """

    def __init__(
        self,
        question_text: str,
        answer_text: str,
        card: ScoreCard,
        *,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.question_text = question_text
        self.answer_text = answer_text
        self.card = card

    def compose(self) -> ComposeResult:
        yield Static(classes="score-card--overall")
        yield Static(classes="score-card--question")
        yield Static(classes="score-card--criteria")
        yield Static(classes="score-card--spoken")
        answer = Static(classes="score-card--answer")
        answer.border_title = "Your answer"
        yield answer

    def on_mount(self) -> None:
        self._render_card()

    def show(self, question_text: str, answer_text: str, card: ScoreCard) -> None:
        """Display another answer."""
        self.question_text, self.answer_text, self.card = question_text, answer_text, card
        if self.is_mounted:
            self._render_card()

    def _render_card(self) -> None:
        card = self.card
        overall = self.query_one(".score-card--overall", Static)
        overall.update(Text(f"Overall {card.overall}/100"))
        for band in ("good", "fair", "poor"):
            overall.set_class(band == overall_band(card.overall), f"-{band}")
        self.query_one(".score-card--question", Static).update(literal(self.question_text))
        self.query_one(".score-card--criteria", Static).update(Group(criteria_table(card), scorer_text(card)))
        spoken = self.query_one(".score-card--spoken", Static)
        facts = spoken_facts(card)
        spoken.display = facts is not None
        spoken.update(facts or "")
        body = highlighted_answer(self.answer_text, card) if self.answer_text.strip() else Text("(no answer)", "italic")
        self.query_one(".score-card--answer", Static).update(Group(body, Text(), legend(card)))
