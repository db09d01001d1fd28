"""Train the heads, measure them against zero-shot, and write a model directory.

`train(config_path, overrides, output)` returns the metrics it wrote. Figures reported:
- held-out seed topics: whole topics of the project's labelled listings are held out, so no listing
  written from the same template is on both sides; trained vs zero-shot, overall and non-English;
- cross-source: one public platform held out (weak labels through crosswalks), trained vs zero-shot;
- the hand-written validation listings (skill thresholds are fitted there, so skill F1 on them is optimistic).
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import json
import logging
import platform
import time
import tomllib
from collections import defaultdict
from pathlib import Path

import numpy as np

from . import __version__
from .cache import EmbeddingCache
from .config import cache_dir
from .data import (Example, check_sources, data_dir, labelled_examples, needs_data_folder, public_examples,
                   qualification_type_examples, taxonomy_examples)
from .encode import get_encoder, listing_vectors
from .gloss import GLOSS_RULE, NAMES_FILE, gloss_pair, glossary, glossary_hashes, glossary_languages
from .errors import ConfigError, InputError
from .evaluate import calibration_error, per_label_report
from .heads import (PICK, LinearHead, OrdinalHead, blend_proba, build_zero_shot_heads, field_given_sector_value_ok,
                    sector_field_pairs, zero_shot_features, zero_shot_width)
from . import taxonomy
from .modeldir import save_model

log = logging.getLogger(__name__)
HEADS = ("sector", "field", "field_detailed", "skill_areas", "transversal", "eqf", "band")
MULTILABEL = {"skill_areas", "transversal"}
ORDINAL_OK = ("eqf",)  # heads whose classes are ordered numbers


# -- config ---------------------------------------------------------------------------------------
def _coerce(v: str):
    for cast in (int, float):
        try:
            return cast(v)
        except ValueError:
            pass
    if v.lower() in ("true", "false"):
        return v.lower() == "true"
    if v.startswith("["):
        return json.loads(v)
    return v


def load_config(path: str | Path, overrides: list[str] | None = None) -> dict:
    try:
        cfg = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise InputError(f"config not found: {path}") from exc
    for ov in overrides or []:
        if "=" not in ov:
            raise InputError(f"override {ov!r} is not of the form dotted.name=value")
        key, val = ov.split("=", 1)
        node = cfg
        parts = key.split(".")
        for p in parts[:-1]:
            node = node.setdefault(p, {})
            if not isinstance(node, dict):
                raise InputError(f"override {ov!r}: {p} is not a section")
        node[parts[-1]] = _coerce(val)
    return cfg


# -- embedding --------------------------------------------------------------------------------------
def embed_examples(examples: list[Example], encoder, cache: EmbeddingCache | None, zs_heads=None) -> np.ndarray:
    """Features of the examples: the listing embedding (as Classifier.embed computes it), followed
    by the zero-shot similarities when ``zs_heads`` is given. The taxonomy's and the public catalogues' examples keep
    their own words where their language is one of ``gloss.OWN_WORDS`` (English: rule 43); listings as classified."""
    if not examples:
        return np.zeros((0, 0), np.float32)
    pairs = [gloss_pair(e.text or e.title, e.title, e.lang, own_words=e.source.startswith(("taxonomy", "public")))
             for e in examples]
    allt = [p[0] for p in pairs] + [p[1] for p in pairs]
    E = cache.encode(encoder, allt) if cache is not None else encoder.encode(allt)
    X = listing_vectors(E[: len(pairs)], E[len(pairs):])
    if zs_heads is not None:
        X = np.hstack([X, zero_shot_features(zs_heads, X)])
    return X.astype(np.float32)


# -- fitting ----------------------------------------------------------------------------------------
def source_weights(examples: list[Example], weights: dict[str, float]) -> np.ndarray:
    """Sample weight of each example: its source's own weight ("taxonomy:eqf_qualifications") if
    set, else its kind's ("taxonomy"), else 1."""
    return np.array([weights.get(e.source, weights.get(e.source.split(":")[0], 1.0)) for e in examples],
                    dtype=np.float64)


