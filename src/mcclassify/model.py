"""The pipeline object: listing -> text -> rules -> embedding -> heads -> record."""
from __future__ import annotations

import functools
import itertools
import logging
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator

import numpy as np

from . import __version__, taxonomy
from .encode import Encoder, encode_unique, get_encoder, listing_vectors
from .errors import ConfigError, EncoderError
from .modeldir import load_model
from .extract import extract_elements, extract_level, extract_workload
from .extract.level import higher_education as level_names_higher_education
from .extract.workload import states_ects
from .gloss import (GLOSS_RULE, adult_basic_education, embed_texts, glossary_hashes, glossary_languages, glossed_language,
                    language_course)
from .heads import FEATURES, PICK, blend_proba, build_zero_shot_heads, field_given_sector, zero_shot_features
from .record import band_for_hours, empty_level, empty_record
from .text import DeferredListing, Listing, language_candidates, listing_language, to_listing

log = logging.getLogger(__name__)

# Prior over EQF 1..8 given the provider's difficulty word (heuristic, see training_data/GUIDE.md).
PROVIDER_PRIOR = {
    None: [0.02, 0.05, 0.12, 0.22, 0.22, 0.2, 0.13, 0.04],
    "beginner": [0.03, 0.08, 0.22, 0.3, 0.18, 0.12, 0.06, 0.01],
    "intermediate": [0.01, 0.03, 0.1, 0.25, 0.27, 0.2, 0.12, 0.02],
    "advanced": [0.01, 0.02, 0.05, 0.14, 0.24, 0.26, 0.23, 0.05],
    "mixed": [0.02, 0.05, 0.12, 0.22, 0.22, 0.2, 0.13, 0.04],
}
# ECTS are the credits of higher education (EQF 5-8): a listing that states them (not UK credits nor VET
# points, extract.workload.states_ects) is a credit-bearing course, and levels 1-4 are unlikely, not
# ruled out (some VET states ECTS, and a stated level wins anyway). Of the priors tried, the softest that
# reached the best EQF figure on the validation listings (docs/measurements.md).
ECTS_PRIOR = [0.05, 0.05, 0.1, 0.2, 1.0, 1.0, 1.0, 1.0]
# ... and a higher-education institution's course that states them (its provider field or its text names one:
# lexicon xx, [higher_education]; extract.level.institution) is more often at EQF 6-7 than 5 or 8, and hardly ever at
# 3 or 4. Level 5's factor, 0.15 since 2026-12-05 (0.5 before), is the softest of 0.5, 0.3, 0.2, 0.15, 0.1 and 0.05
# that reached the best EQF figure on the validation listings; then levels 3 and 4, 0.1 and 0.2 before, the softest of
# 0.2, 0.1, 0.05, 0.02 and 0.01 at level 4 that did (docs/measurements.md).
HE_ECTS_PRIOR = [0.05, 0.05, 0.05, 0.05, 0.15, 1.0, 1.0, 0.5]
# A language course's CEFR level (extract.level.cefr_level) says how far it goes: the project labels B1 courses
# EQF 3-4 and B2 courses 4-5 (training_data/GUIDE.md), so A1 is centred on 1.5 and each CEFR step on one EQF
# level more; a range ("B1-B2") is centred between its ends. It takes the place of the provider's word.
CEFR_CENTRE = {"A1": 1.5, "A2": 2.5, "B1": 3.5, "B2": 4.5, "C1": 5.5, "C2": 6.5}
CEFR_WIDTH = 1.0  # the prior's standard deviation in EQF levels
# Continuing education for a licensed profession that needs a degree (physicians, lawyers, teachers, auditors...,
# named as the audience in the title or where another text begins: extract.level.audience) is at EQF 5-7 by the
# annotation guide; the trained head put most such titles of a probe at EQF 4 (training_data/GUIDE.md,
# docs/measurements.md).
GRADUATE_CENTRE, GRADUATE_WIDTH = 6.0, 1.0
# Adult basic education (reading and writing, everyday maths, a computer or a smartphone for older people: its title
# alone names it, gloss.adult_basic_education) is at EQF 1-2 by the annotation guide; the trained head put such titles
# of the seed's own topics at 3-4, as few listings are at EQF 1 (docs/measurements.md).
ADULT_BASIC_CENTRE, ADULT_BASIC_WIDTH = 1.5, 1.0
# A title that names a language to learn (gloss.language_course) is language acquisition, ISCED 0231, whoever the course
# is for (annotation guide); the field heads read the workforce such a title names ("Inglés para profesionales de la
# construcción" 0732, "Angielski w logistyce" 1041, "Juridisch Engels" 0421; docs/measurements.md). The narrow field's
# probability is multiplied by the factor, so that a title with a language beside a clear subject ("Excel-Kurs auf
# Englisch") may keep its subject.
LANGUAGE_FIELD, LANGUAGE_FIELD_FACTOR = "023", 50.0
MODEL_NAME = "mcclassify-zeroshot"
_EQF_KEYS = [str(i) for i in range(1, 9)]


