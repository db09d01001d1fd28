"""Classification heads over sentence embeddings.

``PrototypeHead`` is the zero-shot head: each class is a set of prototype embeddings (its label,
the project's description and multilingual terms from configs/taxonomies); a text's score for a
class is its best cosine to the class's prototypes, turned into probabilities with a softmax.
It follows scikit-learn's estimator contract (``fit`` returns self, learned state ends in ``_``).
"""
from __future__ import annotations

import logging

import numpy as np

from . import taxonomy
from .config import cache_dir
from .encode import Encoder, encoder_key

log = logging.getLogger(__name__)


def _float64(head, *names: str) -> tuple[np.ndarray, ...]:
    """float64 copies of a head's float32 arrays ``names``, made again when one is replaced (a refit).
    Scores are computed in float64 so that they do not depend on the batch, the BLAS threads or
    memory alignment at the precision the records keep."""
    src = tuple(getattr(head, n) for n in names)
    cached = head.__dict__.get("_float64", {}).get(names)
    if cached is None or any(a is not b for a, b in zip(cached[0], src)):
        cached = head.__dict__.setdefault("_float64", {})[names] = (src, tuple(a.astype(np.float64) for a in src))
    return cached[1]


class PrototypeHead:
    def __init__(self, temperature: float = 0.05):
        self.temperature = temperature

    def fit(self, prototypes: np.ndarray, proto_labels: np.ndarray, classes=None):
        labels = np.asarray(proto_labels)
        self.classes_ = np.asarray(classes if classes is not None else sorted(set(labels.tolist())))
        # prototypes grouped by class (contiguous), so that one reduceat takes every class's best cosine
        cls_index = {c: i for i, c in enumerate(self.classes_.tolist())}
        keep = np.array([lb in cls_index for lb in labels.tolist()], dtype=bool)
        owner = np.array([cls_index[lb] for lb in labels[keep].tolist()], dtype=np.int64)
        order = np.argsort(owner, kind="stable")
        self.prototypes_ = np.asarray(prototypes, dtype=np.float32)[keep][order]
        self.proto_labels_ = labels[keep][order]
        counts = np.bincount(owner, minlength=len(self.classes_))
        if (counts == 0).any():
            raise ValueError(f"classes without prototypes: {self.classes_[counts == 0].tolist()}")
        self._starts = np.concatenate([[0], np.cumsum(counts)[:-1]])
        return self

    def decision_function(self, X: np.ndarray) -> np.ndarray:
        """Each class's best cosine similarity between X's rows and its prototypes."""
        (prototypes,) = _float64(self, "prototypes_")
        sims = np.asarray(X, dtype=np.float64) @ prototypes.T
        return np.maximum.reduceat(sims, self._starts, axis=1)

    def proba_from_scores(self, scores: np.ndarray) -> np.ndarray:
        z = scores / self.temperature
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        return p / p.sum(axis=1, keepdims=True)

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        return self.proba_from_scores(self.decision_function(X))

    def predict(self, X: np.ndarray) -> np.ndarray:
        return self.classes_[self.predict_proba(X).argmax(axis=1)]


HEAD_TAXONOMIES = {
    "sector": lambda: list(taxonomy.nace().labels),
    "field": taxonomy.isced_narrow,
    "field_detailed": lambda: [lb for lb in taxonomy.isced().labels
                               if lb.level == "detailed" and lb.code[3] in "1234567"],
    "skill_areas": lambda: taxonomy.skill_groups("S"),
    "transversal": lambda: taxonomy.skill_groups("T"),
    "eqf": taxonomy.eqf_levels,
    "band": lambda: list(taxonomy.load_taxonomy("bands").labels),
}


ZS_FEATURE_HEADS = ("sector", "field", "skill_areas", "transversal", "eqf", "band")
ZS_FEATURE_SCALE = 5.0
FEATURES = "+features"  # suffix of a head kept only for the zero-shot features of trained heads


def zero_shot_features(heads: dict[str, "PrototypeHead"], X: np.ndarray, scores: dict | None = None) -> np.ndarray:
    """The zero-shot similarities of every head, scaled: extra features for the trained heads, so
    that they keep what the label descriptions know about classes the training data shows little of.
    ``scores``: the heads' decision_function(X), when already computed."""
    names = [feature_head(heads, h) for h in ZS_FEATURE_HEADS]
    return np.hstack([scores[h] if scores is not None else heads[h].decision_function(X)
                      for h in names]) * ZS_FEATURE_SCALE


