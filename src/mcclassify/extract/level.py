"""Stated qualification level (EQF and national frameworks, QF-EHEA cycles) and provider level words."""
from __future__ import annotations

import functools
import re

from ..taxonomy import framework_to_eqf, lexicon, lexicon_languages
from ..text import fold, is_provider_field, rule_segments, value_span, without_people
from .patterns import FastPattern, _alt, _collect, compiled as workload_patterns, phrase_regex

# a level's number; `_compiled` puts the lexicons' ordinal words before these
_VALUES = r"entry(?:\s*[123])?|entree|[1-9](?:\.[12])?|1[0-2]|viii|vii|vi|iv|v|iii|ii|i"

# a level's number written as an ordinal, before its level word: a figure with a full stop or a case ending ("4.",
# "4-es", "4°"), or a roman numeral of two letters or more (the one-letter "i" and "v" are words: "kvalifikacije i
# razina")
_ORDINAL_VALUE = r"(?P<v>[1-8](?=\.(?!\d)|[-‑][^\W\d]{1,3}(?!\w)|[°ºª])|viii|vii|vi|iv|iii|ii)(?![\d\w])"
_ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4", "v": "5", "vi": "6", "vii": "7", "viii": "8"}
_SUFFIX = r"(?:[-‑][^\W\d]{1,3}|[°ºª])?"  # Hungarian "5-ös szint", Italian "4° livello"
_DIGIT = re.compile(r"\d")
# school stages named as cycles ("third cycle of basic education", "2.º ciclo do ensino básico",
# "segundo ciclo de educación infantil", "cycle 3 de l'école"): within a few words after the cycle phrase
_CYCLE_WORD = re.compile(r"(?i)cycl|cicl|zykl|cykl|ciklus")
_SCHOOL_CYCLE = re.compile(
    r"(?i)[\s,.ºª°]*(?:\w+[\s,]+){0,3}?(?:basic|primary|secondary|elementary|básic\w*|bàsic\w*|secundári\w*|"
    r"secundari\w*|primári\w*|primari\w*|infantil|obligatori\w*|ensino|enseñanza|educación|educació|école|"
    r"élémentaire|collège|scuola|istruzione|escola|escuela|eso|ebi|ceb)\b")
_ROMAN_OR_ENTRY = re.compile(r"(?i)\b(?:ii|iii|iv|v|vi|vii|viii|entry|entree)\b")
_QUALIFICATION_WORDS = [
    "award", "certificate", "diploma", "qualification", "extended certificate", "nvq", "btec",
    "qualifikation", "abschluss", "titre", "certification", "qualifica", "qualificazione", "cualificación", "qualificació", "kwalifikacj\\w*",
    "kvalifikac\\w*", "képesítés\\w*", "kvalifikacij\\w*", "kvalifikatsioon\\w*", "kvalifikāc\\w*", "kwalificatie\\w*",
    "qualificação", "calificare", "tutkinto", "examen", "zertifikat", "certificat", "certificado", "certificato",
    "certifikát", "mbo", "nvq", "végzettség\\w*", "functional skills", "esol",
    # Portugal's adult and apprenticeship courses, whose level is the QNQ's ("Curso EFA ..., nível 4")
    "efa", "educação e formação de adultos", "curso de aprendizagem", "cursos de aprendizagem",
    # Welsh (whose bare "Lefel 2" is CQFW's), Irish and Maltese certificate, qualification and award words
    "tystysgrif", "(?:c|g|ngh|ch)ymhwyster", "dyfarniad", "teastas", "cáilíocht\\w*", "n?dh?ámhachtain\\w*", "ċertifikat", "kwalifika\\w*",
    # France's levels are named by the school diploma they equal, in brackets ("Formation de niveau 4 (Bac)"; not
    # "Niveau requis : bac. Anglais niveau 2")
    "\\(bac",
    # an occupational qualification (Estonian "kutse", "kutseeksam"; Turkish "yeterlilik"; Hungarian
    # "szakképesítés"), and the qualification words of the Cyrillic languages, Greek, Slovak and the Nordic ones
    # ("Квалификација: Готвач, ниво 4", "Πιστοποίηση προσόντων ... επίπεδο 4", "kutset Kokk, tase 4")
    "kutse\\w*", "yeterlili\\w*", "szakképesítés\\w*", "квалификаци\\w*", "кваліфікаці\\w*", "προσόντ\\w*",
    "kvalifikác\\w*", "kvalifikation\\w*", "kvalifikasjon\\w*",
]
# credits beside a bare level of 4 or more: a programme at that level ("Level 7, 40 credits", "Level 6 – 5 ECTS"); not
# a lower one, often a course's stage ("Spanish Level 2 course, 3 ECTS"); Welsh "credyd" ("20 credyd, Lefel 7")
_CREDITS = re.compile(r"(?i)\b(?:credits|credyd|ects)\b")


# France's school diploma in brackets after a level ("niveau 4 (Bac)", "niveau 5 (Bac+2)"): the French nomenclature
_BAC = re.compile(r"(?i)\(\s*bac\b")
# an English qualification title of the UK's frameworks: "Level 3 Award in ...", or the award word ending its phrase
_RQF_TITLE = re.compile(r"(?i)\b(?:award|certificate|diploma|extended certificate)(?:\s+(?:in|for)\b|\s*(?:$|[-–—:()|,;]))"
                        r"|\bfunctional\s+skills\b|\besol\b")
# "Entry" before "Level 3": the UK's entry levels 1-3 (EQF 1), not RQF 3 ("Entry Level 3 Certificate in Skills for
# Working Life", "Functional Skills English Entry Level 3")
_ENTRY_BEFORE = re.compile(r"(?i)\bentry[\s-]*$")
# "Entry 3" without a level word, beside a qualification's name ("ESOL Skills for Life Entry 3 Certificate")
_ENTRY_N = re.compile(r"\b(?:Entry|ENTRY)\s+[123]\b")
# a role's grade, not a qualification's level: Belgian prevention advisers are of level 1-3 ("Post-hbo opleiding
# voor preventieadviseurs niveau 1", "conseiller en prévention de niveau 2"), level 1 the highest
_ROLE_GRADE_BEFORE = re.compile(r"(?i)\b(?:preventieadviseurs?|conseill(?:er|ère|ers|ères)\s+en\s+prévention)(?:\s+(?:de|van))?\s*$")


