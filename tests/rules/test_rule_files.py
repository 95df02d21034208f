"""The built-in vocabulary files (tracker/rules/actors.yaml, equipment.yaml).

They are loaded through tracker.extraction.lexicon exactly as the extractor loads them,
and checked for the properties the matcher relies on: valid codes, one owner per surface
form, ordered office dates, every contract category covered, and user folders that
extend rather than replace the built-in data.
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date
from pathlib import Path

import pycountry
import pytest

from tracker.domain import Category
from tracker.errors import RuleError
from tracker.extraction import load_extractor
from tracker.extraction.lexicon import (
    BUILTIN_RULES,
    RULE_FILES,
    ActorEntry,
    ActorsFile,
    EquipmentFile,
    load_actors,
    load_equipment,
)


def _codes(text: str) -> list[str]:
    return text.split()


# The 193 member states of the United Nations, as ISO 3166-1 alpha-3 codes.
UN_MEMBERS = frozenset(
    _codes(
        """
    AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH
    BWA BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB
    CYP CZE DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA
    GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN
    KIR PRK KOR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT
    MUS MEX FSM MDA MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK
    PLW PAN PNG PRY PER PHL POL PRT QAT ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC
    SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK TZA THA TLS TGO TON TTO
    TUN TUR TKM TUV UGA UKR ARE GBR USA URY UZB VUT VEN VNM YEM ZMB ZWE
    """
    )
)

EU_MEMBERS = _codes(
    "AUT BEL BGR HRV CYP CZE DNK EST FIN FRA DEU GRC HUN IRL ITA LVA LTU LUX MLT NLD POL PRT "
    "ROU SVK SVN ESP SWE"
)
NATO_ONLY = _codes("ALB CAN ISL MNE MKD NOR TUR GBR USA")
OTHER_KEY_ACTORS = _codes(
    "UKR RUS AUS NZL JPN KOR PRK CHN TWN ISR IRN CHE BLR IND SAU ARE PAK EGY ZAF MDA GEO SRB"
)

# Demonyms that two countries share are given to one of them only (see actors.yaml).
NO_DEMONYM = {"COG", "DMA"}
# "Brussels" is the EU's metonym, so Belgium lists no capital.
CAPITAL_HELD_BY_EU = {"BEL"}

# Countries whose officials the extractor must recognise by surname.
PERSONS_REQUIRED = _codes(
    "USA GBR DEU FRA ITA CAN POL NLD SWE DNK NOR FIN UKR RUS JPN HUN CZE LTU AUS TUR ISR IRN"
)


@pytest.fixture(scope="module")
def actors() -> ActorsFile:
    return load_actors()


@pytest.fixture(scope="module")
def equipment() -> EquipmentFile:
    return load_equipment()


def _actor_entries(actors: ActorsFile) -> dict[str, ActorEntry]:
    return {**actors.countries, **actors.organisations}


def _fixed_forms(entry: ActorEntry) -> list[str]:
    """The surface forms of an actor that are not tied to an office period."""
    return [*entry.names, *entry.demonyms, *entry.capitals, *entry.institutions]


def _person_forms(entry: ActorEntry) -> list[tuple[str, date, date]]:
    forms = []
    for person in entry.persons:
        start = person.start or date.min
        end = person.end or date.max
        forms.extend((alias, start, end) for alias in (person.name, *person.aliases))
    return forms


def _equipment_key(alias: str) -> str:
    """An alias as the matcher sees it: case, hyphens and British/American spelling folded."""
    key = re.sub(r"[\s\-]+", " ", alias.lower()).strip()
    for us, gb in (
        ("defense", "defence"),
        ("armor", "armour"),
        ("center", "centre"),
        ("meter", "metre"),
    ):
        key = key.replace(us, gb)
    return re.sub(r"iz(e|a|i)", r"is\1", key)


def _plural_keys(key: str) -> set[str]:
    keys = {key + "s", key + "es"}
    if key.endswith("y") and key[-2:-1] not in "aeiou":
        keys.add(key[:-1] + "ies")
    return keys


def _alias_owners(equipment: EquipmentFile) -> dict[str, set[str]]:
    owners: dict[str, set[str]] = defaultdict(set)
    for items in equipment.categories.values():
        for item in items:
            for alias in item.aliases:
                owners[_equipment_key(alias)].add(item.id)
    return owners


def _category_of(equipment: EquipmentFile) -> dict[str, Category]:
    return {
        _equipment_key(alias): category
        for category, items in equipment.categories.items()
        for item in items
        for alias in item.aliases
    }


# --------------------------------------------------------------------------- actors


def test_actor_codes_are_iso_3166(actors: ActorsFile) -> None:
    for code in actors.countries:
        assert pycountry.countries.get(alpha_3=code) is not None, code
    assert set(actors.organisations) == {"EU", "NATO"}


def test_every_un_member_has_names_demonyms_and_capital(actors: ActorsFile) -> None:
    missing = UN_MEMBERS - set(actors.countries)
    assert not missing, f"UN members without an entry: {sorted(missing)}"
    for code in UN_MEMBERS:
        entry = actors.countries[code]
        assert entry.names, code
        if code not in NO_DEMONYM:
            assert entry.demonyms, f"{code} has no demonym"
    with_capital = [c for c in UN_MEMBERS if actors.countries[c].capitals]
    assert len(with_capital) >= 185


@pytest.mark.parametrize("code", EU_MEMBERS + NATO_ONLY + OTHER_KEY_ACTORS)
def test_donors_and_recipients_are_covered(actors: ActorsFile, code: str) -> None:
    entry = actors.countries[code]
    assert entry.names and entry.demonyms
    assert entry.capitals or code in CAPITAL_HELD_BY_EU


@pytest.mark.parametrize("code", PERSONS_REQUIRED)
def test_main_actors_have_officials(actors: ActorsFile, code: str) -> None:
    assert len(actors.countries[code].persons) >= 2


@pytest.mark.parametrize(
    ("code", "form"),
    [
        ("USA", "U.S."),
        ("USA", "the United States"),
        ("USA", "America"),
        ("USA", "Washington"),
        ("USA", "Pentagon"),
        ("USA", "State Department"),
        ("GBR", "Britain"),
        ("GBR", "UK"),
        ("GBR", "Downing Street"),
        ("FRA", "Élysée"),
        ("FRA", "Elysee Palace"),
        ("DEU", "Bundeswehr"),
        ("DEU", "Germans"),
        ("NOR", "Storting"),
        ("RUS", "Kremlin"),
        ("UKR", "Kyiv"),
        ("UKR", "Kiev"),
        ("TUR", "Türkiye"),
        ("GEO", "Georgia"),
        ("ZWE", "Zimbabwean"),
        ("AFG", "Afghan"),
        ("EU", "European Peace Facility"),
        ("EU", "Brussels"),
        ("NATO", "North Atlantic Treaty Organization"),
    ],
)
def test_actor_surface_forms(actors: ActorsFile, code: str, form: str) -> None:
    assert form in _fixed_forms(_actor_entries(actors)[code])


@pytest.mark.parametrize(
    ("code", "alias", "on", "expected"),
    [
        ("DEU", "Pistorius", date(2024, 5, 1), True),
        ("DEU", "Lambrecht", date(2022, 6, 1), True),
        ("DEU", "Lambrecht", date(2024, 6, 1), False),
        ("DEU", "Merz", date(2025, 6, 1), True),
        ("DEU", "Baerbock", date(2023, 1, 1), True),
        ("FRA", "Sebastien Lecornu", date(2024, 11, 25), True),
        ("FRA", "Barnier", date(2024, 10, 1), True),
        ("GBR", "Shapps", date(2024, 1, 1), True),
        ("GBR", "Healey", date(2025, 1, 1), True),
        ("GBR", "Wallace", date(2022, 4, 1), True),
        ("USA", "Austin", date(2023, 1, 1), True),
        ("USA", "Hegseth", date(2025, 3, 1), True),
        ("USA", "Biden", date(2025, 3, 1), False),
        ("POL", "Kosiniak-Kamysz", date(2024, 3, 1), True),
        ("SWE", "Billstrom", date(2023, 5, 1), True),
        ("DNK", "Troels Lund Poulsen", date(2024, 2, 1), True),
        ("UKR", "Zelenskyy", date(2024, 2, 1), True),
        ("UKR", "Umerov", date(2024, 2, 1), True),
        ("UKR", "Reznikov", date(2024, 2, 1), False),
        ("RUS", "Shoigu", date(2023, 2, 1), True),
        ("RUS", "Belousov", date(2024, 9, 1), True),
        ("HUN", "Orban", date(2024, 9, 1), True),
        ("NOR", "Støre", date(2024, 9, 1), True),
        ("LTU", "Nauseda", date(2024, 9, 1), True),
        ("NLD", "Rutte", date(2023, 9, 1), True),
        ("NLD", "Rutte", date(2025, 1, 1), False),
        ("NATO", "Rutte", date(2025, 1, 1), True),
        ("NATO", "Stoltenberg", date(2023, 1, 1), True),
        ("EU", "Borrell", date(2023, 1, 1), True),
        ("EU", "Kallas", date(2025, 2, 1), True),
        ("EST", "Kallas", date(2023, 2, 1), True),
    ],
)
def test_persons_speak_for_their_actor_while_in_office(
    actors: ActorsFile, code: str, alias: str, on: date, expected: bool
) -> None:
    in_office = any(
        form == alias and start <= on <= end
        for form, start, end in _person_forms(_actor_entries(actors)[code])
    )
    assert in_office is expected


def test_person_office_dates_are_ordered(actors: ActorsFile) -> None:
    wrong = [
        f"{code}: {person.name}"
        for code, entry in _actor_entries(actors).items()
        for person in entry.persons
        if person.start and person.end and person.start > person.end
    ]
    assert not wrong


def test_fixed_actor_forms_have_one_owner(actors: ActorsFile) -> None:
    """Names, demonyms, capitals, institutions and unspecified nouns: one actor each, or
    one country and one organisation ("Brussels"), whom the context tells apart."""
    owners: dict[str, list[str]] = defaultdict(list)
    for code, entry in _actor_entries(actors).items():
        for form in _fixed_forms(entry):
            owners[form].append(code)
    for form in actors.unspecified:
        owners[form].append("UNSPECIFIED")
    shared = {
        form: codes
        for form, codes in owners.items()
        if len(codes) > 1
        and not (
            len(codes) == 2
            and sum(code in actors.organisations for code in codes) == 1
            and "UNSPECIFIED" not in codes
        )
    }
    assert not shared


def test_person_aliases_are_unambiguous(actors: ActorsFile) -> None:
    """A person's alias names one actor at any date and is never a country's name."""
    fixed = {form for entry in _actor_entries(actors).values() for form in _fixed_forms(entry)}
    fixed |= set(actors.unspecified)
    periods: dict[str, list[tuple[str, date, date]]] = defaultdict(list)
    for code, entry in _actor_entries(actors).items():
        for alias, start, end in _person_forms(entry):
            assert alias not in fixed, f"{code}: {alias!r} is also an actor name"
            periods[alias].append((code, start, end))
    clashes = [
        (alias, a, b)
        for alias, spans in periods.items()
        for i, a in enumerate(spans)
        for b in spans[i + 1 :]
        if a[0] != b[0] and a[1] < b[2] and b[1] < a[2]
    ]
    assert not clashes


@pytest.mark.parametrize(
    "form", ["us", "Us", "Washington state", "Victoria", "Male", "Jordan Peterson", "Korea"]
)
def test_ambiguous_forms_are_absent(actors: ActorsFile, form: str) -> None:
    for code, entry in _actor_entries(actors).items():
        assert form not in _fixed_forms(entry), code
        assert form not in [alias for alias, _, _ in _person_forms(entry)], code
    assert form not in actors.unspecified


def test_washington_is_only_the_us_capital(actors: ActorsFile) -> None:
    holders = [
        (code, field)
        for code, entry in _actor_entries(actors).items()
        for field in ("names", "demonyms", "capitals", "institutions")
        if "Washington" in getattr(entry, field)
    ]
    assert holders == [("USA", "capitals")]


@pytest.mark.parametrize("form", ["partners", "allies", "Western backers", "partner countries"])
def test_unspecified_donor_nouns(actors: ActorsFile, form: str) -> None:
    assert form in actors.unspecified


# --------------------------------------------------------------------------- equipment


@pytest.mark.parametrize(
    "category", [c for c in Category if c not in {Category.FINANCIAL, Category.HUMANITARIAN}]
)
def test_every_military_category_has_items(equipment: EquipmentFile, category: Category) -> None:
    assert equipment.categories.get(category), category


def test_equipment_ids_are_unique(equipment: EquipmentFile) -> None:
    ids = [item.id for items in equipment.categories.values() for item in items]
    assert len(ids) == len(set(ids))


def test_each_alias_belongs_to_one_item(equipment: EquipmentFile) -> None:
    """Case, hyphen/space and spelling variants fold together, as in the matcher."""
    shared = {key: ids for key, ids in _alias_owners(equipment).items() if len(ids) > 1}
    assert not shared


def test_generated_plurals_do_not_collide(equipment: EquipmentFile) -> None:
    """The engine pluralises the last word; a plural must not be another item's alias."""
    owners = _alias_owners(equipment)
    clashes = [
        (key, plural)
        for key, ids in owners.items()
        for plural in _plural_keys(key)
        if plural in owners and owners[plural] != ids
    ]
    assert not clashes


