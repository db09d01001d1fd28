"""Other EU standard elements a listing shows: mode of delivery, assessment, credential type."""
from __future__ import annotations

import functools
import re

from ..config import load_toml
from ..fastre import FastPattern, alternation
from ..taxonomy import lexicon, lexicon_languages
from ..text import TITLE_KEYS, city_names, is_provider_field, rule_segments, without_banner
from .patterns import EXAM_WORDS, PAYMENT_WORD, WORD_BOUNDARY_LEFT, phrase_regex

CREDENTIAL_ORDER = ("microcredential", "professional_certificate", "certificate_of_attendance",
                    "digital_badge", "diploma", "certificate")
# (not a subject that begins as one does: "Buchhaltung", "Buchführung", "payroll")
_BOOKING = re.compile(r"(?i)\b(?:book|regist|sign[- ]?up|apply|enrol|buch(?!halt|führ|hand|bind|druck|prüf)|anmeld|inscri|inscrí|"
                      r"iscri|inschrij|schrijf|reserv|bestel|shop|pay(?!roll)|zahl|zapis|ilmoittaudu|payment|follow us|"
                      r"folgen sie uns|suivez-nous|síguenos|seguici|volg ons|obserwuj nas)\w*")
# what is taught, after a cue ("materials and online live sessions")
_TAUGHT_AFTER = re.compile(r"(?i)^[\s-]*(?:live\s+)?(?:course|class|session|lesson|lecture|training|seminar|workshop|webinar|"
                           r"kurs|unterricht|schulung|formation|cours|curso|clase|corso|lezion|cursus|les\b|lessen|szkoleni|"
                           r"kurz|školení|képzés|utbildning|kursus|koulutus|curs)")
# the course's materials or recordings kept online are not how it is taught ("Course materials are available
# online", "Unterlagen stehen online zum Download bereit", "materiali didattici disponibili online")
_MATERIALS_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:materials?|handouts?|slides|documents|recordings?|resources|\w*unterlagen|materialien|skript\w*|"
    r"supports?(?: de cours)?|materiales|apuntes|grabaciones|materiali|dispense|registrazioni|\w*materiaal|"
    r"materiały|nagrania|podklady|materiály|záznamy|anyag\w*|\w*material\w*|\w*materiaali\w*|materialele|υλικό|"
    r"материал\w*|gradiv\w*|medžiag\w*|materiāl\w*|\w*materjal\w*)(?!\w)[^.;!?\n]{0,25}$")
# the value of a venue field: up to the end of the line or the next field ("Ort: Berlin Preis: 300")
_VENUE_VALUE = r"\s*[:：]\s*(?P<value>[^\n|;•·:]{2,60})"
_HAS_WORD = re.compile(r"[^\W\d_]{2}")
# (N/A with its slash, or alone: "na" is a word of Czech, Slovak, Slovene, Croatian, Polish: "na míru", on demand)
_UNANNOUNCED = re.compile(r"(?i)\b(?:tba|tbc|tbd|n/a)\b|^\s*na\s*$|^[\s\-–—?]*$")
# words for "without" in the lexicons' languages, which both denial checks below read
_WITHOUT = "without|ohne|sans|sin|senza|zonder|bez|brez|ilma|utan|uden|nincs|fără|χωρίς|без|gan"
_NEGATED_NO = re.compile(rf"(?i)\b(?:no|keine?|{_WITHOUT})\b")
# a denial up to two words before a cue, in its sentence: "Kurz je bez závěrečné zkoušky", "sin examen final",
# "keine schriftliche Prüfung", "without a final exam"; "no" up to one word ("No certificate is issued", "no
# incluye examen"), as it also denies a verb ("quien no apruebe el examen"); "not" only before a verb of awarding
# ("who do not complete the assignment" is assessed)
_DENIED_BEFORE = re.compile(rf"(?i)(?<![\w-])(?:(?:{_WITHOUT}|kein(?:e[nmrs]?)?|aucun[e]?|ningún|ninguna|nessun[oa]?|geen|ingen|inga)"
                            r"(?:\s+[^\W\d_]+){0,2}|no(?:\s+[^\W\d_]+)?|"
                            # "It does not offer a certificate upon completion", "will not issue any certificate"
                            r"not\s+(?:offer|issue|include|provide|award|grant|give)s?(?:\s+(?:a|an|any))?)\s+$")