def _around(text: str, m, n: int = 40) -> str:
    """``text`` around the match ``m``, ``n`` characters either side: where a bare level looks for a qualification word."""
    return text[max(0, m.start() - n): m.end() + n]


_CLAUSE_BREAK = re.compile(r"[.;!?|\n]")
CLAUSE_REACH = 80  # how far back a bare level's own clause is read for its qualification word


def _clause_before(text: str, m) -> str:
    """The clause before the match ``m``, up to ``CLAUSE_REACH`` characters: a label's qualification word heads a
    qualification's name and then its level ("Qualificação: Técnico de Cozinha/Pastelaria, nível 4")."""
    before = text[max(0, m.start() - CLAUSE_REACH): m.start()]
    return _CLAUSE_BREAK.split(before)[-1]


def _entry_value(text: str, start: int, v: str) -> tuple[str, int]:
    """A level's value and where its evidence starts: "entry N" from the word "Entry" where it stands just
    before the level word."""
    e = _ENTRY_BEFORE.search(text, max(0, start - 8), start) if v in ("1", "2", "3") else None
    return (f"entry {v}", e.start()) if e else (v, start)


@functools.lru_cache(maxsize=1)
def _ordinals() -> dict[str, str]:
    """Ordinal words that stand for a level's number ("трета степен", "Trešais ... līmenis"), of every
    language's lexicon (`level.ordinals`)."""
    out = {}
    for lg in lexicon_languages():
        for w, n in lexicon(lg).get("level", {}).get("ordinals", {}).items():
            out.setdefault(w.lower(), str(int(n)))
    return out


def _framework_map(lang: str | None, key: str = "frameworks") -> dict[str, str]:
    """Framework name pattern -> framework id, for the listing's language, English and xx (``key``:
    `level.frameworks`, or `level.framework_words` for the words that say "level of framework X")."""
    out: dict[str, str] = {}
    for lg in ["xx", "en", *([lang] if lang and lang in lexicon_languages() else []), *lexicon_languages()]:
        for k, v in lexicon(lg).get("level", {}).get(key, {}).items():
            out.setdefault(k, v)
    return out


def _merged(langs, *path) -> dict[str, list[str]]:
    """The lexicon tables at ``path`` (``"provider_level"``; ``"level", "cycles"``) of ``langs``, each key's phrases
    joined in the languages' order."""
    out: dict[str, list[str]] = {}
    for lg in langs:
        table = lexicon(lg)
        for key in path:
            table = table.get(key, {})
        for k, frs in table.items():
            out.setdefault(k, []).extend(frs)
    return out


@functools.lru_cache(maxsize=1)
def _level_word_alt() -> str:
    """Every lexicon's level words ("level", "Niveau", "szint..."), as one alternation."""
    return _alt(_collect("level", "word", ["xx", "en", *lexicon_languages()]))


