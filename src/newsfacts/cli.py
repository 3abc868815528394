"""The ``newsfacts`` command: argument parsing and printing only."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Repair OCR'd / PDF-extracted Chinese newspaper text and extract traceable facts.",
)
out_console = Console(highlight=False, soft_wrap=True)
err_console = Console(stderr=True, highlight=False)


def _read_input(path: str, encoding: str | None) -> str:
    from newsfacts.errors import NewsfactsError
    from newsfacts.ingest import decode_bytes

    try:
        data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    except OSError as exc:
        err_console.print(f"[red]error:[/red] cannot read {path}: {exc.strerror or exc}")
        raise typer.Exit(2) from exc
    try:
        return decode_bytes(data, encoding).text
    except NewsfactsError as exc:
        err_console.print(f"[red]error:[/red] {path}: {exc}")
        raise typer.Exit(2) from exc


@app.command()
def repair(
    file: Annotated[str, typer.Argument(help="a text file, or - for standard input")],
    explain: Annotated[bool, typer.Option("--explain", help="list every edit")] = False,
    encoding: Annotated[str | None, typer.Option(help="override encoding detection")] = None,
) -> None:
    """Print the repaired text; with --explain, every edit with its reason and raw offsets."""
    from newsfacts.repair import repair_and_explain

    rep = repair_and_explain(_read_input(file, encoding))
    if not explain:
        sys.stdout.write(rep.text)
        if not rep.text.endswith("\n"):
            sys.stdout.write("\n")
        return
    for step in rep.steps:
        out_console.print(f"[bold]{step.name}[/bold]: {len(step.changes)} edits")
        for c, old, (rs, re_) in zip(step.changes, step.olds, step.raw_ranges, strict=True):
            out_console.print(
                f"  raw {rs}-{re_}  {old!r} -> {c.new!r}  ({c.reason})", markup=False
            )
    out_console.print(f"{rep.n_changes} edits in {len(rep.steps)} steps")


class Engine(StrEnum):
    local = "local"
    dask = "dask"


@app.command()
def extract(
    inputs: Annotated[list[str], typer.Argument(
        help="files, folders, globs, .jsonl / .zip / .tar.gz archives, or - for stdin")],
    out: Annotated[Path, typer.Option(
        "-o", "--out", help="facts file; .jsonl, .parquet or .csv chooses the format")
    ] = Path("facts.jsonl"),
    published: Annotated[
        str | None, typer.Option(help="publication date (YYYY-MM-DD) for relative dates")
    ] = None,
    encoding: Annotated[str | None, typer.Option(help="override encoding detection")] = None,
    workers: Annotated[int | None, typer.Option(
        "-j", "--workers", min=1,
        help="worker processes (local engine: 1; dask LocalCluster: 2)")] = None,
    resume: Annotated[bool, typer.Option(
        "--resume", help="continue an interrupted run from its journal")] = False,
    engine: Annotated[Engine, typer.Option(help="where chunks run")] = Engine.local,
    scheduler: Annotated[str | None, typer.Option(
        help="address of an existing Dask scheduler (with --engine dask)")] = None,
    max_chars: Annotated[int, typer.Option(
        min=1, help="refuse documents longer than this (NF005)")] = 2_000_000,
    progress: Annotated[bool | None, typer.Option(
        "--progress/--no-progress", help="progress bar on stderr (default: when a terminal)",
        show_default=False)] = None,
    user_dict: Annotated[list[Path] | None, typer.Option(
        "--user-dict", help="file of names: name<TAB>kind[<TAB>canonical]; repeatable")] = None,
    kinds: Annotated[str | None, typer.Option(
        help="only these fact kinds, comma-separated (money,percent,org …)")] = None,
) -> None:
    """Extract facts into OUT, with <stem>.documents.<ext> and <stem>.manifest.jsonl beside it."""
    from newsfacts.batch import JournalMismatch, run_extract
    from newsfacts.pipeline import PipelineConfig
    from newsfacts.records import FACT_MODELS

    chosen = frozenset(k.strip() for k in kinds.split(",") if k.strip()) if kinds else None
    if chosen is not None and not chosen <= set(FACT_MODELS):
        unknown = ", ".join(sorted(chosen - set(FACT_MODELS)))
        err_console.print(f"[red]error:[/red] unknown kind: {unknown}; "
                          f"choose from {', '.join(FACT_MODELS)}")
        raise typer.Exit(2)
    for path in user_dict or ():
        if not path.is_file():
            err_console.print(f"[red]error:[/red] user dictionary not found: {path}")
            raise typer.Exit(2)
    config = PipelineConfig(kinds=chosen, user_dicts=tuple(p.resolve() for p in user_dict or ()))

    if scheduler and engine is not Engine.dask:
        err_console.print("[red]error:[/red] --scheduler needs --engine dask")
        raise typer.Exit(2)
    show = err_console.is_terminal if progress is None else progress
    try:
        summary = run_extract(
            inputs, out, config, published=published, encoding=encoding, workers=workers,
            engine=engine.value, scheduler=scheduler, resume=resume, progress=show,
            max_chars=max_chars,
        )
    except (ValueError, ImportError, JournalMismatch, OSError) as exc:
        err_console.print(f"[red]error:[/red] {exc}", markup=True, highlight=False)
        raise typer.Exit(2) from exc
    except KeyboardInterrupt:
        err_console.print("interrupted: run the same command with --resume to continue")
        raise typer.Exit(130) from None
    table = Table(title=f"newsfacts: {summary.documents} documents -> {out}")
    table.add_column("kind")
    table.add_column("facts", justify="right")
    for kind, n in sorted(summary.facts.items()):
        table.add_row(kind, str(n))
    table.add_row("[bold]all[/bold]", f"[bold]{sum(summary.facts.values())}[/bold]")
    out_console.print(table)
    out_console.print(
        f"documents ok: {summary.ok}  errors: {summary.errors}  characters: {summary.chars}"
    )
    seconds = max(summary.seconds, 1e-9)
    err_console.print(
        f"{summary.seconds:.1f} s, {summary.documents / seconds:,.0f} docs/s, "
        f"{summary.chars / seconds:,.0f} chars/s"
        + (f"; {summary.resumed_chunks} of {summary.chunks} chunks from the journal"
           if summary.resumed_chunks else ""),
        markup=False,
    )
    if summary.errors:
        from newsfacts.io.formats import output_paths

        codes = ", ".join(f"{c} x{n}" for c, n in sorted(summary.error_codes.items()))
        err_console.print(f"errors by code: {codes}; reasons in {output_paths(out).manifest}",
                          markup=False)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the records."""
    from newsfacts.records.schema import json_schema_text

    sys.stdout.write(json_schema_text())