# denials read only right before the cue: French "pas d'examen", Portuguese "sem exame" ("sem" is also Czech
# "here"), Finnish "ilman tenttiä", "ei (sisällä) koetta", Polish "nie ma egzaminu", Italian "non è previsto un esame"
_DENIED_JUST_BEFORE = re.compile(r"(?i)(?<![\w-])(?:pas\s+d(?:e\s+|['’]\s*)|sem\s+|ilman\s+|ei\s+(?:[^\W\d_]+\s+)?|"
                                 r"nie\s+ma\s+|non\s+(?:è|e|sono)\s+previst[oaie]\s+(?:(?:un|una|un['’]|alcun[oa]?)\s*)?)$")


# or just after it: a label answered no or none ("Exam: none", "Prüfung: keine", "Zertifikat: nein"), or a verb of
# having none or of needing none ("Vizsga nincs", "Eksamit ei ole", "Zkouška není", "Exam not required")
_DENIED_AFTER = re.compile(
    r"(?i)\s*(?:[:：]\s*(?:none|keine?|aucune?|ninguno|ninguna|nessuno|geen|ingen|nenhum|nincs|brak|žádná|žiadna|"
    r"no|nein|non|nee|nie|não|nej|ei|ne|nem|nu|nei|níl|όχι|не|ні)"
    r"|nincs|nem (?:kell|szükséges|lesz)|ei ole|puudub|není|nie ma|nicht erforderlich|(?:is )?not required)(?![\w-])")


def _denied(text: str, m: re.Match) -> bool:
    """Whether a denial stands just before the cue ``m`` (``_DENIED_BEFORE``, ``_DENIED_JUST_BEFORE``) or just
    after it (``_DENIED_AFTER``)."""
    before = text[max(0, m.start() - 60):m.start()]
    return bool(_DENIED_BEFORE.search(before) or _DENIED_JUST_BEFORE.search(before) or _DENIED_AFTER.match(text, m.end()))


_ACRONYM = re.compile(r"[a-z]{2,4}")


@functools.lru_cache(maxsize=64)
def _compiled(lang: str | None):
    langs = ["en"] + ([lang] if lang and lang != "en" and lang in lexicon_languages() else [])
    # mode and credential cues of every language: a listing often mixes English terms in
    langs_all = ["en", *lexicon_languages()]

    def collect(section, key, ls):
        frs = []
        for lg in ls:
            # a short acronym ("ccp", "cpc", "vca", "okj") names a national credential in its own language
            # and is an unrelated word or acronym in others ("AWS CCP level", "CPC" = cost per click)
            frs += [f for f in lexicon(lg).get(section, {}).get(key, []) if lg in langs or not _ACRONYM.fullmatch(f)]
        return phrase_regex(frs)

    mode = {k: collect("mode", k, langs_all) for k in ("online", "onsite", "blended")}
    venue = alternation(f for lg in langs_all for f in lexicon(lg).get("mode", {}).get("venue", []))
    # a field label ("Venue:", "Kursort:", "Miejsce szkolenia:"), not the town of an address ("PLZ/Ort:")
    mode["venue"] = FastPattern(rf"{WORD_BOUNDARY_LEFT}(?<![/-])(?:{venue}){_VENUE_VALUE}") if venue else None
    # a harvested field named as a venue ("location": "Brno", "Kursort": "Köln", "training_location")
    mode["venue_field"] = re.compile(rf"(?:{venue})", re.IGNORECASE) if venue else None
    assess = {k: collect("assessment", k, langs) for k in ("yes", "no")}
    cred = {k: collect("credential", k, langs_all) for k in CREDENTIAL_ORDER}
    return mode, assess, cred