@functools.lru_cache(maxsize=64)
def _compiled(lang: str | None):
    fws = _framework_map(lang)
    fw_words = _framework_map(lang, "framework_words")
    fw_alt = _alt(fws)
    lw = _level_word_alt()
    qual_alt = _alt(_QUALIFICATION_WORDS)
    ords = _ordinals()
    value = rf"(?P<v>{''.join(re.escape(w) + '|' for w in ords)}{_VALUES})(?![\d\w])"
    filler = (r"(?:[\s\-–—:,(]|\b(?:of|on|the|at|in|du|de|des|del|della|dello|dei|do|da|dos|das|nach|im|der|"
              r"van|het|op|na|w|v|wg|po|pe|al|au|a|och|på|ja|és|ir|un|i|и|по|на|tal|tat|ta|του|της|των|"
              # "according to" and the prepositions before a framework's name in other languages
              r"according|to|gemäß|laut|selon|según|segons|secondo|segundo|volgens|enligt|ifølge|iht|według|podle|"
              r"dle|podľa|prema|conform|din|pagal|pēc|σύμφωνα|με|στο|στην|според|от|за|во|од|vum|vun|am|ar|an|"
              r"fuq|skont|sipas|të|samkvæmt|á|í|yn|ôl|y|nel|nell|no|el|la|le|les|lo|den|"
              # "Level 8 on the Irish NFQ"
              r"irish|scottish|welsh|english|maltese|european|national)\b"
              # a qualification's code between its name and its level ("Certificado de profesionalidad
              # SSCS0208 (nivel 2)", "... HOTR0108. Nivel 2")
              r"|\b[a-z]{4}\d{4}\b\.?){0,8}")
    # the name's case ending after a hyphen or an apostrophe is the name's ("HKO-om, razina 4.1", "NOKS-a", "TYÇ'de")
    ending = r"(?:[-'’][^\W\d_]{1,3}(?!\w))?"
    # the level word, and the word for a qualification after it ("Úroveň kvalifikace 4", "Nivel de cualificación 3",
    # "Level of qualification 5", "Poziom kwalifikacji 4"), and "professional" after that ("Nivel de cualificación
    # profesional 2", Spain's certificates)
    level_of = (rf"(?:{lw})(?P<q>\s+(?:of\s+|de\s+|di\s+|du\s+)?(?:{qual_alt})"
                rf"(?:\s+(?:profesional|professional|profissional|professionale|professionnelle))?)?")
    pats = [
        # "EQF level 5", "EQR-Niveau 4", "NFQ Level 6", "DQR 4", "certificado de profesionalidad de nivel 2"
        FastPattern(rf"(?<!\w)(?P<fw>{fw_alt}){ending}{filler}(?:{level_of}\s*[:\-]?\s*)?{value}"),
        # "EKKR 5. szint", "EKR 4. tase", "Türkiye Yeterlilikler Çerçevesi (TYÇ) 5. seviye"
        FastPattern(rf"(?<!\w)(?P<fw>{fw_alt}){ending}\)?[\s\-:]*{value}\.?\s*(?:{lw})"),
        # "Level 6 on the NFQ", "niveau 5 du CEC", "5. szint (EKKR)", "Úroveň kvalifikace 4 podle NSK"
        FastPattern(rf"(?<!\w){level_of}\s*[:\-]?\s*{value}{filler}(?P<fw>{fw_alt})(?!\w)"),
        # "5. szintű végzettség (MKKR)": a qualification word may follow the level word
        FastPattern(rf"(?<!\w){value}{_SUFFIX}\.?\s*(?:{lw})(?:\s+(?:{qual_alt}))?{filler}(?P<fw>{fw_alt})(?!\w)"),
        # "4. LKI līmenis", "5-ös MKKR szint"
        FastPattern(rf"(?<!\w){value}{_SUFFIX}\.?\s*(?P<fw>{fw_alt})\s*(?:{lw})"),
    ]
    if fw_words:  # "á 2. hæfniþrepi", "hæfniþrep 3"
        fww = _alt(fw_words)
        pats += [FastPattern(rf"(?<!\w)(?P<fw>{fww})\s*[:\-]?\s*{value}"),
                 FastPattern(rf"(?<!\w){value}\.?\s*(?P<fw>{fww})(?!\w)")]
    fw_res = [(re.compile(rf"^(?:{k})$", re.IGNORECASE), v) for k, v in {**fws, **fw_words}.items()]
    bare = [FastPattern(rf"(?<!\w){level_of}\s*[:\-]?\s*{value}"),
            # the number before the level word, as the Baltic, Finnic, Hungarian, Turkish and Slavic languages write
            # it as an ordinal ("(IV lygis)", "4-es szint", "4. seviye", "4. úroveň"), not a count of levels ("3
            # szintből áll", "3 tasemest") nor a level word with its own number after it ("Unit 3 Level 2
            # Certificate"); no qualification word inside ("q" is None)
            FastPattern(rf"(?<!\w){_ORDINAL_VALUE}{_SUFFIX}\.?\s*(?:{lw})(?!\w)(?!\s*[:\-]?\s*(?:\d|[ivx]+\b))"
                        r"(?P<q>(?!x)x)?")]
    qual = phrase_regex(_QUALIFICATION_WORDS)
    cycles = _merged(["en", *lexicon_languages()], "level", "cycles")
    cycle_alt = "|".join(f"(?P<{c}>{_alt(frs)})" for c, frs in cycles.items() if frs)
    cycle_res = FastPattern(rf"(?<!\w)(?:{cycle_alt})(?!\w)") if cycle_alt else None
    own = ["en", *([lang] if lang and lang in lexicon_languages() else [])]  # English and the listing's language
    prov_res = {k: phrase_regex(v) for k, v in _merged(own, "provider_level").items()}
    # words read as a level field's whole value only ("Početna" is also a site's "Home", Italian "base" any base)
    value = _merged(own, "provider_level_value")
    value_res = {k: re.compile(rf"(?i)^[\W_]*(?:{_alt(v)})[\W_]*$") for k, v in value.items() if v}
    # ... and as the value after a level label in a text, as a flattened table of facts gives it ("Razina: početna.",
    # "Niveau: begynder", "Level: Advanced |"): the label's words of English and the listing's language
    own_lw = _collect("level", "word", own)
    label_res = ({k: re.compile(rf"(?i)(?<!\w)(?:{_alt(own_lw)})\s*:\s*(?:{_alt(v)})(?=\s*(?:[.,;|/)\n]|$))")
                  for k, v in value.items() if v} if own_lw else {})
    ordinal_re = re.compile(rf"(?i)(?<!\w)(?:{_alt(re.escape(w) for w in ords)})(?!\w)") if ords else None
    # a level the learner must already have, or one the course leads on to ("progress to our Level 4 Diploma")
    prereq_frs = [f for lg in lexicon_languages() for key in ("prerequisite", "progression")
                  for f in lexicon(lg).get("level", {}).get(key, [])]
    # the phrase, then the rest of its sentence up to the level
    prereq = re.compile(rf"(?i)(?:{_alt(prereq_frs)})[^.;!?\n]{{0,80}}$") if prereq_frs else None
    return pats, fw_res, bare, qual, cycle_res, (prov_res, value_res, label_res), ordinal_re, prereq, _qualification_names(lang)


def _qualification_names(lang: str | None) -> list[tuple[re.Pattern, str, str]]:
    """The national qualifications whose name says their level (lexicon ``[level.qualifications]``: a
    name's pattern -> "FRAMEWORK LEVEL", "Meisterprüfung" -> DQR 6, "BTS" -> FR-RNCP 5), of the
    listing's language (of every language where it is not known). A pattern that begins with "=" is an
    acronym, matched whole and in capitals ("=CAP": not "cap", a peak)."""
    out = []
    for lg in [lang] if lang and lang in lexicon_languages() else lexicon_languages():
        for raw, target in lexicon(lg).get("level", {}).get("qualifications", {}).items():
            fw, _, value = target.rpartition(" ")
            if raw.startswith("="):
                pat = re.compile(rf"(?<![\w-]){raw[1:]}(?![\w-])")
            else:
                pat = re.compile(rf"(?<!\w)(?:{raw})(?!\w)", re.IGNORECASE)
            out.append((pat, fw, value))
    return out


def _is_quantity(text: str, start: int, lang: str | None, fw_start: int | None = None) -> bool:
    """Whether the number at ``start`` is a workload figure ("Level 6 NFQ, 10 credits": 10 is no NFQ level). A
    "unit" between the number and the framework named after it is a word of the phrase ("Leibhéal 6 den CNC": Irish
    "of the", Czech "day")."""
    q = workload_patterns(lang).quantity.match(text, start)
    if q and fw_start is not None and start < fw_start and q.end() <= fw_start:
        return False
    # not a range ("DQR 4 - 3 Tage"), nor a unit on the next line ("NQF-taso 5" and a line "Termine auf Anfrage")
    return bool(q and q.group("b") is None and "\n" not in q.group(0))


def _fw_id(fw_res, text: str) -> str | None:
    for rx, v in fw_res:
        if rx.match(text.strip()):
            return v
    return None


