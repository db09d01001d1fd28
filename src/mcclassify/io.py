"""Streaming readers and writers. Every input row becomes exactly one item: a listing dict, or an
``InputRow`` error that still yields a record, so nothing is dropped silently."""
from __future__ import annotations

import csv
import io as _io
import json
import os
import re
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from . import fastjson
from .charsets import open_text
from .errors import InputError, OutputExistsError
from .record import LEVEL_FIELDS, WORKLOAD_FIELDS
from .text import Listing

FORMATS = ("jsonl", "json", "csv", "parquet", "xlsx")
OUTPUT_FORMATS = ("jsonl", "csv", "parquet")
MAX_CSV_RECORD_LINES = 200
MAX_TITLE_LINES = 5  # lines of one value above a table's header (CSV or workbook) passed over as its title
MAX_LINE_CHARS = 5_000_000
csv.field_size_limit(MAX_LINE_CHARS)


@dataclass
class BadRow:
    """A row that could not be parsed; becomes a record with ``errors``."""

    id: str
    error: str
    partial: dict | None = None


INPUT_SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".jsonld": "json", ".csv": "csv",
                  ".tsv": "csv", ".parquet": "parquet", ".pq": "parquet", ".xlsx": "xlsx", ".xlsm": "xlsx"}


def detect_format(path: str, fmt: str | None = None) -> str:
    if fmt:
        if fmt not in FORMATS:
            raise InputError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
        return fmt
    if path == "-":
        return "jsonl"
    suffix = Path(path).suffix.lower()
    if suffix == ".gz":  # a compressed text file: the format of the name inside ("listings.jsonl.gz")
        suffix = Path(path[:-3]).suffix.lower()
        if INPUT_SUFFIXES.get(suffix) in ("parquet", "xlsx"):
            raise InputError(f"{path!r}: a compressed {suffix} file is not read; Parquet and .xlsx are compressed "
                             "already, give the file itself")
    if suffix in INPUT_SUFFIXES:
        return INPUT_SUFFIXES[suffix]
    if suffix == ".xls":
        raise InputError(f"{path!r} is an Excel 97-2003 workbook, which is not read; save it as .xlsx or .csv")
    raise InputError(f"cannot tell the format of {path!r} from its extension; use .jsonl, .json, .csv, .parquet or "
                     ".xlsx, or pass --input-format")


def output_format(path: str, fmt: str | None = None) -> str:
    """The output format: ``fmt`` if given, else by the output's extension (.csv, .parquet or .pq;
    JSON Lines otherwise, and for stdout), so that ``-o records.csv`` writes CSV."""
    if fmt:
        if fmt not in OUTPUT_FORMATS:
            raise InputError(f"unknown output format {fmt!r}; choose one of {', '.join(OUTPUT_FORMATS)}")
        return fmt
    suffix = Path(path).suffix.lower() if path != "-" else ""
    return {".csv": "csv", ".parquet": "parquet", ".pq": "parquet"}.get(suffix, "jsonl")


def _open_text(path: str, encoding: str = "auto", info: dict | None = None):
    """A text stream of ``path`` (charsets.open_text: UTF-8, and bytes that are not UTF-8 read with a
    guessed code page); ``info["decoding"]`` receives how it is decoded."""
    if path != "-" and not os.path.exists(path):
        raise InputError(f"input file not found: {path}")
    fh, how = open_text(path, encoding)
    if info is not None:
        info["decoding"] = how
    return fh


def jsonl_lines(fh) -> Iterator[tuple[int, str]]:
    """(line number, stripped text) of each non-empty line: what ``parse_jsonl_line`` takes."""
    for n, line in enumerate(fh, 1):
        s = line.strip()
        if s:
            yield n, s


def parse_jsonl_line(n: int, s: str) -> dict | BadRow:
    try:
        obj = json.loads(s)
    except json.JSONDecodeError as exc:
        return BadRow(f"line:{n}", f"line {n}: not valid JSON ({exc.msg} at column {exc.colno})")
    if not isinstance(obj, dict):
        return BadRow(f"line:{n}", f"line {n}: a JSON {type(obj).__name__}, not an object with fields")
    obj.setdefault("_line", n)
    return obj


def read_jsonl(fh) -> Iterator[dict | BadRow]:
    for n, s in jsonl_lines(fh):
        yield parse_jsonl_line(n, s)


