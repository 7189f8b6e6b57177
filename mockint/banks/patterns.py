"""A custom criterion's ``pattern``: compiled by RE2, so matching takes time linear in the answer.

Python's ``re`` backtracks: ``(a+)+$`` or ``(?i)(\\w+\\s?)+\\.$`` on a long answer would run for
longer than the universe has existed. RE2 (google-re2) never backtracks, so no pattern can freeze
scoring, and there is no timeout to make a score depend on how busy the machine is. The price is the
few features that need backtracking (lookarounds, backreferences...): :func:`pattern_problem` says
which one a pattern uses and what to write instead; ``banks validate`` reports it.

Patterns match case-insensitively (transcripts have unreliable capitals). ``\\w``, ``\\d``, ``\\s``
and ``\\b`` are ASCII-only in RE2; ``\\pL`` matches any letter.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import re2

ENGINE = "re2"
MAX_REPEAT = 1000  # RE2's largest {n}
MAX_PATTERN_MEMORY = 8 << 20  # RE2's default; a pattern needing more is refused, not slowed

# What RE2's error names -> what to write instead. Checked in order, first match wins.
_ADVICE: tuple[tuple[tuple[str, ...], str], ...] = (
    (("(?=", "(?!"), "lookahead (?=…) / (?!…) is not supported: match the following words "
     "themselves, e.g. 'thank you for' instead of 'thank you(?= for)'"),
    (("(?<=", "(?<!"), "lookbehind (?<=…) / (?<!…) is not supported: include the preceding words "
     "in the pattern, e.g. 'i led' instead of '(?<=i )led'"),
    (("(?P=", "\\1", "\\2", "\\3", "\\4", "\\5", "\\6", "\\7", "\\8", "\\9", "\\g", "\\k"),
     "backreferences (\\1, (?P=name), \\k<name>) are not supported: spell the repeated words out, "
     "e.g. '(very very|really really)' instead of '(very|really) \\1'"),
    (("(?>",), "atomic groups (?>…) are not needed (matching never backtracks): write (?:…)"),
    (("*+", "++", "?+", "}+"), "possessive quantifiers (*+, ++, ?+) are not needed (matching never "
     "backtracks): drop the extra '+', e.g. 'a+' instead of 'a++'"),
    (("(?(",), "conditionals (?(1)…|…) are not supported: write the alternatives with '|'"),
    (("(?x",), "verbose mode (?x) is not supported: remove the spaces and # comments from the "
     "pattern (use \\s or a literal space where a space is meant)"),
    (("(?#",), "comments (?#…) are not supported: put the comment on a TOML line of its own"),
    (("(?a", "(?u", "(?L"), "the flags (?a), (?u) and (?L) are not supported: use (?i), (?m) or "
     "(?s) only; \\w, \\d, \\s and \\b are always ASCII (\\pL is any letter)"),
    (("\\Z",), "\\Z is not supported: write \\z for the end of the answer"),
    (("\\u", "\\U", "\\N"), "\\u, \\U and \\N{…} are not supported: write \\x{e9} (a code point in "
     "hex) or the character itself"),
    (("repetition size",), f"a repeat count {{n,m}} needs n <= m <= {MAX_REPEAT} (nested counts "
     "multiply): use + or * instead of a large count"),
    (("(?P>", "(?R"), "recursion (?P>name) / (?R) is not supported: write the nested part out"),
    (("\\C",), "\\C (any byte) is not supported: write '.' for any character"),
    (("missing )",), "a '(' is never closed: add the ')' (write \\( for a bracket itself)"),
    (("unexpected )",), "a ')' closes nothing: remove it (write \\) for a bracket itself)"),
    (("missing ]",), "a '[' is never closed: add the ']' (write \\[ for a bracket itself)"),
    (("pattern too large",), "the pattern is too large: split it into several criteria, or use "
     "phrases"),
)


def _options() -> re2.Options:
    import re2

    options = re2.Options()
    options.case_sensitive = False
    options.log_errors = False  # errors are reported as bank problems, not printed by RE2
    options.max_mem = MAX_PATTERN_MEMORY
    return options


class PatternError(ValueError):
    """A pattern RE2 cannot take; the message says why and what to write instead."""


def _advice(error: str, pattern: str) -> str:
    if error.endswith("(?P"):  # RE2 names only the start of (?P=name) and (?P>name)
        error += next((tail for tail in ("=", ">") if f"(?P{tail}" in pattern), "")
    for fragments, advice in _ADVICE:
        if any(fragment in error for fragment in fragments):
            return advice
    return f"invalid regular expression: {error}"


@lru_cache(maxsize=256)
def compile_pattern(pattern: str) -> re2._Regexp:
    """``pattern`` compiled by RE2 (case-insensitive); :class:`PatternError` if it cannot be."""
    import re2

    try:
        if _has_escape(pattern, "C"):
            raise re2.error(b"invalid escape sequence: \\C")
        return re2.compile(pattern, _options())
    except re2.error as exc:
        raw = exc.args[0] if exc.args else ""
        message = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)
        raise PatternError(_advice(message, pattern)) from None
    except (UnicodeEncodeError, TypeError, ValueError) as exc:  # a lone surrogate, a non-string
        raise PatternError(f"invalid regular expression: {exc}") from None


def _has_escape(pattern: str, letter: str) -> bool:
    """Whether ``pattern`` has the escape ``\\letter`` (not an escaped backslash before it)."""
    index = pattern.find("\\")
    while index != -1:
        if pattern[index + 1 : index + 2] == letter:
            return True
        index = pattern.find("\\", index + 2)
    return False


def pattern_problem(pattern: str) -> str | None:
    """Why RE2 cannot take ``pattern`` (with what to write instead), or None when it can."""
    try:
        compile_pattern(pattern)
    except PatternError as exc:
        return str(exc)
    return None
