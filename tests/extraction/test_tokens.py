"""The token gazetteer: longest matches, joiners, plural and spelling variants, and the
sentence-level rejection that spares most sentences a token walk."""

from tracker.extraction.items import fold, singulars, spellings
from tracker.extraction.tokens import Gazetteer, tokenize


def _names(g: Gazetteer[str], text: str) -> list[str]:
    return [m.value for m in g.find(text, tokenize(text))]


def test_longest_match_wins_and_matches_do_not_overlap() -> None:
    g: Gazetteer[str] = Gazetteer()
    g.add("Storm", "storm")
    g.add("Storm Shadow", "storm-shadow")
    assert _names(g, "Storm Shadow missiles and a Storm") == ["storm-shadow", "storm"]


def test_names_span_hyphens_and_dots_but_not_commas() -> None:
    g: Gazetteer[str] = Gazetteer(str.lower, ignore_case=True)
    g.add("F-16", "f16")
    assert _names(g, "two F16 jets, one F 16 and an f-16") == ["f16", "f16", "f16"]
    g.add("air defence", "ad")
    assert _names(g, "air, defence") == []


def test_case_sensitive_gazetteer_rejects_other_case() -> None:
    g: Gazetteer[str] = Gazetteer()
    g.add("Patriot", "patriot")
    assert g.may_match("a Patriot battery")
    assert not g.may_match("a patriot song")
    assert _names(g, "a patriot song") == []


def test_may_match_sees_plurals_and_british_spellings() -> None:
    g: Gazetteer[str] = Gazetteer(fold, singulars, ignore_case=True, spellings=spellings)
    g.add("armored vehicle", "av")
    assert g.may_match("Armoured vehicles arrived")
    assert _names(g, "Armoured vehicles arrived") == ["av"]
    assert not g.may_match("Nothing of the sort was said")


def test_spellings_undo_every_fold() -> None:
    assert spellings("armored") >= {"armored", "armoured"}
    assert "air defence" in spellings("air defense")
    assert all(fold(s) == "armored" for s in spellings("armored"))


def test_a_letter_that_lowers_to_two_characters_does_not_hide_a_name() -> None:
    g: Gazetteer[str] = Gazetteer(str.lower, ignore_case=True)
    g.add("drones", "drone")
    text = "İstanbul sent drones"  # "İ".lower() is two characters
    assert _names(g, text) == ["drone"]