def read_json(fh) -> Iterator[dict | BadRow]:
    """A JSON document (read whole): an array of listings, one listing, or a JSON-LD document whose
    ``@graph`` holds them. A file that is JSON Lines under a .json name is read as JSON Lines."""
    text = fh.read()
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        first = text.lstrip()[:1]
        one_line_object = False
        if first == "{":
            try:
                one_line_object = isinstance(json.loads(text.lstrip().split("\n", 1)[0]), dict)
            except json.JSONDecodeError:
                pass
        if first == "[" or (first == "{" and not one_line_object):
            yield BadRow("line:1", f"not a valid JSON document ({exc.msg} at line {exc.lineno} column {exc.colno}); "
                                   "nothing in it could be read")
            return
        yield from read_jsonl(_io.StringIO(text))
        return
    if isinstance(doc, dict) and isinstance(doc.get("@graph"), list):
        doc = doc["@graph"]
    for i, obj in enumerate(doc if isinstance(doc, list) else [doc], 1):
        yield obj if isinstance(obj, dict) else BadRow(f"item:{i}", f"item {i}: a JSON {type(obj).__name__}, "
                                                                     "not an object with fields")


CSV_DELIMITERS = (",", ";", "\t", "|")


def sniff_delimiter(header: str) -> str:
    """The delimiter of a CSV file by its header row: of comma, semicolon (spreadsheets in most
    European locales, where the comma is the decimal sign), tab and bar, the one found most often
    outside quotes; a comma when none is."""
    outside = re.sub(r'"[^"]*"', "", header)
    counts = [(outside.count(d), -i, d) for i, d in enumerate(CSV_DELIMITERS)]
    best = max(counts)
    return best[2] if best[0] else ","


def csv_header(names: list[str]) -> list[str]:
    """Column names as fields: stripped; an empty one named by its place (``column_3``); a repeated one
    numbered from its second time (``description_2``), so that no column overwrites another."""
    out: list[str] = []
    for i, name in enumerate(names, 1):
        name = name.strip() or f"column_{i}"
        base, k = name, 2
        while name in out:
            name, k = f"{base}_{k}", k + 1
        out.append(name)
    return out


def read_csv(fh, delimiter: str | None = ",", info: dict | None = None) -> Iterator[dict | BadRow]:
    """CSV with a header row, streamed. ``delimiter`` None: sniffed from the header row
    (``sniff_delimiter``), and ``info["delimiter"]`` receives it. A broken quote is confined to its own
    row: when a quoted field runs past MAX_CSV_RECORD_LINES lines (or the end of the file), that row
    becomes an error and reading restarts on the next physical line."""
    from collections import deque

    src = iter(fh)
    lineno = 0

    def next_line(skip_blank: bool = False) -> str | None:
        nonlocal lineno
        for line in src:
            lineno += 1
            if line.strip() or not skip_blank:
                return line
        return None

    def cells(line: str) -> list[str]:
        return next(csv.reader([line], delimiter=delimiter or sniff_delimiter(line)), [])

    def filled(row: list[str]) -> int:
        return sum(1 for c in row if c.strip())

    first = next_line(skip_blank=True)
    hint = re.fullmatch(r'"?sep=(.)"?[,;\t|]*\s*', first or "")  # Excel's "sep=;" line before the header
    if hint:
        delimiter, first = hint.group(1), next_line(skip_blank=True)
    if first is None:
        return
    ahead: list[tuple[int, str]] = []
    row = cells(first)
    if len(row) >= 2 and filled(row) == 1:  # a spreadsheet's title line above its header ("Kursprogramm 2027;;;")
        while len(ahead) < MAX_TITLE_LINES:
            line = next_line()
            if line is None:
                break
            ahead.append((lineno, line))
            if filled(cells(line)) >= 2:
                first, ahead = line, []
                break
    if delimiter is None:
        delimiter = sniff_delimiter(first)
    if info is not None:
        info["delimiter"] = delimiter
    header = csv_header(next(csv.reader([first], delimiter=delimiter)))
    pending: deque[tuple[int, str]] = deque(ahead)

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


