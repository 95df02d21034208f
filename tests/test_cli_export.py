"""`tracker export`, `tracker reextract` and `tracker dashboard` from the command line."""

from __future__ import annotations

import csv
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tracker.cli import app
from tracker.export import COMMITMENT_COLUMNS, TOTAL_COLUMNS

runner = CliRunner()


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as file:
        return list(csv.DictReader(file))


def test_cli_export_writes_filtered_commitments(seeded_url: str, tmp_path: Path) -> None:
    out = tmp_path / "all.csv"
    result = runner.invoke(app, ["export", "--db", seeded_url, "--out", str(out), "--bom"])
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(b"\xef\xbb\xbfcommitment_id,donor_code,")
    rows = _read(out)
    assert list(rows[0]) == [c.name for c in COMMITMENT_COLUMNS]
    assert len(rows) > 5

    france = tmp_path / "fra.csv"
    result = runner.invoke(
        app,
        ["export", "--db", seeded_url, "--out", str(france), "--donor", "fra",
         "--category", "air_defense", "--from", "2024-11-01"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert not france.read_bytes().startswith(b"\xef\xbb\xbf")
    (mistral,) = _read(france)
    assert (mistral["donor_name"], mistral["category"]) == ("France", "air_defense")
    assert "Mistral" in mistral["evidence"]


def test_cli_export_totals(seeded_url: str, tmp_path: Path) -> None:
    out = tmp_path / "totals.csv"
    result = runner.invoke(app, ["export", "--db", seeded_url, "--out", str(out), "--totals"])
    assert result.exit_code == 0, result.output
    rows = _read(out)
    assert list(rows[0]) == [c.name for c in TOTAL_COLUMNS]
    japan = [r for r in rows if r["donor_code"] == "JPN" and r["value_currency"] == "USD"]
    assert [(r["commitments"], r["value_amount"]) for r in japan] == [("1", "37000000.00")]
    assert sum(int(r["commitments"]) for r in rows) == len(_read(_export_all(seeded_url, tmp_path)))


def _export_all(url: str, tmp_path: Path) -> Path:
    out = tmp_path / "records.csv"
    assert runner.invoke(app, ["export", "--db", url, "--out", str(out)]).exit_code == 0
    return out


def test_cli_reextract_reports_what_changed(seeded_url: str) -> None:
    result = runner.invoke(app, ["reextract", "--db", seeded_url])
    assert result.exit_code == 0, result.output
    assert "articles: 5;" in result.output and "0 added" in result.output


def test_cli_dashboard_runs_streamlit_on_the_database(
    seeded_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[list[str], dict[str, str]]] = []

    def fake_run(
        command: list[str], env: dict[str, str], check: bool
    ) -> subprocess.CompletedProcess[str]:
        calls.append((command, env))
        return subprocess.CompletedProcess(command, 0)

    monkeypatch.setattr(subprocess, "run", fake_run)
    result = runner.invoke(app, ["dashboard", "--db", seeded_url, "--port", "8600"])
    assert result.exit_code == 0, result.output
    ((command, env),) = calls
    assert command[1:4] == ["-m", "streamlit", "run"]
    assert Path(command[4]).name == "app.py" and Path(command[4]).is_file()
    assert command[5:] == ["--server.port", "8600"]
    assert env["TRACKER_DATABASE_URL"] == seeded_url


def test_cli_dashboard_refuses_an_unmigrated_database(tmp_path: Path) -> None:
    result = runner.invoke(app, ["dashboard", "--db", f"sqlite:///{tmp_path / 'new.db'}"])
    assert result.exit_code == 1
    assert "tracker db upgrade" in result.stderr
