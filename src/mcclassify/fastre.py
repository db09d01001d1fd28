"""Case-insensitive regular expressions that run several times faster on long alternations.

Python's ``re`` skips an alternation branch after one character only when the branch starts with a
case-sensitive literal; under ``re.IGNORECASE`` it tries every branch at every position. A
``FastPattern`` compiles the lower-cased pattern without the flag and matches it on the lower-cased
text, reading matched text back from the original.
"""
from __future__ import annotations

import re


def lower_regex(src: str) -> str:
    """Lower-case the literal text of a regex, leaving escapes (``\\W``, ``\\S``) and ``(?P<name>``,
    ``(?P=name)`` intact."""
    out = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch == "\\":
            out.append(src[i:i + 2])
            i += 2
        elif src.startswith("(?P", i):
            j = src.find(">", i) if src.startswith("(?P<", i) else src.find(")", i)
            out.append(src[i:j + 1])
            i = j + 1
        else:
            out.append(ch.lower())
            i += 1
    return "".join(out)


class _Match:
    """A match found in the lower-cased text, read back from the original text."""

    __slots__ = ("_m", "_text")

    def __init__(self, m: re.Match, text: str):
        self._m, self._text = m, text

    def group(self, g=0):
        s, e = self._m.span(g)
        return None if s < 0 else self._text[s:e]

    def groupdict(self):
        return {k: self.group(k) for k in self._m.re.groupindex}

    def start(self, g=0):
        return self._m.start(g)

    def end(self, g=0):
        return self._m.end(g)

    def span(self, g=0):
        return self._m.span(g)

    @property
    def lastgroup(self):
        return self._m.lastgroup


def lower(text: str) -> str:
    """``text`` in lower case, character for character: Turkish "İ" is "i" ("İki gün", "İLK"), where
    ``str.lower`` gives "i" and a combining dot, which no lexicon word has."""
    return text.replace("İ", "i").lower() if "İ" in text else text.lower()


class FastPattern:
    """A case-insensitive pattern that matches case-sensitively on the lower-cased text (``lower``).

    Python's regex engine skips an alternation branch after one character only when the branch starts
    with a case-sensitive literal, so the lexicon patterns run several times faster this way. Text
    whose lower-cased form would still change length falls back to the plain case-insensitive pattern,
    so offsets always refer to the original text.
    """

    def __init__(self, src: str):
        self.pattern = lower_regex(src)
        self._fast = re.compile(self.pattern)
        self._slow = None

    def _pick(self, text: str):
        low = lower(text)
        if len(low) == len(text):
            return self._fast, low
        if self._slow is None:
            self._slow = re.compile(self.pattern, re.IGNORECASE)
        return self._slow, text

    def search(self, text: str, pos: int = 0):
        rx, t = self._pick(text)
        m = rx.search(t, pos)
        return None if m is None else _Match(m, text)

    def finditer(self, text: str):
        rx, t = self._pick(text)
        return (_Match(m, text) for m in rx.finditer(t))

    def match(self, text: str, pos: int = 0):
        rx, t = self._pick(text)
        m = rx.match(t, pos)
        return None if m is None else _Match(m, text)


def alternation(fragments) -> str:
    """One alternation of regex fragments, lower-cased, longest first, grouped by first letter.

    Grouping (``e(?:cts|cvet)`` rather than ``ects|ecvet``) lets the regex engine reject a position
    after one character instead of trying every fragment; with case-sensitive matching on lower-cased
    text (see ``FastPattern``) that is 3-5x faster than a flat case-insensitive alternation. Fragments
    that do not start with a plain letter (``(?:de )?ore``, ``\\w*prüfung``) come first, longest first,
    so that they still win over the shorter letter-led fragments they contain.
    """
    frs = sorted({lower_regex(f) for f in fragments if f}, key=len, reverse=True)
    groups: dict[str, list[str]] = {}
    rest = []
    for f in frs:
        if f[0].isalpha() and f[1:2] not in ("?", "*", "+", "{") and not _top_level_pipe(f):
            groups.setdefault(f[0], []).append(f[1:])
        else:
            rest.append(f)
    parts = [f"(?:{f})" for f in rest]
    parts += [f"{c}(?:{'|'.join(f'(?:{x})' if x else '' for x in tails)})" for c, tails in groups.items()]
    return "|".join(parts)


def _top_level_pipe(src: str) -> bool:
    depth, i, in_class = 0, 0, False
    while i < len(src):
        ch = src[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            return True
        i += 1
    return False