_CONTEXT_FRAMEWORK = [
    (re.compile(r"\b(?:qqi|nfq|fetac)\b", re.I), "NFQ-IE"),
    (re.compile(r"\b(?:scqf|sqa)\b", re.I), "SCQF"),
    (re.compile(r"\b(?:rqf|ofqual|city\s*&\s*guilds|pearson btec|ncfe|highfield)\b", re.I), "RQF"),
    (re.compile(r"\b(?:rncp|titre professionnel|france compétences)\b", re.I), "FR-RNCP"),
    # Spain's certificates, also by their "level of professional qualification" (Spanish, Catalan)
    (re.compile(r"certificados? de profesionalidad|nivel(?:l|es)? de (?:cualificaci[óo]n profesional|qualificaci[óo] professional)",
                re.I), "ES-CP"),
    (re.compile(r"\bmbo\b", re.I), "NLQF"),
    # Portugal's short units of the national catalogue (unidades de formação de curta duração), whose "Nível N" is a
    # level of the QNQ, numbered as the EQF ("UFCD 0349 - Ambiente, segurança... Nível 2")
    (re.compile(r"\bufcd\b", re.I), "NQF"),
]
# the code of a Spanish certificado de profesionalidad: its professional family's three letters, the area's letter and
# four figures ("SSCS0208 Atención sociosanitaria...", "HOTR0108", "IFCT0309"); read in the languages of Spain only, as
# a university module's code may look alike ("COMP1001")
_CP_CODE = re.compile(r"(?<![A-Za-z0-9])(?:ADG|AFD|AGA|ARG|ART|COM|ELE|ENA|EOC|FCO|FME|HOT|IEX|IFC|IMA|IMP|IMS|INA|MAM|MAP|"
                      r"QUI|SAN|SEA|SSC|TCP|TMV)[A-Z]\d{4}(?![A-Za-z0-9])")
_CP_CODE_LANGUAGES = ("es", "ca", "gl", "eu")
# a bare "Level 3" of a listing that names the UK or its currency is an RQF level (Scotland's SCQF and
# Ireland's NFQ are recognised above by their own names)
_CONTEXT_PLACE = re.compile(r"\b(?:uk|united kingdom|england|wales|northern ireland)\b|£", re.I)


def _named_system(full: str, lang: str | None = None) -> str | None:
    """The qualification system that the listing's whole text names (QQI -> NFQ-IE, RNCP -> FR-RNCP,
    "certificado de profesionalidad" -> ES-CP...); in the languages of Spain, a certificado's code names ES-CP too
    ("SSCS0208 ... Nivel 2")."""
    named = next((cfw for rx, cfw in _CONTEXT_FRAMEWORK if rx.search(full)), None)
    return named or ("ES-CP" if lang in _CP_CODE_LANGUAGES and _CP_CODE.search(full) else None)


# a harvested field that names the country the course is offered in ("country": "IE", "addressCountry": "Ireland")
_COUNTRY_FIELD = re.compile(r"(?i)(?:^|[._])(?:country|country_?code|address_?country|land|pays|pa[ií]s|paese|staat)$")
# the countries whose national framework numbers its levels otherwise than the EQF, by code and name
_COUNTRY_FRAMEWORK = {
    "NFQ-IE": ("ie", "irl", "ireland", "éire", "eire", "irlande", "irland", "irlanda"),
    "RQF": ("gb", "uk", "gbr", "united kingdom", "england", "wales", "northern ireland", "great britain"),
    "SCQF": ("scotland",),
    "SOK": ("si", "svn", "slovenia", "slovenija", "slowenien"),
    "ISQF": ("is", "isl", "iceland", "ísland", "island"),
}
_COUNTRY_TO_FRAMEWORK = {name: fw for fw, names in _COUNTRY_FRAMEWORK.items() for name in names}


def _country_framework(segments) -> str | None:
    """The framework of the country a harvested field names, where that framework's levels differ from the EQF's."""
    return next((_COUNTRY_TO_FRAMEWORK[t.strip().lower()] for name, t in segments
                 if _COUNTRY_FIELD.search(name) and t.strip().lower() in _COUNTRY_TO_FRAMEWORK), None)


def _context_framework(full: str, lang: str | None = None, country: str | None = None) -> str | None:
    """The framework that the listing's whole text points to, for a level without one (or with a
    generic "NQF"): a system it names, else the framework of the country a field names (``_country_framework``),
    else its language's (``level.bare_framework``: Welsh, as Wales's CQFW numbers its levels as the RQF does),
    else RQF where it names a UK place or £."""
    return (_named_system(full, lang) or country or (lang and lexicon(lang).get("level", {}).get("bare_framework"))
            or ("RQF" if _CONTEXT_PLACE.search(full) else None))


# a level that names the provider's standing or the provider's other awards, not this course's ("an NFQ Level 8
# accredited provider", "our School of Nursing (RQF Level 6 degrees)", "ein DQR-6-zertifizierter Bildungsträger")
_PROVIDERS_LEVEL_AFTER = re.compile(
    r"(?i)[\s)]*(?:(?:accredited|approved|registered|recogni[sz]ed|certified|quality[- ]assured)\s+)?"
    r"(?:providers?|institutions?|colleges?|universit(?:y|ies)|schools?|centres?|centers?|degrees|"
    r"(?:\w+[- ])?(?:zertifizierte[rn]?|akkreditierte[rn]?)\s+(?:bildungsträger|anbieter|einrichtung)|"
    r"organismes?|établissements?|aanbieders?|instellingen?)(?!\w)")


def _providers_level(text: str, end: int) -> bool:
    return bool(_PROVIDERS_LEVEL_AFTER.match(text, end, end + 60))


# how far before a level or a difficulty word a prerequisite's phrase is looked for
_PREREQUISITE_REACH = 120


def _prerequisite_before(prereq, text: str, start: int) -> tuple[str, re.Match] | None:
    """The text before ``start`` that a `level.prerequisite` or `level.progression` phrase is looked for in, and the
    phrase found there in the same sentence (``prereq`` ends with the rest of its sentence up to ``start``); None
    where there is none."""
    window = text[max(0, start - _PREREQUISITE_REACH): start]
    m = prereq.search(window) if prereq else None
    return (window, m) if m else None


def _is_prerequisite(prereq, text: str, start: int) -> bool:
    """Whether a level found at ``start`` is one the learner must already have ("Niveau requis : bac+3",
    "Förkunskaper: kandidatexamen") or one the course leads on to ("Progression: learners may progress to NFQ
    Level 6 programmes"): a `level.prerequisite` or `level.progression` phrase before it in its sentence."""
    return _prerequisite_before(prereq, text, start) is not None


