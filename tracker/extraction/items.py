"""Items: weapon systems and generic nouns, each mapped to one contract category.

Every alias of equipment.yaml goes into one token gazetteer, folded to lower case and
American spelling (defence / defense, armoured / armored), hyphen or space alike, the
last word also matched in the plural. Aliases written with a capital ("Patriot",
"Leopard") must start with a capital in the text, so the adjective "patriot" or the
animal do not count; lower-case aliases ("howitzer") match in any case. A name glued to
a following hyphen ("truck-mounted") or a preceding one ("anti-tank") is a modifier of
another word, not the item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from tracker.domain import Category
from tracker.extraction.lexicon import EquipmentFile
from tracker.extraction.tokens import Gazetteer, Match, Token, tokenize

# British → American spellings, folded away before lookup.
_SPELLINGS = (
    ("defence", "defense"),
    ("armoured", "armored"),
    ("armour", "armor"),
    ("isation", "ization"),
    ("ised", "ized"),
    ("centre", "center"),
    ("calibre", "caliber"),
    ("programme", "program"),
)


@dataclass(frozen=True)
class ItemMention:
    start: int
    end: int
    item_id: str
    label: str
    category: Category
    proper: bool = False
    """A named system ("Patriot"), not a generic noun ("missiles")."""


@dataclass(frozen=True)
class _Entry:
    item_id: str
    label: str
    category: Category
    proper: bool
    """Written with a capital: the text must have one too."""
    counted: bool = False
    """Names the item only after a large count ("180,000 rounds", "a million rounds")."""


# A count of hundreds or more right before a word: "180,000", "1.5 million", "thousands of".
# "non-combat vehicles", "anti-armour weapons": a prefix that turns the name into another.
_NEGATING_PREFIX = re.compile(r"\b(?:non|anti|counter|un)-$", re.IGNORECASE)
# "rounds for HIMARS": what a system fires.
_FOR_A_SYSTEM = re.compile(
    r"s?\s+for\s+(?:the\s+|its\s+|their\s+)?(?:[A-Z\d]|\w+\s+(?:launchers|guns|howitzers))"
)
_LARGE_COUNT = re.compile(
    r"(?:\b\d{1,3}(?:,\d{3})+|\b\d{3,}|\b(?:hundred|thousand|million)s?(?:\s+of)?)"
    r"\s+(?:more\s+|additional\s+|further\s+|new\s+)?$",
    re.IGNORECASE,
)


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Lookup key of one word: lower case, American spelling."""
    key = word.lower()
    for british, american in _SPELLINGS:
        if british in key:
            key = key.replace(british, american)
    return key


def spellings(key: str) -> set[str]:
    """The ways a folded key can be written: "armored" also as "armoured"."""
    found = {key}
    for british, american in _SPELLINGS:
        found |= {s.replace(american, british) for s in found if american in s}
    return found


@lru_cache(maxsize=65536)
def singulars(key: str) -> tuple[str, ...]:
    if len(key) < 3 or not key.endswith("s"):
        return ()
    if key.endswith("ies"):
        return (key[:-3] + "y", key[:-1])
    if key.endswith("es"):
        return (key[:-2], key[:-1])
    return (key[:-1],)


class ItemMatcher:
    def __init__(self, equipment: EquipmentFile) -> None:
        self.gazetteer: Gazetteer[_Entry] = Gazetteer(
            fold, singulars, ignore_case=True, spellings=spellings
        )
        for category, items in equipment.categories.items():
            for item in items:
                for alias in item.aliases:
                    self.gazetteer.add(
                        alias, _Entry(item.id, item.label, category, alias[:1].isupper())
                    )
                for word in item.counted:
                    self.gazetteer.add(word, _Entry(item.id, item.label, category, False, True))

    def find(self, text: str, tokens: list[Token] | None = None) -> list[ItemMention]:
        tokens = tokenize(text) if tokens is None else tokens

        def accept(match: Match[_Entry]) -> bool:
            if match.value.proper and not text[match.start].isupper():
                return False
            if (
                match.value.counted
                and not _LARGE_COUNT.search(text, max(0, match.start - 30), match.start)
                and not _FOR_A_SYSTEM.match(text, match.end)
            ):
                return False
            before = text[match.start - 1 : match.start]
            after = text[match.end : match.end + 2]
            # "anti-tank": a word after a hyphen modifies; a name of several words after
            # one is a head ("a drone-manufacturing plant").
            return (
                before != "-"
                or (match.last > match.first and not _NEGATING_PREFIX.search(text, 0, match.start))
            ) and not (after[:1] == "-" and after[1:].isalpha())

        found = []
        for m in self.gazetteer.find(text, tokens, accept):
            end = m.end
            nxt = tokens[m.last + 1] if m.last + 1 < len(tokens) else None
            if nxt is not None and nxt.start == end and nxt.text == "s":
                end = nxt.end
            entry = m.value
            found.append(
                ItemMention(m.start, end, entry.item_id, entry.label, entry.category, entry.proper)
            )
        return found
