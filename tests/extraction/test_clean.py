"""clean.clean: keep the article's lines, drop clutter, cut the tail of other stories."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extraction.clean import BoilerplateRules, clean
from tracker.extraction.reading import Pipeline


def _kept(text: str, rules: BoilerplateRules) -> list[str]:
    return [text[line.start : line.end] for line in clean(text, rules).lines]


BODY = (
    "Norway will send two coastal patrol boats to Ukraine.\n"
    "The boats are to arrive before the spring.\n"
    "Officials in Oslo gave no cost for the transfer.\n"
)


@pytest.mark.parametrize(
    ("clutter", "dropped"),
    [
        ("Share on Facebook", "Share on Facebook"),
        ("Photo: a patrol boat at sea", "Photo: a patrol boat at sea"),
        (
            "We use cookies to improve your experience.",
            "We use cookies to improve your experience.",
        ),
        ("By Ola Nordmann, 12 March 2024", "By Ola Nordmann, 12 March 2024"),
        ("10:45 AM", "10:45 AM"),
        ("3 hours ago", "3 hours ago"),
        ("Advertisement", "Advertisement"),
        (
            "Read also: Norway to finance production of Ukrainian long-range drones",
            "Read also: Norway to finance production of Ukrainian long-range drones",
        ),
    ],
)
def test_clean_drops_clutter_lines(pipeline: Pipeline, clutter: str, dropped: str) -> None:
    text = f"{clutter}\n{BODY}"
    kept = _kept(text, pipeline.boilerplate)
    assert dropped not in kept
    assert "Norway will send two coastal patrol boats to Ukraine." in kept


def test_clean_keeps_a_sentence_that_opens_with_by(pipeline: Pipeline) -> None:
    line = "By the government's own figures, Norway provided NOK 2 billion to Ukraine in 2022."
    assert line in _kept(f"{line}\n{BODY}", pipeline.boilerplate)


@pytest.mark.parametrize(
    "marker",
    [
        "Most popular",
        "Popular",
        "Read more",
        "Related articles",
        "Share this article",
        "Latest news",
    ],
)
def test_clean_cuts_tail_after_marker(pipeline: Pipeline, marker: str) -> None:
    text = f"{BODY}{marker}\nRussia launched forty drones at Odesa overnight.\n"
    kept = _kept(text, pipeline.boilerplate)
    assert kept[-1] == "Officials in Oslo gave no cost for the transfer."
    assert not any("Russia launched" in line for line in kept)


def test_clean_marker_before_body_does_not_cut(pipeline: Pipeline) -> None:
    # A menu at the top may carry a tail word; the article must survive it.
    text = f"Most popular\n{BODY}"
    kept = _kept(text, pipeline.boilerplate)
    assert "Norway will send two coastal patrol boats to Ukraine." in kept
    assert "Most popular" not in kept


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("Norway to send patrol boats to Kyiv", True),
        ("Norway will send two coastal patrol boats to Ukraine.", False),
        ("It agreed.", True),
    ],
)
def test_clean_marks_headings(pipeline: Pipeline, line: str, heading: bool) -> None:
    text = f"{line}\n{BODY}"
    first = clean(text, pipeline.boilerplate).lines[0]
    assert text[first.start : first.end] == line
    assert first.heading is heading


def test_clean_keeps_single_word_heading_as_a_heading(pipeline: Pipeline) -> None:
    """A fact box's "GERMANY" heads the bullet lines under it."""
    first = clean(f"GERMANY\n{BODY}", pipeline.boilerplate).lines[0]
    assert (first.start, first.end, first.heading) == (0, 7, True)


def test_clean_spans_point_into_original_text(pipeline: Pipeline) -> None:
    text = "   Norway will send two boats to Ukraine.   \n\n" + BODY
    line = clean(text, pipeline.boilerplate).lines[0]
    assert text[line.start : line.end] == "Norway will send two boats to Ukraine."


@pytest.mark.parametrize(
    ("prefix", "stamp", "stamp_date", "reference"),
    [
        ("date 2024-03-12 ", (2024, 3, 12), date(2024, 3, 12), date(2024, 3, 12)),
        ("date 2024-02 ", (2024, 2, None), None, date(2024, 2, 29)),
        ("", None, None, None),
    ],
)
def test_clean_reads_crawl_stamp(
    pipeline: Pipeline,
    prefix: str,
    stamp: tuple[int, int, int | None] | None,
    stamp_date: date | None,
    reference: date | None,
) -> None:
    cleaned = clean(prefix + BODY, pipeline.boilerplate)
    assert cleaned.stamp == stamp
    assert cleaned.stamp_date == stamp_date
    assert cleaned.stamp_reference == reference
    first = cleaned.lines[0]
    assert (prefix + BODY)[first.start : first.end].startswith("Norway will send")


@pytest.mark.parametrize(
    ("rules", "text", "expected"),
    [
        (
            BoilerplateRules(drop_lines=("sponsored",)),
            "Sponsored content here\nNorway sends boats.\n",
            ["Norway sends boats."],
        ),
        (
            BoilerplateRules(drop_patterns=(r"^\[\w+\]$",)),
            "[ad]\nNorway sends boats.\n",
            ["Norway sends boats."],
        ),
        (
            BoilerplateRules(tail_markers=("elsewhere",), min_body_sentences=1),
            "Norway sends boats to Ukraine.\nElsewhere\nDenmark sends jets to Ukraine.\n",
            ["Norway sends boats to Ukraine."],
        ),
        (
            BoilerplateRules(tail_markers=("elsewhere",), min_body_sentences=2),
            "Norway sends boats to Ukraine.\nElsewhere\nDenmark sends jets to Ukraine.\n",
            ["Norway sends boats to Ukraine.", "Denmark sends jets to Ukraine."],
        ),
    ],
)
def test_clean_follows_its_own_rules(
    rules: BoilerplateRules, text: str, expected: list[str]
) -> None:
    assert _kept(text, rules) == expected