@functools.lru_cache(maxsize=64)
def _after_re(lang: str | None) -> re.Pattern | None:
    """The words after a level in its sentence that make it one the learner must have or one the course leads on to,
    in the languages whose verb comes last (`level.after` of the listing's language: Turkish "... 6. seviye programlara
    geçiş imkânı sağlar", Hungarian "MKKR 6. szintű képzésekbe lehet továbblépni")."""
    lx = lexicon(lang).get("level", {}) if lang and lang in lexicon_languages() else {}
    words, lw = lx.get("after", []), _alt(lx.get("word", []) or ["level"])
    # the ordinal's full stop and the level word after a figure read without them ("TYYÇ 6" of "TYYÇ 6. seviye")
    return re.compile(rf"(?i)(?:\.\s*(?:{lw}))?[^.;!?\n]{{0,60}}?(?<!\w)(?:{_alt(words)})") if words else None


def _required_or_next_after(text: str, end: int, lang: str | None) -> bool:
    """Whether `level.after` words follow the level ending at ``end`` in its sentence."""
    after = _after_re(lang)
    return bool(after and after.match(text, end))


# a numbered list's marker at a line's start ("2. ", "3) ")
_LIST_MARKER_AFTER = re.compile(r"[.)]\s")


def _list_number(text: str, m: re.Match) -> bool:
    """Whether a framework's figure is the next line's list number ("... Qualifica di livello 3 EQF\n2. Condividi":
    numbered lines moved the EQF level of 169 of 1,152 fresh-topic listings, 2026-12-06)."""
    v = m.start("v")
    return (m.start("fw") < v and "\n" in text[m.end("fw"):v] and text[:v].rstrip(" \t").endswith("\n")
            and bool(_LIST_MARKER_AFTER.match(text, m.end("v"))))


# the words of a range or a list of levels ("von DQR-Niveau 2 bis 6", "du niveau 3 au niveau 7", "nivel 1, 2 y 3",
# "od razine 3 do razine 6")
_RANGE_WORDS = r"to|till|until|bis|à|a|au|al|ao|do|až|tot|til|ile|iki|līdz|ad|έως|до|по"
_AND_WORDS = r"and|und|et|e|y|en|i|ir|un|ja|og|och|és|și|ve|и|і|και|agus|u|eta"


@functools.lru_cache(maxsize=64)
def _range_res(lang: str | None) -> tuple[re.Pattern, re.Pattern]:
    """(after, before): a level's figure followed by another one of a range or a list of levels ("2 bis 6", "2–6.",
    "1, 2 y 3"; not "Level 3 – 5 days", "EQF 5, 2 Tage"), or preceded by one ("niveau 3 au niveau 7")."""
    lw = _level_word_alt()
    fw = _alt(_framework_map(lang))
    nxt = r"[1-8](?:\.[12])?\.?"
    after = re.compile(rf"(?i)\s*(?:[-–—]|,|\s+(?:{_RANGE_WORDS})\s+)\s*(?:(?:{lw})\s*)?{nxt}"
                       rf"(?=\s*(?:$|[;:)!?\n]|[.,](?!\d)|(?:{_AND_WORDS})\s|(?:{lw})(?!\w)"
                       rf"|(?:(?:du|de|des|del|della|do|da|der|of|the|van|w|v)\s+)?(?:{fw})(?!\w)))")
    # the figure before is a level's too, after its level word or framework ("niveau 3 au ", not "Modul 2 – ")
    before = re.compile(rf"(?i)(?:{lw}|{fw})[\s:-]*[1-8](?:\.[12])?\.?\s*"
                        rf"(?:[-–—,]|\s+(?:{_RANGE_WORDS}|{_AND_WORDS})\s+)\s*$")
    return after, before


def _in_level_range(text: str, start: int, v_end: int, lang: str | None) -> bool:
    """Whether the level read from ``start`` (its framework's or level word's start) to its figure's end ``v_end`` is
    one of a range or a list of levels, as a provider's whole offer states them ("Unser Angebot reicht von DQR-Niveau
    2 bis 6", "Opleidingen op mbo-niveau 2, 3 en 4"): no course's own level."""
    after, before = _range_res(lang)
    return bool(after.match(text, v_end) or before.search(text, max(0, start - 45), start))


def _others_level(prereq, text: str, m: re.Match, lang: str | None) -> bool:
    """Whether the level of the match ``m`` (with its figure's group ``v``) is not the course's own: one the learner
    must have or one the course leads on to (phrases before it, or after it where the verb comes last), the
    provider's standing, or one of a range or a list of levels."""
    return (_is_prerequisite(prereq, text, m.start()) or _required_or_next_after(text, m.end(), lang)
            or _providers_level(text, m.end()) or _in_level_range(text, m.start(), m.end("v"), lang))


def _eqf_for(fw: str, value: str) -> int | None:
    v = re.sub(r"\s+", " ", value.lower())
    v = _ordinals().get(v, v)
    eqf = framework_to_eqf(fw, v)
    if eqf is None and v in _ROMAN:  # "LTKS IV lygis"
        eqf = framework_to_eqf(fw, _ROMAN[v])
    return eqf


def _nearest_framework(found: list) -> list:
    """One reading per level figure that two frameworks' names claim: the nearer name's
    ("Професионална квалификация – ниво 4 по НКР" is NQF level 4, not the 4th degree of professional
    qualification). A reading's last item is its claim, (the figure's place, its gap to the framework's
    name), or None where no name was read beside the figure."""
    best = {}
    for f in found:
        if f[5] is not None:
            key = (f[4]["field"], f[5][0])
            if key not in best or f[5][1] < best[key][5][1]:
                best[key] = f
    return [f for f in found if f[5] is None or best[(f[4]["field"], f[5][0])] is f]


