"""Notional workload: hours, ECTS, band, with the evidence span and the assumptions made.

Reads every quantity with a time or credit unit in the listing's text fields (all EU languages,
number words, decimal commas, ranges), then combines them by the rules in training_data/GUIDE.md:
a stated total wins; ECTS give hours at 25-30 h per credit; weeks x hours per week; days x hours
per day (7.5 h when not stated); sessions x hours per session; contact plus self-study when both are
given, and named parts (theory, practice) summed.
"""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

from ..record import band_for_hours
from ..segment import Sentences
from ..text import BARE_NUMBER, TITLE_KEYS, copied_spans, field_unit_word, iso_duration_words, rule_segments, value_span
from .patterns import COMPOUND_KINDS, EXAM_WORDS, PAYMENT_WORD, compiled, parse_number, phrase_regex

HOURS_PER_DAY = 7.5
HOURS_PER_HALF_DAY = 3.75
ECTS_HOURS = (25.0, 30.0, 27.5)
UK_CREDIT_HOURS = 10.0  # Ofqual, SCQF and QQI define a credit as ten notional learning hours
WEEKS_PER_MONTH = 4.33
# a course's year is a school or academic year: 40 teaching weeks (40 x 37.5 h = 1,500 h, the low end of 60 ECTS)
WEEKS_PER_YEAR = 40
MAX_COURSE_YEARS = 4  # more years are an age, a history or experience ("seit 25 Jahren", "18 ans")
DAYS_PER_WEEK = 5  # hours a day over weeks count the working days
FULL_TIME_WEEK = 37.5
LESSON_HOURS = 0.75
PREDICTED_HOURS_PER_WEEK = 4.0
MAX_PLAUSIBLE_HOURS = 20000

_FULL_TIME = phrase_regex(["full[- ]time", "vollzeit\\w*", "temps plein", "tiempo completo", "tempo pieno",
                           "voltijd\\w*", "heltid\\w*", "pełny etat", "täysipäiväi\\w*", "celodenní", "teljes munkaidő\\w*",
                           "tempo inteiro", "tempo integral", "jornada completa", "fuld tid", "fuldtid", "na plný úvazek",
                           "w pełnym wymiarze", "kokopäiväi\\w*", "normă întreagă", "πλήρους απασχόλησης", "tam zamanlı",
                           "intensive bootcamp", "full-?time bootcamp",
                           # a probe of 28 languages (2026-12-04, thirty-ninth session): 12 had no word for it
                           "pełnoetatow\\w*", "täiskoormus\\w*", "pilna laika", "pilnas slodzes", "visu etatu",
                           "visą darbo dieną", "na plný úväzok", "poln\\w* delovn\\w* čas\\w*", "pun\\w* radn\\w* vr(?:ij)?em\\w*",
                           "пълен работен ден", "πλήρους φοίτησης", "πλήρη φοίτηση", "temps complet", "à plein temps",
                           "lánaimseartha", "fullu námi", "fullt nám", "полно работно време", "me kohë të plotë",
                           "amser llawn", "tempo completo", "xornada completa", "vollzäit\\w*"])
# a half-time pace, half a full-time week: Swedish and Norwegian university courses state their pace so
# ("Studietakt: halvfart", "på halvtid"), others their part-time programmes ("mi-temps", "media jornada")
_HALF_TIME = phrase_regex(["half[- ]time", "halvfart", "halvtid\\w*", "halv tid", "halv fart", "mi-temps",
                           "à mi-temps", "media jornada", "metà tempo", "puolipäiväi\\w*", "puoliaikai\\w*",
                           "pół etatu", "meio período", "meio tempo", "poloviční úvazek", "fél munkaidő\\w*",
                           "jumătate de normă"])
# the word between two clock times ("9-17", "9 à 17h", "19.00 tot 21.30", "18:00 do 20:00", "10 till 12")
_CLOCK_TO = (r"-|–|—|à|a|to|bis|until|tot|till|til|até|do|al|alle(?: ore)?|ás|às|до|iki|līdz|deri(?: në)?|tan|go|sa[lst]-|etatik"
             # "and" after "between" ("between 9am and 1pm", "zwischen 9 und 13 Uhr", "tra le 9 e le 13"): _between_clock
             r"|(?P<and>and|und|et|en|e|y|i|og|och|ja|és|și|şi|si|και|и|і|ir|un|in|ve|agus|u|eta|dhe|ac)(?:\s+(?:las|les|le))?")
# (two times joined by "and" mark their spans too, range or not: "um 10 und 14 Uhr" are no quantities either)
_TOD_RANGE = re.compile(
    rf"(?<![\w.,])(?P<a>\d{{1,2}})(?:[:.h](?P<am>\d{{2}})|\s*(?P<ah>h))?\s*(?:{_CLOCK_TO})\s*(?P<b>\d{{1,2}})(?:[:.h]\d{{2}}|\s*(?:h|uhr|u)\b)",
    re.IGNORECASE)
_TOD_SINGLE = re.compile(
    r"(?<!\w)(?:from|von|dalle|dalle ore|ab|um|at|às|klo|kl\.|à partir de|dès|starting)\s+(?:[01]?\d|2[0-4])\s*h(?!\w)"
    r"|\d{1,2}\s*h\s*\d{2}(?!\d)|\d{1,2}\s*(?:uhr|o'clock)", re.IGNORECASE)


def time_of_day_spans(text: str) -> list[tuple[int, int]]:
    """Spans that read as clock times ("9h-17h", "de 9h", "14h30"), not durations."""
    spans = [m.span() for m in _TOD_SINGLE.finditer(text)]
    for m in _TOD_RANGE.finditer(text):
        a, b = int(m.group("a")), int(m.group("b"))
        # "9-17 Uhr", "de 9h à 17h"; in the afternoon and evening with "h" on both ends ("de 18h à 21h")
        if m.group("am") or (6 <= a <= 12 and 10 <= b <= 24 and b > a + 1) or (m.group("ah") and 6 <= a < b <= 24):
            spans.append(m.span())
    return spans


@dataclass
class Mention:
    kind: str
    lo: float
    hi: float
    field: str
    start: int
    end: int
    text: str
    per_week: bool = False
    per_day: bool = False
    total: bool = False
    contact: bool = False
    self_study: bool = False
    per_session: bool = False  # the hours of each of a number of sessions ("4 Abende à 3 Stunden")
    part: bool = False  # a named part of the hours ("40 h theory", "80 h practice")
    distance: bool = False  # a part learnt at a distance ("20 Stunden E-Learning"): never a day's own hours
    rate: bool = False  # a count of sessions a week by a word of its own ("3 sessions per week", "heti 3 alkalom")
    factor: float = 1.0  # how many times the figure counts ("2x wöchentlich à 90 Minuten", "Eight 90-minute sessions")
    factor_note: str = ""  # the assumption that says so
    programme: bool = False  # credits of a degree the course belongs to ("part of the 60 ECTS MSc")
    within: bool = False  # after "of which": a part of a figure given before ("6 Monate, davon 8 Wochen Praktikum")

    @property
    def mid(self) -> float:
        return (self.lo + self.hi) / 2

    def evidence(self) -> dict:
        return {"field": self.field, "start": self.start, "end": self.end, "text": self.text}


_OPENS_PARTS = re.compile(r"\s*[(:]\s*")
_DIGIT = re.compile(r"\d")


_CLAUSE_END = re.compile(r"[,;.!?)\]]")
_LABEL_JOINER = re.compile(r"[+,;]")


def _context_flags(men: Mention, text: str, c, sents: "Sentences", mod: str | None = None) -> None:
    """Whether the words around a figure make it the total, contact time, self-study or a named part."""
    s0, s1 = sents.bounds(men.start)
    left = text[max(s0, men.start - 45): men.start]
    right = text[men.end: min(s1, men.end + 30)]
    # context stops at the neighbouring quantity: "24 contact hours plus 36 hours of self-study"; and where one came
    # before, at the "+", comma or semicolon after its own label ("40 h Selbststudium + 16 h Präsenz")
    pieces = re.split(r"\d", left)
    left = pieces[-1] if len(pieces) == 1 else _LABEL_JOINER.split(pieces[-1])[-1]
    figure_after = bool(_DIGIT.search(right))
    right = re.split(r"\d", right)[0]
    if figure_after:
        # a label after a comma is the next figure's: "Präsenzphase 24 Std., Selbstlernphase 36 Std."
        right = re.split(r"[,;]", right)[0]
    if len(pieces) > 1 and not mod and any(p is not None and p.search(right) for p in (c.contact, c.self_study, c.part)):
        # a figure with its own label after it: the words before "and" are the figure's before ("3 Präsenztage und
        # 20 Stunden E-Learning", "2 days classroom plus 10 hours of online learning")
        left = c.joiner.split(left)[-1]
    if mod:
        left, right = mod, ""
    total_after = c.total.search(right)
    if total_after and figure_after and not _CLAUSE_END.search(right, total_after.end()):
        total_after = None  # the label of the figure after it: "2 часа во траење од 8 недели" (duration: 8 weeks)
    men.total = bool(c.total.search(left) or total_after)
    men.self_study = bool(c.self_study.search(left) or c.self_study.search(right))
    men.contact = not men.self_study and bool(c.contact.search(left) or c.contact.search(right))
    # "40 Stunden, davon 10 Stunden Praxis": a part of a figure already given, not one to add
    men.within = bool(c.of_which.search(left))
    men.part = bool(c.part and (c.part.search(left) or c.part.search(right))) and not men.within
    # a phase at a distance ("20 Stunden E-Learning", "10 hours of online learning"), not the whole course's length
    # after its label, with its format further on ("Durée : 8 heures Formation mixte : e-learning et présentiel")
    men.distance = (men.part and not men.contact and c.distance is not None
                    and bool(c.distance.search(left) or c.distance.search(right))
                    and not c.duration_label.search(text, max(0, men.start - 30), men.start))
    # "150 h (teoría 50 h + práctica 100 h)", "80 Stunden: Theorie 30, Praxis 50": the parts and their figures
    # come after the figure they make up, which is the total ("16 h (théorie) et 8 h (pratique)" names parts)
    after = c.part.search(right) if c.part and not mod else None
    if (after and figure_after and ")" not in right and not c.part.search(left)
            and _OPENS_PARTS.fullmatch(right[:after.start()])):
        men.part, men.total = False, True


MAX_SESSION_HOURS = 10.0  # the longest session or day length written as hours and minutes ("de 7h30")
# alone in brackets, hours and minutes under this are a length ("Webinaire (1h30)", "10 séances (1h30)"): no
# course's clock time is before 4 a.m.
BRACKETED_LENGTH_MAX_HOURS = 4.0
_COLON_DURATION = re.compile(r"(?<![\w.,:])(?P<h>\d{1,3}):(?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?(?![\d:])")


def _starts_clock_times(text: str, start: int, c) -> bool:
    """Whether a range of clock times starts at ``start`` ("10h00 à 12h00", "10:00-12:00")."""
    r = _CLOCK_RANGE.match(text, start)
    return bool(r and _clock_hours(r, text, c) is not None)


def _hours_minutes(field_name: str, text: str, c) -> list[Mention]:
    """Hours and minutes written together, as a clock time is ("3h30", "2 h 30 min", "5h 20m"): a duration
    where minutes are named, a duration label comes right before ("Durée : 3h30") or a count of sessions
    or days whose length it is ("10 séances de 1h30"); otherwise they are left to be read as a clock time
    ("à 14h30")."""
    out, sents = [], None
    for m in c.hours_minutes.finditer(text):
        line = text[text.rfind("\n", 0, m.start()) + 1: m.start()]
        h = int(m.group("h")) + int(m.group("m")) / 60
        # a count of times before it ("4 x 3h30", "6× 1h30") where no clock times start: that many sessions of that length
        times = _TIMES_BEFORE.search(text, max(0, m.start() - 8), m.start()) if h <= MAX_SESSION_HOURS else None
        n = (int(times.group("n")) if times and 1 < int(times.group("n")) <= 20 and not _starts_clock_times(text, m.start(), c)
             else 1)
        # a session's length is a few hours: "3 séances de 14h30 à 17h30" gives its clock times; so is one under
        # BRACKETED_LENGTH_MAX_HOURS alone in brackets or after a count of sessions and a comma ("10 séances, 1h30")
        if n == 1 and not (m.group("unit") or c.duration_label.search(line)
                           or (h <= MAX_SESSION_HOURS and c.count_per_unit.search(line[-60:]))
                           or (h < BRACKETED_LENGTH_MAX_HOURS and (c.count_comma.search(line[-60:])
                               or (text[max(0, m.start() - 3):m.start()].rstrip().endswith("(")
                                   and _CLOSING_BRACKET.match(text, m.end(), m.end() + 3))))):
            continue
        if n == 1 and not m.group("unit") and _starts_clock_times(text, m.start(), c):
            continue  # the start of clock times after the label ("Durée : 10h00 à 12h00"; "1h30 à 2h" is a length)
        if h <= 0:
            continue
        start = times.start() if n > 1 else m.start()
        men = Mention("hour", h * n, h * n, field_name, start, m.end(), text[start:m.end()])
        _rate_flags(men, text, c)
        sents = sents or Sentences(text)
        _context_flags(men, text, c, sents)
        out.append(men)
    for m in _COLON_DURATION.finditer(text):  # "Duration: 01:30:00", "Dauer: 2:30": a label makes them a length
        line = text[text.rfind("\n", 0, m.start()) + 1: m.start()]
        h = int(m.group("h")) + int(m.group("m")) / 60 + int(m.group("s") or 0) / 3600
        if (h > 0 and c.duration_label.search(line) and not any(x.start < m.end() and m.start() < x.end for x in out)
                and not _starts_clock_times(text, m.start(), c) and not c.clock_after.match(text, m.end())):  # "10:00-12:00 Uhr"
            out.append(Mention("hour", round(h, 2), round(h, 2), field_name, m.start(), m.end(), m.group(0)))
    return out


@dataclass
class Hours:
    lo: float
    hi: float
    mid: float
    used: list = field(default_factory=list)
    assumptions: list = field(default_factory=list)
    confidence: float = 0.9


# a number word joined to a unit in one word is a compound ("viertägig", "kétnapos", "Tvådagars"), never
# shorter than this: every language's units are read in every listing, so a short word may be pieced
# together across languages
MIN_JOINED_WORD = 6


# the second figure of a "range" written with a leading zero is a code's part ("65-003-H", "69-051-H")
_CODE_PART = re.compile(r"0\d+")


# Danish, Finnish and Norwegian write hours as "t" ("7,5 t"), which is also tonnes: a capital T ("3T", a scanner's
# tesla) or a limit just before the figure ("op til 3,5 t", "alle 3,5 t:n", "max. 7,5 t": a vehicle's or a load's
# weight) is none
_LIMIT_BEFORE = re.compile(r"(?i)(?:(?<!\w)(?:op til|til|over|under|alle|yli|enintään|max|maks|maksimi)\.?|[<>≤≥])\s*$")


def _tonnes(unit: str | None, text: str, start: int) -> bool:
    """Whether a bare "t" after a figure is tonnes, not hours (see _LIMIT_BEFORE)."""
    if unit is None or unit.lower() != "t":
        return False
    return unit == "T" or bool(_LIMIT_BEFORE.search(text, max(0, start - 16), start))


def _unit_kind(m: re.Match) -> str:
    """The kind of unit a match names: ``day`` for its group ``u_day`` that matched."""
    return next(k[2:] for k, v in m.groupdict().items() if k.startswith("u_") and v is not None)


def _sized_sessions(m: re.Match, text: str, c) -> tuple[str, float] | None:
    """The length of each session where the word describing a count's sessions is one, a number word joined to a
    unit ("4 dreistündige Workshops", "3 zweitägige Module"): its kind and figure; else None."""
    said = m.group("u_session")
    word = re.match(r"[^\W\d]+(?=\s)", said)
    if word is None:
        return None
    at = m.start("u_session")
    inner = c.quantity.match(text, at)
    if inner is None or inner.end() != at + word.end() or inner.group("b") or inner.groupdict().get("u_session"):
        return None
    kind = _unit_kind(inner)
    figure = parse_number(inner.group("a"), c.numbers)
    return (kind, figure) if kind in ("hour", "minute", "day", "half_day") and figure else None


def _compound_label(m: re.Match, kind: str, c) -> str | None:
    """A compound unit whose first part labels the figure ("20 Präsenzstunden", "36 Selbstlernstunden",
    "16 Praxisstunden"), as a word before the unit does ("20 Präsenz-Stunden"): the whole word; else None."""
    said = m.groupdict().get(f"u_{kind}")
    if not said or c.compound_first is None or kind not in COMPOUND_KINDS or not c.compound_first.match(said):
        return None
    labels = (c.total, c.contact, c.self_study, c.part)
    return said if any(p is not None and p.search(said) for p in labels) else None


