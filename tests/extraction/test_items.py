"""items.ItemMatcher: weapon names and generic nouns mapped to contract categories."""

from __future__ import annotations

import pytest

from tracker.domain import Category
from tracker.extraction.items import ItemMatcher
from tracker.extraction.lexicon import EquipmentFile, EquipmentItem
from tracker.extraction.reading import Pipeline


def _found(matcher: ItemMatcher, text: str) -> list[tuple[str, Category]]:
    return [(text[i.start : i.end], i.category) for i in matcher.find(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("IRIS-T", ("IRIS-T", Category.AIR_DEFENSE)),
        ("NASAMS", ("NASAMS", Category.AIR_DEFENSE)),
        ("Patriot systems", ("Patriot systems", Category.AIR_DEFENSE)),
        ("Gepard", ("Gepard", Category.AIR_DEFENSE)),
        ("Mistral", ("Mistral", Category.AIR_DEFENSE)),
        ("air-defence systems", ("air-defence systems", Category.AIR_DEFENSE)),
        ("air defense systems", ("air defense systems", Category.AIR_DEFENSE)),
        ("Leopard 2 tanks", ("Leopard 2 tanks", Category.ARMORED_VEHICLES)),
        ("Bradley", ("Bradley", Category.ARMORED_VEHICLES)),
        ("armored vehicles", ("armored vehicles", Category.ARMORED_VEHICLES)),
        ("armoured vehicles", ("armoured vehicles", Category.ARMORED_VEHICLES)),
        ("155-mm shells", ("155-mm shells", Category.AMMUNITION)),
        ("155mm shells", ("155mm shells", Category.AMMUNITION)),
        ("artillery rounds", ("artillery rounds", Category.AMMUNITION)),
        ("ATACMS", ("ATACMS", Category.MISSILES)),
        ("Storm Shadow", ("Storm Shadow", Category.MISSILES)),
        ("Caesar howitzers", ("Caesar howitzers", Category.ARTILLERY)),
        ("HIMARS", ("HIMARS", Category.ARTILLERY)),
        ("F-16", ("F-16", Category.AIRCRAFT)),
        ("FPV drones", ("FPV drones", Category.DRONES)),
        ("Javelin", ("Javelin", Category.INFANTRY_WEAPONS)),
        (
            "non-lethal military supplies",
            ("non-lethal military supplies", Category.SUPPORT_EQUIPMENT),
        ),
        ("nonlethal aid", ("nonlethal aid", Category.SUPPORT_EQUIPMENT)),
        # An abbreviation in brackets before its noun is read with it.
        ("Wire-Guided (TOW) missiles", ("TOW) missiles", Category.INFANTRY_WEAPONS)),
        ("command-and-control", ("command-and-control", Category.ELECTRONICS)),
        ("cyber-defence equipment", ("cyber-defence equipment", Category.ELECTRONICS)),
    ],
)
def test_items_find_category(pipeline: Pipeline, text: str, expected: tuple[str, Category]) -> None:
    assert _found(pipeline.items, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway pays for 180,000 rounds.", [("rounds", Category.AMMUNITION)]),
        ("a million more rounds", [("rounds", Category.AMMUNITION)]),
        ("thousands of rounds", [("rounds", Category.AMMUNITION)]),
        ("rounds for HIMARS", [("rounds", Category.AMMUNITION), ("HIMARS", Category.ARTILLERY)]),
        ("after two rounds of talks", []),
        ("another round of sanctions", []),
    ],
)
def test_items_find_counted_words_only_after_a_large_count(
    pipeline: Pipeline, text: str, expected: list[tuple[str, Category]]
) -> None:
    assert _found(pipeline.items, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a drone-manufacturing plant", [("manufacturing plant", Category.DEFENSE_INDUSTRY)]),
        ("machine tools", [("machine tools", Category.DEFENSE_INDUSTRY)]),
        ("non-combat vehicles", []),
    ],
)
def test_items_find_a_name_of_several_words_after_a_hyphen(
    pipeline: Pipeline, text: str, expected: list[tuple[str, Category]]
) -> None:
    assert _found(pipeline.items, text) == expected


@pytest.mark.parametrize("text", ["a patriot at heart", "a leopard in the zoo", "javelin throw"])
def test_items_find_capitalised_aliases_need_a_capital(pipeline: Pipeline, text: str) -> None:
    assert pipeline.items.find(text) == []


def test_items_find_several_in_order(pipeline: Pipeline) -> None:
    text = "HIMARS launchers, Stinger missiles and Bradley vehicles"
    assert [i.category for i in pipeline.items.find(text)] == [
        Category.ARTILLERY,
        Category.AIR_DEFENSE,
        Category.ARMORED_VEHICLES,
    ]


# -- a tiny fictional rule set --------------------------------------------------------


def _tiny() -> ItemMatcher:
    return ItemMatcher(
        EquipmentFile(
            categories={
                Category.NAVAL: (
                    EquipmentItem(id="longship", label="longship", aliases=("longship",)),
                    EquipmentItem(
                        id="drakkar", label="Drakkar", aliases=("Drakkar", "Drakkar Mk 2")
                    ),
                ),
                Category.SUPPORT_EQUIPMENT: (
                    EquipmentItem(
                        id="armour-kit", label="armour kit", aliases=("armour kit", "battery")
                    ),
                ),
            }
        )
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("two longships", [("longships", Category.NAVAL)]),
        ("Longships", [("Longships", Category.NAVAL)]),
        ("a Drakkar", [("Drakkar", Category.NAVAL)]),
        ("the Drakkar Mk 2", [("Drakkar Mk 2", Category.NAVAL)]),
        ("a drakkar", []),
        ("armor kits", [("armor kits", Category.SUPPORT_EQUIPMENT)]),
        ("armour-kits", [("armour-kits", Category.SUPPORT_EQUIPMENT)]),
        ("spare batteries", [("batteries", Category.SUPPORT_EQUIPMENT)]),
        ("a tank", []),
    ],
)
def test_items_tiny_rule_set(text: str, expected: list[tuple[str, Category]]) -> None:
    assert _found(_tiny(), text) == expected