def test_aliases_are_written_once_in_the_singular(equipment: EquipmentFile) -> None:
    for items in equipment.categories.values():
        for item in items:
            keys = {_equipment_key(alias) for alias in item.aliases}
            assert len(keys) == len(item.aliases), f"{item.id}: spelling variants listed twice"
            doubled = {k for k in keys if _plural_keys(k) & keys}
            assert not doubled, f"{item.id}: singular and plural both listed: {doubled}"


@pytest.mark.parametrize(
    ("alias", "category"),
    [
        ("IRIS-T SLM", Category.AIR_DEFENSE),
        ("iris t", Category.AIR_DEFENSE),
        ("Patriot", Category.AIR_DEFENSE),
        ("NASAMS", Category.AIR_DEFENSE),
        ("Gepard", Category.AIR_DEFENSE),
        ("Mistral", Category.AIR_DEFENSE),
        ("SAMP/T", Category.AIR_DEFENSE),
        ("Ground Master 200", Category.AIR_DEFENSE),
        ("air defense missile", Category.AIR_DEFENSE),
        ("drone detection system", Category.AIR_DEFENSE),
        ("counter-drone system", Category.AIR_DEFENSE),
        ("anti-aircraft capability", Category.AIR_DEFENSE),
        ("Panzerhaubitze 2000", Category.ARTILLERY),
        ("HIMARS", Category.ARTILLERY),
        ("MARS II", Category.ARTILLERY),
        ("howitzer", Category.ARTILLERY),
        ("mortar", Category.ARTILLERY),
        ("multiple rocket launcher", Category.ARTILLERY),
        ("155mm shell", Category.AMMUNITION),
        ("155-mm ammunition", Category.AMMUNITION),
        ("GMLRS", Category.AMMUNITION),
        ("mortar bomb", Category.AMMUNITION),
        ("rocket", Category.AMMUNITION),
        ("Leclerc", Category.ARMORED_VEHICLES),
        ("AMX-10 RC", Category.ARMORED_VEHICLES),
        ("Leopard 2A6", Category.ARMORED_VEHICLES),
        ("Challenger 2", Category.ARMORED_VEHICLES),
        ("armored personnel carrier", Category.ARMORED_VEHICLES),
        ("Puma IFV", Category.ARMORED_VEHICLES),
        ("F-16", Category.AIRCRAFT),
        ("Mirage 2000", Category.AIRCRAFT),
        ("warplane", Category.AIRCRAFT),
        ("Sea King", Category.AIRCRAFT),
        ("Puma", Category.DRONES),
        ("Palianytsia", Category.DRONES),
        ("Shahed", Category.DRONES),
        ("FPV drone", Category.DRONES),
        ("unmanned surface vessel", Category.DRONES),
        ("loitering munition", Category.DRONES),
        ("ATACMS", Category.MISSILES),
        ("Storm Shadow", Category.MISSILES),
        ("Taurus", Category.MISSILES),
        ("missile", Category.MISSILES),
        ("anti-ship missile", Category.MISSILES),
        ("Javelin", Category.INFANTRY_WEAPONS),
        ("NLAW", Category.INFANTRY_WEAPONS),
        ("anti-tank mine", Category.INFANTRY_WEAPONS),
        ("rocket-propelled grenade", Category.INFANTRY_WEAPONS),
        ("patrol boat", Category.NAVAL),
        ("naval mine", Category.NAVAL),
        ("electronic warfare system", Category.ELECTRONICS),
        ("Starlink terminal", Category.ELECTRONICS),
        ("counter-battery radar", Category.ELECTRONICS),
        ("training", Category.TRAINING),
        ("joint production", Category.DEFENSE_INDUSTRY),
        ("localization of production", Category.DEFENSE_INDUSTRY),
        ("body armor", Category.SUPPORT_EQUIPMENT),
        ("first aid kit", Category.SUPPORT_EQUIPMENT),
        ("night vision device", Category.SUPPORT_EQUIPMENT),
        ("military aid package", Category.UNSPECIFIED),
        ("security assistance", Category.UNSPECIFIED),
        ("macro-financial assistance", Category.FINANCIAL),
        ("humanitarian aid", Category.HUMANITARIAN),
    ],
)
def test_alias_categories(equipment: EquipmentFile, alias: str, category: Category) -> None:
    assert _category_of(equipment).get(_equipment_key(alias)) == category