def find_mentions(field_name: str, text: str, lang: str | None) -> list[Mention]:
    c = compiled(lang)
    sents = None
    mentions = _hours_minutes(field_name, text, c)
    taken = [(x.start, x.end) for x in mentions]
    tod_spans = [t for t in time_of_day_spans(text) if not any(s < t[1] and t[0] < e for s, e in taken)]
    # a weekday that is a number word too (Maltese "it-Tlieta", Tuesday; "tlieta", three)
    day_spans = [d.span() for d in c.weekday.finditer(text)] if c.weekday is not None else []
    for m in c.quantity.finditer(text):
        if _within_any(m.start(), taken):
            continue  # read with the hours before it ("2 hours 30 minutes") or as hours and minutes ("2h 30min")
        if m.end() - m.start() < MIN_JOINED_WORD and not m.group("a")[0].isdigit() and m.group(0)[m.end("a") - m.start()].isalpha():
            continue  # a short word is no compound of a number word and a unit ("our": Romanian "o" + Slovenian "ur")
        kind = _own_kind(_unit_kind(m), m, c)
        if kind == "hour" and _tonnes(m.group("u_hour"), text, m.start()):
            continue
        a = parse_number(m.group("a"), c.numbers)
        b = parse_number(m.group("b"), c.numbers) if m.group("b") else None
        if a is None or _within_any(m.start("a"), day_spans) or (1900 <= a <= 2100 and _ends_date(text, m.end("a"))):
            continue  # a weekday that is a number word; a date's year ("il 22/02/2027 ore 17:00": "ore" is "at")
        if m.group("b") and _CODE_PART.fullmatch(m.group("b")):
            continue  # a reference code, not a range: the Czech qualification "Kuchař minutkář (65-003-H)"
        if m.groupdict().get("half"):  # "two and a half days"
            a += 0.5
        start = m.start()
        repeats = m.group("mult") or m.groupdict().get("multw")  # a count of times before the length ("2 mal 3 Stunden")
        if kind == "session" and b is None and (sized := _sized_sessions(m, text, c)) is not None:
            kind, a, repeats = sized[0], sized[1], m.group("a")  # "4 dreistündige Workshops": 4 times 3 hours
        if (b is not None and a == int(a) and a <= 20 and not repeats
                and re.fullmatch(r"\s*[-–—]\s*", text[m.end("a"):m.start("b")])
                and _NUMBERED_BEFORE.search(text, max(0, m.start("a") - 20), m.start("a"))):
            a, b, start = b, None, m.start("b")   # "Module 1 - 2 days": the part's number, then its length
        lo, hi = (a, b) if b is not None and b >= a else (a, a)
        if kind in ("hour", "minute") and _within_any(m.start("a"), tod_spans):
            continue
        if kind == "hour" and b is not None and _day_clock_range(text, m.start("a"), m.end("b"), c, mentions):
            continue
        end = m.end()
        if kind in ("hour", "day", "week", "month") and c.and_half_after is not None:
            half = c.and_half_after.match(text, end)  # "2 ore e mezza", "2 horas y media": half a unit more
            if half:
                lo, hi, end = lo + 0.5, hi + 0.5, half.end()
        if kind == "hour" and lo == hi:
            mins = c.minutes_after.match(text, end)  # "2 hours 30 minutes", "1 Std. 30 Min.": the minutes too
            if mins:
                lo = hi = lo + int(mins.group("m") or mins.group("m2")) / 60
                taken.append((end, mins.end()))
                end = mins.end()
        if repeats:  # "2x8 Stunden", "3 fois 2 heures", "twice 3 hours", "2 x 2 Std. 30 Min.", "4 dreistündige Workshops"
            f = parse_number(repeats, c.numbers) or 1.0
            lo, hi = lo * f, hi * f
        if lo <= 0 or hi > MAX_PLAUSIBLE_HOURS:
            continue
        men = Mention(kind, lo, hi, field_name, start, end, text[start:end])
        _rate_flags(men, text, c)
        if kind in ("hour", "minute", "lesson") and not men.per_week and c.per_session_after is not None:
            men.per_session = bool(c.per_session_after.match(text, end))  # "3 hours per module"
        if sents is None:
            sents = Sentences(text)
        _context_flags(men, text, c, sents, m.group("mod") or _compound_label(m, kind, c))
        mentions.append(men)
    if c.dual is not None:  # "sagħtejn": two hours in one word
        for m in c.dual.finditer(text):
            men = Mention(c.duals[m.group(0).lower()], 2, 2, field_name, m.start(), m.end(), m.group(0))
            _rate_flags(men, text, c)
            mentions.append(men)
    if c.unit_and_half is not None:  # "a day and a half", "día y medio": one unit and a half
        for m in c.unit_and_half.finditer(text):
            if any(x.start < m.end() and m.start() < x.end for x in mentions):
                continue
            kind = _unit_kind(m)
            men = Mention(kind, 1.5, 1.5, field_name, m.start(), m.end(), m.group(0))
            _rate_flags(men, text, c)
            if sents is None:
                sents = Sentences(text)
            _context_flags(men, text, c, sents)
            mentions.append(men)
            taken.append((m.start(), m.end()))
    if taken or c.dual is not None:  # hours and minutes, duals or bare units were read apart from the rest
        mentions.sort(key=lambda x: x.start)
    # one day by a word without a numeral ("Heldag 08.00-16.00", "Giornata formativa: 9.00-13.00"), read before the
    # clock times that come after it are linked to the days; not a word of a half day's ("Mezza giornata formativa")
    half_days = list(c.half_day.finditer(text))  # read once: here beside a full day's word, and below as half-days
    full_days = [Mention("day", 1, 1, field_name, m.start(), m.end(), m.group(0))
                 for m in (c.full_day.finditer(text) if c.full_day is not None else ())
                 if not any(x.start <= m.start() < x.end for x in mentions)
                 and not any(h.start() < m.end() and m.start() < h.end() for h in half_days)]
    if full_days:
        mentions = sorted(mentions + full_days, key=lambda x: x.start)
    mentions = _weekends(mentions, text, field_name, c)
    _date_range_weeks(mentions, text, field_name, c)
    _clock_sessions(mentions, text, field_name, c)
    _weekday_hours(mentions, text, c)
    mentions = _link_hour_length(mentions, text, c)
    _link_per_unit(mentions, text, c)
    _link_frequency(mentions, text, c)
    _link_monthly(mentions, text, c)
    for m in half_days:
        if not any(x.start <= m.start() < x.end for x in mentions):
            # "3 x half-day sessions", "3 x demi-journée": that many half-days
            times = _TIMES_BEFORE.search(text, max(0, m.start() - 8), m.start())
            n = float(times.group("n")) if times and 1 < int(times.group("n")) <= 20 else 1.0
            start = times.start() if n > 1 else m.start()
            mentions.append(Mention("half_day", n, n, field_name, start, m.end(), text[start:m.end()]))
    mentions.sort(key=lambda x: x.start)
    _plus_parts(mentions, text, c, sents)
    mentions = _numbered_parts(mentions, text, field_name)
    return _add_half_days(mentions, text, c)


# a count of times just before a unit without a number ("3 x half-day")
_TIMES_BEFORE = re.compile(r"(?<![\w.,])(?P<n>\d{1,2})\s*[x×]\s*$")


# a numbered part of a course just before its length ("Modul 1 (5 Tage)", "Teil 2: 16 Stunden", "Module 3 - 2 days",
# "Moduł 1 – 8 godzin"): levels and courses are left out, a page may list several of them as separate offers
_PART_WORDS = (r"modul\w*|module|moduł\w*|módulo|modulo|block|blok\w*|teil|part|parte|partie|fase|phase|étape|"
               r"unit|unidad|unità|osa|rész|del|deel|část|časť|dio|dalis|daļa")
_PART_LABEL = re.compile(rf"(?i)(?<!\w)(?:{_PART_WORDS})\s*(?P<n>\d{{1,2}}|[ivx]{{1,4}})\s*[:(–—-]?\s*$")
# a numbered part, day or level just before a dash and a length ("Module 1 - 2 days", "Tag 1 – 6 Stunden", "Level 3 -
# 5 days"): its number is no range's start
_NUMBERED_BEFORE = re.compile(rf"(?i)(?<!\w)(?:{_PART_WORDS}|day|tag|jour|día|dia|giorno|dag|dzień|päivä|nap|ziua|"
                              r"level|niveau|stufe|nivel|livello|nível|poziom|úroveň|taso|szint|nivå)\s*$")


def _numbered_parts(mentions: list[Mention], text: str, field_name: str) -> list[Mention]:
    """Days or hours given for each of two or more numbered parts ("Modul 1 (5 Tage), Modul 2 (5 Tage), Modul
    3 (4 Tage)") add up: one figure of their sum, unless the text gives a total."""
    if any(m.total for m in mentions):
        return mentions
    for kind in ("day", "hour"):
        parts, numbers = [], set()
        for m in mentions:
            if m.kind != kind or m.per_week or m.per_day or m.per_session or m.factor != 1.0:
                continue
            label = _PART_LABEL.search(text, max(0, m.start - 25), m.start)
            if label and label.group("n").lower() not in numbers:
                parts.append(m)
                numbers.add(label.group("n").lower())
        if len(parts) >= 2:
            first, last = parts[0], parts[-1]
            men = Mention(kind, sum(p.lo for p in parts), sum(p.hi for p in parts), field_name, first.start, last.end,
                          text[first.start:last.end])
            men.factor_note = f"the sum of {len(parts)} numbered parts"
            men.part = True
            kept = [m for m in mentions if all(m is not p for p in parts)]
            return sorted(kept + [men], key=lambda x: x.start)
    return mentions


def _plus_parts(mentions: list[Mention], text: str, c, sents: "Sentences | None") -> None:
    """Two figures of hours joined by "+" or "plus" are parts that add up ("20 ore in aula + 10 ore di stage",
    "16 h présentiel + 8 h à distance"), unless either is a total, a rate, or a part of a figure given before."""
    for p, m in zip(mentions, mentions[1:]):
        if any(x.kind not in ("hour", "minute", "lesson") or x.per_week or x.per_day or x.per_session for x in (p, m)):
            continue
        # a total's word before the first figure heads the sum ("Rozsah: 120 hodin výuky + 40 hodin praxe",
        # "Umfang: 56 UE Theorie + 16 Std. Hospitation"); after it, or on the second, it is a figure of its own
        heads = p.total and not c.total.search(text[p.end:m.start])
        if m.total or (p.total and not heads):
            continue
        if not c.plus_between.fullmatch(text, p.end, m.start):
            continue
        # an "of which" counts in the figure's own sentence only ("Der Preis beinhaltet Unterlagen, inkl. MwSt. 20 h
        # Theorie + ...")
        sents = sents or Sentences(text)
        lead = text[max(sents.bounds(p.start)[0], p.start - 45):p.start]
        if not c.of_which.search(lead):
            p.part = m.part = True
            p.total = False


def _add_half_days(mentions: list[Mention], text: str, c) -> list[Mention]:
    """Days and half days joined by "+" or "and" add up ("1 day + 2 half days" is two days, "2 demi-journées
    et 1 journée" too): the half days become half a day each of the day figure, and are dropped."""
    dropped = set()
    for p, m in zip(mentions, mentions[1:]):
        pair = {p.kind, m.kind}
        if (pair != {"day", "half_day"} or id(p) in dropped or p.per_week or m.per_week or p.factor != 1 or m.factor != 1
                or not c.and_between.fullmatch(text[p.end:m.start])):
            continue
        d, h = (p, m) if p.kind == "day" else (m, p)
        d.lo, d.hi = d.lo + h.lo / 2, d.hi + h.hi / 2
        d.start, d.end = p.start, m.end
        d.text = text[d.start:d.end]
        d.factor_note = "half-day = half a day"
        dropped.add(id(h))
    return [x for x in mentions if id(x) not in dropped] if dropped else mentions


# before or after noon: English "am", "p.m.", Welsh "yb" (y bore) and "yp", "yh" (y prynhawn, yr hwyr), Irish "r.n."
# (roimh nóin) and "i.n." (iar nóin); ``_afternoon`` reads them
_MERIDIEM = r"[ap]\.?m\.?|y[bph](?!\w)|[ri]\.\s?n\."
_AFTERNOON = re.compile(r"p|y[ph]|i", re.IGNORECASE)


def _afternoon(word: str | None) -> str:
    """"p" for a time after noon, "a" for one before it, "" for none (``_MERIDIEM``)."""
    return "" if not word else "p" if _AFTERNOON.match(word) else "a"


# a clock range with minutes or am/pm on both ends ("18:00-21:00", "18.30 – 21.30", "7pm-9pm", "7-9pm"), or whole
# hours written as ordinals ("od 17. do 20. ure")
_CLOCK_RANGE = re.compile(
    rf"(?<![\w.,:])(?P<h1>2[0-3]|[01]?\d)(?:[:.h](?P<m1>[0-5]\d)|\s*(?P<x1>h)(?!\w)|(?P<o1>\.))?\s*(?P<p1>{_MERIDIEM})?\s*(?:{_CLOCK_TO})\s*"
    rf"(?P<h2>2[0-4]|[01]?\d)(?(o1)\.|(?:[:.h](?P<m2>[0-5]\d)|\s*(?P<x2>h)(?!\w))?\s*(?P<p2>{_MERIDIEM})?)(?!\d)", re.IGNORECASE)
# the word after two ordinals that makes them hours of the day ("od 17. do 20. ure", "17. és 20. óra között")
_ORDINAL_CLOCK = re.compile(r"\s*(?:ur[eio]|uhr|óra\w*|hod\w*|sat[ai]?)(?!\w)", re.IGNORECASE)
# what may stand between a count of days or sessions and their clock times: a few words, no figures, no full stop
# (an abbreviation's before a comma: "9 iki 13 val., 6 susitikimai")
_CLOCK_GAP = re.compile(r"(?:[^\d.;!?\n]|\.(?=,)){0,30}")
MAX_CLOCK_SESSION_HOURS = 5.0  # longer spans (9:00-17:00) include breaks: the day's 7.5 h stays
MAX_DAY_BREAK = 2.5  # the longest break between a day's morning and afternoon clock times
# a comma (or semicolon, slash) between two items of a list
_LIST_COMMA = re.compile(r"\s*[,;/]\s*")


def _clock_hours(m: re.Match, text: str, c) -> float | None:
    """Hours between the two clock times of a ``_CLOCK_RANGE`` match (None unless both ends read as
    clock times: minutes on both, am/pm, "h" or minutes on each ("18h à 21h", "9h30 às 13h"), or whole
    hours of the day that a word makes clock times: "von 18 bis 20 Uhr", "dalle 18 alle 21", "kl. 18-21",
    a weekday or a date just before, or before the word that opens the range ("fredag 17-21", "samstags 9-16",
    "utorkom od 17 do 20 sati", "2027 m. kovo 16 d. 10–14 val."), also where one of them has minutes ("9-12:30
    Uhr"), unless an age, a class size or an hour word that never tells the time follows ("de 16 à 18 ans", "von 8
    bis 12 Teilnehmern", "6 to 8 hours"); or two ordinals with the word for the hour of the day after them ("od 17.
    do 20. ure")). Two times joined by "and" are a range only with "between" (``_between_clock``)."""
    if m.group("and") and not _between_clock(m, text, c):
        return None  # "at 10:00 and 14:00": two times
    h1, h2 = int(m.group("h1")), int(m.group("h2"))
    if m.group("o1"):  # ordinals are hours of the day only with a clock's word after them, dates otherwise
        if not (6 <= h1 < h2 <= 24 and _ORDINAL_CLOCK.match(text, m.end())):
            return None
    elif not ((m.group("m1") and m.group("m2")) or m.group("p2")):
        # each end written as a time of day, one with minutes and one with "h" ("9h30 às 13h"); one with minutes
        # and one bare only with a clock's word ("9-12:30 Uhr", "von 9-12.30")
        both = bool((m.group("m1") or m.group("x1")) and (m.group("m2") or m.group("x2")))
        if not 6 <= h1 < h2 <= 24:
            return None
        opening = _opening(m, text, c)
        marked = (both or bool(c.clock_after.match(text, m.end())) or opening < m.start()
                  or _day_before(text, opening, c))
        if not marked or c.clock_not_after.match(text, m.end()):
            return None
    t1, t2 = _clock_times(m)
    return t2 - t1 if t2 > t1 else None


def _clock_end(m: re.Match) -> int:
    """Where a ``_CLOCK_RANGE`` match ends, without the spaces it took after its second time."""
    return m.start() + len(m.group(0).rstrip())


def _clock_times(m: re.Match) -> tuple[float, float]:
    """The two times of day of a ``_CLOCK_RANGE`` match, in hours after midnight ("7-9pm": 19.0, 21.0)."""
    p1, p2 = _afternoon(m.group("p1")), _afternoon(m.group("p2"))
    h1, h2 = int(m.group("h1")), int(m.group("h2"))
    p1 = p1 or (p2 if h1 <= h2 else "")  # "7-9pm"; "9-1pm" starts in the morning
    h1 += 12 if p1 == "p" and h1 < 12 else 0
    h2 += 12 if p2 == "p" and h2 < 12 else 0
    return h1 + int(m.group("m1") or 0) / 60, h2 + int(m.group("m2") or 0) / 60


def _between_clock(m: re.Match, text: str, c) -> bool:
    """Whether the clock range ``m``, joined by "and", has "between" before it ("between 9am and 1pm", "între orele
    10:00 și 14:00") or after it ("9 és 13 óra között")."""
    return bool(c.clock_between.search(text, max(0, m.start() - 25), m.start()) or c.clock_between_after.match(text, m.end()))


def _day_clock_range(text: str, start: int, end: int, c, before: list[Mention]) -> bool:
    """Whether the range of hours from ``start`` to ``end`` is clock times after a weekday or a date ("utorkom i
    četvrtkom od 17 do 20 sati", "martes y jueves de 17 a 20 h", "13. ožujka 2027. od 9 do 14 sati": "sati", "h", "uur"
    name hours and the hours of the day alike), after a count of days or sessions (of ``before``, the mentions read
    before it) and the word that opens a range of clock times ("2 dny, od 9 do 16 hod.", "Eendaagse cursus, van 9
    tot 16 uur") or between "between" and "and" ("9 és 13 óra között"); without them it is a length ("Duración: de
    15 a 20 horas")."""
    r = _CLOCK_RANGE.match(text, start)
    if not (r and r.end() >= end):
        return False
    opening = _opening(r, text, c)
    counted = opening < r.start() and any(
        x.kind in ("day", "session") and not x.per_week and x.end <= opening
        and _CLOCK_GAP.fullmatch(text, x.end, opening) for x in before)
    return bool((r.group("and") or counted or _day_before(text, opening, c)) and _clock_hours(r, text, c) is not None)


