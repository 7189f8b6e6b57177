"""Checking a parsed bank document against the format, collecting every problem.

:func:`validate_bank` never stops at the first problem: it checks every key it can, records a
:class:`~mockint.banks.model.Problem` (with its line) for each thing wrong, and builds the
:class:`~mockint.banks.model.Bank` only when nothing is.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any, NamedTuple

from mockint.banks import rules
from mockint.banks.model import Bank, CustomCriterion, Problem, Question
from mockint.banks.patterns import pattern_problem
from mockint.banks.toml_lines import LineIndex, join_field
from mockint.safe_text import control_name, first_control

_TOML_TYPE_NAMES = {
    str: "a string",
    int: "an integer",
    float: "a decimal number",
    bool: "true/false",
    list: "an array",
    dict: "a table",
    datetime: "a date-time",
    date: "a date",
    time: "a time",
}


def _type_name(value: Any) -> str:
    return _TOML_TYPE_NAMES.get(type(value), type(value).__name__)


@dataclass
class _Checker:
    path: Path
    index: LineIndex

    def __post_init__(self) -> None:
        self.problems: list[Problem] = []

    def problem(self, field: str, message: str, line_field: str | None = None) -> None:
        """Record ``field: message`` on the line of ``line_field`` (default: ``field`` itself)."""
        line = self.index.line_of(field if line_field is None else line_field)
        self.problems.append(Problem(self.path, line, field, message))

    def duplicate(self, field: str, what: str, first_prefix: str) -> None:
        first_line = self.index.line_of(f"{first_prefix}.id")
        self.problem(field, f"duplicate {what} (first used in {first_prefix}, line {first_line})")

    # -- generic checks; each returns None after recording a problem -------------------------
    def unknown_keys(self, table: dict[str, Any], allowed: tuple[str, ...], prefix: str) -> None:
        for key in table:
            if key == "questions" and prefix:
                self.problem(
                    join_field(prefix, key),
                    "unknown key: questions go in [[questions]] tables, after [bank]",
                )
            elif key not in allowed:
                hint = rules.did_you_mean(key, allowed)
                if not hint:
                    hint = f" (allowed: {', '.join(allowed)})"
                self.problem(join_field(prefix, key), f"unknown key{hint}")

    def typed(self, value: Any, field: str, kinds: tuple[type, ...], expected: str,
              line_field: str | None = None) -> Any:
        # TOML true/false are Python bools, which are ints: never accept them as numbers.
        value_ok = isinstance(value, kinds) and (bool in kinds or not isinstance(value, bool))
        if not value_ok:
            self.problem(field, f"must be {expected}, not {_type_name(value)}", line_field)
            return None
        return value

    def text(self, table: dict[str, Any], key: str, prefix: str, *, required: bool) -> str | None:
        field = join_field(prefix, key)
        if key not in table:
            if required:
                self.problem(field, "is missing (required)")
            return None
        value = self.typed(table[key], field, (str,), "a string")
        if value is not None and not value.strip():
            self.problem(field, "is empty")
            return None
        return value.strip() if value is not None else None

    def identifier(
        self, table: dict[str, Any], prefix: str, *, criterion: bool = False
    ) -> str | None:
        value = self.text(table, "id", prefix, required=True)
        if value is None:
            return None
        valid = rules.is_criterion_id(value) if criterion else rules.is_bank_id(value)
        if not valid:
            message = rules.invalid_id_message(value, criterion=criterion)
            self.problem(join_field(prefix, "id"), message)
            return None
        return value

    def seconds(
        self, table: dict[str, Any], key: str, prefix: str, bounds: tuple[int, int]
    ) -> int | None:
        if key not in table:
            return None
        field = join_field(prefix, key)
        value = self.typed(table[key], field, (int,), "a whole number of seconds")
        low, high = bounds
        if value is not None and not low <= value <= high:
            self.problem(field, f"{value} is out of range ({low}..{high} seconds)")
            return None
        return value

    def text_list(self, table: dict[str, Any], key: str, prefix: str,
                  shown: str | None = None) -> tuple[str, ...] | None:
        """An array of non-blank strings; blank entries are problems (an empty array is fine).
        ``shown``: the field as problems name it, when not ``prefix.key`` (a quoted key)."""
        if key not in table:
            return None
        field = join_field(prefix, key)
        label = shown or field
        values = self.typed(table[key], label, (list,), "an array of strings", field)
        if values is None:
            return None
        items: list[str] = []
        ok = True
        for position, item in enumerate(values):
            item_field = f"{field}[{position}]"
            if self.typed(item, f"{label}[{position}]", (str,), "a string", item_field) is None:
                ok = False
            elif not item.strip():
                self.problem(f"{label}[{position}]", "is empty", item_field)
                ok = False
            else:
                items.append(item.strip())
        return tuple(items) if ok else None

    def example_answer(self, table: dict[str, Any], prefix: str) -> str | None:
        """``example_answer``: free text (newlines and tabs allowed, no other control character)."""
        if "example_answer" not in table:
            return None
        field = join_field(prefix, "example_answer")
        value = table["example_answer"]
        if not isinstance(value, str):
            self.problem(field, f"must be text, not {_type_name(value)}")
            return None
        found = first_control(value)
        if found is not None:
            self.problem(
                field,
                f"contains the control character {control_name(value[found])}; write plain text",
            )
            return None
        if not value.strip():
            self.problem(field, "is empty")
            return None
        return value.strip()

    def table_list(self, data: dict[str, Any], key: str) -> list[dict[str, Any]]:
        """The tables of ``[[key]]``; anything else there is a problem."""
        values = data.get(key, [])
        if not isinstance(values, list):
            self.problem(key, f"must be an array of tables ([[{key}]]), not {_type_name(values)}")
            return []
        tables = []
        for position, item in enumerate(values):
            if isinstance(item, dict):
                tables.append(item)
            elif key == "criteria" and isinstance(item, str):
                self.problem(
                    f"{key}[{position}]",
                    "must be a table ([[criteria]]); a list of built-in criteria goes in [bank]",
                )
            else:
                self.problem(f"{key}[{position}]", f"must be a table, not {_type_name(item)}")
        return tables

    # -- criteria lists and custom criteria --------------------------------------------------
    def criteria_list(
        self, table: dict[str, Any], prefix: str, custom_ids: set[str], *, question: bool = False
    ) -> tuple[str, ...] | None:
        """The ids of ``criteria``: built-in ones, and for a ``question`` the bank's own too (a
        question's list is exactly what scores it; the bank's list, only its built-in criteria)."""
        items = self.text_list(table, "criteria", prefix)
        if items is None:
            return None
        field = join_field(prefix, "criteria")
        seen: set[str] = set()
        ok = True
        known = set(rules.KNOWN_BUILTIN_CRITERIA) | (custom_ids if question else set())
        for position, criterion_id in enumerate(items):
            item_field = f"{field}[{position}]"
            if criterion_id in custom_ids and not question:
                self.problem(
                    item_field,
                    f"'{criterion_id}' is one of this bank's own criteria, which always apply to "
                    "a question that lists no criteria; list only built-in criteria here (a "
                    "question's criteria may name it)",
                )
                ok = False
            elif criterion_id not in known:
                hint = rules.did_you_mean(criterion_id, sorted(known))
                self.problem(item_field, f"unknown criterion '{criterion_id}'{hint}")
                ok = False
            elif criterion_id in seen:
                self.problem(item_field, f"'{criterion_id}' is listed twice")
                ok = False
            seen.add(criterion_id)
        if ok and not items and (question or not custom_ids):
            self.problem(
                field,
                "is empty, so nothing would score the answers; leave the key out to use "
                "every built-in criterion",
            )
            return None
        return items if ok else None

    def custom_criterion(self, table: dict[str, Any], prefix: str) -> CustomCriterion | None:
        before = len(self.problems)
        self.unknown_keys(table, rules.CRITERION_KEYS, prefix)
        criterion_id = self.identifier(table, prefix, criterion=True)
        if criterion_id in rules.KNOWN_BUILTIN_CRITERIA:
            self.problem(
                join_field(prefix, "id"),
                f"'{criterion_id}' is a built-in criterion; give your own criterion another id",
            )
        label = self.text(table, "label", prefix, required=False)
        tip = self.text(table, "tip", prefix, required=False)
        phrases = self.text_list(table, "phrases", prefix)
        pattern = self.pattern(table, prefix)
        # An absent or empty phrases array counts as none; a broken one was reported already.
        if ("phrases" not in table or phrases == ()) and "pattern" not in table:
            self.problem(prefix, "needs phrases or a pattern (or both) to match answers against")
        min_matches = self.min_matches(table, prefix)
        weight = self.weight(table, prefix)
        if len(self.problems) > before or criterion_id is None:
            return None
        return CustomCriterion(
            id=criterion_id,
            label=label or criterion_id.replace("_", " ").replace("-", " ").capitalize(),
            phrases=phrases or (),
            pattern=pattern,
            min_matches=min_matches if min_matches is not None else 1,
            weight=weight if weight is not None else 1.0,
            tip=tip or "",
        )

    def pattern(self, table: dict[str, Any], prefix: str) -> str | None:
        pattern = self.text(table, "pattern", prefix, required=False)
        if pattern is None:
            return None
        problem = pattern_problem(pattern)
        if problem is not None:
            self.problem(join_field(prefix, "pattern"), problem)
            return None
        return pattern

    def min_matches(self, table: dict[str, Any], prefix: str) -> int | None:
        if "min_matches" not in table:
            return None
        field = join_field(prefix, "min_matches")
        value = self.typed(table["min_matches"], field, (int,), "a whole number")
        if value is not None and value < 1:
            self.problem(field, f"must be at least 1, not {value}")
            return None
        return value

    def weight(self, table: dict[str, Any], prefix: str) -> float | None:
        if "weight" not in table:
            return None
        field = join_field(prefix, "weight")
        value = self.typed(table["weight"], field, (int, float), "a number")
        if value is None:
            return None
        if not math.isfinite(value):
            self.problem(field, f"must be a finite number, not {value}")
            return None
        if value < 0:
            self.problem(field, f"must not be negative ({value})")
            return None
        return float(value)


class Validated(NamedTuple):
    bank: Bank | None  # None when there is any problem
    problems: list[Problem]  # sorted by line
    bank_id: str  # as written, even when the bank is broken ('' when unreadable)
    title: str


def validate_bank(data: dict[str, Any], index: LineIndex, path: Path, source: str) -> Validated:
    """Check a parsed document and build the bank when nothing is wrong."""
    check = _Checker(path, index)
    check.unknown_keys(data, rules.TOP_LEVEL_KEYS, "")

    bank_table = data.get("bank")
    bank_id = title = None
    if bank_table is None:
        check.problem("bank", "missing [bank] table (with at least id and title)")
        bank_table = {}
    elif not isinstance(bank_table, dict):
        check.problem("bank", f"must be a table ([bank]), not {_type_name(bank_table)}")
        bank_table = {}
    else:
        check.unknown_keys(bank_table, rules.BANK_KEYS, "bank")
        bank_id = check.identifier(bank_table, "bank")
        title = check.text(bank_table, "title", "bank", required=True)
    description = check.text(bank_table, "description", "bank", required=False)
    think = check.seconds(bank_table, "think_seconds", "bank", rules.THINK_SECONDS_RANGE)
    answer = check.seconds(bank_table, "answer_seconds", "bank", rules.ANSWER_SECONDS_RANGE)
    think = rules.DEFAULT_THINK_SECONDS if think is None else think
    answer = rules.DEFAULT_ANSWER_SECONDS if answer is None else answer

    custom = _custom_criteria(check, data)
    custom_ids = {c.id for c in custom}
    bank_criteria = check.criteria_list(bank_table, "bank", custom_ids)
    questions = _questions(check, data, think, answer, bank_criteria, custom_ids)

    problems = sorted(check.problems, key=lambda p: p.line)
    if problems or bank_id is None or title is None:
        return Validated(
            None, problems, _readable(bank_table.get("id")), _readable(bank_table.get("title"))
        )
    bank = Bank(
        id=bank_id,
        title=title,
        questions=tuple(questions),
        description=description or "",
        think_seconds=think,
        answer_seconds=answer,
        criteria=bank_criteria,
        custom_criteria=tuple(custom),
        path=path,
        builtin=source == "built-in",
    )
    return Validated(bank, [], bank_id, title)


def _readable(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _custom_criteria(check: _Checker, data: dict[str, Any]) -> list[CustomCriterion]:
    criteria: list[CustomCriterion] = []
    first_field: dict[str, str] = {}
    for position, table in enumerate(check.table_list(data, "criteria")):
        prefix = f"criteria[{position}]"
        criterion = check.custom_criterion(table, prefix)
        raw_id = table.get("id")
        if isinstance(raw_id, str) and raw_id.strip():
            raw_id = raw_id.strip()
            if raw_id in first_field:
                check.duplicate(f"{prefix}.id", f"criterion id '{raw_id}'", first_field[raw_id])
                continue
            first_field[raw_id] = prefix
        if criterion is not None:
            criteria.append(criterion)
    return criteria


def _questions(
    check: _Checker,
    data: dict[str, Any],
    think_default: int,
    answer_default: int,
    bank_criteria: tuple[str, ...] | None,
    custom_ids: set[str],
) -> list[Question]:
    if "questions" not in data:
        check.problem("questions", "missing: a bank needs at least one [[questions]] table")
        return []
    tables = check.table_list(data, "questions")
    if not tables and isinstance(data["questions"], list) and not data["questions"]:
        check.problem("questions", "is empty: a bank needs at least one question")
    questions: list[Question] = []
    first_field: dict[str, str] = {}
    for position, table in enumerate(tables):
        prefix = f"questions[{position}]"
        before = len(check.problems)
        check.unknown_keys(table, rules.QUESTION_KEYS, prefix)
        question_id = check.identifier(table, prefix)
        if question_id is not None:
            if question_id in first_field:
                first = first_field[question_id]
                check.duplicate(f"{prefix}.id", f"question id '{question_id}'", first)
            else:
                first_field[question_id] = prefix
        text = check.text(table, "text", prefix, required=True)
        think = check.seconds(table, "think_seconds", prefix, rules.THINK_SECONDS_RANGE)
        answer = check.seconds(table, "answer_seconds", prefix, rules.ANSWER_SECONDS_RANGE)
        tags = check.text_list(table, "tags", prefix)
        key_points = check.text_list(table, "key_points", prefix)
        follow_ups = check.text_list(table, "follow_ups", prefix)
        criteria = check.criteria_list(table, prefix, custom_ids, question=True)
        question_type = _question_type(check, table, prefix)
        synonyms = _synonyms(check, table, prefix, key_points or ())
        example_answer = check.example_answer(table, prefix)
        if len(check.problems) > before or question_id is None or text is None:
            continue
        questions.append(
            Question(
                id=question_id,
                text=text,
                think_seconds=think if think is not None else think_default,
                answer_seconds=answer if answer is not None else answer_default,
                key_points=key_points or (),
                follow_ups=follow_ups or (),
                tags=tags or (),
                criteria=bank_criteria if criteria is None else tuple(c for c in criteria if c not in custom_ids),
                custom_criteria=None if criteria is None else tuple(c for c in criteria if c in custom_ids),
                question_type=question_type,
                synonyms=synonyms,
                example_answer=example_answer or "",
            )
        )
    return questions


def _question_type(check: _Checker, table: dict[str, Any], prefix: str) -> str | None:
    """``type``: one of :data:`rules.QUESTION_TYPES`, or None (inferred from the text)."""
    value = check.text(table, "type", prefix, required=False)
    if value is None or value in rules.QUESTION_TYPES:
        return value
    hint = rules.did_you_mean(value.lower(), rules.QUESTION_TYPES)
    if not hint:
        hint = f" (one of: {', '.join(rules.QUESTION_TYPES)})"
    check.problem(join_field(prefix, "type"), f"unknown question type '{value}'{hint}")
    return None


def _synonyms(
    check: _Checker, table: dict[str, Any], prefix: str, key_points: tuple[str, ...]
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """``synonyms``: a table from a key point (as written in ``key_points``) to an array of other
    ways a candidate may say it."""
    if "synonyms" not in table:
        return ()
    field = join_field(prefix, "synonyms")
    entries = check.typed(table["synonyms"], field, (dict,),
                          'a table: "key point" = ["another way to say it", ...]')
    if entries is None:
        return ()
    found: list[tuple[str, tuple[str, ...]]] = []
    for point in entries:
        point_field = f'{field}."{point}"'
        line_field = join_field(field, point)
        if point.strip() not in key_points:
            if not key_points:
                message = "the question has no key_points to give synonyms for"
            else:
                hint = rules.did_you_mean(point.strip(), key_points)
                message = f"not one of this question's key_points{hint}"
            check.problem(point_field, message, line_field)
            continue
        items = check.text_list(entries, point, field, shown=point_field)
        if items is None:
            continue
        if not items:
            check.problem(point_field, "is empty: list other ways to say the key point, or leave it out",
                          line_field)
            continue
        found.append((point.strip(), items))
    return tuple(found)
