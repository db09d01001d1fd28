"""Sentence segmentation with a blank spaCy pipeline (no model download).

Used by the extractors to keep context cues (\"in total\", \"contact hours\") inside the sentence of
the number they qualify. spaCy is imported on first use, not at package import.
"""
from __future__ import annotations

import bisect
import functools


@functools.lru_cache(maxsize=1)
def _nlp():
    import spacy

    nlp = spacy.blank("xx")
    nlp.add_pipe("sentencizer", config={"punct_chars": [".", "!", "?", ";", "•", "|", "·", "\n"]})
    nlp.max_length = 5_000_000
    return nlp


class Sentences:
    """Sentence start offsets of one text; ``bounds(pos)`` gives the sentence around a character."""

    def __init__(self, text: str):
        self.text = text
        if not text:
            self.starts = [0]
            return
        doc = _nlp()(text)
        self.starts = sorted({s.start_char for s in doc.sents} | {0})
        # a line break always ends a sentence: harvested pages put one fact per line
        self.starts = sorted(set(self.starts) | {i + 1 for i, ch in enumerate(text) if ch == "\n"})

    def bounds(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.starts, pos) - 1
        start = self.starts[max(i, 0)]
        end = self.starts[i + 1] if i + 1 < len(self.starts) else len(self.text)
        return start, end