def feature_head(heads: dict, name: str) -> str:
    """The head whose similarities are ``name``'s zero-shot features: its label-anchored twin where
    its answer matches terms alone (``taxonomy.TERM_ALONE``)."""
    return name + FEATURES if name + FEATURES in heads else name


def zero_shot_width(heads: dict[str, "PrototypeHead"]) -> int:
    """How many columns ``zero_shot_features`` adds."""
    return sum(len(heads[h].classes_) for h in ZS_FEATURE_HEADS)


def _prototype_texts(head: str, lb: taxonomy.Label) -> list[str]:
    if head == "field_detailed":
        return [lb.label]
    name = head.removesuffix(FEATURES)  # a twin has its head's prototypes, each term after the label
    return lb.prototype_texts(one_term_each=name in taxonomy.ONE_TERM_EACH, term_alone=head in taxonomy.TERM_ALONE)


def _prototype_heads() -> dict:
    """Every prototype head's labels: the zero-shot heads, and a label-anchored twin of each head that
    matches terms alone, for the zero-shot features."""
    out = dict(HEAD_TAXONOMIES)
    for name in taxonomy.TERM_ALONE:
        out[name + FEATURES] = HEAD_TAXONOMIES[name]
    return out


def build_zero_shot_heads(encoder: Encoder, temperature: float = 0.05) -> dict[str, PrototypeHead]:
    """Zero-shot heads for one encoder; prototype embeddings are cached on disk per (encoder, configs)."""
    key = f"prototypes-{encoder_key(encoder)}-{taxonomy.taxonomy_hash()}.npz"
    path = cache_dir() / key
    texts, owners = [], []
    taxonomies = _prototype_heads()
    for head, labels in taxonomies.items():
        for lb in labels():
            for t in _prototype_texts(head, lb):
                texts.append(t)
                owners.append(f"{head}\t{lb.code}")
    emb = None
    if path.exists():
        try:
            with np.load(path, allow_pickle=False) as z:
                if z["owners"].tolist() == owners:
                    emb = z["emb"]
        except Exception as exc:  # a broken cache file is rebuilt, never trusted
            log.warning("ignoring unreadable prototype cache %s: %s", path, exc)
    if emb is None:
        emb = encoder.encode(texts)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(".tmp.npz")
            np.savez(tmp, emb=emb, owners=np.array(owners))
            tmp.replace(path)
        except OSError as exc:
            log.warning("cannot write prototype cache %s: %s", path, exc)
    owners_arr = np.array(owners)
    heads = {}
    for head, labels in taxonomies.items():
        mask = np.char.startswith(owners_arr, head + "\t")
        codes = np.array([o.split("\t", 1)[1] for o in owners_arr[mask]])
        heads[head] = PrototypeHead(temperature).fit(emb[mask], codes, classes=[lb.code for lb in labels()])
    return heads


