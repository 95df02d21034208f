"""numbers.NumberReader: amounts of money and counts of items."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tracker.extraction.numbers import NumberReader, NumberRules
from tracker.extraction.reading import Pipeline


@pytest.mark.parametrize(
    ("text", "donor", "expected"),
    [
        ("a pledge of €1.3bn", None, [(Decimal("1300000000"), "EUR", False)]),
        ("material worth CZK 8.3 bn", None, [(Decimal("8300000000"), "CZK", False)]),
        ("an additional $37 million", None, [(Decimal("37000000"), "USD", False)]),
        ("worth 1.1 billion euros", None, [(Decimal("1100000000"), "EUR", False)]),
        ("£2.5 billion in loans", None, [(Decimal("2500000000"), "GBP", False)]),
        ("a 200-million-euro fund", None, [(Decimal("200000000"), "EUR", False)]),
        ("SEK 1.5 billion", None, [(Decimal("1500000000"), "SEK", False)]),
        ("1.5 billion SEK", None, [(Decimal("1500000000"), "SEK", False)]),
        ("C$500 million", None, [(Decimal("500000000"), "CAD", False)]),
        ("500 million Canadian dollars", None, [(Decimal("500000000"), "CAD", False)]),
        ("3 billion crowns", "SWE", [(Decimal("3000000000"), "SEK", False)]),
        ("3 billion crowns", "DNK", [(Decimal("3000000000"), "DKK", False)]),
        ("3 billion crowns", "CZE", [(Decimal("3000000000"), "CZK", False)]),
        ("2 billion kroner", "NOR", [(Decimal("2000000000"), "NOK", False)]),
        ("2 billion kroner", None, [(Decimal("2000000000"), "DKK", False)]),
        ("€40-50 million", None, [(None, "EUR", False)]),
        (
            "€1.3 billion ($1.4 billion)",
            None,
            [(Decimal("1300000000"), "EUR", False), (Decimal("1400000000"), "USD", True)],
        ),
        (
            "€1.3 billion (about $1.4 billion)",
            None,
            [(Decimal("1300000000"), "EUR", False), (Decimal("1400000000"), "USD", True)],
        ),
        (
            "$5 million now and $7 million later",
            None,
            [(Decimal("5000000"), "USD", False), (Decimal("7000000"), "USD", False)],
        ),
        (
            "a $250 million tranche, bringing US aid since 2022 to more than $56 billion",
            None,
            [(Decimal("250000000"), "USD", False), (Decimal("56000000000"), "USD", True)],
        ),
        ("twelve howitzers", None, []),
        ("1,800 MK-84 2,000-pound bombs", None, []),
        ("14,000 2,000-pound MK-84 bombs", None, []),
        ("a one-billion-euro commitment", None, [(Decimal("1000000000"), "EUR", False)]),
        ("half a billion dollars", None, [(Decimal("500000000"), "USD", False)]),
        (
            "military aid now amounts to about 43 billion Danish kroner",
            None,
            [(Decimal("43000000000"), "DKK", True)],
        ),
        (
            "Sweden's contribution amounts to SEK 200 million",
            None,
            [(Decimal("200000000"), "SEK", False)],
        ),
        ("a quarter of a billion euros", None, [(Decimal("250000000"), "EUR", False)]),
        # A decimal comma before a scale, in translated copy.
        ("around 7,1 billion euros", None, [(Decimal("7100000000"), "EUR", False)]),
        ("EUR 2,25 billion", None, [(Decimal("2250000000"), "EUR", False)]),
        ("5.000 million euros", None, [(Decimal("5000000000"), "EUR", False)]),
        ("$1.125 billion", None, [(Decimal("1125000000"), "USD", False)]),
        ("in 2024", None, []),
    ],
)
def test_numbers_money_amount_and_currency(
    pipeline: Pipeline,
    text: str,
    donor: str | None,
    expected: list[tuple[Decimal | None, str, bool]],
) -> None:
    found = pipeline.numbers.money(text, donor)
    assert [(m.amount, m.currency, m.restated) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "item", "expected"),
    [
        ("four IRIS-T launchers", "IRIS-T", 4),
        ("one million artillery rounds", "artillery", 1000000),
        ("1.1 million drones", "drones", 1100000),
        ("1,000 drones", "drones", 1000),
        ("12 more Caesar howitzers", "Caesar", 12),
        ("another four MiG-29s", "MiG", 4),
        ("a dozen tanks", "tanks", 12),
        ("over 10,000 rounds", "rounds", 10000),
        ("up to 800.000 rounds", "rounds", 800000),
        ("1.200.000 rounds", "rounds", 1200000),
        ("three 1980s-built tanks", "tanks", 3),
        ("40 additional Marder vehicles", "Marder", 40),
        ("the first six of the 19 Leopard tanks", "Leopard", 6),
        ("the remaining 13 of its 19 tanks", "tanks", 13),
        ("dozens of tanks", "tanks", None),
        ("several Patriot batteries", "Patriot", None),
        ("hundreds of drones", "drones", None),
    ],
)
def test_numbers_quantity_before_item(
    pipeline: Pipeline, text: str, item: str, expected: int | None
) -> None:
    q = pipeline.numbers.quantity_before(text, text.index(item))
    assert q is not None
    assert q.value == expected


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("155mm shells", "shells"),
        ("155-mm shells", "shells"),
        ("1980s-built tanks", "tanks"),
        ("$300 million drones", "drones"),
        ("No. 5 tanks", "tanks"),
        ("tanks", "tanks"),
        ("7 percent of the drones", "drones"),
    ],
)
def test_numbers_quantity_before_ignores_non_counts(
    pipeline: Pipeline, text: str, item: str
) -> None:
    assert pipeline.numbers.quantity_before(text, text.index(item)) is None


def test_numbers_quantity_before_respects_floor(pipeline: Pipeline) -> None:
    text = "$50 million for 20 tanks"
    assert pipeline.numbers.quantity_before(text, text.index("tanks"), floor=0).value == 20
    text = "20 tanks"
    assert pipeline.numbers.quantity_before(text, text.index("tanks"), floor=3) is None


def _tiny_reader() -> NumberReader:
    return NumberReader(
        NumberRules(
            number_words={"uno": 1, "tres": 3},
            scales={"mil": 1000},
            vague_quantifiers=("muchos",),
            quantity_fillers=("more",),
            quantity_prefixes=(),
            currencies={"XAU": {"signs": ["@"], "names": ["nugget"]}},
            ambiguous_currencies={"shell": {"FRA": "XPF", "default": "XAF"}},
        )
    )


@pytest.mark.parametrize(
    ("text", "donor", "expected"),
    [
        ("@5 mil", None, (Decimal("5000"), "XAU")),
        ("7 nuggets", None, (Decimal("7"), "XAU")),
        ("9 shells", "FRA", (Decimal("9"), "XPF")),
        ("9 shells", "DEU", (Decimal("9"), "XAF")),
    ],
)
def test_numbers_tiny_rule_set_money(
    text: str, donor: str | None, expected: tuple[Decimal, str]
) -> None:
    found = _tiny_reader().money(text, donor)
    assert [(m.amount, m.currency) for m in found] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("tres more tanques", 3), ("uno tanques", 1), ("muchos tanques", None)],
)
def test_numbers_tiny_rule_set_quantity(text: str, expected: int | None) -> None:
    q = _tiny_reader().quantity_before(text, text.index("tanques"))
    assert q is not None and q.value == expected


def test_numbers_long_runs_of_words_before_an_item_are_not_fillers(pipeline: Pipeline) -> None:
    # A run of many lowercase words between a number and an item once made the filler
    # pattern backtrack exponentially; it must be refused at once, not after minutes.
    text = "5 " + "quite big and really long " * 12 + "tanks"
    assert pipeline.numbers.quantity_before(text, text.index("tanks")) is None
    text = "5 " + "abcdefghij " * 40 + "tanks"
    assert pipeline.numbers.quantity_before(text, text.index("tanks")) is None