def _opening(m: re.Match, text: str, c) -> int:
    """Where the clock range ``m`` opens: at the word before it that makes it one ("kl. 18-21", "od 17 do 20
    sati"), else at its first time."""
    pre = c.clock_before.search(text, max(0, m.start() - 20), m.start())
    return pre.start() if pre else m.start()


def _weekday_before(text: str, end: int, c) -> bool:
    """Whether a weekday ends just before ``end`` ("fredag 17-21", "samstags: 9-16", "utorkom i četvrtkom od")."""
    return bool(c.weekday_before and c.weekday_before.search(text, max(0, end - 25), end))


# what may stand between a date and the clock times of its day: a dot, a one- or two-letter abbreviation ("2026 r.,
# godz.", "2026 г. от"), a comma or a dash
_DATE_THEN_CLOCK = re.compile(r"\.?(?:\s*[^\W\d]{1,2}\.)?\s*[,:;]?\s*(?:[-–—|/]\s*)?")


def _day_before(text: str, end: int, c) -> bool:
    """Whether a weekday or a date ends just before ``end``: the hours after it are that day's clock times ("u subotu
    13. ožujka 2027. od 9 do 14 sati", "2027 m. kovo 16 d. 10–14 val."), not a length."""
    if _weekday_before(text, end, c):
        return True
    lead = max(0, end - 40)
    for rx in (_DATE, c.month_date):
        if rx is not None and any(_DATE_THEN_CLOCK.fullmatch(text, d.end(), end) for d in rx.finditer(text, lead, end)):
            return True
    return False


# two numeric dates joined as a range ("12.03.2026 – 16.04.2026", "12. 3. – 16. 4. 2026", "12/03 - 16/04/2026",
# "2026-03-12 – 2026-04-16"): the first may go without its year, the second has one
_NUMERIC_DAY = r"(?P<d{i}>[0-3]?\d)\.?\s?[./]\s?(?P<m{i}>[01]?\d)(?:\.|/)?"
_DATE_RANGE = re.compile(
    rf"(?<![\d.,/:-])(?:{_NUMERIC_DAY.format(i=1)}(?:\s?(?P<y1>20\d\d))?\s*(?:[-–—]|bis|to|till|until|au|al|do|až|tot|til)\s*"
    rf"{_NUMERIC_DAY.format(i=2)}\s?(?P<y2>20\d\d)"
    r"|(?P<iy1>20\d\d)-(?P<im1>[01]\d)-(?P<id1>[0-3]\d)\s*(?:[-–—]|to|bis)\s*(?P<iy2>20\d\d)-(?P<im2>[01]\d)-(?P<id2>[0-3]\d))"
    r"(?![\d/-])", re.IGNORECASE)
MAX_RANGE_WEEKS = 52


def _date_range_weeks(mentions: list[Mention], text: str, field_name: str, c) -> None:
    """A course that runs between two dates on named weekdays at clock times ("12.03.2026 – 16.04.2026, každý
    utorok a štvrtok 17:00 – 20:00") lasts the weeks between them: a week figure for ``_clock_sessions``, only where
    the listing gives no hours and no weeks of its own, names a weekday and has clock times."""
    if (c.weekday is None or any(m.kind in ("hour", "minute", "lesson", "week", "month", "year") for m in mentions)
            or not c.weekday.search(text)):
        return
    clocks = list(_CLOCK_RANGE.finditer(text))
    found = list(_DATE_RANGE.finditer(text)) if clocks else []
    if len(found) != 1:
        return  # none, or two runs of a course (or a run and a deadline's span): which is meant is not said
    r = found[0]
    # the clock times in the same sentence, next to the dates ("Anmeldung 01.02.–28.02.2026. Kurs: dienstags 18-21
    # Uhr" is a registration period)
    if not any(_DATE_SPAN_GAP.fullmatch(text, r.end(), t.start()) or _DATE_SPAN_GAP.fullmatch(text, t.end(), r.start())
               for t in clocks):
        return
    g = r.groupdict()
    try:
        if g["iy1"]:
            a = datetime.date(int(g["iy1"]), int(g["im1"]), int(g["id1"]))
            b = datetime.date(int(g["iy2"]), int(g["im2"]), int(g["id2"]))
        else:
            y2 = int(g["y2"])
            b = datetime.date(y2, int(g["m2"]), int(g["d2"]))
            y1 = int(g["y1"]) if g["y1"] else (y2 if (int(g["m1"]), int(g["d1"])) <= (b.month, b.day) else y2 - 1)
            a = datetime.date(y1, int(g["m1"]), int(g["d1"]))
    except ValueError:
        return  # no such day
    weeks = ((b - a).days + 1) / 7
    if not 1 <= weeks <= MAX_RANGE_WEEKS:
        return
    men = Mention("week", round(weeks, 2), round(weeks, 2), field_name, r.start(), r.end(), r.group(0))
    men.factor_note = f"{weeks:.2f} weeks between the dates given"
    mentions.append(men)
    mentions.sort(key=lambda x: x.start)


def _clock_sessions(mentions: list[Mention], text: str, field_name: str, c) -> None:
    """Clock times give each session's or day's hours (spans of at most ``MAX_CLOCK_SESSION_HOURS``), unless
    hours are given: after a count of sessions or days ("10 evenings, 7pm-9pm", "6 Abende, 18:00-21:00"),
    or of weekdays ("5 mardis de 18h à 21h", "8 x mittwochs, 18.30-21.30 Uhr"), or before one ("montags von
    18 bis 20 Uhr, 6 Abende"); after a weekday with a number of weeks, each week's ("Every Tuesday 6-9pm for
    8 weeks", "tous les lundis de 14h à 17h pendant 10 semaines": one session a week per weekday named, or
    per day of a span of weekdays: "Mo-Fr 9-12 Uhr, 4 Wochen", where a longer span is a day with breaks)."""
    if any(m.kind in ("hour", "minute", "lesson") for m in mentions):
        return
    counts = [m for m in mentions if m.kind in ("session", "day") and not (m.per_week and not m.rate)]
    weeks = any(m.kind in ("week", "month", "year") and not m.per_week for m in mentions)
    spans = weeks and any(x.search(text) for x in c.weekday_spans)  # "Mo-Fr", with weeks
    if not counts and not (c.weekday and c.weekday.search(text)) and not spans:
        return
    week_spans = [(m.start, m.end) for m in mentions if m.kind == "week"]
    for r in _CLOCK_RANGE.finditer(text):
        h = _clock_hours(r, text, c)
        if h is None:
            continue
        start = _opening(r, text, c)  # "kl. 18-21": the gap before ends before the clock word
        line_start = text.rfind("\n", 0, start) + 1
        lead_start = max(line_start, start - 40)
        lead = text[lead_start:start]
        span = _weekday_span_days(lead, c) if weeks else 0
        if span and c.office_hours.search(text, max(line_start, start - 80), start):
            continue  # "Hotline: Mo-Fr 8-18 Uhr": a service's hours
        if span:  # "Montag bis Freitag von 8:00 bis 15:30 Uhr, 6 Wochen": that many days a week
            day = round(min(h, HOURS_PER_DAY), 2)
            men = Mention("hour", day, day, field_name, r.start(), r.end(), r.group(0))
            men.per_week, men.factor = True, float(span)
            men.factor_note = (f"{h:g} h from the clock times" if h <= MAX_CLOCK_SESSION_HOURS else
                               f"one day from the clock times ({h:g} h with breaks; 1 day = at most {HOURS_PER_DAY:g} h)")
            men.factor_note += f", {span} days a week"
            mentions.append(men)
            mentions.sort(key=lambda x: x.start)
            return
        before = [m for m in counts if m.end <= start and _CLOCK_GAP.fullmatch(text, m.end, start)]
        after = [m for m in counts if m.start >= r.end() and _CLOCK_GAP.fullmatch(text, r.end(), m.start)]
        count = before[-1] if before else after[0] if after else None
        long_span = h > MAX_CLOCK_SESSION_HOURS
        if long_span and (count is None or count.kind != "session"):
            continue
        # a count of sessions just before or after a longer span: each session is a day with its breaks ("Six
        # Saturday workshops, 10am-4pm"), at most HOURS_PER_DAY
        said_h, h = h, (min(h, HOURS_PER_DAY) if long_span else h)
        # the weekdays just before the times, with no date between ("Samstag, 14. März, 9-13 Uhr" is one day)
        # a weekday read as weeks is weeks ("8 nedelja", Serbian weeks, Slovene Sunday; Macedonian "недели")
        days = [d for d in _weekdays_before(lead, c) if not _within_any(lead_start + d.start(), week_spans)]
        if count is None and days:
            wc = c.weekday_count.search(lead)
            n = (parse_number(wc.group("n"), c.numbers) if wc and not _within_any(lead_start + wc.start(), week_spans)
                 else None)
            if n and 1 < n <= 60:
                a = lead_start + wc.start()
                said = wc.group(0).rstrip()
                count = Mention("session", n, n, field_name, a, a + len(said), said)
                mentions.append(count)
        men = Mention("hour", round(h, 2), round(h, 2), field_name, r.start(), r.end(), r.group(0))
        men.factor_note = (f"{h:g} h from the clock times" if not long_span else
                           f"one day from the clock times ({said_h:g} h with breaks; 1 day = at most {HOURS_PER_DAY:g} h)")
        if count is not None:
            if count.kind == "day":
                men.per_day = True
            else:
                men.per_session = True
        elif days and weeks:
            men.per_week, men.factor = True, float(len(days))
            men.factor_note += f", {len(days)} session{'s' if len(days) > 1 else ''} a week"
        else:
            continue
        mentions.append(men)
        mentions.sort(key=lambda x: x.start)
        return


# the longest one session may be: a session set off after weekly sessions ("twice a week, 2 hours", not "one evening
# a week, 40 hours"), the hours a frequency governs, a figure named with its weekday ("Jeden Montag 3 Stunden")
SESSION_HOURS_MAX = 10


def _weekday_hours(mentions: list[Mention], text: str, c) -> None:
    """Hours named with the weekday they fall on, in a listing that gives its weeks ("Every Monday, 3 hours, for 10
    weeks", "Jeden Montag 3 Stunden, 10 Wochen", "dienstags und donnerstags je 3 Stunden", "3 hours every Monday")
    are each week's, once for each weekday named, as clock times after weekdays are (``_clock_sessions``). Not where a
    total or another figure of hours is given, the hours are a rate or a session's already, a date stands between
    the weekday and the hours (one day: "Samstag, 14. März 2027, 6 Stunden"); with "a month" near them, once a month
    ("One Saturday a month (6 hours) over 10 months")."""
    if c.weekday is None or any(m.total for m in mentions):
        return
    if not any(m.kind in ("week", "month") and not m.per_week for m in mentions):
        return
    hours = [m for m in mentions if m.kind in ("hour", "minute", "lesson")]
    if len(hours) != 1:
        return
    m = hours[0]
    if m.per_week or m.per_day or m.per_session or m.part or m.factor != 1.0 or _hours_of(m)[1] > SESSION_HOURS_MAX:
        return
    week_spans = [(x.start, x.end) for x in mentions if x.kind == "week"]
    lead_start = max(text.rfind("\n", 0, m.start) + 1, m.start - 40)
    lead = text[lead_start:m.start]
    days = [d for d in _weekdays_before(lead, c) if not _within_any(lead_start + d.start(), week_spans)]
    if not days:
        after = text[m.end:m.end + 25]  # "3 hours every Monday"
        days = [d for d in c.weekday.finditer(after) if not _DIGIT.search(after, 0, d.start())
                and not _within_any(m.end + d.start(), week_spans)]
    if not days:
        return
    n, s = len(days), "s" if len(days) > 1 else ""
    if c.per_month.search(text, max(0, m.start - 60), m.end + 60):  # "One Saturday a month (6 hours)": monthly
        m.per_week, m.factor, m.factor_note = True, n / WEEKS_PER_MONTH, f"{n} session{s} a month, on the weekday{s} named"
    else:
        m.per_week, m.factor, m.factor_note = True, float(n), f"{n} session{s} a week, on the weekday{s} named"


WEEKEND_DAYS = 2  # a weekend of a course, where no weekdays are named with it


def _weekends(mentions: list[Mention], text: str, field_name: str, c) -> list[Mention]:
    """A count of weekends ("2 Wochenenden", "5 zjazdów weekendowych", "2 helger") is that many times the
    days of one: the clock times of the weekdays named in its sentence ("2 helger, fredag kl. 17-21 og lørdag
    kl. 9-16": 2 x 11 h; "(sobota i niedziela, 9:00-16:00)": 2 days of 7 h each), else the days given with
    it ("3 zjazdy po 2 dni"), the weekdays named ("samedi et dimanche") or ``WEEKEND_DAYS``, as days. With the
    hours of each after it ("3 Wochenenden à 12 Stunden") a weekend is a session; "in one weekend" without
    clock times is a slogan ("Learn the guitar in one weekend"), not a length."""
    weekends = [m for m in mentions if m.kind == "weekend"]
    if not weekends:
        return mentions
    sents, out, dropped = Sentences(text), [], set()
    for w in weekends:
        lo, hi = sents.bounds(w.start)
        per = 0.0
        for r in _CLOCK_RANGE.finditer(text, lo, hi):
            h = _clock_hours(r, text, c)
            if h is None:
                continue
            lead = text[max(0, r.start() - 40):r.start()]  # (not cut at an abbreviation: "w godz. 9:00-15:00")
            # a span over MAX_CLOCK_SESSION_HOURS is a day with breaks, at most HOURS_PER_DAY
            per += max(len(_weekdays_before(lead, c)), 1) * min(h, HOURS_PER_DAY)
        if per:
            men = Mention("hour", w.lo * per, w.hi * per, field_name, w.start, w.end, w.text)
            men.factor_note = f"{per:g} h a weekend from the clock times of its days"
            out.append(men)
            continue
        nxt = next((m for m in mentions if m.start >= w.end), None)
        if nxt is not None and nxt.kind in ("hour", "minute", "lesson") and _each_ones(w, nxt, text, c):
            w.kind = "session"  # linked to its hours by _link_per_unit
            continue
        if w.lo == 1 and not text[w.start].isdigit():
            dropped.add(id(w))
            continue
        given = next((d for d in mentions if d.kind == "day" and d.start >= w.end
                      and c.per_unit_gap.fullmatch(text, w.end, d.start)), None)
        if given is not None:  # "3 zjazdy po 2 dni"
            dropped.add(id(given))
            n, note = given.mid, f"{given.mid:g} days a weekend, as stated"
        else:
            named = {d.group(0).lower() for d in c.weekday.finditer(text, lo, hi)} if c.weekday else set()
            n = len(named) if named else WEEKEND_DAYS
            note = f"{n} days a weekend" + (" (the weekdays named)" if named else "")
        men = Mention("day", w.lo * n, w.hi * n, field_name, w.start, w.end, w.text)
        men.factor_note = note
        out.append(men)
    kept = [m for m in mentions if m.kind != "weekend" and id(m) not in dropped] + out
    return sorted(kept, key=lambda x: x.start)


def _own_kind(kind: str, m: re.Match, c) -> str:
    """The unit's kind in the listing's own language where the word is a unit of another kind there than the one
    every language's units matched it as (Bulgarian "от 10 до 14 години", children of 10 to 14 years, matched as the
    Ukrainian hours "годин-")."""
    said = m.group(f"u_{kind}")
    if not c.own_units:
        return kind
    own = c.own_units.get(kind)
    if own is not None and own.fullmatch(said):
        return kind
    return next((k for k, rx in c.own_units.items() if k != kind and rx.fullmatch(said)), kind)


def _ends_date(text: str, end: int) -> bool:
    """Whether a calendar date (``_DATE``) ends at ``end``."""
    return any(d.end() == end for d in _DATE.finditer(text, max(0, end - 30), end))


