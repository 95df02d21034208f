"""Table rows: cells with their offsets, and header lines told apart from data."""

from __future__ import annotations

from tracker.extraction.tables import cells, is_header, is_rule


def test_cells_keep_offsets_into_the_line() -> None:
    line = "Norway | NOK 1bn |  NASAMS missiles "
    row = cells(line)
    assert [c.text for c in row] == ["Norway", "NOK 1bn", "NASAMS missiles"]
    assert all(line[c.start : c.end] == c.text for c in row)


def test_a_line_without_separators_is_one_cell() -> None:
    assert [c.text for c in cells("Norway sent missiles.")] == ["Norway sent missiles."]


def test_header_has_short_cells_without_digits() -> None:
    assert is_header(cells("Country | Pledge | Approx. value | Selected deliveries"))
    assert is_header(cells("Line item | Amount"))
    assert is_header(cells("| Country | EUR m¹ | EUR per capita |"))
    assert is_header(cells("| Signatory | Signed | Military aid for 2024 |"))
    assert not is_header(cells("Country"))
    assert not is_header(cells("Estonia | 0.25% of GDP | ~€100m"))
    assert not is_header(cells("Institute | Policy Brief No. 7/2025 | 20 February 2025"))


def test_a_markdown_rows_outer_pipes_are_no_cells() -> None:
    line = "| Norway | NOK 1bn |"
    row = cells(line)
    assert [c.text for c in row] == ["Norway", "NOK 1bn"]
    assert all(line[c.start : c.end] == c.text for c in row)


def test_the_rule_under_a_markdown_header() -> None:
    assert is_rule(cells("|---|:---:|---|"))
    assert not is_rule(cells("| Norway | - |"))
