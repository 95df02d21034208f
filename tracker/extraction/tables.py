"""Tables: lines of cells separated by "|", as briefs and crawled pages print them.

A header line ("Country | Pledge | Value | Selected deliveries") names the columns; each
following line with as many cells is a row. Rows are read by the assembler like a list
under a colon: the donor is the country of the first cell, the other cells hold its
items and money, and a column headed "deliveries" says they were delivered.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SEPARATOR = "|"
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


@dataclass(frozen=True)
class Cell:
    start: int
    end: int
    text: str


def cells(text: str) -> list[Cell]:
    """The cells of a line, with their offsets; one cell when the line is no table row.
    A markdown row's outer pipes ("| Norway | NASAMS |") open and close it, no cells."""
    found = []
    start = 0
    for part in text.split(SEPARATOR):
        end = start + len(part)
        stripped = part.strip()
        offset = start + len(part) - len(part.lstrip())
        found.append(Cell(offset, offset + len(stripped), stripped))
        start = end + len(SEPARATOR)
    if len(found) > 2 and not found[0].text and text.lstrip().startswith(SEPARATOR):
        found = found[1:]
    if len(found) > 2 and not found[-1].text and text.rstrip().endswith(SEPARATOR):
        found = found[:-1]
    return found


def is_rule(row: list[Cell]) -> bool:
    """A markdown table's line under its header: "|---|:---:|"."""
    return len(row) >= 2 and all(cell.text and not cell.text.strip("-: ") for cell in row)


def is_header(row: list[Cell]) -> bool:
    """Two or more short cells without digits (a footnote mark like "¹" or a year like
    "Military aid for 2024" aside): column names, not data."""
    return len(row) >= 2 and all(
        cell.text
        and len(cell.text.split()) <= 5
        and not any("0" <= ch <= "9" for ch in _YEAR.sub("", cell.text))
        for cell in row
    )
