"""ESCO skill linking: an index of ESCO skills (preferred and alternative labels, descriptions,
hierarchy groups, label embeddings) built once from an ESCO CSV release and cached on disk; a
linker that finds the skills a listing teaches, with a score and the words that show it.

Scoring: a skill's score is the best cosine between a vector and any label of the skill
(preferred or alternative; skills are shortlisted by their label centroid first), plus a bonus when
a label occurs verbatim. In classification the vector is the listing's own embedding (already
computed for the heads, so linking adds no encoder work) and the candidate spans (lines and spaCy
sentences, where learning outcomes stand) give the verbatim matches and the evidence; on the
TECH/HOUSE benchmarks each sentence is embedded. Below the threshold the linker backs off to the
best skill group.
Settings: MCCLASSIFY_ESCO_DIR (or --esco) names the release folder (v1.1.1: ../shared/data/esco_v1.1.1).
"""
from __future__ import annotations

import csv
import hashlib
import json
import logging
import os
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .config import cache_dir
from .encode import Encoder, encoder_key
from .errors import InputError

log = logging.getLogger(__name__)
csv.field_size_limit(10_000_000)
_WORD = re.compile(r"\w[\w+#.\-]*\w|\w", re.UNICODE)
LEXICAL_BONUS = 0.15


def esco_dir(path: str | None = None) -> Path | None:
    p = path or os.environ.get("MCCLASSIFY_ESCO_DIR")
    if not p:
        return None
    p = Path(p)
    cls = p / "classification_en"
    if not (cls / "skills_en.csv").exists():
        raise InputError(f"{p} is not an ESCO CSV release folder (no classification_en/skills_en.csv)")
    return p


def _norm(s: str) -> str:
    return " ".join(t.lower() for t in _WORD.findall(s))