def head_weights(cfg: dict, name: str) -> dict[str, float]:
    """The source weights of one head: ``[weights]``, with the head's own ``heads.<name>.weights``
    over them (a source or a kind, as in ``[weights]``)."""
    own = cfg.get("heads", {}).get(name, {}).get("weights", {})
    for key, table in (("weights", cfg.get("weights", {})), (f"heads.{name}.weights", own)):
        if not isinstance(table, dict):
            raise ConfigError(f"{key} must be a table of source = weight, got {table!r}")
        for src, w in table.items():
            if isinstance(w, bool) or not isinstance(w, (int, float)) or w < 0:
                raise ConfigError(f"{key}.{src} = {w!r}: a weight is a number of 0 or more")
    return {**cfg.get("weights", {}), **own}


HEAD_FEATURES = ("embedding+zeroshot", "embedding")


def head_features(cfg: dict) -> dict[str, str]:
    """Per head, the features it is fitted on: ``heads.<name>.features``, else ``model.features``.
    "embedding" drops the zero-shot features of a head (which then reads the leading columns)."""
    default = cfg.get("model", {}).get("features", "embedding+zeroshot")
    out = {}
    for name in HEADS:
        f = cfg.get("heads", {}).get(name, {}).get("features", default)
        if f not in HEAD_FEATURES:
            raise ConfigError(f"heads.{name}.features = {f!r}; known: {', '.join(HEAD_FEATURES)}")
        if f == "embedding+zeroshot" and default != f:
            raise ConfigError(f"heads.{name}.features = {f!r} needs model.features = {f!r}")
        out[name] = f
    return out


def fit_heads(X: np.ndarray, examples: list[Example], cfg: dict, dim: int | None = None) -> dict[str, LinearHead]:
    """The trained heads on features ``X``; ``dim``: how many leading columns are the embedding (the
    rest are zero-shot features), for heads fitted on the embedding only."""
    feats = head_features(cfg)
    ordinal = ordinal_heads(cfg)
    heads = {}
    for name in HEADS:
        idx = [i for i, e in enumerate(examples) if e.labels.get(name) not in (None, [], "")]
        if not idx:
            continue
        y = [e.labels[name] for e in (examples[i] for i in idx)]
        if name not in MULTILABEL:
            y = [str(v) for v in y]
            if len(set(y)) < 2:
                log.warning("head %s not trained: all its %d examples have the label %r; zero-shot answers it",
                            name, len(y), y[0])
                continue
        hcfg = cfg.get("heads", {}).get(name, {})
        C = hcfg.get("C", 1.0)
        t0 = time.time()
        head = OrdinalHead(C=C) if name in ordinal else LinearHead(C=C, multilabel=name in MULTILABEL)
        cols = slice(None) if feats[name] == "embedding+zeroshot" or dim is None else slice(0, dim)
        weights = source_weights([examples[i] for i in idx], head_weights(cfg, name))
        heads[name] = head.fit(X[idx][:, cols], y, sample_weight=weights)
        log.info("fitted %s on %d examples in %.1fs", name, len(idx), time.time() - t0)
    return heads


def field_given_sector_config(cfg: dict) -> dict | None:
    """``[field_given_sector]``: ``weight`` (0 = off), ``alpha`` and ``temperature`` of
    ``heads.field_given_sector``; None when off or absent."""
    fcfg = cfg.get("field_given_sector") or {}
    if not isinstance(fcfg, dict):
        raise ConfigError(f"field_given_sector must be a table, got {fcfg!r}")
    vals = {}
    for key, default in (("weight", 0.0), ("alpha", 1.0), ("temperature", 1.0)):
        v = fcfg.get(key, default)
        if not field_given_sector_value_ok(key, v):
            raise ConfigError(f"field_given_sector.{key} = {v!r}: a number of 0 or more (alpha and temperature above 0)")
        vals[key] = float(v)
    return vals if vals["weight"] > 0 else None


def eqf_quantile_config(cfg: dict) -> float:
    """``model.eqf_quantile``: the share of the EQF posterior the level given must reach (0.5, the median,
    by default); refused outside (0, 1)."""
    q = cfg.get("model", {}).get("eqf_quantile", 0.5)
    if isinstance(q, bool) or not isinstance(q, (int, float)) or not 0.0 < q < 1.0:
        raise ConfigError(f"model.eqf_quantile = {q!r}: it must be a number between 0 and 1 (0.5: the median)")
    return float(q)


def ordinal_heads(cfg: dict) -> set[str]:
    """The heads that ``heads.<name>.ordinal = true`` makes ordinal; refused for a head whose classes
    are not ordered numbers."""
    names = {name for name, hcfg in cfg.get("heads", {}).items() if isinstance(hcfg, dict) and hcfg.get("ordinal")}
    if names - set(ORDINAL_OK):
        raise ConfigError(f"heads.{sorted(names - set(ORDINAL_OK))[0]}.ordinal: only {', '.join(ORDINAL_OK)} can be ordinal")
    return names


