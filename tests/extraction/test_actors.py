"""actors.ActorMatcher: every way a text names a country or organisation."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extraction.actors import ActorMatcher, Form
from tracker.extraction.lexicon import ActorEntry, ActorsFile, OrganisationEntry, Person
from tracker.extraction.reading import Pipeline


def _found(matcher: ActorMatcher, text: str, when: date | None = None) -> list[tuple[str, str]]:
    return [(text[a.start : a.end], a.code) for a in matcher.find(text, when)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Spain will help.", [("Spain", "ESP")]),
        ("The German government said so.", [("German government", "DEU")]),
        ("Dutch officials agreed.", [("Dutch", "NLD")]),
        ("Paris plans to supply Kyiv.", [("Paris", "FRA"), ("Kyiv", "UKR")]),
        ("Kiev and Moscow", [("Kiev", "UKR"), ("Moscow", "RUS")]),
        ("the Pentagon said", [("Pentagon", "USA")]),
        ("DoD is committing funds", [("DoD", "USA")]),
        ("US will help", [("US", "USA")]),
        ("the United States", [("United States", "USA")]),
        ("NATO and the EU", [("NATO", "NATO"), ("EU", "EU")]),
        ("Taiwan and Israel", [("Taiwan", "TWN"), ("Israel", "ISR")]),
        ("thanked the Grand Duchy", [("Grand Duchy", "LUX")]),
        ("aid for Chisinau", [("Chisinau", "MDA")]),
        ("Warsaw agreed", [("Warsaw", "POL")]),
        ("partners and allies", [("partners", "UNSPECIFIED"), ("allies", "UNSPECIFIED")]),
        ("Western partners", [("partners", "UNSPECIFIED")]),
        # A cabinet, not the EU's Council.
        ("The Council of Ministers approved it", []),
        ("The Council approved it", [("Council", "EU")]),
        # What a country is, not who gives.
        (
            "Spain has become one of Ukraine's biggest backers",
            [("Spain", "ESP"), ("Ukraine", "UKR")],
        ),
        ("one of Ukraine's partners will help", [("Ukraine", "UKR"), ("partners", "UNSPECIFIED")]),
    ],
)
def test_actors_find_forms(pipeline: Pipeline, text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(pipeline.actors, text) == expected


@pytest.mark.parametrize("text", ["The U.S. will help", "U.S.-led coalition", "the USA"])
def test_actors_find_us_abbreviations(pipeline: Pipeline, text: str) -> None:
    assert [a.code for a in pipeline.actors.find(text)] == ["USA"]


@pytest.mark.parametrize(
    "text",
    [
        "let us help",
        "a patriot at heart",
        "the spanish omelette",
        "Germanyville mayor",
        "about 8.3 billion US dollars",
        "100 million Swiss francs",
    ],
)
def test_actors_find_ignores_common_words(pipeline: Pipeline, text: str) -> None:
    assert pipeline.actors.find(text) == []


@pytest.mark.parametrize(
    ("text", "when", "expected"),
    [
        ("Pistorius said", date(2024, 1, 1), [("Pistorius", "DEU")]),
        ("Pistorius said", date(2020, 1, 1), []),
        ("Biden said", date(2024, 5, 1), [("Biden", "USA")]),
        ("Biden said", date(2025, 5, 1), []),
        ("Trump said", date(2025, 5, 1), [("Trump", "USA")]),
        ("Pistorius said", None, [("Pistorius", "DEU")]),
        ("Sanchez said", date(2024, 5, 1), [("Sanchez", "ESP")]),
        # A transcript's speaker label: the surname in capitals, in office.
        ("POULSEN: We gave tanks.", date(2024, 8, 5), [("POULSEN", "DNK")]),
        ("POULSEN: We gave tanks.", date(2020, 8, 5), []),
        # Any spelling of the surname, and a note in brackets before the colon.
        ("ZELENSKYY (interpreted): We got tanks.", date(2024, 1, 5), [("ZELENSKYY", "UKR")]),
        # A title after the name, the label on a line of its own.
        ("RUTTE, Dutch Prime Minister:", date(2023, 5, 5), [("RUTTE", "NLD"), ("Dutch", "NLD")]),
        ("HASTING: Is it true?", date(2024, 8, 5), []),
    ],
)
def test_actors_find_officials_while_in_office(
    pipeline: Pipeline, text: str, when: date | None, expected: list[tuple[str, str]]
) -> None:
    assert _found(pipeline.actors, text, when) == expected


@pytest.mark.parametrize(
    ("text", "possessive", "origin"),
    [
        ("Canada's offer", True, False),
        ("Canada’s offer", True, False),
        ("US-made ATACMS", False, True),
        ("German-built tanks", False, True),
        ("Canada offers", False, False),
    ],
)
def test_actors_find_marks_possessive_and_origin(
    pipeline: Pipeline, text: str, possessive: bool, origin: bool
) -> None:
    first = pipeline.actors.find(text)[0]
    assert (first.possessive, first.origin) == (possessive, origin)


def test_actors_find_forms_are_tagged(pipeline: Pipeline) -> None:
    text = "British partners, Berlin, Germany, the Pentagon and Pistorius"
    forms = [a.form for a in pipeline.actors.find(text, date(2024, 1, 1))]
    assert forms == [
        Form.DEMONYM,
        Form.UNSPECIFIED,
        Form.CAPITAL,
        Form.NAME,
        Form.INSTITUTION,
        Form.PERSON,
    ]


# -- a tiny fictional rule set: the engine, not the dictionary ------------------------


def _tiny() -> ActorMatcher:
    actors = ActorsFile(
        countries={
            "FRA": ActorEntry(
                names=("Gallia",),
                demonyms=("Gallic",),
                capitals=("Lutetia",),
                institutions=("Senate of Gallia",),
                places=("Armorica", "Camp Alesia"),
                persons=(
                    Person.model_validate(
                        {"name": "Vercingetorix", "from": "2020-01-01", "to": "2020-12-31"}
                    ),
                    Person.model_validate({"name": "Vercingetorix II", "from": "2021-01-01"}),
                ),
            )
        },
        organisations={"EU": OrganisationEntry(name="League of Cities", names=("LoC",))},
        unspecified=("friends",),
    )
    return ActorMatcher(actors, ("-forged",))


@pytest.mark.parametrize(
    ("text", "when", "expected"),
    [
        ("Gallia sends help", None, [("Gallia", "FRA")]),
        ("the Senate of Gallia voted", None, [("Senate of Gallia", "FRA")]),
        ("Lutetia and the LoC", None, [("Lutetia", "FRA"), ("LoC", "EU")]),
        ("the League of Cities agreed", None, [("League of Cities", "EU")]),
        ("foreign friends", None, [("friends", "UNSPECIFIED")]),
        ("gallia sends help", None, []),
        ("Vercingetorix spoke", date(2020, 6, 1), [("Vercingetorix", "FRA")]),
        ("Vercingetorix spoke", date(2022, 6, 1), []),
        ("Vercingetorix II spoke", date(2022, 6, 1), [("Vercingetorix II", "FRA")]),
        ("France helps", None, [("France", "FRA")]),
    ],
)
def test_actors_tiny_rule_set(
    text: str, when: date | None, expected: list[tuple[str, str]]
) -> None:
    assert _found(_tiny(), text, when) == expected


def test_actors_tiny_rule_set_origin_suffix() -> None:
    mention = _tiny().find("Gallic-forged swords")[0]
    assert mention.code == "FRA"
    assert mention.form is Form.DEMONYM
    assert mention.origin


def test_actors_tiny_rule_set_places_are_read_only_as_places() -> None:
    matcher = _tiny()
    text = "Armorica sends help; recruits trained at Camp Alesia"
    assert _found(matcher, text, None) == []
    assert matcher.place_in(text, 0, len(text)) == "FRA"
    assert matcher.place_in(text, 20, len(text)) == "FRA"
    assert matcher.place_in(text, 0, 15) == "FRA"
    assert matcher.place_in("recruits trained at home", 0, 25) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("11 countries agreed", [("countries", "UNSPECIFIED")]),
        ("eleven nations agreed", [("nations", "UNSPECIFIED")]),
        ("the four countries agreed", []),
        ("countries agreed", []),
    ],
)
def test_actors_find_counted_unnamed_donors(
    pipeline: Pipeline, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(text[a.start : a.end], a.code) for a in pipeline.actors.find(text)] == expected
