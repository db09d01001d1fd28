"""Streaming readers and writers. Every input row becomes exactly one item: a listing dict, or an
``InputRow`` error that still yields a record, so nothing is dropped silently."""
from __future__ import annotations

import csv
import io as _io
import json
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError, OutputExistsError
from .text import Listing

FORMATS = ("jsonl", "csv")
MAX_CSV_RECORD_LINES = 200
MAX_LINE_CHARS = 5_000_000
csv.field_size_limit(MAX_LINE_CHARS)


@dataclass
class BadRow:
    """A row that could not be parsed; becomes a record with ``errors``."""

    id: str
    error: str
    partial: dict | None = None


def detect_format(path: str, fmt: str | None = None) -> str:
    if fmt:
        if fmt not in FORMATS:
            raise InputError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
        return fmt
    if path == "-":
        return "jsonl"
    suffix = Path(path).suffix.lower()
    if suffix in (".jsonl", ".ndjson", ".json"):
        return "jsonl"
    if suffix in (".csv", ".tsv"):
        return "csv"
    raise InputError(f"cannot tell the format of {path!r} from its extension; use .jsonl or .csv, or pass --format")


def _open_text(path: str):
    if path == "-":
        return _io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="replace", newline="")
    if not os.path.exists(path):
        raise InputError(f"input file not found: {path}")
    return open(path, encoding="utf-8-sig", errors="replace", newline="")


def read_jsonl(fh) -> Iterator[dict | BadRow]:
    for n, line in enumerate(fh, 1):
        s = line.strip()
        if not s:
            continue
        try:
            obj = json.loads(s)
        except json.JSONDecodeError as exc:
            yield BadRow(f"line:{n}", f"line {n}: not valid JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(obj, dict):
            yield BadRow(f"line:{n}", f"line {n}: a JSON {type(obj).__name__}, not an object with fields")
            continue
        obj.setdefault("_line", n)
        yield obj


def read_csv(fh, delimiter: str = ",") -> Iterator[dict | BadRow]:
    """CSV with a header row, streamed. A broken quote is confined to its own row: when a quoted
    field runs past MAX_CSV_RECORD_LINES lines (or the end of the file), that row becomes an error
    and reading restarts on the next physical line."""
    from collections import deque

    src = iter(fh)
    first = next(src, None)
    if first is None:
        return
    header = [h.strip() for h in next(csv.reader([first], delimiter=delimiter))]
    pending: deque[tuple[int, str]] = deque()
    lineno = 1

    def fill(k: int) -> bool:
        nonlocal lineno
        while len(pending) < k:
            line = next(src, None)
            if line is None:
                return False
            lineno += 1
            pending.append((lineno, line))
        return True

    while fill(1):
        n, first_line = pending[0]
        if not first_line.strip():
            pending.popleft()
            continue
        buf, used, row = "", 0, None
        while used < MAX_CSV_RECORD_LINES and fill(used + 1):
            buf += pending[used][1]
            used += 1
            if buf.count('"') % 2 == 0:
                try:
                    row = next(csv.reader(_io.StringIO(buf), delimiter=delimiter, strict=True))
                except (csv.Error, StopIteration):
                    row = None
                break
        if row is None:
            pending.popleft()
            yield BadRow(f"line:{n}", f"line {n}: unbalanced quote or malformed CSV row; the row was skipped",
                         partial={"_raw": first_line[:2000]})
            continue
        for _ in range(used):
            pending.popleft()
        item = {}
        errs = []
        if len(row) != len(header):
            errs.append(f"line {n}: {len(row)} fields where the header has {len(header)}")
        for k, v in zip(header, row):
            item[k] = v
        if len(row) > len(header):
            item["_extra"] = " | ".join(row[len(header):])
        item["_line"] = n
        if errs:
            item["_errors"] = errs
        yield item


def read_items(path: str, fmt: str | None = None) -> Iterator[dict | BadRow]:
    fmt = detect_format(path, fmt)
    fh = _open_text(path)
    try:
        if fmt == "jsonl":
            yield from read_jsonl(fh)
        else:
            yield from read_csv(fh, "\t" if path.endswith(".tsv") else ",")
    finally:
        if path != "-":
            fh.close()


def flatten(rec: dict) -> dict:
    """One CSV row per record: nested fields as dotted columns, lists as JSON."""
    out = {}
    for k, v in rec.items():
        if isinstance(v, dict):
            for k2, v2 in v.items():
                out[f"{k}.{k2}"] = json.dumps(v2, ensure_ascii=False) if isinstance(v2, (list, dict)) else v2
        elif isinstance(v, list):
            out[k] = json.dumps(v, ensure_ascii=False)
        else:
            out[k] = v
    return out


class RecordWriter:
    """Writes records to a temporary file next to the target and moves it into place on close,
    so a reader never sees a half-written file at the target path."""

    def __init__(self, path: str, fmt: str = "jsonl", force: bool = False):
        if fmt not in FORMATS:
            raise InputError(f"unknown output format {fmt!r}; choose one of {', '.join(FORMATS)}")
        self.path, self.fmt = path, fmt
        if path != "-" and os.path.exists(path) and not force:
            raise OutputExistsError(f"{path} exists; pass --force to overwrite it")
        if path == "-":
            self._fh = sys.stdout
            self._tmp = None
        else:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            self._tmp = f"{path}.part"
            self._fh = open(self._tmp, "w", encoding="utf-8", newline="")
        self._csv = None
        self.count = 0

    def write(self, rec: dict) -> None:
        if self.fmt == "jsonl":
            self._fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        else:
            row = flatten(rec)
            if self._csv is None:
                self._csv = csv.DictWriter(self._fh, fieldnames=list(row), extrasaction="ignore")
                self._csv.writeheader()
            self._csv.writerow(row)
        self.count += 1

    def close(self, ok: bool = True) -> None:
        if self._tmp is None:
            self._fh.flush()
            return
        self._fh.flush()
        os.fsync(self._fh.fileno())
        self._fh.close()
        if ok:
            os.replace(self._tmp, self.path)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        self.close(ok=exc_type is None)
        return False


def to_pipeline_item(item, text_fields=None):
    """Reader output -> what Classifier.predict_iter takes (a Listing for bad rows)."""
    from .text import to_listing

    if isinstance(item, BadRow):
        return Listing(id=item.id, segments=[], errors=[item.error])
    errs = item.pop("_errors", [])
    line = item.pop("_line", None)
    lst = to_listing(item, text_fields)
    lst.errors = errs + lst.errors
    if line is not None and lst.errors:
        lst.errors = [e if e.startswith("line ") else f"line {line}: {e}" for e in lst.errors]
    return lst