def threshold_resamples(cfg: dict) -> dict[str, int]:
    """``heads.<name>.threshold_resamples`` of each multi-label head (0 when unset): over how many bootstrap
    resamples of the validation listings its thresholds are averaged; refused unless a whole number >= 0."""
    out = {}
    for name in sorted(MULTILABEL):
        n = cfg.get("heads", {}).get(name, {}).get("threshold_resamples", 0)
        if not isinstance(n, int) or isinstance(n, bool) or n < 0:
            raise ConfigError(f"heads.{name}.threshold_resamples: a whole number >= 0, not {n!r}")
        out[name] = n
    return out


def fit_thresholds(heads: dict, X_val: np.ndarray, validation: list[Example], cfg: dict) -> dict:
    """Per-label thresholds of the multi-label heads, fitted on the validation listings (the mean over
    ``heads.<name>.threshold_resamples`` bootstrap resamples of them, when set). Done for the heads of
    every held-out fold and cross-source split as for the final model, so that their figures measure
    what is shipped."""
    resamples = threshold_resamples(cfg)
    for name in MULTILABEL & set(heads):
        idx = [i for i, e in enumerate(validation) if e.labels.get(name)]
        if idx:
            always_top, at_most = PICK[name]
            heads[name].fit_thresholds(X_val[idx], [validation[i].labels[name] for i in idx], always_top, at_most,
                                       resamples=resamples[name])
    return heads


# -- scoring ----------------------------------------------------------------------------------------
def _ratio(h, n):
    return round(h / n, 4) if n else None


def _predicted_level_label(e: Example, rec: dict) -> list[int] | None:
    """The acceptable EQF levels of an example whose level is predicted, not stated (neither in its
    labels nor by the rules in its record); None otherwise."""
    full = (e.meta.get("labels") or {}).get("level")
    if full and full.get("source") != "stated" and rec["level"]["source"] != "stated":
        return full["acceptable"]
    return None


def score_records(examples: list[Example], recs: list[dict]) -> dict:
    """Per-head figures of records against the examples' labels (overall and non-English)."""
    out = {}
    for group, keep in (("all", lambda e: True), ("non_english", lambda e: e.lang != "en"), ("english", lambda e: e.lang == "en")):
        c = defaultdict(float)
        calib = {"sector": ([], []), "field": ([], [])}  # top-1 probability, right or not
        for e, r in zip(examples, recs):
            if not keep(e) or r.get("sector") is None:
                continue
            lab = e.labels
            if lab.get("sector"):
                ok = r["sector"]["code"] == lab["sector"]
                c["sector_n"] += 1
                c["sector"] += ok
                calib["sector"][0].append(r["sector"]["score"])
                calib["sector"][1].append(ok)
            if lab.get("field"):
                ok = r["field"]["code"][:3] == lab["field"][:3]
                c["field_n"] += 1
                c["field_broad"] += r["field"]["code"][:2] == lab["field"][:2]
                c["field_narrow"] += ok
                calib["field"][0].append(r["field"]["score"])  # the narrow field's probability
                calib["field"][1].append(ok)
            if lab.get("field_detailed"):
                c["detailed_n"] += 1
                c["field_detailed"] += r["field"]["code"] == lab["field_detailed"]
            if lab.get("skill_areas"):
                c["skill_n"] += 1
                c["skill_top1"] += r["skill_areas"][0]["code"] in lab["skill_areas"]
                pred = {s["code"] for s in r["skill_areas"]}
                gold = set(lab["skill_areas"])
                c["tp"] += len(pred & gold)
                c["fp"] += len(pred - gold)
                c["fn"] += len(gold - pred)
            acc = _predicted_level_label(e, r)
            if acc:
                c["eqf_n"] += 1
                c["eqf_ok"] += r["level"]["eqf"] in acc
                c["eqf_abs"] += min(abs(r["level"]["eqf"] - a) for a in acc)
        p = c["tp"] / max(1, c["tp"] + c["fp"])
        rc = c["tp"] / max(1, c["tp"] + c["fn"])
        out[group] = {
            "n": int(max(c["sector_n"], c["field_n"], c["skill_n"], c["eqf_n"])),  # examples scored on any head
            "sector_top1": _ratio(c["sector"], c["sector_n"]),
            "isced_broad_top1": _ratio(c["field_broad"], c["field_n"]),
            "isced_narrow_top1": _ratio(c["field_narrow"], c["field_n"]),
            "isced_detailed_top1": _ratio(c["field_detailed"], c["detailed_n"]),
            "skill_area_top1": _ratio(c["skill_top1"], c["skill_n"]),
            "skill_area_micro_f1": round(2 * p * rc / (p + rc), 4) if c["skill_n"] and p + rc else None,
            "eqf_within_acceptable": _ratio(c["eqf_ok"], c["eqf_n"]),
            "eqf_mae_to_acceptable": _ratio(c["eqf_abs"], c["eqf_n"]),
            "sector_ece": calibration_error(*calib["sector"]),
            "isced_narrow_ece": calibration_error(*calib["field"]),
        }
    return out


