"""Sentence bounds for the extractors: context cues ("in total", "contact hours") count only inside
the sentence of the number they qualify.

A sentence ends at . ! ? ; • | · followed by white space, or at a line break (harvested pages put
one fact per line); not at the full stop of an abbreviated unit after a figure ("24 Std. Präsenz") or of
"ca." before one. This is the rule of spaCy's sentencizer with these punctuation marks, done
with one regular expression because it runs on every listing (measured: 0.75 ms per listing with
a blank spaCy pipeline, 0.02 ms this way; see bench/).
"""
from __future__ import annotations

import bisect
import re

_END = re.compile(r"(?<=[.!?;•|·])\s+|\n")
# a full stop after a figure's abbreviated unit ("24 Std. Präsenz, 16 Std. Selbstlernphase", "40 godz. teorii") or
# before a figure ("ca. 24 Std.", "insg. 40 h") ends no sentence: the figure's label is on its other side
_UNIT_STOP = re.compile(r"(?<!\w)\d+(?:[.,]\d+)?\s?(?:u?std|min|tg|wo|mon|hrs?|mins?|wks?|godz|hod|tyg|týd|tim|val|sav|"
                        r"sem|ó|t|u|h|st|näd|vk|ur|ч|мин|ст)\.$", re.IGNORECASE)
_FIGURE_STOP = re.compile(r"(?<!\w)(?:ca|approx|appr|insg|ges|ok|cca|kb|env|aprox|mind|max|min|zw|ungef|rd|pribl|apr)\.$",
                          re.IGNORECASE)


class Sentences:
    """Sentence start offsets of one text; ``bounds(pos)`` gives the sentence around a character."""

    def __init__(self, text: str):
        self.text = text
        self.starts = [0] + [m.end() for m in _END.finditer(text) if not self._abbreviation(m)]

    def _abbreviation(self, m: re.Match) -> bool:
        """Whether the full stop before ``m`` (no line break) is an abbreviation's beside a figure."""
        if "\n" in m.group() or self.text[m.start() - 1] != ".":
            return False
        before = self.text[max(0, m.start() - 14):m.start()]
        return bool(_UNIT_STOP.search(before) or (_FIGURE_STOP.search(before) and self.text[m.end():m.end() + 1].isdigit()))

    def bounds(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.starts, pos) - 1
        start = self.starts[max(i, 0)]
        end = self.starts[i + 1] if i + 1 < len(self.starts) else len(self.text)
        return start, end


def spacy_sentencizer():
    """A blank multilingual spaCy pipeline with the rule-based sentencizer (no model download), for
    the ESCO linker's candidate spans; built once, on first use."""
    global _NLP
    if _NLP is None:
        import spacy

        _NLP = spacy.blank("xx")
        _NLP.add_pipe("sentencizer")
        _NLP.max_length = 5_000_000
    return _NLP


_NLP = None
