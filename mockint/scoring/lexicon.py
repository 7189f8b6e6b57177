"""Phrase lexicons matched over the answer's words with one shared trie: one pass per answer.

Python's ``re`` tries every alternative at every character, so a regex of a hundred phrases costs
hundreds of microseconds per answer. Here each criterion declares its phrases once::

    HEDGES = define("hedging", {"i guess": "strong", "{maybe|perhaps}": "strong"})

and :func:`scan` walks the words of an answer once against the trie of every lexicon together.

Phrase syntax (matched against normalised words with apostrophes removed, so "don't" = "dont"):
``{a|b c|}`` alternatives (an empty one makes the group optional), ``*`` any one word,
``<name>`` any word of a class declared with :func:`word_class` (keeps big cross products small).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from itertools import compress
from typing import Any, NamedTuple

_END = ""  # marks the end of a phrase while building (no word is empty)
_ANY = "*"
_BRACES_RE = re.compile(r"\{([^{}]*)\}")


class Hit(NamedTuple):
    """Words ``first .. last-1`` of the answer match a phrase tagged ``tag``."""

    first: int
    last: int
    tag: Any


def expand(phrase: str) -> list[tuple[str, ...]]:
    """All word sequences a phrase stands for: ``"{last|this past} year"`` -> 2 sequences."""
    match = _BRACES_RE.search(phrase)
    if match is None:
        words = tuple(w.replace("'", "") for w in phrase.lower().split())
        return [words] if words else []
    sequences: list[tuple[str, ...]] = []
    for option in match.group(1).split("|"):
        sequences.extend(expand(phrase[: match.start()] + f" {option} " + phrase[match.end():]))
    return sequences


class _Registry:
    def __init__(self) -> None:
        self.lexicons: dict[str, list[tuple[str, Any]]] = {}
        self.classes: dict[str, frozenset[str]] = {}
        self._trie: dict[str, Any] | None = None
        self._firsts: dict[str, tuple[tuple[tuple[str, Any], ...], frozenset[str] | None, _Node]] = {}
        self._one_word: frozenset[str] = frozenset()  # lexicons whose phrases are all one word

    def word_class(self, name: str, words: Iterable[str]) -> str:
        self.classes[name] = frozenset(w.replace("'", "") for w in words)
        self._trie = None
        return f"<{name}>"

    def define(self, name: str, phrases: Mapping[str, Any] | Iterable[str], tag: Any = True) -> str:
        items = list(phrases.items()) if isinstance(phrases, Mapping) else [(p, tag) for p in phrases]
        self.lexicons.setdefault(name, []).extend(items)
        self._trie = None
        return name

    def trie(self) -> dict[str, _Node]:
        """The root: first word -> node. Built on first use (a few milliseconds)."""
        if self._trie is None:
            root: dict[str, Any] = {}
            for name, items in self.lexicons.items():
                for phrase, tag in items:
                    for words in self._literal_heads(expand(phrase)):
                        node = root
                        for word in words:
                            node = node.setdefault(word, {})
                        ends = node.setdefault(_END, {})
                        ends.setdefault(name, tag)  # the first definition of a phrase wins
            self._trie = {word: self._freeze(child) for word, child in root.items()}
            self._one_word = frozenset(
                name for name, items in self.lexicons.items()
                if all(len(words) == 1 for phrase, _ in items for words in expand(phrase))
            )
            # Without a wildcard after the first word, the words that can come second decide
            # whether a walk can go further than the first word's own hits (it rarely does).
            self._firsts = {
                word: (ends, None if wildcard is not None else
                       frozenset(children).union(*(words for words, _ in classes)), node)
                for word, node in self._trie.items()
                for children, ends, wildcard, classes in (node,)
            }
        return self._trie

    def firsts(self) -> dict[str, tuple[tuple[tuple[str, Any], ...], frozenset[str] | None, _Node]]:
        """First word -> (its hits as a one-word phrase, the words that may follow it (None: any
        word, after a wildcard), its trie node)."""
        self.trie()
        return self._firsts

    def _literal_heads(self, sequences: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
        """Phrases starting with a class start with each of its words instead: the scan then
        needs one dict lookup per answer word."""
        result: list[tuple[str, ...]] = []
        for words in sequences:
            if words[0].startswith("<"):
                result.extend((word, *words[1:]) for word in sorted(self.classes[words[0][1:-1]]))
            else:
                result.append(words)
        return result

    def _freeze(self, node: dict[str, Any]) -> _Node:
        children = {}
        classes = []
        for key, child in node.items():
            if key == _END:
                continue
            frozen = self._freeze(child)
            if key.startswith("<"):
                classes.append((self.classes[key[1:-1]], frozen))
            else:
                children[key] = frozen
        wildcard = children.pop(_ANY, None)
        ends = tuple(node[_END].items()) if _END in node else ()
        return (children, ends, wildcard, tuple(classes))


# A trie node: (children by word, ((lexicon, tag), ...) ending here, the "*" child, class edges).
_Node = tuple


_REGISTRY = _Registry()


def key_set(words: str | Iterable[str]) -> frozenset[str]:
    """A set of words in the form lexicons compare them (lower case, no apostrophes)."""
    items = words.split() if isinstance(words, str) else words
    return frozenset(w.lower().replace("'", "") for w in items)


def word_class(name: str, words: Iterable[str]) -> str:
    """Declare a class of single words; returns ``"<name>"`` to use inside phrases."""
    return _REGISTRY.word_class(name, words)


def define(name: str, phrases: Mapping[str, Any] | Iterable[str], tag: Any = True) -> str:
    """Add phrases (with their tags) to the lexicon ``name``; returns the name for :func:`hits`."""
    return _REGISTRY.define(name, phrases, tag)


def scan(keys: list[str]) -> dict[str, list[Hit]]:
    """Every lexicon's matches in ``keys`` (words without apostrophes): leftmost-longest, no overlaps
    within a lexicon."""
    new_hit = tuple.__new__  # Hit(...) without the NamedTuple's Python-level __new__
    found: defaultdict[str, list[Hit]] = defaultdict(list)
    count = len(keys)
    starting: list[Any] = list(map(_REGISTRY.firsts().get, keys))  # per word: None, or how phrases go on
    after = keys[1:]
    after.append("")  # the word after each word ("" after the last: no phrase goes on with it)
    for first in compress(range(count), starting):  # words that start a phrase
        ends, following_words, node = starting[first]
        if following_words is not None and after[first] not in following_words:  # it stops here
            if ends:  # (most such words only start longer phrases)
                following = first + 1
                for name, tag in ends:
                    found[name].append(new_hit(Hit, (first, following, tag)))
            continue
        pending = [(node, first + 1)]
        while pending:
            node, position = pending.pop()
            while True:  # follow one path; branches (wildcards, classes) go to ``pending``
                children, ends, wildcard, classes = node
                for name, tag in ends:
                    found[name].append(new_hit(Hit, (first, position, tag)))
                if position == count:
                    break
                word = keys[position]
                position += 1
                if wildcard is not None:
                    pending.append((wildcard, position))
                for words, child in classes:
                    if word in words:
                        pending.append((child, position))
                node = children.get(word)
                if node is None:
                    break
    one_word = _REGISTRY._one_word  # one hit per word at most: nothing can overlap
    return {name: hits if name in one_word else _leftmost_longest(hits) for name, hits in found.items()}


def _leftmost_longest(hits: list[Hit]) -> list[Hit]:
    """Hits come in order of their first word: keep the longest at each start, skip overlaps."""
    kept: list[Hit] = []
    free = 0  # the first word after the last kept hit
    kept_first = -1  # where the last kept hit starts
    for hit in hits:  # plain tuple indexing: a NamedTuple's field names cost a call each
        first = hit[0]
        if first == kept_first:
            if hit[1] > free:
                kept[-1] = hit
                free = hit[1]
        elif first >= free:
            kept.append(hit)
            kept_first, free = first, hit[1]
    return kept