# a room that is virtual ("aula virtual", "im virtuellen Seminarraum") is not a place
_VIRTUAL_BEFORE = re.compile(r"(?i)(?:virtu\w*|digital\w*|online|web)\s*$")
_VIRTUAL_AFTER = re.compile(r"(?i)^\s*(?:virtu\w*|digital\w*|online|on-line|web\w*)")
# e-learning as the subject ("Instructional design for e-learning", "pour l'e-learning")
_TOPIC_BEFORE = re.compile(r"(?i)\b(?:for|pour|per|voor|para|für|för|dla|about|sobre|über)\s+(?:l['’]\s*)?$")


# an online exam or test is how the course is assessed, not how it is taught ("plus online exam",
# "Online-Prüfung", "examen en ligne", "egzamin online")
_EXAM_BEFORE = re.compile(rf"(?i)\b{EXAM_WORDS}\s+(?:\w+\s+)?$")
_EXAM_AFTER = re.compile(rf"(?i)^[\s-]*{EXAM_WORDS}\b")


# hybrid vehicles are a subject, not a mode: "pojazdów elektrycznych i hybrydowych", "Hybridfahrzeuge",
# "véhicules hybrides", "hybridní vozidla"; a vehicle word before the cue (up to three words away), after it
# (a subject's name, below) or inside its compound
_VEHICLE = (r"vehicles?|cars?|fahrzeug\w*|antrieb\w*|pojazd\w*|samochod\w*|napęd\w*|véhicules?|voitures?|vehículos?|"
            r"coches?|veicol\w*|automobil\w*|voertuig\w*|veículos?|carros?|fordon\w*|bil(?:ar|er|en)?|ajoneuv\w*|"
            r"autoj\w*|vozid\w*|vozil\w*|køretøj\w*|jármű\w*|gépjármű\w*|vehicul\w*|autovehicul\w*|οχήματ\w*|"
            r"αυτοκίνητ\w*|transport\w*\s+vehicles?")
_VEHICLE_BEFORE = re.compile(rf"(?i)\b(?:{_VEHICLE})\s+(?:\w+\s+){{0,3}}$")
_VEHICLE_INSIDE = re.compile(r"(?i)^h[yi]bri\w*?(?:fahrzeug|antrieb|bil(?:ar|er|en|arna|erne)?$|ajoneuv|auto)")
# a mode word inside a subject's name: "hybrid cloud", "virtual private network", "remote sensing",
# "Online-Marketing", "marketing online", "virtual teams", "hybrid work", "hybrid vehicles"
_TERM_AFTER = re.compile(
    r"(?i)^[\s-]*(?:cloud|mobile|apps?\b|applications?|recommend\w*|approach\w*|environments?|deployments?|"
    r"networks?|infrastructure|it\b|cars?|vehicles?|engines?|systems?|models?|private|machines?|reality|"
    r"assistants?|memory|servers?|sensing|calls?|access|control|desktop|monitoring|work\b|working|workers?|"
    r"workplace|teams?|meetings?|events?|leadership|collaboration|marketing|advertis\w*|ads\b|shops?|stores?|"
    r"retail|sales|selling|business\w*|safety|security|presence|reputation|banking|payments?|communit\w*|"
    rf"gam\w*|dating|journalism|media|sicherheit|handel|werbung|verkauf|tienda|ventas|commerce|vendite|(?:{_VEHICLE})\b)")
_TERM_BEFORE = re.compile(r"(?i)\b(?:marketing|ventas|vendite|comercio|commerce|negocios?|tiendas?|publicidad|"
                          r"pubblicità|sicurezza|seguridad|reputación|reputazione|sprzedaż\w*|handel)\s+$")


# an alternative offer, not how this one runs ("Auch als Inhouse-Seminar buchbar", "Also available online",
# "Aussi en intra-entreprise"): set 72 of 76 probe listings on site
_ALSO_BEFORE = re.compile(r"(?i)\b(?:auch|also|aussi|également|también|anche|ook|również|também|även|også|myös|také|"
                          r"tambien)\s+(?:(?:available|bookable|offered|possible|buchbar|erhältlich|disponible|disponibile|"
                          r"verkrijgbaar|dostępn\w*)\s+)?(?:als|as|en|come|como|jako|som|kuin|jako)?\s*(?:an?\s+|ein\w*\s+)?$")