@dataclass
class EscoIndex:
    version: str
    uris: list[str]
    labels: list[str]            # preferred label per skill
    groups: list[list[str]]      # level-1 groups (S1..S8, T1..T6) per skill
    label_texts: list[str]       # every preferred and alternative label
    label_skill: np.ndarray      # skill index of each label text
    emb: np.ndarray              # label embeddings (float16)
    encoder: str

    @classmethod
    def build(cls, path: str | Path, encoder: Encoder, max_alt: int = 8, progress=None) -> "EscoIndex":
        """Read an ESCO release folder and embed its labels; cached per (release hash, encoder)."""
        path = Path(path)
        skills_csv = path / "classification_en" / "skills_en.csv"
        version = _release_version(path)
        key = hashlib.sha256(f"{version}|{encoder_key(encoder)}|{max_alt}".encode()).hexdigest()[:16]
        cached = cache_dir() / f"esco-index-{key}.npz"
        if cached.exists():
            try:
                return cls.load(cached)
            except Exception as exc:  # rebuild a broken cache file
                log.warning("ignoring unreadable ESCO index %s: %s", cached, exc)
        groups_of = _skill_groups(path)
        uris, labels, groups, label_texts, label_skill = [], [], [], [], []
        with open(skills_csv, encoding="utf-8") as fh:
            for r in csv.DictReader(fh):
                if r.get("status", "released") != "released" or not r.get("preferredLabel"):
                    continue
                i = len(uris)
                uris.append(r["conceptUri"])
                labels.append(r["preferredLabel"])
                groups.append(groups_of.get(r["conceptUri"], []))
                alts = [a.strip() for a in (r.get("altLabels") or "").split("\n") if a.strip()]
                for t in dict.fromkeys([r["preferredLabel"], *alts[:max_alt]]):
                    label_texts.append(t)
                    label_skill.append(i)
        if progress:
            progress(f"embedding {len(label_texts)} ESCO labels with {encoder.name} (once; cached)")
        emb = encoder.encode(label_texts, batch_size=256).astype(np.float16)
        idx = cls(version, uris, labels, groups, label_texts, np.asarray(label_skill, dtype=np.int32), emb, encoder.name)
        idx.save(cached)
        return idx

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp.npz")
        meta = json.dumps({"version": self.version, "uris": self.uris, "labels": self.labels, "groups": self.groups,
                           "label_texts": self.label_texts, "encoder": self.encoder})
        np.savez(tmp, emb=self.emb, label_skill=self.label_skill, meta=np.frombuffer(meta.encode(), dtype=np.uint8))
        tmp.replace(path)

    @classmethod
    def load(cls, path: Path) -> "EscoIndex":
        with np.load(path, allow_pickle=False) as z:
            meta = json.loads(bytes(z["meta"]).decode())
            return cls(meta["version"], meta["uris"], meta["labels"], meta["groups"], meta["label_texts"],
                       z["label_skill"], z["emb"], meta["encoder"])

    # -- scoring ------------------------------------------------------------------------------
    def _lexicon(self):
        if not hasattr(self, "_lex"):
            lex = defaultdict(set)
            for t, i in zip(self.label_texts, self.label_skill):
                n = _norm(t)
                if len(n) >= 3:
                    lex[n].add(int(i))
            self._lex = lex
            self._maxlen = max((len(k.split()) for k in lex), default=1)
        return self._lex

    def lexical_hits(self, text: str) -> dict[int, tuple[int, int]]:
        """Skills whose label occurs verbatim (word-bounded, case-insensitive) in text -> char span."""
        lex = self._lexicon()
        toks = [(m.group(0).lower(), m.start(), m.end()) for m in _WORD.finditer(text)]
        hits: dict[int, tuple[int, int]] = {}
        for i in range(len(toks)):
            for n in range(min(self._maxlen, 6), 0, -1):
                if i + n > len(toks):
                    continue
                key = " ".join(t for t, _, _ in toks[i:i + n])
                for s in lex.get(key, ()):
                    hits.setdefault(s, (toks[i][1], toks[i + n - 1][2]))
        return hits

    def _prepare(self):
        if not hasattr(self, "_emb32"):
            self._emb32 = self.emb.astype(np.float32)
            # labels are stored skill by skill: the first label of each skill starts its block
            self._starts = np.flatnonzero(np.r_[True, np.diff(self.label_skill) != 0])
            cent = np.add.reduceat(self._emb32, self._starts, axis=0)
            self._centroids = cent / np.maximum(np.linalg.norm(cent, axis=1, keepdims=True), 1e-12)

    def top_skills(self, vecs: np.ndarray, k: int = 200, shortlist: int = 300) -> tuple[np.ndarray, np.ndarray]:
        """Fast path for linking: shortlist skills by their label centroid, then score the shortlist
        exactly (best label). Returns (skill ids, scores), each (n spans, k), best first."""
        self._prepare()
        V = vecs.astype(np.float32)
        C = V @ self._centroids.T
        m = min(shortlist, C.shape[1])
        cand = np.argpartition(-C, m - 1, axis=1)[:, :m]
        ids = np.empty((len(V), min(k, m)), dtype=np.int64)
        scores = np.empty((len(V), min(k, m)), dtype=np.float32)
        ends = np.r_[self._starts[1:], len(self.label_skill)]
        for r in range(len(V)):
            sk = cand[r]
            lens = ends[sk] - self._starts[sk]
            offs = np.cumsum(lens) - lens
            rows = np.arange(lens.sum()) - np.repeat(offs, lens) + np.repeat(self._starts[sk], lens)
            sims = self._emb32[rows] @ V[r]
            best = np.maximum.reduceat(sims, offs)
            order = np.argsort(-best)[: ids.shape[1]]
            ids[r], scores[r] = sk[order], best[order]
        return ids, scores

    def skill_scores(self, vecs: np.ndarray) -> np.ndarray:
        """(n spans, n skills): best cosine between each span vector and any label of each skill."""
        self._prepare()
        out = []
        for i in range(0, len(vecs), 64):
            sims = vecs[i:i + 64].astype(np.float32) @ self._emb32.T
            out.append(np.maximum.reduceat(sims, self._starts, axis=1))
        return np.vstack(out) if out else np.zeros((0, len(self.uris)), np.float32)


