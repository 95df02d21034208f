"""The `tracker` command as a user runs it: output contract, exit codes, idempotent ingest."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tracker.cli import app

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
CONTRACT_KEYS = {
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
}

runner = CliRunner()


def _article(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_cli_extract_prints_contract_jsonl(tmp_path: Path) -> None:
    _article(
        tmp_path,
        "a.txt",
        "Germany will deliver four IRIS-T systems to Ukraine, Pistorius said on Monday.\n",
    )
    (tmp_path / "manifest.csv").write_text("file,published,source,url\na.txt,2024-11-27,dpa,\n")
    result = runner.invoke(
        app, ["extract", str(tmp_path), "--manifest", str(tmp_path / "manifest.csv")]
    )
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 1
    record = records[0]
    assert set(record) == CONTRACT_KEYS
    assert (record["article"], record["donor"], record["recipient"], record["category"]) == (
        "a.txt",
        "DEU",
        "UKR",
        "air_defense",
    )
    assert (record["quantity"], record["status"], record["announced_on"]) == (
        4,
        "pledged",
        "2024-11-25",
    )


def test_cli_extract_csv_has_header_and_rows(tmp_path: Path) -> None:
    _article(tmp_path, "a.txt", "France will send 12 Caesar howitzers to Ukraine.\n")
    result = runner.invoke(app, ["extract", str(tmp_path / "a.txt"), "--format", "csv"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith("article,donor,recipient,category")
    assert lines[1].startswith("a.txt,FRA,UKR,artillery,")


def test_cli_extract_bad_file_is_reported_and_exit_code_is_1(tmp_path: Path) -> None:
    _article(tmp_path, "good.txt", "France will send 12 Caesar howitzers to Ukraine.\n")
    (tmp_path / "bad.txt").write_bytes(b"")
    result = runner.invoke(app, ["extract", str(tmp_path)])
    assert result.exit_code == 1
    assert "bad.txt: the file is empty" in result.stderr
    assert '"donor": "FRA"' in result.stdout


def test_cli_usage_errors_exit_2() -> None:
    assert runner.invoke(app, ["extract"]).exit_code == 2
    assert runner.invoke(app, ["extract", "x", "--format", "xml"]).exit_code == 2


@pytest.mark.parametrize(
    "command",
    [
        ["--help"],
        ["db", "upgrade", "--help"],
        ["ingest", "--help"],
        ["extract", "--help"],
        ["eval", "--help"],
        ["list", "--help"],
    ],
)
def test_cli_every_command_has_help(command: list[str]) -> None:
    result = runner.invoke(app, command)
    assert result.exit_code == 0
    assert "Usage" in result.stdout


def test_cli_ingest_twice_leaves_the_same_database(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'tracker.db'}"
    assert runner.invoke(app, ["db", "upgrade", "--db", db]).exit_code == 0
    args = ["ingest", str(SEEDS), "--manifest", str(SEEDS / "manifest.csv"), "--db", db]
    first = runner.invoke(app, args)
    assert first.exit_code == 0, first.output
    assert first.stdout.startswith("articles: 5 new, 0 unchanged, 0 failed;")
    dump_before = (tmp_path / "tracker.db").read_bytes()
    second = runner.invoke(app, args)
    assert second.exit_code == 0
    assert second.stdout.startswith(
        "articles: 0 new, 5 unchanged, 0 failed; 0 mentions, 0 commitments"
    )
    listing = runner.invoke(app, ["list", "--db", db])
    assert "commitments" in listing.stdout
    assert len(dump_before) > 0


def test_cli_ingest_needs_a_migrated_database(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'empty.db'}"
    result = runner.invoke(app, ["ingest", str(SEEDS), "--db", db])
    assert result.exit_code == 1
    assert "tracker db upgrade" in result.stderr


def test_cli_eval_scores_a_users_gold(tmp_path: Path) -> None:
    _article(
        tmp_path,
        "a.txt",
        "Germany will deliver four IRIS-T systems to Ukraine.\n"
        "Russia launched 28 drones at Kyiv.\n",
    )
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "a.json").write_text(
        json.dumps(
            {
                "article": "a.txt",
                "published": None,
                "commitments": [
                    {
                        "donor": ["DEU"],
                        "recipient": ["UKR"],
                        "category": ["air_defense"],
                        "item": "IRIS-T",
                        "quantity": 4,
                        "value": None,
                        "status": ["pledged"],
                        "announced_on": None,
                        "required": True,
                        "evidence": "Germany will deliver four IRIS-T systems to Ukraine.",
                    },
                    {
                        "donor": ["FRA"],
                        "recipient": ["UKR"],
                        "category": ["artillery"],
                        "item": "Caesar",
                        "quantity": None,
                        "value": None,
                        "status": ["pledged"],
                        "announced_on": None,
                        "required": True,
                        "evidence": "not in the text",
                    },
                ],
                "negatives": ["Russia launched 28 drones at Kyiv."],
            }
        )
    )
    result = runner.invoke(app, ["eval", str(tmp_path / "a.txt"), "--gold", str(gold), "-v"])
    assert result.exit_code == 0, result.output
    assert "precision 1.000  recall 0.500" in result.stdout
    assert "missed  ['FRA']->['UKR'] ['artillery']" in result.stdout
    assert "quantity 1.000" in result.stdout