def read_parquet(path: str, batch_rows: int = 2000) -> Iterator[dict | BadRow]:
    """Parquet rows, streamed by record batch; a row that cannot be converted becomes a BadRow."""
    import pyarrow.parquet as pq

    try:
        pf = pq.ParquetFile(path)
    except Exception as exc:
        raise InputError(f"{path} is not a readable Parquet file: {exc}") from exc
    n = 0
    for batch in pf.iter_batches(batch_size=batch_rows):
        cols = batch.schema.names
        for i in range(batch.num_rows):
            n += 1
            try:
                item = {c: batch.column(j)[i].as_py() for j, c in enumerate(cols)}
            except Exception as exc:  # undecodable values
                yield BadRow(f"row:{n}", f"row {n}: cannot read the row ({exc})")
                continue
            for k, v in list(item.items()):
                if isinstance(v, bytes):
                    try:
                        item[k] = v.decode("utf-8")
                    except UnicodeDecodeError:
                        item[k] = None
                        item.setdefault("_errors", []).append(f"row {n}: field {k!r} is binary, not text; it was not read")
            item["_line"] = n
            yield item


def _cell(v):
    """A spreadsheet cell as a listing's field holds it: text and numbers as they are, a date as ISO 8601."""
    if hasattr(v, "isoformat"):
        if hasattr(v, "hour") and hasattr(v, "date") and (v.hour, v.minute, v.second, v.microsecond) == (0, 0, 0, 0):
            return v.date().isoformat()  # Excel keeps a date as midnight of that day
        return v.isoformat()
    return v


def read_xlsx(path: str, info: dict | None = None) -> Iterator[dict | BadRow]:
    """The first worksheet of an Excel workbook, streamed: the first row with two or more values is the
    header (``csv_header``; a title line above it, one value alone, is passed over), each later row that
    is not empty a listing (``_line``: its row number). ``info["sheets"]`` receives the names of the
    other worksheets, which are not read."""
    try:
        import openpyxl
    except ImportError as exc:  # pragma: no cover - a dependency of the package
        raise InputError("reading .xlsx needs openpyxl (pip install openpyxl)") from exc
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:
        raise InputError(f"{path} is not a readable Excel workbook (.xlsx): {type(exc).__name__}: {exc}") from exc
    if info is not None:
        info["sheets"] = {"read": wb.sheetnames[0], "not_read": wb.sheetnames[1:]}

    def header_of(row) -> list[str]:
        names = csv_header(["" if v is None else str(v) for v in row])
        while names and names[-1].startswith("column_") and row[len(names) - 1] is None:
            names.pop()  # trailing empty header cells: the sheet's width, not columns
        return names

    def listing(n, row, header) -> dict:
        item = {k: _cell(v) for k, v in zip(header, row) if v is not None}
        extra = [str(_cell(v)) for v in row[len(header):] if v is not None]
        if extra:
            item["_extra"] = " | ".join(extra)
            item["_errors"] = [f"row {n}: {len(header) + len(extra)} values where the header has {len(header)}"]
        item["_line"] = n
        return item

    try:
        header = None
        single: list[tuple[int, tuple]] = []  # rows of one value before the header: title lines, or a one-column sheet
        for n, row in enumerate(wb.worksheets[0].iter_rows(values_only=True), 1):
            values = [v for v in row if v is not None and not (isinstance(v, str) and not v.strip())]
            if not values:
                continue
            if header is None:
                if len(values) >= 2:
                    header = header_of(row)
                    continue
                single.append((n, row))
                if len(single) <= MAX_TITLE_LINES:
                    continue
                header = header_of(single[0][1])  # a sheet of one column
                yield from (listing(m, r, header) for m, r in single[1:])
                continue
            yield listing(n, row, header)
        if header is None and single:
            header = header_of(single[0][1])
            yield from (listing(m, r, header) for m, r in single[1:])
    finally:
        wb.close()


def read_items(path: str, fmt: str | None = None, raw: bool = False, encoding: str = "auto",
               info: dict | None = None) -> Iterator[dict | BadRow]:
    """The rows of ``path``, parsed. ``raw`` (JSONL only): (line number, line text) pairs instead, one
    per row, for ``parse_jsonl_line`` to parse where the work is done. ``encoding``: of a text format
    ("auto": UTF-8, and any byte sequence that is not UTF-8 in a code page guessed from the file's
    first MiB; ``charsets``); ``info["decoding"]`` receives a ``charsets.ReadInfo``."""
    fmt = detect_format(path, fmt)
    if raw and fmt != "jsonl":
        raise ValueError("raw rows are read from JSONL only")
    binary = {"parquet": ("Parquet", read_parquet), "xlsx": ("an Excel workbook", lambda p: read_xlsx(p, info))}
    if fmt in binary:  # read from a file only (they need to seek)
        what, reader = binary[fmt]
        if path == "-":
            raise InputError(f"{what} cannot be read from stdin; give a file")
        if not os.path.exists(path):
            raise InputError(f"input file not found: {path}")
        yield from reader(path)
        return
    fh = _open_text(path, encoding, info)
    try:
        if fmt == "jsonl":
            yield from (jsonl_lines(fh) if raw else read_jsonl(fh))
        elif fmt == "json":
            yield from read_json(fh)
        else:
            yield from read_csv(fh, "\t" if path.lower().endswith(".tsv") else None, info)
    finally:
        if path != "-":
            fh.close()


