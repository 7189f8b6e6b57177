"""Writing the few TOML values a generated bank needs (strings, integers, arrays of strings)."""

from __future__ import annotations

from collections.abc import Sequence

_ESCAPES = {
    '"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"
}


def toml_string(text: str) -> str:
    """A TOML basic string: ``say "hi"`` -> ``"say \\"hi\\""``; control characters escaped."""
    out = []
    for char in text:
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def toml_array(items: Sequence[str], indent: str = "    ", width: int = 100) -> str:
    """An array of strings: on one line when short, else one item per line."""
    inline = "[" + ", ".join(toml_string(item) for item in items) + "]"
    if len(inline) <= width or not items:
        return inline
    body = "".join(f"{indent}{toml_string(item)},\n" for item in items)
    return f"[\n{body}]"


def toml_line(key: str, value: str | int | Sequence[str]) -> str:
    """``key = value`` for a string, an integer or an array of strings."""
    if isinstance(value, str):
        rendered = toml_string(value)
    elif isinstance(value, int):
        rendered = str(value)
    else:
        rendered = toml_array(value)
    return f"{key} = {rendered}"
