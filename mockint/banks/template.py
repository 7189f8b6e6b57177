"""``mockint banks new ID``: a commented bank file to start from, with every key explained."""

from __future__ import annotations

import textwrap
from pathlib import Path

from mockint.banks import rules
from mockint.banks.saving import bank_destination, check_bank_id, save_new_bank
from mockint.banks.toml_write import toml_string

_TEMPLATE = """\
# A mockint question bank. Check it with `mockint banks validate` and try it with
# `mockint banks show {bank_id_plain}`.
# Every key is explained below; the full format is in question_banks/README.md.
# Lines starting with '#' are comments. Text goes in "double quotes".

[bank]
# Required. Lowercase letters, digits and '-'. A bank with the id of a built-in bank replaces it.
id = {bank_id}
# Required. Shown in the bank list.
title = {title}
# Optional. One or two sentences on what the bank practises.
description = "Questions for the roles I am applying to."
# Optional. Seconds to think first ({think_low}..{think_high}); default {think_default}.
think_seconds = {think_default}
# Optional. Seconds to answer ({answer_low}..{answer_high}); default {answer_default}.
answer_seconds = {answer_default}
# Optional. The built-in criteria that score these answers. Leave it out to use all of them:
{builtins}
criteria = ["concrete_example", "quantified_result", "star_structure", "ownership",
            "filler_words", "hedging", "length", "pace", "relevance", "professional_tone"]

# Optional, repeatable: a criterion of your own. It scores every question of this bank that
# does not list its own criteria (a question's list may name it).
[[criteria]]
# Required. Lowercase letters, digits, '-' and '_'; not the id of a built-in criterion.
id = "names_the_team"
# Optional. The name shown next to the check mark; default: made from the id.
label = "Names the team or product"
# Phrases to look for, matched loosely (small spelling or transcription slips still count).
phrases = ["my team", "our product", "the project"]
# And/or a regular expression (RE2: Python's syntax without lookarounds or backreferences;
# case is ignored). A criterion needs phrases, a pattern, or both.
pattern = "\\\\b(team|product|project)\\\\b"
# Optional. How many matches it takes to pass (at least 1); default 1.
min_matches = 1
# Optional. Its weight in the overall score (0 or more); default 1.0.
weight = 1.0
# Optional. The advice shown when an answer misses it.
tip = "Say which team or product you worked on, by name."

# One [[questions]] table per question, in the order they are asked.
[[questions]]
# Required. Unique in this bank; lowercase letters, digits and '-'.
id = "proud-project"
# Required. What the interviewer asks.
text = "Tell me about a project you are proud of."
# Optional. Override the bank's think and answer times for this question.
think_seconds = 30
answer_seconds = 150
# Optional. Words to group and filter questions by.
tags = ["projects"]
# Optional (the built-in banks always have them). What a good answer covers, in the words a
# candidate would say; the relevance criterion looks for each of them in the answer.
key_points = ["the goal of the project", "what I did myself", "the result", "what I learned"]
# Optional. Other ways a candidate may say a key point, so that relevance counts them too: one
# line per key point, the key point in quotes exactly as in key_points.
synonyms."the result" = ["what came of it", "how it turned out"]
synonyms."what I learned" = ["the lesson for me", "it taught me"]
# Optional. The kind of question, which picks the tips an answer gets: one of
# {question_types}.
# Leave it out and mockint works it out from the text.
type = "story"
# Optional. Questions the interviewer may ask next.
follow_ups = ["What would you do differently next time?"]
# Optional. Exactly the criteria that score this question, built-in and your own, instead of
# the bank's list and its own criteria.
criteria = ["concrete_example", "quantified_result", "ownership", "relevance", "names_the_team"]
# Optional. What a strong answer sounds like, shown beside the user's after scoring. Triple
# quotes let it run over several lines; a '\\' at the end of a line joins it to the next.
example_answer = \"\"\"\\
Last year I rebuilt the sign-up form of our booking app, which lost half of the people who \\
started it. I watched ten users try it, cut it from three pages to one and added a progress \\
bar. Completed sign-ups went up 30% in a month, and I learned to test with users first.\"\"\"

[[questions]]
id = "why-this-role"
text = "Why do you want this role?"
type = "motivation"
key_points = ["what the role involves", "a skill I bring", "why this company"]
"""


def template_text(bank_id: str, title: str | None = None) -> str:
    """The commented template for a bank called ``bank_id`` (valid as written)."""
    check_bank_id(bank_id)
    think_low, think_high = rules.THINK_SECONDS_RANGE
    answer_low, answer_high = rules.ANSWER_SECONDS_RANGE
    return _TEMPLATE.format(
        bank_id_plain=bank_id,
        bank_id=toml_string(bank_id),
        title=toml_string(title or bank_id.replace("-", " ").capitalize()),
        think_low=think_low,
        think_high=think_high,
        think_default=rules.DEFAULT_THINK_SECONDS,
        answer_low=answer_low,
        answer_high=answer_high,
        answer_default=rules.DEFAULT_ANSWER_SECONDS,
        question_types=", ".join(rules.QUESTION_TYPES),
        builtins=textwrap.fill(
            ", ".join(rules.KNOWN_BUILTIN_CRITERIA),
            width=98,
            initial_indent="# ",
            subsequent_indent="# ",
        ),
    )


def write_template(
    bank_id: str, output: Path | None = None, *, title: str | None = None, force: bool = False
) -> Path:
    """Write the template to ``output`` (a file or folder) or the user's bank folder."""
    text = template_text(bank_id, title)
    destination = bank_destination(bank_id, output)
    save_new_bank(text, destination, force=force)
    return destination