def _clause_start(text: str, pos: int, line_start: int) -> int:
    """Where the sentence holding ``pos`` begins (its line's start at the latest)."""
    return max(line_start, *(text.rfind(ch, line_start, pos) + 1 for ch in ".!?;"))


def _booking_near(text: str, start: int, end: int, line_end: int) -> bool:
    """Whether a booking word begins between ``start`` and ``end``, read as a whole word up to its line's end (a
    window that cuts "Buchhaltung" after "Buchha" would read the verb "buchen")."""
    first = _BOOKING.search(text, start, line_end)
    return first is not None and first.start() < end


def _delivery_cues(rx, text: str, virtual_rooms: bool = False, exams: bool = False, terms: bool = False,
                   booking: bool = False):
    """The matches of ``rx`` that say how this course is delivered."""
    for m in rx.finditer(text) if rx else ():
        # the words around a cue are those of its own line: a title "... Exam Prep" does not make the
        # description's first word "Self-paced" an exam's, nor "Payment ..." on the next line "online" a shop's
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        before = text[max(line_start, m.start() - 25): m.start()]
        after = text[m.end(): min(line_end, m.end() + 15)]
        if _TOPIC_BEFORE.search(before) or _ALSO_BEFORE.search(before):
            continue
        # "Book online"; searched in place, so that a window cut inside "workshop" or "Facebook" does not begin a word
        if booking and _booking_near(text, max(line_start, m.start() - 15), min(line_end, m.end() + 15), line_end):
            continue
        if (booking and _MATERIALS_BEFORE.search(text, max(line_start, m.start() - 60), m.start())
                and not _TAUGHT_AFTER.match(after)):
            continue
        # "Platbu lze provést ... platební kartou online", "Płatności online: BLIK": how to pay
        if booking and PAYMENT_WORD.search(text, max(m.start() - 20, _clause_start(text, m.start(), line_start)), m.start()):
            continue
        if terms and (_TERM_AFTER.match(after) or _TERM_BEFORE.search(before)):
            continue
        if terms and (_VEHICLE_INSIDE.match(m.group(0))
                      or _VEHICLE_BEFORE.search(text, max(line_start, m.start() - 45), m.start())):
            continue
        if exams and (_EXAM_AFTER.match(after) or _EXAM_BEFORE.search(before)):
            continue
        if virtual_rooms and (_VIRTUAL_BEFORE.search(before) or _VIRTUAL_AFTER.match(after)):
            continue
        yield m


def _says(cues) -> bool:
    return next(cues, None) is not None


def _mode(text: str, rx, course_text: str = "") -> str | None:
    """``course_text``: the listing without its provider's fields, whose city ("Uniwersytet Ekonomiczny w
    Poznaniu", "Högskolan i Borås") is where the provider sits."""
    if _says(_delivery_cues(rx["blended"], text, terms=True)):
        return "blended"
    online = _says(_delivery_cues(rx["online"], text, exams=True, terms=True, booking=True))
    onsite = (_says(_delivery_cues(rx["onsite"], text, virtual_rooms=True)) or _names_a_place(text, rx)
              or _runs_in_a_city(course_text))
    if online and onsite:
        return "blended"
    return "online" if online else "onsite" if onsite else None


@functools.lru_cache(maxsize=1)
def _in_a_city() -> re.Pattern:
    places = load_toml("places.toml")
    cities, words = city_names(), alternation(re.escape(w) for w in places["in"])
    locatives = alternation(re.escape(w) for w in places["locatives"])
    # not before a colon: a heading's subject ("Policing and Protest in Manchester: The Moss Side Riots")
    return re.compile(rf"(?i)(?<![\w-])(?:(?:{words})\s+(?:{cities})|{locatives})(?![\w-])(?!\s*:)")


