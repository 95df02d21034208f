"""Assemble: turn the triggers, actors, items, numbers and dates of each sentence into
commitments, then keep one record per donor, recipient and category.

The grammar is that of a news sentence, read without a parser:
- a *frame* starts at a trigger ("will supply", "Canada's offer", "thanked … for
  providing") and runs to the next trigger that brings its own donor, or to the end of
  the clause;
- the donor is the subject (the nearest actor before the trigger that is not behind a
  preposition), a possessive ("Canada's offer"), "from X" for receive-verbs, "by X" for
  passives, or an earlier actor that a pronoun stands for ("her country", "we", "the
  package");
- the recipient is the first country after the trigger as object or behind "to", "for"
  or "with"; otherwise the article's most frequent recipient;
- every item category in the frame gives one record; a package's money goes to the
  package, not to each item.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from functools import cached_property

from tracker.domain import UNSPECIFIED_ACTOR, Category, Mention, Status
from tracker.extraction.actors import ActorMatcher, ActorMention, Form
from tracker.extraction.clean import BoilerplateRules, clean
from tracker.extraction.dates import DateKind, DateMention, DateReader, first_full_date
from tracker.extraction.frames import FrameGrammar, Trigger, VerbClass
from tracker.extraction.items import ItemMatcher, ItemMention
from tracker.extraction.numbers import Money, NumberReader
from tracker.extraction.sentences import Sentence, split
from tracker.extraction.tokens import Token, tokenize

_OBLIQUE = re.compile(
    r"\b(?:to|for|with|in|into|within|against|at|on|of|from|by|over|toward|towards|across|"
    r"near|inside|between|among|via|including|like|than|about|alongside|since|during)\s+"
    r"(?:the\s+|a\s+|an\s+|its\s+|their\s+|our\s+|his\s+|her\s+|your\s+|my\s+)?$",
    re.IGNORECASE,
)
_LOCATION_PREP = re.compile(r"\b(?:in|within|inside)\s+(?:the\s+)?$", re.IGNORECASE)
_COORDINATION = re.compile(
    r"^\s*(?:,|and|, and|&|as well as|along with)\s*"
    r"(?:the\s+|other\s+|its\s+|their\s+|fellow\s+)*$",
    re.IGNORECASE,
)
# "BRUSSELS, Feb 13 (Agency) - …": the filing date, weaker than a date in the sentence.
_DATELINE = re.compile(r"^[A-Z][\w .'’-]{1,40},\s+[^-–—(]{3,30}?(?:\s*\([^)]*\))?\s*[-–—]\s")
_SUBJECT_PRONOUN = re.compile(
    r"(?:^|[,;]\s*(?:and\s+)?|\band\s+)(?:it|they|he|she)\s+(?:\w+ly\s+|also\s+|has\s+|have\s+|had\s+)*$",
    re.IGNORECASE,
)
# A lower-case word that can head a noun phrase before a plural noun ("coast guard ships"),
# unlike a conjunction, pronoun or adverb before a verb ("and ships", "also sends").
_NOUN_BEFORE = re.compile(
    r"\b(?!(?:and|or|but|also|now|then|which|that|who|it|he|she|they|still|already|often|"
    r"regularly|reportedly)\b)[a-z]+\s+$"
)
_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
_BY = re.compile(r"\bby\s+(?:the\s+)?$", re.IGNORECASE)
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_COLON_END = re.compile(r":\s*$")
_WORDS = re.compile(r"[\w'’-]+")


@dataclass(frozen=True)
class Pipeline:
    """Everything the rules compile to; built once per rule set."""

    boilerplate: BoilerplateRules
    actors: ActorMatcher
    items: ItemMatcher
    numbers: NumberReader
    dates: DateReader
    grammar: FrameGrammar


@dataclass(frozen=True)
class Candidate:
    donor: str
    recipient: str
    category: Category
    item: str | None
    quantity: int | None
    money: Money | None
    status: Status
    announced_on: date | None
    date_level: int
    """2: the sentence gives the date; 1: an earlier sentence did; 0: publication or dateline."""
    delivery: str | None
    sentence: Sentence
    confidence: float


@dataclass
class Context:
    """What earlier sentences of the article established."""

    donor: str | None = None
    donor_age: int = 99
    """Sentences since `donor` was named."""
    recipient_of: dict[str, str] = field(default_factory=dict)
    """The last recipient of each donor: "Berlin's total commitments" are for the same country."""
    history: list[Analysis] = field(default_factory=list)
    list_frame: tuple[str, str | None, Status] | None = None
    """Donor, explicit recipient and status of a sentence ending in a colon."""


@dataclass
class Analysis:
    """One sentence, read. Actors and items are looked up only when a rule asks: most
    sentences of an article have no trigger and never need them."""

    sentence: Sentence
    text: str
    tokens: list[Token]
    triggers: list[Trigger]
    date: date | None
    date_explicit: bool
    vague: bool
    dateline: bool
    pipeline: Pipeline
    reference: date | None
    date_level: int = 0
    frames: list[Frame] | None = None

    @cached_property
    def actors(self) -> list[ActorMention]:
        """Actor mentions, without place names that only qualify an event ("the
        Washington summit")."""
        found = self.pipeline.actors.find(self.text, self.reference, self.tokens)
        event = self.pipeline.grammar.event
        if event is None:
            return found
        return [
            x
            for x in found
            if x.form not in (Form.CAPITAL, Form.NAME) or not event.match(self.text, x.end)
        ]

    @cached_property
    def items(self) -> list[ItemMention]:
        return self.pipeline.items.find(self.text, self.tokens)

    @cached_property
    def clauses(self) -> list[tuple[int, int]]:
        return self.pipeline.grammar.clauses(self.text)

    def clause(self, position: int) -> tuple[int, int]:
        """The clause that holds `position`."""
        for span in self.clauses:
            if position < span[1]:
                return span
        return self.clauses[-1]


@dataclass
class Frame:
    triggers: list[Trigger] = field(default_factory=list)
    donors: list[str] = field(default_factory=list)
    scope_end: int | None = None
    """Where the aid stops being named, when the roles say so ("received X from Y")."""


def _compounds(s: str, items: list[ItemMention]) -> list[ItemMention]:
    """Join item names that form one noun phrase: "Patriot interceptor missiles" is one
    air-defence item. A named system decides the category; otherwise the head noun does."""
    joined: list[ItemMention] = []
    for item in items:
        if joined and re.fullmatch(r"[\s\-]{1,2}", s[joined[-1].end : item.start]):
            first = joined[-1]
            owner = first if first.proper and not item.proper else item
            joined[-1] = replace(
                owner, start=first.start, end=item.end, proper=first.proper or item.proper
            )
        else:
            joined.append(item)
    return joined


def _earlier_person(ctx: Context) -> tuple[list[str], bool]:
    """The country of the last official or national named in earlier sentences."""
    for earlier in reversed(ctx.history):
        people = [x for x in earlier.actors if x.form in (Form.PERSON, Form.DEMONYM)]
        if people:
            return [people[-1].code], True
    return [], True


def _strip_spans(text: str, spans: list[DateMention]) -> str:
    for d in sorted(spans, key=lambda d: d.start, reverse=True):
        text = text[: d.start] + " " + text[d.end :]
    return re.sub(r"\b\d{1,2}:\d{2}\b", " ", text)


def _is_country(code: str) -> bool:
    """ISO 3166-1 alpha-3: organisations and unnamed donors are never recipients."""
    return len(code) == 3 and code.isalpha()


def _words(text: str) -> int:
    return len(_WORDS.findall(text))


class Assembler:
    def __init__(self, pipeline: Pipeline) -> None:
        self.p = pipeline

    # -- per sentence ------------------------------------------------------------

    def analyse(self, text: str, sentence: Sentence, reference: date | None) -> Analysis:
        s = sentence.text(text)
        dates = self.p.dates.find(s, reference)
        days = [d for d in dates if d.kind is DateKind.DAY]
        prefix = _DATELINE.match(s)
        if prefix and len(days) > 1:
            days = [d for d in days if d.start >= prefix.end()] or days
        explicit: date | None = None
        if days:
            speech = self.p.grammar.speech
            after_speech = [
                d
                for d in days
                if speech is not None and speech.search(s[max(0, d.start - 60) : d.start])
            ]
            explicit = (after_speech or days)[0].value
        tokens = tokenize(s)
        return Analysis(
            sentence,
            s,
            tokens,
            self.p.grammar.triggers(s, tokens),
            explicit,
            explicit is not None,
            explicit is None and self.p.dates.is_vague(s),
            sentence.heading and bool(dates) and _words(_strip_spans(s, dates)) <= 2,
            self.p,
            reference,
        )

    # -- roles ---------------------------------------------------------------------

    @staticmethod
    def _oblique(s: str, actor: ActorMention) -> bool:
        return bool(_OBLIQUE.search(s[max(0, actor.start - 30) : actor.start]))

    def _coordinated(self, s: str, actors: list[ActorMention], head: ActorMention) -> list[str]:
        """The head actor and those joined to it: "Belgium, Denmark and Norway have pledged".

        A demonym before an unnamed-donor noun names it ("British partners" → GBR); a
        named donor makes "its partners" beside it redundant; commas alone do not
        coordinate ("from London, Ukraine has …").
        """
        codes = [head.code]
        index = actors.index(head)
        current = head
        joined_by_and = False
        for prev in reversed(actors[:index]):
            between = s[prev.end : current.start]
            if not between.strip():
                if (
                    current.form is Form.UNSPECIFIED
                    and prev.form is not Form.UNSPECIFIED
                    and not prev.possessive
                ):
                    codes[0] = prev.code
                current = prev
                continue
            if not _COORDINATION.match(between) or prev.origin:
                break
            joined_by_and = joined_by_and or "," not in between.strip() or "and" in between
            if re.search(r"\b(?:its|their)\s*$", between, re.IGNORECASE):
                codes = [prev.code]
            else:
                codes.insert(0, prev.code)
            current = prev
        if len(codes) > 1 and (not joined_by_and or self._oblique(s, current)):
            codes = [codes[-1]]
        named = [c for c in codes if c != UNSPECIFIED_ACTOR]
        return list(dict.fromkeys(named or codes))

    def _subject(self, a: Analysis, start: int, before: int, people: bool = True) -> list[str]:
        """Actors that are the subject of a verb at `before`: nearest non-oblique on the left.

        A possessive counts when it owns the subject ("France's efforts in preparing",
        "Spain's defence ministry confirmed"), not when it sits in an earlier phrase."""
        s = a.text
        officials = self.p.grammar.officials
        for actor in reversed([x for x in a.actors if start <= x.start and x.end <= before]):
            if not people and actor.form is Form.PERSON:
                continue
            if (
                actor.possessive
                and officials is not None
                and officials.match(s, actor.end)
                and not self._oblique(s, actor)
            ):
                return [actor.code]
            gap = s[actor.end : before]
            if actor.possessive and ("," in gap or _words(gap) > 4):
                continue
            if actor.origin or self._oblique(s, actor):
                continue
            return self._coordinated(s, a.actors, actor)
        return []

    def _possessor(self, a: Analysis, trigger: Trigger) -> list[str]:
        """ "Canada's offer", "Danish donations", "aid from Denmark" """
        s = a.text
        for actor in reversed([x for x in a.actors if x.end <= trigger.start]):
            gap = s[actor.end : trigger.start]
            if _words(gap) > 3 or any(ch in gap for ch in ",;:"):
                break
            if actor.possessive or (actor.form is Form.DEMONYM and not self._oblique(s, actor)):
                return [actor.code]
            break
        tail = s[trigger.end : trigger.end + 40]
        m = re.match(r"\s+from\s+(?:the\s+)?", tail)
        if m:
            for actor in a.actors:
                if actor.start == trigger.end + m.end():
                    return [actor.code]
        return []

    def _after(
        self, a: Analysis, trigger: Trigger, end: int, pattern: re.Pattern[str]
    ) -> list[str]:
        s = a.text
        for actor in a.actors:
            if trigger.end <= actor.start < end and pattern.search(
                s[max(0, actor.start - 20) : actor.start]
            ):
                return self._coordinated_forward(s, a.actors, actor, end)
        return []

    @staticmethod
    def _coordinated_forward(
        s: str, actors: list[ActorMention], head: ActorMention, end: int
    ) -> list[str]:
        codes = [head.code]
        current = head
        for nxt in actors[actors.index(head) + 1 :]:
            if nxt.start >= end or not _COORDINATION.match(s[current.end : nxt.start]):
                break
            codes.append(nxt.code)
            current = nxt
        return codes

    def _pronoun_donor(self, a: Analysis, trigger: Trigger, ctx: Context) -> tuple[list[str], bool]:
        """Donor a pronoun stands for; the flag says whether it came from earlier sentences."""
        g = self.p.grammar
        window = a.text[: trigger.end if trigger.nominal else trigger.start]
        in_sentence = [
            x for x in a.actors if x.end <= trigger.start and x.form in (Form.PERSON, Form.DEMONYM)
        ]
        if g.person_pronouns is not None and g.person_pronouns.search(window):
            if in_sentence:
                return [in_sentence[-1].code], False
            return _earlier_person(ctx)
        if g.speaker_pronouns is not None and g.speaker_pronouns.search(window):
            people = [x for x in a.actors if x.form is Form.PERSON]
            if people:
                return [people[0].code], False
            return _earlier_person(ctx)
        if (
            g.package_pronouns is not None
            and not _PASSIVE.search(window)
            and re.search(
                g.package_pronouns.pattern + r"(?:\s+[\w-]+){0,3}\s*$", window, re.IGNORECASE
            )
            and ctx.donor
            and ctx.donor_age <= 3
        ):
            return [ctx.donor], True
        return [], False

    # -- frames --------------------------------------------------------------------

    def frames(self, a: Analysis) -> list[Frame]:
        """Group the sentence's triggers into frames; each frame has one set of donors.

        Computed once per sentence: the article pass that counts recipients and the
        sentence pass that builds records share the result."""
        if a.frames is None:
            a.frames = self._frames(a)
        return a.frames

    def _frames(self, a: Analysis) -> list[Frame]:
        frames: list[Frame] = []
        for trigger in a.triggers:
            if not trigger.nominal and self._modified_noun(a, trigger):
                continue
            own: list[str] = []
            if trigger.nominal:
                own = self._possessor(a, trigger)
            if frames:
                last = frames[-1].triggers[-1]
                same_clause = a.clause(last.start) == a.clause(trigger.start)
                infinitive = bool(re.search(r"\bto\s+$", a.text[: trigger.start]))
                if not own and not trigger.nominal and not infinitive:
                    own = [
                        code
                        for code in self._subject(a, last.end, trigger.start)
                        if not self._is_object(a, last, code)
                    ]
                if same_clause and not own:
                    frames[-1].triggers.append(trigger)
                    continue
            frames.append(Frame([trigger], own))
        return frames

    @staticmethod
    def _modified_noun(a: Analysis, trigger: Trigger) -> bool:
        """ "a helicopter transfer", "a Philippine supply boat": a verb form right after an
        item or a nationality is a noun; so is one followed by a finite verb ("the coast
        guard ships fired", "the supplies were")."""
        before = a.text[: trigger.start]
        if (
            a.text[trigger.start : trigger.end].lower().endswith("s")
            and re.match(r"\s+(?:were|are|have|had|[a-z]+ed)\b", a.text[trigger.end :])
            and _NOUN_BEFORE.search(before)
        ):
            return True
        if trigger.past or not before.endswith(" ") or before.endswith(("  ", ", ")):
            return False
        stop = len(before.rstrip())
        return any(i.end == stop for i in a.items) or any(
            x.end == stop and x.form is Form.DEMONYM for x in a.actors
        )

    @staticmethod
    def _is_object(a: Analysis, trigger: Trigger, code: str) -> bool:
        """The actor right after a trigger is its object: "thanked partners for providing"."""
        for actor in a.actors:
            if actor.start >= trigger.end and actor.code == code:
                return (
                    re.fullmatch(
                        r"\s*(?:the\s+|its\s+|their\s+|western\s+|foreign\s+)*",
                        a.text[trigger.end : actor.start],
                        re.IGNORECASE,
                    )
                    is not None
                )
        return False

    def _scope_end(self, a: Analysis, frames: list[Frame], index: int) -> int:
        last = frames[index].triggers[-1]
        clause_end = a.clause(last.start)[1]
        if index + 1 < len(frames):
            return min(clause_end, frames[index + 1].triggers[0].start)
        return clause_end

    def _frame_items(self, a: Analysis, frame: Frame, start: int, end: int) -> list[ItemMention]:
        first = frame.triggers[0]
        items = [i for i in a.items if start <= i.start < end]
        if not items:
            clause_start = a.clause(first.start)[0]
            before = [i for i in a.items if clause_start <= i.start and i.end <= first.start]
            items = before[-1:]
        return self._aid_items(a.text, items)

    def _with_systems(self, items: list[ItemMention]) -> list[ItemMention]:
        """ "an IRIS-T fire unit … and missiles for the system": a generic part takes the
        category of a named system in the same frame (frames.yaml `system_parts`)."""
        parts = self.p.grammar.rules.system_parts
        systems = {i.category for i in items if i.proper}
        return [
            replace(i, category=parts[i.item_id])
            if i.item_id in parts and parts[i.item_id] in systems
            else i
            for i in items
        ]

    def _aid_items(self, s: str, items: list[ItemMention]) -> list[ItemMention]:
        """Drop targets ("detecting enemy aircraft") and the Y of "X for Y" ("missiles for
        its Crotale system" are air defence; "spare parts for tanks" are not tanks)."""
        blockers = self.p.grammar.blockers
        kept: list[ItemMention] = []
        purpose_end = -1
        for item in _compounds(s, items):
            if blockers is not None and blockers.search(s[max(0, item.start - 40) : item.start]):
                continue
            if item.start < purpose_end:
                owner = kept[-1]
                if (
                    owner.category in (Category.MISSILES, Category.AMMUNITION)
                    and item.category is Category.AIR_DEFENSE
                ):
                    kept[-1] = replace(owner, category=Category.AIR_DEFENSE)
                continue
            kept.append(item)
            if m := re.match(r"\s+for\s+", s[item.end :]):
                stop = re.search(r"[,;.]|$", s[item.end + m.end() :])
                purpose_end = item.end + m.end() + (stop.start() if stop else 0)
        return kept

    # -- sentence → candidates ---------------------------------------------------

    def candidates(
        self, a: Analysis, ctx: Context, defaults: tuple[str, ...], announced: date | None
    ) -> list[Candidate]:
        frames = self.frames(a)
        found = self._frame_candidates(a, frames, ctx, defaults, announced)
        if not found and ctx.list_frame and a.items:
            donor, recipient, status = ctx.list_frame
            items = self._aid_items(a.text, a.items)
            return self._records(
                a,
                items,
                [donor],
                recipient,
                defaults,
                status,
                0,
                0,
                len(a.text),
                announced,
                0.7,
            )
        return found

    def _frame_candidates(
        self,
        a: Analysis,
        frames: list[Frame],
        ctx: Context,
        defaults: tuple[str, ...],
        announced: date | None,
    ) -> list[Candidate]:
        g = self.p.grammar
        found: list[Candidate] = []
        for index, frame in enumerate(frames):
            first = frame.triggers[0]
            if g.cancelled_by(a.text, first, a.clause(first.start)):
                continue
            clause_start, _ = a.clause(first.start)
            end = self._scope_end(a, frames, index)
            verbs = [t for t in frame.triggers if not t.nominal]
            head = verbs[0] if verbs else first
            status = g.status(a.text, head, clause_start)
            if self._gives_to_non_state(a, head):
                continue
            donors, recipients, inherited = self._roles(
                a, frame, first, head, clause_start, end, ctx
            )
            if not donors:
                continue
            end = frame.scope_end or end
            recipient = next(iter(recipients), None)
            confidence = 0.9 - (0.2 if inherited else 0) - (0.1 if not recipients else 0)
            if a.sentence.heading:
                confidence -= 0.15
            if _COLON_END.search(a.text):
                ctx.list_frame = (donors[0], recipient, status)
            items = self._with_systems(self._frame_items(a, frame, first.start, end))
            items = items + self._category_verb_items(a, verbs, end)
            if first.cls in (VerbClass.USE, VerbClass.ARRIVE):
                fallback = recipient or next(iter(defaults), None)
                speakers = []
                if first.cls is VerbClass.ARRIVE:
                    speakers = self._receive_fallback(a, ctx, [fallback or ""], first.start)
                found += self._use_records(
                    a, items, fallback, status, announced, confidence, speakers
                )
            else:
                for donor in donors:
                    records = self._records(
                        a,
                        items,
                        [donor],
                        recipient or ctx.recipient_of.get(donor),
                        defaults,
                        status,
                        frame.triggers[0].start,
                        clause_start,
                        end,
                        announced,
                        confidence,
                    )
                    ctx.recipient_of.update((r.donor, r.recipient) for r in records)
                    found += records
            ctx.donor, ctx.donor_age = donors[0], 0
        return found

    @staticmethod
    def _gives_to_non_state(a: Analysis, verb: Trigger) -> bool:
        """ "gave Rosgvardia …": the first object is a named body that is not a state."""
        if verb.nominal or verb.cls is not VerbClass.TRANSFER:
            return False
        m = re.match(
            r"\s+([A-Z][a-z]+)\s+(?:a|an|the|this|that|its|their|more|new|another|additional|\d)\b",
            a.text[verb.end :],
        )
        if not m:
            return False
        start = verb.end + m.start(1)
        return not any(x.start == start for x in a.actors) and not any(
            i.start == start for i in a.items
        )

    def _category_verb_items(
        self, a: Analysis, verbs: list[Trigger], end: int
    ) -> list[ItemMention]:
        """ "train their Ukrainian pilots", "preparing a brigade": the verb names the aid."""
        g = self.p.grammar
        found = []
        for verb in verbs:
            category = g.category_of(verb)
            if category is None:
                continue
            obj = re.match(
                r"[^,;.:]{2,60}?(?=\s+(?:and|in|to|with|for|by|at)\b|[,;.:]|$)",
                a.text[verb.end : end],
            )
            if obj and g.trainees is not None and g.trainees.search(obj.group(0)):
                found.append(
                    ItemMention(verb.start, verb.end + obj.end(), verb.base, verb.base, category)
                )
        return found

    def _roles(
        self,
        a: Analysis,
        frame: Frame,
        first: Trigger,
        head: Trigger,
        clause_start: int,
        end: int,
        ctx: Context,
    ) -> tuple[list[str], list[str], bool]:
        s = a.text
        inherited = False
        if first.cls in (VerbClass.RECEIVE, VerbClass.USE):
            donors = self._after(a, first, end, _FROM)
            m = re.search(r"\bfrom\b", s[first.end : end])
            if donors and m and any(first.end <= i.start < first.end + m.start() for i in a.items):
                frame.scope_end = first.end + m.start()
            recipients = [x for x in self._subject(a, clause_start, first.start) if _is_country(x)]
            if first.cls is VerbClass.USE:
                return donors or ["_per_item"], recipients, inherited
            if not donors:
                donors, inherited = self._receive_fallback(a, ctx, recipients, first.start), True
            return donors, recipients, inherited
        if first.cls is VerbClass.ARRIVE:
            recipients = self._recipients(a, head, end, [], frame)
            return ["_per_item"], recipients, inherited
        if first.cls is VerbClass.THANK:
            after = [x for x in a.actors if first.end <= x.start < end]
            donors = [after[0].code] if after else []
            recipients = [x for x in self._subject(a, clause_start, first.start) if _is_country(x)]
            return donors, recipients, inherited
        passive = head.past and bool(_PASSIVE.search(s[max(0, head.start - 25) : head.start]))
        by_agent = self._by_agent(a, head) if head.past else []
        if passive and not by_agent:
            agent_end = re.search(r",|\band\b|\b\w+ed\s+by\b|$", s[head.end : end])
            by_agent = self._after(a, head, head.end + agent_end.start() if agent_end else end, _BY)
        if by_agent:
            subject = [
                x
                for x in self._subject(a, clause_start, head.start, people=False)
                if _is_country(x)
            ]
            recipients = [x for x in subject if x not in by_agent]
            return by_agent, recipients or self._recipients(a, head, end, by_agent, frame), False
        donors = (
            list(frame.donors) or self._possessor(a, first) if first.nominal else list(frame.donors)
        )
        if not donors and _SUBJECT_PRONOUN.search(s[: first.start]):
            donors = self._sentence_subject(a)
        if not donors:
            donors = self._subject(a, clause_start, first.start)
        if not donors:
            donors, inherited = self._pronoun_donor(a, first, ctx)
        if not donors and passive and ctx.donor and ctx.donor_age <= 1:
            donors, inherited = [ctx.donor], True
        recipients = self._recipients(a, head if not head.nominal else first, end, donors, frame)
        return donors, recipients, inherited

    def _sentence_subject(self, a: Analysis) -> list[str]:
        """The first actor of the sentence that is not behind a preposition or a possessive
        of something else: what "it" and "they" later in the sentence stand for."""
        for actor in a.actors:
            if actor.possessive or actor.origin or self._oblique(a.text, actor):
                continue
            return [actor.code]
        return []

    @staticmethod
    def _receive_fallback(
        a: Analysis, ctx: Context, recipients: list[str], before: int
    ) -> list[str]:
        """ "Ukraine is to receive 25 more LAV 6" with no "from X": the donor named in the
        previous sentence, or the official or capital that speaks in this one."""
        speakers = [
            x.code
            for x in a.actors
            if x.end <= before
            and x.form in (Form.PERSON, Form.CAPITAL, Form.INSTITUTION)
            and x.code not in recipients
        ]
        if speakers:
            return speakers[:1]
        if ctx.donor and ctx.donor_age <= 2 and ctx.donor not in recipients:
            return [ctx.donor]
        return []

    def _by_agent(self, a: Analysis, verb: Trigger) -> list[str]:
        """ "tanks supplied by Germany": the agent right after a participle is the donor."""
        m = re.match(r"\s+by\s+(?:the\s+)?", a.text[verb.end :])
        if not m:
            return []
        for actor in a.actors:
            if actor.start == verb.end + m.end():
                return self._coordinated_forward(a.text, a.actors, actor, len(a.text))
        return []

    def _recipients(
        self, a: Analysis, trigger: Trigger, end: int, donors: list[str], frame: Frame
    ) -> list[str]:
        s = a.text
        allow_location = trigger.cls in (VerbClass.SUPPORT, VerbClass.ARRIVE) or any(
            t.base == "invest" for t in frame.triggers
        )
        for actor in a.actors:
            if not (trigger.end <= actor.start < end) or actor.origin or actor.code in donors:
                continue
            if not _is_country(actor.code) or actor.form is Form.PERSON:
                continue
            before = s[trigger.end : actor.start]
            direct = not before.strip() or re.fullmatch(r"\s*(?:the|its|their)\s*", before)
            if actor.form is Form.DEMONYM:
                unit = self.p.grammar.trainees
                direct = bool(
                    re.fullmatch(r"\s*(?:a|an|the|its|their|his|her)?\s*", before)
                    and unit is not None
                    and unit.match(s, actor.end + 1)
                )
            context = s[max(0, actor.start - 20) : actor.start]
            if (
                direct
                or self.p.grammar.recipient_prep.search(context)
                or (allow_location and _LOCATION_PREP.search(context))
            ):
                return [actor.code]
        return []

    def _group(self, a: Analysis, items: list[ItemMention]) -> dict[Category, list[ItemMention]]:
        groups: dict[Category, list[ItemMention]] = {}
        for item in items:
            groups.setdefault(item.category, []).append(item)
        return groups

    def _item_text(self, a: Analysis, group: list[ItemMention]) -> str:
        first = group[0]
        end = first.end
        for item in group[1:]:
            gap = a.text[end : item.start]
            if _words(gap) <= 1 and not any(ch in gap for ch in ",;:("):
                end = item.end
            else:
                break
        return a.text[first.start : end].strip(" \"'“”")

    def _records(
        self,
        a: Analysis,
        items: list[ItemMention],
        donors: list[str],
        recipient: str | None,
        defaults: tuple[str, ...],
        status: Status,
        trigger_start: int,
        start: int,
        end: int,
        announced: date | None,
        confidence: float,
    ) -> list[Candidate]:
        donor = donors[0]
        if recipient is None:
            recipient = next((code for code in defaults if code != donor), None)
            confidence -= 0.1
        if recipient is None:
            return []
        groups = self._group(a, items)
        money = [
            m
            for m in self.p.numbers.money(a.text, donor)
            if start <= m.start < end and not m.restated
        ]
        value = money[0] if money else None
        specific = [c for c in groups if c is not Category.UNSPECIFIED]
        target = self._money_target(a.text, value, items, groups) if value else None
        if target is Category.UNSPECIFIED:
            groups.setdefault(Category.UNSPECIFIED, [])
        elif Category.UNSPECIFIED in groups and specific:
            del groups[Category.UNSPECIFIED]
        delivery = self.p.dates.delivery_frame(
            a.text, min([trigger_start, *(i.start for i in items)])
        )
        out: list[Candidate] = []
        for category, group in groups.items():
            if donor == recipient:
                continue
            quantity = None
            floor = 0
            for item in group:
                prior = [m.end for m in money if m.end <= item.start]
                q = self.p.numbers.quantity_before(a.text, item.start, max([floor, *prior]))
                floor = item.end
                if q is not None:
                    quantity = q.value
                    break
            gets_money = category is target
            out.append(
                Candidate(
                    donor=donor,
                    recipient=recipient,
                    category=category,
                    item=self._item_text(a, group) if group else None,
                    quantity=quantity,
                    money=value if gets_money else None,
                    status=status,
                    announced_on=announced,
                    date_level=a.date_level,
                    delivery=delivery,
                    sentence=a.sentence,
                    confidence=max(0.05, min(1.0, confidence - (0.1 if not group else 0))),
                )
            )
        return out

    def _money_target(
        self,
        s: str,
        value: Money,
        items: list[ItemMention],
        groups: dict[Category, list[ItemMention]],
    ) -> Category | None:
        """Which record carries the money: the item it is tied to ("radars worth ¥1.6bn",
        "€90m for howitzers"), else the package ("a €1.3bn package"), else the only
        category; money spread over several items goes to none of them."""
        g = self.p.grammar
        for index, item in enumerate(items):
            if item.end <= value.start and g.worth and g.worth.fullmatch(s, item.end, value.start):
                return item.category
            if (
                item.start >= value.end
                and g.paying_for
                and g.paying_for.fullmatch(s, value.end, item.start)
            ):
                following = items[index + 1] if index + 1 < len(items) else None
                if following is not None and re.fullmatch(
                    r"\s*(?:,|and|, and|or)\s*(?:[\w-]+\s+){0,2}", s[item.end : following.start]
                ):
                    return None
                return item.category
        package = g.package is not None and bool(
            g.package.search(s[max(0, value.start - 40) : value.end + 40])
        )
        specific = [c for c in groups if c is not Category.UNSPECIFIED]
        if package or Category.UNSPECIFIED in groups or not specific:
            return Category.UNSPECIFIED
        return specific[0] if len(specific) == 1 else None

    def _use_records(
        self,
        a: Analysis,
        items: list[ItemMention],
        recipient: str | None,
        status: Status,
        announced: date | None,
        confidence: float,
        speakers: list[str],
    ) -> list[Candidate]:
        """ "has begun using US-made ATACMS and British Storm Shadow": the maker is the donor;
        "Belgian F-16 jets are due to arrive": the nationality, else the speaker."""
        out: list[Candidate] = []
        for item in items:
            makers = [
                x.code
                for x in a.actors
                if x.end <= item.start and _words(a.text[x.end : item.start]) <= 1
            ] or speakers
            if not makers or recipient is None or makers[-1] == recipient:
                continue
            quantity = self.p.numbers.quantity_before(a.text, item.start)
            out.append(
                Candidate(
                    makers[-1],
                    recipient,
                    item.category,
                    self._item_text(a, [item]),
                    quantity.value if quantity else None,
                    None,
                    status,
                    announced,
                    a.date_level,
                    None,
                    a.sentence,
                    confidence - 0.2,
                )
            )
        return out


def _merge(group: list[Candidate]) -> Candidate:
    """One record from repeats of a commitment: body beats headline, gaps filled in order."""
    ordered = sorted(group, key=lambda c: (c.sentence.heading, c.sentence.start))
    best = ordered[0]
    for other in ordered[1:]:
        if best.quantity is None and other.quantity is not None:
            best = replace(best, quantity=other.quantity)
        if best.money is None and other.money is not None:
            best = replace(best, money=other.money)
        if best.delivery is None and other.delivery is not None:
            best = replace(best, delivery=other.delivery)
        if best.date_level == 0 and other.date_level > 0:
            best = replace(best, announced_on=other.announced_on, date_level=other.date_level)
    return replace(best, confidence=max(c.confidence for c in group))


def _reference_date(
    text: str, published: date | None, stamp: date | None, dates: DateReader
) -> date | None:
    """What relative dates are resolved against: publication, crawl stamp, first full date."""
    if published is not None:
        return published
    if stamp is not None:
        return stamp
    return first_full_date(text)


def assemble(text: str, published: date | None, pipeline: Pipeline) -> list[Mention]:
    """The commitments of one article."""
    cleaned = clean(text, pipeline.boilerplate)
    sentences = split(text, cleaned.lines)
    reference = _reference_date(text, published, cleaned.stamp_reference, pipeline.dates)
    assembler = Assembler(pipeline)
    analyses = [assembler.analyse(text, s, reference) for s in sentences]

    first_explicit = next((i for i, a in enumerate(analyses) if a.date_explicit), None)
    lead = None
    if first_explicit is not None and first_explicit < 5:
        lead = analyses[first_explicit]
    default_date = lead.date if lead else published or cleaned.stamp_date
    current_level = 1 if lead and not lead.dateline else 0

    recipients: Counter[str] = Counter()
    ctx = Context()
    for a in analyses:
        for frame in assembler.frames(a):
            trigger = frame.triggers[0]
            if trigger.cls in (VerbClass.RECEIVE, VerbClass.USE, VerbClass.THANK):
                continue
            end = assembler._scope_end(a, [frame], 0)
            recipients.update(assembler._recipients(a, trigger, end, frame.donors, frame)[:1])
    defaults = tuple(code for code, _ in recipients.most_common())
    if not defaults:
        mentioned = Counter(x.code for a in analyses for x in a.actors if _is_country(x.code))
        defaults = tuple(code for code, _ in mentioned.most_common())

    candidates: list[Candidate] = []
    current = default_date
    for a in analyses:
        ctx.donor_age += 1
        if a.date_explicit:
            current, current_level = a.date, 0 if a.dateline else 1
        announced = None if a.vague else (a.date if a.date_explicit else current)
        a.date_level = 2 if a.date_explicit and not a.dateline else current_level
        if ctx.list_frame and (_words(a.text) > 20 or not a.items):
            ctx.list_frame = None
        candidates += assembler.candidates(a, ctx, defaults, announced)
        ctx.history.append(a)

    named = {(c.recipient, c.category) for c in candidates if c.donor != UNSPECIFIED_ACTOR}
    candidates = [
        c
        for c in candidates
        if not (
            c.sentence.heading
            and c.donor == UNSPECIFIED_ACTOR
            and (c.recipient, c.category) in named
        )
    ]
    groups: dict[tuple[str, str, Category], list[Candidate]] = {}
    for c in candidates:
        groups.setdefault((c.donor, c.recipient, c.category), []).append(c)
    mentions = []
    for group in groups.values():
        c = _merge(group)
        s = c.sentence
        mentions.append(
            Mention(
                donor=c.donor,
                recipient=c.recipient,
                category=c.category,
                item=c.item,
                quantity=c.quantity,
                value_amount=c.money.amount.quantize(Decimal("0.01"))
                if c.money and c.money.amount is not None
                else None,
                value_currency=c.money.currency if c.money and c.money.amount is not None else None,
                status=c.status,
                announced_on=c.announced_on,
                delivery=c.delivery,
                evidence=text[s.start : s.end],
                evidence_start=s.start,
                evidence_end=s.end,
                confidence=round(c.confidence, 3),
            )
        )
    mentions.sort(key=lambda m: (m.evidence_start, m.donor, m.category.value))
    return mentions
