"""Tables: lines of cells separated by "|", as briefs and crawled pages print them.

A header line ("Country | Pledge | Value | Selected deliveries") names the columns; each
following line with as many cells is a row. Rows are read by the assembler like a list
under a colon: the donor is the country of the first cell, the other cells hold its
items and money, and a column headed "deliveries" says they were delivered.
"""

from __future__ import annotations

from dataclasses import dataclass

SEPARATOR = "|"


@dataclass(frozen=True)
class Cell:
    start: int
    end: int
    text: str


def cells(text: str) -> list[Cell]:
    """The cells of a line, with their offsets; one cell when the line is no table row."""
    found = []
    start = 0
    for part in text.split(SEPARATOR):
        end = start + len(part)
        stripped = part.strip()
        offset = start + len(part) - len(part.lstrip())
        found.append(Cell(offset, offset + len(stripped), stripped))
        start = end + len(SEPARATOR)
    return found


def is_header(row: list[Cell]) -> bool:
    """Three or more short cells without digits: column names, not data."""
    return len(row) >= 3 and all(
        cell.text and len(cell.text.split()) <= 5 and not any(ch.isdigit() for ch in cell.text)
        for cell in row
    )