def _centred(centre: float, width: float) -> np.ndarray:
    return np.exp(-0.5 * ((np.arange(1, 9) - centre) / width) ** 2) + 0.01


def cefr_prior(cefr: str) -> np.ndarray:
    """The prior over EQF 1..8 of a stated CEFR level or range ("A1", "B1-B2"; ``CEFR_CENTRE``)."""
    return _centred(float(np.mean([CEFR_CENTRE[c] for c in cefr.split("-")])), CEFR_WIDTH)


def eqf_prior(rec: dict, provider: bool = True) -> np.ndarray:
    """The prior over EQF 1..8 that a record's rule-read parts give: a language course's CEFR level, else the
    provider's difficulty word (``PROVIDER_PRIOR``) and, where the listing names a graduate profession as its
    audience (``level.audience``), ``GRADUATE_CENTRE``, or where its title names adult basic education,
    ``ADULT_BASIC_CENTRE`` (these when ``provider``); times ``ECTS_PRIOR`` when the
    listing states ECTS, ``HE_ECTS_PRIOR`` where its provider field or its text names a higher-education institution
    (``level.institution``)."""
    p = np.ones(8)
    cefr = rec["level"].get("cefr")
    if provider and cefr:
        p *= cefr_prior(cefr)
    elif provider:
        p *= PROVIDER_PRIOR.get(rec["level"].get("provider_level"), PROVIDER_PRIOR[None])
        if rec["level"].get("audience") == "graduates":
            p *= _centred(GRADUATE_CENTRE, GRADUATE_WIDTH)
        elif rec["level"].get("audience") == "adult_basic":
            p *= _centred(ADULT_BASIC_CENTRE, ADULT_BASIC_WIDTH)
    if states_ects(rec["workload"]):
        he = higher_education(rec.get("provider")) or rec["level"].get("institution") == "higher_education"
        p *= HE_ECTS_PRIOR if he else ECTS_PRIOR
    return p


def language_field_prior(p_field: np.ndarray, classes, recs: list[dict]) -> np.ndarray:
    """Field probabilities (rows of ``recs``) with language acquisition (``LANGUAGE_FIELD``) made
    ``LANGUAGE_FIELD_FACTOR`` times as likely where a record's title names a language to learn."""
    codes = [str(c) for c in classes]
    if LANGUAGE_FIELD not in codes:
        return p_field
    rows = [r for r, rec in enumerate(recs) if language_course(rec.get("title"), rec.get("language"))]
    if not rows:
        return p_field
    p = np.array(p_field, dtype=np.float64)
    p[rows, codes.index(LANGUAGE_FIELD)] *= LANGUAGE_FIELD_FACTOR
    p[rows] /= p[rows].sum(axis=1, keepdims=True)
    return p


@functools.lru_cache(maxsize=4096)
def higher_education(provider: str | None) -> bool:
    """Whether a provider's name is a higher-education institution's (lexicon xx, [higher_education])."""
    return level_names_higher_education(provider)


@functools.lru_cache(maxsize=1)
def _rules_code_hash() -> str:
    """Hash of the rule code (extract/, text.py, segment.py, gloss.py): cached rule results (and the
    hashes of the texts to embed kept with them) never outlive it."""
    import hashlib
    from pathlib import Path

    here = Path(__file__).parent
    h = hashlib.sha256()
    for p in sorted([*here.glob("extract/*.py"), here / "text.py", here / "segment.py", here / "gloss.py"]):
        h.update(p.read_bytes())
    return h.hexdigest()[:12]


def default_model_path():
    """The shipped default model directory (models/default), or MCCLASSIFY_MODEL; None if absent."""
    import os
    from pathlib import Path

    from .config import config_dir

    env = os.environ.get("MCCLASSIFY_MODEL")
    cands = [Path(env)] if env else [config_dir().parent / "models" / "default"]
    for p in cands:
        if (p / "CHECKSUMS").exists():
            return p
    return None


@functools.lru_cache(maxsize=None)
def _label_map(name: str) -> dict[str, str]:
    return {lb.code: lb.label for lb in taxonomy.load_taxonomy(name).labels}


class _RankedRows:
    """One head's probabilities for a batch, ranked per row into ``{code, label, score}`` dicts
    (scores rounded to 4 places), with the per-class and rounding work done once per batch."""

    def __init__(self, classes, probs: np.ndarray, labels: dict[str, str], k: int | None = None):
        self.codes = [str(c) for c in classes]
        self.labels = [labels[c] for c in self.codes]
        self.rows = np.round(probs.astype(np.float64), 4).tolist()
        order = np.argsort(-probs, axis=1)
        self.order = (order[:, :k] if k else order).tolist()
        self._th = None

    def row(self, r: int, keep=None) -> list[dict]:
        """Row ``r`` ranked; ``keep(index, score)`` filters before any dict is built."""
        p, codes, labels = self.rows[r], self.codes, self.labels
        idx = self.order[r] if keep is None else [i for i in self.order[r] if keep(i, p[i])]
        return [{"code": codes[i], "label": labels[i], "score": p[i]} for i in idx]

    def thresholds(self, head) -> list[float]:
        """The trained head's per-class thresholds, in this object's class order."""
        if self._th is None:
            th = dict(zip((str(c) for c in head.classes_), head.thresholds_))
            self._th = [th[c] for c in self.codes]
        return self._th