def _within_any(pos: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``pos`` falls inside one of ``spans`` (start inclusive, end exclusive)."""
    return any(a <= pos < b for a, b in spans)


def _weekdays_before(lead: str, c) -> list[re.Match]:
    """The weekdays in ``lead``, the text just before clock times, with no date between them and the
    times ("Samstag, 14. März, 9-13 Uhr" is one day, not every Saturday)."""
    return [d for d in (c.weekday.finditer(lead) if c.weekday else ()) if not _DIGIT.search(lead, d.end())]


def _weekday_span_days(lead: str, c) -> int:
    """How many days a week the last span of weekdays in ``lead`` names ("Mo-Fr": 5, "lunes a jueves": 4)."""
    for rx in c.weekday_spans:
        found = list(rx.finditer(lead))
        if found:
            g = found[-1].groupdict()
            a = next(int(k[1:]) for k, v in g.items() if v is not None and k.startswith("a"))
            b = next(int(k[1:]) for k, v in g.items() if v is not None and k.startswith("b"))
            if a != b:
                return (b - a) % 7 + 1
    return 0


# a calendar date: numeric with its year ("12.03.2026", "12/03/26", "2026-03-12", Czech and Slovak "18. 3. 2026"),
# a day and a month word with the year ("12 March 2026", "14. März 2026", "12 de marzo de 2026", Maltese "13 ta'
# Marzu 2026", "March 12, 2026", "2026. március 12.", Lithuanian "2026 m. kovo 16 d.", Latvian "2026. gada 16.
# martā") or a weekday and a day ("Samstag, 14. März", "mardi 12 mars")
_DATE = re.compile(
    r"(?<![\d.,/-])(?:[0-3]?\d[./-][01]?\d[./-](?:20)?\d\d|20\d\d-[01]\d-[0-3]\d|[0-3]?\d\.\s[01]?\d\.\s20\d\d)"
    r"(?![\d/-]|[.,]\d)"
    r"|(?<![\d.,])[0-3]?\d(?:\.|st|nd|rd|th|er|º)?\s+(?:de\s+|ta['’]\s*)?[^\W\d]{3,12}\.?(?:\s+de)?,?\s+20\d\d(?!\d)"
    r"|(?<!\w)[^\W\d]{3,12}\.?\s+[0-3]?\d(?:st|nd|rd|th)?,?\s+20\d\d(?!\d)"
    r"|(?<!\d)20\d\d\.\s+[^\W\d]{3,12}\s+[0-3]?\d\."
    r"|(?<!\d)20\d\d\s?m\.\s+[^\W\d]{3,12}\s+[0-3]?\d\s?d\.|(?<!\d)20\d\d\.\s+gada\s+[0-3]?\d\.\s+[^\W\d]{3,12}")
# what may stand between a date and its clock times ("12 March 2026, 14:00-15:30", "14:00-15:30 on 12 March 2026")
# (no sentence ends: "Next start: 12 March 2026. Office: 9:00-17:00" are two things; abbreviations are
# no ends: "12.03.2026 r., godz. 10:00-14:00")
_GAP_CHAR = r"(?:(?<![^\W\d])[^\W\d]{1,5}\.|[^\d.;!?\n]|\.(?!\s))"
_DATE_CLOCK_GAP = re.compile(_GAP_CHAR + "{0,25}")
# a date range and the clock times of its sessions in one sentence, a little further apart ("Zajęcia od 12.03 do
# 16.04.2026, we wtorki i czwartki w godz. 17:00-20:00"; _date_range_weeks)
_DATE_SPAN_GAP = re.compile(_GAP_CHAR + "{0,60}")
MAX_DATE_FIELD = 40  # the longest field that holds a date alone
_WEEKDAY_DAY = re.compile(r"\.?,?\s*[0-3]?\d(?!\d)\.?(?:\s+[^\W\d]{3,12}\.?)?")
# two words joined by a dash just before clock times: days of the week ("Mon-Fri 9:00-17:00", "Mo–Fr")
_WEEKDAY_SPAN = re.compile(r"(?<!\w)[^\W\d]{2,10}\.?\s*[-–]\s*[^\W\d]{2,10}\.?[\s,:]*$")
# a day listed before a date, of its month ("4, 5 et 6 juin 2026", "12.03., 19.03. und 26.03.2026", "12th & 13th"): a day
# number (with its month number) and what joins it to the next: a comma, or a word that must mean "and" (not the end
# of a range: "Für Kinder 8-12, 14. März 2027")
_LISTED_DAY = re.compile(r"(?<![\d.,/:–-])[0-3]?\d(?:\.[01]?\d)?\.?(?:st|nd|rd|th)?(?P<sep>\s*[,;&+]\s*|\s+[^\W\d]{1,6}\s+)")
# a short run of consecutive days, the course's days ("12.-13.03.2027", "12.03.-14.03.2027", "12-13.03.2027", "du 12 au
# 14 mars 2027", "del 12 al 13 de marzo", "12–13 March 2027"): the word or dash between the two days, the numeric
# form whole, and the first day before a date of a named month (``_day_runs``)
_DAY_TO = r"[-–—]|\s(?:à|a|au|al|ao|to|till|until|bis|tot|til|até|do|až|до|iki|līdz|deri|tan)\s"
_NUMERIC_DAY_RUN = re.compile(
    rf"(?<![\d.,/:-])(?P<d1>[0-3]?\d)\.?(?:\s?(?P<m1>[01]?\d)\.)?\s*(?:{_DAY_TO})\s*(?P<d2>[0-3]?\d)\.\s?(?P<m2>[01]?\d)\.\s?"
    r"(?P<y>20\d\d)(?![\d/-]|[.,]\d)", re.IGNORECASE)
_DAY_RUN_LEAD = re.compile(
    rf"(?<![\d.,/:-])(?P<d1>[0-3]?\d)(?:\.|st|nd|rd|th|er|º)?\s*(?:{_DAY_TO})\s*$", re.IGNORECASE)
# a run of days of one month where the year comes first, as _DATE's year-first forms: Hungarian "2027. április 8–9.",
# Lithuanian "2027 m. balandžio 14–15 d.", Latvian "2027. gada 12.–13. aprīlis"
_YEAR_FIRST_DAY_RUN = re.compile(
    r"(?<!\d)20\d\d(?:\.\s+[^\W\d]{3,12}\s+(?P<a1>[0-3]?\d)\.?\s*[-–—]\s*(?P<a2>[0-3]?\d)\."
    r"|\s?m\.\s+[^\W\d]{3,12}\s+(?P<b1>[0-3]?\d)\s*[-–—]\s*(?P<b2>[0-3]?\d)\s?d\."
    r"|\.\s+gada\s+(?P<c1>[0-3]?\d)\.\s*[-–—]\s*(?P<c2>[0-3]?\d)\.\s+[^\W\d]{3,12})")
_DAY_NUMBER = re.compile(r"[0-3]?\d")
MAX_RUN_DAYS = 5  # a longer run of days is a period (to choose a day in, to enrol in), not the days of one course


def _clock_ranges(segments: list[tuple[str, str]], c) -> list[tuple[str, str, re.Match, float]]:
    """Each field's clock ranges that read as clock times, with their hours: (field, text, match, hours)."""
    return [(name, text, r, h) for name, text in segments for r in _CLOCK_RANGE.finditer(text)
            if (h := _clock_hours(r, text, c)) is not None]


def _dated_clock_range(segments: list[tuple[str, str]], ranges: list, c) -> Mention | None:
    """A listing that gives one date and the clock times of that day, and nothing else of its length
    ("Webinar, 12 March 2026, 14:00-15:30 CET"; "Samstag, 14. März, 9-13 Uhr"), lasts those hours; a span of
    more than ``MAX_CLOCK_SESSION_HOURS`` includes breaks and is a day (at most ``HOURS_PER_DAY``). Days listed
    before the date with "and" are days of the course too ("4, 5 et 6 juin 2026 de 9h à 17h"), and so are dates
    listed with "and" (``_listed_dates``); a morning's and an afternoon's clock times are the day's (``_day_halves``).
    Two dates otherwise (another session, a deadline, a second run), two clock ranges otherwise or days of the week
    before the times ("Mon-Fri 9:00-17:00": opening hours) give nothing. ``ranges``: ``_clock_ranges`` of the
    segments."""
    dates = []
    # a day of a named month without its year ("3, 10, 17 y 24 de octubre, de 16:00 a 20:00") where no date
    # has one ("12 March 2026, 14:00-15:30. Registration until 10 March" is one date and a deadline)
    yearless = c.month_date is not None and not any(_DATE.search(text) for _, text in segments)
    for name, text in segments:
        spans = [d.span() for d in (c.month_date if yearless else _DATE).finditer(text)]
        clocks = [r.start() for n, _, r, _ in ranges if n == name]
        for w in c.weekday.finditer(text) if c.weekday is not None else ():
            day = _WEEKDAY_DAY.match(text, w.end())  # "Samstag, 14. März": a weekday and its day number
            # (not the first of its clock times: "március 13., szombat, 9:00–13:00")
            if (day and not any(a <= day.end() and w.start() <= b for a, b in spans)
                    and not any(w.end() <= x < day.end() for x in clocks)):
                spans.append((w.start(), day.end()))
        runs = _day_runs(spans, text)  # a run of days is one date of as many days ("12.-13.03.2027")
        spans = [(a, b) for a, b in spans if not any(ra < b and a < rb for ra, rb, _ in runs)]
        dates += [(name, a, b, k) for a, b, k in sorted(_listed_dates(sorted(spans), text, c) + runs)]
        # and its days are no clock times ("from 12 to 14 June 2027, 9am-5pm")
        ranges = [x for x in ranges if x[0] != name or not any(ra < x[2].end() and x[2].start() < rb for ra, rb, _ in runs)]
    halves = len(ranges) == 2 and _day_halves(ranges, c)
    if len(dates) != 1 or not (len(ranges) == 1 or halves):
        return None
    (dname, da, db, listed), (name, text, r, h) = dates[0], ranges[0]
    end = _clock_end(r)
    if halves:  # "de 9h00 à 12h30 et de 13h30 à 17h00": the day's hours, its break left out
        h += ranges[1][3]
        end = _clock_end(ranges[1][2])
    if _WEEKDAY_SPAN.search(text, max(0, r.start() - 25), r.start()):
        return None
    date_text = next(t for n, t in segments if n == dname)
    if dname != name:  # a harvester's own fields ("date": "2026-03-12", "time": "14:00-15:30"): short ones only
        if len(date_text.strip()) > MAX_DATE_FIELD or len(text.strip()) - (end - r.start()) > 12:
            return None  # the clock times' field holds them alone, with a word or two ("Uhr", "CET")
    elif not (_DATE_CLOCK_GAP.fullmatch(text, db, r.start()) or _DATE_CLOCK_GAP.fullmatch(text, end, da)
              or _DATE_THEN_CLOCK.fullmatch(text, db, opening := _opening(r, text, c))  # "13. ožujka 2027. od 9 do 14 sati"
              or c.clock_label.fullmatch(text, db, opening)):  # "Termin: 15.03.2027\nUhrzeit: 9-12 Uhr"
        return None
    men = Mention("hour", round(h, 2), round(h, 2), name, r.start(), end, text[r.start():end])
    men.factor_note = f"{h:g} h from the clock times of the one date given"
    if h > MAX_CLOCK_SESSION_HOURS and not halves:
        men.lo = men.hi = min(h, HOURS_PER_DAY)
        men.factor_note = f"one day from the clock times of the one date given ({h:g} h with breaks; 1 day = at most {HOURS_PER_DAY:g} h)"
    n = listed + _days_listed_before(date_text, da, c)
    if n > 1:  # "les 4, 5 et 6 juin 2026 de 9h à 17h": each day listed has those hours ("4 ou 5 juin": not)
        men.factor = float(n)
        men.factor_note = men.factor_note.replace("the one date given", f"each of the {n} dates given")
    return men


def _day_runs(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int, int]]:
    """The short runs of consecutive days in ``text`` (2 to ``MAX_RUN_DAYS``), each (start, end, days): written with
    numbers alone ("12.-13.03.2027", "12.03.-14.03.2027"), the year first ("2027. április 8–9."), or a first day
    before a date of ``spans`` that starts with its day ("du 12 au 14 mars 2027", "12–13 March 2027"), which the run
    then holds."""
    runs = []
    for m in _NUMERIC_DAY_RUN.finditer(text):
        y, m2, d2 = int(m.group("y")), int(m.group("m2")), int(m.group("d2"))
        m1 = int(m.group("m1") or m2)
        try:
            days = (datetime.date(y, m2, d2) - datetime.date(y if m1 <= m2 else y - 1, m1, int(m.group("d1")))).days + 1
        except ValueError:
            continue  # no such day
        if 2 <= days <= MAX_RUN_DAYS:
            runs.append((m.start(), m.end(), days))
    for m in _YEAR_FIRST_DAY_RUN.finditer(text):
        d1, d2 = (int(x) for x in next(m.group(k + "1", k + "2") for k in "abc" if m.group(k + "1")))
        if 2 <= d2 - d1 + 1 <= MAX_RUN_DAYS:
            runs.append((m.start(), m.end(), d2 - d1 + 1))
    numeric = list(runs)
    for a, b in spans:
        if any(ra < b and a < rb for ra, rb, _ in numeric):
            continue  # the date ends a numeric run already read ("15.–16.3.2027", "22. – 24. 3. 2027")
        day = _DAY_NUMBER.match(text, a)
        lead = _DAY_RUN_LEAD.search(text, max(0, a - 16), a) if day else None
        days = int(day.group(0)) - int(lead.group("d1")) + 1 if lead else 0
        if 2 <= days <= MAX_RUN_DAYS:
            runs.append((lead.start(), b, days))
    return runs


def _listed_dates(spans: list[tuple[int, int]], text: str, c) -> list[tuple[int, int, int]]:
    """The dates of ``spans`` (in order), each with how many dates it holds: dates listed with "and" are one, the
    days of one course ("12.03.2026 und 13.03.2026, jeweils 9-17 Uhr", "4.6.2026, 5.6.2026 and 6.6.2026"). A list
    joined by commas alone may be runs of a course to choose from ("Termine: 12.03.2026, 15.05.2026") and stays
    apart."""
    chains: list[list[tuple[int, int]]] = []
    anded: list[bool] = []
    for a, b in spans:
        sep = text[chains[-1][-1][1]:a] if chains else ""
        joined_by_and = bool(chains and c.and_between.fullmatch(sep))
        if joined_by_and or (chains and _LIST_COMMA.fullmatch(sep)):
            chains[-1].append((a, b))
            anded[-1] = anded[-1] or joined_by_and
        else:
            chains.append([(a, b)])
            anded.append(False)
    return [span for chain, joined in zip(chains, anded)
            for span in ([(chain[0][0], chain[-1][1], len(chain))] if joined else [(a, b, 1) for a, b in chain])]


def _day_halves(ranges: list, c) -> bool:
    """Whether two clock ranges of one field are one day's morning and afternoon: joined by "and", or by a comma
    about lunch, the second starting after a break of at most ``MAX_DAY_BREAK`` hours ("de 9h00 à 12h30 et de
    13h30 à 17h00", "9:00-12:00 Uhr und 13:00-16:00 Uhr", "9:00-12:30, 13:30-17:00"). ``ranges``: ``_clock_ranges``."""
    (n1, text, r1, h1), (n2, _, r2, h2) = ranges
    if n1 != n2 or max(h1, h2) > MAX_CLOCK_SESSION_HOURS:
        return False
    pos = _clock_end(r1)
    if after := c.clock_after.match(text, pos):
        pos = after.end()
    sep = text[pos:_opening(r2, text, c)]
    (_, end1), (start2, _) = _clock_times(r1), _clock_times(r2)
    if not 0 <= start2 - end1 <= MAX_DAY_BREAK:
        return False
    # with a comma, about lunch only: "9:00-10:30, 11:00-12:30" may be two slots to choose from
    return bool(c.and_between.fullmatch(sep) or (_LIST_COMMA.fullmatch(sep) and end1 <= 13.5 and start2 >= 12))


def _day_schedule(ranges: list, c) -> Mention | None:
    """A schedule of numbered days with the clock times of each ("Day 1 09:00-17:00, Day 2 09:00-13:00",
    "Tag 1: 9-17 Uhr / Tag 2: 9-16 Uhr") lasts their sum, each day at most ``HOURS_PER_DAY``. Every clock
    range must follow its own day label, numbered 1, 2, 3... in order (an agenda of blocks gives nothing).
    ``ranges``: ``_clock_ranges`` of the segments."""
    for name in dict.fromkeys(n for n, _, _, _ in ranges):
        field = [(t, r, h) for n, t, r, h in ranges if n == name]
        if len(field) < 2:
            continue
        text = field[0][0]
        total, first = 0.0, None
        for i, (_, r, h) in enumerate(field, 1):
            label = c.day_label.search(text, max(0, r.start() - 20), r.start())
            if not label or int(label.group("n") or label.group("n2")) != i:
                break
            first = label.start() if first is None else first
            total += min(h, HOURS_PER_DAY)
        else:
            end = field[-1][1].end()
            men = Mention("hour", round(total, 2), round(total, 2), name, first, end, text[first:end])
            men.factor_note = (f"{len(field)} days of a schedule, from their clock times "
                               f"(1 day = at most {HOURS_PER_DAY:g} h)")
            return men
    return None


def _days_listed_before(text: str, start: int, c) -> int:
    """How many days are listed just before the date at ``start``, joined by commas or "and"."""
    n, end = 0, start
    while True:
        prev = [m for m in _LISTED_DAY.finditer(text, max(0, end - 16), end) if m.end() == end]
        sep = prev[-1].group("sep") if prev else ""
        if not prev or (any(ch.isalpha() for ch in sep) and not c.and_between.fullmatch(sep)):
            return n
        n, end = n + 1, prev[-1].start()


def _rate_flags(men: Mention, text: str, c) -> None:
    """Hours, minutes, lessons or days "per week" / "per day" by the words just after or before them;
    sessions "per week" ("3 sessions per week, 4 hours each", "heti 3 alkalom")."""
    if men.kind not in ("hour", "minute", "lesson", "day", "session"):
        return
    after, before = text[men.end: men.end + 30], text[max(0, men.start - 40): men.start]
    day_after = men.kind != "day" and bool(c.per_day_after.search(after))
    # a day's word just after the figure is its own, a week's before it may be the days' ("5 giorni a settimana per 6
    # ore al giorno")
    men.per_week = bool(c.per_week_after.search(after) or (c.per_week_before.search(before) and not day_after))
    if men.kind == "session":
        men.rate = men.per_week
        return
    men.per_day = not men.per_week and men.kind != "day" and bool(day_after or c.per_day_before.search(before))


def _each_ones(p: Mention, m: Mention, text: str, c) -> bool:
    """Whether the hours ``m`` just after the count ``p`` are each one's: joined by a word such as "à",
    "po", "of" ("2 Tage à 8 Stunden"), followed by "each" ("10 evenings, 2 hours each"), or set side by
    side where a language does so ("8 kertaa 3 tuntia", "haftada 1 gün 4 saat") or after a word for times that is a
    session's noun too (Danish "2 gange 3 timer"), or, a comma between, where the
    figure says "each" itself (Turkish "5 gün, 6'şar saat": the distributive suffix, lexicon ``number_suffix``). A
    count of sessions or days a week may have its weekly words between ("3 sessions per week, 4 hours each", "5 Tage
    pro Woche à 6 Stunden"), and those may end in the word of each themselves (Serbian "5 dana nedeljno po 6 časova")."""
    gap = text[p.end:m.start]
    if p.rate or (p.kind == "day" and p.per_week):
        wk = c.per_week_after.match(gap)
        if wk:
            gap = gap[wk.end():]
            tail = re.search(r"\S+$", wk.group()) if not gap.strip() else None
            gap = f" {tail.group()} " if tail and c.per_unit_gap.fullmatch(f" {tail.group()} ") else gap
    side_by_side = re.fullmatch(r"\s*[,:;(·•|–-]?\s*", gap)
    # alone in brackets or after a comma, following a count of sessions, a length too short to be all of them is
    # each one's ("40 lessons (45 min)", "10 sessions (2 hours)", "10 séances, 1h30"); "10 sessions (20 hours)",
    # "4 evenings (12 h)" or "10 sessions, 20 hours" is their total
    too_short = p.kind == "session" and p.lo == p.hi >= 2 and _hours_of(m)[1] * 60 / p.lo < HOUR_UNIT_MINUTES[0]
    short_each = too_short and bool((_OPENING_BRACKET.fullmatch(gap) and _CLOSING_BRACKET.match(text, m.end, m.end + 3))
                                    or _COMMA.fullmatch(gap))
    return bool(c.per_unit_gap.fullmatch(gap) or short_each
                or (side_by_side and c.each_after and c.each_after.search(text[m.end:m.end + 20]))
                or (side_by_side and _DISTRIBUTIVE.match(m.text))
                or ((c.juxtaposed or (c.times_end and c.times_end.search(p.text))) and re.fullmatch(r"\s+", gap)
                    and _hours_of(m)[1] <= 12))