# where the provider sits, not where the course runs ("our Berlin-based team", "offices in Madrid", "Sitz in Köln")
_SEAT_BEFORE = re.compile(r"(?i)\b(?:based|headquarter\w*|offices?|located|registered|sitz|hauptsitz|siège|sede|"
                          r"oficinas?|uffici|kantoor|biuro|siedzib\w*|sídlo|kontor\w*|"
                          # (and where a case says "in": "asub Tallinnas", "sijaitsee Tampereella")
                          r"asub|asuv\w*|sijait\w*|székhely\w*|įsikūr\w*|atrodas)\b[^\n.;]{0,12}$")


def _runs_in_a_city(text: str) -> bool:
    """Whether the listing says the course runs in a city: "in Köln", "en Madrid", "v Ljubljani", "w Warszawie"
    (configs/places.toml), not where the provider sits ("offices in Madrid")."""
    for m in _in_a_city().finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if not _SEAT_BEFORE.search(text, line_start, m.start()):
            return True
    return False


def _names_a_place(text: str, rx) -> bool:
    """Whether a venue field ("Venue: Cork", "Ort: Berlin") names a place. "Venue: online" does not (its
    online cue counts as online), nor does one still to be announced."""
    if rx["venue"] is None:
        return False
    for m in rx["venue"].finditer(text):
        # a field label starts a line or a field, or is capitalised; "personal administratiu local: ..."
        # is a word in a sentence
        before = text[:m.start()].rstrip(" \t")
        if before and before[-1].isalpha() and before[-1].islower() and m.group(0)[:1].islower():
            continue
        value = m.group("value").strip()
        if _HAS_WORD.search(value) and not _UNANNOUNCED.search(value) and not (rx["online"] and rx["online"].search(value)):
            return True
    return False


def extract_elements(segments: list[tuple[str, str]], lang: str | None = None, title_field: str | None = None) -> dict:
    """Mode, assessment and credential type. ``title_field``: the field the title came from, when its
    name is not one of the English ones (``text.field_role``)."""
    segments = rule_segments(segments)  # other courses the page links to are not this one
    mode_rx, assess_rx, cred_rx = _compiled(lang)
    # a consent banner's lines ("We use cookies to improve your online experience") are not the course's
    text = _without_consent(" \n".join(t for _, t in segments))
    body = _without_consent(" \n".join(t for f, t in segments if f.lower() not in TITLE_KEYS and f != title_field))
    credential = _credential(text, cred_rx)
    # a venue field's value reads as "Venue: <value>" does in a page ("location": "Brno" names a place)
    vf = mode_rx["venue_field"]
    venues = [f"{f}: {t}" for f, t in segments if vf is not None and vf.fullmatch(re.sub(r"[_\-]+", " ", f.strip()))]
    # a page that says attendance is what the course awards, whatever its title prepares for
    # ("Sachkundenachweis Pflanzenschutz" with a "Teilnahmebestätigung", "Patentino fitosanitari"); only
    # a type ranked above attendance can have come from the title alone, so only then is the page read apart
    if credential in _ABOVE_ATTENDANCE and _credential(body, cred_rx) == "certificate_of_attendance":
        credential = "certificate_of_attendance"
    course_text = _without_consent(" \n".join(t for f, t in segments if not is_provider_field(f)))
    assessed = _assessment_field(segments, assess_rx)
    if assessed is None:
        assessed = _assessed(text, body, assess_rx)
    mode = _mode(text, mode_rx, course_text)
    if venues and mode != "online":
        # a venue field's place makes a course on site, not one the page says is online blended: a harvest's location
        # is as often the provider's seat ("location": "Hamburg" beside "Live online classes" had read 66 of 200
        # online fresh-topic listings as blended, 2026-12-06)
        mode = _mode("\n".join([text, *venues]), mode_rx, course_text)
    return {"mode": mode, "assessed": assessed, "credential_type": credential}


# a harvested field that answers yes or no ("examen": "ja", "Prüfung": "nein", "egzamin": "tak")
_YES = frozenset(["yes", "y", "true", "ja", "oui", "sí", "si", "sì", "tak", "sim", "kyllä", "ano", "áno", "igen", "da", "ναι",
                  "да", "так", "jah", "taip", "jā", "evet", "jes", "iva", "tá", "já", "✓", "✔"])
