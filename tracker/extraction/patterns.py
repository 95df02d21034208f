"""Word lists as regular expressions.

A flat alternation of a few hundred phrases is tried phrase by phrase at every
character of a sentence; the same phrases shaped as a trie ("ask(?:ed|s)?") are tried
only along the branch that shares the next character, several times faster on long
cue lists. Longer phrases still win over their prefixes, as in a flat alternation
sorted longest first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def alternation(words: Iterable[str]) -> str:
    """A pattern for any of `words`; a space in a phrase matches any run of whitespace and
    a `*` any one word ("the * package": "the November package")."""
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _render(root)


def _render(node: dict[str, dict]) -> str:
    branches = [
        {" ": r"\s+", "*": r"[\w'’-]+"}.get(char, re.escape(char)) + _render(child)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body
