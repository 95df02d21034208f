"""Actors: countries and organisations named in a sentence, by any of their forms.

Names, demonyms ("German"), capitals used as metonyms ("Paris plans to supply Kiev"),
institutions ("the Pentagon"), officials by name ("Pistorius") and the nouns for
unnamed donors ("partners", "allies") all map onto one code. Proper forms are matched
case-sensitively, longest first, so "US" is never the pronoun "us".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from tracker.domain import UNSPECIFIED_ACTOR
from tracker.extraction.lexicon import ActorEntry, ActorsFile, country_names
from tracker.extraction.patterns import alternation
from tracker.extraction.tokens import Gazetteer, Match, Token, tokenize


class Form(StrEnum):
    NAME = "name"
    DEMONYM = "demonym"
    CAPITAL = "capital"
    INSTITUTION = "institution"
    PERSON = "person"
    UNSPECIFIED = "unspecified"


@dataclass(frozen=True)
class ActorMention:
    start: int
    end: int
    code: str
    form: Form
    possessive: bool
    origin: bool
    """Followed by "-made", "-built" …: the item's maker, not necessarily its donor."""
    leader: bool = False
    """Followed by "-led", "-run" …: leads a scheme; never its recipient."""


@dataclass(frozen=True)
class _Alias:
    code: str
    form: Form
    start: date | None = None
    end: date | None = None
    after_the: bool = False
    """Only after "the": an organisation's common-noun name ("the Council", "the bloc")
    inside another name ("Romania's Supreme Council") names no organisation."""


# A country's name right after an acronym of four or more capitals names a mission or a
# programme, not the country: "the EU's training mission, EUMAM Ukraine, has trained".
_ACRONYM_BEFORE = re.compile(r"\b[A-Z]{4,}\s+$")
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
# "Denmark has become one of Ukraine's biggest backers": what a country is, not a giver.
_PREDICATE_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|become|becomes|became|remains?|remained)\s+(?:now\s+)?"
    r"(?:one\s+of|among)\s+(?:the|its|their|[\w-]+['’]s?)\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"^(?:'s|’s|'|’)(?!\w)")
# A transcript's speaker label: "POULSEN: We gave all our Caesar howitzers.", "PRESIDENT
# ZELENSKYY (interpreted): …"
SPEAKER_LABEL = re.compile(
    r"\W*(?:[A-Z][A-Z'’.-]+\s+)*([A-Z][A-Z'’-]{2,})(?:\s+\([^()]{1,30}\))?"
    # "RUBEN BREKELMANS, Dutch Defence Minister:" on a line of its own
    r"(?:,[^:\n]{1,60})?:(?:\s|$)"
)


def _suffix_pattern(suffixes: tuple[str, ...]) -> re.Pattern[str]:
    if not suffixes:
        return re.compile(r"(?!)")
    # "U.S.-made": the abbreviation's closing dot stands between name and suffix.
    return re.compile(r"^\.?(?:" + alternation(suffixes) + r")", re.IGNORECASE)