# a figure with a suffix after an apostrophe: only the distributive suffixes are read so (lexicon number_suffix,
# Turkish "2'şer", "6'şar": each)
_DISTRIBUTIVE = re.compile(r"\d+(?:[.,]\d+)?['’]\w")


# the length a listing gives its hours when they are teaching units ("40 Stunden à 45 Minuten", "20 sati
# po 45 minuta", "8 časova po 90 minuta")
HOUR_UNIT_MINUTES = (40, 120)
# or a teaching unit's length alone in brackets after them ("60 hodín (45 min.)", "40 Stunden (45 Min.)"): under an
# hour only, where "2 hours (120 minutes)" would be the same length said twice
_LENGTH_IN_BRACKETS = (40, 60)
_OPENING_BRACKET = re.compile(r"\s*\(\s*")
_COMMA = re.compile(r"\s*,\s*")
_SEPARATOR = re.compile(r"\s*[,;:–—-]\s*")
_COMMA_GAP = re.compile(r"\s*,?\s*")  # two figures side by side, or with a comma between
_CLOSING_BRACKET = re.compile(r"\.?\s*\)")


def _link_hour_length(mentions: list[Mention], text: str, c) -> list[Mention]:
    """Hours followed by the length of each ("40 Stunden à 45 Minuten", "30 godzin po 45 minut") are that
    many units of the length given: one minute figure of them all, and the length is dropped."""
    dropped = set()
    for p, m in zip(mentions, mentions[1:]):
        gap = text[p.end:m.start]
        close = _CLOSING_BRACKET.match(text, m.end, m.end + 3) if "(" in gap else None
        if (p.kind in ("hour", "lesson") and m.kind == "minute" and id(p) not in dropped and p.lo >= 2
                and m.lo == m.hi and HOUR_UNIT_MINUTES[0] <= m.lo <= HOUR_UNIT_MINUTES[1]
                and not (m.per_week or m.per_day or m.per_session or p.per_session)
                and (c.per_unit_gap.fullmatch(gap) or _LENGTH_IN_BRACKETS[0] <= m.lo < _LENGTH_IN_BRACKETS[1]
                     and _OPENING_BRACKET.fullmatch(gap) and close)):
            end = close.end() if close else m.end  # with the bracket that holds the length
            p.kind, p.lo, p.hi = "minute", p.lo * m.lo, p.hi * m.lo
            p.end, p.text = end, text[p.start:end]
            p.factor_note = f"1 hour unit = {m.lo:g} min, as stated"
            dropped.add(id(m))
    return [x for x in mentions if id(x) not in dropped] if dropped else mentions


def _weekly_sessions_reading(p: Mention, mentions: list[Mention]) -> str | None:
    """How a count of sessions ``p`` (one figure) before hours "per week" reads beside the numbers of weeks the
    listing gives: "week" where fewer sessions than the weeks (at most one a day) are each week's ("2 sessions of
    3 hours per week for 8 weeks"); "total" where they are more than the weeks, so all of the course's, as
    ``from_sessions`` reads "8 weekly sessions over 4 weeks" ("12 sesiones de 2 horas semanales durante 6 semanas":
    two a week); None otherwise ("8 sessions of 3 hours per week, 8 weeks": one a week, the same hours either way)."""
    if p.lo != p.hi or p.per_week:
        return None
    weeks = [x.lo for x in mentions if x.kind == "week" and not x.per_week]
    if p.hi <= 7 and any(w > p.hi for w in weeks):
        return "week"
    return "total" if weeks and all(w < p.lo for w in weeks) else None


def _link_per_unit(mentions: list[Mention], text: str, c) -> None:
    """Hours that follow a count of days or sessions and are each one's ("2 Tage à 8 Stunden", "3 dni po
    8 hodín", "4 kvelder à 3 timer", "10 evenings, 2 hours each") become hours per day or per session."""
    for p, m in zip(mentions, mentions[1:]):
        if (p.kind in ("hour", "minute", "lesson") and m.kind == "session" and c.lasting_before is not None
                and not (p.per_week or p.per_day) and c.lasting_before.fullmatch(text[p.end:m.start])):
            p.per_session = True  # "(her biri) 3 saat süren 6 oturum": 6 sessions lasting 3 hours
            continue
        if c.lasting_unit is not None and _COMMA_GAP.fullmatch(text, p.end, m.start):
            # Basque "3 orduko 8 saio" (3-hour 8 sessions) and "8 saio, 3 ordukoak": the hour unit says "lasting"
            hours, sessions = (p, m) if m.kind == "session" else (m, p)
            # after the sessions, only a session's length: "10 oturum, 40 saatlik eğitim" is a 40-hour course
            if (hours.kind in ("hour", "minute") and sessions.kind == "session" and c.lasting_unit.search(hours.text)
                    and not (hours.per_week or hours.per_day)
                    and (hours is p or _hours_of(hours)[1] <= MAX_SESSION_HOURS)):
                hours.per_session = True
                continue
        if p.kind == "session" and m.kind == "day" and c.per_unit_gap.fullmatch(text[p.end:m.start]):
            m.factor, m.start, m.text = p.lo, p.start, text[p.start:m.end]  # "2 Module à 3 Tage": 6 days
            m.factor_note = f"{p.lo:g} sessions of the days given"
            continue
        if p.kind == "week" and m.kind in ("hour", "minute", "lesson"):
            # "6 Wochen à 4 Stunden", "6 tygodni po 4 godziny", "6 weeks at 4 hours each": each week's hours;
            # but after a count of sessions a week, each session's ("Two evenings a week for 6 weeks, 2.5 hours each")
            if not (m.per_week or m.per_day or m.per_session) and _each_ones(p, m, text, c):
                weekly = any(x.kind == "session" and x.per_week and x.rate and x.end <= p.start
                             and not re.search(r"[.!?;\n]", text[x.end:p.start]) for x in mentions)
                if weekly:
                    m.per_session = True
                else:
                    m.per_week = True
            continue
        if p.kind not in ("day", "half_day", "session") or m.kind not in ("hour", "minute", "lesson"):
            continue
        if (p.kind == "day" and p.per_week and m.per_week and c.per_week_after.match(text[p.end:m.start])
                and not c.per_week_after.search(text[m.end:m.end + 30]) and _each_ones(p, m, text, c)):
            # "5 Tage pro Woche à 6 Stunden", "3 dana tjedno po 4 sata": the weekly word is the days', the hours
            # each day's
            m.per_week, m.per_day = False, True
            continue
        # "12 weekly sessions of 2 hours": the weekly word before the hours describes the sessions, so the
        # hours are each session's; "4 sessions of 2 hours per week" keeps its week
        if m.per_week and (p.kind != "session" or c.per_week_after.search(text[m.end:m.end + 30])):
            reading = _weekly_sessions_reading(p, mentions) if p.kind == "session" else None
            if reading is not None and _each_ones(p, m, text, c):
                # "2 sessions of 3 hours per week for 8 weeks", "2 Termine à 3 Stunden pro Woche, 8 Wochen": the
                # sessions are each week's, the hours each session's; "12 sessions of 2 hours per week, 6 weeks":
                # the hours are each of the 12 sessions' ("8 sessions of 3 hours per week, 8 weeks": one a week)
                p.per_week, m.per_week, m.per_session = reading == "week", False, True
            continue
        if p.kind == "session" and p.rate and not (m.per_day or m.per_session):
            # "one evening a week (3 hours)", "ein Abend pro Woche (3 Stunden)": the hours in brackets after the
            # weekly sessions are the week's ("each" says they are each session's, below)
            gap = text[p.end:m.start]
            wk = c.per_week_after.match(gap)
            if (wk and _OPENING_BRACKET.fullmatch(gap[wk.end():]) and _CLOSING_BRACKET.match(text, m.end, m.end + 3)
                    and not (c.each_after and c.each_after.search(text[m.end:m.end + 20]))):
                m.per_week = True
                continue
            if wk and _SEPARATOR.fullmatch(gap[wk.end():]) and not m.total and _hours_of(m)[1] <= SESSION_HOURS_MAX:
                # "10 weeks, one evening a week, 3 hours": set off after the weekly sessions, a session's length is
                # each one's, as "each" would say (by the guide, sessions a week x their hours x the weeks)
                m.per_session = True
                continue
        if _each_ones(p, m, text, c):
            if m.per_week:  # the sessions are weekly: "2 sesiones semanales de 2 horas" (see from_sessions)
                p.per_week, m.per_week = True, False
            if p.kind in ("day", "half_day"):  # "2 demi-journées de 3 heures": each half-day's hours
                m.per_day = True
            else:
                m.per_session = True
    # "Eight 90-minute sessions", "six 2-hour workshops": a count before a sized session; with a week's word, so many
    # a week ("Two 3-hour sessions a week for 8 weeks")
    for m in mentions:
        if m.kind not in ("hour", "minute", "lesson") or m.per_day or m.per_session or not c.session_after:
            continue
        before, after = c.count_before.search(text[max(0, m.start - 20):m.start]), c.session_after.search(text[m.end:m.end + 30])
        n = parse_number(before.group("n"), c.numbers) if before and after else None
        if n and 1 < n <= (7 if m.per_week else 100):
            m.factor, m.factor_note = n, f"{n:g} sessions of the length given"
            m.start, m.end = m.start - len(before.group(0)), m.end + after.end()
            m.text = text[m.start:m.end]
        elif after and c.lasting_unit is not None and c.lasting_unit.search(m.text):
            m.per_session = True  # Basque "2 orduko saioak": sessions of 2 hours, how many not said


def _link_frequency(mentions: list[Mention], text: str, c) -> None:
    """"2x wöchentlich à 90 Minuten", "twice weekly 2-hour sessions", "двічі на тиждень по 3 години":
    the first hour figure after the frequency (within 60 characters) that is one session's length
    (at most 10 hours) is each session's, so a week has n times it. A figure before it is not:
    "Kurs 60 godzin, zajęcia dwa razy w tygodniu" is 60 hours, unless the frequency follows it at once or after
    a word of each ("2 hours twice a week", "2 ore de două ori pe săptămână"): then it is each session's."""
    if c.freq is None:
        return
    found = list(c.freq.finditer(text))
    if c.freq_after_week is not None:
        found += [f for f in c.freq_after_week.finditer(text) if not any(g.start() < f.end() and f.start() < g.end() for g in found)]
    # hours "per session" are each one's too where no count of sessions says how many ("En gång i veckan under 10
    # veckor, 2 timmar per tillfälle"); with one, the sessions' own reading counts them
    counted = any(x.kind == "session" for x in mentions)
    for f in found:
        n = 1.0 if f.groupdict().get("once") else parse_number(f.group("n") or f.group("w"), c.numbers)
        if not (n and 1 <= n <= 7):
            continue
        free = [m for m in mentions if m.kind in ("hour", "minute", "lesson")
                and not (m.total or m.per_day or (m.per_session and counted))]
        m = _session_hours(free, f.start(), f.end(), text, c, reach=60)
        if m is not None:
            m.per_week, m.per_day, m.per_session = True, False, False
            m.factor, m.factor_note = n, f"{n:g} session{'s' if n != 1 else ''} a week"


def _session_hours(free: list[Mention], start: int, end: int, text: str, c, reach: int) -> Mention | None:
    """The hour figure of ``free`` that a frequency from ``start`` to ``end`` gives each session's length of: the
    first within ``reach`` characters after it, else one just before it (a comma or a word of each between), if it
    is one session's length (at most ``SESSION_HOURS_MAX``); None otherwise."""
    after = [m for m in free if 0 <= m.start - end <= reach]
    before = [m for m in free if m.end <= start and (_COMMA_GAP.fullmatch(text, m.end, start)
                                                      or c.per_unit_gap.fullmatch(text, m.end, start))]
    m = min(after, key=lambda x: x.start) if after else before[-1] if before else None
    return m if m is not None and _hours_of(m)[1] <= SESSION_HOURS_MAX else None


_SPACES = re.compile(r"\s*")


def _link_monthly(mentions: list[Mention], text: str, c) -> None:
    """Sessions a month ("Once a month, 4 hours, for 6 months", "Une fois par mois, 3 heures, pendant 9 mois", "Raz w
    miesiącu 8 godzin"): the hour figure just after the frequency (or just before it) is each session's, and a week
    has n / ``WEEKS_PER_MONTH`` of them, so that the months of the course count each session once a month. Only
    where the listing gives its length in months or weeks and no total."""
    if c.freq_month is None or any(m.total for m in mentions):
        return
    if not any(m.kind in ("week", "month") and not m.per_week for m in mentions):
        return
    found = [(f.start(), f.end(), 1.0 if f.group("once") else parse_number(f.group("n"), c.numbers), None)
             for f in c.freq_month.finditer(text)]
    # a count of sessions with "a month" after it ("2 sessions a month of 3 hours each", "Una sesión mensual de 4
    # horas") is the frequency; it is dropped once its hours are each session's a month
    for x in mentions:
        if x.kind == "session" and x.lo == x.hi and (pm := c.per_month.match(text, _SPACES.match(text, x.end).end())):
            found.append((x.start, pm.end(), x.lo, x))
    for start, end, n, count in found:
        if not (n and 1 <= n <= 8):
            continue
        free = [m for m in mentions if m.kind in ("hour", "minute", "lesson") and not (m.total or m.per_day or m.per_week)
                and (not m.per_session or count is not None)]
        m = _session_hours(free, start, end, text, c, reach=40)
        if m is not None:
            m.per_week, m.per_session, m.factor = True, False, n / WEEKS_PER_MONTH
            m.factor_note = f"{n:g} session{'s' if n != 1 else ''} a month ({WEEKS_PER_MONTH:g} weeks a month)"
            if count is not None:
                mentions.remove(count)


def _hours_of(m: Mention) -> tuple[float, float, list[str]]:
    f = m.factor
    extra = [m.factor_note] if m.factor_note else []
    if m.kind == "minute":
        return f * m.lo / 60, f * m.hi / 60, extra
    if m.kind == "lesson":
        return f * m.lo * LESSON_HOURS, f * m.hi * LESSON_HOURS, ["1 lesson unit = 45 min"] + extra
    return f * m.lo, f * m.hi, extra


UK_CREDITS = "2 UK/SCQF credits = 1 ECTS"
VET_POINTS = "1 VET credit or competence point (Finnish osp, Lithuanian learning credit) = 1 ECTS of workload"
# Swedish higher vocational education (yrkeshögskolan): 200 YH-poäng a full-time year, where ECTS count 60
YH_POINTS = "1 Swedish YH-poäng = 0.3 ECTS of workload (200 a full-time year)"
# credit units of other frameworks than higher education's, named in a workload's assumptions
NOT_ECTS = (UK_CREDITS, VET_POINTS, YH_POINTS)


def _ects_of(m: Mention) -> tuple[float, float, list[str]]:
    if m.kind == "credit_uk":
        return m.lo / 2, m.hi / 2, [UK_CREDITS]
    if m.kind == "credit_lv":
        return m.lo * 1.5, m.hi * 1.5, ["1 Latvian credit point (KP) = 1.5 ECTS"]
    if m.kind == "credit_vet":
        return m.lo, m.hi, [VET_POINTS]
    if m.kind == "credit_yh":
        return m.lo * 0.3, m.hi * 0.3, [YH_POINTS]
    return m.lo, m.hi, []


def states_ects(workload: dict) -> bool:
    """Whether a workload record states ECTS, the credits of higher education: not UK/SCQF credits, VET
    competence points nor Swedish YH-poäng, which ``ects`` also counts in."""
    return (workload.get("ects") is not None and workload.get("source") == "stated"
            and not any(a in NOT_ECTS for a in workload.get("assumptions") or []))


def _pick(ms: list[Mention]) -> Mention:
    return max(ms, key=lambda x: (x.total, x.hi))


# a credit figure that names its unit ("5 ECTS", "6 AKTS", "3 кредити ЄКТС") against a bare "credits"
# ECTS by name, and the national names of ECTS credits (Estonian EAP, Finnish op, Swedish hp, Norwegian studiepoeng,
# Dutch EC, Italian CFU, Serbian ESPB, Slovenian KT, German Leistungspunkte): never UK credits of ten hours
_ECTS_WORD = re.compile(r"(?i)(?<!\w)(?:ects|akts|ekts|ектс|єктс|естк|eap|ainepunkt\w*|opintopist\w*|op|högskolepoäng|"
                        r"hp|studiepoeng|stp|ec|studiepunt\w*|cfu|espb|еспб|kreditn\w* točk\w*|kt|leistungspunkt\w*)"
                        r"(?!\w)")


def _pick_credit(ms: list[Mention]) -> Mention:
    """The credit figure of a listing: not a degree's the course belongs to where another is stated ("This module
    (5 ECTS) is part of the 60 ECTS MSc" is 5), one that names ECTS first, then a national unit (UK credits, KP),
    before a bare "credits" ("10 credits (5 ECTS)" is 5 ECTS), then as ``_pick``."""
    return max(ms, key=lambda x: (not x.programme, bool(_ECTS_WORD.search(x.text)), x.kind != "credit", x.total, x.hi))