def extract_level(segments: list[tuple[str, str]], lang: str | None = None) -> dict:
    """Level part of the record from rules: stated EQF (with framework and evidence) and provider level."""
    segments = rule_segments(segments)  # other courses the page links to are not this one
    pats, fw_res, bare, qual, cycle_res, provider_res, ordinal_re, prereq, quals = _compiled(lang)
    found = []  # (priority, eqf, framework, evidence)
    full = " \n".join(t for _, t in segments)
    country = _country_framework(segments)
    school_cycles = None  # whether the listing names a school stage by a cycle; looked up at its first cycle
    for name, text in segments:
        if is_provider_field(name):
            # a provider's name says what kind of institution it is ("Institut postgraduálního vzdělávání",
            # "Erhvervsakademi Aarhus"), not the level of this course
            continue
        # the national qualifications whose name says their level, read below; a bare level inside one is its
        qual_names = [(q, fw, value) for pat, fw, value in quals for q in pat.finditer(text)]
        # every level pattern needs a number: a digit, a roman numeral (niveau IV) or "entry"/"entree"
        has_digit = bool(_DIGIT.search(text) or _ROMAN_OR_ENTRY.search(text) or (ordinal_re and ordinal_re.search(text)))
        for pat_i, pat in enumerate(pats if has_digit else ()):  # every level pattern needs a number
            for m in pat.finditer(text):
                fw = _fw_id(fw_res, m.group("fw"))
                if fw is None:
                    continue
                if fw == "NQF":
                    fw = _context_framework(full, lang, country) or fw
                v, start = _entry_value(text, m.start(), m.group("v"))
                if v != m.group("v") and fw in ("EQF", "NQF"):
                    fw = "RQF"  # "Entry Level 3 (EQF 1)" names the UK's entry levels whatever framework follows
                eqf = _eqf_for(fw, v)
                if (eqf is None or _others_level(prereq, text, m, lang)
                        or _is_quantity(text, m.start("v"), lang, m.start("fw")) or _list_number(text, m)):
                    continue
                prio = (0 if fw == "EQF" else 1) + (0.5 if pat_i >= 2 else 0)  # "SCQF level 5" before "Level 2 (SCQF"
                gap = max(m.start("fw") - m.end("v"), m.start("v") - m.end("fw"))
                found.append((prio, start, eqf, fw, {"field": name, "start": start, "end": m.end(), "text": text[start:m.end()]}, (m.start("v"), gap)))
        if not found and has_digit:
            system = _named_system(full, lang)
            for m in (m for pat in bare for m in pat.finditer(text)):
                if _ROLE_GRADE_BEFORE.search(text, max(0, m.start() - 45), m.start()):
                    continue
                if any(q.start() <= m.start() < q.end() for q, _, _ in qual_names):
                    continue  # a national qualification's name that says its level ("4 lygio kvalifikacija")
                if m.group("q") and system is None:
                    # "Nivel de cualificación 2" numbers the levels of a system the listing does not name
                    continue
                window = _around(text, m)
                credits = bool(_CREDITS.search(window)) and m.group("v").isdigit() and int(m.group("v")) >= 4
                named = qual and (qual.search(window) or qual.search(_clause_before(text, m)))
                if not named and system is None and not credits:
                    # a bare level needs a qualification word beside it, or a listing that names the system
                    # elsewhere (the title "Certificado de profesionalidad: ...", the text "SSCS0208 - Nivel 2")
                    continue
                fw = system or _context_framework(full, lang, country)
                v, start = _entry_value(text, m.start(), m.group("v"))
                if fw is None:
                    # "Level 3 Award in Education and Training", "Level 3 Award – Education", "(Level 2 Certificate)"
                    fw = ("RQF" if (lang == "en" and _RQF_TITLE.search(window)) or v != m.group("v")
                          else "FR-RNCP" if _BAC.search(window) else "EQF")
                eqf = _eqf_for(fw, v)
                if eqf is None or _others_level(prereq, text, m, lang):
                    continue
                found.append((2, start, eqf, fw, {"field": name, "start": start, "end": m.end(), "text": text[start:m.end()]}, None))
            for m in _ENTRY_N.finditer(text) if lang in (None, "en", "cy") and not found else ():
                window = _around(text, m)
                if qual and qual.search(window) and not _is_prerequisite(prereq, text, m.start()):
                    found.append((2, m.start(), 1, "RQF", {"field": name, "start": m.start(), "end": m.end(), "text": m.group(0)}, None))
        for m in cycle_res.finditer(text) if cycle_res is not None else ():
            if _CYCLE_WORD.search(m.group(0)):
                if school_cycles is None:
                    school_cycles = any(_CYCLE_WORD.search(c.group(0)) and _SCHOOL_CYCLE.match(full, c.end())
                                        for c in cycle_res.finditer(full))
                if school_cycles:
                    # "2.º ciclo do ensino básico": school stages, not degree cycles; a listing that names one
                    # means the school stage by its other bare cycles too ("Robótica no 1.º ciclo")
                    continue
            if _is_prerequisite(prereq, text, m.start()):
                continue
            eqf = _eqf_for("QF-EHEA", m.lastgroup)
            found.append((3, m.start(), eqf, "QF-EHEA", {"field": name, "start": m.start(), "end": m.end(), "text": m.group(0)}, None))
        # a national qualification whose name says its level ("Vorbereitung auf die Meisterprüfung", "BTS MCO")
        for m, fw, value in qual_names:
            eqf = _eqf_for(fw, value)
            if eqf is None or _is_prerequisite(prereq, text, m.start()):
                continue
            found.append((3.5, m.start(), eqf, fw, {"field": name, "start": m.start(), "end": m.end(), "text": m.group(0)}, None))
    found = _nearest_framework(found)  # once, over every field's readings (each claim is keyed by its field)
    if not found:
        found = _levels_of_framework_fields(segments, fw_res, full, lang, country)
    out = {"eqf": None, "source": "none", "framework": None, "provider_level": None, "cefr": None, "audience": None,
           "institution": None, "evidence": []}
    if found:
        found.sort(key=lambda x: (x[0], x[1]))
        _, _, eqf, fw, ev, _ = found[0]
        out.update(eqf=eqf, source="stated", framework=fw, evidence=[ev])
    out["provider_level"] = provider_level(segments, *provider_res, prereq=prereq)
    out["cefr"] = cefr_level(segments, prereq)
    out["audience"] = audience(segments)
    out["institution"] = institution(segments)
    return out


# a harvested field's value that is a level's number, with at most a word before it ("4", "Level 6", "Niveau IV")
_FIELD_LEVEL_VALUE = re.compile(r"\s*(?:[^\W\d_]{1,12}\.?\s*[:\-]?\s*)?(?P<v>[1-8]|[IVX]{1,4})\s*")
_NAME_WORDS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")