# -- trained heads ---------------------------------------------------------------------------------
class LinearHead:
    """A fitted linear softmax (or one-vs-rest sigmoid) head kept as plain arrays.

    Trained with scikit-learn's LogisticRegression; predicts with numpy only, so a saved head is
    just ``coef_``, ``intercept_``, ``classes_`` (and ``thresholds_`` for multi-label heads).
    """

    def __init__(self, C: float = 1.0, multilabel: bool = False, class_weight: str | None = "balanced",
                 max_iter: int = 3000):
        self.C = C
        self.multilabel = multilabel
        self.class_weight = class_weight
        self.max_iter = max_iter

    def fit(self, X: np.ndarray, y, sample_weight: np.ndarray | None = None):
        from sklearn.linear_model import LogisticRegression

        X = np.asarray(X, dtype=np.float32)
        if not self.multilabel:
            lr = LogisticRegression(C=self.C, max_iter=self.max_iter, class_weight=self.class_weight)
            lr.fit(X, np.asarray(y), sample_weight=sample_weight)
            self.classes_ = np.asarray([str(c) for c in lr.classes_])
            coef, icpt = lr.coef_, lr.intercept_
            if len(self.classes_) == 2:  # binary LR keeps one row; expand to two for softmax
                coef = np.vstack([-coef[0] / 2, coef[0] / 2])
                icpt = np.array([-icpt[0] / 2, icpt[0] / 2])
        else:
            classes = sorted({c for labels in y for c in labels})
            coefs, icpts = [], []
            for c in classes:
                t = np.array([c in labels for labels in y], dtype=int)
                if t.min() == t.max():  # on every example: nothing to learn but "always"
                    coefs.append(np.zeros(X.shape[1]))
                    icpts.append(10.0)
                    continue
                lr = LogisticRegression(C=self.C, max_iter=self.max_iter, class_weight=self.class_weight)
                lr.fit(X, t, sample_weight=sample_weight)
                coefs.append(lr.coef_[0])
                icpts.append(lr.intercept_[0])
            self.classes_ = np.asarray(classes)
            coef, icpt = np.vstack(coefs), np.asarray(icpts)
            self.thresholds_ = np.full(len(classes), 0.5, dtype=np.float32)
        self.coef_ = np.asarray(coef, dtype=np.float32)
        self.intercept_ = np.asarray(icpt, dtype=np.float32)
        return self

    def decision_function(self, X: np.ndarray) -> np.ndarray:
        """In float64 (see ``_float64``); the weights are stored as float32. A head fitted on the
        leading columns only (the embedding without the zero-shot features: ``heads.<name>.features =
        "embedding"``) reads those of a wider feature matrix."""
        coef, intercept = _float64(self, "coef_", "intercept_")
        X = np.asarray(X, dtype=np.float64)
        if X.shape[1] > coef.shape[1]:
            X = X[:, : coef.shape[1]]
        return X @ coef.T + intercept

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        z = self.decision_function(X)
        if self.multilabel:
            return 1.0 / (1.0 + np.exp(-z))
        z = z - z.max(axis=1, keepdims=True)
        p = np.exp(z)
        return p / p.sum(axis=1, keepdims=True)

    def predict(self, X: np.ndarray):
        P = self.predict_proba(X)
        if self.multilabel:
            return [[c for c, p, t in zip(self.classes_, row, self.thresholds_) if p >= t] for row in P]
        return self.classes_[P.argmax(axis=1)]

    def fit_thresholds(self, X: np.ndarray, y, always_top: bool = False, at_most: int | None = None,
                       passes: int = 5, resamples: int = 0, seed: int = 0) -> "LinearHead":
        """Per-label thresholds (multi-label heads) that maximise micro-F1 on labelled data of the labels
        that ``pick`` keeps (with ``always_top`` and ``at_most`` as the records use them); see
        ``best_thresholds``. With ``resamples``, the mean of the thresholds fitted on that many bootstrap
        resamples of the rows (bagging): on 254 validation listings one label's best threshold moved by
        0.2-0.35 between trainings whose heads hardly differed."""
        P = self.predict_proba(X)
        Y = np.array([[c in labels for c in self.classes_] for labels in y], dtype=bool)
        if resamples > 0:
            rng = np.random.default_rng(seed)
            draws = (rng.integers(0, len(P), len(P)) for _ in range(resamples))
            th = np.mean([best_thresholds(P[i], Y[i], always_top, at_most, passes) for i in draws], axis=0)
        else:
            th = best_thresholds(P, Y, always_top, at_most, passes)
        self.thresholds_ = np.asarray(th, dtype=np.float32)
        return self

    # persistence as plain arrays
    def to_arrays(self, prefix: str) -> dict[str, np.ndarray]:
        out = {f"{prefix}.coef": self.coef_, f"{prefix}.intercept": self.intercept_}
        if self.multilabel:
            out[f"{prefix}.thresholds"] = self.thresholds_
        return out

    @classmethod
    def from_arrays(cls, arrays, prefix: str, classes: list[str], multilabel: bool) -> "LinearHead":
        h = cls(multilabel=multilabel)
        h.coef_ = np.asarray(arrays[f"{prefix}.coef"], dtype=np.float32)
        h.intercept_ = np.asarray(arrays[f"{prefix}.intercept"], dtype=np.float32)
        h.classes_ = np.asarray(classes)
        if multilabel:
            h.thresholds_ = np.asarray(arrays[f"{prefix}.thresholds"], dtype=np.float32)
        if h.coef_.shape[0] != len(classes) or h.intercept_.shape != (len(classes),):
            raise ValueError(f"head {prefix}: arrays do not match its {len(classes)} classes")
        return h


