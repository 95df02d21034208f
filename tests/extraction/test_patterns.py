"""Word lists as trie-shaped patterns: the same matches as a flat alternation."""

import random
import re

from tracker.extraction.patterns import alternation


def test_longest_phrase_wins_over_its_prefix() -> None:
    pattern = re.compile(alternation(["ask", "asked", "asked for"]))
    assert pattern.match("asked for more").group() == "asked for"
    assert pattern.match("asks").group() == "ask"


def test_a_space_matches_any_whitespace() -> None:
    pattern = re.compile(alternation(["called on"]))
    assert pattern.fullmatch("called \n on")
    assert not pattern.fullmatch("calledon")


def test_a_star_matches_one_word() -> None:
    pattern = re.compile(alternation(["the * package"]))
    assert pattern.fullmatch("the November package")
    assert pattern.fullmatch("the 14th package")
    assert not pattern.fullmatch("the package")
    assert not pattern.fullmatch("the new aid package")


def test_special_characters_are_literal() -> None:
    pattern = re.compile(alternation(["$", "n't", "U.S."]))
    assert [m.group() for m in pattern.finditer("US won't pay $5 to the U.S.")] == [
        "n't",
        "$",
        "U.S.",
    ]


def test_same_matches_as_a_flat_alternation_longest_first() -> None:
    rng = random.Random(3)
    words = {"".join(rng.choice("abc") for _ in range(rng.randint(1, 4))) for _ in range(40)}
    flat = re.compile("|".join(sorted(words, key=len, reverse=True)))
    trie = re.compile(alternation(words))
    for _ in range(200):
        text = "".join(rng.choice("abc ") for _ in range(30))
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)]


def test_an_empty_list_matches_only_the_empty_string() -> None:
    assert alternation([]) == ""