_NO = frozenset(["no", "n", "false", "nein", "non", "nee", "nie", "não", "nao", "nej", "ei", "ne", "nem", "nu", "όχι", "не",
                 "ні", "hayır", "hayir", "ez", "le", "níl", "nei", "✗", "✘"])


def _assessment_field(segments: list[tuple[str, str]], rx) -> bool | None:
    """True or False where a field named by an assessment word ("examen", "Prüfung", "exam_included")
    holds a yes or no, alone or before a comment; None where none does."""
    if rx["yes"] is None:
        return None
    for f, t in segments:
        # ("tak, przed komisją", "nein (Teilnahmebescheinigung)": the answer before its comment)
        answer = re.split(r"[,;:(–—]| - ", t.strip(), maxsplit=1)[0].strip().strip(".!").lower()
        if answer in _YES or answer in _NO:
            name = re.sub(r"[_\-.]+", " ", f)
            m = rx["yes"].search(name)
            if m:   # "no_exam": "yes" says it is not assessed
                return (answer in _YES) != _denied(name, m)
    return None


_ABOVE_ATTENDANCE = CREDENTIAL_ORDER[:CREDENTIAL_ORDER.index("certificate_of_attendance")]
# "Diplomacy", "diplomatic", "Diplomație", "dyplomacja": not a diploma
_NOT_A_DIPLOMA = re.compile(r"(?i)^(?:diplom|dyplom|диплом)(?:a[tcțz]|á[tc]|ati|аци|ат)")


# "certified" said of who teaches or of the provider ("Our certified trainers", "ISO 9001 certified training
# provider"), and a company's certificates ("certificate of incorporation"): not what the course awards
_CERTIFIED_OF_PEOPLE_AFTER = re.compile(
    r"(?i)^\s+(?:\w+\s+)?(?:trainers?|teachers?|instructors?|tutors?|lecturers?|coach(?:es)?|experts?|staff|team|"
    r"professionals|(?:training\s+)?providers?|cent(?:re|er)s?|compan(?:y|ies)|organi[sz]ations?|institutions?|partners?)(?!\w)")
_ISO_BEFORE = re.compile(r"(?i)\biso[\s-]?\d{3,5}(?::\d{4})?\s*$")
_COMPANY_CERTIFICATE_AFTER = re.compile(r"(?i)^\s+of\s+(?:incorporation|insurance|registration|conformity|origin|deposit)\b")


def _not_awarded(text: str, m: re.Match) -> bool:
    word, after = m.group(0).lower(), text[m.end():m.end() + 40]
    if word == "certified":
        return bool(_CERTIFIED_OF_PEOPLE_AFTER.match(after) or _ISO_BEFORE.search(text, max(0, m.start() - 20), m.start()))
    return word == "certificate" and bool(_COMPANY_CERTIFICATE_AFTER.match(after))


def _credential(text: str, rx) -> str | None:
    """The credential type the listing names, the most specific first (CREDENTIAL_ORDER)."""
    for k in CREDENTIAL_ORDER:
        for m in rx[k].finditer(text) if rx[k] else ():
            if (k == "diploma" and _NOT_A_DIPLOMA.match(m.group(0))) or _denied(text, m) or _not_awarded(text, m):
                continue
            return k
    return None


def credential_spans(text: str, lang: str | None, kinds=("microcredential", "certificate_of_attendance", "digital_badge",
                                                       "certificate")) -> list[tuple[int, int]]:
    """Where ``text`` names a credential of ``kinds`` (the kinds that say what a course awards, not its subject
    or level: a degree's or a diploma's name says its level, a professional certificate's often its subject)."""
    rx = _compiled(lang)[2]
    return [(m.start(), m.end()) for k in kinds for m in (rx[k].finditer(text) if rx[k] else ()) if not _denied(text, m)]


