"""Label sets and rule data loaded from configs/: taxonomies, frameworks, lexicons."""
from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass, field

from .config import config_dir, load_toml
from .errors import ConfigError


@dataclass(frozen=True)
class Label:
    code: str
    label: str
    description: str = ""
    terms: tuple[str, ...] = ()
    level: str = ""

    def prototype_texts(self, one_term_each: bool = False, term_alone: bool = False) -> list[str]:
        """Texts whose embeddings stand for this label in zero-shot matching: the label with its
        description, then the label with each line of terms, or with ``one_term_each`` with each
        comma-separated term (a line of ten topics embeds as a blur of all of them, and a listing
        about one of them matches it less than a label with a narrower line): after the label, or
        with ``term_alone`` alone."""
        head = f"{self.label}. {self.description}".strip()
        if one_term_each:
            return [head] + [w.strip() if term_alone else f"{self.label}: {w.strip()}"
                             for t in self.terms for w in t.split(",") if w.strip()]
        return [head] + [f"{self.label}: {t}" for t in self.terms]


@dataclass(frozen=True)
class Taxonomy:
    name: str
    scheme: str
    labels: tuple[Label, ...] = field(default_factory=tuple)

    def codes(self) -> list[str]:
        return [lb.code for lb in self.labels]

    def get(self, code: str) -> Label:
        return self._index()[code]

    def _index(self) -> dict[str, Label]:
        idx = self.__dict__.get("_idx")
        if idx is None:
            idx = {lb.code: lb for lb in self.labels}
            object.__setattr__(self, "_idx", idx)
        return idx


@functools.lru_cache(maxsize=None)
def load_taxonomy(name: str) -> Taxonomy:
    data = load_toml(f"taxonomies/{name}.toml")
    labels = []
    for code, v in data.items():
        if not isinstance(v, dict):
            continue
        labels.append(Label(code=str(code), label=v["label"], description=v.get("description", ""),
                            terms=tuple(v.get("terms", ())), level=v.get("level", "")))
    return Taxonomy(name=name, scheme=data.get("scheme", name), labels=tuple(labels))


def nace() -> Taxonomy:
    return load_taxonomy("nace")


def isced() -> Taxonomy:
    return load_taxonomy("isced_f")


def isced_label(code: str) -> str:
    return isced().get(code).label


def isced_narrow() -> list[Label]:
    """Substantive narrow fields, the ones with a project description."""
    return [lb for lb in isced().labels if lb.level == "narrow" and lb.description]


def isced_detailed_children(narrow: str) -> list[Label]:
    """Substantive detailed fields (last digit 1-7) under a narrow field."""
    return [lb for lb in isced().labels
            if lb.level == "detailed" and lb.code[:3] == narrow and lb.code[3] in "1234567"]


def skill_groups(prefix: str) -> list[Label]:
    return [lb for lb in load_taxonomy("esco_groups").labels if lb.code.startswith(prefix)]


def eqf_levels() -> list[Label]:
    return list(load_taxonomy("eqf").labels)


@functools.lru_cache(maxsize=None)
def frameworks() -> dict[str, dict]:
    return load_toml("frameworks/frameworks.toml")


def framework_to_eqf(framework: str, level: str) -> int | None:
    fw = frameworks().get(framework)
    if fw is None:
        raise ConfigError(f"unknown framework id {framework!r} in a lexicon; add it to frameworks/frameworks.toml")
    return fw["map"].get(level.lower().strip())


@functools.lru_cache(maxsize=None)
def lexicon_languages() -> tuple[str, ...]:
    return tuple(sorted(p.stem for p in (config_dir() / "lexicons").glob("*.toml") if p.stem != "xx"))


@functools.lru_cache(maxsize=None)
def lexicon(lang: str) -> dict:
    if lang != "xx" and lang not in lexicon_languages():
        return {}
    return load_toml(f"lexicons/{lang}.toml")


# the heads whose terms are lists of topics, matched one term at a time (zero-shot top-1, one-off
# script over the cached embeddings, lines of terms -> single terms: sector on the fresh topics 0.476
# -> 0.529, Udemy 0.342 -> 0.378; ISCED broad 0.442 -> 0.484 and 0.340 -> 0.440; skill area 0.457 ->
# 0.556 and 0.483 -> 0.544). The EQF and band terms describe a level or a size, and the transversal
# groups scored no better that way (docs/measurements.md). Part of taxonomy_hash: the prototypes change.
ONE_TERM_EACH = ("sector", "field", "skill_areas")
# of those, the heads whose terms are matched alone ("welding", not "Manufacturing: welding"): the
# label's name before every term drew course text towards labels named like a course ("Education:
# ..."). Zero-shot top-1 on validation / Coursera / Udemy, sector 0.512 / 0.470 / 0.401 -> 0.535 /
# 0.561 / 0.509, ISCED broad 0.618 / 0.381 / 0.441 -> 0.665 / 0.552 / 0.560; skill areas lost on
# Udemy and in trained micro-F1 that way (docs/measurements.md). Part of taxonomy_hash.
TERM_ALONE = ("sector", "field")


@functools.lru_cache(maxsize=None)
def taxonomy_hash() -> str:
    """Hash of the label descriptions (configs/taxonomies) and of how they become prototypes
    (``ONE_TERM_EACH``): what zero-shot prototypes and the zero-shot features of trained models depend on."""
    h = hashlib.sha256()
    for p in sorted((config_dir() / "taxonomies").glob("*.toml")):
        h.update(p.name.encode())
        h.update(p.read_bytes())
    h.update(("one term each: " + ",".join(ONE_TERM_EACH)).encode())
    h.update(("term alone: " + ",".join(TERM_ALONE)).encode())
    return h.hexdigest()[:16]


@functools.lru_cache(maxsize=None)
def config_hash() -> str:
    """Hash of every config file: ties cached prototype embeddings to the configs they came from."""
    h = hashlib.sha256()
    for p in sorted(config_dir().rglob("*.toml")):
        h.update(p.relative_to(config_dir()).as_posix().encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


def load_taxonomy_raw(name: str) -> dict:
    return load_toml(f"taxonomies/{name}.toml")
