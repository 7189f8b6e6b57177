"""Where each key of a TOML document is, by line.

``tomllib`` returns values without positions, yet every problem in a bank must name its line. This
scanner walks the text once (it expects a document ``tomllib`` has already accepted) and records
the line of every key, table header and array element under the field names the validator uses:
``bank.id``, ``questions[3].text`` (inside the 4th ``[[questions]]``), ``questions[3].tags[1]``.
"""

from __future__ import annotations

_BARE_KEY_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
_SCALAR_END = frozenset(",]}\n#")


def join_field(prefix: str, key: str) -> str:
    """``join_field("bank", "id") == "bank.id"``; the root has the empty prefix."""
    return f"{prefix}.{key}" if prefix else key


class LineIndex:
    """Field name -> line; :meth:`line_of` falls back to the closest known enclosing field."""

    def __init__(self, lines: dict[str, int]) -> None:
        self._lines = lines

    @classmethod
    def of(cls, text: str) -> LineIndex:
        scanner = _Scanner(text)
        try:
            scanner.document()
        except RecursionError:  # absurdly deep nesting: keep what was found before it
            pass
        return cls(scanner.lines)

    def line_of(self, field: str) -> int:
        while field:
            if field in self._lines:
                return self._lines[field]
            field = _parent(field)
        return 1


def _parent(field: str) -> str:
    """``questions[2].tags[1]`` -> ``questions[2].tags`` -> ``questions[2]`` -> ``questions``."""
    if field.endswith("]"):
        return field[: field.rfind("[")]
    dot = field.rfind(".")
    return field[:dot] if dot > 0 else ""


class _Scanner:
    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0
        self.line = 1
        self.lines: dict[str, int] = {}
        self.table_counts: dict[str, int] = {}  # array-of-tables path -> how many seen so far

    # -- low level -------------------------------------------------------------------------
    def peek(self, ahead: int = 0) -> str:
        index = self.pos + ahead
        return self.text[index] if index < len(self.text) else ""

    def startswith(self, token: str) -> bool:
        return self.text.startswith(token, self.pos)

    def advance(self, count: int = 1) -> None:
        end = min(self.pos + count, len(self.text))
        self.line += self.text.count("\n", self.pos, end)
        self.pos = end

    def at_end(self) -> bool:
        return self.pos >= len(self.text)

    def skip_blank(self, newlines: bool) -> None:
        """Skip spaces and comments, and line breaks too when ``newlines``."""
        while not self.at_end():
            char = self.peek()
            if char in " \t\r" or (newlines and char == "\n"):
                self.advance()
            elif char == "#":
                end = self.text.find("\n", self.pos)
                self.advance((end if end >= 0 else len(self.text)) - self.pos)
            else:
                return

    def remember(self, field: str) -> None:
        self.lines.setdefault(field, self.line)

    # -- grammar ---------------------------------------------------------------------------
    def document(self) -> None:
        table = ""
        while True:
            self.skip_blank(newlines=True)
            if self.at_end():
                return
            start = self.pos
            if self.startswith("[["):
                table = self.header(array=True)
            elif self.peek() == "[":
                table = self.header(array=False)
            else:
                self.key_value(table)
            if self.pos == start:
                self.advance()

    def header(self, array: bool) -> str:
        self.advance(2 if array else 1)
        parts = self.key()
        self.skip_blank(newlines=False)
        self.advance(2 if array else 1)
        path = ""
        for part in parts[:-1]:
            path = self.resolve(join_field(path, part))
        path = join_field(path, parts[-1] if parts else "")
        if array:
            count = self.table_counts.get(path, 0)
            self.table_counts[path] = count + 1
            self.remember(path)
            path = f"{path}[{count}]"
        self.remember(path)
        return path

    def resolve(self, path: str) -> str:
        """A table path through arrays of tables points at their latest element."""
        count = self.table_counts.get(path)
        return f"{path}[{count - 1}]" if count else path

    def key(self) -> list[str]:
        parts: list[str] = []
        while True:
            self.skip_blank(newlines=False)
            char = self.peek()
            if char in "\"'":
                parts.append(self.quoted_key(char))
            else:
                start = self.pos
                while self.peek() in _BARE_KEY_CHARS and not self.at_end():
                    self.advance()
                if self.pos == start:
                    return parts
                parts.append(self.text[start : self.pos])
            self.skip_blank(newlines=False)
            if self.peek() != ".":
                return parts
            self.advance()

    def quoted_key(self, quote: str) -> str:
        self.advance()
        start = self.pos
        self.skip_string_body(quote, escapes=quote == '"')
        return self.text[start : max(start, self.pos - 1)]

    def key_value(self, table: str) -> None:
        field = table
        for part in self.key():  # a dotted key: each table on the way is on this line too
            field = join_field(field, part)
            self.remember(field)
        self.skip_blank(newlines=False)
        if self.peek() == "=":
            self.advance()
            self.skip_blank(newlines=False)
            self.value(field)

    def value(self, field: str) -> None:
        char = self.peek()
        if self.startswith('"""') or self.startswith("'''"):
            self.advance(3)
            self.skip_multiline_body(char)
        elif char in "\"'":
            self.advance()
            self.skip_string_body(char, escapes=char == '"')
        elif char == "[":
            self.array(field)
        elif char == "{":
            self.inline_table(field)
        else:
            while not self.at_end() and self.peek() not in _SCALAR_END:
                self.advance()

    def array(self, field: str) -> None:
        self.advance()
        index = 0
        while not self.at_end():
            self.skip_blank(newlines=True)
            if self.peek() == "]":
                break
            start = self.pos
            element = f"{field}[{index}]"
            self.remember(element)
            self.value(element)
            self.skip_blank(newlines=True)
            if self.peek() == ",":
                self.advance()
                index += 1
            elif self.pos == start:
                break
        self.advance()

    def inline_table(self, field: str) -> None:
        self.advance()
        while not self.at_end():
            self.skip_blank(newlines=False)
            if self.peek() == "}":
                break
            start = self.pos
            self.key_value(field)
            self.skip_blank(newlines=False)
            if self.peek() == ",":
                self.advance()
            elif self.pos == start:
                break
        self.advance()

    def skip_string_body(self, quote: str, escapes: bool) -> None:
        """Skip to just past the closing ``quote`` (or the end of the line)."""
        while not self.at_end() and self.peek() != "\n":
            char = self.peek()
            self.advance(2 if escapes and char == "\\" else 1)
            if char == quote:
                return

    def skip_multiline_body(self, quote: str) -> None:
        delimiter = quote * 3
        while not self.at_end():
            if quote == '"' and self.peek() == "\\":
                self.advance(2)
            elif self.startswith(delimiter):
                self.advance(3)
                extra = 0  # up to two quotes right before the delimiter belong to the string
                while self.peek() == quote and extra < 2:
                    self.advance()
                    extra += 1
                return
            else:
                self.advance()