class ActorMatcher:
    """All actor aliases of a rule set in one case-sensitive token gazetteer."""

    def __init__(
        self,
        actors: ActorsFile,
        origin_suffixes: tuple[str, ...],
        leader_suffixes: tuple[str, ...] = (),
        currency_names: tuple[str, ...] = (),
        count_words: tuple[str, ...] = (),
    ) -> None:
        self.gazetteer: Gazetteer[_Alias] = Gazetteer()
        # "8.3 billion US dollars", "Swiss francs": a currency, not an actor.
        named = [name for name in currency_names if " " in name]
        self.currency = (
            re.compile(r"(?:" + alternation(named) + r")(?:e?s)?\b", re.IGNORECASE)
            if named
            else None
        )

        codes_of: dict[str, list[str]] = {}
        self.surnames: dict[str, list[_Alias]] = {}
        """Officials by surname in capitals, for the speaker labels of transcripts."""

        def add(text: str, alias: _Alias) -> None:
            text = text.strip()
            if text.lower().startswith("the "):
                text = text[4:]
            if text:
                self.gazetteer.add(text, alias)
                codes = codes_of.setdefault(text, [])
                if alias.form is not Form.PERSON and alias.code not in codes:
                    codes.append(alias.code)  # officials are told apart by their dates

        for code, names in country_names().items():
            for name in names:
                add(name, _Alias(code, Form.NAME))
        entries: list[tuple[str, ActorEntry]] = [
            *actors.countries.items(),
            *actors.organisations.items(),
        ]
        for code, entry in entries:
            for name in entry.names:
                the = code in actors.organisations and name.lower().startswith("the ")
                add(name, _Alias(code, Form.NAME, after_the=the))
            for name in entry.demonyms:
                add(name, _Alias(code, Form.DEMONYM))
            for name in entry.capitals:
                add(name, _Alias(code, Form.CAPITAL))
            for name in entry.institutions:
                add(name, _Alias(code, Form.INSTITUTION))
            for person in entry.persons:
                for name in (person.name, *person.aliases):
                    add(name, _Alias(code, Form.PERSON, person.start, person.end))
                # "ZELENSKYY:" labels by any spelling of the surname.
                for surname in dict.fromkeys(
                    n.split()[-1].upper() for n in (person.name, *person.aliases)
                ):
                    self.surnames.setdefault(surname, []).append(
                        _Alias(code, Form.PERSON, person.start, person.end)
                    )
        for org_code, org in actors.organisations.items():
            add(org.name, _Alias(org_code, Form.NAME))
        self.place_codes = {
            place: code for code, entry in actors.countries.items() for place in entry.places
        }
        self.places = (
            re.compile(r"\b(?:" + alternation(self.place_codes) + r")\b")
            if self.place_codes
            else None
        )
        for name in actors.not_actors:
            # "the Council of Ministers" (a cabinet) outmatches "the Council" (the EU's).
            self.gazetteer.add(name, _Alias("", Form.NAME))
        self.unspecified = re.compile(
            r"\b(?:(?:western|foreign|international|european|nato|other)\s+)?("
            + alternation(actors.unspecified)
            + r")\b",
            re.IGNORECASE,
        )
        # "11 countries agreed to train", "more than 50 nations" (not "the four countries",
        # a group named before); the pattern runs only where one of the nouns stands.
        self.counted_nouns = tuple(
            {form for noun in actors.unspecified_counted for form in (noun, noun.capitalize())}
        )
        count = r"\d+" + (r"|" + alternation(count_words) if count_words else "")
        self.counted = (
            re.compile(
                rf"(?<!\bthe\s)\b(?:{count})\s+(?:other\s+|more\s+)?("
                + alternation(actors.unspecified_counted)
                + r")\b",
                re.IGNORECASE,
            )
            if actors.unspecified_counted
            else None
        )
        self.origin = _suffix_pattern(origin_suffixes)
        self.leader = _suffix_pattern(leader_suffixes)
        # A form listed under two actors ("Brussels": Belgium and the EU) names the one
        # named beside it, else the organisation.
        self.shared = {
            text: sorted(codes, key=lambda c: c not in actors.organisations)
            for text, codes in codes_of.items()
            if len(codes) > 1
        }

    def place_in(self, text: str, start: int, end: int) -> str | None:
        """The country of the first region or military site named in `text[start:end]`."""
        found = self.places.search(text, start, end) if self.places else None
        return self.place_codes[found.group()] if found else None

    def find(
        self,
        text: str,
        when: date | None = None,
        tokens: list[Token] | None = None,
        context: str = "",
    ) -> list[ActorMention]:
        """Actor mentions in `text`, in order; officials only while in office at `when`.

        A form shared by two actors goes to the one named elsewhere in `text` or in
        `context` (the sentences around it): "Brussels has promised 30 F-16s. The
        agreement commits Belgium to …"."""
        found = self._find(text, when, tokens)
        shared = [x for x in found if text[x.start : x.end] in self.shared]
        if not shared:
            return found
        near = {x.code for x in found if x not in shared}
        if context:
            near.update(x.code for x in self._find(context, when, None))
        resolved = {}
        for x in shared:
            codes = self.shared[text[x.start : x.end]]
            code = next((c for c in codes if c in near), codes[0])
            resolved[x.start] = replace(x, code=code)
        return [resolved.get(x.start, x) for x in found]

    def _find(self, text: str, when: date | None, tokens: list[Token] | None) -> list[ActorMention]:
        tokens = tokenize(text) if tokens is None else tokens

        def accept(match: Match[_Alias]) -> bool:
            alias = match.value
            if alias.after_the and not _THE_BEFORE.search(text, 0, match.start):
                return False
            if alias.form is not Form.PERSON or when is None:
                return True
            return (alias.start is None or alias.start <= when) and (
                alias.end is None or when <= alias.end
            )

        found: list[ActorMention] = []
        label = SPEAKER_LABEL.match(text)
        if label is not None:
            # "AUSTIN: …": the official in office with that surname, if only one country's.
            codes = {
                alias.code
                for alias in self.surnames.get(label.group(1).replace("’", "'"), [])
                if when is None
                or (
                    (alias.start is None or alias.start <= when)
                    and (alias.end is None or when <= alias.end)
                )
            }
            if len(codes) == 1:
                found.append(
                    ActorMention(
                        label.start(1), label.end(1), codes.pop(), Form.PERSON, False, False
                    )
                )
        for m in self.gazetteer.find(text, tokens, accept):
            if not m.value.code:
                continue
            if m.value.form is Form.NAME and _ACRONYM_BEFORE.search(
                text, max(0, m.start - 12), m.start
            ):
                continue  # "EUMAM Ukraine", "EUTM Mozambique": a mission's name
            hyphenated = text[m.start - 1 : m.start] == "-"
            if (
                text[m.end : m.end + 1].isalnum()
                or text[m.end : m.end + 1] == "$"
                or (self.currency is not None and self.currency.match(text, m.start))
                or (
                    # "pro-Russian" names no actor, "Franco-Italian" two, "US$" none.
                    hyphenated and not (found and found[-1].end == m.start - 1)
                )
            ):
                continue
            tail = text[m.end :]
            found.append(
                ActorMention(
                    m.start,
                    m.end,
                    m.value.code,
                    m.value.form,
                    bool(_POSSESSIVE.match(tail)),
                    bool(self.origin.match(tail)),
                    bool(self.leader.match(tail)),
                )
            )
        counted = (
            list(self.counted.finditer(text))
            if self.counted and any(noun in text for noun in self.counted_nouns)
            else []
        )
        for u in [*self.unspecified.finditer(text), *counted]:
            if any(a.start <= u.start(1) < a.end for a in found) or _PREDICATE_BEFORE.search(
                text, max(0, u.start(1) - 80), u.start(1)
            ):
                continue
            found.append(
                ActorMention(
                    u.start(1), u.end(1), UNSPECIFIED_ACTOR, Form.UNSPECIFIED, False, False
                )
            )
        found.sort(key=lambda a: a.start)
        return found