def shifted_inputs(meta: dict) -> list[str]:
    """Why a trained model's inputs differ from those it was trained on, if they do: other label
    descriptions (its zero-shot features), other glossaries, or another way of embedding glossed texts."""
    out = []
    if meta.get("taxonomy_hash") not in (None, taxonomy.taxonomy_hash()):
        out.append(f"was trained with other label descriptions or prototypes (configs/taxonomies hash {meta.get('taxonomy_hash')}, "
                   f"now {taxonomy.taxonomy_hash()}): its zero-shot features may have shifted")
    now = glossary_hashes()
    changed = sorted(k for k, v in (meta.get("glossaries") or {}).items() if now.get(k) != v)
    if changed:
        out.append(f"was trained with other glossaries for {', '.join(changed)} (configs/glossary): its inputs in "
                   "these languages have shifted")
    if meta.get("version") and meta.get("gloss_rule", 1) < GLOSS_RULE:
        out.append(f"was trained with texts embedded under rule {meta.get('gloss_rule', 1)}, and this version embeds them "
                   f"under rule {GLOSS_RULE} (gloss.GLOSS_RULE; from rule 3 on calendar years, from rule 4 on the capitals "
                   "of shouted lines, from rule 5 on pictographs and bullets are taken out, from rule 6 on page furniture such as "
                   "funding lines, menus, course languages, contacts and ratings, from rule 7 on the words that say a title names a "
                   "course, from rule 10 on bylines, from rule 11 on prices written after their amount and class sizes, from "
                   "rule 12 on deadlines, times of day, legal links and section labels, in every language; from rule 13 on "
                   "glossed concepts are embedded as their phrases, configs/gloss_phrases.toml; from rule 14 on a title is "
                   "embedded without the credential words before its subject; from rule 15 on German, French, Spanish, "
                   "Italian, Dutch, Polish and Portuguese texts are glossed too, their titles kept with the English appended, "
                   "and from rule 16 on Turkish ones; from rule 18 on a title is embedded without how hard the course is, "
                   "\"for beginners\", \"Advanced\", \"Introduction to\", and from rule 19 so in more languages; from rule 20 on a title's "
                   "glosses go without the kind of course, \"vocational\", \"university\"; from rule 21 on a course word after \"and\" "
                   "stays, an awarding body before a qualification's name and a level after the subject go, and a title's "
                   "glosses go without whom the course is for, \"elderly\", \"children\"; from rule 22 on names such as "
                   "\"PRINCE2\" are glossed in every language; from rule 23 on a title goes without its workload and level "
                   "figures; from rule 24 on the whole text's glosses go without \"trainer\" and \"quality\"; from rule 25 on "
                   "the whole text goes without its workload and what it awards; from rule 26 on a text in a language the "
                   "encoder does not read is embedded as its English words; from rule 27 on its sentences are split "
                   "as the text stage splits them; from rule 28 on a word for a language beside a programming "
                   "language's name is \"programming language\"; from rule 29 on a language's name that is also an "
                   "adjective, \"Tyska\", is \"language\" where it names the language; from rule 30 on a title's glosses go "
                   "without \"sustainability\", \"digital\", \"ethics\" where it names a subject besides; from rule 31 on the whole "
                   "text's glosses go without \"job search\" unless its title names it; from rule 32 on a sentence or a "
                   "title's part that says who pays the fee goes, and the employment service that funds or sends "
                   "learners where the title names a subject besides; from rule 33 on a title that names no subject, "
                   "\"Weiterbildung 2027/04\", is embedded as the whole text; from rule 34 on a subject quoted after a course "
                   "word loses its quotes, \"Formation «Excel avancé»\"; from rule 35 on a computer or smartphone course for "
                   "older people is everyday digital skills, \"Počítač pro seniory\"; from rule 36 on a glossed title in the "
                   "languages the encoder reads is its English words alone; from rule 37 on the glossary reads a title with "
                   "its course words, \"Kaynak kursu\"; from rule 38 on a title of how hard the course is, \"Kurs podstawowy\", "
                   "names no subject; from rule 39 on a short sentence that names a subject stays once its workload is off; "
                   "from rule 40 on \"Continuing education for\" comes off a title; from rule 41 on a title that names no "
                   "subject is the whole text's English words where it has any; from rule 42 on the whole text's glosses go without "
                   "\"vocational\" unless its title names it; from rule 43 on English listings are glossed too, their "
                   "titles embedded as their concepts' English words): "
                   "its inputs have shifted")
    elif meta.get("glossaries") and meta.get("gloss_rule", 1) != GLOSS_RULE:
        out.append(f"was trained with glossed texts embedded under rule {meta.get('gloss_rule', 1)}, and this version "
                   f"embeds them under rule {GLOSS_RULE} (gloss.GLOSS_RULE): its inputs in "
                   f"{', '.join(sorted(meta['glossaries']))} have shifted")
    return out