@pytest.mark.parametrize(
    "word", ["round", "radio", "mine", "law", "tow", "Milan", "Dana", "Senator", "ship", "package"]
)
def test_everyday_words_are_not_bare_aliases(equipment: EquipmentFile, word: str) -> None:
    assert _equipment_key(word) not in _category_of(equipment)


# --------------------------------------------------------------------------- files and user folders


@pytest.mark.parametrize("name", ["actors.yaml", "equipment.yaml"])
def test_files_open_with_a_header_on_extending_them(name: str) -> None:
    text = (BUILTIN_RULES / name).read_text(encoding="utf-8")
    header = text.split("\n\n", 1)[0]
    assert header.startswith(f"# {name}")
    assert "--rules" in header and "TRACKER_RULES_DIR" in header


def test_user_actors_extend_the_builtin_ones(tmp_path: Path) -> None:
    (tmp_path / "actors.yaml").write_text(
        "countries:\n  DEU: {names: [Deutschland]}\nunspecified: [friendly nations]\n",
        encoding="utf-8",
    )
    merged = load_actors(tmp_path)
    builtin = load_actors()
    assert "Deutschland" in merged.countries["DEU"].names
    assert set(builtin.countries["DEU"].names) < set(merged.countries["DEU"].names)
    assert merged.countries["DEU"].persons == builtin.countries["DEU"].persons
    assert "friendly nations" in merged.unspecified and "partners" in merged.unspecified
    assert set(merged.countries) == set(builtin.countries)


