"""Compile the language lexicons (configs/lexicons/*.toml) into regular expressions.

Every language's unit forms are active for every listing (a German unit in an English page still
counts); short ambiguous forms (``local_units``) and number words are active only for the listing's
own language and English.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..fastre import FastPattern, alternation as _alt, lower
from ..taxonomy import lexicon, lexicon_languages

UNIT_KINDS = ("lesson", "hour", "minute", "half_day", "day", "weekend", "week", "month", "year", "credit", "credit_uk", "credit_lv", "credit_vet",
              "credit_yh", "session")
WORD_BOUNDARY_LEFT = r"(?<![\w])"
WORD_BOUNDARY_RIGHT = r"(?!\w)"
# the words of an exam or a test, in the lexicons' languages (a regular expression's alternation): an "online" by
# them is how the course is assessed; a time "within" their clause is the exam's date, not the course's length
EXAM_WORDS = (r"(?:exam\w*|tests?|assessment|quiz\w*|prüfung\w*|klausur\w*|examen|évaluation|egzamin\w*|zkoušk\w*|"
              r"skúšk\w*|vizsg\w*|esame|prova|tentamen|tentti\w*|eksam\w*|prøve|prov|ispit\w*|izpit\w*|εξέτασ\w*|"
              r"изпит\w*|sınav\w*|teszt)")
# the words of a payment, an invoice or a way to pay, in the lexicons' languages: a duration or an "online" in
# their sentence is a term of sale ("Payment is due by invoice within 14 days", "platební kartou online")
PAYMENT_WORD = re.compile(
    r"(?i)(?<!\w)(?:payments?|pay|payable|paid|invoice\w*|refund\w*|credit cards?|bank transfer|paypal|zahl\w*|bezahl\w*|"
    r"rechnung\w*|kreditkarte\w*|überweisung|lastschrift|paiement|payer|facture|factur[ée]\w*|carte bancaire|virement|"
    r"pago|pagar|abon\w*|factura|tarjeta|transferencia|pagamento|pagare|fattura|carta di credito|bonifico|betaling|betalen|"
    r"betaal\w*|factuur|creditcard|płatnoś\w*|płatn\w*|platebn\w*|platobn\w*|zapłat\w*|faktur\w*|przelew\w*|platb\w*|zaplat\w*|"
    r"převod\w*|fizet\w*|számla\w*|bankkártyá\w*|átutalás\w*|betal\w*|swish|maksu\w*|maksettava|lasku\w*|verkkopankki|"
    r"plat[ăa]\w*|plăt\w*|cardul|πληρωμ\w*|τιμολόγ\w*|πιστωτική κάρτα|плащан\w*|плаща\w*|фактур\w*|оплат\w*|плаћањ\w*|"
    r"plaćanj\w*|plaćen\w*|uplatnic\w*|plačil\w*|plačan\w*|mokėj\w*|apmok\w*|sąskait\w*|pavedim\w*|maksā\w*|apmaks\w*|"
    r"rēķin\w*|pārskaitījum\w*|makse\w*|tasu\w*|arve\w*|ödeme\w*|fatura\w*|kredi kartı|havale)(?!\w)")
# one word that describes sessions, before or after their noun ("Saturday", "víkendová", "serali")
_SESSION_WORD = r"[^\W\d]{3,15}\s+"
_SESSION_ADJECTIVE = rf"(?:{_SESSION_WORD})?"


def _langs_for(lang: str | None) -> list[str]:
    langs = ["en"]
    if lang and lang != "en" and lang in lexicon_languages():
        langs.append(lang)
    return langs


@dataclass
class Compiled:
    quantity: re.Pattern
    half_day: re.Pattern
    full_day: re.Pattern | None  # one full day named without a number ("Heldag", "Tagesseminar", "full-day workshop")
    per_week_after: re.Pattern
    per_week_before: re.Pattern
    per_day_after: re.Pattern
    per_day_before: re.Pattern
    total: re.Pattern
    contact: re.Pattern
    self_study: re.Pattern
    part: re.Pattern | None
    distance: re.Pattern | None  # a phase at a distance ("20 Stunden E-Learning", "8 ore online asincron")
    of_which: re.Pattern  # "davon", "of which": the next figure is part of the one before
    juxtaposed: bool  # the listing's language sets a count and each one's hours side by side ("8 kertaa 3 tuntia")
    times_end: re.Pattern | None  # a count's word for times at its end ("2 gange"): hours just after are each time's
    per_unit_gap: re.Pattern  # the text between "3 Tage" / "4 sessions" and the hours of each ("à", "po", "of")
    count_per_unit: re.Pattern  # a count of sessions or days and "à", "po", "de" at the end of a text ("10 séances de")
    count_comma: re.Pattern  # a count of sessions and a comma at the end of a text ("10 séances, ")
    each_after: re.Pattern | None  # "... 2 hours each"
    and_half_after: re.Pattern | None  # " e mezza" after "2 ore": half a unit more
    unit_and_half: re.Pattern | None  # "a day and a half", "día y medio": a unit without its number, and a half
    and_between: re.Pattern  # the text between "1 day" and "2 half days" when they add up ("+", "and", "und", "et")
    joiner: re.Pattern  # "+", "and", "plus", "sowie" as a word of their own: where one figure's label ends
    plus_between: re.Pattern  # the text between two figures of hours that add up ("20 ore in aula + 10 ore di stage")
    lasting_before: re.Pattern | None  # " süren " between "3 saat" and "6 oturum": hours that each session lasts
    lasting_unit: re.Pattern | None  # an hour unit that says "lasting" itself (Basque "orduko"): "3 orduko 8 saio"
    minutes_after: re.Pattern  # " 30 minutes", " und 30 Minuten" after "2 hours": minutes more
    hours_minutes: re.Pattern  # "3h30", "2 h 30 min", "5h 20m": hours and minutes written together
    duration_label: re.Pattern  # "Durée :", "Durata:" at the end of the text before a figure
    freq: re.Pattern | None  # "2x wöchentlich", "twice a week", "deux fois par semaine"
    # the week first ("heti kétszer", "haftada iki kez", "astean bi aldiz"): a count with its word for times,
    # or a number word that no unit follows ("astean bitan"); the count is group "n" or "w"
    freq_after_week: re.Pattern | None
    freq_month: re.Pattern | None  # "once a month", "2x im Monat", "une fois par mois", "raz w miesiącu": group "n"
    count_before: re.Pattern  # "Eight " before "90-minute sessions"
    per_session_after: re.Pattern | None  # " per module" after "3 hours": each session's hours
    session_after: re.Pattern | None  # " sessions" after "Eight 90-minute"
    weekday: re.Pattern | None  # a weekday's forms, every language's ("dienstags", "les mardis", "tiistaisin")
    weekday_count: re.Pattern | None  # a count of weekdays at the end of a text ("5 mardis ", "8 x mittwochs, ")
    weekday_spans: tuple  # the first and last day of a span of weekdays ("Mo-Fr", "du lundi au vendredi"), per language
    office_hours: re.Pattern  # words before clock times that make them a service's hours ("Hotline", "Öffnungszeiten")
    day_label: re.Pattern  # a numbered day just before its clock times ("Day 1 ", "Tag 2: ", "2. Tag: ", "Jour 1 -")
    weekday_before: re.Pattern | None  # a weekday just before clock times ("fredag 17-21", "samstags: 9-16")
    month_date: re.Pattern | None  # a day of a named month without a year ("24 de octubre", "12. März", "October 3")
    clock_before: re.Pattern  # a word that makes the clock range after it one ("von ", "dalle ", "kl. ")
    clock_after: re.Pattern  # a word after a range's second time that makes it a clock range (" Uhr")
    clock_label: re.Pattern  # a sentence or line that opens with the label of clock times ("Time: ", "Uhrzeit: ")
    clock_between: re.Pattern  # "between" just before a clock range ("between ", "zwischen ", "între orele ")
    clock_between_after: re.Pattern  # "between" just after one (" óra között", " välillä")
    clock_not_after: re.Pattern  # a word after a range that makes it something else (" ans", " Teilnehmer")
    per_month: re.Pattern  # "a month", "im Monat", "par mois": a frequency of months, not weeks
    numbers: dict
    duals: dict  # a unit word that is itself "two of" it (Maltese "sagħtejn", two hours) -> its unit kind
    dual: re.Pattern | None
    # the listing's own language's units, kind -> a pattern the whole unit word matches: a word that is a unit of one
    # kind there and of another in some other language is the own language's ("години": Bulgarian years, Ukrainian hours)
    own_units: dict
    compound_first: re.Pattern | None  # a compound unit's first part, every language's ("Präsenz" of "Präsenzstunden")


def _collect_list(key: str, langs) -> list[str]:
    """The languages' lists ``key`` (a lexicon's top-level list, such as ``half_day``), joined."""
    return [w for lg in langs for w in lexicon(lg).get(key, [])]


def _collect(key: str, sub: str, langs) -> list[str]:
    out = []
    for lg in langs:
        out += lexicon(lg).get(key, {}).get(sub, [])
    return out


# the unit kinds whose nouns a language may join to a first part ("Kurstage", "cursusavonden", "koulutusiltaa",
# "Präsenzstunden"); days and hours may also have a word describing them before their noun ("3 školicí dny",
# "40 mokymo valandų")
COMPOUND_KINDS = ("hour", "day", "half_day", "session")
_ADJECTIVE_KEYS = {"day": "unit_adjectives", "hour": "hour_adjectives"}  # the lexicon list of each kind's describing words


def _units(kind: str, langs, key: str = "units") -> list[str]:
    """The languages' unit forms of ``kind`` (lexicon table ``key``), each language's hour, day and session nouns with
    the first parts of compounds it may join to them (``unit_compounds``) and its days and hours with the words that
    may describe them before their noun (``unit_adjectives``, ``hour_adjectives``)."""
    out = []
    for lg in langs:
        lx = lexicon(lg)
        forms = lx.get(key, {}).get(kind, [])
        firsts = []
        if forms and kind in COMPOUND_KINDS and lx.get("unit_compounds"):
            firsts.append(rf"(?:{_alt(lx['unit_compounds'])})-?")
        adjectives = lx.get(_ADJECTIVE_KEYS[kind], []) if kind in _ADJECTIVE_KEYS else []
        if forms and adjectives:
            firsts.append(rf"(?:{_alt(adjectives)})\s+")
        out += [rf"(?:{'|'.join(firsts)})?(?:{_alt(forms)})"] if firsts else forms
    return out


def _weekday_span(lang: str) -> re.Pattern | None:
    """"Mo-Fr", "Montag bis Freitag", "du lundi au vendredi": groups ``a0``-``a6`` name the first day (Monday
    first, lexicon ``weekday_order``) and ``b0``-``b6`` the last; a dash or a word of ``weekday_to`` joins them."""
    lx = lexicon(lang)
    order = lx.get("weekday_order")
    if not order:
        return None
    first = "|".join(f"(?P<a{i}>{w})" for i, w in enumerate(order))
    last = "|".join(f"(?P<b{i}>{w})" for i, w in enumerate(order))
    to = r"\s*[-–—]\s*" + (rf"|\s+(?:{_alt(lx['weekday_to'])})\s+" if lx.get("weekday_to") else "")
    return re.compile(rf"{WORD_BOUNDARY_LEFT}(?:{first})\.?(?:{to})(?:{last})\.?{WORD_BOUNDARY_RIGHT}", re.IGNORECASE)


@functools.lru_cache(maxsize=64)
def compiled(lang: str | None) -> Compiled:
    all_langs = ["xx", *lexicon_languages()]
    own = _langs_for(lang)
    numbers: dict[str, float] = {}
    for lg in own:
        for w, v in lexicon(lg).get("numbers", {}).items():
            numbers.setdefault(w.lower(), float(v))
    duals = {w.lower(): k for lg in own for w, k in lexicon(lg).get("duals", {}).items()}
    range_words = set()
    for lg in ["xx", *own]:
        range_words.update(lexicon(lg).get("range", []))
    units = {}
    for kind in UNIT_KINDS:
        frs = _units(kind, all_langs) + _units(kind, own, "local_units")
        units[kind] = _alt(frs)
    num_words = _alt(re.escape(w) for w in numbers)
    # a suffix a language joins to a numeral before its noun (Maltese "18-il siegħa"), own language only
    suffixes = _alt(re.escape(w) for lg in own for w in lexicon(lg).get("number_suffix", []))
    # "1½", "½" (a vulgar fraction) as well as "1,5"
    # (joined by a hyphen, or by an apostrophe as Turkish joins its suffixes: "2'şer saat", two hours each)
    digit = r"(?:\d+(?:[.,]\d+)?½?|½)" + (f"(?:[-‑'’](?:{suffixes}))?" if suffixes else "")
    num = f"(?:{digit}|{num_words})" if num_words else digit
    sep_words = _alt(re.escape(w) if w.isalpha() else w for w in range_words if w.isalpha())
    sep_sym = r"\s*(?:-|–|—|\.\.)\s*"
    sep = f"(?:{sep_sym}|\\s+(?:{sep_words})\\s+)" if sep_words else sep_sym
    # a count of sessions may name what they are first ("Four Saturday workshops", "3 víkendová setkání"), in a word
    # of its own (not "mers" of "2-timers sessioner", after the Danish number word "ti")
    own_word = rf"(?:(?<![^\W\d]){_SESSION_WORD})?"
    unit_alt = "|".join(f"(?P<u_{k}>{own_word if k == 'session' else ''}(?:{units[k]}))" for k in UNIT_KINDS if units[k])
    mods = []
    for key in ("total", "contact", "self_study"):
        mods += _collect("markers", key, all_langs)
    # (and continuing professional development's: "15 CPD hours", "10 CE hours")
    mods += ["learning", "study", "guided", "academic", "lesson", "training", "online", "of", "cpd", "cpe", "ce", "pd"]
    # a half between a number and its unit, in the listing's language and English ("two and a half days",
    # "dva a půl dne", "två och en halv dag"): half a unit more
    halves = _alt(_collect_list("half_after_number", ["en", *own]))
    half_after = rf"(?:\s+(?P<half>{halves}))?" if halves else ""
    # a count of times before a length multiplies it ("2x8 Stunden", "3x4h", "2 mal 3 Stunden", "3 fois 2 heures",
    # "2 razy po 3 godziny", "kétszer 3 óra", "twice 3 hours"): the listing's own words for times, and for each
    # between ("po", "câte", "jeweils"); a number word joined to its word for times ("zweimal") is the two
    # (not a word for times that is a session's noun too, "6 incontri da 2 ore": a count of sessions, read as one)
    session_nouns = {w.lower() for w in _collect("units", "session", own)}
    times_words = _collect("per", "times", own)  # the listing's own words for times ("mal", "fois", "gange")
    own_times = _alt(w for w in times_words if w.lower() not in session_nouns)
    own_each = _alt(_collect("per", "unit", own) + _collect("per", "each", own))
    times_numbers = _alt(re.escape(w) for w in _collect("per", "times_number", own))
    times_after = rf"[x×]\s*|(?:{own_times})(?:\s+(?:{own_each}))?\s+" if own_times else r"[x×]\s*"
    mult = rf"(?P<mult>\d+|{num_words or '(?!)'})\s*[-‑]?\s*(?:{times_after})"
    if times_numbers:
        mult += rf"|(?P<multw>{times_numbers})\s+(?:(?:{own_each})\s+)?"
    quantity = FastPattern(
        rf"(?:{WORD_BOUNDARY_LEFT}(?:{mult})(?=\d)|{WORD_BOUNDARY_LEFT})"
        rf"(?P<a>{num}){half_after}(?:{sep}(?P<b>{num}))?"
        # (a number and its unit on one line: "Preis: 490" and a line "Stunden: ..." are no 490 hours)
        rf"(?:[^\S\n]*[-‑][^\S\n]*|[^\S\n]*)(?:(?P<mod>{_alt(mods)})(?:[^\S\n]|-)+)??(?:{unit_alt}){WORD_BOUNDARY_RIGHT}")
    half = FastPattern(rf"{WORD_BOUNDARY_LEFT}(?:{_alt(_collect_list('half_day', all_langs))}){WORD_BOUNDARY_RIGHT}")
    and_half = _collect_list("and_a_half", all_langs)
    and_minutes = _alt(_collect_list("and_minutes", all_langs))
    per_w = _alt(_collect("per", "week", all_langs))
    times = _alt(_collect("per", "times", all_langs))
    per_d = _alt(_collect("per", "day", all_langs))
    filler = r"(?:\s+[^\W\d]{1,15}){0,3}?"
    # another language's word for "each" that is a common word of the listing's own language is that word
    # ("2 dny prezenčně a 10 hodin": Czech "a" is "and", not the Swedish or German "a" for "à")
    own_function = {w.lower() for lg in own if lg != "en" for w in lexicon(lg).get("language_words", {}).get("function", [])}
    own_unit = {w.lower() for lg in own for w in _collect("per", "unit", [lg]) + _collect("per", "each", [lg])}
    per_unit = _alt(w for w in _collect("per", "unit", all_langs) + _collect("per", "each", all_langs)
                    if w.lower() not in own_function or w.lower() in own_unit)
    # one or two words of each ("à", "każde po", "chacune d'une durée de")
    each_words = rf"(?:{per_unit})(?:\s+(?:{per_unit}))?"
    # a count of sessions or days before their noun, a word describing them between ("10 séances", "6 incontri serali")
    count_of = rf"(?<![\w.,])(?:\d+|{num_words or '(?!)'})\s+{_SESSION_ADJECTIVE}"
    weekdays = _alt(_collect_list("weekdays", all_langs))
    per_m = _alt(_collect_list("per_month", ["xx"]))  # "a month" in every language
    # "once" in the listing's language and English ("once a week", "einmal pro Woche", "raz w tygodniu"): a frequency of 1
    once_words = _alt(_collect("per", "once", ["en", *own]))
    once_alt = f"|(?P<once>{once_words})" if once_words else ""
    # once a month: "once", a bare word for times (Maltese "darba fix-xahar") or the language's own word for once
    once_month = f"once|{times}" + (f"|{once_words}" if once_words else "")
    months = _alt(_collect_list("month_names", all_langs))
    and_words = _alt(_collect_list("and_minutes", all_langs) + _collect_list("and_also", all_langs))  # "und", "plus", "sowie"
    mk = lambda key: FastPattern(rf"{WORD_BOUNDARY_LEFT}(?:{_alt(_collect('markers', key, all_langs))}){WORD_BOUNDARY_RIGHT}")
    return Compiled(
        quantity=quantity,
        half_day=half,
        full_day=(FastPattern(rf"{WORD_BOUNDARY_LEFT}(?:{_alt(_collect_list('full_day', all_langs))}){WORD_BOUNDARY_RIGHT}")
                  if _collect_list("full_day", all_langs) else None),
        per_week_after=re.compile(rf"^{filler}\s*(?:{per_w}){WORD_BOUNDARY_RIGHT}", re.IGNORECASE),
        per_week_before=re.compile(rf"(?<!\w)(?:{per_w})(?:\s+[^\W\d]+){{0,2}}\s*:?\s*$", re.IGNORECASE),
        per_day_after=re.compile(rf"^{filler}\s*(?:{per_d}){WORD_BOUNDARY_RIGHT}", re.IGNORECASE),
        per_day_before=re.compile(rf"(?<!\w)(?:{per_d})(?:\s+[^\W\d]+){{0,2}}\s*:?\s*$", re.IGNORECASE),
        total=mk("total"),
        contact=mk("contact"),
        self_study=mk("self_study"),
        # a phase at a distance is a named part too ("14 h en présentiel, 7 h en distanciel")
        part=phrase_regex(_collect("markers", "part", all_langs) + _collect("markers", "distance", all_langs)),
        distance=phrase_regex(_collect("markers", "distance", all_langs)),
        of_which=mk("of_which"),
        juxtaposed=any(lexicon(lg).get("per", {}).get("juxtaposed", False) for lg in own),
        times_end=re.compile(rf"(?<!\w)(?:{_alt(times_words)})$", re.IGNORECASE) if times_words else None,
        # "4 Tage à 8 Stunden", "6 incontri serali di 2 ore" (a word describing the sessions may come between),
        # "6 kohtumist, igaüks 3 tundi" (each), "10 zajęć, każde po 1,5 godziny" (each, at)
        per_unit_gap=re.compile(rf"\s*{_SESSION_ADJECTIVE}[,(]?\s*{each_words}\s*", re.IGNORECASE),
        # "10 séances de 1h30": hours and minutes written as a clock time are each session's or day's
        # (two words of each may stand together: "10 zajęć, każde po 1h30", "10 séances, chacune d'une durée de 1h30")
        count_per_unit=re.compile(rf"{count_of}(?:{units['session']}|{units['day']})\s*{_SESSION_ADJECTIVE}[,(]?\s*{each_words}\s*$",
                                  re.IGNORECASE),
        count_comma=re.compile(rf"{count_of}(?:{units['session']})\s*,\s*$", re.IGNORECASE),
        each_after=(re.compile(rf"^\s*(?:{_alt(_collect('per', 'each', all_langs))}){WORD_BOUNDARY_RIGHT}", re.IGNORECASE)
                    if _collect("per", "each", all_langs) else None),
        and_half_after=re.compile(rf"\s+(?:{_alt(and_half)}){WORD_BOUNDARY_RIGHT}", re.IGNORECASE) if and_half else None,
        # the unit's kind is the name of the group that matched ("u_day")
        unit_and_half=(re.compile(rf"(?<![\w.,])(?:{'|'.join(f'(?P<u_{k}>{units[k]})' for k in ('day', 'hour', 'week', 'month'))})"
                                  rf"\s+(?:{_alt(and_half)})(?![\w-])", re.IGNORECASE) if and_half else None),
        and_between=re.compile(rf"\s*(?:\+|&|\s(?:{and_words}))\s*", re.IGNORECASE),
        joiner=re.compile(rf"\+|&|(?<!\w)(?:{and_words})(?!\w)", re.IGNORECASE),
        # a few words, then "+" or "plus", "sowie"... (never "and", which also joins a range), then a few more
        plus_between=re.compile(rf"[^\d.;:!?\n()]{{0,30}}(?:\+|(?<!\w)(?:{_alt(_collect_list('and_also', all_langs))})(?!\w))"
                                r"[^\d.;:!?\n()]{0,20}", re.IGNORECASE),
        lasting_before=(re.compile(rf"\s+(?:{_alt(_collect('per', 'lasting', own))})\s+", re.IGNORECASE)
                        if _collect("per", "lasting", own) else None),
        lasting_unit=(re.compile(rf"(?:{_alt(_collect('per', 'lasting_unit', own))})$", re.IGNORECASE)
                      if _collect("per", "lasting_unit", own) else None),
        # two digits without a unit only before the end of a phrase ("3 heures 30.")
        minutes_after=re.compile(rf"\s*(?:(?:{and_minutes})\s+)?(?:(?P<m>[0-5]?\d)\s*(?:{units['minute']}|m){WORD_BOUNDARY_RIGHT}"
                                 rf"|(?P<m2>[0-5]\d)(?=\s*(?:[,;)]|\.(?!\d)|$)))", re.IGNORECASE),
        hours_minutes=re.compile(rf"(?<![\w.,:])(?P<h>\d{{1,2}})\s*h\s*(?P<m>[0-5]\d)(?P<unit>\s*(?:{units['minute']}|m))?"
                                 rf"{WORD_BOUNDARY_RIGHT}", re.IGNORECASE),
        duration_label=re.compile(rf"{WORD_BOUNDARY_LEFT}(?:{_alt(_collect_list('duration_label', all_langs))})\s*:?\s*$",
                                  re.IGNORECASE),
        freq=FastPattern(rf"{WORD_BOUNDARY_LEFT}(?:(?P<n>{num})\s*[-‑]?\s*(?:[x×]|{times})?{once_alt})\s*"
                         rf"(?:{per_w}){WORD_BOUNDARY_RIGHT}") if per_w else None,
        freq_after_week=FastPattern(rf"{WORD_BOUNDARY_LEFT}(?:{per_w})\s+(?:(?P<n>{num})\s*[-‑]?\s*(?:[x×]|{times})"
                                    rf"|(?P<w>{num_words})(?!\s*[-‑]?\s*(?:{'|'.join(units[k] for k in UNIT_KINDS if units[k])})"
                                    rf"{WORD_BOUNDARY_RIGHT})){WORD_BOUNDARY_RIGHT}") if per_w and num_words else None,
        freq_month=FastPattern(rf"{WORD_BOUNDARY_LEFT}(?:(?P<n>{num})\s*[-‑]?\s*(?:[x×]|{times})?|(?P<once>{once_month}))\s*"
                               rf"(?:{per_m}){WORD_BOUNDARY_RIGHT}") if times else None,
        count_before=re.compile(rf"(?<![\w.,])(?P<n>{num})\s+$", re.IGNORECASE),
        per_session_after=(re.compile(rf"\s*(?:{_alt(_collect('per', 'session', all_langs))})\s*(?:{units['session']})"
                                      rf"{WORD_BOUNDARY_RIGHT}", re.IGNORECASE)
                           if units["session"] and _collect("per", "session", all_langs) else None),
        # (a word describing them between: "Three 2-hour live webinars")
        session_after=(re.compile(rf"^[\s-]*{_SESSION_ADJECTIVE}(?:{units['session']}){WORD_BOUNDARY_RIGHT}", re.IGNORECASE)
                       if units["session"] else None),
        weekday=re.compile(rf"{WORD_BOUNDARY_LEFT}(?:{weekdays}){WORD_BOUNDARY_RIGHT}", re.IGNORECASE) if weekdays else None,
        weekday_count=(re.compile(rf"(?<![\w.,])(?P<n>\d{{1,2}}|{num_words or '(?!)'})\s*(?:[x×]\s*)?(?:{weekdays}){WORD_BOUNDARY_RIGHT}"
                                  r"[^\d.;!?\n]{0,30}$", re.IGNORECASE) if weekdays else None),
        weekday_spans=tuple(x for x in (_weekday_span(lg) for lg in own) if x is not None),
        office_hours=re.compile(rf"{WORD_BOUNDARY_LEFT}(?:{_alt(_collect_list('office_hours', ['xx']))}){WORD_BOUNDARY_RIGHT}",
                                re.IGNORECASE),
        day_label=re.compile(rf"{WORD_BOUNDARY_LEFT}(?:(?:{units['day']})\s*(?P<n>[1-9])|(?P<n2>[1-9])\.\s*(?:{units['day']}))"
                             r"\s*[:\-–.)|]?\s*$", re.IGNORECASE),
        weekday_before=re.compile(rf"{WORD_BOUNDARY_LEFT}(?:{weekdays})[\s,:]*$", re.IGNORECASE) if weekdays else None,
        # the day first ("24 de octubre", "12. März", "3 d'octubre", Maltese "13 ta' Marzu", "3rd of May") or after its month ("October 3",
        # "október 3-án", "spalio 3 d."), every language's months
        month_date=re.compile(rf"(?<![\d.,/:])[0-3]?\d(?:\.|st|nd|rd|th|er|º|ª)?\s*(?:de\s+|d['’]\s*|ta['’]\s*|of\s+)?(?:{months})"
                              rf"{WORD_BOUNDARY_RIGHT}|{WORD_BOUNDARY_LEFT}(?:{months})\.?\s+[0-3]?\d(?:st|nd|rd|th|\.|-\w{{1,3}}|\s+d\.)?"
                              r"(?![\d:])", re.IGNORECASE) if months else None,
        clock_before=re.compile(rf"{WORD_BOUNDARY_LEFT}(?:{_alt(_collect_list('clock_before', ['xx']))})\s*$", re.IGNORECASE),
        clock_after=re.compile(rf"\s*(?:{_alt(_collect_list('clock_after', ['xx']))})(?![^\W\d_])", re.IGNORECASE),
        clock_between=re.compile(rf"{WORD_BOUNDARY_LEFT}(?:{_alt(_collect_list('clock_between', ['xx']))})(?:\s+[^\W\d]{{1,6}}\.?)?\s*$",
                                 re.IGNORECASE),
        clock_between_after=re.compile(rf"\s*(?:[^\W\d]{{1,6}}\.?\s+)?(?:{_alt(_collect_list('clock_between_after', ['xx']))})"
                                       rf"{WORD_BOUNDARY_RIGHT}", re.IGNORECASE),
        clock_label=re.compile(rf"[.;,]?[^\S\n]*\n?\s*(?:{_alt(_collect_list('clock_label', ['xx']))})\s*:\s*", re.IGNORECASE),
        clock_not_after=re.compile(rf"\s*(?:{_alt(_collect_list('clock_not_after', ['xx', *own]))})(?![^\W\d_])",
                                   re.IGNORECASE),
        per_month=re.compile(rf"{WORD_BOUNDARY_LEFT}(?:{per_m}){WORD_BOUNDARY_RIGHT}", re.IGNORECASE),
        numbers=numbers,
        duals=duals,
        dual=FastPattern(rf"{WORD_BOUNDARY_LEFT}(?:{_alt(re.escape(w) for w in duals)}){WORD_BOUNDARY_RIGHT}") if duals else None,
        own_units={kind: re.compile(f"(?:{_alt(frs)})", re.IGNORECASE) for kind in UNIT_KINDS
                   if (frs := _units(kind, [lg for lg in own if lg != "en"]))},
        compound_first=(re.compile(rf"(?:{_alt(firsts)})(?=-?\w)", re.IGNORECASE)
                        if (firsts := _collect_list("unit_compounds", all_langs)) else None),
    )


def parse_number(text: str, numbers: dict) -> float | None:
    t = lower(text.strip())
    if t in numbers:
        return numbers[t]
    t = re.sub(r"(?<=\d)[-‑'’][^\W\d]+$", "", t)  # a numeral's suffix ("18-il", "2'şer")
    if t.endswith("½"):  # "1½", "½"
        whole = parse_number(t[:-1], numbers) if t[:-1] else 0.0
        return None if whole is None else whole + 0.5
    m = re.fullmatch(r"(\d+)([.,])(\d+)", t)
    if m:
        if len(m.group(3)) == 3 and m.group(1) != "0":  # 1.500 / 1,500 -> thousands
            return float(m.group(1) + m.group(3))
        return float(f"{m.group(1)}.{m.group(3)}")
    try:
        return float(t)
    except ValueError:
        return None


def phrase_regex(fragments) -> FastPattern | None:
    """Case-insensitive whole-word pattern for a list of lexicon fragments."""
    alt = _alt(fragments)
    if not alt:
        return None
    return FastPattern(rf"{WORD_BOUNDARY_LEFT}(?:{alt}){WORD_BOUNDARY_RIGHT}")