def as_items(items) -> Iterable:
    """What ``predict`` iterates over: a string, dict or Listing alone as one item (iterating it would
    give its characters or its keys, a listing each); a pandas DataFrame (duck-typed) as its rows, as
    dicts without the empty cells (NaN); anything else as it is."""
    if isinstance(items, (str, dict, Listing)):
        return [items]
    if hasattr(items, "itertuples") and hasattr(items, "columns"):
        cols = [str(c) for c in items.columns]
        return ({c: v for c, v in zip(cols, row) if not (v is None or (isinstance(v, float) and v != v))}
                for row in items.itertuples(index=False, name=None))
    return items


def map_evidence(lst: Listing, evidence: list[dict]) -> None:
    """Evidence offsets, found in the fields' text as read, mapped to the fields as given (they differ
    where HTML or mojibake was read: ``text.read_markup``, ``text.repair_mojibake``); the evidence
    ``text`` stays as read."""
    for ev in evidence:
        if ev.get("field") is not None and ev.get("start") is not None:
            ev["start"], ev["end"] = lst.original_span(ev["field"], ev["start"], ev["end"])


def record_language(lst: Listing) -> str | None:
    """The language a listing's record, rules and embedding use: its field, else the identified one; for a title
    alone whose glossary reads nothing in it, the identifier's candidate whose glossary does (gloss.glossed_language)."""
    lang = listing_language(lst)
    if not lst.language and lst.title and len(lst.read_parts()) == 1:
        lang = glossed_language(lst.title, lang, language_candidates(lst))
    return lang


def rules_record(lst: Listing, model_info: dict | None = None) -> dict:
    """A listing's record with the rule stage filled in (language, workload, stated level, mode,
    assessment, credential type) and the heads' fields still empty. Needs no encoder."""
    rec = empty_record(lst.id, model_info or {}, lst.errors)
    rec.update(title=lst.title, provider=lst.provider)
    if not lst.has_text:
        rec["language"] = lst.language
        return rec
    try:
        lang = record_language(lst)
        rec["language"] = lang
        rec["workload"] = extract_workload(lst.segments, lang)
        level = empty_level()
        level.update(extract_level(lst.segments, lang))
        if level["audience"] is None and adult_basic_education(lst.title, lang):
            level["audience"] = "adult_basic"  # for the EQF prior (eqf_prior); the glossaries read the title
        rec["level"] = level
        rec.update(extract_elements(lst.segments, lang, lst.title_field))
        if lst.offsets:
            map_evidence(lst, rec["workload"]["evidence"] + rec["level"]["evidence"])
    except (ConfigError, ImportError):  # a broken lexicon or installation fails every row: say so once
        raise
    except Exception as exc:  # a rule bug must not lose the row
        log.exception("rule extraction failed for %s", lst.id)
        rec["errors"].append(f"rule extraction failed: {type(exc).__name__}: {exc}")
    return rec


def _median_index(p: np.ndarray, quantile: float = 0.5) -> np.ndarray:
    """Along the last axis of probabilities of ordered classes: the index of the first class whose
    cumulative probability reaches ``quantile`` of the total (by default half: the median, the class
    nearest on average)."""
    cum = np.cumsum(p, axis=-1)
    return np.minimum((cum < quantile * cum[..., -1:] - 1e-9).sum(axis=-1), p.shape[-1] - 1)