def _release_version(path: Path) -> str:
    h = hashlib.sha256()
    for f in ("classification_en/skills_en.csv", "relations/broaderRelationsSkillPillar.csv"):
        p = path / f
        if p.exists():
            st = p.stat()
            h.update(f"{f}:{st.st_size}".encode())
            with open(p, "rb") as fh:
                h.update(fh.read(1 << 20))
    m = re.search(r"v(\d+\.\d+(?:\.\d+)?)", str(path))
    return f"{m.group(1) if m else 'unknown'}+{h.hexdigest()[:8]}"


def _skill_groups(path: Path) -> dict[str, list[str]]:
    """Each skill's level-1 groups (S1..S8, T1..T6), walking ESCO's broader relations upwards."""
    code_of = {}
    hp = path / "classification_en" / "skillsHierarchy_en.csv"
    if hp.exists():
        with open(hp, encoding="utf-8") as fh:
            for r in csv.DictReader(fh):
                if r.get("Level 1 URI") and r.get("Level 1 code", "")[:1] in "ST":
                    code_of[r["Level 1 URI"]] = r["Level 1 code"]
    parents = defaultdict(list)
    rp = path / "relations" / "broaderRelationsSkillPillar.csv"
    if rp.exists():
        with open(rp, encoding="utf-8") as fh:
            for r in csv.DictReader(fh):
                parents[r["conceptUri"]].append(r["broaderUri"])
    memo: dict[str, set[str]] = {}

    def up(u, depth=0):
        if u in memo:
            return memo[u]
        memo[u] = set()
        if u in code_of:
            memo[u] = {code_of[u]}
        elif depth < 12:
            res = set()
            for p in parents.get(u, ()):
                res |= up(p, depth + 1)
            memo[u] = res
        return memo[u]
    return {u: sorted(up(u)) for u in list(parents)}


# -- linking listings -----------------------------------------------------------------------------
_LINE_SPLIT = re.compile(r"\n+|\s[-–•]\s")


