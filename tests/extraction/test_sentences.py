"""sentences.split_line / split: sentence ends that are not abbreviations."""

from __future__ import annotations

import pytest

from tracker.extraction.clean import BoilerplateRules, Line, clean
from tracker.extraction.sentences import split, split_line


def _split(text: str) -> list[str]:
    return [text[s:e] for s, e in split_line(text, 0, len(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Spain will send tanks. Portugal will send boats.",
            ["Spain will send tanks.", "Portugal will send boats."],
        ),
        (
            "The U.S. will send shells. Kyiv welcomed it.",
            ["The U.S. will send shells.", "Kyiv welcomed it."],
        ),
        (
            "Gen. Ortiz signed the order. The boats left.",
            ["Gen. Ortiz signed the order.", "The boats left."],
        ),
        (
            "The jets arrive on Dec. 14 in Lviv. Pilots are ready.",
            ["The jets arrive on Dec. 14 in Lviv.", "Pilots are ready."],
        ),
        (
            "Decree No. 12 covers it. Nothing else does.",
            ["Decree No. 12 covers it.", "Nothing else does."],
        ),
        (
            "The vz. 77 Dana guns came from Czech stocks. They are old.",
            ["The vz. 77 Dana guns came from Czech stocks.", "They are old."],
        ),
        (
            'He said "the guns are coming." Then he left.',
            ['He said "the guns are coming."', "Then he left."],
        ),
        ("Is it enough? No! We need more.", ["Is it enough?", "No!", "We need more."]),
        (
            "Mr. Kowalski and Dr. Nowak agreed. It was late.",
            ["Mr. Kowalski and Dr. Nowak agreed.", "It was late."],
        ),
        ("J. Smith spoke. Others did not.", ["J. Smith spoke.", "Others did not."]),
        ("Funding rose by 3.5 percent. It grew.", ["Funding rose by 3.5 percent.", "It grew."]),
        (
            "It will spend €1 billion. €700m of that goes to drones.",
            ["It will spend €1 billion.", "€700m of that goes to drones."],
        ),
        (
            "The attack killed many people.[5] Norway then sent boats.[12][a] It was late.",
            ["The attack killed many people.[5]", "Norway then sent boats.[12][a]", "It was late."],
        ),
        ("the end. lower case follows", ["the end. lower case follows"]),
        ("No final stop", ["No final stop"]),
    ],
)
def test_sentences_split_line_at_real_ends(text: str, expected: list[str]) -> None:
    assert _split(text) == expected


def test_sentences_split_line_respects_span() -> None:
    text = "HEADER. Spain will send tanks. Portugal will send boats. FOOTER."
    start = text.index("Spain")
    end = text.index(" FOOTER")
    assert [text[s:e] for s, e in split_line(text, start, end)] == [
        "Spain will send tanks.",
        "Portugal will send boats.",
    ]


def test_sentences_split_keeps_line_index_and_heading() -> None:
    text = "Spain sends tanks to Kyiv\nSpain will send tanks. Portugal agrees.\n"
    lines = clean(text, BoilerplateRules()).lines
    sentences = split(text, lines)
    assert [(s.text(text), s.line, s.heading) for s in sentences] == [
        ("Spain sends tanks to Kyiv", 0, True),
        ("Spain will send tanks.", 1, False),
        ("Portugal agrees.", 1, False),
    ]


def test_sentences_split_never_crosses_lines() -> None:
    text = "First line without stop\nSecond line."
    lines = (Line(0, 23, True), Line(24, len(text), False))
    assert [s.text(text) for s in split(text, lines)] == ["First line without stop", "Second line."]
