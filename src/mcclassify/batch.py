"""Batch runs over files of any size: streamed, checkpointed, resumable, with a summary.

``classify_file`` reads the input lazily, classifies it batch by batch and appends each batch to a
checkpointed part file; memory stays flat whatever the input size. With ``workers >= 2`` a
background thread reads, parses and runs the rules for the next batches while the main thread
embeds the current one (the encoder's matrix work releases the GIL, so both cores work).
"""
from __future__ import annotations

import itertools
import queue
import threading
import time
from collections import Counter
from collections.abc import Callable

from .io import CheckpointedWriter, StdoutWriter, detect_format, input_fingerprint, read_items, to_pipeline_item


def _batches(it, size):
    it = iter(it)
    while True:
        chunk = list(itertools.islice(it, size))
        if not chunk:
            return
        yield chunk


def classify_file(clf, input_path: str, output_path: str, *, input_format: str | None = None,
                  output_format: str = "jsonl", text_fields: list[str] | None = None, force: bool = False,
                  resume: bool = False, workers: int = 1, batch_size: int | None = None,
                  on_progress: Callable[[int], None] | None = None, stop_after_batches: int | None = None) -> dict:
    """Classify every row of ``input_path`` into ``output_path``; returns the run summary.

    ``stop_after_batches`` interrupts the run after that many batches (leaving the part file and
    checkpoint, as a crash would): used by tests and benchmarks of --resume.
    """
    t0 = time.time()
    fmt_in = detect_format(input_path, input_format)
    bs = batch_size or clf.batch_size
    settings = {"model": clf.model_info, "text_fields": text_fields, "input_format": fmt_in,
                "output_format": output_format}
    if output_path == "-":
        writer = StdoutWriter(output_format)
    else:
        writer = CheckpointedWriter(output_path, output_format, input_fingerprint(input_path, settings),
                                    resume=resume, force=force)
    skip = writer.resumed_from
    items = (to_pipeline_item(x, text_fields) for x in itertools.islice(read_items(input_path, fmt_in), skip, None))
    summary = {"records": 0, "resumed_from": skip, "with_errors": 0, "bands": Counter(), "sectors": Counter(),
               "eqf": Counter()}
    stages = _prefetched(clf, _batches(items, bs)) if workers >= 2 else ((clf.prepare(c)) for c in _batches(items, bs))
    n_batches = 0
    ok = False
    try:
        for listings, partial in stages:
            recs = clf.finish(listings, partial)
            for rec in recs:
                writer.write(rec)
                summary["records"] += 1
                summary["with_errors"] += bool(rec["errors"])
                summary["bands"][rec["workload"]["band"]] += 1
                if rec["sector"]:
                    summary["sectors"][rec["sector"]["code"]] += 1
                summary["eqf"][str(rec["level"]["eqf"])] += 1
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
    summary["seconds"] = round(time.time() - t0, 2)
    summary["total_records"] = skip + summary["records"]
    if clf.cache is not None:
        summary["cache"] = {"hits": clf.cache.hits, "misses": clf.cache.misses}
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