@app.command("eval")
def evaluate(
    directory: Annotated[Path, typer.Argument(help="corpus folder (raw/ + gold/) or seed folder")],
    as_json: Annotated[bool, typer.Option("--json", help="machine-readable output")] = False,
    details: Annotated[bool, typer.Option("--details", help="list misses")] = False,
    published: Annotated[str | None, typer.Option(help="publication date")] = None,
) -> None:
    """Precision, recall and F1 per fact kind against the gold facts."""
    from newsfacts.qa.runner import evaluate_directory

    report = evaluate_directory(directory, published=published)
    if as_json:
        sys.stdout.write(json.dumps(report.as_dict(), ensure_ascii=False, indent=2) + "\n")
        return
    table = Table(title=f"newsfacts eval: {directory}")
    for col in ("kind", "precision", "recall", "F1", "tp", "fp", "fn"):
        table.add_column(col, justify="left" if col == "kind" else "right")
    for kind, s in sorted(report.kinds.items()):
        table.add_row(kind, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}",
                      str(s.tp), str(s.fp), str(s.fn))
    out_console.print(table)
    out_console.print(
        f"money subject right: {report.subject_right}/{report.subject_total} "
        f"({report.subject_accuracy:.3f})"
    )
    if details:
        for doc_id, f in report.false_positives:
            out_console.print(f"FP {doc_id}: {f['kind']} {f.get('text')!r} {_brief(f)}",
                              markup=False)
        for doc_id, f in report.false_negatives:
            out_console.print(f"FN {doc_id}: {f['kind']} {f.get('text')!r} {_brief(f)}",
                              markup=False)
        for doc_id, g, subjects in report.subject_misses:
            out_console.print(f"SUBJ {doc_id}: {g.get('text')!r} gold={g.get('subject')!r} "
                              f"got={subjects}", markup=False)


def _brief(f: dict) -> str:
    keys = ("value", "low", "high", "unit", "qualifier", "date", "name")
    return " ".join(f"{k}={f[k]}" for k in keys if f.get(k) is not None)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