def test_user_equipment_extends_a_category(tmp_path: Path) -> None:
    (tmp_path / "equipment.yaml").write_text(
        "categories:\n"
        "  air_defense:\n"
        "    - {id: my-system, label: My System, aliases: [My System]}\n",
        encoding="utf-8",
    )
    merged = load_equipment(tmp_path)
    ids = [item.id for item in merged.categories[Category.AIR_DEFENSE]]
    assert "my-system" in ids and "iris-t" in ids
    assert len(merged.categories[Category.ARTILLERY]) == len(
        load_equipment().categories[Category.ARTILLERY]
    )


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("actors.yaml", "countries:\n  XXX: {names: [Nowhere]}\n", "XXX"),
        ("actors.yaml", "countries:\n  DE: {names: [Germany]}\n", "DE"),
        ("actors.yaml", "countries:\n  DEU: {nicknames: [Teutonia]}\n", "nicknames"),
        (
            "equipment.yaml",
            "categories:\n  lasers:\n    - {id: x, label: X, aliases: [x]}\n",
            "lasers",
        ),
        (
            "equipment.yaml",
            "categories:\n  drones:\n    - {id: Bad Id, label: X, aliases: [x]}\n",
            "id",
        ),
        (
            "equipment.yaml",
            "categories:\n  drones:\n    - {id: x, label: X, aliases: []}\n",
            "aliases",
        ),
    ],
)
def test_bad_user_file_raises_rule_error_naming_it(
    tmp_path: Path, name: str, content: str, problem: str
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    loader = load_actors if name == "actors.yaml" else load_equipment
    with pytest.raises(RuleError) as caught:
        loader(tmp_path)
    assert caught.value.path == path
    assert str(path) in str(caught.value)
    assert problem in str(caught.value)


@pytest.mark.parametrize("name", RULE_FILES)
def test_readme_documents_each_file(name: str) -> None:
    readme = (BUILTIN_RULES / "README.md").read_text(encoding="utf-8")
    assert f"\n## {name}\n" in readme


def test_user_frames_file_teaches_a_new_verb(tmp_path: Path) -> None:
    text = "Italy will furnish 10 howitzers to Ukraine."
    assert load_extractor().extract(text) == []
    (tmp_path / "frames.yaml").write_text("verbs:\n  transfer:\n    - {base: furnish}\n")
    extended = load_extractor(tmp_path)
    [mention] = extended.extract(text)
    assert (mention.donor, mention.recipient, mention.category.value, mention.quantity) == (
        "ITA",
        "UKR",
        "artillery",
        10,
    )
    assert extended.version != load_extractor().version


def test_a_broken_user_rule_file_names_the_file(tmp_path: Path) -> None:
    (tmp_path / "numbers.yaml").write_text("scales: [not, a, mapping]\n")
    with pytest.raises(RuleError, match=r"numbers\.yaml"):
        load_extractor(tmp_path)
