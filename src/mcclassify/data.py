"""Training examples: the project's labelled listings, public data through crosswalks, and
taxonomy-grounded examples (ESCO skills and knowledge, NACE explanatory notes, EQF-labelled
qualification names). Public files are read from the data folder (MCCLASSIFY_DATA_DIR), never copied."""
from __future__ import annotations

import csv
import functools
import hashlib
import json
import logging
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from . import taxonomy
from .config import config_dir, load_toml
from .errors import ConfigError, InputError
from .record import BANDS, band_for_hours
from .text import detect_language, listing_language, to_listing

log = logging.getLogger(__name__)
csv.field_size_limit(10_000_000)
# a public course is taken to be in another language than English only at this identifier probability
# (short English titles are often read as Luxembourgish or Serbian with less)
PUBLIC_LANGUAGE_MIN_PROBABILITY = 0.9


@dataclass
class Example:
    title: str
    text: str
    labels: dict
    source: str
    group: str
    lang: str = "en"
    weight: float = 1.0
    meta: dict = field(default_factory=dict)


def data_dir(path: str | None = None) -> Path:
    p = path or os.environ.get("MCCLASSIFY_DATA_DIR")
    if not p:
        raise InputError("no data folder: set MCCLASSIFY_DATA_DIR (e.g. ../shared/data) or pass data.dir=...")
    p = Path(p)
    if not p.is_dir():
        raise InputError(f"data folder not found: {p}")
    return p


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _eqf_target(level: dict) -> int | None:
    if level.get("eqf"):
        return int(level["eqf"])
    acc = sorted(level.get("acceptable") or [])
    return acc[(len(acc) - 1) // 2] if acc else None


# fields of a labelled listing that are annotation, not listing text (training_data/GUIDE.md): any other
# string field is read as text, so these must be removed before a labelled listing is classified
ANNOTATION_FIELDS = ("labels", "language", "template")


def as_input(row: dict) -> dict:
    """A labelled listing as a user would pass it: labels, language and template removed."""
    return {k: v for k, v in row.items() if k not in ANNOTATION_FIELDS}


# the heads a weakly labelled example (public, taxonomy or qualification-type data) has a label key for
WEAK_LABEL_KEYS = ("sector", "field", "skill_areas", "transversal", "eqf", "band")


def _labels(**given) -> dict:
    """A weakly labelled example's labels: ``given``, and None for every other head of ``WEAK_LABEL_KEYS``."""
    return {**dict.fromkeys(WEAK_LABEL_KEYS), **given}


@functools.lru_cache(maxsize=1)
def _label_codes() -> dict[str, set[str]]:
    return {"sector": {lb.code for lb in taxonomy.nace().labels}, "field": {lb.code for lb in taxonomy.isced().labels},
            "skill_areas": {lb.code for lb in taxonomy.skill_groups("S")},
            "transversal": {lb.code for lb in taxonomy.skill_groups("T")}}


def label_problems(lab: dict) -> list[str]:
    """What in a `labels` object is not a code of the project's label sets (training_data/GUIDE.md)."""
    codes, out = _label_codes(), []
    if lab.get("sector") is not None and lab["sector"] not in codes["sector"]:
        out.append(f"sector {lab['sector']!r} is not a NACE Rev. 2 section (A-U)")
    if lab.get("field") is not None and str(lab["field"]) not in codes["field"]:
        out.append(f"field {lab['field']!r} is not an ISCED-F 2013 code")
    for key, name in (("skill_areas", "ESCO skill group S1-S8"), ("transversal", "ESCO transversal group T1-T6")):
        bad = [c for c in lab.get(key) or [] if c not in codes[key]]
        if bad:
            out.append(f"{key} {bad} {'is' if len(bad) == 1 else 'are'} not {'an ' if len(bad) == 1 else ''}{name}")
    level = lab.get("level") or {}
    levels = ([level["eqf"]] if level.get("eqf") is not None else []) + list(level.get("acceptable") or [])
    if any(not isinstance(v, int) or isinstance(v, bool) or not 1 <= v <= 8 for v in levels):
        out.append(f"level {level!r}: EQF levels are whole numbers 1-8")
    band = (lab.get("workload") or {}).get("band")
    if band is not None and band not in BANDS:
        out.append(f"workload band {band!r} is not one of {', '.join(BANDS)}")
    return out


def labelled_files(paths: list[str | Path]) -> list[Path]:
    """The .jsonl files of labelled data paths (files, or folders of them)."""
    files = []
    for p in map(Path, paths):
        files += sorted(p.glob("*.jsonl")) if p.is_dir() else [p]
    for f in files:
        if not f.exists():
            raise InputError(f"labelled data not found: {f}")
    return files


def labelled_rows(files: list[Path]) -> Iterator[tuple[Path, int, dict]]:
    """(file, line number, row) of labelled listings; a line that is not a labelled listing by
    training_data/GUIDE.md stops with its file and line."""
    for f in files:
        with open(f, "rb") as fh:
            for n, raw in enumerate(fh, 1):
                try:
                    line = raw.decode("utf-8-sig" if n == 1 else "utf-8")
                except UnicodeDecodeError as e:
                    raise InputError(f"{f}:{n}: not UTF-8 (byte 0x{raw[e.start]:02x} at byte {e.start + 1} of the line); "
                                     "labelled data must be saved as UTF-8") from None
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as e:
                    raise InputError(f"{f}:{n}: not JSON ({e.msg})") from None
                if not isinstance(row, dict) or not isinstance(row.get("labels"), dict) or not row["labels"]:
                    raise InputError(f"{f}:{n}: no `labels` object (see training_data/GUIDE.md)")
                problems = label_problems(row["labels"])
                if problems:
                    raise InputError(f"{f}:{n}: " + "; ".join(problems) + " (see training_data/GUIDE.md)")
                yield f, n, row


def detailed_field(code) -> str | None:
    """A detailed ISCED-F field (four digits) that names a subject (last digit 1-7; 0 is "not further
    defined" and 8 "inter-disciplinary", which the detailed head does not answer), else None."""
    code = str(code or "")
    return code if len(code) == 4 and code.isdigit() and code[3] in "1234567" else None


def labelled_examples(paths: list[str | Path], source: str = "labelled") -> tuple[list[Example], dict]:
    """Listings labelled by GUIDE.md (seed or users' own coded samples)."""
    files = labelled_files(paths)
    hashes = {str(f): file_sha256(f) for f in files}
    out = []
    for f, n, row in labelled_rows(files):
        lab = row["labels"]
        # the annotated language is kept here: an example is glossed and grouped (English or not) by it
        lst = to_listing({k: v for k, v in row.items() if k == "language" or k not in ANNOTATION_FIELDS})
        w = lab.get("workload") or {}
        labels = {
            "sector": lab.get("sector"), "field": (lab.get("field") or "")[:3] or None,
            "field_detailed": detailed_field(lab.get("field")),
            "skill_areas": lab.get("skill_areas") or None, "transversal": lab.get("transversal") or None,
            "eqf": _eqf_target(lab.get("level") or {}),
            "band": w.get("band") if w.get("band") not in (None, "unknown") else None,
        }
        out.append(Example(lst.embed_title() or "", lst.embed_text(), labels, source,  # as Classifier.embed reads it
                           group=row.get("template") or row.get("id") or f"{f.name}:{n}",
                           lang=listing_language(lst) or "xx",
                           meta={"id": row.get("id"), "labels": lab,
                                 # the listing as a user would pass it (annotation fields hidden)
                                 "item": as_input(row)}))
    return out, hashes


QUALIFICATION_TYPES = "taxonomy:qualification_types"


def qualification_type_examples(paths: list[str | Path]) -> tuple[list[Example], dict]:
    """Names of formal qualification types with their usual EQF level (training_data/qualification_types.tsv:
    tab-separated ``eqf``, ``lang``, ``name``; '#' lines are comments), as EQF-only examples in their language."""
    out, hashes = [], {}
    for p in map(Path, paths):
        if not p.is_file():
            raise InputError(f"qualification types not found: {p}")
        hashes[str(p)] = file_sha256(p)
        seen_header = False
        with open(p, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip() or line.startswith("#"):
                    continue
                cells = [c.strip() for c in line.rstrip("\n").split("\t")]
                if not seen_header:
                    if cells != ["eqf", "lang", "name"]:
                        raise InputError(f"{p}:{n}: the header must be 'eqf<TAB>lang<TAB>name', not {line.strip()!r}")
                    seen_header = True
                    continue
                if (len(cells) != 3 or not cells[0].isdigit() or not 1 <= int(cells[0]) <= 8
                        or not re.fullmatch(r"[a-z]{2,3}", cells[1]) or not cells[2]):
                    raise InputError(f"{p}:{n}: expected an EQF level 1-8, an ISO 639 language code and a name, "
                                     f"tab-separated; got {line.strip()!r}")
                lv, lang, name = int(cells[0]), cells[1], cells[2]
                out.append(Example(name, name, _labels(eqf=lv), QUALIFICATION_TYPES, group=f"{lang}:{name}",
                                   lang=lang))
    return out, hashes


# -- public data through crosswalks -------------------------------------------------------------
def _skill_lexicon(ddir: Path) -> dict[str, set[str]]:
    """ESCO preferred and alternative labels (lower case) -> their level-1 S/T groups."""
    groups = {}
    with open(ddir / "esco_v1.1.1/derived/skill_to_hierarchy_levels.csv", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            gs = {g.split("|")[0] for g in r["level1_groups(code|label)"].split(";") if g.split("|")[0][:1] in "ST"}
            if gs:
                groups[r["conceptUri"]] = gs
    lex: dict[str, set[str]] = {}
    with open(ddir / "esco_v1.1.1/classification_en/skills_en.csv", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            gs = groups.get(r["conceptUri"])
            if not gs:
                continue
            for lab in [r["preferredLabel"], *r["altLabels"].split("\n")]:
                lab = lab.strip().lower()
                if lab:
                    lex.setdefault(lab, set()).update(gs)
    return lex


def _tag_groups(tags: list[str], lex: dict, rules) -> list[str]:
    counts: dict[str, int] = {}
    for t in tags:
        t = t.strip().lower()
        gs = lex.get(t) or {r["group"] for r in rules if re.search(r["pattern"], t)}
        for g in gs:
            if g.startswith("S"):
                counts[g] = counts.get(g, 0) + 1
    # ties broken by the group code: ``gs`` is a set, whose order changes from process to process, so
    # without it the three groups kept (and the trained skill-area head) changed between trainings
    return [g for g, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))][:3]


# taxonomy-grounded sources (`data.taxonomy` of a training config); only "prototypes", the project's
# own label descriptions, needs no data folder
TAXONOMY_SOURCES = ("prototypes", "esco_skills", "esco_knowledge", "nace_notes", "eqf_qualifications", "esco_occupations",
                    "esco_occupation_levels")
NO_DATA_FOLDER = ("prototypes",)


def needs_data_folder(public: list[str], taxonomy: list[str]) -> bool:
    """Whether these sources read files from the data folder (every platform does; of the taxonomy
    sources, all but the project's own label descriptions)."""
    return bool(public) or any(t not in NO_DATA_FOLDER for t in taxonomy)


def public_platforms() -> list[str]:
    """Platforms with a crosswalk (configs/crosswalks/<name>.toml naming a data file)."""
    return sorted(p.stem for p in (config_dir() / "crosswalks").glob("*.toml") if "file" in load_toml(f"crosswalks/{p.name}"))


def check_sources(public: list[str], taxonomy: list[str]) -> None:
    """A training config's public platforms and taxonomy sources are known ones; the error names
    the known ones (a misspelt taxonomy source used to give no examples and no error)."""
    for key, names, known in (("public", public, public_platforms() if public else []), ("taxonomy", taxonomy, TAXONOMY_SOURCES)):
        unknown = [n for n in names if n not in known]
        if unknown:
            raise ConfigError(f"data.{key}: unknown source(s) {', '.join(map(repr, unknown))}; known: {', '.join(known)}")


def public_examples(ddir: Path | None, names: list[str], max_per_source: int = 4000) -> tuple[list[Example], dict]:
    check_sources(names, [])
    out, hashes = [], {}
    skill_rules = load_toml("crosswalks/skill_tags.toml").get("rules", [])
    lex = None
    seen_titles: set[str] = set()
    for name in names:
        cw = load_toml(f"crosswalks/{name}.toml")
        path = ddir / cw["file"]
        if not path.exists():
            log.warning("public data file missing, skipped: %s", path)
            continue
        hashes[cw["file"]] = file_sha256(path)
        if cw.get("skills") and lex is None:
            lex = _skill_lexicon(ddir)
        rules = [(re.compile(r["pattern"]), r) for r in cw.get("rules", [])]
        n = 0
        with open(path, encoding="utf-8", errors="replace") as fh:
            for r in csv.DictReader(fh):
                title = (r.get(cw["text"][0]) or "").strip()
                key = re.sub(r"\W+", " ", title.lower()).strip()
                if not title or key in seen_titles or title == cw["text"][0]:
                    continue  # overlapping platforms: de-duplicate on the normalised title
                seen_titles.add(key)
                if "fixed" in cw:
                    lab = dict(cw["fixed"])
                else:
                    lab = dict(cw["default"].get((r.get(cw["category"]) or "").strip(), {}))
                skills = lab.pop("skills", None)  # skill groups of the category (a rule's own, if it matches)
                for rx, rule in rules:
                    if rx.search(title):
                        lab = {"sector": rule["sector"], "field": rule["field"]}
                        skills = rule.get("skills")
                        break
                if not lab:
                    continue
                labels = _labels(sector=lab["sector"], field=lab["field"], skill_areas=list(skills) if skills else None)
                if cw.get("skills") and r.get(cw["skills"]):
                    sk = _tag_groups(re.split(r"[,;]", r[cw["skills"]]), lex, skill_rules)
                    labels["skill_areas"] = sk or None
                hours = None
                if cw.get("duration"):
                    hours = cw.get("durations", {}).get((r.get(cw["duration"]) or "").strip())
                if name == "futurelearn":
                    wk = re.match(r"(\d+)", r.get("duration") or "")
                    hw = re.match(r"(\d+)", r.get("weekly_study") or "")
                    if wk and hw and int(hw.group(1)) > 0:
                        hours = int(wk.group(1)) * int(hw.group(1))
                labels["band"] = band_for_hours(hours) if hours else None
                body = " ".join((r.get(c) or "") for c in cw["text"][1:])
                text = (title + "\n" + body).strip()[:2000]
                # the platforms' catalogues are English with a few courses in other languages: those
                # get their language (glossed, and counted as non-English) only where the identifier is sure
                out.append(Example(title, text, labels, f"public:{name}", group=f"{name}:{key}",
                                   lang=detect_language(text, PUBLIC_LANGUAGE_MIN_PROBABILITY) or "en",
                                   meta={"platform": name}))
                n += 1
                if n >= max_per_source:
                    break
    return out, hashes


# -- taxonomy-grounded examples -----------------------------------------------------------------
def taxonomy_examples(ddir: Path | None, names: list[str], max_per_source: int = 6000) -> tuple[list[Example], dict]:
    check_sources([], names)
    out, hashes = [], {}
    isced_by_label = {lb.label.lower(): lb.code for lb in taxonomy.isced().labels}
    if "esco_skills" in names or "esco_knowledge" in names:
        hp = ddir / "esco_v1.1.1/derived/skill_to_hierarchy_levels.csv"
        sp = ddir / "esco_v1.1.1/classification_en/skills_en.csv"
        hashes[str(hp.relative_to(ddir))] = file_sha256(hp)
        hashes[str(sp.relative_to(ddir))] = file_sha256(sp)
        info = {}
        with open(hp, encoding="utf-8") as fh:
            for r in csv.DictReader(fh):
                info[r["conceptUri"]] = r
        detailed_of: dict[str, str] = {}  # knowledge concept -> the detailed ISCED-F field ESCO files it under
        if "esco_knowledge" in names:
            rp = ddir / "esco_v1.1.1/relations/broaderRelationsSkillPillar.csv"
            hashes[str(rp.relative_to(ddir))] = file_sha256(rp)
            with open(rp, encoding="utf-8") as fh:
                for r in csv.DictReader(fh):
                    code = r["broaderUri"].rsplit("/isced-f/", 1)[-1] if "/isced-f/" in r["broaderUri"] else ""
                    if detailed_field(code):
                        detailed_of.setdefault(r["conceptUri"], code)
        ns = nk = 0
        with open(sp, encoding="utf-8") as fh:
            for r in csv.DictReader(fh):
                h = info.get(r["conceptUri"])
                if not h:
                    continue
                title = r["preferredLabel"]
                text = f"{title}. {r['description']}"[:1500]
                g1 = [g.split("|") for g in h["level1_groups(code|label)"].split(";") if g]
                if r["skillType"] == "knowledge" and "esco_knowledge" in names and nk < max_per_source:
                    narrow = [isced_by_label.get(g[1].strip().lower()) for g in
                              (x.split("|") for x in h["level2_groups(code|label)"].split(";") if x) if len(g) > 1]
                    narrow = [c for c in narrow if c and len(c) == 3]
                    if narrow:
                        det = detailed_of.get(r["conceptUri"])
                        out.append(Example(title, text, _labels(field=narrow[0],
                                                                field_detailed=det if det and det[:3] == narrow[0] else None),
                                           "taxonomy:esco_knowledge", group=r["conceptUri"]))
                        nk += 1
                if "esco_skills" in names and ns < max_per_source:
                    s = [g[0] for g in g1 if g[0].startswith("S")]
                    t = [g[0] for g in g1 if g[0].startswith("T")]
                    if s or t:
                        out.append(Example(title, text, _labels(skill_areas=s or None, transversal=t or None),
                                           "taxonomy:esco_skills", group=r["conceptUri"]))
                        ns += 1
    if "prototypes" in names:
        # the project's own label descriptions and multilingual terms (configs/taxonomies), as examples
        for head, labels, key in (("sector", taxonomy.nace().labels, "sector"), ("field", taxonomy.isced_narrow(), "field"),
                                  ("S", taxonomy.skill_groups("S"), "skill_areas"), ("T", taxonomy.skill_groups("T"), "transversal"),
                                  ("eqf", taxonomy.eqf_levels(), "eqf")):
            for lb in labels:
                for t in lb.prototype_texts():
                    val = [lb.code] if key in ("skill_areas", "transversal") else lb.code
                    out.append(Example(lb.label, t, _labels(**{key: val}), "taxonomy:prototypes", group=f"{head}:{lb.code}"))
    if "nace_notes" in names:
        p = ddir / "nace_rev2/nace_rev2.csv"
        hashes[str(p.relative_to(ddir))] = file_sha256(p)
        rows = list(csv.DictReader(open(p, encoding="utf-8")))
        parent = {r["Code"]: r["Parent"] for r in rows}

        def section(code):
            while parent.get(code):
                code = parent[code]
            return code
        for r in rows:
            if r["Level"] == "4":  # each "includes" line is an activity of the class's section
                for line in (r["This item includes"] or "").split("\n"):
                    line = line.strip(" -.:").strip()
                    if len(line) > 15 and not line.lower().startswith("this "):
                        out.append(Example(line, line, _labels(sector=section(r["Code"])),
                                           "taxonomy:nace_notes", group=r["Code"]))
            if r["Level"] in ("2", "3", "4"):
                title = r["Description"]
                inc = re.sub(r"\s+", " ", r["This item includes"] or "")
                out.append(Example(title, f"{title}. {inc}"[:1500], _labels(sector=section(r["Code"])),
                                   "taxonomy:nace_notes", group=r["Code"]))
    if "eqf_qualifications" in names:
        p = ddir / "eqf_qualifications/qualifications_eqf.csv"
        hashes[str(p.relative_to(ddir))] = file_sha256(p)
        for r in csv.DictReader(open(p, encoding="utf-8")):
            try:
                lv = int(float(r["eqf_level"]))
            except ValueError:
                continue
            q = r["qualification"].strip()
            # meta "labels": the level as a listing's labels give it, so that a cross-source split can
            # score EQF on these names (the only public data with level labels); acceptable = its level
            out.append(Example(q, q, _labels(eqf=lv), "taxonomy:eqf_qualifications",
                               group=f"{r['country']}:{q}",
                               meta={"labels": {"level": {"eqf": lv, "source": "none", "acceptable": [lv]}}}))
    for name in OCCUPATION_SOURCES:
        if name in names:
            out += _occupation_examples(ddir, hashes, max_per_source, name)
    return out, hashes


def isco_lookup(code: str, table: dict[str, str]) -> str | None:
    """The value ``table`` gives an ISCO-08 code through its longest matching prefix (a NACE section in
    configs/crosswalks/isco_nace.toml, an EQF level by major group in isco_eqf.toml)."""
    for n in range(len(code), 0, -1):
        if code[:n] in table:
            return table[code[:n]]
    return None


# taxonomy sources of ESCO occupations: the head each trains and the project's crosswalk of the ISCO-08 code to its label
OCCUPATION_SOURCES = {"esco_occupations": ("sector", "crosswalks/isco_nace.toml"),
                      "esco_occupation_levels": ("eqf", "crosswalks/isco_eqf.toml")}


def _occupation_examples(ddir: Path, hashes: dict, max_per_source: int, name: str) -> list[Example]:
    """ESCO occupations (label and description; English and, where the release has it, French) labelled
    for one head through their ISCO-08 code (``OCCUPATION_SOURCES[name]``): ``esco_occupations``, the NACE
    section their ISCO group typically works in (course listings speak of jobs and tasks more than NACE's
    notes on economic activities do); ``esco_occupation_levels``, the EQF level of a course for that
    occupation's workers, from the ISCO skill level (a course on energy trading is for graduates, one on
    sewing for machinists, which listing texts seldom say)."""
    head, crosswalk = OCCUPATION_SOURCES[name]
    table = {str(k): v for k, v in load_toml(crosswalk)["map"].items()}
    source = f"taxonomy:{name}"
    out = []
    for lang, rel in (("en", "esco_v1.1.1/classification_en/occupations_en.csv"),
                      ("fr", "esco_v1.1.1/classification_fr_partial/occupations_fr.csv")):
        p = ddir / rel
        if not p.exists():
            continue
        hashes[rel] = file_sha256(p)
        n = 0
        with open(p, encoding="utf-8") as fh:
            for r in csv.DictReader(fh):
                value = isco_lookup(str(r.get("iscoGroup") or "").strip(), table)
                title = (r.get("preferredLabel") or "").strip()
                if not value or not title or n >= max_per_source:
                    continue
                desc = re.sub(r"\s+", " ", r.get("description") or "").strip()
                labels = _labels(**{head: int(value) if head == "eqf" else value})
                out.append(Example(title, f"{title}. {desc}"[:1500], labels, source, group=r["conceptUri"], lang=lang))
                n += 1
    return out
