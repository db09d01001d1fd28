"""The lexicon patterns: the fast lower-cased matching must find exactly what a case-insensitive regex finds."""
import re

from mcclassify.extract.patterns import FastPattern, _alt, phrase_regex


FRAGMENTS = ["ects(?:[- ]?(?:credits?|punkte?))?", "(?:de )?credite(?: transferabile)?", "credit", "credits?",
             "stunden?", "std\\.?", "h", "hours?", "\\w*prüfung\\w*", "a|b"]
TEXTS = ["5 ECTS-Punkte und 10 Stunden", "Certificat: 10 credite transferabile", "Abschlussprüfung inklusive",
         "3 HOURS, 2 h", "İstanbul kursu 5 ECTS credits", "nothing here", "A or B"]


def test_fast_pattern_matches_like_ignorecase():
    alt = _alt(FRAGMENTS)
    fast = FastPattern(rf"(?<!\w)(?:{alt})(?!\w)")
    flat = "|".join(f"(?:{f})" for f in sorted(FRAGMENTS, key=len, reverse=True))
    slow = re.compile(rf"(?<!\w)(?:{flat})(?!\w)", re.IGNORECASE)
    for t in TEXTS:
        assert [(m.span(), m.group(0)) for m in fast.finditer(t)] == [(m.span(), m.group(0)) for m in slow.finditer(t)], t


def test_match_text_comes_from_the_original_text():
    rx = phrase_regex(["ects"])
    m = rx.search("Worth 5 ECTS.")
    assert m.group(0) == "ECTS" and m.span() == (8, 12)


def test_text_whose_lower_case_changes_length_keeps_offsets():
    rx = phrase_regex(["kurs"])
    t = "İİİ KURS"  # "İ".lower() is two characters
    assert len(t.lower()) != len(t)
    m = rx.search(t)
    assert m.group(0) == "KURS" and m.start() == 4


def test_named_groups_survive_lower_casing():
    rx = FastPattern(r"(?P<Num>\d+)\s*(?P<unit>HOURS?)")
    m = rx.search("about 12 Hours")
    assert m.group("Num") == "12" and m.groupdict() == {"Num": "12", "unit": "Hours"} and m.lastgroup == "unit"
