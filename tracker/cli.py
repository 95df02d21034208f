"""The `tracker` command.

Exit codes: 0 all went well, 1 some inputs failed (each named on stderr), 2 usage.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from tracker.config import Settings
from tracker.domain import ArticleIn
from tracker.errors import InputError, TrackerError
from tracker.extraction import Extractor, load_extractor

app = typer.Typer(
    help="Track military-aid commitments: ingest articles, extract commitments, review, export.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
db_app = typer.Typer(help="Create or migrate the database.", no_args_is_help=True)
app.add_typer(db_app, name="db")

err = Console(stderr=True, highlight=False)

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db", help="SQLAlchemy URL (default: TRACKER_DATABASE_URL or sqlite:///tracker.db)"
    ),
]
RulesOption = Annotated[
    Path | None,
    typer.Option(
        "--rules", help="folder of rule files extending the built-in ones (TRACKER_RULES_DIR)"
    ),
]
PathsArgument = Annotated[list[Path], typer.Argument(help="article files (.txt, .html) or folders")]
ManifestOption = Annotated[
    Path | None, typer.Option("--manifest", help="CSV with columns file,published,source,url")
]


class OutputFormat(StrEnum):
    JSONL = "jsonl"
    CSV = "csv"


CONTRACT_FIELDS = (
    "article",
    "donor",
    "recipient",
    "category",
    "item",
    "quantity",
    "value_amount",
    "value_currency",
    "status",
    "announced_on",
    "delivery",
    "evidence",
    "confidence",
)


def _settings(db: str | None = None, rules: Path | None = None) -> Settings:
    return Settings.from_env(database_url=db, rules_dir=rules)


def _extractor(settings: Settings) -> Extractor:
    return load_extractor(settings.rules_dir)


def _fail(error: TrackerError) -> None:
    err.print(f"[red]error:[/red] {error}")


@contextmanager
def _progress(total: int, label: str) -> Iterator[Progress | None]:
    """A progress bar on a terminal; nothing when output goes to a file or CI."""
    if not sys.stderr.isatty():
        yield None
        return
    with Progress(
        TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=err
    ) as progress:
        progress.add_task(label, total=total)
        yield progress


def _articles(paths: list[Path], manifest: Path | None) -> list[ArticleIn | InputError]:
    from tracker.sources import read_articles

    return list(read_articles(paths, manifest))


@db_app.command("upgrade")
def db_upgrade(db: DbOption = None) -> None:
    """Create the database, or migrate it to the newest schema."""
    from tracker.storage.migrate import upgrade

    settings = _settings(db)
    upgrade(settings.database_url)
    err.print(f"database ready: {settings.database_url}")


@app.command()
def extract(
    paths: PathsArgument,
    manifest: ManifestOption = None,
    output_format: Annotated[
        OutputFormat, typer.Option("--format", help="jsonl (the extraction contract) or csv")
    ] = OutputFormat.JSONL,
    rules: RulesOption = None,
) -> None:
    """Print the commitments found in articles, without a database."""
    extractor = _extractor(_settings(rules=rules))
    failed = 0
    writer = csv.DictWriter(sys.stdout, fieldnames=CONTRACT_FIELDS, lineterminator="\n")
    if output_format is OutputFormat.CSV:
        writer.writeheader()
    for article in _articles(paths, manifest):
        if isinstance(article, InputError):
            _fail(article)
            failed += 1
            continue
        for mention in extractor.extract(article.text, article.published):
            record = mention.contract_record(article.file_name)
            if output_format is OutputFormat.CSV:
                writer.writerow(record)
            else:
                sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    if failed:
        raise typer.Exit(1)


@app.command()
def ingest(
    paths: PathsArgument,
    manifest: ManifestOption = None,
    db: DbOption = None,
    rules: RulesOption = None,
) -> None:
    """Store articles once each, with the commitments extracted from them."""
    from tracker.services import ingest_article
    from tracker.storage.db import make_engine
    from tracker.storage.migrate import require_current

    settings = _settings(db, rules)
    engine = make_engine(settings.database_url)
    try:
        require_current(engine)
        extractor = _extractor(settings)
        articles = _articles(paths, manifest)
        new = unchanged = failed = mentions = commitments = 0
        with _progress(len(articles), "ingesting") as progress:
            for article in articles:
                if isinstance(article, InputError):
                    _fail(article)
                    failed += 1
                else:
                    result = ingest_article(engine, article, extractor)
                    if result.status == "new":
                        new += 1
                        mentions += result.mentions
                        commitments += result.commitments
                    else:
                        unchanged += 1
                if progress is not None:
                    progress.advance(progress.task_ids[0])
    finally:
        engine.dispose()
    typer.echo(
        f"articles: {new} new, {unchanged} unchanged, {failed} failed; "
        f"{mentions} mentions, {commitments} commitments stored"
    )
    if failed:
        raise typer.Exit(1)


@app.command("list")
def list_commitments(
    db: DbOption = None,
    limit: Annotated[int, typer.Option(help="at most this many rows")] = 50,
) -> None:
    """Show the stored commitments, highest confidence first."""
    from rich.table import Table

    from tracker.storage import repository
    from tracker.storage.db import make_engine, session_scope
    from tracker.storage.migrate import require_current

    engine = make_engine(_settings(db).database_url)
    try:
        require_current(engine)
        with session_scope(engine) as session:
            rows = repository.list_commitments(session, repository.CommitmentFilter(), limit=limit)
            total = repository.count_commitments(session)
    finally:
        engine.dispose()
    table = Table(title=f"{total} commitments (showing {len(rows)})")
    for column in (
        "donor",
        "recipient",
        "category",
        "item",
        "qty",
        "value",
        "status",
        "announced",
        "source",
    ):
        table.add_column(column)
    for row in rows:
        value = (
            f"{row.value_amount:,.0f} {row.value_currency}" if row.value_amount is not None else ""
        )
        table.add_row(
            row.donor,
            row.recipient,
            row.category.value,
            row.item or "",
            "" if row.quantity is None else str(row.quantity),
            value,
            row.status.value,
            row.announced_on.isoformat() if row.announced_on else "",
            row.file_name or "",
        )
    Console().print(table)


@app.command("eval")
def evaluate(
    paths: PathsArgument,
    gold: Annotated[Path, typer.Option("--gold", help="folder of gold *.json files")],
    manifest: ManifestOption = None,
    rules: RulesOption = None,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="list misses and extras")
    ] = False,
) -> None:
    """Score the extractor on your own annotated articles (precision, recall, fields)."""
    from tracker.evaluation import load_gold, render, score

    extractor = _extractor(_settings(rules=rules))
    gold_docs = load_gold(gold)
    predictions: dict[str, list[dict[str, object]]] = {}
    failed = 0
    for article in _articles(paths, manifest):
        if isinstance(article, InputError):
            _fail(article)
            failed += 1
            continue
        predictions[article.file_name] = [
            m.contract_record(article.file_name)
            for m in extractor.extract(article.text, article.published)
        ]
    typer.echo(render(score(gold_docs, predictions), verbose=verbose))
    if failed:
        raise typer.Exit(1)


def main() -> None:
    try:
        app()
    except TrackerError as error:
        _fail(error)
        sys.exit(1)