def _levels_of_framework_fields(segments, fw_res, full: str, lang: str | None = None,
                                country: str | None = None) -> list:
    """A level in a field whose name names the framework ("eqf_level": "4", "EQF": 5, "nqfLevel":
    "Level 5", ELM's eqfLevel.prefLabel "Level 6"): read where the texts state none. The evidence is
    the field's value; the first such field in reading order. ``country``: ``_country_framework`` of the segments."""
    for name, text in segments:
        m = _FIELD_LEVEL_VALUE.fullmatch(text)
        if not m or is_provider_field(name):
            continue
        fw = next((f for w in _NAME_WORDS.findall(name) if (f := _fw_id(fw_res, w.lower()))), None)
        if fw is None:
            continue
        if fw == "NQF":
            fw = _context_framework(full, lang, country) or fw
        eqf = _eqf_for(fw, m.group("v"))
        if eqf is not None:
            start, end = value_span(text)
            return [(4, 0, eqf, fw, {"field": name, "start": start, "end": end, "text": text[start:end]}, None)]
    return []


_LEVEL_FIELD_KEYS = ("level", "difficulty", "niveau", "nivel", "livello", "skill_level", "difficulty_level")


# a CEFR level, or two as a range ("A1", "B1.2", "A2/B1", "B1–B2", "A1 bis A2"); capitals, not inside a code
# (also in Cyrillic capitals, and in Greek ones, where C is Γ: "ниво А1", "επίπεδο Β2", "Γ1")
_CEFR = re.compile(r"(?<![\w./-])(?P<a>[ABCАВСΑΒΓ][12])(?:\.\d)?(?:\s*(?:[-–/]|to|bis|à|a|do|až|-ig|до|έως|–)\s*"
                   r"(?P<b>[ABCАВСΑΒΓ][12])(?:\.\d)?)?(?![\w/-])")
_CEFR_LATIN = str.maketrans("АВСΑΒΓ", "ABCABC")
# a category of a driving licence, a room or a paper size before the code: not a CEFR level
_NOT_CEFR_BEFORE = re.compile(r"(?i)(?:klasse|kat\.?|kategori\w*|categor\w*|permis|führerschein|prawo jazdy|rijbewijs|"
                              r"licen[cs]e|körkort|kørekort|førerkort|ajokortti|jogosítvány|vodičsk\w*|řidičsk\w*|"
                              r"raum|room|sala|salle|saal|aula|zimmer|format|papier|paper|κατηγορ\w*|δίπλωμα οδήγησης|"
                              r"категори\w*|категорі\w*|шофьорск\w*|посвідчення водія)\W{0,3}$")


@functools.lru_cache(maxsize=1)
def _cefr_cue() -> re.Pattern:
    names = [n for names in lexicon("xx").get("language_names", {}).values() for n in names if len(n) > 3]
    cues = lexicon("xx").get("level", {}).get("cefr_cue", [])
    return re.compile(rf"(?i)(?<!\w)(?:{_alt(cues)}|(?:{_alt(re.escape(n) for n in names)})\w*)(?!\w)")


def cefr_level(segments: list[tuple[str, str]], prereq=None) -> str | None:
    """The CEFR level a language course states ("Angol nyelvtanfolyam (A1)", "Deutsch B1–B2": "A1", "B1-B2"), in
    its title first; None where its title (its text, when it has none) names no language or the framework
    (``level.cefr_cue``), where the code is a licence category, a room or a paper size, or a level the learner
    must already have (``prereq``, the `level.prerequisite` phrases: "Entry requirements: English B2")."""
    segments = [(n, t) for n, t in segments if not is_provider_field(n)]
    titles = [t for n, t in segments if n == "title"] or [t for _, t in segments]
    if not any(_CEFR.search(t) for _, t in segments) or not any(_cefr_cue().search(t) for t in titles):
        return None
    for _, text in sorted(segments, key=lambda s: s[0] != "title"):
        for m in _CEFR.finditer(text):
            if _NOT_CEFR_BEFORE.search(text, max(0, m.start() - 25), m.start()) or _is_prerequisite(prereq, text, m.start()):
                continue
            a, b = m.group("a").translate(_CEFR_LATIN), (m.group("b") or "").translate(_CEFR_LATIN)
            return f"{a}-{b}" if b and b != a else a
    return None


@functools.lru_cache(maxsize=1)
def _graduate_patterns() -> tuple[re.Pattern | None, re.Pattern | None]:
    lv = lexicon("xx").get("level", {})
    grad, assist = lv.get("graduate_audience", []), lv.get("assistant", [])
    return (re.compile(rf"(?<!\w)(?:{_alt(grad)})") if grad else None,
            re.compile(rf"(?<!\w)(?:{_alt(assist)})") if assist else None)


def graduate_audience(title: str | None) -> bool:
    """Whether a title names a licensed profession that needs a degree as the course's audience ("Nascholing
    huisartsen", "CPD for Solicitors", "Kontinuálne vzdelávanie sestier": ``level.graduate_audience`` of the xx
    lexicon), no assistant's or helper's job beside it ("Arzthelferin", "Kurz zubní asistentky": ``level.assistant``)
    and no language taught ("Němčina pro zdravotní sestry"): continuing education for graduates, EQF 5-7 by the
    annotation guide. The EQF prior reads it (model.eqf_prior)."""
    # a language course for a profession ("English for nurses") is at the language's level, not the profession's
    return bool(title) and _names_graduates(fold(title)) and not _cefr_cue().search(title)


def _names_graduates(folded: str) -> bool:
    """Whether a folded text names a graduate profession (``level.graduate_audience``) and no assistant's or
    helper's job (``level.assistant``)."""
    grad, assist = _graduate_patterns()
    return grad is not None and bool(grad.search(folded)) and not (assist and assist.search(folded))


# how far into a text other than the title its audience is looked for: where a page says whom the course is for
# ("Rivolto ad avvocati e commercialisti: ...", "Pro fyzioterapeuty: ...", "For sykepleiere og sosionomer ..."),
# not where it names the patients, clients or colleagues the course is about
_AUDIENCE_SPAN = 150


def audience(segments: list[tuple[str, str]]) -> str | None:
    """Whom a listing names as its audience (``level.audience``): "graduates" for a licensed profession that needs a
    degree, named in its title (``graduate_audience``) or in the first ``_AUDIENCE_SPAN`` characters of another of
    its texts with no assistant's or helper's job there (without the lines that name who teaches: ``text.without_people``);
    never for a language course (its title names a language). Else None."""
    title = next((t for n, t in segments if n == "title"), None)
    if title and _cefr_cue().search(title):
        return None
    texts = ([title] if title else []) + [without_people(text)[:_AUDIENCE_SPAN] for name, text in segments
                                          if name != "title" and not is_provider_field(name)]
    return "graduates" if any(_names_graduates(fold(t)) for t in texts) else None