# a degree's credits beside its name ("the 60 ECTS MSc", "our 90 ECTS master's programme", "Bachelor (180 ECTS)");
# not "programme" alone, which a microcredential is called too ("The 5 ECTS programme has two 2.5 ECTS modules")
_DEGREE = (r"bachelor\w*|master\w*|msc|m\.sc\.?|mba|ma|ba|bsc|b\.sc\.?|degrees?|studiengang\w*|studium|licence|grado|"
           r"laurea\w*|diplomstudium|magist\w*|maîtrise|mestrado|licenciatura|masterprogramm\w*|bacheloropleiding|"
           r"masteropleiding")
_DEGREE_AFTER = re.compile(rf"(?i)^\s*(?:(?:ects|ekts|akts)\s*)?(?:[-–]?\s*(?:credits?|punkte|points?|pisteet|kredit\w*|crédits)\s*)?"
                           rf"(?:\w+\s+)?(?:{_DEGREE})(?!\w)")
_DEGREE_BEFORE = re.compile(rf"(?i)(?<!\w)(?:{_DEGREE})(?!\w)[^.;!?\n\d]{{0,12}}[(\[]\s*$")
# credits the learner must already have ("Entry requirement: a bachelor's degree of at least 180 ECTS",
# "Voraussetzung: abgeschlossenes Studium mit mindestens 180 ECTS", "Prérequis : 120 crédits ECTS validés")
_PREREQUISITE_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:(?:entry|admission) requirements?|requirements? for (?:admission|entry)|prerequisites?|to be admitted|"
    r"zulassung\w*|voraussetzung\w*|prérequis|"
    r"conditions d['’]admission|requisitos?|requisiti|toelatingseis\w*|vooropleiding|wymagani\w*|předpoklad\w*|požadav\w*|"
    r"feltétel\w*|behörighet\w*|förkunskap\w*|adgangskrav|opptakskrav|pääsyvaatimu\w*|esitied\w*|condiții de admitere|"
    r"προϋποθέσ\w*|изисквани\w*|uvjeti upisa|preduvjet\w*|pogoji za vpis|priėmimo sąlyg\w*|uzņemšanas prasīb\w*|"
    r"vastuvõtutingimus\w*|ön koşul\w*)[^.;!?\n]{0,80}$")


def combine(mentions: list[Mention]) -> tuple[Hours | None, tuple | None]:
    """Rules that turn the mentions into one workload; returns (hours, (ects_lo, ects_hi, ects_mention))."""
    credits = [m for m in mentions if m.kind.startswith("credit")]
    hour_ms = [m for m in mentions if m.kind in ("hour", "minute", "lesson")]
    direct = [m for m in hour_ms if not m.per_week and not m.per_day and not m.per_session]
    hps = [m for m in hour_ms if m.per_session]
    sessions = [m for m in mentions if m.kind == "session"]
    hpw = [m for m in hour_ms if m.per_week]
    hpd = [m for m in hour_ms if m.per_day]
    weeks = [m for m in mentions if m.kind == "week" and not m.per_week]
    months = [m for m in mentions if m.kind == "month"]
    years = [m for m in mentions if m.kind == "year"]
    # the course's length, not a part of it given after "of which": weeks had come before months whatever they were
    course = {id(m) for m in _course_lengths(weeks + months + years)}
    weeks, months, years = ([m for m in ms if id(m) in course] for ms in (weeks, months, years))
    days = [m for m in mentions if m.kind == "day" and not m.per_week]
    days_pw = [m for m in mentions if m.kind == "day" and m.per_week]
    halves = [m for m in mentions if m.kind == "half_day"]

    ects = None
    if credits:
        cm = _pick_credit(credits)
        elo, ehi, eas = _ects_of(cm)
        ects = (elo, ehi, cm, eas)

    def from_direct() -> Hours | None:
        if not direct:
            return None
        totals = [m for m in direct if m.total]
        parts = [m for m in direct if m.part and not m.self_study]
        if totals and len(parts) >= 2 and all(m.part for m in totals):
            # a total's label heads named parts ("Óraszám: 40 óra elmélet, 20 óra gyakorlat"): they add up below
            totals = []
        if totals and all(m.contact for m in totals) and any(m.self_study and not (m.total or m.within) for m in direct):
            # ... or contact time and self-study ("Omfang: 30 timer undervisning og 20 timer egenarbeid")
            totals = []
        if totals:
            m = max(totals, key=lambda x: x.hi)
            lo, hi, a = _hours_of(m)
            return Hours(lo, hi, (lo + hi) / 2, [m], a, 0.95)
        contact = [m for m in direct if m.contact]
        selfs = [m for m in direct if m.self_study and not m.within]  # not "of which 30 hours self-study"
        plain = [m for m in direct if not m.contact and not m.self_study]
        used = _named_parts(direct, lambda x: x.hi)
        if used:
            # the named parts add up (with self-study if given), as do contact hours and one named part ("14 h en
            # présentiel, 7 h en distanciel")
            used += [max(selfs, key=lambda x: x.hi)] if selfs else []
            lo = sum(_hours_of(p)[0] for p in used)
            hi = sum(_hours_of(p)[1] for p in used)
            return Hours(lo, hi, (lo + hi) / 2, used, ["notional workload = the sum of its named parts"], 0.9)
        if selfs and (contact or plain):
            parts = [max(contact or plain, key=lambda x: x.hi), max(selfs, key=lambda x: x.hi)]
            lo = sum(_hours_of(p)[0] for p in parts)
            hi = sum(_hours_of(p)[1] for p in parts)
            return Hours(lo, hi, (lo + hi) / 2, parts, ["notional workload = contact + self-study hours"], 0.9)
        m = direct[0]  # the first figure (title first, then description) names the course's own length
        lo, hi, a = _hours_of(m)
        return Hours(lo, hi, (lo + hi) / 2, [m], a, 0.9)

    def from_rate() -> Hours | None:
        if hpw:
            r = max(hpw, key=lambda x: x.hi)
            cal = _calendar(weeks, months, years)
            if cal:
                rlo, rhi, a = _hours_of(r)
                w, f, extra = cal
                return Hours(w.lo * f * rlo, w.hi * f * rhi, w.mid * f * (rlo + rhi) / 2, [w, r],
                             a + extra + ["workload = duration x hours per week"], 0.85)
        if days_pw:
            d = max(days_pw, key=lambda x: x.hi)
            cal = _calendar(weeks, months, years)
            if cal:
                w, f, extra = cal
                per_day = max(hpd, key=lambda x: x.hi).mid if hpd else HOURS_PER_DAY
                lo, hi = d.lo * w.lo * f * per_day, d.hi * w.hi * f * per_day
                return Hours(lo, hi, (lo + hi) / 2, [d, w], [f"1 day = {per_day:g} h"] + extra, 0.8)
        if hpd and (weeks or months) and not days:
            # "2 semanas, de lunes a viernes, 5 horas al día", "3 Wochen, 6 Stunden täglich": hours a day
            # over weeks, the days being the working days
            r = max(hpd, key=lambda x: x.hi)
            rlo, rhi, a = _hours_of(r)
            w, f, extra = _calendar(weeks, months, [])
            f *= DAYS_PER_WEEK
            return Hours(w.lo * f * rlo, w.hi * f * rhi, w.mid * f * (rlo + rhi) / 2, [w, r],
                         a + [f"{DAYS_PER_WEEK:g} days a week"] + extra, 0.8)
        return None

    def from_sessions() -> Hours | None:
        if not (hps and sessions):
            return None
        n = max(sessions, key=lambda x: x.hi)
        r = max(hps, key=lambda x: x.hi)
        rlo, rhi, a = _hours_of(r)
        w = max(weeks, key=lambda x: x.hi) if weeks else None
        if n.per_week and (w is not None and (n.hi < w.lo or n.rate) or w is None and n.rate and (months or years)):
            # "2 weekly sessions of 90 minutes over 8 weeks", "3 sessions per week over 2 weeks", "2 Abende pro
            # Woche à 3 Stunden, 12 Monate", "1 jaar, 1 avond per week" (but "8 weekly sessions over 8 weeks" are 8)
            w, f, extra = _calendar(weeks, months, years)
            return Hours(n.lo * rlo * w.lo * f, n.hi * rhi * w.hi * f, n.mid * (rlo + rhi) / 2 * w.mid * f, [n, r, w],
                         a + extra + ["workload = sessions a week x hours per session x weeks"], 0.85 if f == 1.0 else 0.8)
        return Hours(n.lo * rlo, n.hi * rhi, n.mid * (rlo + rhi) / 2, [n, r],
                     a + ["workload = sessions x hours per session"], 0.85)

    def from_days() -> Hours | None:
        if not days and not halves:
            return None
        if hpd:
            r = max(hpd, key=lambda x: x.hi)
            per_lo, per_hi, a = _hours_of(r)
            assumptions = a
            used_r = [r]
        else:
            per_lo = per_hi = HOURS_PER_DAY
            assumptions = [f"1 day = {HOURS_PER_DAY:g} h"]
            used_r = []
        if days:
            d = max(days, key=lambda x: x.hi * x.factor)
            used = _named_parts(days, lambda x: x.hi * x.factor)
            if sum(m.factor * m.hi for m in used) <= d.factor * d.hi:
                # one length of the whole course, longer than its named parts ("5 Tage, davon 2 Tage Praxis")
                used = [d]
            lo, hi = (sum(m.factor * m.lo for m in used) * per_lo, sum(m.factor * m.hi for m in used) * per_hi)
            notes = [m.factor_note for m in used if m.factor_note]
            notes += ["notional workload = the sum of its named parts"] if len(used) > 1 else []
            return Hours(lo, hi, (lo + hi) / 2, used + used_r, assumptions + notes, 0.8)
        h = max(halves, key=lambda x: x.hi)
        per = (per_lo + per_hi) / 2 if hpd else HOURS_PER_HALF_DAY
        return Hours(per * h.lo, per * h.hi, per * h.mid, [h] + used_r,
                     [] if hpd else [f"half-day = {HOURS_PER_HALF_DAY:g} h"], 0.75)

    hours = None
    d = from_direct()
    r = from_rate() or from_sessions()
    if d is not None and d.confidence >= 0.95:
        hours = d
    elif r is not None and (d is None or d.mid < r.mid):
        hours = r
        dd = from_days() if d is None and not days_pw else None
        if dd is not None:  # "two days on site, then four weeks online at 2 h a week"
            hours = Hours(r.lo + dd.lo, r.hi + dd.hi, r.mid + dd.mid, r.used + dd.used,
                          r.assumptions + dd.assumptions, min(r.confidence, dd.confidence))
        elif d is not None and all(m.part for m in d.used):
            # "four workshops of 3 hours and a placement of 10 hours": a named part beside the sessions adds up
            hours = Hours(r.lo + d.lo, r.hi + d.hi, r.mid + d.mid, r.used + d.used,
                          r.assumptions + ["notional workload = the sum of its named parts"], min(r.confidence, d.confidence))
    elif d is not None:
        hours = d
        dd = from_days() if all(m.self_study or m.part for m in d.used) else None
        if dd is not None and not all(m.self_study or m.distance for m in d.used) and d.mid >= 0.5 * dd.mid:
            # "1 dag (7 uur) in ons praktijkcentrum": the day's own hours, where a part word stands near; hours at a
            # distance are no day's ("3 Präsenztage und 20 Stunden E-Learning")
            dd = None
        if dd is not None:
            # "8 Präsenztage plus ca. 40 Stunden Selbststudium", "3 modules van 2 dagen; 4 uur praktijkopdrachten":
            # the days and the hours of self-study or of a named part
            hours = Hours(d.lo + dd.lo, d.hi + dd.hi, d.mid + dd.mid, dd.used + d.used, dd.assumptions
                          + ["notional workload = contact days + the hours of self-study or of a named part"],
                          min(d.confidence, dd.confidence))
    else:
        hours = from_days()
    if hours is None and hpd and days:
        hours = from_days()

    if ects is not None:
        elo, ehi, cm, eas = ects
        emid = (elo + ehi) / 2
        consistent = hours is not None and (hours.confidence >= 0.95 or 20 * elo <= hours.mid <= 32 * ehi)
        if not consistent and cm.kind == "credit_uk":
            # the UK's and Ireland's FET credits are defined in hours: ten notional learning hours each
            hours = Hours(UK_CREDIT_HOURS * cm.lo, UK_CREDIT_HOURS * cm.hi, UK_CREDIT_HOURS * cm.mid, [cm],
                          eas + [f"1 UK/SCQF/QQI FET credit = {UK_CREDIT_HOURS:g} notional learning hours"], 0.95)
        elif not consistent:
            lo, hi = ECTS_HOURS[0] * elo, ECTS_HOURS[1] * ehi
            hours = Hours(lo, hi, ECTS_HOURS[2] * emid, [cm],
                          eas + ["1 ECTS = 25-30 h (point value 27.5 h)"], 0.95)
        else:  # the hours stand; the ECTS still say how they were counted
            hours.used = hours.used + [cm]
            hours.assumptions = hours.assumptions + eas
        return hours, (elo, ehi, cm)
    return hours, None


_WEEKS_IN = {"week": (1.0, ""), "month": (WEEKS_PER_MONTH, f"1 month = {WEEKS_PER_MONTH} weeks"),
             "year": (WEEKS_PER_YEAR, f"1 year = {WEEKS_PER_YEAR} teaching weeks")}


def _named_parts(ms: list[Mention], size) -> list[Mention]:
    """The figures of the course's named parts that add up, hours or days alike: two or more parts ("160 saat teorik ve
    320 saat uygulamalı", "1 dag teori och 2 dagar praktik"), or the longest taught figure (by ``size``) and one part
    ("20 ore in aula, 10 ore di stage", "3 Präsenztage und 2 Tage Praxis im Betrieb"); not self-study, nor a part given
    after "of which" (whose figure is never flagged a part, see ``_context_flags`` and ``_plus_parts``). Empty where
    they do not."""
    parts = [m for m in ms if m.part and not m.self_study]
    taught = [m for m in ms if m.contact and not m.part]
    if len(parts) >= 2:
        return parts
    if len(parts) == 1 and taught:
        return [max(taught, key=size)] + parts
    return []


def _course_lengths(ms: list[Mention]) -> list[Mention]:
    """The calendar lengths of ``ms`` that are the course's, not a part of it given after "of which" ("Dauer: 6 Monate,
    davon 8 Wochen Praktikum", "Kesto 4 kuukautta, josta työssäoppimista 6 viikkoa"); all of them where every one is."""
    return [m for m in ms if not m.within] or ms


def _calendar(weeks: list[Mention], months: list[Mention], years: list[Mention]) -> tuple[Mention, float, list[str]] | None:
    """The course's calendar length, the first kind given (weeks, then months, then years), its longest
    figure: (mention, weeks in one of its units, the assumption that says so)."""
    ms = weeks or months or years
    if not ms:
        return None
    m = max(ms, key=lambda x: x.hi)
    f, note = _WEEKS_IN[m.kind]
    note = note or m.factor_note  # "5.14 weeks between the dates given"
    return m, f, [note] if note else []


def _course_years(found: list[Mention], text: str, lang: str | None) -> list[Mention]:
    """Years are the course's length only after a duration label ("Duur: 1 jaar", "Dauer: 2 Jahre
    Vollzeit") or in the sentence of a weekly figure or of full time ("Opleiding van 2 jaar, 2 lesavonden
    per week", "1 curso académico, 4 horas semanales"); elsewhere they may be another programme's ("Part
    of our 3-year BA. Workload: 2 hours per week.")."""
    if not any(m.kind == "year" for m in found):
        return found
    c, sents = compiled(lang), Sentences(text)
    weekly = [m.start for m in found if m.per_week or m.rate]
    weekly += [m.start() for pace in (_FULL_TIME, _HALF_TIME) if pace for m in pace.finditer(text)]

    def course_years(m: Mention) -> bool:
        lo, hi = sents.bounds(m.start)
        return bool(c.duration_label.search(text, max(0, m.start - 30), m.start)
                    or any(lo <= w < hi for w in weekly))
    return [m for m in found if m.kind != "year" or course_years(m)]


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 2)


_UK_CREDIT_CONTEXT = re.compile(r"(?i)\b(?:ofqual|qqi|rqf|nfq|scqf|sqa|fetac|city\s*&\s*guilds|pearson|ncfe|"
                                r"(?:level\s+[1-8]\s+)(?:award|certificate|diploma)|special purpose award|cats|"
                                # UK higher education: "PGCert", "60 credits at level 7" (FHEQ)
                                r"pg\s?cert|pg\s?dip|postgraduate\s+(?:certificate|diploma)|fheq|"
                                r"credits?\s+at\s+(?:fheq\s+)?level\s+[3-8])\b"
                                # a fee in pounds sterling ("Fee: £3,200")
                                r"|£\s?\d")
# Irish higher education: an award at NFQ level 7-10 counts ECTS ("Certificate in Cybersecurity (Level 8 NFQ,
# 10 credits)" is 10 ECTS); further education's credits (levels 1-6) are ten hours each, as the UK's are
_IRISH_HE_LEVEL = re.compile(r"(?i)\b(?:nfq|qqi)\b[^.\n]{0,25}?\blevel\s*(?:[7-9]|10)\b|"
                             r"\blevel\s*(?:[7-9]|10)\b[^.\n]{0,25}?\b(?:nfq|qqi)\b")
_UK_ONLY = re.compile(r"(?i)\b(?:ofqual|rqf|scqf|sqa|city\s*&\s*guilds|pearson|ncfe|cats)\b")