def _spacy_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans from a blank multilingual spaCy pipeline with the rule-based sentencizer."""
    from .segment import spacy_sentencizer

    return [(s.start_char, s.end_char) for s in spacy_sentencizer()(text).sents]


def candidate_spans(segments: list[tuple[str, str]], max_spans: int = 8, min_len: int = 12) -> list[tuple[str, int, int, str]]:
    """(field, start, end, text) of the lines and sentences that are likely to name outcomes, in
    reading order (the title first): lines split on breaks and bullets, then spaCy sentences."""
    out = []
    for name, text in segments:
        pos = 0
        for m in list(_LINE_SPLIT.finditer(text)) + [None]:
            end = m.start() if m else len(text)
            line = text[pos:end]
            for a, b in _spacy_sentences(line) if len(line) > 80 else [(0, len(line))]:
                seg = line[a:b]
                if len(seg.strip()) >= min_len and any(c.isalpha() for c in seg):
                    lead = len(seg) - len(seg.lstrip())
                    start = pos + a + lead
                    out.append((name, start, start + len(seg.strip()), seg.strip()[:400]))
                    if len(out) >= max_spans:
                        return out
            pos = m.end() if m else len(text)
    return out


class EscoLinker:
    """Links listings to ESCO skills (see the module docstring)."""

    def _evidence_span(self, spans, skill: int) -> int:
        """The candidate span sharing most words with the skill's preferred label (the title first on ties)."""
        words = set(_norm(self.index.labels[skill]).split())
        overlap = [len(words & set(_norm(s[3]).split())) for s in spans]
        return int(np.argmax(overlap)) if overlap else 0


    def __init__(self, index: EscoIndex, encoder: Encoder, threshold: float = 0.55, top_k: int = 5, max_spans: int = 4):
        self.index, self.encoder, self.threshold, self.top_k = index, encoder, threshold, top_k
        self.max_spans = max_spans

    def link_many(self, segment_lists: list[list[tuple[str, str]]], encode, listing_vecs: np.ndarray | None = None) -> list[list[dict]]:
        """Link several listings. With ``listing_vecs`` (the listings' own embeddings, already computed by
        the classifier) the semantic score uses that one vector per listing and the candidate spans serve
        only for verbatim labels and evidence: no extra encoder work. Without it, all candidate spans of
        all listings are embedded in one call."""
        spans = [candidate_spans(segs, max_spans=self.max_spans) for segs in segment_lists]
        if listing_vecs is not None:
            return [self.link(None, encode, spans=sp, listing_vec=v) for sp, v in zip(spans, listing_vecs)]
        flat = [s[3] for sp in spans for s in sp]
        V = encode(flat) if flat else None
        out, i = [], 0
        for sp in spans:
            out.append(self.link(None, encode, spans=sp, vecs=V[i:i + len(sp)] if sp else None))
            i += len(sp)
        return out

    def link(self, segments: list[tuple[str, str]] | None, encode, spans=None, vecs=None, listing_vec=None) -> list[dict]:
        if spans is None:
            spans = candidate_spans(segments, max_spans=self.max_spans)
        if not spans:
            return []
        best: dict[int, tuple[float, int]] = {}
        hits_by_span = [self.index.lexical_hits(s[3]) for s in spans]
        if listing_vec is not None:
            ids, scores = self.index.top_skills(listing_vec[None, :], k=50)
            hit_span = {j: i for i in range(len(spans) - 1, -1, -1) for j in hits_by_span[i]}
            for j, sc in zip(ids[0], scores[0]):
                j = int(j)
                r = hit_span.get(j)  # the evidence span of a semantic-only match is found if it is kept
                best[j] = (float(sc) + (LEXICAL_BONUS if r is not None else 0.0), r)
            ids = scores = np.zeros((0, 0))
        else:
            ids, scores = self.index.top_skills(vecs if vecs is not None else encode([s[3] for s in spans]), k=50)
        for r in range(len(ids)):
            for j, sc in zip(ids[r], scores[r]):
                sc = float(sc) + (LEXICAL_BONUS if int(j) in hits_by_span[r] else 0.0)
                if sc > best.get(int(j), (-9, 0))[0]:
                    best[int(j)] = (sc, r)
            for j in hits_by_span[r]:  # a verbatim label always counts, even off the shortlist
                if int(j) not in best:
                    v = listing_vec[None, :] if listing_vec is not None else encode([spans[r][3]])
                    best[int(j)] = (float(self.index.skill_scores(v)[0, j]) + LEXICAL_BONUS, r)
        ranked = sorted(best.items(), key=lambda kv: -kv[1][0])
        out = []
        for s, (sc, r) in ranked[: self.top_k]:
            if sc < self.threshold:
                break
            if r is None:
                r = self._evidence_span(spans, s)
            f, a, b, t = spans[r]
            hit = hits_by_span[r].get(s)
            ev = {"field": f, "start": a + hit[0], "end": a + hit[1], "text": t[hit[0]:hit[1]]} if hit else \
                 {"field": f, "start": a, "end": b, "text": t}
            out.append({"uri": self.index.uris[s], "label": self.index.labels[s], "score": round(sc, 4),
                        "groups": self.index.groups[s], "evidence": ev})
        if not out and ranked:  # back off to the best skill group
            s, (sc, r) = ranked[0]
            r = self._evidence_span(spans, s) if r is None else r
            if self.index.groups[s]:
                f, a, b, t = spans[r]
                out.append({"uri": None, "label": None, "group": self.index.groups[s][0], "score": round(sc, 4),
                            "backoff": True, "evidence": {"field": f, "start": a, "end": b, "text": t}})
        return out


# -- benchmark: TECH and HOUSE sentences (Decorte et al.; tabiya eval files) -----------------------
IGNORED = {"LABEL NOT PRESENT", "UNDERSPECIFIED"}


