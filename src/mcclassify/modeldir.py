"""A model directory: trained heads as plain arrays plus JSON, checked before use.

    model.json    name, version, encoder, heads (type: multiclass / multilabel / ordinal; classes),
                  config, data hashes, versions
    heads.npz     float32 arrays only (<head>.coef, <head>.intercept, <head>.thresholds)
    metrics.json  measured figures;  README.md  the model card
    CHECKSUMS     sha256 of every file above

Loading verifies every checksum, reads the arrays with ``allow_pickle=False``, and accepts only
the array names and dtypes it expects: an altered file or an untrusted type is refused with a
clear error, and nothing is ever unpickled.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import numpy as np

from .errors import McclassifyError
from .heads import LinearHead, OrdinalHead, field_given_sector_value_ok

FORMAT = 1
HEAD_NAMES = ("sector", "field", "field_detailed", "skill_areas", "transversal", "eqf", "band")
FILES = ("model.json", "heads.npz", "metrics.json", "README.md")
HEAD_TYPES = {"multiclass": LinearHead, "multilabel": LinearHead, "ordinal": OrdinalHead}


def head_type(h: LinearHead) -> str:
    return "ordinal" if isinstance(h, OrdinalHead) else "multilabel" if h.multilabel else "multiclass"


class ModelIntegrityError(McclassifyError):
    """A model directory whose files were altered, are missing, or hold unexpected content."""


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def save_model(path: str | Path, heads: dict[str, LinearHead], meta: dict, metrics: dict, card: str) -> Path:
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True)
    arrays = {}
    meta = dict(meta, format=FORMAT, heads={})
    for name, h in heads.items():
        arrays.update(h.to_arrays(name))
        meta["heads"][name] = {"type": head_type(h),
                               "classes": [str(c) for c in h.classes_]}
    np.savez(path / "heads.npz", **{k: np.asarray(v, dtype=np.float32) for k, v in arrays.items()})
    (path / "model.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False), encoding="utf-8")
    (path / "metrics.json").write_text(json.dumps(metrics, indent=2, ensure_ascii=False), encoding="utf-8")
    (path / "README.md").write_text(card, encoding="utf-8")
    sums = "".join(f"{_sha(path / f)}  {f}\n" for f in FILES)
    (path / "CHECKSUMS").write_text(sums, encoding="utf-8")
    return path


def load_model(path: str | Path) -> tuple[dict, dict[str, LinearHead]]:
    path = Path(path)
    if not (path / "CHECKSUMS").exists():
        raise ModelIntegrityError(f"{path} is not a model directory (no CHECKSUMS file)")
    expected = {}
    for line in (path / "CHECKSUMS").read_text(encoding="utf-8").splitlines():
        if line.strip():
            digest, _, name = line.partition("  ")
            expected[name.strip()] = digest.strip()
    for f in FILES:
        p = path / f
        if f not in expected or not p.exists():
            raise ModelIntegrityError(f"model file {p} is missing or not listed in CHECKSUMS")
        if _sha(p) != expected[f]:
            raise ModelIntegrityError(f"model file {p} was altered (checksum mismatch); retrain or restore the model")
    try:
        meta = json.loads((path / "model.json").read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ModelIntegrityError(f"{path}/model.json is not valid JSON: {exc}") from exc
    if meta.get("format") != FORMAT or not isinstance(meta.get("heads"), dict):
        raise ModelIntegrityError(f"{path}/model.json: unknown model format {meta.get('format')!r}")
    try:
        npz = np.load(path / "heads.npz", allow_pickle=False)
    except Exception as exc:
        raise ModelIntegrityError(f"{path}/heads.npz cannot be read as plain arrays: {exc}") from exc
    allowed = {f"{h}.{k}" for h in HEAD_NAMES for k in ("coef", "intercept", "thresholds")}
    with npz:
        for key in npz.files:
            if key not in allowed:
                raise ModelIntegrityError(f"{path}/heads.npz holds an unexpected array {key!r}")
            try:
                arr = npz[key]
            except ValueError as exc:  # object arrays need unpickling, which is never done
                raise ModelIntegrityError(f"{path}/heads.npz: {key} cannot be read as plain arrays: {exc}") from exc
            if arr.dtype != np.float32:
                raise ModelIntegrityError(f"{path}/heads.npz: {key} has type {arr.dtype}, expected float32")
        heads = {}
        for name, spec in meta["heads"].items():
            if name not in HEAD_NAMES or spec.get("type") not in HEAD_TYPES:
                raise ModelIntegrityError(f"{path}/model.json: unexpected head {name!r}")
            classes = spec.get("classes")
            if not isinstance(classes, list) or not all(isinstance(c, str) for c in classes):
                raise ModelIntegrityError(f"{path}/model.json: classes of {name!r} are not a list of strings")
            try:
                heads[name] = HEAD_TYPES[spec["type"]].from_arrays(npz, name, classes, spec["type"] == "multilabel")
            except (KeyError, ValueError) as exc:
                raise ModelIntegrityError(f"{path}: head {name!r} is incomplete: {exc}") from exc
    _check_field_given_sector(path, meta, heads)
    return meta, heads


def _check_field_given_sector(path: Path, meta: dict, heads: dict) -> None:
    """``field_given_sector`` of model.json (optional): numbers, and pairs of the heads' own codes."""
    fgs = meta.get("field_given_sector")
    if fgs is None:
        return
    bad = ModelIntegrityError(f"{path}/model.json: field_given_sector is malformed")
    if not isinstance(fgs, dict) or not isinstance(fgs.get("pairs"), dict):
        raise bad
    if not all(field_given_sector_value_ok(key, fgs.get(key, 1.0)) for key in ("alpha", "weight", "temperature")):
        raise bad
    sectors = set(heads["sector"].classes_) if "sector" in heads else set()
    fields = set(heads["field"].classes_) if "field" in heads else set()
    for k, n in fgs["pairs"].items():
        s, _, f = str(k).partition("|")
        if s not in sectors or f not in fields or isinstance(n, bool) or not isinstance(n, int) or n < 0:
            raise ModelIntegrityError(f"{path}/model.json: field_given_sector pair {k!r}: {n!r} is not a count of "
                                      "a sector and a field of this model")