def _items(examples: list[Example]) -> list[dict]:
    items = []
    for e in examples:
        if e.meta.get("item") is not None:
            items.append(e.meta["item"])
        else:
            items.append({"title": e.title, "description": e.text[len(e.title):].strip() if e.text.startswith(e.title) else e.text})
    return items


def choose_blend(validation, heads, meta_stub, encoder, cache, cfg) -> dict:
    """Per head, the zero-shot weight (from blend.grid) whose blend gives the validation listings'
    labels the highest likelihood."""
    bcfg = cfg.get("blend", {})
    if not validation or not bcfg.get("heads"):
        return {}
    return blend_from_folds([blend_loglik(validation, heads, meta_stub, encoder, cache, bcfg)])


def blend_loglik(examples, heads, meta_stub, encoder, cache, bcfg: dict) -> dict[str, dict[float, tuple[float, int]]]:
    """Per blended head and zero-shot weight of ``blend.grid``: the summed log-probability of the
    examples' labels and how many were scored. Sector: its section; field: its broad field (the
    probability of the narrow fields under it); EQF: its acceptable levels, where the rules find no
    stated level (times the record's EQF prior, model.eqf_prior: stated ECTS, and the provider-level
    prior where the model uses it). A proper score, so the choice does not flip on one listing as
    accuracy on a few hundred does: a change to three validation listings' embedded texts moved two
    of five folds' sector weight from 0.25 to 0.0."""
    from .model import Classifier, eqf_prior

    clf = Classifier(encoder=encoder, model=(meta_stub, heads), cache=cache)
    todo, recs, inputs = clf.blend_inputs(_items(examples))
    provider_prior = "eqf" not in heads or bool(meta_stub.get("eqf_provider_prior"))
    out: dict[str, dict[float, tuple[float, int]]] = {}
    for h in bcfg.get("heads", []):
        if h not in inputs:
            continue
        t_cls, p_own, z_cls, p_zs = inputs[h]
        t_cls = [str(c) for c in t_cls]
        rows, masks = [], []
        for j, (i, rec) in enumerate(zip(todo, recs)):
            lab = examples[i].labels
            if h == "sector" and lab.get("sector"):
                m = [c == lab["sector"] for c in t_cls]
            elif h == "field" and lab.get("field"):
                m = [c[:2] == str(lab["field"])[:2] for c in t_cls]
            elif h == "eqf" and (acc := _predicted_level_label(examples[i], rec)):
                m = [int(c) in acc for c in t_cls]
            else:
                continue
            rows.append(j)
            masks.append(m)
        if not rows:
            continue
        M = np.asarray(masks, dtype=bool)
        prior = None
        if h == "eqf":
            idx = [int(c) - 1 for c in t_cls]
            prior = np.asarray([eqf_prior(recs[j], provider=provider_prior)[idx] for j in rows])
        for a in bcfg.get("grid", [0.0]):
            P = blend_proba(p_own[rows], t_cls, p_zs[rows], z_cls, float(a))
            if prior is not None:
                P = P * prior
                P = P / P.sum(axis=1, keepdims=True)
            out.setdefault(h, {})[float(a)] = (float(np.log(np.maximum((P * M).sum(axis=1), 1e-6)).sum()), len(rows))
    return out


def blend_from_folds(folds: list[dict[str, dict[float, tuple[float, int]]]]) -> dict:
    """Per head, the zero-shot weight with the highest log-likelihood pooled over ``folds``
    (``blend_loglik`` of each; a tie keeps the smaller weight)."""
    best: dict = {}
    for h in sorted({h for f in folds for h in f}):
        pooled: dict[float, float] = {}
        for f in folds:
            for a, (ll, _) in f.get(h, {}).items():
                pooled[a] = pooled.get(a, 0.0) + ll
        if pooled:
            best[h] = max(sorted(pooled), key=lambda a: pooled[a])
    return best


