"""Tokens and a gazetteer: find thousands of multi-word names in one pass over a sentence.

A regular expression with thousands of alternatives is tried alternative by
alternative at every character; a trie keyed by whole tokens looks each token up
once. Letters and digits are separate tokens, so "F-16", "F16" and "F 16" are the same
name, as are "155mm" and "155-mm".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")

_TOKEN = re.compile(r"[^\W\d_]+|\d+")
_BRACKET_CLOSE = re.compile(r"\)\s+")
_JOINER = re.compile(r"[\s\-‐–./'’]{0,3}")


@dataclass(slots=True)
class Token:
    """A word or a number of a sentence (not frozen: frozen dataclasses are three times
    slower to build, and a sentence makes dozens of these)."""

    start: int
    end: int
    text: str


def tokenize(text: str) -> list[Token]:
    return [Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]


@dataclass(slots=True)
class Match(Generic[T]):
    first: int
    """Index of the first token."""
    last: int
    """Index of the last token (inclusive)."""
    start: int
    end: int
    value: T


class _Node(Generic[T]):
    __slots__ = ("children", "values")

    def __init__(self) -> None:
        self.children: dict[str, _Node[T]] = {}
        self.values: list[T] = []


class Gazetteer(Generic[T]):
    """Longest-match lookup of token sequences.

    `normalize` maps a token's text to its key (identity for case-sensitive names,
    lower case and spelling folds for equipment); `variants` gives extra keys tried for
    the last token of a name (plural forms).
    """

    def __init__(
        self,
        normalize: Callable[[str], str] = str,
        variants: Callable[[str], Iterable[str]] = lambda key: (),
        *,
        ignore_case: bool = False,
        spellings: Callable[[str], Iterable[str]] = lambda key: (key,),
    ) -> None:
        self.root: _Node[T] = _Node()
        self.normalize = normalize
        self.variants = variants
        self.ignore_case = ignore_case
        """Does `normalize` fold case?"""
        self.spellings = spellings
        """The ways a key can be written before `normalize`, case aside."""
        self.starts: set[str] = set()
        """Keys that can begin a name, with the plural forms of each: one set lookup
        rejects most tokens of a sentence."""
        self.written: set[str] = set()
        """The same words as written (in lower case if `ignore_case`): one set
        intersection rejects a sentence without tokenising it."""

    def add(self, name: str, value: T) -> bool:
        keys = [self.normalize(t.text) for t in tokenize(name)]
        if not keys:
            return False
        node = self.root
        for key in keys:
            node = node.children.setdefault(key, _Node())
        node.values.append(value)
        first = keys[0]
        plurals = (first, first + "s", first + "es", first[:-1] + "ies")
        self.starts.update(plurals)
        self.written.update(s for p in plurals for s in self.spellings(p))
        return True

    def may_match(self, text: str) -> bool:
        """False when no name can occur in `text`, without building its tokens."""
        return not self.written.isdisjoint(
            _TOKEN.findall(text.lower() if self.ignore_case else text)
        )

    def find(
        self, text: str, tokens: list[Token], accept: Callable[[Match[T]], bool] | None = None
    ) -> list[Match[T]]:
        """Non-overlapping longest matches, left to right; `accept` may veto a match.

        The tokens of one name may be separated only by spaces, hyphens, dots or
        apostrophes, never by a comma or other punctuation.
        """
        keys = [self.normalize(t.text) for t in tokens]
        found: list[Match[T]] = []
        i = 0
        n = len(tokens)
        while i < n:
            if keys[i] not in self.starts:
                i += 1
                continue
            best: Match[T] | None = None
            node = self.root
            j = i
            while j < n:
                if j > i and not self._joined(text, tokens[j - 1], tokens[j]):
                    break
                for variant in self.variants(keys[j]):
                    alt = node.children.get(variant)
                    if alt is not None and alt.values:
                        best = self._best(tokens, i, j, alt, accept) or best
                nxt = node.children.get(keys[j])
                if nxt is None:
                    break
                node = nxt
                if node.values:
                    best = self._best(tokens, i, j, node, accept) or best
                j += 1
            if best is not None:
                found.append(best)
                i = best.last + 1
            else:
                i += 1
        return found

    @staticmethod
    def _joined(text: str, left: Token, right: Token) -> bool:
        """Two tokens of one name: "Leopard 2", "F-16"; also an abbreviation in brackets
        before its noun ("Wire-Guided (TOW) missiles")."""
        return _JOINER.fullmatch(text, left.end, right.start) is not None or (
            text.startswith("(", left.start - 1)
            and left.text.isupper()
            and _BRACKET_CLOSE.fullmatch(text, left.end, right.start) is not None
        )

    @staticmethod
    def _best(
        tokens: list[Token],
        i: int,
        j: int,
        node: _Node[T],
        accept: Callable[[Match[T]], bool] | None,
    ) -> Match[T] | None:
        for value in node.values:
            match = Match(i, j, tokens[i].start, tokens[j].end, value)
            if accept is None or accept(match):
                return match
        return None
