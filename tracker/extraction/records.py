"""Records: the items of a frame become one candidate record per category.

A frame's items are cleaned first (targets such as "enemy aircraft" dropped, "missiles
for Crotale" joined to their system, compounds such as "Patriot interceptor missiles"
read as one item); each category gets the first count written before its items; money
goes to the item it is tied to, to the package, or to the only category — never copied
onto every item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from tracker.domain import Category, Status
from tracker.extraction.frames import Trigger, VerbClass
from tracker.extraction.items import ItemMention
from tracker.extraction.numbers import Money
from tracker.extraction.reading import Analysis, Pipeline, count_words
from tracker.extraction.roles import BY_AGENT, NO_OBJECT, Frame
from tracker.extraction.sentences import Sentence

# A clause about a country or person, not about the aid: "goes to Ukraine, whose forces
# have been rationing artillery ammunition".
_ABOUT_ACTOR = re.compile(r",\s*(?:whose|who)\b[^,;:]*")
_WHOSE_AID = re.compile(r",\s*whose\s+(?:[\w-]+\s+)?")
_WHOSE = re.compile(r",\s*whose\b")
# A relative clause describing an item, not listing contents: "the spare parts that keep
# the Challenger tanks in the fight" (but "a package that includes tanks").
_ABOUT_ITEM = re.compile(
    r"\s+(?:that|which)\s+(?!(?:also\s+)?(?:includ|compris|consist|contain|cover))[a-z]+\b[^,;:]*"
)
# "to" before a verb, not the "to" of money going to something ("€5m to drones",
# "A$20m to training").
_INFINITIVE = re.compile(r"\b(?!(?:go|goes|went|going)\s)[a-z]+\s+to\s+$")
# From an item to the verb of an object relative clause on it: "tanks that Warsaw has".
# "which the UK started to transfer", "that it has agreed to send": the verb's phase.
_PHASE = r"(?:(?:start|began|begun|continu|agree|decid|plan|intend)\w*\s+to\s+)?"
_OBJECT_RELATIVE_TO = re.compile(
    # "the CV90, 50 of which Sweden pledged", "the first two of which Washington
    # delivered": a part of the items, counted.
    r"(?:\s+[a-z]+)?,?\s+(?:that|which|(?:[\w,.-]+\s+){1,3}of\s+which)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*\s+"
    r"(?:(?:has|have|had|will|would|is|are|was|were)\s+)?(?:\w+ly\s+)?" + _PHASE
)
_PART_OF_WHICH = re.compile(r"[\w\s-]{0,40}?,\s+(?=[\w,.-]+\s+of\s+which\b)")
_PRONOUN_RELATIVE_TO = re.compile(
    r"\s+(?:(?:that|which)\s+)?(?:it|they)\s+(?:(?:has|have|had|will|would)\s+)?(?:\w+ly\s+)?"
    + _PHASE
)
_WITH_BEFORE = re.compile(r"\bwith\s+(?:(?:its|their|the|his|her)\s+)?(?:[\w-]+\s+){0,3}$")
# "supplied by Germany", "financed jointly by": the agent of a participle follows.
# "The 52 Gepards sent since 2022 have become …": a participle then an adjunct.
_REDUCED_RELATIVE = re.compile(r"\s+(?:since|so\s+far|last|earlier|in\s+(?:19|20)\d\d)\b")
# What humanitarian aid is, or pays for: "…, including generators", "…, to pay for food".
_EXAMPLES = re.compile(r"[^.;]*?,\s*(?:including|such as|to pay for|to buy|to fund)\s")
_RESTATED = re.compile(r",\s*or\s+(?:the\s+)?$")
# "more than 30", "about 30": a count told roughly.
_ABOUT = r"(?:(?:more than|over|about|some)\s+)?"
# Between two items of one list: "35 missiles and 20 drones", "missiles, drones".
_CONJOINED = re.compile(r"\s*(?:,|,?\s+(?:and|or))\s+" + _ABOUT + r"[\d,.]*\s*")
_SHARED_MODIFIER = re.compile(r"\s+(?:and|or)\s+(?:\d[\w.-]*\s+)?")
_TARGET_LIST = re.compile(r"\s+(?:and|or)\s+(?:[a-z-]+\s+)?")
# "trained on the Leopard and the Marder", "pilots on fighter aircraft, including F-16s"
_BLOCKED_GOES_ON = re.compile(
    r"\s+(?:and|or)\s+(?:[a-z-]+\s+)?|,\s*(?:including|such\s+as|notably)\s+(?:the\s+)?"
)
# "X for Y", "bomb kits for Y", "a hub in western Ukraine for Y": what the item serves,
# not more aid.
_PURPOSE = re.compile(
    r"(?:\s+(?!and\b|or\b)[a-z]+)?\s+(?:(?:in|at|near)\s+(?:[\w'’-]+\s+){1,3}?)?for\s+"
)
# Between two items of one noun phrase list: "Archer howitzers and the 50 CV90 vehicles".
# (and "anti-tank weapons with 400 rockets": a thing with what it fires)
_JOINED_ITEMS = re.compile(
    r"[\s-]*|[\w\s-]{0,30}?(?:,|\band\b)\s*(?:the\s+)?(?:[\d,]+\s+)?[\w\s-]{0,20}"
    r"|\s+with\s+(?:[\d,]+\s+)?"
)
# Before the first item of a subject: "The eight Archer …", "All 50 CV90 …", "Some 90
# Marder …", "Germany's 18 Leopard …"; a part of them: "The last of the Archer …".
_SUBJECT_START = re.compile(
    r"\W*(?:(?:the\s+)?(?:last|first|rest|remainder|bulk|majority|all|some|most|half)\s+of\s+)?"
    r"(?:(?:the|these|those|its|their|all|both|[\w-]+['’]s?)\s+)?"
    r"(?:(?:some|about|around|nearly|almost|over|roughly|another|a\s+further)\s+)?"
    r"(?:[\w,]+\s+)?",
    re.IGNORECASE,
)
# The subject before a passive ("About 5,000 Ukrainian troops have been trained").
_PASSIVE_SUBJECT = re.compile(
    r"\W*((?:[^,;:]|(?<=\d),(?=\d)){2,60}?)"
    r"\s+(?:will\s+be|would\s+be|are\s+to\s+be|to\s+be|are\s+being|have\s+been|were|are)"
    r"\s+(?:\w+ly\s+)?$"
)
# "Ukrainian pilots have also trained in the United States": trainees as the subject of
# the verb without an object.
_INTRANSITIVE_SUBJECT = re.compile(
    r"\W*(?:(?:and|but|while|whereas)\s+)?"
    r"((?:[^,;:]|(?<=\d),(?=\d)){2,60}?)\s+(?:(?:have|has|had|also|already|now)\s+)*$"
)
_AGENT_ASIDE = re.compile(r"\s*,\s*[a-z][\w\s-]{0,40}?\bby\s+(?:the\s+)?[A-Z]")
_CLAUSE_COMMA = re.compile(r"[,;:](?!\d)")
_ANAPHOR = re.compile(r"\b(?:those|these|the same)\s+$", re.IGNORECASE)
_PARTIAL_LIST = re.compile(r"\b(?:including|includes|include|such as|among them)\b")
# "30 more Bushmasters", "additional NASAMS launchers", "a second SAMP/T system".
_MORE = re.compile(
    r"\b(?:more(?!\s+than)|further|additional|extra|another|second|third|fourth|fifth)"
    r"\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# A coordinated clause: "…, and France agreed last year to supply a radar".
NEW_CLAUSE = re.compile(r",\s*(?:and|while|but)\s|;")
# The auxiliary of a passive right before its participle: "were (quickly) delivered".
PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|been|being)\s+(?:\w+ly\s+)?$")
# (not "rounds for HIMARS and for 155mm artillery": a second purpose)
_FOR_AND = re.compile(r"\s+for\s+(?:(?!\sand\s+for\s)[^,;.])*?\sand\s+(?!for\s)(?:[\w-]+\s+){0,3}")
# "interceptors for Patriot systems and 14 more Bradleys": a count opens a new member.
_AND_COUNTED = re.compile(
    r",?\s+and\s+" + _ABOUT + r"\d[\d,.]*\s+"
    r"(?:(?:more|additional|further|new)\s+)?(?:[\w-]+\s+)?"
)
_IN_GENERAL = re.compile(r"\s+(?:in|of)\s+")
_BUYS = re.compile(r"\b(?:buy|purchase|procure|acquire|pay\s+for)\b", re.IGNORECASE)
# Between an actor and its own amount: "Denmark DKK 900 million", "Denmark the sum of …".
OWN_AMOUNT = re.compile(
    r"\s*(?:(?:a\s+)?(?:further|another|additional)\s+|(?:the\s+sum|a\s+total)\s+of\s+)?"
)


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
    contents: bool = False
    """Read from a package's list of contents ("It includes: …")."""
    additional: bool = False
    """A pledge of more than what was given before ("Two more are due", "30 more
    Bushmasters")."""
    system: str | None = None
    """The one named system the items are ("Patriot"), if they name one."""