def predict_both(examples, trained_heads, meta_stub, encoder, cache) -> tuple[list[dict], list[dict]]:
    """Records of the zero-shot heads and of the trained heads for ``examples``."""
    from .model import Classifier

    items = _items(examples)
    zs = Classifier(encoder=encoder, model=None, cache=cache).predict(items)
    tr = Classifier(encoder=encoder, model=(meta_stub, trained_heads), cache=cache).predict(items)
    return zs, tr


def compare(examples, trained_heads, meta_stub, encoder, cache) -> dict:
    return compare_records(examples, *predict_both(examples, trained_heads, meta_stub, encoder, cache))


# figures where lower is better: no "gain" is reported for them
LOWER_IS_BETTER = ("eqf_mae_to_acceptable", "sector_ece", "isced_narrow_ece")


def compare_records(examples, zs: list[dict], tr: list[dict]) -> dict:
    z, t = score_records(examples, zs), score_records(examples, tr)
    return {"zero_shot": z, "trained": t,
            "gain_points": {g: {k: (round(100 * (t[g][k] - z[g][k]), 1) if t[g][k] is not None and z[g][k] is not None else None)
                                for k in t[g] if k not in ("n", *LOWER_IS_BETTER)} for g in t}}


PER_LABEL_HEADS = {"sector": lambda lab: lab.get("sector"), "field_broad": lambda lab: (lab.get("field") or "")[:2] or None,
                   "skill_areas": lambda lab: lab.get("skill_areas")}


def per_label_records(examples: list[Example], recs: list[dict]) -> dict:
    """Per head, per label precision / recall / F1 of the trained records (for the model card)."""
    pred_of = {"sector": lambda r: r["sector"]["code"], "field_broad": lambda r: r["field"]["code"][:2],
               "skill_areas": lambda r: {s["code"] for s in r["skill_areas"]}}
    out = {}
    for head, gold_of in PER_LABEL_HEADS.items():
        pairs = [(gold_of(e.labels), pred_of[head](r)) for e, r in zip(examples, recs)
                 if gold_of(e.labels) and r.get("sector") is not None]
        if pairs:
            ml = head == "skill_areas"
            out[head] = per_label_report([set(g) if ml else g for g, _ in pairs], [p for _, p in pairs], multilabel=ml)
    return out


def topic_folds(examples: list[Example], k: int) -> list[set[str]]:
    """``k`` disjoint sets of whole groups (topics), dealt out per sector in a fixed hashed order, so
    that every fold has topics of most sectors and no topic (or template) is on both sides. A sector
    with a single topic is never held out (its heads would have nothing to learn it from)."""
    by_sector: dict[str, set[str]] = defaultdict(set)
    for e in examples:
        by_sector[e.labels.get("sector") or "-"].add(e.group)
    folds: list[set[str]] = [set() for _ in range(k)]
    offset = 0
    for sec, groups in sorted(by_sector.items()):
        if len(groups) < 2:
            continue
        ranked = sorted(groups, key=lambda g: hashlib.sha1(g.encode()).hexdigest())
        for i, g in enumerate(ranked):
            folds[(offset + i) % k].add(g)
        offset += len(ranked)
    return folds


def cross_source_groups(spec: list) -> list[list[str]]:
    """``evaluation.cross_source_test``: platforms held out together (["futurelearn"]) or groups held
    out in turn ([["futurelearn"], ["coursera", "coursera_it"]])."""
    if not spec:
        return []
    return [list(g) for g in spec] if isinstance(spec[0], list) else [list(spec)]