@functools.lru_cache(maxsize=1)
def _higher_education_pattern():
    return phrase_regex(lexicon("xx").get("higher_education", {}).get("names", []))


def higher_education(text: str | None) -> bool:
    """Whether a text names a higher-education institution (the words of the xx lexicon's [higher_education]:
    "Universität", "hogeschool", "ammattikorkeakoulu", "Escuela Técnica Superior"...)."""
    pat = _higher_education_pattern()
    return bool(text and pat and pat.search(text))


def institution(segments: list[tuple[str, str]]) -> str | None:
    """What kind of institution a listing names (``level.institution``): "higher_education" where its provider field
    or any of its texts names a university, a university of applied sciences or another higher-education
    institution (``higher_education``: "Die Universität Graz bietet diesen Kurs ...", "Tartu Ülikooli kursus"; a
    harvest often keeps the provider only in the description), not where a text names one only as the venue, a partner
    or a teacher's employer (``text.without_people``: "Die Schulung findet in den Räumen des Universitätsklinikums
    Freiburg statt" had moved the EQF level of 6 of 200 fresh-topic listings). Else None."""
    return "higher_education" if any(higher_education(text if is_provider_field(name) else without_people(text))
                                     for name, text in segments) else None


# the word for experts among the difficulty words: in a page's text it mostly praises who teaches ("our expert
# trainers", "I nostri docenti esperti", "unsere Experten"), so there it says "advanced" only for whom the course
# is ("for experts", "für Experten", "per esperti", Finnish "asiantuntijoille", Hungarian "szakértőknek")
_EXPERT_WORD = re.compile(r"(?i)^(?:expert|esperti|esperto|experto|eksper|experț|experţ|asiantuntij|szakértő|strokovnjak|sérfræð|"
                          r"експерт|эксперт|saineolaithe|uzman|specialist|profi)")
_FOR_EXPERTS_BEFORE = re.compile(r"(?i)(?<!\w)(?:for|für|pour|para|per|a|agli|voor|för|til|dla|pro|pre|za|pentru|για|за)"
                                 r"(?:\s+(?:the|die|les|los|gli|de|real|true|echte|wahre|vrais|veri))?\s+$")
_FOR_EXPERTS_CASE = re.compile(r"(?i)(?:lle|nak|nek|le|iem|ams)$")  # fi, hu, et, lv, lt: the case that says "for"
_FOR_EXPERTS_AFTER = re.compile(r"(?i)\w*\s+için(?!\w)")  # Turkish: "uzmanlar için"
_WORD_REST = re.compile(r"\w*")


def _praise_of_teachers(name: str, text: str, m: re.Match) -> bool:
    """Whether an "advanced" match in a text (not a title or a level field) is the word for experts not
    said of whom the course is for (``_EXPERT_WORD``)."""
    if name == "title" or name.lower() in _LEVEL_FIELD_KEYS or not _EXPERT_WORD.match(m.group(0)):
        return False
    end = _WORD_REST.match(text, m.end()).end()
    return not (_FOR_EXPERTS_BEFORE.search(text, max(0, m.start() - 25), m.start())
                or _FOR_EXPERTS_CASE.search(text[m.start():end]) or _FOR_EXPERTS_AFTER.match(text[m.end():m.end() + 16]))


# a prerequisite that asks for nothing ("Voraussetzungen: keine – ideal für Einsteiger"): what follows is the course's
_NO_PREREQUISITE = re.compile(r"(?i)(?<!\w)(?:none|no|not required|keine|nicht erforderlich|aucune?|ningun[oa]|nessun[oa]?|"
                              r"geen|brak|nenhum|inga|ingen|ei|žádné|žiadne|nincs|niciun\w*|καμία|няма|nema|nič|puudub|"
                              r"nėra|nav|yok|немає)(?!\w)")


def _basic_prerequisite(prereq, text: str, start: int) -> bool:
    """Whether a beginner's word at ``start`` is in a prerequisite that asks for basic knowledge ("Předpoklady:
    základní znalost práce s počítačem", "Förkunskaper: grundläggande datorvana"): what the learner brings, not how
    hard the course is (it read beginner, and the EQF prior with it)."""
    found = _prerequisite_before(prereq, text, start)
    return found is not None and not _NO_PREREQUISITE.search(found[0], found[1].start())


def provider_level(segments, prov_res, value_res=None, label_res=None, prereq=None) -> str | None:
    """How hard the provider says a course is (beginner, intermediate, advanced, mixed): the ``[provider_level]``
    phrases of English and the listing's language, in a level field first, then the title, then the rest; a level
    field whose whole value is one of the ``[provider_level_value]`` words ("Početna", "base", "ileri") says it too,
    and so does such a word as the value after a level label in a text ("Razina: početna.", ``label_res``).
    In a text, the word for experts counts only as whom the course is for (``_praise_of_teachers``), and a beginner's
    word in a prerequisite is the learner's (``_basic_prerequisite``)."""
    ordered = sorted(segments, key=lambda s: (s[0].lower() not in _LEVEL_FIELD_KEYS, s[0] != "title"))
    for name, text in ordered:
        hits = {}
        for k, rx in prov_res.items():
            if rx is None:
                continue
            m = next((m for m in rx.finditer(text) if not (k == "advanced" and _praise_of_teachers(name, text, m))
                      and not (k == "beginner" and _basic_prerequisite(prereq, text, m.start()))), None)
            if m:
                hits[k] = m.start()
        if not hits and name.lower() in _LEVEL_FIELD_KEYS:
            hits = {k: 0 for k, rx in (value_res or {}).items() if rx.match(text)}
        if not hits:
            hits = {k: m.start() for k, rx in (label_res or {}).items() if (m := rx.search(text))}
        if not hits:
            continue
        if "mixed" in hits:
            return "mixed"
        if "beginner" in hits and "advanced" in hits and abs(hits["beginner"] - hits["advanced"]) < 40:
            return "mixed"
        return min(hits, key=hits.get)
    return None