def _compounds(
    s: str, items: list[ItemMention], modifier_categories: tuple[Category, ...]
) -> list[ItemMention]:
    """Join item names that form one noun phrase: "Patriot interceptor missiles" is one
    air-defence item. A named system decides the category, or a modifier of a category
    that names a purpose ("air defence radars"); otherwise the head noun does."""
    joined: list[ItemMention] = []
    for item in items:
        if joined and re.fullmatch(r"[\s\-]{1,2}", s[joined[-1].end : item.start]):
            first = joined[-1]
            # "Leopard tank ammunition" is ammunition, "Patriot missiles" air defence.
            ammunition = (
                item.category is Category.AMMUNITION and first.category not in modifier_categories
            )
            modifier_decides = not ammunition and (
                (first.proper and not item.proper)
                or (first.category in modifier_categories and not item.proper)
            )
            owner = first if modifier_decides else item
            joined[-1] = replace(
                owner, start=first.start, end=item.end, proper=first.proper or item.proper
            )
            before = joined[-2] if len(joined) > 1 else None
            if (
                ammunition
                and before is not None
                and not s[before.start : before.end].endswith("s")
                and _SHARED_MODIFIER.fullmatch(s, before.end, first.start)
            ):
                # "machine-gun and 40-mm grenade ammunition": both modify the ammunition.
                joined[-2:] = [replace(joined[-1], start=before.start)]
        else:
            joined.append(item)
    return joined