class OrdinalHead(LinearHead):
    """An ordinal head for ordered classes (EQF levels): one logistic regression per cut between
    consecutive classes, for "above this class" (a cumulative model, as in Frank & Hall 2001). The
    class probabilities are the differences of the cumulative ones, made non-increasing first.
    Unlike a multinomial head, neighbouring levels share evidence, so a listing whose cues point
    between two levels lands between them rather than on a distant one. Kept as plain arrays like
    ``LinearHead``: ``coef_`` and ``intercept_`` hold one row per cut (len(classes_) - 1 rows).

    Classes are sorted by their numeric value; sample weights are used as given (no class balancing:
    the cut models would then be weighted differently from each other)."""

    def __init__(self, C: float = 1.0, max_iter: int = 3000):
        super().__init__(C=C, multilabel=False, class_weight=None, max_iter=max_iter)

    def fit(self, X: np.ndarray, y, sample_weight: np.ndarray | None = None):
        from sklearn.linear_model import LogisticRegression

        X = np.asarray(X, dtype=np.float32)
        values = np.asarray([float(v) for v in y])
        levels = sorted(set(values.tolist()))
        if len(levels) < 2:
            raise ValueError("an ordinal head needs at least two classes")
        coefs, icpts = [], []
        for cut in levels[:-1]:
            lr = LogisticRegression(C=self.C, max_iter=self.max_iter)
            lr.fit(X, (values > cut).astype(int), sample_weight=sample_weight)
            coefs.append(lr.coef_[0])
            icpts.append(lr.intercept_[0])
        self.classes_ = np.asarray([str(int(v)) if float(v).is_integer() else str(v) for v in levels])
        self.coef_ = np.asarray(np.vstack(coefs), dtype=np.float32)
        self.intercept_ = np.asarray(icpts, dtype=np.float32)
        return self

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        above = 1.0 / (1.0 + np.exp(-self.decision_function(X)))  # P(class > cut k), one column per cut
        n = above.shape[0]
        cum = np.minimum.accumulate(np.hstack([np.ones((n, 1)), above, np.zeros((n, 1))]), axis=1)
        p = np.clip(cum[:, :-1] - cum[:, 1:], 1e-6, None)
        return p / p.sum(axis=1, keepdims=True)

    @classmethod
    def from_arrays(cls, arrays, prefix: str, classes: list[str], multilabel: bool = False) -> "OrdinalHead":
        h = cls()
        h.coef_ = np.asarray(arrays[f"{prefix}.coef"], dtype=np.float32)
        h.intercept_ = np.asarray(arrays[f"{prefix}.intercept"], dtype=np.float32)
        h.classes_ = np.asarray(classes)
        cuts = len(classes) - 1
        if cuts < 1 or h.coef_.shape[0] != cuts or h.intercept_.shape != (cuts,):
            raise ValueError(f"ordinal head {prefix}: arrays do not match its {len(classes)} classes")
        try:
            order = [float(c) for c in classes]
        except ValueError:
            raise ValueError(f"ordinal head {prefix}: classes are not numbers") from None
        if order != sorted(order):
            raise ValueError(f"ordinal head {prefix}: classes are not in increasing order")
        return h


def best_thresholds(P: np.ndarray, Y: np.ndarray, always_top: bool = False, at_most: int | None = None,
                    passes: int = 5) -> np.ndarray:
    """Per-label thresholds on a grid that maximise the micro-F1 of what ``pick`` keeps of probabilities
    ``P`` against the labels ``Y`` (rows x labels, booleans). Starts from each label's own best-F1
    threshold, then moves one label's at a time while micro-F1 rises. A label whose own F1 is flat over
    the grid (S7 on the validation listings: 0.26-0.29 from 0.15 to 0.8) otherwise lands anywhere on the
    flat part, and a low threshold there adds false positives to every listing."""
    grid = np.round(np.linspace(0.05, 0.95, 19), 2)
    th = np.full(P.shape[1], 0.5)
    for j in range(P.shape[1]):
        if Y[:, j].any():
            f1 = [2 * ((P[:, j] >= g) & Y[:, j]).sum() / max(1, (P[:, j] >= g).sum() + Y[:, j].sum()) for g in grid]
            th[j] = grid[int(np.argmax(f1))]

    def micro_f1(t):
        M = pick(P, t, always_top, at_most)
        return 2 * (M & Y).sum() / max(1, M.sum() + Y.sum())

    best = micro_f1(th)
    for _ in range(passes):
        moved = False
        for j in range(len(th)):
            for g in grid:
                t = th.copy()
                t[j] = g
                s = micro_f1(t)
                if s > best + 1e-12:
                    best, th, moved = s, t, True
        if not moved:
            break
    return th


