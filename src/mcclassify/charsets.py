"""Reading text files whose encoding nobody wrote down.

Harvested listings are mostly UTF-8, but spreadsheets saved on Windows come as the local code page
(Windows-1252 in Western Europe, 1250 in Central Europe, 1251 for Cyrillic, 1253 Greek, 1254 Turkish,
1257 Baltic) or as UTF-16 ("Unicode text"). Read as UTF-8 with replacement, "Schweißen" becomes
"Schwei�en" and the listing is classified on a broken text without a word said.

``open_text(path, "auto")`` reads UTF-8 and decodes any byte sequence that is not UTF-8 with a code
page guessed from the file's first MiB: the one whose decoding the alphabet of a single European
language explains best (``guess_codepage``). A UTF-16 or UTF-32 file is known by its byte-order mark
or by its zero bytes. ``ReadInfo`` says what was done and how many sequences the code page decoded,
so that a run can report it.
"""
from __future__ import annotations

import codecs
import io as _io
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from .errors import InputError

SAMPLE_BYTES = 1 << 20
SCORED_BYTES = 1 << 14

# Single-byte code pages tried for bytes that are not UTF-8, in the order that breaks ties (the most
# common first). ISO 8859-2 and -15 differ from Windows-1250 and -1252 in a few letters (Polish ą ś ź,
# Estonian š ž).
CODEPAGES = ("cp1252", "cp1250", "cp1251", "cp1253", "cp1254", "cp1257", "iso8859_2", "iso8859_15")
DEFAULT_FALLBACK = "cp1252"

# The letters beyond ASCII of each language's alphabet (lower case), as far as they decide between code pages.
_CYRILLIC = "абвгдежзийклмнопрстуфхцчшщъьюя"
ALPHABETS = {
    "bg": _CYRILLIC, "ru": _CYRILLIC + "ёыэ", "uk": _CYRILLIC.replace("ъ", "") + "ґєії",
    "sr": "абвгдђежзијклљмнњопрстћуфхцчџш", "mk": "абвгдѓежзѕијклљмнњопрстќуфхцчџш",
    "el": "αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊϋΐΰ",
    "de": "äöüß", "fr": "àâæçéèêëîïôœùûüÿ", "es": "áéíñóúüºª", "it": "àèéìíîòóùúºª",
    "pt": "áâãàçéêíóôõúºª", "ca": "àçéèíïòóúü", "gl": "áéíñóúüºª", "eu": "ñü", "nl": "áéëïóöüèíú",
    "da": "æøåé", "no": "æøåéó", "sv": "åäöé", "fi": "äöåšž", "is": "áðéíóúýþæö", "et": "õäöüšž",
    "lv": "āčēģīķļņšūž", "lt": "ąčęėįšųūž", "pl": "ąćęłńóśźż", "cs": "áčďéěíňóřšťúůýž",
    "sk": "áäčďéíĺľňóôŕšťúýž", "hu": "áéíóöőúüű", "sl": "čšžćđ", "hr": "čćđšž", "ro": "ăâîșțşţ",
    "sq": "ëç", "tr": "çğıöşüâîû", "mt": "ċġħżàèìòù", "ga": "áéíóú", "cy": "âêîôûŵŷäëïöüáéíóúàèìòù",
    "lb": "äëéèöü",
}
_ALPHABET_SETS = {lang: frozenset(chars) for lang, chars in ALPHABETS.items()}
_WORD = re.compile(r"[^\W\d_]+")
_IN_WORD_PUNCTUATION = frozenset("’‘'·‐‑–-\u00ad")

_fallback_spans: Counter = Counter()  # per code page: byte sequences it decoded (this process)


def _handler_name(codepage: str) -> str:
    name = f"mcclassify-{codepage}"
    try:
        codecs.lookup_error(name)
    except LookupError:
        def decode_as(exc, codepage=codepage):
            if not isinstance(exc, UnicodeDecodeError):
                raise exc
            _fallback_spans[codepage] += 1
            return exc.object[exc.start:exc.end].decode(codepage, errors="replace"), exc.end

        codecs.register_error(name, decode_as)
    return name


def decode_with_fallback(data: bytes, codepage: str) -> str:
    """``data`` as UTF-8, any sequence that is not UTF-8 decoded with ``codepage``."""
    return data.decode("utf-8", errors=_handler_name(codepage))


def _script(ch: str) -> str:
    if ch < "\x80" or ch in "ªº":  # the ordinal indicators of "2ª", "nº"
        return "LATIN"
    name = unicodedata.name(ch, "")
    return name.split(" ", 1)[0]


def codepage_score(text: str) -> int:
    """How well one language's alphabet explains the letters beyond ASCII of ``text``: over languages,
    the most of (letters in its alphabet - letters not in it), less one for every character that no
    text has: C1 controls, replacement characters, a symbol between two letters, a letter of another
    script than the rest of its word ("Metinвanas"), a letter alone of another script than the text's
    ("450 Ђ"), a capital after a small letter ("УемйнЬсйп")."""
    letters = Counter()
    bad = 0
    for i, ch in enumerate(text):
        if ch < "\x80":
            continue
        cat = unicodedata.category(ch)
        if cat.startswith("L"):
            low = ch.lower()
            letters[low if len(low) == 1 else ch] += 1
        elif cat == "Cc" or ch == "\ufffd" or cat in ("Co", "Cn"):
            bad += 1
        elif (ch not in _IN_WORD_PUNCTUATION and 0 < i < len(text) - 1
              and text[i - 1].isalpha() and text[i + 1].isalpha()):
            bad += 1
    if not letters:
        return -bad
    all_words = _WORD.findall(text)
    text_main = Counter(_script(ch) for w in all_words for ch in w).most_common(1)[0][0]
    for word in (w for w in all_words if not w.isascii()):
        scripts = Counter(_script(ch) for ch in word)
        main = scripts.most_common(1)[0][0]
        bad += sum(n for sc, n in scripts.items() if sc != main)
        if len(word) == 1 and main != text_main:  # "450 Ђ" in a Latin text: the euro sign of another code page
            bad += 2
        bad += sum(1 for a, b in zip(word, word[1:]) if b >= "\x80" and b.isupper() and a.islower())
    total = sum(letters.values())
    best = max(2 * sum(n for c, n in letters.items() if c in chars) - total for chars in _ALPHABET_SETS.values())
    return best - bad


