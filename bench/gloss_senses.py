"""Which common words of a language does its glossary gloss? A check for stems that match words of
another sense ("teoretisk" read as ethics, "kedelig" as a boiler), on real word-frequency lists
instead of the project's own listings.

    pip install wordfreq                     # word lists of ~40 languages (not a project dependency)
    python bench/gloss_senses.py da sv       # the glossed words among each language's most common words
    python bench/gloss_senses.py --top 5000 --show 300 fi
    pip install spacy-lookups-data           # word forms -> lemmas of ~25 languages (~100 MB)
    python bench/gloss_senses.py --lemmas ga # per stem, the lemmas of the word forms it matches

For each language, takes the ``--top`` most frequent words (wordfreq, Apache-2.0; its lists come
from subtitles, Wikipedia, news, web text), glosses each word alone, and prints those that gloss
anything, most frequent first, with their English words. Common words are mostly not domain words,
so a glossed one is worth reading: most are right ("kursus" is not glossed; "sygeplejerske" is
nursing), a few show a stem in another sense. Multi-word stems are not exercised (one word at a
time). Languages without a wordfreq list (et, ga, mt, eu, cy, sq) are skipped.

``--lemmas`` checks the other way round, also for a language without a frequency list (Irish): it
glosses every word form of spaCy's lemma tables (spacy-lookups-data, MIT; Irish from BuNaMo, the
Irish National Morphology Database, ODbL) and prints each stem with the lemmas of the forms it
matches, stems of most lemmas first; ``--wordlist FILE`` does the same with any word list, such as
a hunspell dictionary (Debian's myspell-et, hunspell-eu, myspell-sq, hunspell-hu...). A stem
whose lemmas are of several meanings ("banc" in "banchéile", wife) is worth reading. Lemma tables
exist for ca cs da ga hr hu lt mk no ro sr sv among the glossary languages. ``--inside`` keeps
only the words that hold a stem after their start, the traps of compounding languages (Hungarian
"bevezetés", introduction, holds "vezetés", management).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from mcclassify.gloss import _WORD, fold, glossary, glossary_languages  # noqa: E402

# wordfreq's codes where they differ from the glossaries' (Norwegian Bokmål; Serbo-Croatian, whose
# list mixes Croatian, Serbian and Bosnian in Latin script)
WORDFREQ_CODE = {"no": "nb", "hr": "sh", "sr": "sh", "bs": "sh"}


def read_word(g, word: str) -> str | None:
    """One word as ``Glossary.words`` reads it: folded, in the glossary's script, without an Irish
    mutation; None for a text of several words."""
    toks = _WORD.findall(fold(word))
    if len(toks) != 1:
        return None
    w = toks[0].translate(g.script) if g.script else toks[0]
    return g.radical(w) if g.radical else w


def word_stems(g, word: str) -> list[tuple[str, ...]]:
    """The stems that the glossary ``g`` finds in one word (none for a text of several words)."""
    w = read_word(g, word)
    return list(g._word(w)) if w else []


def glossed_common_words(lang: str, top: int) -> list[tuple[int, str, list[str], list[str]]] | None:
    """(rank, word, English words, stems) for each of the ``top`` most common words of ``lang`` that
    its glossary glosses; None where wordfreq has no list for the language."""
    from wordfreq import available_languages, top_n_list

    code = WORDFREQ_CODE.get(lang, lang)
    if code not in available_languages():
        return None
    g = glossary(lang)
    out = []
    for rank, word in enumerate(top_n_list(code, top), 1):
        en = g.words(word)
        if en:
            out.append((rank, word, en, ["".join(st) for st in word_stems(g, word)]))
    return out


def lemma_table(lang: str):
    """(word form, lemma or lemmas) of spacy-lookups-data's lemma tables for ``lang``; None where
    there is none."""
    import gzip
    import json

    import spacy_lookups_data

    code = {"no": "nb"}.get(lang, lang)
    files = sorted((Path(spacy_lookups_data.__file__).parent / "data").glob(f"{code}_lemma_lookup*.json.gz"))
    return [kv for f in files for kv in json.load(gzip.open(f)).items()] if files else None


def word_list(path: str):
    """(word, word) for each line of a word list, e.g. a hunspell .dic file (its affix flags after
    "/" dropped; read in the encoding that the .aff file beside it names, else UTF-8)."""
    aff, enc = Path(path).with_suffix(".aff"), "utf-8"
    if aff.is_file():
        for ln in aff.read_bytes().decode("latin-1").splitlines():
            if ln.startswith("SET "):
                enc = ln.split()[1]
                break
    words = [ln.split("/")[0].strip() for ln in Path(path).read_bytes().decode(enc, "replace").splitlines()]
    return [(w, w) for w in words if w and not w.isdigit()]


def stems_and_lemmas(lang: str, forms) -> dict[tuple[str, ...], set[str]]:
    """Each stem of ``lang``'s glossary -> the lemmas of the word ``forms`` ((form, lemma or lemmas))
    it matches."""
    g = glossary(lang)
    out: dict[tuple[str, ...], set[str]] = {}
    for form, lemma in forms:
        for stem in word_stems(g, form):
            out.setdefault(stem, set()).update([lemma] if isinstance(lemma, str) else lemma)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("langs", nargs="*", help="glossary languages (default: all that wordfreq has)")
    ap.add_argument("--top", type=int, default=20000, help="how many of the most common words to gloss")
    ap.add_argument("--show", type=int, default=150, help="how many glossed words to print per language")
    ap.add_argument("--lemmas", action="store_true",
                    help="per stem, the lemmas of spacy-lookups-data's word forms it matches")
    ap.add_argument("--inside", action="store_true",
                    help="with --lemmas or --wordlist: only words that hold a stem after their start")
    ap.add_argument("--wordlist", help="with one language: per stem, the words of this list (e.g. a hunspell .dic) it matches")
    a = ap.parse_args()
    if a.lemmas or a.wordlist:
        for lang in a.langs or glossary_languages():
            forms = word_list(a.wordlist) if a.wordlist else lemma_table(lang)
            if forms is None:
                print(f"{lang}: no lemma table, skipped")
                continue
            found = stems_and_lemmas(lang, forms)
            if a.inside:  # only the words a stem is found inside of, not at their start (compound traps)
                g = glossary(lang)
                found = {st: {w for w in ws if not (read_word(g, w) or "").startswith(" ".join(st))}
                         for st, ws in found.items()}
                found = {st: ws for st, ws in found.items() if ws}
            en = glossary(lang).to_en
            print(f"{lang}: {len(found)} stems match word forms; most lemmas first")
            for stem, lemmas in sorted(found.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:a.show]:
                shown = ", ".join(sorted(lemmas)[:15])
                print(f"  {' '.join(stem)} ({', '.join(en[stem]) or 'ignored'}) {len(lemmas)}: {shown}")
        return
    for lang in a.langs or glossary_languages():
        rows = glossed_common_words(lang, a.top)
        if rows is None:
            print(f"{lang}: no wordfreq list, skipped")
            continue
        print(f"{lang}: {len(rows)} of the {a.top} most common words are glossed")
        for rank, word, en, stems in rows[:a.show]:
            print(f"  {rank:>6} {word}: {', '.join(en)} [{' '.join(stems)}]")


if __name__ == "__main__":
    main()