# field names that say their value is per week (FutureLearn's "weekly_study", "hours_per_week", "effort
# per week", "Wochenstunden", "heures par semaine")
_WEEKLY_FIELD = re.compile(r"(?i)week|wöchentl|woche|hebdo|semaine|semanal|settimanal|tygod|týd|týž|viiko|vecka|"
                           r"(?:^|[^a-zæøå])uge")  # Danish "uge", not inside "refugee"


# a duration that is not the course's: an exam's time ("130 minutes to answer 65 questions", "practice tests
# are timed (90 min.)"), a lecture's length ("lectures are 5-10 minutes long"), an access period ("30 days
# free access to Qwiklabs")
_EXAM_TIME_BEFORE = re.compile(r"(?i)\b(?:exams?|tests?|quiz\w*|questions|timed|prüfung\w*|examen|egzamin\w*)\b[^.,;\n]{0,15}$")
_EXAM_TIME_AFTER = re.compile(r"(?i)^[^.,;\n]{0,25}\b(?:to (?:answer|complete the exam)|questions|test format|"
                              r"passing score|prüfungszeit|pour répondre)")
_LECTURE_BEFORE = re.compile(r"(?i)\b(?:lectures?|videos?|clips?|episodes?)\s+(?:are|is|of|last|run)\s+(?:about|around|approx\.?|"
                             r"roughly|between|up to)?\s*$")
# continuing-education credits of the health professions ("12 crediti ECM", "8 CME credits", "CPD points", "6,2 créditos
# de formación continuada") and of the Italian professions ("crediti formativi professionali", CFP) count
# accreditation points, not ECTS
_CPD_CREDITS_AFTER = re.compile(r"(?i)^\s*(?:ecm|cme|cpd|cfc|cfp|ceu|dpc|pe|kwaliteitsregister|de formación continuada|(?:formativi )?professionali)\b")
# a deadline counted back from the start ("free cancellation up to 14 days before the start", "Anmeldeschluss
# 14 Tage vor Kursbeginn", "14 jours avant", "14 dni przed"): a figure right before a word for "before" (not
# German "vor Ort", on site; Dutch "voor" is also "for", so only with the start after it), or right after
# Lithuanian "prieš", Latvian "pirms"
_DEADLINE_AFTER = re.compile(
    r"(?i)^(?:['’]s?)?\s*(?:before|prior to|in advance|ahead|notice|vor(?!\s+ort\b)|im voraus|avant|à l'avance|"
    r"antes|con antelación|prima|in anticipo|dall['’](?:inizio|avvio|iscrizione)|dalla data|voor (?:aanvang|de (?:start|aanvang|cursus)|het begin)|vooraf|van tevoren|"
    r"przed|com antecedência|före|innan|i förväg|før|inden|forud|ennen|etukäteen|před|pred|înainte|πριν|преди|перед|"
    r"prije|enne|önce|qabel|roimh)(?![\w-])"
    # Serbian "pre" (before) only with the start after it: Slovak "pre" is "for" ("35 hodín pre vodičov")
    r"|^\s*pre\s+(?:početk|počinjanj|start|kurs|obuk|seminar|termin|održavanj|datum)")
_DEADLINE_BEFORE = re.compile(r"(?i)(?<!\w)(?:prieš|pirms|likus)\s*$")
# an access period, a guarantee or a validity ("12 months access", "Zugang für 12 Monate", "Accès pendant 12
# mois", "12 kuukauden käyttöoikeus", "Money-back guarantee: 30 days", "valid for 3 years"): right after the
# figure (with "of", "free", "full" or "unlimited" between), or in the few words before it in its clause
# (not the EU's Youth Guarantee, which funds courses: "Curso Garantía Juvenil de 5 días", "Garanzia Giovani")
_ACCESS_WORDS = (r"access|trial|money[- ]back|refund\w*|(?<!youth )guarantee\w*|validity|valid|zugang|zugriff|geld[- ]zurück\w*|"
                 # a recording kept for a time ("Aufzeichnung 30 Tage verfügbar", "replay available for 7 days")
                 r"recording|replay|aufzeichnung|verfügbar|enregistrement|grabación|registrazione|opname|nagranie|"
                 r"rückerstattung|gültig\w*|accès|acces|remboursé\w*|remboursement|valable|acceso|garant[ií]a(?!\s+juvenil)|devoluci[oó]n|"
                 r"reembolso|válid[oa]|accesso|garanzia(?!\s+giovani)|rimbors\w*|valid[oa]|toegang|geld[- ]terug\w*|geldig|dostęp\w*|"
                 r"gwarancj\w*|zwrot\w*|ważn\w*|acesso|garantia|devolução|tillgång|åtkomst|giltig\w*|adgang|tilgang|gyldig\w*|"
                 r"käyttöoikeu\w*|pääsy|voimassa|přístup\w*|prístup\w*|platn\w*|hozzáférés\w*|érvényes\w*|garanci\w*|"
                 r"garanție|valabil\w*|πρόσβαση|ισχύ\w*|достъп|доступ\w*|pristup\w*|dostop\w*|juurdepääs\w*|ligipääs\w*|"
                 r"prieig\w*|piekļuv\w*|erişim|"
                 # an entitlement the learner has ("gratis for ledige med ret til 6 ugers jobrettet uddannelse": a
                 # scheme's weeks, read as the course's length for 11 of 78 Danish fresh-topic listings, 2026-12-06)
                 r"ret til|rett til|rätt till|anspruch auf|entitled to|entitlement|droit à|diritto a|derecho a|prawo do|"
                 r"nárok na|oikeus|jogosult\w*")


def _words_by_a_figure(words: str, leads: str) -> tuple[re.Pattern, re.Pattern]:
    """The patterns of ``words`` right after a figure (with any of ``leads`` between: "12 months of free access")
    and in the 25 characters before it, in its clause ("Zugang für 12 Monate")."""
    return (re.compile(rf"(?i)^(?:['’]s?)?\s*(?:(?:{leads})\s+)*(?:{words})(?!\w)"),
            re.compile(rf"(?i)(?<!\w)(?:{words})(?!\w)[^.;!?\n,\d]{{0,25}}$"))


_ACCESS_AFTER, _ACCESS_BEFORE = _words_by_a_figure(_ACCESS_WORDS, "of|de|di|d'|free|full|unlimited|online|kostenlose[rn]?")
# ... or, for months and years, further before it, where what is accessed is named before "for" ("Access to the
# course materials for 12 months", "Zugriff auf die Lernplattform für 12 Monate": 207 hours had been read from such a
# line; "access to live sessions and mentoring for 6 weeks" is the course's length)
_ACCESS_FOR_BEFORE = re.compile(rf"(?i)(?<!\w)(?:{_ACCESS_WORDS})(?!\w)[^.;!?\n,\d]{{0,50}}(?<!\w)"
                                r"(?:for|für|pendant|durante|per|przez|gedurende|för|i|po dobu|на|за|timp de)\s+$")
# a renewal or a membership the fee includes ("Recertification after 36 months", "12 months of membership")
_RENEWAL_WORDS = (r"re-?certif\w*|rezertifizier\w*|renewal|renouvellement|membership|mitgliedschaft|subscription|abonnement|"
                  r"abbonamento|suscripci[oó]n|lidmaatschap|członkostw\w*|členstv\w*")
_RENEWAL_AFTER, _RENEWAL_BEFORE = _words_by_a_figure(_RENEWAL_WORDS, "of|de|di|d'|free|full")
_OF_PURCHASE_AFTER = re.compile(r"(?i)^\s*(?:of|after|from|nach|après|después de|dall'|dopo|na|od|após|efter|från)\s+(?:the\s+|dem\s+|l'|la\s+)?"
                                r"(?:purchase|enrol\w*|registration|kauf|buchung|achat|inscription|compra|acquisto|aankoop|zakupu|köpet)")


# years that are not the course's: experience asked for or an age ("2 years of experience", "2 Jahre
# Berufserfahrung", "ab 3 Jahren", "niños de 3 años"); with at most two words between ("2 years relevant
# experience")
_YEARS_NOT_COURSE_AFTER = re.compile(
    r"(?i)^\W{0,3}(?:[^\W\d]+\s+){0,2}?(?:of\s+|d['’]\s*|de\s+|di\s+)?(?:experience|old|of age|aged?|\w*erfahrung\w*|"
    r"\w*ervaring|oud|expérience|âge|experiencia|edad|esperienza|età|doświadcz\w*|praxe|praxi|zkušen\w*|skúsen\w*|"
    r"tapasztalat\w*|korú\w*|kortól|\w*kokemus\w*|erfaring\w*|erfarenhet\w*|kogemu\w*|iskust\w*|опит\w*|досвід\w*|"
    r"опыт\w*|experienț\w*|vârst\w*|εμπειρί\w*|ηλικί\w*|patirt\w*|pieredz\w*|deneyim\w*|tecrübe\w*|taithí|"
    r"esperjenza|reynsl\w*|experiència|edat|idade|experiência)(?!\w)")
_YEARS_NOT_COURSE_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:aged?|ages|age of|from|over|under|ab|über|unter|vanaf|à partir de|dès|a partir de|desde|mayores de|"
    r"dai|od|powyżej|от|children|kinder|kids|enfants|niños|bambini|dzieci|crianças)\s*(?:\d+\s*[-–]\s*)?$")


# a time within which a certificate is sent or issued ("Das Zertifikat erhalten Sie innerhalb von 4 Wochen",
# "A tanúsítványt 10 napon belül postázzuk", "Attestato rilasciato entro 30 giorni"): a word for "within"
# before the figure (or after it, where a language puts it there), and a certificate's word in its sentence
_WITHIN_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:within|innerhalb(?:\s+von)?|binnen|entro|dans un délai de|sous|en un plazo de|en el plazo de|"
    r"dentro de|no prazo de|w ciągu|w terminie|u roku od|v roku|v lehote|v termínu|do|během|inom|innen|inden for|în termen de|"
    r"в течение|в рамките на|εντός|протягом)\s*$")
# the plain "in" of the languages that say "we reply in 24 hours" ("Respondemos em 24 horas", "Atsakome per 24
# valandas"): a "within" before a reply only, since "per 5 settimane" before an exam's word is a length and "în 40 de
# ore, cu plata în rate" a course's
_IN_BEFORE = re.compile(r"(?i)(?<!\w)(?:en|em|în|per)\s*$")
_WITHIN_AFTER = re.compile(r"(?i)\s*(?:belül|sisällä|kuluessa|jooksul|içinde|laikā)(?!\w)")  # matched at the figure's end
_CERTIFICATE_WORD = re.compile(
    r"(?i)certif|certyf|zertifikat|attest|diplom|uvjeren|uveren|tanúsítv|zaświadcz|osvědč|osvedč|intyg|bevis|todistu|"
    r"tunnistus|tõend|apliecīb|pažymėjim|сертифик|удостовер|свидетел|πιστοποι|βεβαίω|sertifika|adeverin|kursbevis")
# or an exam's date ("Egzamin w ciągu 7 dni od zakończenia kursu")
_EXAM_WORD = re.compile(rf"(?i)(?<!\w){EXAM_WORDS}(?!\w)")
# or a term of a sale or a service: a payment, an invoice, a reply ("Payment is due by invoice within 14 days",
# "Zahlbar innerhalb von 14 Tagen nach Rechnungserhalt", "Płatność w terminie 14 dni", "We reply within 24 hours")
_REPLY_WORD = re.compile(
    r"(?i)(?<!\w)(?:repl(?:y|ies)|respond|response|enquir\w*|inquir\w*|results?|melden|ergebnis\w*|"
    r"résultats?|resultados?|risultati|resultaten|wyniki|výsledk\w*|eredmény\w*|antwort\w*|beantwort\w*|réponse|répond\w*|"
    r"respuesta|respond\w*|rispost\w*|rispond\w*|antwoord|reactie|odpowi\w*|odpov\w*|válasz\w*|svar\w*|vastaa\w*|"
    r"vastau\w*|vastame|vastus\w*|răspun\w*|απαντ\w*|отговор\w*|отговар\w*|odgovor\w*|odgovar\w*|atsaky\w*|atsak\w*|"
    r"atbild\w*|yanıt\w*|cevap\w*|відповід\w*|отвеч\w*|ответ\w*)(?!\w)")
# the time a way takes ("a 5 minute walk from the station", "10 Gehminuten vom Bahnhof", "à 5 minutes à pied",
# "2 hours from Vienna by train"): a way's word right after the figure, in its clause
_WAY_AFTER = re.compile(
    r"(?i)^[^.;!?\n\d]{0,25}?(?<!\w)(?:walk\w*|drive|driving|by (?:car|train|bus|tram|metro)|on foot|from the (?:station|airport|"
    r"motorway|city cent\w+)|zu fuß|fußweg\w*|fußläufig|gehminuten|fahrminuten|autominuten|vom (?:bahnhof|flughafen|zentrum)|"
    r"von der autobahn|à pied|en voiture|en train|de la gare|de l'aéroport|a pie|en coche|caminando|andando|de la estación|"
    r"a piedi|in auto|in treno|dalla stazione|lopen|loopafstand|rijden|van het station|pieszo|samochodem|od dworca|pěšky|"
    r"autem|od nádraží|gyalog\w*|autóval|till fots|promenad|från stationen|gåavstånd|gangavstand|til fods|fra stationen|"
    r"kävel\w*|autolla|asemalta|pe jos|cu mașina|de la gară|με τα πόδια|пеша|пешком|pješice|peške|peš|pėsčiomis|kājām|"
    r"jalgsi|yürüme\w*)(?!\w)")

# a term of payment named before its days ("Zahlungsziel: 14 Tage netto", "Payment terms: 30 days net", "Pago a 30
# días", "Splatnost faktury je 14 dní", "Fizetési határidő: 8 nap"): a payment's word up to 30 characters before
# the figure, in its clause and with no other figure between ("3 days, €450 payable on booking" keeps its days)
_PAYMENT_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:payments?|payment terms|invoices?|zahlung\w*|rechnung\w*|paiement|facture|pago|factura|pagamento|"
    r"fattura|betaling\w*|factuur|płatnoś\w*|faktur\w*|faktúr\w*|splatn\w*|platb\w*|fizetési|számla\w*|betalning\w*|"
    r"maksuehto\w*|maksuaika|lasku\w*|plat[ăa]|plăți|πληρωμ\w*|плащане\w*|plaćanj\w*|plačil\w*|mokėjim\w*|apmaksa\w*|"
    r"maksetähtaeg|ödeme\w*|vade"
    # or a verb of paying ("Pay in 12 monthly instalments", "Betala på 3 månader"; a probe of 2026-12-04 read these
    # months as the course's length)
    r"|(?:pay|pagar|payer|zahlen|pagare|betalen|betala|betal|betale)(?!\w))[^.;!?\n\d]{0,30}$")
# months of a fee spread without interest ("Financiación en 12 meses sin intereses", "3 månader räntefritt")
_INTEREST_FREE_AFTER = re.compile(
    r"(?i)^\s*(?:\w+\s+){0,2}?(?:sin intereses|sem juros|senza interessi|sans frais|zinsfrei|ohne zinsen|räntefri\w*|"
    r"rentefri\w*|interest[- ]free|bez odsetek|bezúročn\w*|kamatmentes\w*|fără dobândă|άτοκ\w*)")
# a break ("Lunch break: 1 hour", "Mittagspause 1 Stunde", "including 1 hour lunch break each day", "Pause
# déjeuner d'une heure", "Descanso de 30 minutos")
_BREAK_WORDS = (r"(?:lunch\s+|coffee\s+|tea\s+)?breaks?|(?!meno)\w*(?:pause[n]?|pauze|paus|pausa|pauză|pauza)|descanso|intervalo|"
                r"przerw\w*|přestávk\w*|prestávk\w*|\w*szünet\w*|\w*tauko\w*|διάλειμμα|почивк\w*|stank\w*|odmor\w*|"
                r"pertrauk\w*|pārtraukum\w*|mola")
# the break's word, one word of its own ("Pause déjeuner", "Pausa pranzo") or a meal after a preposition ("Přestávka
# na oběd", "Pauză de prânz", "Intervalo para almoço"), then "of" / "de" / "di" at most
_BREAK_BEFORE = re.compile(rf"(?i)(?<!\w)(?:{_BREAK_WORDS})(?!\w)(?:\s+(?:na|para|de|di|for|för|til|zum|à|a)\s+\w+|\s+\w+)?"
                           rf"\s*[:(]?\s*(?:of|de|di|von|van|d['’]\w*)?\s*$")
_BREAK_AFTER = re.compile(rf"(?i)^\s*(?:{_BREAK_WORDS})(?!\w)")
# a parking time ("parking for 2 hours is free", "Parken bis zu 3 Stunden kostenlos")
_PARKING_BEFORE = re.compile(r"(?i)(?<!\w)(?:parking|parken|parkplatz\w*|stationnement|aparcamiento|estacionamiento|parcheggio|"
                             r"parkeren|parkowanie|parkování|parkolás|parkering|pysäköinti|parcare)\b[^.;!?\n\d]{0,15}$")

# a time that is the page's, not the course's: how long ago it was posted ("Posted 2 weeks ago", "vor 3 Tagen",
# "il y a 3 jours", "3 giorni fa"), how long it takes to read ("Reading time: 5 minutes", "5 min read"), how
# long an offer or the booking lasts ("Sale ends in 2 days", "Only 3 days left to register", "Nur noch 3 Tage
# buchbar"), a count over a past time ("12,000 learners in the last 12 months")
_PAGE_TIME_AFTER = re.compile(
    r"(?i)^\W{0,2}(?:ago|back|fa|geleden|temu|sitten|sedan|siden|tagasi|önce|napja|left|remaining|to go|"
    r"(?:left\s+)?to (?:register|book|enrol\w*|sign up|apply)|buchbar|übrig|verbleibend\w*|restants?|pour (?:s['’]inscrire|réserver)|"
    r"para (?:inscribirte|inscribirse|reservar)|rimast[ei]|rimanenti|per iscriver\w*|read|lesezeit|de lecture|"
    r"de lectura|di lettura|leestijd)(?!\w)")