def _noun_ending_at(a: Analysis, items: list[ItemMention], end: int) -> list[ItemMention]:
    """The items of one noun ending at `end`: "T-72 tanks" is "T-72" and "tanks"."""
    head = next((i for i in items if i.end == end), None)
    if head is None:
        return []
    return [i for i in items if i.end <= head.end and not a.text[i.end : head.start].strip(" -")]


class RecordBuilder:
    """Record rules over one compiled pipeline (mixed into the `Assembler`)."""

    p: Pipeline

    def _outside_descriptions(self, a: Analysis, items: list[ItemMention]) -> list[ItemMention]:
        """The items not named in a clause about a country or person ("Poland, whose army
        is short of shells") or about another item ("spare parts that keep the tanks
        running")."""
        about = [
            m.span()
            for x in a.actors
            if (m := _ABOUT_ACTOR.match(a.text, x.end))
            # "Lithuania, whose latest package of M577 carriers arrived": its aid, not about it.
            and not any(
                t.nominal and _WHOSE_AID.fullmatch(a.text, m.start(), t.start) for t in a.triggers
            )
            and not self._officials_act(a, *m.span())
        ]
        about += [m.span() for i in items if (m := _ABOUT_ITEM.match(a.text, i.end))]
        return [i for i in items if not any(s <= i.start < e for s, e in about)]

    def _officials_act(self, a: Analysis, start: int, end: int) -> bool:
        """ "Canada, whose defence minister pledged 200 carriers, …": a clause whose subject
        is the country's official and whose verb gives tells the country's own act, not
        something about it ("Poland, whose army is short of shells")."""
        whose = _WHOSE.match(a.text, start)
        officials = self.p.grammar.officials_after
        return (
            whose is not None
            and officials is not None
            and officials.match(a.text, whose.end()) is not None
            and any(not t.nominal and whose.end() < t.start < end for t in a.triggers)
        )

    def _frame_items(self, a: Analysis, frame: Frame, start: int, end: int) -> list[ItemMention]:
        first = frame.triggers[0]
        items = self._outside_descriptions(a, [i for i in a.items if start <= i.start < end])
        clause_start = frame.start if frame.start is not None else a.clause(first.start)[0]
        # Items before the trigger are its subject ("The tanks will be delivered") unless
        # an earlier trigger governs them ("refused to send Taurus, and gave no sign").
        # A verb form inside an item's name ("armoured combat support vehicles") governs
        # nothing.
        earlier = min(
            (
                t.end
                for t in a.triggers
                if t.start < first.start and not any(i.start <= t.start < i.end for i in a.items)
            ),
            default=first.start,
        )
        if frame.start is not None:
            earlier = first.start  # its own clause: the subject is its own
        before = [
            i for i in a.items if clause_start <= i.start and i.end <= min(first.start, earlier)
        ]
        noun = _noun_ending_at(a, before, len(a.text[: first.start].rstrip()))
        if (
            noun
            and first.past
            and not first.nominal
            and (BY_AGENT.match(a.text, first.end) or _REDUCED_RELATIVE.match(a.text, first.end))
        ):
            # "The Patriot batteries provided by the United States … shot down a missile":
            # what the participle gives is the noun it follows.
            items = noun
        elif noun and first.past and _WITH_BEFORE.search(a.text, clause_start, noun[0].start):
            # "with its AMX-10 RC tanks pledged on 4 January, and later sent howitzers"
            items = noun + items
        elif first.cls is VerbClass.ARRIVE and before:
            # What arrives is the subject: "Germany's third Patriot system has arrived".
            items = before
        elif antecedent := self._antecedent(a, first):
            items = antecedent + items
        elif not items or (
            # "Two Patriot units have been handed over, along with missiles": a passive's
            # subject is what is given, beside what follows.
            before and first.past and PASSIVE_BEFORE.search(a.text, clause_start, first.start)
        ):
            items = self._subject_items(a, before, clause_start) + items
        return self._aid_items(a.text, items)

    @staticmethod
    def _subject_items(
        a: Analysis, before: list[ItemMention], clause_start: int
    ) -> list[ItemMention]:
        """ "The eight Archer howitzers and the 50 CV90 vehicles were delivered": the items
        joined in the subject."""
        items = before[-1:]
        for item in reversed(before[:-1]):
            if not _JOINED_ITEMS.fullmatch(a.text, item.end, items[0].start):
                break
            items.insert(0, item)
        if len(items) > 1 and not _SUBJECT_START.fullmatch(a.text, clause_start, items[0].start):
            return before[-1:]
        return items

    def _with_systems(self, items: list[ItemMention]) -> list[ItemMention]:
        """ "an IRIS-T fire unit … and missiles for the system": a generic part takes the
        category of a named system listed next to it (frames.yaml `system_parts`)."""
        parts = self.p.grammar.rules.system_parts

        def beside_system(k: int) -> bool:
            # The system is named next to the part, not elsewhere in a list: "MANPADS,
            # firearms and missiles" are missiles.
            category = parts[items[k].item_id]
            return any(
                0 <= j < len(items) and items[j].category is category for j in (k - 1, k + 1)
            )

        return [
            replace(i, category=parts[i.item_id]) if i.item_id in parts and beside_system(k) else i
            for k, i in enumerate(items)
        ]

    @staticmethod
    def _antecedent(a: Analysis, verb: Trigger) -> list[ItemMention]:
        """ "the 240 T-72 tanks that Warsaw has donated", "the jets it has earmarked": the
        items a relative clause with its own subject is about are the verb's object."""
        head = next(
            (
                i
                for i in a.items
                if (
                    _OBJECT_RELATIVE_TO.fullmatch(a.text, i.end, verb.start)
                    and any(i.end < x.start < verb.start for x in a.actors)
                )
                # "the 30 F-16 jets it has earmarked for Kyiv"
                or _PRONOUN_RELATIVE_TO.fullmatch(a.text, i.end, verb.start)
            ),
            None,
        )
        return _noun_ending_at(a, a.items, head.end) if head is not None else []

    def _used_against(self, s: str, items: list[ItemMention], i: int) -> bool:
        """A participle after a list of items is said of all of them: "35 missiles and 20
        drones launched against Kyiv" were both fired, not given; so is a noun after a list
        of singular modifiers ("missile and drone attacks")."""
        followers = self.p.grammar.followers
        modifier = not s[items[i].start : items[i].end].endswith("s")
        for item, following in zip(items[i:], items[i + 1 :], strict=False):
            if not _CONJOINED.fullmatch(s, item.end, following.start):
                break
            m = followers.match(s, following.end) if followers is not None else None
            if m is not None and (modifier or re.match(r"\s+\w+ed\b", m.group())):
                return True
        return False

    def _aid_items(self, s: str, items: list[ItemMention]) -> list[ItemMention]:
        """Drop targets ("detecting enemy aircraft") and the Y of "X for Y" ("missiles for
        its Crotale system" are air defence; "spare parts for tanks" are not tanks)."""
        blockers = self.p.grammar.blockers
        targets = self.p.grammar.target_blockers
        followers = self.p.grammar.followers
        kept: list[ItemMention] = []
        purpose_end = target_end = blocked_end = -1
        joined = _compounds(s, items, self.p.grammar.rules.modifier_categories)
        used = {i for i, item in enumerate(joined) if self._used_against(s, joined, i)}
        for i, item in enumerate(joined):
            # "shells, rockets for HIMARS launchers and armoured vehicles": after a list of
            # commas, "and" opens the list's last member, not another for what it is for.
            last_member = (
                len(kept) >= 2
                and "," in s[kept[-2].end : kept[-1].start]
                and _FOR_AND.fullmatch(s, kept[-1].end, item.start) is not None
            )
            before = s[max(0, item.start - 40) : item.start]
            if (targets is not None and targets.search(before)) or (
                # "to shoot down drones and light aircraft": the whole list is the target.
                target_end >= 0 and _TARGET_LIST.fullmatch(s, target_end, item.start)
            ):
                target_end = item.end
                continue
            if not last_member and (
                (blockers is not None and blockers.search(before))
                # "trained on the Leopard and the Marder": the list the blocker opens.
                or (blocked_end >= 0 and _BLOCKED_GOES_ON.fullmatch(s, blocked_end, item.start))
            ):
                blocked_end = item.end
                continue
            if i in used or (followers is not None and followers.match(s, item.end)):
                continue
            if _INFINITIVE.search(s, 0, item.start) and re.fullmatch(
                r"[a-z]+[^s]", s[item.start : item.end]
            ):
                continue  # "too hard to fuel and maintain": a verb
            if _ANAPHOR.search(s, max(0, item.start - 12), item.start) and any(
                k.label.split()[-1] == item.label.split()[-1] for k in kept
            ):
                continue  # "radars, and the first of those radars": the same radars again
            if _RESTATED.search(s, max(0, item.start - 8), item.start):
                continue  # "High Mobility Artillery Rocket Systems, or HIMARS": the same item
            counted = i > 0 and _AND_COUNTED.fullmatch(s, joined[i - 1].end, item.start)
            if item.start < purpose_end and not last_member and not counted:
                owner = kept[-1]
                if (
                    owner.category in (Category.MISSILES, Category.AMMUNITION)
                    and item.category is Category.AIR_DEFENSE
                ):
                    kept[-1] = replace(owner, category=Category.AIR_DEFENSE)
                continue
            kept.append(item)
            if item.category is not Category.UNSPECIFIED and (m := _PURPOSE.match(s, item.end)):
                # "winter clothing for Ukrainian soldiers and the training of deminers": a
                # new noun phrase after "and the" is no longer what the first is for.
                stop = re.search(r"[,;.]|\sand\s+(?:the|a|an)\s|$", s[m.end() :])
                purpose_end = m.end() + (stop.start() if stop else 0)
            if item.category is Category.HUMANITARIAN and (m := _EXAMPLES.match(s, item.end)):
                # "humanitarian aid worth CHF 100 million, including generators", "…, to pay
                # for medical supplies": its examples, or what it pays for.
                semicolon = s.find(";", m.end())
                purpose_end = semicolon if semicolon >= 0 else len(s)
        return kept

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
                # The object, up to a preposition or punctuation ("2,000" is one number,
                # "up to 10,000 recruits" one count).
                r"(?:[^,;.:]|(?<=\d)[,.](?=\d)){2,90}?"
                r"(?=(?<!\bup)\s+to\b|\s+(?:and|in|with|for|by|at)\b|[,;.:](?!\d)|$)",
                a.text[verb.end : end],
            )
            if obj and g.trainees is not None and g.trainees.search(obj.group(0)):
                found.append(
                    ItemMention(verb.start, verb.end + obj.end(), verb.base, verb.base, category)
                )
                continue
            # Passive: the trainees are the subject ("Crews for the boats will be trained").
            subject = _PASSIVE_SUBJECT.match(a.text, 0, verb.start)
            completion = verb.base in g.completions
            if subject is None and verb.past and (completion or NO_OBJECT.match(a.text, verb.end)):
                # "Before that, some 70 Ukrainian gunners completed a course": the subject
                # of a completion follows any opening phrase.
                opening = [m.end() for m in _CLAUSE_COMMA.finditer(a.text, 0, verb.start)]
                after_opening = opening[-1] if opening else 0
                subject = _INTRANSITIVE_SUBJECT.match(a.text, after_opening, verb.start)
            if verb.past and subject and g.trainees and g.trainees.search(subject.group(1)):
                start = subject.start(1)
                found.append(ItemMention(start, verb.end, verb.base, verb.base, category))
        return found

    def _group(self, a: Analysis, items: list[ItemMention]) -> dict[Category, list[ItemMention]]:
        groups: dict[Category, list[ItemMention]] = {}
        for item in items:
            groups.setdefault(item.category, []).append(item)
        return groups

    def _item_text(self, a: Analysis, group: list[ItemMention]) -> str:
        first = group[0]
        if first.start == first.end:
            return first.label  # an item carried over from the sentence before
        end = first.end
        for item in group[1:]:
            gap = a.text[end : item.start]
            if count_words(gap) <= 1 and not any(ch in gap for ch in ",;:("):
                end = item.end
            else:
                break
        return a.text[first.start : end].strip(" \"'“”")

    @staticmethod
    def _system(items: list[ItemMention]) -> str | None:
        named = {i.item_id for i in items if i.proper}
        return named.pop() if len(named) == 1 and items[0].proper else None

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
        tied, spread = self._tied_money(a.text, money, items)
        # "…, Denmark DKK 900 million": an amount right after another actor is that actor's.
        owned = [
            m
            for m in money
            for x in a.actors
            if x.code != donor and x.end <= m.start and OWN_AMOUNT.fullmatch(a.text, x.end, m.start)
        ]
        free = [m for m in money if all(m is not t for t in (*tied.values(), *spread, *owned))]
        # The amount after the trigger ("pledged €3bn"), else the nearest before it
        # ("€10 million will be invested"), never another donor's share.
        after = [m for m in free if m.start >= trigger_start]
        value = after[0] if after else (free[-1] if free else None)
        specific = [c for c in groups if c is not Category.UNSPECIFIED]
        target = self._money_target(a.text, value, groups) if value else None
        if value is not None and target in tied and value.start < tied[target].start:
            # "$200 million for the army, on top of $800 million in humanitarian aid": the
            # item has its own price, the amount before it is aid of its own (one after it
            # restates or compares: "$150 million, up from $100 million").
            target = Category.UNSPECIFIED
        products = [c for c in specific if c is not Category.DEFENSE_INDUSTRY]
        if len(products) == 1 and len(specific) == 2:
            # "finance the production of 18 howitzers", "a programme to produce shells at
            # a joint-venture plant": the industry is how the product is made, one aid.
            del groups[Category.DEFENSE_INDUSTRY]
            if Category.DEFENSE_INDUSTRY in tied:
                tied.setdefault(products[0], tied.pop(Category.DEFENSE_INDUSTRY))
            if target is not Category.UNSPECIFIED:
                target = products[0]
        if target is Category.UNSPECIFIED or Category.UNSPECIFIED in tied:
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
                q = self.p.numbers.quantity_before(
                    a.text,
                    item.start,
                    max([floor, *prior]),
                    frozenset(x.end for x in a.actors),
                    # "a new package" counts no package, "an expanded training programme"
                    # no thing: a service is not counted.
                    None if category in (Category.UNSPECIFIED, Category.TRAINING) else item.end,
                )
                floor = item.end
                if q is not None:
                    quantity = q.value
                    break
            part = next((m for i in group if (m := _PART_OF_WHICH.match(a.text, i.end))), None)
            if part is not None and any(i.end <= part.start() for i in group):
                # "the CV90, 50 of which Sweden pledged": the part given, not the whole.
                quantity = self.p.numbers.bare_count(a.text, part.end())
            # Beyond what was given before.
            additional = any(_MORE.search(a.text, max(0, i.start - 50), i.start) for i in group)
            price = tied.get(category) or (value if category is target else None)
            out.append(
                Candidate(
                    donor=donor,
                    recipient=recipient,
                    category=category,
                    item=self._item_text(a, group) if group else None,
                    system=self._system(group),
                    quantity=quantity,
                    money=price,
                    status=status,
                    announced_on=announced,
                    date_level=a.date_level,
                    delivery=delivery,
                    sentence=a.sentence,
                    confidence=max(0.05, min(1.0, confidence - (0.1 if not group else 0))),
                    additional=additional and status is Status.PLEDGED,
                )
            )
        return out

    def _tied_money(
        self, s: str, money: list[Money], items: list[ItemMention]
    ) -> tuple[dict[Category, Money], list[Money]]:
        """Money tied to the item it pays for ("radars worth ¥1.6bn", "€90m for howitzers"),
        and money spread over several items, which is nobody's ("€90m for howitzers and
        tanks"). Money paid into a fund beside what it buys ("NOK 600 million to the
        International Fund, earmarked for drones") is not the fund's."""
        g = self.p.grammar
        tied: dict[Category, Money] = {}
        spread: list[Money] = []
        if any(i.category is not Category.UNSPECIFIED for i in items):
            items = [i for i in items if i.category is not Category.UNSPECIFIED]
        for value in money:
            for index, item in enumerate(items):
                if (
                    item.end <= value.start
                    and g.worth
                    and g.worth.fullmatch(s, item.end, value.start)
                ):
                    tied.setdefault(item.category, value)
                    break
                if (
                    item.start >= value.end
                    and g.paying_for
                    and g.paying_for.fullmatch(s, value.end, item.start)
                ):
                    following = items[index + 1] if index + 1 < len(items) else None
                    if (
                        following is not None
                        and following.category is not item.category
                        and re.fullmatch(
                            r"\s*(?:,|and|, and|or)\s*(?:[\w-]+\s+){0,2}",
                            s[item.end : following.start],
                        )
                    ):
                        spread.append(value)
                    else:
                        tied.setdefault(item.category, value)
                    break
        return tied, spread

    def _money_target(
        self, s: str, value: Money, groups: dict[Category, list[ItemMention]]
    ) -> Category | None:
        """Which record carries money not tied to an item: the package ("a €1.3bn
        package"), else the only category; spread over several, none of them."""
        g = self.p.grammar
        package = g.package is not None and bool(
            g.package.search(s[max(0, value.start - 40) : value.end + 40])
        )
        specific = [c for c in groups if c is not Category.UNSPECIFIED]
        if package and len(specific) == 1:
            first = min(i.start for i in groups[specific[0]])
            if (g.money_buys and g.money_buys.match(s, value.end)) or (
                g.whole and value.end <= first and g.whole.search(s, value.end, first)
            ):
                # "The tranche, worth £162 million, will pay for 650 missiles", "€500
                # million for a package consisting mainly of Patriot interceptors"
                return specific[0]
        if package or not specific:
            return Category.UNSPECIFIED
        first = min(i.start for c in specific for i in groups[c])
        if any(
            _IN_GENERAL.fullmatch(s, value.end, i.start) and not _BUYS.search(s, i.end, first)
            for i in groups.get(Category.UNSPECIFIED, [])
        ):
            # "$571 million in defense articles and services, along with training": the
            # sum of the aid in general (but "$240 million in Foreign Military Financing to
            # help Latvia buy air-defence systems" buys them).
            return Category.UNSPECIFIED
        if len(specific) == 1 and (
            Category.UNSPECIFIED not in groups or not _PARTIAL_LIST.search(s, value.end)
        ):
            # "$1.2 billion under the Security Assistance Initiative to buy drones": the
            # fund is the channel, the drones are what the money buys (but "A$1.3 billion
            # in military support, including Bushmasters" is a total of the support).
            return specific[0]
        if Category.UNSPECIFIED in groups or _PARTIAL_LIST.search(s, value.end, first):
            # "€137 million since 2021, including radars and vehicles": a total, the items
            # its examples.
            return Category.UNSPECIFIED
        return None

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
        "Belgian F-16 jets are due to arrive", "Germany's third Patriot system has arrived":
        the nationality or possessor, else the speaker."""
        out: list[Candidate] = []
        for item in items:
            if _AGENT_ASIDE.match(a.text, item.end):
                # "Slovakia's Zuzana 2, ordered for Ukraine by Denmark, …": the maker's
                # product, given by the agent of the aside.
                continue
            near = [
                x
                for x in a.actors
                if x.end <= item.start
                and count_words(a.text[x.end : item.start]) <= (2 if x.possessive else 1)
            ]
            # "the Franco-Italian SAMP/T": every maker of a hyphenated pair.
            joined = near[-1:]
            for x in reversed(near[:-1]):
                if a.text[x.end : joined[0].start] != "-":
                    break
                joined.insert(0, x)
            makers = [x.code for x in joined] or speakers
            if recipient is None:
                continue
            quantity = self.p.numbers.quantity_before(a.text, item.start)
            out += [
                Candidate(
                    maker,
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
                    system=self._system([item]),
                )
                for maker in dict.fromkeys(makers)
                if maker != recipient
            ]
        return out
