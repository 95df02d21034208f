"""Items: weapon systems and generic nouns, each mapped to one contract category.

Every alias of equipment.yaml is compiled once with its spelling variants (defence /
defense, armoured / armored), hyphen-or-space between words and a plural last word.
Aliases written with a capital ("Patriot", "Leopard") must start with a capital in the
text, so the adjective "patriot" or the animal do not count; lower-case aliases
("howitzer") match in any case. The longest alias wins at each position.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tracker.domain import Category
from tracker.extraction.lexicon import EquipmentFile

# British → American spellings; both are generated for every alias and folded for lookup.
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


def fold(text: str) -> str:
    """Lookup key of a surface form: lower case, American spelling, no separators."""
    key = text.lower()
    for british, american in _SPELLINGS:
        key = key.replace(british, american)
    return re.sub(r"[\s\-‐–]+", "", key)


def _singulars(key: str) -> list[str]:
    forms = [key]
    if key.endswith("ies"):
        forms.append(key[:-3] + "y")
    if key.endswith("es"):
        forms.append(key[:-2])
    if key.endswith("s"):
        forms.append(key[:-1])
    return forms


def _alias_pattern(alias: str) -> str:
    variants = {alias}
    for british, american in _SPELLINGS:
        for v in list(variants):
            variants |= {v.replace(british, american), v.replace(american, british)}
    patterns = []
    for variant in sorted(variants):
        words = re.split(r"[\s\-]+", variant)
        last = words[-1]
        if last.isalpha() and last.islower():
            if last.endswith("y") and last[-2:-1] not in "aeiou":
                tail = re.escape(last[:-1]) + r"(?:y|ies)"
            else:
                tail = re.escape(last) + r"(?:e?s)?"
        else:
            tail = re.escape(last) + r"(?:s|'s)?"
        body = r"[\s\-]?".join([*(re.escape(w) for w in words[:-1]), tail])
        if alias[0].isupper():
            body = re.escape(variant[0]) + "(?i:" + body[len(re.escape(variant[0])) :] + ")"
        else:
            body = "(?i:" + body + ")"
        patterns.append(body)
    return "|".join(patterns)


class ItemMatcher:
    def __init__(self, equipment: EquipmentFile) -> None:
        self.by_key: dict[str, tuple[str, str, Category]] = {}
        aliases: list[str] = []
        for category, items in equipment.categories.items():
            for item in items:
                for alias in item.aliases:
                    self.by_key[fold(alias)] = (item.id, item.label, category)
                    aliases.append(alias)
        aliases.sort(key=len, reverse=True)
        self.pattern = re.compile(
            r"(?<![\w-])(?:" + "|".join(f"(?:{_alias_pattern(a)})" for a in aliases) + r")(?![\w-])"
        )

    def lookup(self, surface: str) -> tuple[str, str, Category] | None:
        key = fold(surface.replace("'s", ""))
        for form in _singulars(key):
            if form in self.by_key:
                return self.by_key[form]
        return None

    def find(self, text: str) -> list[ItemMention]:
        found = []
        for m in self.pattern.finditer(text):
            hit = self.lookup(m.group(0))
            if hit is not None:
                found.append(ItemMention(m.start(), m.end(), *hit))
        return found