_PAGE_TIME_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:(?:updated|posted|published|added|aktualisiert|veröffentlicht|publié|publicado|pubblicato|"
    r"geplaatst|opublikowano)(?:\s+\w+)?|vor|il y a|hace|před|pred|prije|acum|πριν από|преди|"
    r"reading time|read time|time to read|lesezeit|lesedauer|temps de lecture|tiempo de lectura|tempo di lettura|"
    r"leestijd|czas czytania|(?:sale|offer|discount|registration|booking|enrol\w*) (?:ends|closes|expires) in|"
    r"ends in|closes in|expires in|endet in|nur noch|plus que|il ne reste que|"
    r"(?:in|over|during) the (?:last|past)|in den (?:letzten|vergangenen)|au cours des(?: derniers)?|dans les derniers|"
    r"en los últimos|negli ultimi|in de afgelopen|w ciągu ostatnich|za posledních|az elmúlt|under de senaste|"
    r"i de seneste|de siste|viimeisten|viimeisen|în ultimele)\s*[:\-]?\s*$")
# German "vor" before a figure is "ago" only with a dative plural after it ("vor 3 Tagen", not "vor 3 Tage")
_VOR_AGO = re.compile(r"(?i)(?<!\w)vor\s*$")
_DATIVE_PLURAL = re.compile(r"(?i)(?:tagen|wochen|monaten|jahren|stunden|minuten)$")


def _page_time(before: str, after: str, m: Mention) -> bool:
    """Whether the figure is a time of the page (see ``_PAGE_TIME_AFTER``)."""
    if _PAGE_TIME_AFTER.match(after):
        return True
    if not _PAGE_TIME_BEFORE.search(before):
        return False
    return not _VOR_AGO.search(before) or bool(_DATIVE_PLURAL.search(m.text))


def _within(text: str, m: Mention, *words: re.Pattern, plain_in: bool = False) -> bool:
    """Whether a word for "within" stands by the figure (``_WITHIN_BEFORE``; with ``plain_in``, ``_IN_BEFORE`` too)
    and its clause holds one of ``words``."""
    if not (_WITHIN_BEFORE.search(text, max(0, m.start - 25), m.start) or _WITHIN_AFTER.match(text, m.end)
            or (plain_in and _IN_BEFORE.search(text, max(0, m.start - 5), m.start))):
        return False
    lo = max(text.rfind(ch, 0, m.start) for ch in ".!?\n") + 1
    hi = min((i for i in (text.find(ch, m.end) for ch in ".!?\n") if i >= 0), default=len(text))
    return any(rx.search(text, lo, hi) for rx in words)


def _page_term(text: str, m: Mention) -> bool:
    """Whether the figure is one of the page's terms or furniture (2026-12-03), not the course's: a payment or a
    reply within a time, a term of payment before its days, the page's own times, the way to the venue, parking,
    a break, a renewal or membership, credits required for entry. ``gloss.without_stated_facts`` cuts these from
    the embedded text as it cuts the workload (``stated_figure_spans``)."""
    before, after = text[max(0, m.start - 40): m.start], text[m.end: m.end + 40]
    if m.kind in ("hour", "day", "week", "month") and (_within(text, m, PAYMENT_WORD, _REPLY_WORD)
                                                       or _within(text, m, _REPLY_WORD, plain_in=True)
                                                       or _PAYMENT_BEFORE.search(before)
                                                       or (m.kind == "month" and _INTEREST_FREE_AFTER.match(after))):
        return True
    if m.kind in ("minute", "hour", "day", "week", "month", "year") and _page_time(before, after, m):
        return True
    if m.kind in ("minute", "hour") and (_WAY_AFTER.match(after) or _PARKING_BEFORE.search(before)
                                         or _BREAK_BEFORE.search(before) or _BREAK_AFTER.match(after)):
        return True
    if m.kind in ("day", "week", "month", "year") and (_RENEWAL_AFTER.match(after) or _RENEWAL_BEFORE.search(before)):
        return True
    return m.kind.startswith("credit") and bool(_PREREQUISITE_BEFORE.search(text, max(0, m.start - 90), m.start))


def _degree_credits(text: str, m: Mention) -> bool:
    return bool(_DEGREE_AFTER.match(text[m.end:m.end + 50]) or _DEGREE_BEFORE.search(text, max(0, m.start - 40), m.start))


def _not_the_course(text: str, m: Mention) -> bool:
    return _page_term(text, m) or _another_things_time(text, m)


# round-the-clock care or service, not a length: 24 hours joined to the care or service it names ("häusliche
# 24-Stunden-Betreuung", "24h-Pflege", "24-hour care", "badante 24 ore su 24", "24 hours a day")
_ROUND_THE_CLOCK_AFTER = re.compile(
    r"(?i)\s?-?\s?(?:betreuung|pflege|dienst|service|bereitschaft|notdienst|care|support|helpline|nursing|assistenza|"
    r"assistance|soins|cuidados?|zorg|opiek\w*|péče|starostlivos\w*|gondoz\w*|îngrijire|(?:su|/)\s?24|/\s?7|"
    r"a day|per day|am tag|pro tag|par jour|al giorno|al día|na dobę|denně|naponta|pe zi)(?!\w)")


def _another_things_time(text: str, m: Mention) -> bool:
    """Whether the figure is the time of something else the course page names: a certificate's delivery, a
    deadline, an exam's or a lecture's length, an access period, years of experience or age, CPD credits, care
    round the clock."""
    before, after = text[max(0, m.start - 40): m.start], text[m.end: m.end + 40]
    # a certificate's delivery or an exam's date ("emailed within 48 hours", "Egzamin w ciągu 7 dni od zakończenia")
    if m.kind in ("hour", "day", "week", "month") and _within(text, m, _CERTIFICATE_WORD, _EXAM_WORD):
        return True
    if m.kind in ("hour", "day", "week", "month") and (_DEADLINE_AFTER.match(after) or _DEADLINE_BEFORE.search(before)):
        return True
    if m.kind == "hour" and m.lo == m.hi == 24 and _ROUND_THE_CLOCK_AFTER.match(after):
        return True
    if m.kind in ("hour", "minute"):
        return bool(_EXAM_TIME_BEFORE.search(before) or _EXAM_TIME_AFTER.match(after) or _LECTURE_BEFORE.search(before))
    if m.kind in ("day", "week", "month", "year"):
        if m.kind == "year" and (m.hi > MAX_COURSE_YEARS or _YEARS_NOT_COURSE_AFTER.match(after)
                                 or _YEARS_NOT_COURSE_BEFORE.search(before)):
            return True
        return bool(_ACCESS_AFTER.match(after) or _OF_PURCHASE_AFTER.match(after) or _ACCESS_BEFORE.search(before)
                    or (m.kind in ("month", "year") and _ACCESS_FOR_BEFORE.search(text, max(0, m.start - 80), m.start)))
    if m.kind == "credit":
        return bool(_CPD_CREDITS_AFTER.match(after) or re.search(r"(?i)\b(?:ecm|cme)[\s-]*$", before))
    return False


def _bare_credit(m: Mention) -> bool:
    """A credit figure that does not name ECTS ("20 credits"): its unit is read from the context."""
    return m.kind == "credit" and not _ECTS_WORD.search(m.text)


# the languages whose bare credits may be UK or Irish FET credits of ten hours (and a listing whose language is not
# known); elsewhere bare credits are ECTS ("2 kredity, 24 hodin výuky" is 2 ECTS taught in 24 hours)
_TEN_HOUR_CREDIT_LANGUAGES = (None, "en", "ga", "cy")


def _credits_of_ten_hours(mentions: list[Mention]) -> None:
    """Bare credits stated beside a total of about ten hours each ("20 credits, 200 hours of learning")
    are UK or Irish FET credits, not ECTS (25-30 h each): they become ``credit_uk``."""
    bare = [m for m in mentions if _bare_credit(m)]
    # a whole figure, not contact hours or a part "of which" ("3 EAP, 78 tundi, sellest 24 kontakttundi")
    hours = [m for m in mentions if m.kind == "hour" and not (m.per_week or m.per_day or m.per_session or m.contact
                                                              or m.within)]
    for c in bare:
        if any(abs(h.mid * h.factor - 10 * c.mid) <= 0.2 * 10 * c.mid for h in hours):
            c.kind = "credit_uk"


# a label and a bare number, as a page's table of facts reads when flattened into text ("ECTS: 5", "Stunden: 40",
# "Crédits ECTS : 3 | Horas: 60"): at a line's start or after a separator, the number ending its item
# (a label starts a line, a field of a "|" list, or a sentence: "Online. Počet hodin: 16."; its number ends the
# field or the sentence, but not before a small letter: "Godziny: 3. tydzień" is an ordinal)
_LABEL_NUMBER = re.compile(r"(?m)(?:^|(?<=[|;·•])|(?<=[.!?] ))[ \t]*(?P<label>[^\W\d](?:[^\d:\n|;·•.!?]|[.!?](?=\S)){0,40}?)[ \t]*:[ \t]*"
                           r"(?P<num>\d+(?:[.,]\d+)?(?:[ \t]*(?:-|–|to)[ \t]*\d+(?:[.,]\d+)?)?)[ \t]*"
                           r"(?=$|[|;·•,]|\.(?:\s|$))")
_AFTER_FULL_STOP = re.compile(r"\.[ \t]+([^\W\d_])")


def _labelled_numbers(name: str, text: str, lang: str | None) -> list[Mention]:
    """A bare number after a label whose words name its unit, as a harvested field's name does ("ECTS: 5",
    "Stunden: 40", "Nombre d'heures : 35", "Stunden pro Woche: 4"): read as the number with that unit, the
    label before it ("Contact hours: 20", "Total hours: 75" keep what their words say)."""
    out = []
    for lm in _LABEL_NUMBER.finditer(text):
        label = lm.group("label")
        after = _AFTER_FULL_STOP.match(text, lm.end())
        if after and after.group(1).islower():  # "Godziny: 3. tydzień": an ordinal
            continue
        unit = field_unit_word(label)
        if unit is None:
            continue
        num = lm.group("num")
        scan = f"{label} {num} {unit}"
        for m in find_mentions(name, scan, lang):
            # the label is the figure's context: "Zugang (Tage): 365" is an access period, not the course's days
            if m.start < len(label) + 1 or _not_the_course(scan, m):
                continue
            m.start, m.end = lm.start("num"), lm.end("num")
            m.text = num
            if _WEEKLY_FIELD.search(label) and m.kind in ("hour", "minute", "lesson") and not m.per_day:
                m.per_week = True
            out.append(m)
    return out


def _schedule_repeats(name: str, segments: list[tuple[str, str]]) -> float | None:
    """How many times a schema.org Schedule repeats the duration that ``name`` holds ("courseSchedule.duration":
    "PT3H" beside "courseSchedule.repeatCount": "6"); None where it is no such field."""
    head, _, last = name.rpartition(".")
    if last != "duration" or not head:
        return None
    count = next((t.strip() for f, t in segments if f == f"{head}.repeatCount"), None)
    return float(count) if count and count.isdigit() and 2 <= int(count) <= 400 else None


def extract_workload(segments: list[tuple[str, str]], lang: str | None = None) -> dict:
    """Workload part of the record from the listing's (field, text) segments."""
    return _workload(segments, lang)


def stated_figure_spans(text: str, lang: str | None) -> list[tuple[int, int]]:
    """Where ``text`` (read as a description) states the workload the rules read in it (its evidence), the times
    and credits of the page's terms and furniture the rules set aside (``_page_term``: "Payment terms: 30 days
    net", "Lunch break: 1 hour") and the credits of a degree the course belongs to ("part of the 60 ECTS MSc").
    ``gloss.without_stated_facts`` cuts them from the embedded text; one reading of the text serves both."""
    aside: list[tuple[int, int]] = []
    out = _workload([("description", text)], lang, aside)
    return [(e["start"], e["end"]) for e in out["evidence"]] + aside


def _workload(segments: list[tuple[str, str]], lang: str | None, aside: list | None = None) -> dict:
    """``extract_workload``; with ``aside``, the spans of a field read as it is that ``stated_figure_spans`` adds
    to the evidence are appended to it."""
    segments = rule_segments(segments)  # other courses the page links to are not this one
    # a copy of text said before says its figures once ("Duration: 8 hours" twice in a page kept twice is no two parts)
    copies = copied_spans([t for _, t in segments])
    mentions: list[Mention] = []
    for (name, text), copied in zip(segments, copies):
        unit = field_unit_word(name) if BARE_NUMBER.fullmatch(text) else None
        iso = None if unit else iso_duration_words(text)
        # "horas": "60", "duration_hours": 12, "ects": 5: the field's name gives the bare number its unit
        scan = f"{text.rstrip()} {unit}" if unit else iso or text
        found = []
        for m in find_mentions(name, scan, lang):
            term = _page_term(scan, m)
            if (aside is not None and not unit and not iso
                    and (term or (m.kind.startswith("credit") and _degree_credits(scan, m)))):
                aside.append((m.start, m.end))
            if not term and not _another_things_time(scan, m):
                found.append(m)
        for m in found:
            if m.kind.startswith("credit") and _degree_credits(scan, m):
                m.programme = name.lower() not in TITLE_KEYS
        found = _course_years(found, scan, lang)
        if not unit and not iso:
            found += _labelled_numbers(name, text, lang)
        for m in found if unit else ():  # evidence stays inside the field's own text
            m.end = min(m.end, len(text.rstrip()))
            m.text = text[m.start:m.end]
        if copied and not unit and not iso:
            found = [m for m in found if not any(a <= m.start < b for a, b in copied)]
        for m in found if iso else ():  # "PT60H" read as "60 hours": the evidence is the whole value
            m.start, m.end = value_span(text)
            m.text = text[m.start:m.end]
        repeats = _schedule_repeats(name, segments) if iso else None
        for m in found if repeats else ():  # a schema.org Schedule: each session's duration, repeatCount times
            if m.kind in ("hour", "minute") and m.factor == 1.0:
                m.factor, m.factor_note = repeats, f"{repeats:g} sessions of the duration given (repeatCount)"
        if _WEEKLY_FIELD.search(name):
            # a harvested field that holds a weekly figure ("weekly_study": "3 hours", "hours_per_week": "4")
            for m in found:
                if m.kind in ("hour", "minute", "lesson") and not m.per_day:
                    m.per_week = True
        mentions += found
    all_text = " ".join(t for _, t in segments)
    if (any(m.kind == "credit" for m in mentions) and _UK_CREDIT_CONTEXT.search(all_text)
            and not (_IRISH_HE_LEVEL.search(all_text) and not _UK_ONLY.search(all_text))):
        # UK and Irish FET credits are 10 notional hours: two make one ECTS
        for m in mentions:
            if _bare_credit(m):
                m.kind = "credit_uk"
    if lang in _TEN_HOUR_CREDIT_LANGUAGES:
        _credits_of_ten_hours(mentions)
    if not mentions or all(m.kind == "session" for m in mentions):
        c = compiled(lang)
        ranges = _clock_ranges(segments, c)
        dated = _dated_clock_range(segments, ranges, c) or _day_schedule(ranges, c)
        # a count of sessions as many as the dates listed says the same ("Three evening sessions: 3, 10 and 17
        # March 2026, 6-9pm")
        if dated is not None and all(m.lo == m.hi == dated.factor for m in mentions):
            mentions = [dated]
    hours, ects = combine(mentions)
    out = {"hours": None, "hours_min": None, "hours_max": None, "ects": None, "band": "unknown",
           "source": "none", "evidence": [], "assumptions": [], "confidence": 0.0}
    if hours is not None:
        ev, seen = [], set()
        for m in hours.used:
            key = (m.field, m.start)
            if key not in seen:
                seen.add(key)
                ev.append(m.evidence())
        out.update(hours=_round(hours.mid), hours_min=_round(hours.lo), hours_max=_round(hours.hi),
                   band=band_for_hours(hours.mid), source="stated", evidence=ev,
                   assumptions=list(dict.fromkeys(hours.assumptions)), confidence=hours.confidence)
        if ects is not None:
            elo, ehi, _ = ects
            out["ects"] = _round((elo + ehi) / 2)
        return out
    # Not stated: a calendar duration alone gives a predicted workload.
    half_time = bool(_HALF_TIME and _HALF_TIME.search(all_text))
    full_time = half_time or bool(_FULL_TIME and _FULL_TIME.search(all_text))
    # years alone only with full time ("2 jaar voltijd"): "Duur: 2 jaar" says nothing of the hours a week
    cal = [m for m in mentions if m.kind in ("week", "month") and not m.per_week] or (
        [m for m in mentions if m.kind == "year"] if full_time else [])
    if cal:
        # the longest in weeks ("6 Monate" before "8 Wochen"), of the course's own lengths
        m = max(_course_lengths(cal), key=lambda x: x.hi * _WEEKS_IN[x.kind][0])
        f, note = _WEEKS_IN[m.kind]
        weeks_lo, weeks_hi = m.lo * f, m.hi * f
        if full_time:
            per, conf, src = FULL_TIME_WEEK * (0.5 if half_time else 1.0), 0.7, "stated"
            assumption = f"full-time week = {FULL_TIME_WEEK:g} h" + (", half time half of it" if half_time else "")
        else:
            per, conf, src = PREDICTED_HOURS_PER_WEEK, 0.35, "predicted"
            assumption = f"no weekly hours stated: {PREDICTED_HOURS_PER_WEEK:g} h per week assumed"
        lo, hi = weeks_lo * per, weeks_hi * per
        mid = (lo + hi) / 2
        out.update(hours=_round(mid), hours_min=_round(lo), hours_max=_round(hi), band=band_for_hours(mid),
                   source=src, evidence=[m.evidence()], assumptions=[assumption] + ([note] if note else []),
                   confidence=conf)
    return out
