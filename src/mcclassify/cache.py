"""Persistent embedding cache: (encoder id and version, text hash) -> vector, in SQLite.

Re-classifying or re-training on the same texts costs no re-embedding; a different encoder (or
encoder version) has a different key, so its vectors are never mixed up with another's.
"""
from __future__ import annotations

import hashlib
import sqlite3
import threading
from pathlib import Path

import numpy as np

from .encode import Encoder, encode_unique, encoder_key


def text_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()  # lone surrogates: ids from JSON escapes


class EmbeddingCache:
    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(str(self.path), check_same_thread=False, timeout=60)
        self._db.execute("PRAGMA journal_mode=WAL")
        # a cache may lose its last writes on power loss, never its integrity (WAL): no fsync per commit
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute("CREATE TABLE IF NOT EXISTS emb (enc TEXT, h TEXT, v BLOB, PRIMARY KEY (enc, h))")
        self._db.execute("CREATE TABLE IF NOT EXISTS rules (k TEXT PRIMARY KEY, v TEXT)")
        self.hits = 0
        self.misses = 0

    def get_many(self, enc: str, hashes: list[str]) -> dict[str, np.ndarray]:
        out = {}
        with self._lock:
            for i in range(0, len(hashes), 500):
                chunk = hashes[i:i + 500]
                q = f"SELECT h, v FROM emb WHERE enc=? AND h IN ({','.join('?' * len(chunk))})"
                for h, v in self._db.execute(q, [enc, *chunk]):
                    out[h] = np.frombuffer(v, dtype=np.float32)
        return out

    def put_many(self, enc: str, items: list[tuple[str, np.ndarray]]) -> None:
        with self._lock:
            self._db.executemany("INSERT OR REPLACE INTO emb VALUES (?, ?, ?)",
                                 [(enc, h, np.asarray(v, dtype=np.float32).tobytes()) for h, v in items])
            self._db.commit()

    def encode(self, encoder: Encoder, texts: list[str], batch_size: int = 64) -> np.ndarray:
        """Vectors for ``texts``: cached ones read, the others embedded (each distinct text once) and stored."""
        hashes = [text_hash(t) for t in texts]
        by_hash = dict(zip(hashes, texts))
        found, new = self.encode_hashed(encoder, list(by_hash), by_hash.__getitem__, batch_size)
        self.hits += sum(h not in new for h in hashes) - (len(by_hash) - len(new))  # repeats of cached texts count too
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        return np.stack([found[h] for h in hashes])

    def encode_hashed(self, encoder: Encoder, hashes: list[str], text_of, batch_size: int = 64
                      ) -> tuple[dict[str, np.ndarray], set[str]]:
        """Vectors of distinct texts given by their ``hashes``: cached ones read, the others made with
        ``text_of(hash)`` (only for them), embedded and stored. Returns (vector by hash, hashes embedded now)."""
        enc = encoder_key(encoder)
        found = self.get_many(enc, hashes)
        todo = [h for h in hashes if h not in found]
        self.hits += len(hashes) - len(todo)
        self.misses += len(todo)
        if todo:
            items = list(zip(todo, encode_unique(encoder, [text_of(h) for h in todo], batch_size=batch_size)))
            self.put_many(enc, items)
            found.update(items)
        return found, set(todo)

    def get_rules(self, keys: list[str]) -> dict[str, str]:
        """Cached rule results (JSON text) by key; the key covers the configs and the listing."""
        out = {}
        with self._lock:
            for i in range(0, len(keys), 500):
                chunk = keys[i:i + 500]
                q = f"SELECT k, v FROM rules WHERE k IN ({','.join('?' * len(chunk))})"
                out.update(self._db.execute(q, chunk).fetchall())
        return out

    def put_rules(self, items: list[tuple[str, str]]) -> None:
        with self._lock:
            self._db.executemany("INSERT OR REPLACE INTO rules VALUES (?, ?)", items)
            self._db.commit()

    def reopen(self) -> "EmbeddingCache":
        """A new connection to the same file (for a forked process; counters start at zero)."""
        return EmbeddingCache(self.path)

    def close(self) -> None:
        with self._lock:
            self._db.close()