def load_benchmark(path: Path) -> list[tuple[str, set[str]]]:
    """(sentence, gold preferred labels) per sentence of an annotations CSV."""
    gold: dict[str, set[str]] = {}
    with open(path, encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            gold.setdefault(r["sentence"], set())
            if r["label"] and r["label"] not in IGNORED:
                gold[r["sentence"]].add(r["label"].strip().lower())
    return [(s, g) for s, g in gold.items() if g]


def rank_metrics(ranked: list[list[str]], gold: list[set[str]], k: int = 5) -> dict:
    rec = rp = 0.0
    for top, g in zip(ranked, gold):
        hit = len(set(top[:k]) & g)
        rec += hit / len(g)
        rp += hit / min(k, len(g))
    n = max(1, len(gold))
    return {f"recall@{k}": round(rec / n, 4), f"rp@{k}": round(rp / n, 4), "sentences": len(gold)}


def _ranked_labels(index: EscoIndex, S: np.ndarray, k: int = 5) -> list[list[str]]:
    top = np.argsort(-S, axis=1)[:, :k]
    return [[index.labels[j].lower() for j in row] for row in top]


def evaluate_benchmarks(esco_path: str | Path, bench_path: str | Path, encoder_spec: str = "minilm",
                        baseline_spec: str = "minilm", bonus_grid=(0.0, 0.05, 0.1, 0.15, 0.2, 0.3), progress=None) -> dict:
    """Recall@5 and RP@5 of the linker on TECH and HOUSE test sentences, the lexical bonus fitted on the
    validation sentences, next to the baseline (cosine between the sentence and preferred labels)."""
    from .encode import get_encoder

    bench_path = Path(bench_path)
    enc = get_encoder(encoder_spec)
    index = EscoIndex.build(esco_path, enc, progress=progress)
    base_enc = get_encoder(baseline_spec)
    pref_cache = cache_dir() / f"esco-pref-{encoder_key(base_enc)}-{index.version}.npy"
    if pref_cache.exists():
        pref = np.load(pref_cache, allow_pickle=False)
    else:
        if progress:
            progress(f"embedding {len(index.labels)} preferred labels for the baseline ({base_enc.name})")
        pref = base_enc.encode(index.labels, batch_size=256)
        pref_cache.parent.mkdir(parents=True, exist_ok=True)
        np.save(pref_cache, pref)
    out = {"esco_version": index.version, "encoder": enc.name, "baseline": f"{base_enc.name} cosine, preferred labels", "sets": {}}
    for name in ("tech", "house"):
        val = load_benchmark(bench_path / f"{name}_validation_annotations.csv")
        test = load_benchmark(bench_path / f"{name}_test_annotations.csv")
        res = {}
        # fit the lexical bonus on validation
        Sv = index.skill_scores(enc.encode([s for s, _ in val]))
        lexv = [index.lexical_hits(s) for s, _ in val]
        best = None
        for b in bonus_grid:
            S = Sv.copy()
            for r, hits in enumerate(lexv):
                for j in hits:
                    S[r, j] += b
            m = rank_metrics(_ranked_labels(index, S), [g for _, g in val])
            if best is None or m["recall@5"] > best[1]["recall@5"]:
                best = (b, m)
        bonus = best[0]
        St = index.skill_scores(enc.encode([s for s, _ in test]))
        for r, (s, _) in enumerate(test):
            for j in index.lexical_hits(s):
                St[r, j] += bonus
        res["linker"] = {**rank_metrics(_ranked_labels(index, St), [g for _, g in test]), "lexical_bonus": bonus}
        B = base_enc.encode([s for s, _ in test]) @ pref.T
        res["baseline"] = rank_metrics(_ranked_labels(index, B), [g for _, g in test])
        res["gain_points"] = {k: round(100 * (res["linker"][k] - res["baseline"][k]), 1) for k in ("recall@5", "rp@5")}
        out["sets"][name] = res
    return out
