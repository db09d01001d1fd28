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


class PrototypeHead:
    def __init__(self, temperature: float = 0.05):
        self.temperature = temperature

    def fit(self, prototypes: np.ndarray, proto_labels: np.ndarray, classes=None):
        self.prototypes_ = np.asarray(prototypes, dtype=np.float32)
        self.proto_labels_ = np.asarray(proto_labels)
        self.classes_ = np.asarray(classes if classes is not None else sorted(set(proto_labels.tolist())))
        self._masks = [self.proto_labels_ == c for c in self.classes_]
        return self

    def decision_function(self, X: np.ndarray) -> np.ndarray:
        sims = np.asarray(X, dtype=np.float32) @ self.prototypes_.T
        return np.stack([sims[:, m].max(axis=1) for m in self._masks], axis=1)

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        z = self.decision_function(X) / self.temperature
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        return p / p.sum(axis=1, keepdims=True)

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


def _prototype_texts(head: str, lb: taxonomy.Label) -> list[str]:
    if head == "field_detailed":
        return [lb.label]
    return lb.prototype_texts()


def build_zero_shot_heads(encoder: Encoder, temperature: float = 0.05) -> dict[str, PrototypeHead]:
    """Zero-shot heads for one encoder; prototype embeddings are cached on disk per (encoder, configs)."""
    key = f"prototypes-{encoder_key(encoder)}-{taxonomy.config_hash()}.npz"
    path = cache_dir() / key
    texts, owners = [], []
    for head, labels in HEAD_TAXONOMIES.items():
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
    for head, labels in HEAD_TAXONOMIES.items():
        mask = np.char.startswith(owners_arr, head + "\t")
        codes = np.array([o.split("\t", 1)[1] for o in owners_arr[mask]])
        heads[head] = PrototypeHead(temperature).fit(emb[mask], codes, classes=[lb.code for lb in labels()])
    return heads