def guess_codepage(sample: bytes) -> str | None:
    """The code page for the sequences of ``sample`` that are not UTF-8 (None when it all is, but for
    a sequence cut at its end)."""
    try:
        sample.decode("utf-8")
        return None
    except UnicodeDecodeError as exc:
        if exc.start >= len(sample) - 3 and exc.reason == "unexpected end of data":
            return None
    lines = []  # the lines with sequences that are not UTF-8 decide (at most SCORED_BYTES of them)
    size = 0
    for line in sample.split(b"\n"):
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            lines.append(line)
            size += len(line)
            if size > SCORED_BYTES:
                break
    scored = b"\n".join(lines)
    best, best_score = DEFAULT_FALLBACK, None
    for cp in CODEPAGES:
        s = codepage_score(decode_with_fallback(scored, cp))
        if best_score is None or s > best_score:
            best, best_score = cp, s
    return best


def _utf16_or_32(sample: bytes) -> str | None:
    """The encoding of a UTF-16 or UTF-32 sample, by its byte-order mark or its zero bytes."""
    for bom, enc in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                     (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if sample.startswith(bom):
            return enc
    head = sample[:4096]
    if len(head) >= 8 and head.count(0) > len(head) // 4:
        even, odd = head[0::2].count(0), head[1::2].count(0)
        if odd > 3 * max(even, 1):
            return "utf-16-le"
        if even > 3 * max(odd, 1):
            return "utf-16-be"
    return None


@dataclass
class ReadInfo:
    """How a text input was decoded: ``encoding`` (utf-8, or what was asked for or found), ``fallback``
    (the code page for sequences that are not UTF-8), ``guessed`` (the file's first MiB had such
    sequences and chose the code page), ``fallback_spans`` (sequences it decoded so far)."""

    encoding: str
    fallback: str | None = None
    guessed: bool = False
    _start: int = field(default=0, repr=False)

    @property
    def fallback_spans(self) -> int:
        return _fallback_spans[self.fallback] - self._start if self.fallback else 0

    def describe(self) -> str:
        if not self.fallback_spans:
            return f"read as {self.encoding}"
        how = "guessed from the file's first MiB" if self.guessed else "the default"
        return (f"{self.fallback_spans} byte sequences are not UTF-8; read as {codecs.lookup(self.fallback).name} "
                f"({how}; pass --encoding to choose)")


def _open_binary(path: str):
    """The bytes of ``path``; a gzip file (known by its magic number, whatever its name) decompressed
    as it is read."""
    import gzip

    raw = open(path, "rb")
    if raw.read(2) == b"\x1f\x8b":
        raw.close()
        return gzip.open(path, "rb")
    raw.seek(0)
    return raw


def check_encoding(encoding: str) -> str:
    """The codec name of ``encoding`` ("auto" stays "auto"); an unknown name is an InputError."""
    if encoding == "auto":
        return encoding
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r}; give a name Python knows (utf-8, cp1250, latin-1, "
                         "utf-16...) or auto") from None


def open_text(path: str, encoding: str = "auto") -> tuple[_io.TextIOBase, ReadInfo]:
    """A text stream of ``path`` ("-": stdin; a gzip file decompressed) with universal newlines kept as
    they are (``newline=""``), and how it is decoded. ``encoding``: "auto", or a codec name that Python
    knows (undecodable bytes then become U+FFFD)."""
    if encoding != "auto":
        name = check_encoding(encoding)
        raw = sys.stdin.buffer if path == "-" else _open_binary(path)
        codec = "utf-8-sig" if name == "utf-8" else name  # a byte-order mark is not text
        return _io.TextIOWrapper(raw, encoding=codec, errors="replace", newline=""), ReadInfo(name)
    if path == "-":
        raw = _io.BufferedReader(sys.stdin.buffer.raw if hasattr(sys.stdin.buffer, "raw") else sys.stdin.buffer,
                                 buffer_size=SAMPLE_BYTES)
        sample = raw.peek(SAMPLE_BYTES)[:SAMPLE_BYTES]
    else:
        raw = _open_binary(path)
        sample = raw.read(SAMPLE_BYTES)
        raw.seek(0)
    wide = _utf16_or_32(sample)
    if wide:
        return _io.TextIOWrapper(raw, encoding=wide, errors="replace", newline=""), ReadInfo(wide)
    cp = guess_codepage(sample)
    info = ReadInfo("utf-8", cp or DEFAULT_FALLBACK, guessed=cp is not None)
    info._start = _fallback_spans[info.fallback]
    return _io.TextIOWrapper(raw, encoding="utf-8-sig", errors=_handler_name(info.fallback), newline=""), info