# how the records pick a multi-label head's labels: (the most probable label always, at most this many)
PICK = {"skill_areas": (True, 3), "transversal": (False, 2)}


def pick(P: np.ndarray, thresholds, always_top: bool = False, at_most: int | None = None) -> np.ndarray:
    """Which labels a multi-label head gives each row: those at or above their thresholds (and the most
    probable one with ``always_top``), the ``at_most`` most probable of them."""
    M = P >= np.asarray(thresholds)
    if always_top and len(P):
        M[np.arange(len(P)), P.argmax(axis=1)] = True
    if at_most is not None and P.shape[1] > at_most:
        M &= np.argsort(np.argsort(-P, axis=1, kind="stable"), axis=1) < at_most
    return M


def blend_proba(p_trained: np.ndarray, trained_classes, p_zero_shot: np.ndarray, zs_classes, a: float) -> np.ndarray:
    """Geometric blend of a trained head's probabilities with its zero-shot twin's (weight ``a`` on
    zero-shot), over the trained head's classes."""
    if a <= 0:
        return p_trained
    idx = [list(zs_classes).index(c) for c in trained_classes]
    z = a * np.log(p_zero_shot[:, idx] + 1e-9) + (1 - a) * np.log(p_trained + 1e-9)
    z -= z.max(axis=1, keepdims=True)
    p = np.exp(z)
    return p / p.sum(axis=1, keepdims=True)


def sector_field_pairs(rows) -> dict[str, int]:
    """How many topics pair each sector with each narrow field, as ``{"F|073": 3}``, from (topic,
    sector, field) triples of labelled listings: a topic written in 15 languages counts once."""
    seen = {(str(g), str(s), str(f)[:3]) for g, s, f in rows if s and f}
    out: dict[str, int] = {}
    for _, s, f in seen:
        out[f"{s}|{f}"] = out.get(f"{s}|{f}", 0) + 1
    return dict(sorted(out.items()))


def field_given_sector_value_ok(key: str, value) -> bool:
    """Whether ``value`` can be the ``weight`` (a number of 0 or more), ``alpha`` or ``temperature``
    (numbers above 0) of ``field_given_sector``."""
    return not (isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0
                or (key != "weight" and value == 0))


def field_given_sector(p_field: np.ndarray, field_classes, p_sector: np.ndarray, sector_classes,
                       pairs: dict[str, int], alpha: float, weight: float, temperature: float = 1.0) -> np.ndarray:
    """The field probabilities times how well each field goes with the listing's likely sectors, to
    the power ``weight``: P(field | sector) from the topics' pairs (add-``alpha`` smoothed per sector,
    so a sector without pairs changes nothing) averaged over the sector probabilities; the product
    is softened by ``temperature`` (two sources multiplied are over-sure). The sector answer itself
    is left as it is."""
    if weight <= 0 or not pairs:
        return p_field
    fi = {str(c): j for j, c in enumerate(field_classes)}
    si = {str(c): i for i, c in enumerate(sector_classes)}
    counts = np.zeros((len(si), len(fi)))
    for key, n in pairs.items():
        s, _, f = key.partition("|")
        if s in si and f in fi:
            counts[si[s], fi[f]] += n
    cond = (counts + alpha) / (counts + alpha).sum(axis=1, keepdims=True)
    z = (np.log(p_field + 1e-12) + weight * np.log(p_sector @ cond + 1e-12)) / temperature
    z -= z.max(axis=1, keepdims=True)
    p = np.exp(z)
    return p / p.sum(axis=1, keepdims=True)
