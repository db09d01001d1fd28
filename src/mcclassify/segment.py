"""Sentence bounds for the extractors: context cues ("in total", "contact hours") count only inside
the sentence of the number they qualify.

A sentence ends at . ! ? ; • | · followed by white space, or at a line break (harvested pages put
one fact per line). This is the rule of spaCy's sentencizer with these punctuation marks, done
with one regular expression because it runs on every listing (measured: 0.75 ms per listing with
a blank spaCy pipeline, 0.02 ms this way; see bench/).
"""
from __future__ import annotations

import bisect
import re

_END = re.compile(r"(?<=[.!?;•|·])\s+|\n")


class Sentences:
    """Sentence start offsets of one text; ``bounds(pos)`` gives the sentence around a character."""

    def __init__(self, text: str):
        self.text = text
        self.starts = [0] + [m.end() for m in _END.finditer(text)]

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
