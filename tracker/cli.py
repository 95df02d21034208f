"""The `tracker` command.

Exit codes: 0 all went well, 1 some inputs failed (each named on stderr), 2 usage.
"""

from __future__ import annotations

import csv
import functools
import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, ParamSpec

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from tracker.config import Settings
from tracker.domain import CONTRACT_FIELDS, ArticleIn, Category, ReviewState, Status
from tracker.errors import InputError, TrackerError
from tracker.extraction import Extractor, load_extractor

if TYPE_CHECKING:
    from tracker.storage.repository import CommitmentFilter

app = typer.Typer(
    help="Track military-aid commitments: ingest articles, extract commitments, review, export.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
db_app = typer.Typer(help="Create or migrate the database.", no_args_is_help=True)
app.add_typer(db_app, name="db")

err = Console(stderr=True, highlight=False, soft_wrap=True)
P = ParamSpec("P")

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


def _settings(db: str | None = None, rules: Path | None = None) -> Settings:
    return Settings.from_env(database_url=db, rules_dir=rules)


def _extractor(settings: Settings) -> Extractor:
    return load_extractor(settings.rules_dir)


def _fail(error: TrackerError) -> None:
    typer.echo(f"error: {error}", err=True)


def _reports_errors(command: Callable[P, None]) -> Callable[P, None]:
    """A TrackerError becomes one line on stderr and exit code 1, never a traceback."""

    @functools.wraps(command)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> None:
        try:
            command(*args, **kwargs)
        except TrackerError as error:
            _fail(error)
            raise typer.Exit(1) from None

    return wrapper


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
@_reports_errors
def db_upgrade(db: DbOption = None) -> None:
    """Create the database, or migrate it to the newest schema."""
    from tracker.storage.migrate import upgrade

    settings = _settings(db)
    upgrade(settings.database_url)
    err.print(f"database ready: {settings.database_url}")


@app.command()
@_reports_errors
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
@_reports_errors
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
@_reports_errors
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
    Console(width=None if sys.stdout.isatty() else 160).print(table)


@app.command("eval")
@_reports_errors
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


def _filter(
    date_from: datetime | None,
    date_to: datetime | None,
    donors: list[str] | None,
    recipients: list[str] | None,
    categories: list[Category] | None,
    statuses: list[Status] | None,
    review_states: list[ReviewState] | None,
    min_confidence: float | None,
    search: str | None,
) -> CommitmentFilter:
    from tracker.storage.repository import COUNTED_REVIEW_STATES, CommitmentFilter

    return CommitmentFilter(
        date_from=date_from.date() if date_from else None,
        date_to=date_to.date() if date_to else None,
        donors=frozenset(d.upper() for d in donors or ()),
        recipients=frozenset(r.upper() for r in recipients or ()),
        categories=frozenset(categories or ()),
        statuses=frozenset(statuses or ()),
        review_states=frozenset(review_states or COUNTED_REVIEW_STATES),
        min_confidence=min_confidence,
        search=search,
    )


@app.command()
@_reports_errors
def export(
    out: Annotated[Path, typer.Option("--out", help="CSV file to write ('-' for stdout)")],
    db: DbOption = None,
    totals: Annotated[
        bool, typer.Option("--totals", help="totals by donor × category instead of the records")
    ] = False,
    bom: Annotated[
        bool, typer.Option("--bom", help="start with a UTF-8 byte-order mark (for Excel)")
    ] = False,
    date_from: Annotated[
        datetime | None,
        typer.Option("--from", formats=["%Y-%m-%d"], help="announced on or after (YYYY-MM-DD)"),
    ] = None,
    date_to: Annotated[
        datetime | None,
        typer.Option("--to", formats=["%Y-%m-%d"], help="announced on or before (YYYY-MM-DD)"),
    ] = None,
    donors: Annotated[
        list[str] | None, typer.Option("--donor", help="donor code, repeatable (DEU, EU…)")
    ] = None,
    recipients: Annotated[
        list[str] | None, typer.Option("--recipient", help="recipient code, repeatable")
    ] = None,
    categories: Annotated[
        list[Category] | None, typer.Option("--category", help="repeatable")
    ] = None,
    statuses: Annotated[list[Status] | None, typer.Option("--status", help="repeatable")] = None,
    review_states: Annotated[
        list[ReviewState] | None,
        typer.Option("--review-state", help="repeatable (default: all but rejected)"),
    ] = None,
    min_confidence: Annotated[float | None, typer.Option("--min-confidence", min=0, max=1)] = None,
    search: Annotated[
        str | None, typer.Option("--search", help="text in item, evidence, outlet or title")
    ] = None,
) -> None:
    """Write the commitments (or their totals) matching the filters as CSV.

    The dates filter on the announcement date, else the article's publication date.
    """
    from tracker.export import commitments_csv, totals_csv
    from tracker.storage.db import make_engine
    from tracker.storage.migrate import require_current

    filters = _filter(
        date_from,
        date_to,
        donors,
        recipients,
        categories,
        statuses,
        review_states,
        min_confidence,
        search,
    )
    engine = make_engine(_settings(db).database_url)
    try:
        require_current(engine)
        lines = (totals_csv if totals else commitments_csv)(engine, filters, bom=bom)
        if str(out) == "-":
            sys.stdout.writelines(lines)
        else:
            with out.open("w", encoding="utf-8", newline="") as file:
                file.writelines(lines)
    finally:
        engine.dispose()


@app.command()
@_reports_errors
def reextract(db: DbOption = None, rules: RulesOption = None) -> None:
    """Extract the stored articles again with the current rules.

    Only unreviewed (`auto`) commitments change; editors' work is kept.
    """
    from tracker.services import reextract as reextract_articles
    from tracker.storage.db import make_engine
    from tracker.storage.migrate import require_current

    settings = _settings(db, rules)
    engine = make_engine(settings.database_url)
    try:
        require_current(engine)
        result = reextract_articles(engine, _extractor(settings))
    finally:
        engine.dispose()
    typer.echo(
        f"articles: {result.articles}; commitments: {result.added} added, "
        f"{result.updated} updated, {result.removed} removed, {result.unchanged} unchanged, "
        f"{result.kept} reviewed kept"
    )


@app.command()
@_reports_errors
def dashboard(
    db: DbOption = None,
    port: Annotated[int | None, typer.Option("--port", help="default: Streamlit's 8501")] = None,
) -> None:
    """Open the dashboard (Streamlit) on the database."""
    import subprocess
    from importlib.resources import files

    from tracker.storage.db import make_engine
    from tracker.storage.migrate import require_current

    settings = _settings(db)
    engine = make_engine(settings.database_url)
    try:
        require_current(engine)
    finally:
        engine.dispose()
    command = [sys.executable, "-m", "streamlit", "run", str(files("dashboard") / "app.py")]
    if port is not None:
        command += ["--server.port", str(port)]
    env = {**os.environ, "TRACKER_DATABASE_URL": settings.database_url}
    raise typer.Exit(subprocess.run(command, env=env, check=False).returncode)