class Classifier:
    """Classifies listings into microcredential records.

    ``encoder``: an Encoder or a spec string (``usem3``, ``minilm``, ``st:<path>``); ``text_fields``:
    which fields to read (default: every string field except id- and URL-like ones).
    """

    def __init__(self, encoder: Encoder | str | None = None, model="default", text_fields: list[str] | None = None,
                 batch_size: int = 64, temperature: float = 0.05, cache=None, esco: str | None = None):
        self.model_meta, self.trained = self._resolve_model(model)
        if encoder is None and self.model_meta is not None:
            encoder = self.model_meta["encoder"]["spec"]
        self.encoder = encoder if isinstance(encoder, Encoder) else get_encoder(encoder)
        if self.model_meta is not None and self.model_meta["encoder"]["name"] != self.encoder.name:
            raise EncoderError(
                f"model {self.model_meta['name']!r} was trained on encoder {self.model_meta['encoder']['name']!r}, "
                f"not {self.encoder.name!r}; drop --encoder or pass --model zero-shot")
        self.text_fields = text_fields
        self.batch_size = batch_size
        self.temperature = temperature
        self.cache = cache
        self.memo_size = 8192  # recent distinct texts; the persistent cache dedupes the rest
        self._esco_path = esco
        self._linker = None
        self._memo: OrderedDict = OrderedDict()
        self._heads = None

    @staticmethod
    def _resolve_model(model):
        """(meta, heads) of a trained model, or (None, None) for the zero-shot heads."""
        if model in (None, "zero-shot", "zeroshot"):
            return None, None
        if isinstance(model, tuple):
            return model
        if model == "default":
            path = default_model_path()
            if path is None:
                log.warning("no trained default model found; using zero-shot heads")
                return None, None
            model = path
        meta, heads = load_model(model)
        for msg in shifted_inputs(meta):
            log.warning("model %s %s; retrain", model, msg)
        return meta, heads

    @property
    def heads(self):
        """Zero-shot prototype heads (always built: they pick the detailed ISCED field and fill any head
        a trained model lacks)."""
        if self._heads is None:
            self._heads = build_zero_shot_heads(self.encoder, self.temperature)
        return self._heads

    @property
    def linker(self):
        """The ESCO linker when an ESCO release folder is set (esco= or MCCLASSIFY_ESCO_DIR), else None."""
        if self._linker is None:
            from .esco import EscoIndex, EscoLinker, esco_dir

            path = esco_dir(self._esco_path)
            if path is None:
                self._linker = False
            else:
                self._linker = EscoLinker(EscoIndex.build(path, self.encoder, max_alt=3), self.encoder)
        return self._linker or None

    @property
    def model_info(self) -> dict:
        if self.model_meta is not None:
            info = {"name": self.model_meta["name"], "version": self.model_meta["version"],
                    "encoder": self.encoder.name, "encoder_version": self.encoder.version}
        else:
            info = {"name": MODEL_NAME, "version": __version__, "encoder": self.encoder.name,
                    "encoder_version": self.encoder.version}
        if self.linker is not None:
            info["esco_version"] = self.linker.index.version
        return info

    def info(self) -> dict:
        return {
            "model": self.model_info,
            "trained_heads": sorted(self.trained) if self.trained else [],
            "heads": {"sector": "zero-shot prototypes (NACE Rev. 2 sections)",
                      "field": "zero-shot prototypes (ISCED-F 2013 narrow -> detailed)",
                      "skill_areas": "zero-shot prototypes (ESCO S1-S8)",
                      "transversal": "zero-shot prototypes (ESCO T1-T6)",
                      "level": "rules for stated levels; zero-shot x provider-level prior otherwise",
                      "workload": "rules for stated workload; zero-shot band otherwise"},
            "label_sets": {"sector": taxonomy.nace().codes(), "field": [lb.code for lb in taxonomy.isced_narrow()],
                           "skill_areas": [lb.code for lb in taxonomy.skill_groups("S")],
                           "transversal": [lb.code for lb in taxonomy.skill_groups("T")]},
            "languages_with_lexicons": list(taxonomy.lexicon_languages()),
            "languages_with_glossaries": list(glossary_languages()),  # glossed in English before embedding
            "config_hash": taxonomy.config_hash(),
            "esco_linking": (f"on: ESCO {self.linker.index.version}, {len(self.linker.index.uris)} skills"
                             if self.linker is not None else "off: set MCCLASSIFY_ESCO_DIR (or esco=) to an ESCO CSV release folder"),
        }

    # -- public API ----------------------------------------------------------------------------
    def predict(self, items: Iterable) -> list[dict]:
        return list(self.predict_iter(items))

    def predict_iter(self, items: Iterable, batch_size: int | None = None) -> Iterator[dict]:
        """Records for ``items`` (strings, dicts or Listings), in order, one per item, lazily. One
        string, dict or Listing alone is one item (not its characters or keys); a pandas DataFrame
        gives one item per row (``as_items``)."""
        bs = batch_size or self.batch_size
        it = iter(as_items(items))
        while True:
            chunk = list(itertools.islice(it, bs))
            if not chunk:
                return
            yield from self.predict_batch(chunk)

    def predict_batch(self, chunk: list) -> list[dict]:
        return self.finish(*self.prepare(chunk))

    def prepare(self, chunk: list) -> tuple[list[Listing], list[dict]]:
        """Stage 1 (no encoder): listings and their rule-extracted partial records. With a cache, rule
        results are kept too (keyed by the configs, the version and the listing), so a re-run of the
        same harvest with a retrained model repeats neither the rules nor the embeddings."""
        listings = [x if isinstance(x, Listing) else to_listing(x, self.text_fields) for x in chunk]
        if self.cache is None:
            return listings, [self._rules(lst) for lst in listings]
        from . import fastjson
        from .cache import text_hash

        # the cached value holds the rule record and the hashes of the texts to embed, so that a re-run
        # needs neither the rules nor the page-furniture stripping that makes those texts
        salt = self._rules_salt("rules+embed-hashes")
        # a field with markup or mojibake: its offsets too, as two fields that read alike map their evidence apart
        keys = [text_hash(salt + fastjson.dumps([lst.id, lst.segments, lst.title, lst.provider, lst.language, lst.errors]
                                                + ([lst.offsets] if lst.offsets else [])))
                for lst in listings]
        found = self.cache.get_rules(keys)
        records, new = [], []
        for k, lst in zip(keys, listings):
            if k in found:
                rec, lst.embed_hashes = fastjson.loads(found[k])
            else:
                rec = self._rules(lst)
                if lst.has_text:
                    lst.embed_hashes = [text_hash(t) for t in embed_texts(lst, rec["language"])]
                new.append((k, fastjson.dumps([rec, lst.embed_hashes])))
            rec["model"] = dict(self.model_info)
            records.append(rec)
        if new:
            self.cache.put_rules(new)
        return listings, records

    def prepare_rows(self, rows: list, parse: Callable, row_text: Callable[..., str]) -> tuple[list[Listing], list[dict]]:
        """``prepare`` for raw input rows (e.g. lines of a JSONL file): ``parse(row)`` makes the row's
        pipeline item, ``row_text(row)`` is the row's text together with how it is read (the text
        fields). With a cache, a row seen before skips parsing and the rules: its rule record and
        embedding hashes come from the cache and its listing is deferred (parsed only if a later stage
        needs its text). Rows with errors are not cached this way: their messages name line numbers."""
        if self.cache is None:
            return self.prepare([parse(r) for r in rows])
        from . import fastjson
        from .cache import text_hash

        salt = self._rules_salt("row-rules")
        keys = [text_hash(salt + row_text(r)) for r in rows]
        found = self.cache.get_rules(keys)
        miss = [i for i, k in enumerate(keys) if k not in found]
        m_listings, m_records = self.prepare([parse(rows[i]) for i in miss]) if miss else ([], [])
        listings: list = [None] * len(rows)
        records: list = [None] * len(rows)
        new = []
        for i, lst, rec in zip(miss, m_listings, m_records):
            listings[i], records[i] = lst, rec
            if lst.has_text and not rec["errors"]:
                new.append((keys[i], fastjson.dumps([rec, lst.embed_hashes])))
        for i, (k, row) in enumerate(zip(keys, rows)):
            if records[i] is None:
                rec, hashes = fastjson.loads(found[k])
                rec["model"] = dict(self.model_info)
                listings[i] = DeferredListing(rec["id"], hashes, functools.partial(self._parse_listing, parse, row))
                records[i] = rec
        if new:
            self.cache.put_rules(new)
        return listings, records

    def _parse_listing(self, parse: Callable, row) -> Listing:
        x = parse(row)
        return x if isinstance(x, Listing) else to_listing(x, self.text_fields)

    @staticmethod
    def _rules_salt(kind: str) -> str:
        return f"{kind}|{__version__}|{taxonomy.config_hash()}|{_rules_code_hash()}|"

    def predict_rows(self, rows: list, parse: Callable, row_text: Callable[..., str]) -> list[dict]:
        """Records for raw input rows (see ``prepare_rows``)."""
        return self.finish(*self.prepare_rows(rows, parse, row_text))

    def finish(self, listings: list[Listing], records: list[dict]) -> list[dict]:
        """Stage 2: embed the listings that have text and apply the heads."""
        todo = [i for i, lst in enumerate(listings) if lst.has_text]
        if todo:
            X = self.embed([listings[i] for i in todo], [records[i]["language"] for i in todo])
            self._apply_heads(X, [records[i] for i in todo])
            if self.linker is not None:
                linked = self.linker.link_many([listings[i].segments for i in todo], self._encode_memo, listing_vecs=X)
                for i, skills in zip(todo, linked):
                    if listings[i].offsets:
                        map_evidence(listings[i], [sk["evidence"] for sk in skills])
                    records[i]["esco_skills"] = skills
        return records

    def embed(self, listings: list[Listing], languages: list[str | None] | None = None) -> np.ndarray:
        """One vector per listing: the normalised sum of its title's and its whole text's embeddings
        (the title alone carries the subject best; the text adds context; measured on validation).
        ``languages``: each listing's language (the record's), for the glossaries (see gloss.py)."""
        if languages is None:
            languages = [record_language(lst) for lst in listings]
        n = len(listings)
        if all(lst.embed_hashes for lst in listings):  # known from the rule cache: texts made only if needed
            hashes = [lst.embed_hashes[0] for lst in listings] + [lst.embed_hashes[1] for lst in listings]

            def text_of(j: int) -> str:
                return embed_texts(listings[j % n], languages[j % n])[j // n]

            E = self._encode_hashed(hashes, text_of)
        else:
            pairs = [embed_texts(lst, lang) for lst, lang in zip(listings, languages)]
            E = self._encode_memo([p[0] for p in pairs] + [p[1] for p in pairs])
        return listing_vectors(E[:n], E[n:])

    def _encode_memo(self, texts: list[str]) -> np.ndarray:
        """Each distinct text is embedded once per run (in-memory memo of recent texts), and once
        ever when a persistent cache is set."""
        from .cache import text_hash

        return self._encode_hashed([text_hash(t) for t in texts], texts.__getitem__)

    def _encode_hashed(self, hashes: list[str], text_of) -> np.ndarray:
        """Vectors for texts given by their hashes; ``text_of(i)`` makes the i-th text, called only for
        texts neither in the memo nor in the persistent cache."""
        missing = {}
        for i, h in enumerate(hashes):
            if h not in self._memo and h not in missing:
                missing[h] = i
        if missing:
            todo = list(missing)
            if self.cache is not None:
                found, _ = self.cache.encode_hashed(self.encoder, todo, lambda h: text_of(missing[h]), self.batch_size)
            else:
                E = encode_unique(self.encoder, [text_of(missing[h]) for h in todo], batch_size=self.batch_size)
                found = dict(zip(todo, E))
            for h in missing:
                self._memo[h] = found[h]
        out = np.stack([self._memo[h] for h in hashes])
        while len(self._memo) > self.memo_size:
            self._memo.popitem(last=False)
        return out

    # -- stages --------------------------------------------------------------------------------
    def _rules(self, lst: Listing) -> dict:
        return rules_record(lst, self.model_info)

    def _head_probabilities(self, X: np.ndarray) -> tuple[dict, dict, dict, dict]:
        """The zero-shot heads' scores, probabilities and classes for embeddings ``X``, and each trained
        head's own probabilities (before any blend)."""
        h = self.heads
        answering = {name: head for name, head in h.items() if not name.endswith(FEATURES)}
        D = {name: head.decision_function(X) for name, head in answering.items()}
        P = {name: head.proba_from_scores(D[name]) for name, head in answering.items()}
        classes = {name: head.classes_ for name, head in answering.items()}
        own = {}
        if self.trained:
            F = X
            if (self.model_meta or {}).get("features") == "embedding+zeroshot":
                # the label-anchored twins score only here, for the features
                twins = {name: head.decision_function(X) for name, head in h.items() if name.endswith(FEATURES)}
                F = np.hstack([X, zero_shot_features(h, X, {**D, **twins})])
            own = {name: head.predict_proba(F) for name, head in self.trained.items()}
        return D, P, classes, own

    def blend_inputs(self, items: list) -> tuple[list[int], list[dict], dict]:
        """For choosing blend weights: which ``items`` have text, their rule records and, per trained
        head, (its classes, its own probabilities, the zero-shot classes, the zero-shot probabilities)."""
        listings, recs = self.prepare(list(items))
        todo = [i for i, lst in enumerate(listings) if lst.has_text]
        X = self.embed([listings[i] for i in todo], [recs[i]["language"] for i in todo])
        _, P, classes, own = self._head_probabilities(X)
        return todo, [recs[i] for i in todo], {name: (head.classes_, own[name], classes[name], P[name])
                                               for name, head in (self.trained or {}).items()}

    def _apply_heads(self, X: np.ndarray, recs: list[dict]) -> None:
        h = self.heads
        tr = self.trained or {}
        D, P, classes, own = self._head_probabilities(X)
        blend = (self.model_meta or {}).get("blend", {})
        for name, head in tr.items():  # trained heads replace their zero-shot twins
            p = own[name]
            if blend.get(name):
                p = blend_proba(p, head.classes_, P[name], classes[name], blend[name])
            P[name], classes[name] = p, head.classes_
        fgs = (self.model_meta or {}).get("field_given_sector")
        if fgs and "field" in tr and "sector" in tr:
            P["field"] = field_given_sector(P["field"], classes["field"], P["sector"], classes["sector"],
                                            fgs["pairs"], fgs["alpha"], fgs["weight"], fgs.get("temperature", 1.0))
        P["field"] = language_field_prior(P["field"], classes["field"], recs)
        isced_label = _label_map("isced_f").__getitem__
        label_maps = {"sector": _label_map("nace"), "field": _label_map("isced_f"),
                      "skill_areas": _label_map("esco_groups"), "transversal": _label_map("esco_groups")}
        # the detailed field under a narrow one: the trained detailed head's choice among the detailed
        # fields it knows there, else the zero-shot prototypes' (label names only)
        det_heads = [(h["field_detailed"].classes_, D["field_detailed"])]
        if "field_detailed" in tr:
            det_heads.insert(0, (tr["field_detailed"].classes_, own["field_detailed"]))
        det_sources = [([str(c) for c in cls], self._detailed_index(cls), scores) for cls, scores in det_heads]
        best_detailed: dict = {}

        def detailed(narrow: str) -> list[str] | None:
            """For each row, the best-scoring detailed field under ``narrow`` (None if it has none)."""
            if narrow not in best_detailed:
                best_detailed[narrow] = None
                for codes, index, det_scores in det_sources:
                    idx = index.get(narrow)
                    if idx is not None:
                        best_detailed[narrow] = [codes[i] for i in idx[np.argmax(det_scores[:, idx], axis=1)]]
                        break
            return best_detailed[narrow]

        # the provider's difficulty word as a prior over EQF: always for zero-shot, by choice for a trained head
        provider_prior = "eqf" not in tr or bool((self.model_meta or {}).get("eqf_provider_prior"))
        rk = {name: _RankedRows(classes[name], P[name], label_maps[name], {"sector": 3, "field": 3}.get(name))
              for name in label_maps}
        # the level given: the posterior's median, or the quantile fitted for a trained head (model.json)
        quantile = float((self.model_meta or {}).get("eqf_quantile", 0.5)) if "eqf" in tr else 0.5
        eqf_scores, eqf_top = self._eqf_posteriors(recs, P["eqf"], classes["eqf"], provider=provider_prior,
                                                   quantile=quantile)
        band_pick = self._median_bands(classes["band"], P["band"])
        th = {name: rk[name].thresholds(tr[name]) for name in ("skill_areas", "transversal") if name in tr}
        for r, rec in enumerate(recs):
            sec = rk["sector"].row(r)
            rec["sector"] = {**sec[0], "alternatives": sec[1:]}
            fields = rk["field"].row(r)
            for f in fields:
                best = detailed(f["code"])
                if best is not None:
                    f["code"] = best[r]
                    f["label"] = isced_label(f["code"])
            rec["field"] = {**fields[0], "alternatives": fields[1:]}
            for name, rel in (("skill_areas", 0.5), ("transversal", 0.6)):
                rows = rk[name]
                always_top, k = PICK[name]
                if name in th:
                    # the most probable skill area always comes first (a listing builds at least one),
                    # then the others above their thresholds; transversal groups only above theirs
                    # (heads.pick, as the thresholds were fitted)
                    top = rows.order[r][0] if always_top else -1
                    rec[name] = rows.row(r, lambda i, s, t=th[name], top=top: i == top or s >= t[i])[:k]
                else:
                    cut = rel * rows.rows[r][rows.order[r][0]]
                    rec[name] = rows.row(r, lambda i, s, cut=cut: s >= cut)[:k] or rows.row(r)[:1]
            lv = rec["level"]
            if lv["source"] == "stated" and lv["eqf"]:
                lv["scores"] = {str(i): (1.0 if i == lv["eqf"] else 0.0) for i in range(1, 9)}
            else:
                lv.update(scores=dict(zip(_EQF_KEYS, eqf_scores[r])), eqf=eqf_top[r], source="predicted")
            self._band(rec, classes["band"], P["band"][r], band_pick[r])

    @staticmethod
    @functools.lru_cache(maxsize=8)
    def _detailed_index_cached(det_codes: tuple) -> dict:
        out: dict[str, list[int]] = {}
        for i, c in enumerate(det_codes):
            out.setdefault(c[:3], []).append(i)
        return {k: np.asarray(v) for k, v in out.items()}

    def _detailed_index(self, det_codes) -> dict:
        """Narrow field -> indices of its detailed fields in the detailed head."""
        return self._detailed_index_cached(tuple(str(c) for c in det_codes))

    @staticmethod
    def _eqf_posteriors(recs: list[dict], p_eqf: np.ndarray, classes, provider: bool = True,
                        quantile: float = 0.5) -> tuple[list, list]:
        """Per row: EQF 1..8 posterior (the head's probabilities times ``eqf_prior``), rounded to 4 places,
        and its median level (the first level whose cumulative probability reaches one half). Levels are
        ordered, so the median, which minimises the expected distance in levels, is the decision; the
        argmax of a posterior split between EQF 3 and 6 would pick a far end. A trained model may give
        another ``quantile`` (``model.eqf_quantile`` of its config, chosen on the validation listings)."""
        full = np.zeros((len(recs), 8))
        full[:, [int(c) - 1 for c in classes]] = p_eqf
        full *= np.asarray([eqf_prior(rec, provider=provider) for rec in recs])
        post = full / full.sum(axis=1, keepdims=True)
        return np.round(post, 4).tolist(), (_median_index(post, quantile) + 1).tolist()

    @staticmethod
    def _median_bands(codes, probs: np.ndarray) -> np.ndarray:
        """Per row, the index (into ``codes``) of the median band: bands are ordered by size, smallest
        first, and the median is the one nearest on average, as for EQF (see _eqf_posteriors)."""
        bands = taxonomy.load_taxonomy_raw("bands")
        order = np.asarray(sorted(range(len(codes)), key=lambda j: float(bands[str(codes[j])]["typical_hours"])))
        return order[_median_index(np.asarray(probs, dtype=float)[:, order])]

    @staticmethod
    def _band(rec: dict, codes, probs, i: int) -> None:
        """A predicted workload from band ``i`` (the median band) where the rules found none stated."""
        w = rec["workload"]
        if w["source"] != "none":
            return
        band = str(codes[i])
        hours = float(taxonomy.load_taxonomy_raw("bands")[band]["typical_hours"])
        w.update(hours=hours, hours_min=None, hours_max=None, band=band_for_hours(hours), source="predicted",
                 assumptions=["no workload stated: band predicted from the text, hours = the band's typical value"],
                 confidence=round(float(probs[i]), 4))