def input_fingerprint(path: str, settings: dict) -> dict:
    """What must be unchanged for --resume: the input file (size, hash of its first MiB) and settings."""
    import hashlib

    if path == "-":
        return {"input": "-", **settings}
    st = os.stat(path)
    with open(path, "rb") as fh:
        head = hashlib.sha1(fh.read(1 << 20)).hexdigest()
    return {"input": os.path.abspath(path), "size": st.st_size, "head_sha1": head, **settings}


FLAT_COLUMNS = (
    ["id", "title", "provider", "language"]
    + [f"workload.{k}" for k in WORKLOAD_FIELDS]
    + [f"level.{k}" for k in LEVEL_FIELDS]
    + [f"{h}.{k}" for h in ("sector", "field") for k in ("code", "label", "score", "alternatives")]
    + ["skill_areas", "transversal", "mode", "assessed", "credential_type", "esco_skills"]
    + [f"model.{k}" for k in ("name", "version", "encoder", "encoder_version", "esco_version")]
    + ["errors"]
)
FLOAT_COLUMNS = {"workload.hours", "workload.hours_min", "workload.hours_max", "workload.ects", "workload.confidence",
                 "sector.score", "field.score"}
INT_COLUMNS = {"level.eqf"}
BOOL_COLUMNS = {"assessed"}


def flatten(rec: dict) -> dict:
    """One flat row per record, always with FLAT_COLUMNS: nested fields as dotted columns, lists and
    objects as JSON text (the same columns for CSV and Parquet, whatever the record holds)."""
    out = {}
    for col in FLAT_COLUMNS:
        head, _, sub = col.partition(".")
        v = rec.get(head)
        if sub:
            v = v.get(sub) if isinstance(v, dict) else None
        out[col] = json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v
    return out


def record_line(rec: dict) -> str:
    """A record as one line of compact JSONL (UTF-8; non-ASCII characters unescaped unless a value needs
    fastjson's fallback)."""
    return fastjson.dumps(rec)


class StdoutWriter:
    """Records to standard output as JSONL or CSV (no staging, no resume)."""

    def __init__(self, fmt: str = "jsonl", stream=None):
        if fmt == "parquet":
            raise InputError("Parquet cannot be streamed to stdout; give an output file")
        if fmt not in OUTPUT_FORMATS:
            raise InputError(f"unknown output format {fmt!r}; choose one of {', '.join(OUTPUT_FORMATS)}")
        self.fmt, self._fh, self._csv = fmt, stream or sys.stdout, None
        self.done = self.resumed_from = 0

    def write(self, rec: dict | str) -> None:
        """Write one record (for JSONL, a dict or its line as ``record_line`` makes it)."""
        if self.fmt == "jsonl":
            self._fh.write((rec if isinstance(rec, str) else record_line(rec)) + "\n")
        else:
            if self._csv is None:
                self._csv = csv.DictWriter(self._fh, fieldnames=list(FLAT_COLUMNS))
                self._csv.writeheader()
            self._csv.writerow(flatten(rec))
        self.done += 1

    def checkpoint(self, force: bool = False) -> None:
        self._fh.flush()

    def finalize(self) -> None:
        self._fh.flush()

    def abort(self) -> None:
        self._fh.flush()