def _without_consent(text: str) -> str:
    """The text without its consent banners' lines, or their banner parts where a harvester ran the banner into a
    line of the course's text (``text.without_banner``)."""
    return "\n".join(kept for kept in map(without_banner, text.split("\n")) if kept)


# a test that is not of the course's outcomes: a free quiz or test the page offers ("Test your knowledge with our
# free quiz", "Kostenloser Einstufungstest"), a placement test ("to find your level", "test de niveau"), a
# blog's exam tips
_FREE_BEFORE = re.compile(r"(?i)(?<!\w)(?:free|gratis|kostenlos\w*|gratuit\w*|darmow\w*|zdarma|ingyenes|ilmai\w*)\s+(?:\w+\s+)?$")
_PLACEMENT_BEFORE = re.compile(r"(?i)(?<!\w)(?:placement|level|entry|einstufungs|positionnement|de positionnement)\s*$")
_PLACEMENT_AFTER = re.compile(r"(?i)^\s*(?:your (?:knowledge|skills|level)|to (?:find|check|assess|determine) your (?:level|knowledge)|"
                              r"de niveau|de positionnement|"
                              r"de nivel|di livello|zur einstufung|tips|hacks|blog)(?!\w)")


# the learners' rating of the course, not their assessment ("Valutazione 4,8/5", "Hodnocení: 4,8 z 5", "Betyg ★★★★★",
# "4,8/5 Értékelés"; a rating line moved the assessment of 234 of 1,152 fresh-topic listings in eight languages,
# 2026-12-06)
_SCORE = (r"\d(?:[.,]\d{1,2})?\s*(?:/|(?:von|of|out of|sur|de|di|su|z|ze|av|af|ud af|van|din|из|από|από τα)\s)"
          r"\s*(?:5|10)(?!\d|[.,]\d)"
          # (not a pass mark: "Prüfung: 5/10 Punkte")
          r"(?!\s*(?:punkte?|points?|punti|puntos|pontos|punten|punkt\w*|bod\w*|pont\w*|pistett\w*|poäng|point\w*|"
          r"puncte|μονάδ\w+))")
_RATING_AFTER = re.compile(rf"(?i)^\s*[:=]?\s*(?:(?:mit|with|med|met|de|di|com|cu|με)\s+)?(?:{_SCORE}|[★☆⭐])")
_RATING_BEFORE = re.compile(rf"(?i)(?:{_SCORE}|[★☆⭐])\s*[:(]?\s*$")


def _page_test(text: str, m: re.Match) -> bool:
    """Whether an assessment cue names a test the page offers or the learners' rating, not the course's
    assessment (``_FREE_BEFORE``, ``_RATING_AFTER``)."""
    before, after = text[max(0, m.start() - 30):m.start()], text[m.end():m.end() + 40]
    return bool(_FREE_BEFORE.search(before) or _PLACEMENT_BEFORE.search(before) or _PLACEMENT_AFTER.match(after)
                or _RATING_AFTER.match(after) or _RATING_BEFORE.search(before))


def _assessed(text: str, body: str, rx) -> bool | None:
    """True when the listing says its outcomes are assessed, False when it says they are not (a
    certificate of attendance, "no exam"), None when it says neither."""
    yes = [y for y in rx["yes"].finditer(text) if not _page_test(text, y)] if rx["yes"] else []
    no = list(rx["no"].finditer(text)) if rx["no"] else []
    if any(_denied(text, y) for y in yes):   # "bez závěrečné zkoušky": the course says it is not assessed
        return False
    # a cue that denies what it names ("without exam", "Geen examen", "vizsga nélkül", "ei tenttiä",
    # "sınavsız") holds a yes-word: the denial decides
    if any(_NEGATED_NO.search(n.group(0)) or any(y.start() < n.end() and n.start() < y.end() for y in yes) for n in no):
        return False
    if rx["yes"] and any(not _page_test(body, y) for y in rx["yes"].finditer(body)):
        return True
    # a title's assessment word is mostly its subject ("Contaminated land assessment", "valutazione
    # d'azienda"): it counts only where nothing says the course is not assessed
    if yes and not no:
        return True
    return False if no else None