# -- the command ----------------------------------------------------------------------------------
def train(config_path: str | Path, overrides: list[str] | None = None, output: str | Path = "models/default",
          progress=None) -> dict:
    say = progress or (lambda msg: log.info(msg))
    t_start = time.time()
    cfg = load_config(config_path, overrides)
    ordinal_heads(cfg)  # a wrong setting fails now, not after the embedding
    threshold_resamples(cfg)
    eqf_quantile = eqf_quantile_config(cfg)
    field_given_sector_config(cfg)
    head_features(cfg)
    for name in HEADS:
        head_weights(cfg, name)
    dcfg = cfg.get("data", {})
    root = Path(config_path).resolve().parent.parent

    def resolve(p) -> Path:
        """A data path of the config: relative ones are read from the folder above the config's folder
        (the project root for configs/*.toml)."""
        q = Path(p) if Path(p).is_absolute() else root / p
        if not q.exists():
            raise InputError(f"{p}: not found at {q} (relative paths in a training config are read from "
                             f"{root}, the folder above the config's folder)")
        return q
    encoder = get_encoder(cfg.get("model", {}).get("encoder"))
    cache = EmbeddingCache(cache_dir() / "embeddings.sqlite")

    say("reading training data")
    labelled, h_lab = labelled_examples([resolve(p) for p in dcfg.get("labelled", [])], "labelled")
    # the project's table of qualification types (EQF only); taught to the EQF head with the taxonomy data
    qtypes, h_qt = qualification_type_examples([resolve(p) for p in dcfg.get("qualification_types", [])])
    validation, h_val = labelled_examples([resolve(p) for p in dcfg.get("validation", [])], "validation")
    for key, rows in (("labelled", labelled), ("validation", validation)):
        if not rows and (key == "labelled" or dcfg.get(key)):
            raise InputError(f"data.{key}: no labelled listings in {dcfg.get(key, [])} "
                             "(.jsonl files of listings coded by training_data/GUIDE.md)")
    evcfg = cfg.get("evaluation", {})
    # test sets: labelled listings never trained on nor fitted to, read now so that a wrong path fails early
    tests, h_test = {}, {}
    for p in evcfg.get("test_sets", []):
        name = Path(p).name
        if name in tests:
            raise ConfigError(f"evaluation.test_sets: two test sets are named {name!r}; rename one folder")
        tests[name], h = labelled_examples([resolve(p)], "test")
        h_test.update(h)
        shared = {e.group for e in tests[name]} & {e.group for e in labelled}
        if shared:
            raise ConfigError(f"test set {name!r} shares topics with the training listings ({', '.join(sorted(shared)[:5])}): "
                              "a test set must hold listings never trained on")
    # files inside the project are recorded by their path in it, so that the card is the same on any machine
    h_lab, h_val, h_test, h_qt = ({(Path(f).relative_to(root).as_posix() if Path(f).is_relative_to(root) else f): h
                                   for f, h in hs.items()} for hs in (h_lab, h_val, h_test, h_qt))
    for grp in cross_source_groups(evcfg.get("cross_source_test", [])):
        for src in grp:  # a held-out source must be one trained on, or the split is silently empty
            if src not in dcfg.get("public", []) and src.removeprefix("taxonomy:") not in dcfg.get("taxonomy", []):
                raise ConfigError(f"evaluation.cross_source_test: {src!r} is not a training source (a platform of "
                                  "data.public, or taxonomy:<name> of data.taxonomy)")
    public, taxo, h_pub, h_tax = [], [], {}, {}
    if dcfg.get("public") or dcfg.get("taxonomy"):
        # a model can be trained on one's own listings and the project's label descriptions alone,
        # without the data folder
        check_sources(dcfg.get("public", []), dcfg.get("taxonomy", []))
        needs_dir = needs_data_folder(dcfg.get("public", []), dcfg.get("taxonomy", []))
        ddir = data_dir(dcfg.get("dir") or None) if needs_dir else None
        public, h_pub = public_examples(ddir, dcfg.get("public", []), dcfg.get("max_per_source", 6000))
        taxo, h_tax = taxonomy_examples(ddir, dcfg.get("taxonomy", []), dcfg.get("max_per_source", 6000))
    taxo += qtypes
    h_tax.update(h_qt)
    counts = {"labelled": len(labelled), "validation": len(validation)}
    for e in public + taxo:
        counts[e.source] = counts.get(e.source, 0) + 1
    say(f"examples: {counts}")

    say(f"embedding {len(labelled) + len(validation) + len(public) + len(taxo)} examples with {encoder.name} (cached)")
    features = cfg.get("model", {}).get("features", "embedding+zeroshot")
    zs = build_zero_shot_heads(encoder) if features == "embedding+zeroshot" else None
    X_lab = embed_examples(labelled, encoder, cache, zs)
    X_val = embed_examples(validation, encoder, cache, zs)
    X_pub = embed_examples(public, encoder, cache, zs) if public else np.zeros((0, X_lab.shape[1]), np.float32)
    X_tax = embed_examples(taxo, encoder, cache, zs) if taxo else np.zeros((0, X_lab.shape[1]), np.float32)
    dim = X_lab.shape[1] - (zero_shot_width(zs) if zs is not None else 0)  # the embedding's columns

    provider_prior = bool(cfg.get("model", {}).get("eqf_provider_prior", False))
    stub = {"name": cfg["model"]["name"] + "-eval", "version": __version__, "features": features,
            "eqf_provider_prior": provider_prior, "eqf_quantile": eqf_quantile,
            "taxonomy_hash": taxonomy.taxonomy_hash(),
            "encoder": {"spec": cfg["model"].get("encoder"), "name": encoder.name, "version": encoder.version}}
    metrics = {"counts": counts}
    fgs_cfg = field_given_sector_config(cfg)

    def with_pairs(base: dict, examples: list[Example]) -> dict:
        """The evaluation stub with the sector-field pairs of the labelled listings trained on."""
        if fgs_cfg is None:
            return base
        pairs = sector_field_pairs((e.group, e.labels.get("sector"), e.labels.get("field")) for e in examples)
        return dict(base, field_given_sector=dict(fgs_cfg, pairs=pairs))

    # A. held-out seed topics: k folds of whole topics, every topic held out once, predictions pooled.
    # The zero-shot blend weights are chosen on the validation listings, or (blend.chosen_on =
    # "topic_folds") on the held-out topics: for each fold, on the pooled predictions of the other folds
    bcfg = cfg.get("blend", {})
    on_folds = bcfg.get("chosen_on", "validation") == "topic_folds" and bool(bcfg.get("heads"))
    k = int(evcfg.get("heldout_folds", 5))
    folds = topic_folds(labelled, k)
    te_all, zs_all, tr_all, blends, by_fold = [], [], [], [], []
    for fi, held in enumerate(folds):
        tr_idx = [i for i, e in enumerate(labelled) if e.group not in held]
        te_idx = [i for i, e in enumerate(labelled) if e.group in held]
        say(f"A. held-out seed topics, fold {fi + 1}/{k} ({len(held)} topics, {len(te_idx)} listings): fitting")
        exA = [labelled[i] for i in tr_idx] + public + taxo
        XA = np.vstack([X_lab[tr_idx], X_pub, X_tax])
        headsA = fit_thresholds(fit_heads(XA, exA, cfg, dim), X_val, validation, cfg)
        stubA = with_pairs(stub, [labelled[i] for i in tr_idx])
        te = [labelled[i] for i in te_idx]
        if on_folds:
            by_fold.append((te, headsA, stubA, blend_loglik(te, headsA, stubA, encoder, cache, bcfg)))
            continue
        stubA = dict(stubA, blend=choose_blend(validation, headsA, stubA, encoder, cache, cfg))
        z, t = predict_both(te, headsA, stubA, encoder, cache)
        te_all += te
        zs_all += z
        tr_all += t
        blends.append(stubA["blend"])
    for fi, (te, headsA, stubA, _) in enumerate(by_fold):
        b = blend_from_folds([r for i, (_, _, _, r) in enumerate(by_fold) if i != fi])
        z, t = predict_both(te, headsA, dict(stubA, blend=b), encoder, cache)
        te_all += te
        zs_all += z
        tr_all += t
        blends.append(b)
    fold_blend = blend_from_folds([r for _, _, _, r in by_fold]) if by_fold else None
    metrics["heldout_seed_topics"] = {"folds": k, "topics": sorted(set().union(*folds)), "blend_per_fold": blends,
                                      "blend_chosen_on": "other topic folds" if on_folds else "validation",
                                      **compare_records(te_all, zs_all, tr_all),
                                      "per_label": per_label_records(te_all, tr_all)}

    # B. cross-source: each group of sources held out in turn (trained on the rest): platforms of the
    # public data by name ("futurelearn"), taxonomy sources by their full name ("taxonomy:eqf_qualifications")
    pool, X_pool = public + taxo, np.vstack([X_pub, X_tax])
    stub = with_pairs(stub, labelled)  # from here on every fit is on all labelled listings
    platform_held: list[tuple[list[str], list[Example], list[dict], list[dict]]] = []
    for grp in cross_source_groups(evcfg.get("cross_source_test", [])):
        test_src = {s if ":" in s else f"public:{s}" for s in grp}
        tr_b = [i for i, e in enumerate(pool) if e.source not in test_src]
        te_b = [i for i, e in enumerate(pool) if e.source in test_src]
        if not te_b:
            continue
        say(f"B. cross-source ({', '.join(grp)}: {len(te_b)} examples): fitting")
        exB = labelled + [pool[i] for i in tr_b]
        XB = np.vstack([X_lab, X_pool[tr_b]])
        headsB = fit_thresholds(fit_heads(XB, exB, cfg, dim), X_val, validation, cfg)
        stubB = dict(stub, blend=fold_blend if on_folds else choose_blend(validation, headsB, stub, encoder, cache, cfg))
        te = [pool[i] for i in te_b]
        z, t = predict_both(te, headsB, stubB, encoder, cache)
        metrics["cross_source:" + "+".join(grp)] = {"test": grp, "blend": stubB["blend"], **compare_records(te, z, t)}
        if all(e.source.startswith("public:") for e in te):
            platform_held.append((grp, te, z, t))
    if len(platform_held) > 1:
        # every held-out platform's courses, each predicted by the heads trained without its platform:
        # the few courses in other languages than English are too few per platform for a figure
        te, z, t = ([x for held in platform_held for x in held[j]] for j in (1, 2, 3))
        metrics["cross_source:platforms_pooled"] = {"test": [held[0] for held in platform_held],
                                                    **compare_records(te, z, t)}

    # Final model on everything; skill thresholds fitted on the validation listings
    say("final model: fitting on all training data")
    heads = fit_thresholds(fit_heads(np.vstack([X_lab, X_pub, X_tax]), labelled + public + taxo, cfg, dim), X_val, validation, cfg)
    blend = fold_blend if on_folds else choose_blend(validation, heads, stub, encoder, cache, cfg)
    if validation:
        metrics["validation"] = {"blend": blend, **compare(validation, heads, dict(stub, blend=blend), encoder, cache)}
    # C. test sets, scored with the final model
    for name, test in tests.items():
        say(f"C. test set {name} ({len(test)} listings): predicting")
        metrics["test_set:" + name] = {"blend": blend, **compare(test, heads, dict(stub, blend=blend), encoder, cache)}

    import sklearn

    from .esco import _release_version, esco_dir

    edir = esco_dir(dcfg.get("esco") or None)

    # every embedded example's language: public listings are glossed too (a Russian Coursera title by ru.toml)
    trained_langs = {e.lang for e in labelled + validation + public + taxo}
    # the names every language shares are glossed in all of them (rule 22), so they are always an input
    trained_glossaries = {k: v for k, v in glossary_hashes().items() if k in trained_langs or k == NAMES_FILE}
    meta = {
        "name": cfg["model"]["name"], "version": __version__,
        "created": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
        "encoder": {"spec": cfg["model"].get("encoder"), "name": encoder.name, "version": encoder.version},
        "features": features, "head_features": head_features(cfg), "taxonomy_hash": taxonomy.taxonomy_hash(),
        "blend": blend, "eqf_provider_prior": provider_prior, "eqf_quantile": eqf_quantile,
        **({"field_given_sector": stub["field_given_sector"]} if "field_given_sector" in stub else {}),
        # glossaries of the languages trained on (inputs depend on them; see gloss.py)
        "glossaries": trained_glossaries,
        # those whose titles keep their words, the English appended (rules 15-35; the others' titles are embedded as
        # the English words alone), and those whose whole texts do (the languages the encoder reads; rule 36)
        "glossary_titles_kept": sorted(k for k in trained_glossaries if k in glossary_languages()
                                       and glossary(k).title_mode == "append"),
        "glossary_texts_kept": sorted(k for k in trained_glossaries if k in glossary_languages()
                                      and glossary(k).text_mode == "append"),
        "gloss_rule": GLOSS_RULE,
        "config": cfg,
        "data": {"labelled": h_lab, "validation": h_val, "public": h_pub, "taxonomy": h_tax, "test_sets": h_test,
                 "counts": counts},
        "versions": {"mcclassify": __version__, "scikit-learn": sklearn.__version__, "numpy": np.__version__,
                     "python": platform.python_version()},
        "training_seconds": round(time.time() - t_start, 1),
        "esco": {"version": _release_version(edir), "path": edir.name} if edir else None,
    }
    metrics["training_seconds"] = meta["training_seconds"]
    from .card import model_card

    save_model(output, heads, meta, metrics, model_card(meta, metrics, heads))
    cache.close()
    say(f"model written to {output} in {meta['training_seconds']:.0f}s")
    return metrics