class CheckpointedWriter:
    """Crash-safe, resumable output.

    Records are appended to ``OUT.part`` (JSONL). ``checkpoint()``, called after each batch, fsyncs
    it and atomically rewrites ``OUT.ckpt`` with the number of records and the byte offset written,
    at most every ``checkpoint_seconds`` (an fsync per small batch would cost more than the work
    when the cache serves everything); ``abort()`` always checkpoints. A resumed run truncates
    ``OUT.part`` to that offset (dropping any half-written line), skips that many input rows, and
    appends. ``finalize()`` converts to the output format if needed and moves the result into place;
    only then does ``OUT`` exist.
    """

    def __init__(self, path: str, fmt: str, fingerprint: dict, resume: bool = False, force: bool = False,
                 checkpoint_seconds: float = 1.0):
        if fmt not in OUTPUT_FORMATS:
            raise InputError(f"unknown output format {fmt!r}; choose one of {', '.join(OUTPUT_FORMATS)}")
        self.path, self.fmt, self.fingerprint = path, fmt, fingerprint
        self.part, self.ckpt = f"{path}.part", f"{path}.ckpt"
        self.done = 0
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        state = None
        if resume and os.path.exists(self.ckpt) and os.path.exists(self.part):
            state = json.loads(Path(self.ckpt).read_text(encoding="utf-8"))
            if state.get("fingerprint") != fingerprint:
                raise InputError(f"cannot resume {path}: the input or the settings changed since the interrupted run "
                                 f"(was {state.get('fingerprint')}); rerun without --resume and with --force")
        if state is None:
            if os.path.exists(path) and not force:
                raise OutputExistsError(f"{path} exists; pass --force to overwrite it")
            if os.path.exists(self.part) and not force and not resume:
                raise OutputExistsError(f"{self.part} is left from an interrupted run; pass --resume to continue it "
                                        "or --force to start again")
            self._fh = open(self.part, "w", encoding="utf-8", newline="")
        else:
            self._fh = open(self.part, "r+", encoding="utf-8", newline="")
            self._fh.truncate(state["offset"])
            self._fh.seek(state["offset"])
            self.done = state["records"]
        self.resumed_from = self.done
        self.checkpoint_seconds = checkpoint_seconds
        self._last_checkpoint = time.monotonic()

    def write(self, rec: dict | str) -> None:
        """Append one record (a dict, or its JSON text as ``record_line`` makes it)."""
        self._fh.write((rec if isinstance(rec, str) else record_line(rec)) + "\n")
        self.done += 1

    def checkpoint(self, force: bool = False) -> None:
        if not force and time.monotonic() - self._last_checkpoint < self.checkpoint_seconds:
            return
        self._last_checkpoint = time.monotonic()
        self._fh.flush()
        os.fsync(self._fh.fileno())
        tmp = f"{self.ckpt}.tmp"
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump({"records": self.done, "offset": self._fh.tell(), "fingerprint": self.fingerprint}, fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.ckpt)

    def finalize(self) -> None:
        self._fh.close()
        if self.fmt == "jsonl":
            os.replace(self.part, self.path)
        else:
            tmp = f"{self.path}.tmp"
            convert_jsonl(self.part, tmp, self.fmt)
            os.replace(tmp, self.path)
            os.remove(self.part)
        if os.path.exists(self.ckpt):
            os.remove(self.ckpt)

    def abort(self) -> None:
        """Stop without finishing: the part file and checkpoint stay for --resume."""
        try:
            self.checkpoint(force=True)
        finally:
            self._fh.close()


def _iter_jsonl_records(path: str):
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def parquet_schema():
    import pyarrow as pa

    def typ(c):
        if c in FLOAT_COLUMNS:
            return pa.float64()
        if c in INT_COLUMNS:
            return pa.int64()
        if c in BOOL_COLUMNS:
            return pa.bool_()
        return pa.string()
    return pa.schema([(c, typ(c)) for c in FLAT_COLUMNS])


def convert_jsonl(src: str, dst: str, fmt: str, chunk: int = 5000) -> None:
    """Stream staged JSONL records into CSV or Parquet (flattened columns), chunk by chunk."""
    if fmt == "csv":
        with open(dst, "w", encoding="utf-8", newline="") as out:
            w = csv.DictWriter(out, fieldnames=list(FLAT_COLUMNS))
            w.writeheader()
            for rec in _iter_jsonl_records(src):
                w.writerow(flatten(rec))
        return
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = parquet_schema()
    with pq.ParquetWriter(dst, schema) as w:
        rows = []
        for rec in _iter_jsonl_records(src):
            row = flatten(rec)
            for c in FLAT_COLUMNS:
                v = row[c]
                if v is not None and c not in FLOAT_COLUMNS | INT_COLUMNS | BOOL_COLUMNS and not isinstance(v, str):
                    row[c] = str(v)
            rows.append(row)
            if len(rows) >= chunk:
                w.write_table(pa.Table.from_pylist(rows, schema=schema))
                rows = []
        if rows:
            w.write_table(pa.Table.from_pylist(rows, schema=schema))


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
        lst.errors = [e if e.startswith(("line ", "row ")) else f"line {line}: {e}" for e in lst.errors]
    return lst
