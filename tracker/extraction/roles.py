"""Roles: who gives and who receives, read from the words around a trigger.

Without a parser, English news sentences still show their roles in a few positions:
- the donor is the subject (the nearest actor before the verb that is not behind a
  preposition), a possessive ("Canada's offer"), "from X" after a receive-verb, "by X"
  after a participle, or an earlier actor a pronoun stands for ("her country", "we",
  "the package", "the minister");
- the recipient is the first country after the trigger as its object or behind "to",
  "for" or "into", a nationality on a unit noun ("a Ukrainian brigade"), or the subject
  of a receive-verb.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tracker.domain import UNSPECIFIED_ACTOR, Category, Status
from tracker.extraction.actors import SPEAKER_LABEL, ActorMention, Form
from tracker.extraction.frames import Trigger, VerbClass
from tracker.extraction.reading import Analysis, Pipeline, count_words, is_country

# "the coalition led by Lithuania and Iceland, funding …": the last of the agents.
_AGENT_LIST = re.compile(
    r"\bby\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}?[A-Z][\w.'’-]*"
    r"(?:,\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}?[A-Z][\w.'’-]*)*,?\s+and\s+(?:the\s+)?$"
)
_AUXILIARY = re.compile(r"(?:is|are|was|were|has|have|had|will|would|shall)\s", re.IGNORECASE)
_WORD_AND_SPACE = re.compile(r"[\w-]+\s+")


# People named after a preposition are where or with whom others train ("with the Royal
# Norwegian Navy"), not those trained.
_WHERE_OR_WITH = re.compile(
    r"\b(?:with|alongside|at|in|by|from|of)\s+(?:the\s+)?(?:Royal\s+)?$", re.IGNORECASE
)
# A state named by its government's seat: "to the government in Tripoli".
_GOVERNMENT_IN = re.compile(
    r"\bto\s+the\s+(?:[\w-]+\s+){0,3}(?:government|authorities)"
    r"(?:\s+of(?:\s+[A-Z][\w-]*){1,3})?\s+in\s+$",
    re.IGNORECASE,
)
# What a passive verb gives to its subject: "was given 20 trucks", "allocated €62.75
# million", "supplied with radars" (not "sent to", "delivered in March"); a count in words
# ("given twenty trucks") is read by the number reader.
_GIVEN_WHAT = re.compile(
    r"\s+(?:with\b|(?:a|an|another|further|more|some)\s|(?:about|around|nearly|over)\s+\d|"
    r"[€$£¥]|\d)",
    re.IGNORECASE,
)
# The items' history set off by commas: ", originally ordered for the Danish Army,".
_HISTORY_ASIDE = re.compile(r",\s+(?:\w+ly\s+)?\w+ed\s+(?:for|by|from|in)\b[^,;]*,")
# Unnamed states as a subject: "Countries whose orders are delayed will receive …".
_STATES_SUBJECT = re.compile(
    r"\W*(?:(?:the|other|many|some|several|those|these|all)\s+)?"
    r"(?:countries|nations|states|governments|customers|buyers|clients)\b",
    re.IGNORECASE,
)
# A count of aid given: "the number delivered has since grown to 32".
_COUNT_NOUN_BEFORE = re.compile(r"\bthe\s+(?:total\s+)?(?:number|total|amount)\s+$", re.I)
# A company acting for a state: "On behalf of the German government, Rheinmetall will …".
_ON_BEHALF = re.compile(r"\b(?:on\s+behalf\s+of|commissioned\s+by)\s+(?:the\s+)?$", re.I)
_THE_ONLY = re.compile(r"\s*(?:the\s+)?")
_OF_AFTER = re.compile(r"\s+of\s+(?:the\s+)?")
_MILITARY_AID = re.compile(r"\s+military\s+(?:aid|assistance|support|equipment)\b")
# A training verb with nothing trained after it: "trained for six weeks with the Royal Navy".
NO_OBJECT = re.compile(
    r"\s+(?:(?:also|together|jointly|intensively|successfully)\s+)?"
    r"(?:for|with|alongside|at|in|on|under|since|during|until|through|over|abroad)\b"
)


def _actor_at(a: Analysis, position: int) -> ActorMention | None:
    """The actor mention that begins at `position`, if any."""
    return next((x for x in a.actors if x.start == position), None)


def _word_starts(s: str, start: int, n: int) -> list[int]:
    """Where each of the `n` words from `start` begins."""
    starts = [start]
    while len(starts) < n and (m := _WORD_AND_SPACE.match(s, starts[-1])):
        starts.append(m.end())
    return starts


_OBLIQUE = re.compile(
    r"\b(?:to|for|with|in|into|within|against|at|on|of|from|by|over|toward|towards|across|"
    r"near|inside|outside|beyond|between|among|via|through|including|like|than|about|alongside|"
    r"since|during)\s+"
    r"(?:the\s+|a\s+|an\s+|its\s+|their\s+|our\s+|his\s+|her\s+|your\s+|my\s+)?$",
    re.IGNORECASE,
)

# "signed with other European partners such as Germany": examples of an oblique noun.
_OBLIQUE_EXAMPLES = re.compile(
    r"\b(?:to|for|with|from|against|among)\s+(?:[\w-]+\s+){0,4}(?:such\s+as|like)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)

# "the second-largest donor after the United States": a ranking, not a clause's subject.
_RANKED_AFTER = re.compile(
    r"(?:est|biggest|largest|most)\b[^,.;:]{0,40}\b(?:after|behind)\s+"
    r"(?:the\s+)?(?:[A-Z][\w.'’-]*\s+(?:(?:,\s*|and\s+)(?:the\s+)?)?)*$",
    re.IGNORECASE,
)

_LEADS = re.compile(r"(?:\s+[a-z][\w-]*){1,3}")
_DEFINITE_SUBJECT = re.compile(r"\W*the\s+(?:[\w-]+\s+){1,2}", re.IGNORECASE)
# "Officials said": a report that opens the sentence, before its own subject.
_REPORTED_OPENING = re.compile(
    r"(?:[A-Z][\w-]*(?:\s+[\w-]+){0,3}\s+(?:said|say|says|added|told\s+\w+)\s+(?:that\s+)?)?"
)
# "According to the ministry, the package will pay for": the source, not the subject.
_SOURCE_BEFORE = re.compile(r"\baccording\s+to\s+$", re.IGNORECASE)
# A sentence that opens with a name the rules do not know, which then speaks of itself.
_NAMED_SPEAKER = re.compile(
    # (not "Officials said it would include …": "it" is the package named before)
    r"\W*(?!(?:Officials|Sources|Analysts|Diplomats|Experts|Reports)\b)([A-Z][\w'’-]+)"
    r"(?:,[^,]{1,80},)?\s+(?:says|said|announced|confirmed|told \w+)\s+"
    r"(?:that\s+)?(?:it|they)\s+(?:\w+\s+){0,2}$"
)
_ONWARD = re.compile(r"\s+(?:for|on\s+to|onward\s+to|destined\s+for)\s+(?:the\s+)?")
_MONEY_OF = re.compile(
    r"(?:[$€£¥]\s?\d[\d.,]*\s?(?:bn|m|billion|million)?|\d[\d.,]*\s+(?:billion|million)"
    r"(?:\s+[a-z]+)?)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_ONE_WORD = re.compile(r"(?:[a-z][\w-]*\s+(?=[a-z]))?")

# "Denmark became the first NATO country to finance …": the class it is ranked in.
_RANKED_BEFORE = re.compile(r"\b(?:first|only|second|third)\s+$", re.IGNORECASE)

_LOCATION_PREP = re.compile(r"\b(?:in|within|inside)\s+(?:the\s+)?$", re.IGNORECASE)

_COORDINATION = re.compile(
    # ", angering Beijing": a participle after a bare comma starts a new phrase.
    r"^\s*(?:,(?!\s*\w+ing\s)|and|, and|&|as well as|along with)\s*"
    # "Great Britain and 🇫🇷 France": a flag before the name.
    r"(?:[^\x00-\x7f\w\s]+\s+)?(?:the\s+|other\s+|its\s+|their\s+|fellow\s+)*"
    # not a new phrase: ", with the Netherlands covering the rest", ", while Spain …"
    r"(?:(?!(?:with|without|while|whereas|but|after|before|since|including|which|who)\s)"
    r"[a-z]+\s+){0,2}$",
    re.IGNORECASE,
)

_DEFINITE = re.compile(r"\W*the\s", re.IGNORECASE)
_INDEFINITE = re.compile(r"\ban?\s+$", re.IGNORECASE)
_FOR_BEFORE = re.compile(r"\bfor\s+(?:the\s+)?$", re.IGNORECASE)
# "received 50 vehicles ordered for it by Canada": who bought them gives them.
_BOUGHT_BY = re.compile(
    r"\b(?:ordered|bought|purchased|procured|financed|funded|paid\s+for)"
    r"(?:\s+for\s+(?:it|them|\w+))?\s+by\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "signed a protocol with Georgia on Tuesday to provide": the other party receives.
_PACT_WITH = re.compile(
    r"\b(?:agreement|protocol|deal|memorandum|accord|pact|treaty|arrangement)\s+with\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
_TO_GIVE = re.compile(r"(?:\s+(?:on|in|last|this|next)\s+\w+)*\s+to\s+")
# "The €20 million measure for Ghana will pay for …": the subject names whom it is for.
_NOUN_FOR = re.compile(r"\b[a-z]+\s+for\s+(?:the\s+)?$")
_THEN_VERB = re.compile(
    r"\s+(?:(?:will|would|shall|is|are|was|were|has|have|had|to|be|been|also|now|already)\s+)*"
)
# "From Japan we received 50 mine detectors": the giver opens the clause.
_FRONTED_FROM = re.compile(r"\W*from\s+(?:the\s+)?", re.IGNORECASE)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
# Between a subject and its verb: "the British have also trained".
_AUXILIARIES = re.compile(r"\s+(?:(?:have|has|had|will|would|also|already|then|\w+ly)\s+)*")
# "He singled out Denmark …, and thanked": a person pronoun opens the sentence and the
# verb is the second of its coordinated verbs.
_PERSON_THEN_AND = re.compile(r"^\W*(?:he|she)\s+\w+\b.*\band\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_SUBJECT_PRONOUN = re.compile(
    # "In September it agreed to send", "Last month it said it was financing"
    r"(?:^\W*(?:(?:in|on|last|this|earlier|later)\s+(?:[\w-]+\s+){1,2}?,?\s*)?"
    r"|[,;]\s*(?:and\s+)?|\band\s+"
    # "The 14 Challenger 2 tanks it promised in January": a relative clause on the items.
    r"|\b[a-z]{3,}s\s+(?:that\s+|which\s+)?)(?:it|they|he|she)\s+"
    r"(?:\w+ly\s+|also\s+|has\s+|have\s+|had\s+|(?:agreed|decided|promised|pledged)\s+to\s+"
    r"|(?:said|says|announced)\s+(?:that\s+)?(?:it|they)\s+(?:was|is|were|are|would|will)\s+)*$",
    re.IGNORECASE,
)

_NOUN_BEFORE = re.compile(
    r"\b(?!(?:and|or|but|also|now|then|which|that|who|it|he|she|they|still|already|often|"
    r"regularly|reportedly)\b)[a-z]+\s+$"
)

_TO_US = re.compile(r"\s+(?:(?:to|for)\s+)?(?:us\b|our\s+(?!own\b)\w+)")
_IN = re.compile(r"\s+in\s+")
# "Of the Israeli portion, $4 billion is earmarked …": the share of a package a sentence
# opens with is the named country's.
_SHARE_OPENING = re.compile(r"\s*(?:of|from|for|in)\s+the\s+", re.IGNORECASE)
_SHARE_NOUN = re.compile(r"\s+(?:portion|share|part)\b")
# "There will also be 1,600 munitions": an existential verb of contents.
_THERE = re.compile(r"there\b", re.IGNORECASE)
# "Also included, officials said, are …": contents told first, with the verb after.
_FRONTED = re.compile(r"\s*(?:also\s+)?", re.IGNORECASE)
_THEN_BE = re.compile(r"(?:\s*,[^,]{1,40},)?\s+(?:are|is|were|was)\b")
_SUM_RESTATED = re.compile(r"\s*\(\s*sum\s*\)")
_OF_FROM = re.compile(r"(?:\s+of\s+[^,;:.]{1,60}?)?\s+from\s+(?:the\s+)?")
_COUNT_FROM = re.compile(r"\s*(?:,|,?\s+and)\s+[\d,.]+\s+(?:more\s+)?from\s+(?:the\s+)?")
_ORDERED_FROM = re.compile(r"\b(?:ordered|bought|purchased|procured)\s+from\s+(?:the\s+)?$")
_CAME_FROM = re.compile(r"\b(?:came|comes|come)\s+from\s+(?:the\s+)?")
_THANKS_TO = re.compile(r"\bthanks\s+to\s+(?:our\s+|the\s+|its\s+)?$", re.IGNORECASE)
# A clause that opens with a thing: "The tanks …", "All 31 Abrams …".
_ITEM_SUBJECT = re.compile(
    r"\W*(?:(?:the|these|those|all|its|their)\s+)?(?:[\d,]+\s+)?$", re.IGNORECASE
)
_OBJECT_THEN_TO = re.compile(r"\s+(?:the\s+)?")
# "from the United States", "from 🇬🇧 Britain": a flag may stand before the name.
FROM_BEFORE = re.compile(r"\bfrom\s+(?:[^\x00-\x7f\w\s]+\s+)?(?:the\s+)?$", re.IGNORECASE)

_REMAINDER = re.compile(
    r"^\W*(?:(?:the\s+)?(?:remaining|remainder|rest|balance)"
    r"|of\s+(?:this|that|the)\s+(?:amount|sum|total|money|package))\b",
    re.IGNORECASE,
)
# A recipient's preposition: "to Ukraine, Germany and France announce" ends the list.
_TO_BEFORE = re.compile(r"\b(?:to|for)\s+(?:the\s+)?$")
_VERB_AFTER = re.compile(
    r"\s+(?:have|has|had|will|would|are|were|is|was|each|both|also|said|say|says)\b"
)
# "to monitor ship movements": after an infinitive stands its object, not a second verb.
_AFTER_INFINITIVE = re.compile(
    # "to keep training", "to start sending": an aspect verb before a gerund.
    r"\bto\s+(?!(?:help|be|also|then|now|further|again|either|both|not|jointly|keep|continue|"
    r"start|begin|resume|stop)\s)"
    r"(?![a-z]+ly\s)[a-z]+\s+$"
)
_WORDS_ONLY = re.compile(r"(?:[\w\s]|(?<=\d),(?=\d))*")
_BY = re.compile(r"\bby\s+(?:the\s+)?$", re.IGNORECASE)
# Between two names of one list: "Germany and the Netherlands", "Latvia, Lithuania".
_LIST_GAP = re.compile(r"\s*(?:,\s*)?(?:(and|or)\s+)?(?:the\s+)?")
# "the decision of the EU to provide": the subject of the infinitive after a noun.
_OF_THE = re.compile(r"\bof\s+(?:the\s+)?$")
_TO_THEN = re.compile(r"\s+to\s+(?:\w+ly\s+)?")
_UNDER_A = re.compile(r"\bunder\s+(?:(?:a|an|the|its)\s+(?:[^\s,;]+\s+){0,2})?$", re.IGNORECASE)
_IN_OPENING = re.compile(r"\W*In\s+")
# "supplied by Germany", and over a named recipient: "donated to Ukraine by Poland".
BY_AGENT = re.compile(
    r"\s+(?:\w+ly\s+)?(?:(?:(?:to|for)\s+)?(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?\s+)?"
    r"(?:\w+ly\s+)?by\b"
)
_THE = re.compile(r"\s+(?:the\s+)?")
_ADJECTIVES = re.compile(r"(?:[\w-]+\s+){1,2}")
_WITH_MONEY_OF = re.compile(r"\s+(?:\w+ly\s+)?(?:with|from|using)\s+(?:the\s+)?")
_MONEY_NOUN = re.compile(
    r"\s+(?:state\s+|government\s+|public\s+)?(?:money|funds|funding|financing|budget)\b"
)

_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# "the initiative plans to", "the coalition will": a definite noun just before the verb.
_DEFINITE_SUBJECT_END = re.compile(
    r"\bthe\s+([\w-]+)\s+(?:(?:also|now|will|would|has|have|had|is|are)\s+)*"
    r"(?:(?:plans|aims|intends|expects|wants|hopes)\s+to\s+)?$",
    re.IGNORECASE,
)
# "The four governments also agreed to finance": as many countries as were named together.
_COUNTED_GROUP = re.compile(
    r"\b(?:the|these|those)\s+(\w+)\s+(?:[A-Z][\w-]*\s+)?"
    r"(?:countries|governments|nations|states|allies|donors|capitals)\b(?:\s+[\w-]+){0,4}\s*$",
    re.IGNORECASE,
)


@dataclass
class Frame:
    triggers: list[Trigger] = field(default_factory=list)
    donors: list[str] = field(default_factory=list)
    scope_end: int | None = None
    """Where the aid stops being named, when the roles say so ("received X from Y")."""
    start: int | None = None
    """Where the frame's clause begins, when a coordinated clause with an agent of its own
    opens it ("…, and a Patriot battery was promised by Washington")."""


@dataclass
class Context:
    """What earlier sentences of the article established."""

    donor: str | None = None
    donor_age: int = 99
    """Sentences since `donor` was named."""
    donor_status: Status = Status.PLEDGED
    """Status of the donor's last frame: what "followed" it shares it."""
    package: str | None = None
    """Donor of the last package named ("a $500 million package"): "the package", "it"
    and later lists of its contents refer to it until another package is named."""
    package_age: int = 99
    """Sentences since `package` was named."""
    package_status: Status = Status.PLEDGED
    programme: tuple[tuple[Category, str], ...] = ()
    """Categories and labels of the items a programme was introduced with ("an initiative
    to buy artillery ammunition"): money later given to "the initiative" buys them."""
    programme_age: int = 99
    """Sentences since the programme was last named."""
    last_items: tuple[tuple[Category, str], ...] = ()
    """Categories and labels of the items the last frame with items gave: what a count
    left without its noun in the next sentence counts ("The Netherlands has pledged 24")."""
    last_items_age: int = 99
    recipient_of: dict[str, str] = field(default_factory=dict)
    """The last recipient of each donor: "Berlin's total commitments" are for the same country."""
    history: list[Analysis] = field(default_factory=list)
    list_frame: tuple[str, str | None, Status] | None = None
    """Donor, explicit recipient and status of a sentence ending in a colon."""
    list_bulleted: bool = False
    """The list's last line had a bullet."""
    table: list[str] | None = None
    """Column names of the table whose rows follow."""
    topic: str | None = None
    """The country that gives in most of the article's frames, if one does."""
    recipients: tuple[str, ...] = ()
    """The countries the article names as recipients, most often named first."""
    section: str | None = None
    """The actor a heading line named, giver of the bullet lines under it."""

    def recent_donor(self) -> str | None:
        """The donor named in this sentence or the one before, else the article's."""
        return self.donor if self.donor and self.donor_age <= 1 else self.topic


PER_ITEM = "_per_item"
"""Donor placeholder of use- and arrive-frames: each item names its own maker."""

_RELATIVE = re.compile(
    r",\s*(?:(?:whose|which|who|whom|where|when|that|according to)\b|one of\b|an?\s|another\s|"
    # "Belgian instructors, about 50 of whom are deployed in Benin, will train"
    r"(?:[\w-]+\s+){0,2}of\s+(?:whom|which)\b|"
    r"[A-Z][\w'’]*['’]s\s|"
    # "Morawiecki, visiting Kyiv, hands over": a participle's aside.
    r"[a-z]+ing\s)"
    r"[^,;:]*(?:,|$)"
)


# A relative clause whose subject is the actor after it: "the system that Israel is
# developing" (not "said that Israel will send", whose verb is a trigger).
_OBJECT_RELATIVE = re.compile(
    r"\b(?!(?:said|says|say|announced|confirmed|stated|added|noted|reported|believes|"
    r"hopes|expects|ensured?|so|now)\s)[a-z]+\s+(?:that|which)\s+(?:the\s+)?$"
)
# From a nationality to the verb of a subject relative clause on its noun: "British
# support that has funded".
_RELATIVE_ON = re.compile(
    r"\s+[a-z][\w-]*\s+(?:that|which)\s+(?:(?:has|have|had|will|would)\s+)?(?:also\s+|already\s+)?"
)

_AID_NOT_EQUIPMENT = frozenset(
    {
        Category.UNSPECIFIED,
        Category.TRAINING,
        Category.DEFENSE_INDUSTRY,
        Category.FINANCIAL,
        Category.HUMANITARIAN,
    }
)


def _word_end(text: str, position: int) -> int:
    while position < len(text) and (text[position].isalnum() or text[position] == "-"):
        position += 1
    return position


def _in_brackets(s: str, actor: ActorMention) -> bool:
    """A name inside brackets restates the one before it: "the EU mission in support of
    Ukraine (EUMAM Ukraine) has trained"."""
    opened = s.rfind("(", 0, actor.start)
    return opened > s.rfind(")", 0, actor.start) and s.find(")", actor.end) >= 0


def _gap(s: str, left: ActorMention, right: ActorMention) -> str:
    """The text between two actors, without the closing dot of an abbreviated name
    ("the U.S. and Denmark")."""
    between = s[left.end : right.start]
    if between.startswith(".") and "." in s[left.start : left.end]:
        return between[1:]
    return between


def _relatives(text: str) -> list[tuple[int, int]]:
    """Spans of relative clauses and asides ("Denmark, whose model … allies, said")."""
    return [(m.start(), m.end()) for m in _RELATIVE.finditer(text)]


class RoleReader:
    """Role rules over one compiled pipeline (mixed into the `Assembler`)."""

    p: Pipeline

    @staticmethod
    def _oblique(s: str, actor: ActorMention) -> bool:
        before = s[max(0, actor.start - 80) : actor.start]
        if _MONEY_OF.search(before):
            return False  # "£1.6bn of UK export finance will allow": whose money it is
        return bool(
            _OBLIQUE.search(before[-30:])
            or (("such as" in before or "like" in before) and _OBLIQUE_EXAMPLES.search(before))
            or _RANKED_AFTER.search(before)
            or _RANKED_BEFORE.search(before)
            or _AGENT_LIST.search(before)
        )

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
            between = _gap(s, prev, current)
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
            if self._oblique(s, prev) and not self._oblique(s, current) and "," in between:
                # "for Ukraine, and Sweden and Norway have pledged": a new clause's subject.
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
        inside = next((r for r in _relatives(s) if r[0] < before <= r[1]), None)
        if inside is not None:
            # "The Leopards, which Spain had promised, …": an object relative clause has its
            # own subject.
            own = [
                x
                for x in a.actors
                if inside[0] < x.start < before
                and re.fullmatch(r",\s*(?:which|that)\s+(?:the\s+)?", s[inside[0] : x.start])
                # "North Korea, which Washington (and Seoul) say has supplied Moscow": a
                # source.
                and not self._says(s, self._list_end(s, a.actors, x))
            ]
            if own:
                return self._coordinated_forward(s, a.actors, own[0], before)
        if inside is not None and re.match(r",\s*(?:which|who|that)\s", s[inside[0] :]):
            # "China, which … has supplied Russia": the antecedent is the subject.
            antecedent = [
                x
                for x in a.actors
                if x.end == inside[0] or (x.end <= inside[0] and not self._oblique(s, x))
            ]
            if antecedent and _FOR_BEFORE.search(
                s, max(0, antecedent[-1].start - 6), antecedent[-1].start
            ):
                return []  # "new aid for Ukraine, which would include": the aid's clause
            # "was used before by Greece, which sent …": the noun right before the comma,
            # with those joined to it ("Denmark and the Netherlands, which supplied").
            if antecedent and antecedent[-1].end == inside[0]:
                return self._coordinated(s, a.actors, antecedent[-1])
            return [antecedent[-1].code] if antecedent else []
        people_from = self.p.grammar.people_from
        for actor in a.actors:
            if (
                start <= actor.start < before
                and people_from
                and people_from.match(s, start, actor.start)
            ):
                # "Instructors from Canada, Finland and Sweden help train": their countries.
                return self._coordinated_forward(s, a.actors, actor, before)
        asides = [r for r in _relatives(s) if r[1] <= before]
        if any(r0 <= start <= r1 for r0, r1 in asides):
            # "Czechia, which leads the initiative, has delivered": the subject stands
            # before the aside that the clause break cut off.
            start = 0
        for actor in reversed([x for x in a.actors if start <= x.start and x.end <= before]):
            if not people and actor.form is Form.PERSON:
                continue
            if any(r0 < actor.start < r1 for r0, r1 in asides) or _in_brackets(s, actor):
                continue
            if (
                actor.possessive
                and officials is not None
                and officials.match(s, actor.end)
                and not self._oblique(s, actor)
            ):
                return [actor.code]
            gap = s[actor.end : before]
            if (
                actor.possessive
                and ("," in gap or count_words(gap) > 4)
                and not self._owns_passive_subject(a, actor, before)
            ):
                continue
            if "," in gap and _OBJECT_RELATIVE.search(s, 0, actor.start):
                continue  # "the laser system that Israel is developing, and $3.5 billion to buy"
            if (
                actor.form is Form.DEMONYM
                and _THE_BEFORE.search(s, max(0, actor.start - 5), actor.start)
                and _AUXILIARIES.fullmatch(s, actor.end, before)
            ):
                return [actor.code]  # "the Dutch handed over twelve drones": the people
            official_of = self.p.grammar.official_of
            office = (
                official_of.search(s, max(0, actor.start - 40), actor.start)
                if official_of is not None and not actor.origin
                else None
            )
            if office is not None and count_words(s[start : actor.start]) <= 8:
                if _OBLIQUE.search(s, max(0, office.start() - 30), office.start()):
                    # "in support of the Armed Forces of the Republic of Moldova": the
                    # office is the object of a preposition, not the subject.
                    continue
                return self._coordinated(s, a.actors, actor)
            if actor.form is Form.DEMONYM and _RELATIVE_ON.fullmatch(s, actor.end, before):
                # "builds on a decade of British support that has funded watchtowers": the
                # nationality of the noun the relative clause is on.
                return [actor.code]
            if _OF_THE.search(s, max(0, actor.start - 8), actor.start) and _TO_THEN.fullmatch(
                s, actor.end, before
            ):
                # "the decision of the European Union to provide Ukraine with …"
                return self._coordinated(s, a.actors, actor)
            opening = self.p.grammar.official_opening
            if (
                actor.form is Form.CAPITAL
                and opening is not None
                and _IN_OPENING.fullmatch(s, 0, actor.start)
                and opening.match(s, actor.end)
            ):
                return [actor.code]  # "In Sofia, parliament approved the transfer"
            if actor.origin or self._oblique(s, actor) or self._on_a_thing(s, actor):
                continue
            if self._partner(s, a.actors, actor):
                continue  # "Norway will join Denmark and Sweden in financing": co-donors
            if actor.form is Form.UNSPECIFIED and any(
                x.end < actor.start and not s[x.end : actor.start].strip() and self._oblique(s, x)
                for x in a.actors
            ):
                continue  # "Thanks to our Norwegian partners, we": the preposition's noun
            beneficiary = self.p.grammar.beneficiary
            if actor.form is Form.NAME and beneficiary and beneficiary.match(s, actor.end):
                continue  # "The Israel portion includes $4 billion": Israel receives.
            if self._in_examples(s, a.actors, actor):
                continue
            return self._coordinated(s, a.actors, actor)
        return []

    @staticmethod
    def _in_examples(s: str, actors: list[ActorMention], actor: ActorMention) -> bool:
        """A member of a list of examples of an oblique noun: "signed with partners such as
        Germany, France and Italy"."""
        current = actor
        for prev in reversed(actors[: actors.index(actor)]):
            if not _LIST_GAP.fullmatch(_gap(s, prev, current)):
                break
            current = prev
        return current is not actor and bool(
            _OBLIQUE_EXAMPLES.search(s, max(0, current.start - 80), current.start)
        )

    def _kept_supplied(
        self, a: Analysis, head: Trigger, clause_start: int
    ) -> tuple[list[str], list[str], bool] | None:
        """ "Iran and North Korea keep Russia supplied with shells": the actors right before
        the participle receive, the subject of the causative verb before them gives."""
        causative = self.p.grammar.causative
        if causative is None or not head.past:
            return None
        s = a.text
        last = next(
            (x for x in a.actors if x.end <= head.start and not s[x.end : head.start].strip()), None
        )
        if last is None:
            return None
        recipients = self._coordinated(s, a.actors, last)
        first = next(x for x in a.actors if x.code in recipients)
        verb = causative.search(s, max(0, first.start - 12), first.start)
        if verb is None:
            return None
        donors = [x for x in self._subject(a, clause_start, verb.start()) if x not in recipients]
        return donors, recipients, False

    def _aid_clause(self, a: Analysis, before: int) -> bool:
        """`before` is in a relative clause on aid for a recipient ("… for Mauritania, which
        will supply")."""
        s = a.text
        inside = next((r for r in _relatives(s) if r[0] < before <= r[1]), None)
        if inside is None or not re.match(r",\s*(?:which|that)\s", s[inside[0] :]):
            return False
        return any(
            x.end == inside[0] and _FOR_BEFORE.search(s, max(0, x.start - 6), x.start)
            for x in a.actors
        )

    def _partner(self, s: str, actors: list[ActorMention], actor: ActorMention) -> bool:
        """The actor is named, alone or in a list, after a partner marker ("join")."""
        partner = self.p.grammar.partner
        if partner is None:
            return False
        first = actor
        for prev in reversed([x for x in actors if x.end <= actor.start]):
            gap = _LIST_GAP.fullmatch(s, prev.end, first.start)
            # A list ends with "and": "Together with Italy, France supplied" is no list.
            if gap is None or (first is actor and not gap.group(1)):
                break
            first = prev
        return partner.search(s, max(0, first.start - 30), first.start) is not None

    @staticmethod
    def _owns_passive_subject(a: Analysis, actor: ActorMention, before: int) -> bool:
        """ "Germany's 18 Leopard tanks have now been handed over": the owner of the items
        that a passive verb's subject names gives them."""
        gap = a.text[actor.end : before]
        return (
            "," not in gap
            and count_words(gap) <= 10
            and _PASSIVE.search(gap) is not None
            and any(actor.end < i.start and i.end <= before for i in a.items)
        )

    def _on_a_thing(self, s: str, actor: ActorMention) -> bool:
        """A nationality on a common noun ("Russian assets", "a German drone") names no
        actor; on a title, an institution or an unnamed donor ("German Defence Minister",
        "the German government", "British partners") it does."""
        if actor.form is not Form.DEMONYM:
            return False
        after = s[actor.end :]
        officials = self.p.grammar.officials_after
        programme = self.p.grammar.programme
        # "the Czech ammunition initiative has shipped": the programme its country leads.
        leads = _LEADS.match(after)
        return bool(re.match(r"\s+[a-z]", after)) and not (
            (officials is not None and officials.match(after))
            or (
                leads is not None
                and programme is not None
                and any(programme.fullmatch(word) for word in leads.group().split())
            )
        )

    def _names_people(self, s: str, actor: ActorMention) -> bool:
        """A nationality on its people: "Ukrainian soldiers", "Ukrainian artillery crews"."""
        units = self.p.grammar.recipient_nouns
        start = actor.end + 1
        if actor.form is not Form.DEMONYM or units is None:
            return False
        word = _ONE_WORD.match(s, start)
        return units.match(s, start) is not None or (
            word is not None and units.match(s, word.end()) is not None
        )

    def _possessor(self, a: Analysis, trigger: Trigger) -> list[str]:
        """ "Canada's offer", "Danish donations", "aid from Denmark" """
        s = a.text
        for actor in reversed([x for x in a.actors if x.end <= trigger.start]):
            gap = s[actor.end : trigger.start]
            for money in reversed(self.p.numbers.money(gap)):
                # "The UK's wider £500 million (US$635 million) package": a sum is one word.
                gap = gap[: money.start] + " sum " + gap[money.end :]
            gap = _SUM_RESTATED.sub("", gap)
            if count_words(gap) > 3 or any(ch in gap for ch in ",;:"):
                break
            # "a second Egyptian shipment": an ordinal before a nationality ranks the aid,
            # not the country.
            if actor.possessive or (
                actor.form is Form.DEMONYM
                and not _OBLIQUE.search(s, max(0, actor.start - 30), actor.start)
            ):
                return [actor.code]
            if not gap.strip() and s[actor.start : actor.end].isupper():
                return [actor.code]  # "the US package", "a UK tranche"
            break
        # "the transfer of F-16 jets from Denmark and the Netherlands", "Instructors from
        # Canada, New Zealand and Australia": the countries they come from.
        m = (_THE_ONLY if trigger.base.endswith(" from") else _OF_FROM).match(s, trigger.end)
        if m and trigger.base not in self.p.grammar.rules.acquiring_verbs:
            origin = _actor_at(a, m.end())
            if origin is not None:
                return self._coordinated_forward(s, a.actors, origin, len(s))
        # "another shipment of Latvian military aid", "a batch of German weapons": the
        # nationality of what it holds (not "the transfer of Ukrainian pilots").
        of = _OF_AFTER.match(s, trigger.end)
        if of is not None:
            held = _actor_at(a, of.end())
            if (
                held is not None
                and held.form is Form.DEMONYM
                and not held.origin
                and (
                    not self._names_people(s, held) or _MILITARY_AID.match(s, held.end) is not None
                )
            ):
                return [held.code]
        # "The pledge of 80,840 rocket motors came from Canada's Bill Blair"
        came = _CAME_FROM.search(s, trigger.end, trigger.end + 120)
        if came is not None and not any(c in ".;" for c in s[trigger.end : came.start()]):
            speaker = _actor_at(a, came.end())
            return [speaker.code] if speaker else []
        return []

    def _after(
        self, a: Analysis, trigger: Trigger, end: int, pattern: re.Pattern[str]
    ) -> list[str]:
        s = a.text
        for actor in a.actors:
            if trigger.end <= actor.start < end and pattern.search(
                s[max(0, actor.start - 20) : actor.start]
            ):
                codes = self._coordinated_forward(s, a.actors, actor, end)
                if pattern is FROM_BEFORE:
                    # "14 from Poland and 13 from Slovakia": each count has its source.
                    last = a.actors[a.actors.index(actor) + len(codes) - 1]
                    for nxt in a.actors[a.actors.index(last) + 1 :]:
                        if nxt.start >= end or not _COUNT_FROM.fullmatch(s, last.end, nxt.start):
                            break
                        codes.append(nxt.code)
                        last = nxt
                return codes
        return []

    @staticmethod
    def _coordinated_forward(
        s: str, actors: list[ActorMention], head: ActorMention, end: int
    ) -> list[str]:
        codes = [head.code]
        current = head
        for nxt in actors[actors.index(head) + 1 :]:
            between = _gap(s, current, nxt)
            if nxt.start >= end or not _COORDINATION.match(between):
                break
            if nxt.form is Form.DEMONYM and "and" not in between:
                break  # "donated by Denmark, the Latvian defence ministry said"
            codes.append(nxt.code)
            current = nxt
        return codes

    def _says(self, s: str, end: int) -> bool:
        """A verb of speech after a source ending at `end`: "Washington and Seoul say",
        "US officials say"."""
        g = self.p.grammar
        if g.speech is None:
            return False
        title = g.officials_after.match(s, end) if g.officials_after is not None else None
        return g.speech.match(s, (title.end() if title else end) + 1) is not None

    @staticmethod
    def _list_end(s: str, actors: list[ActorMention], head: ActorMention) -> int:
        """Where the list of actors that `head` opens ends ("Washington and Seoul")."""
        current = head
        for nxt in actors[actors.index(head) + 1 :]:
            if not _COORDINATION.match(_gap(s, current, nxt)):
                break
            current = nxt
        return current.end

    def _counted_group(self, ctx: Context, size: int) -> list[str]:
        """The last countries named together, as many as `size`, none of them a recipient
        of the article: "Sweden, Norway, Denmark and Finland said … The four governments"."""
        for earlier in reversed(ctx.history):
            groups = []
            taken = -1
            for index, actor in enumerate(earlier.actors):
                if index <= taken or not is_country(actor.code):
                    continue
                members = self._coordinated_forward(
                    earlier.text, earlier.actors, actor, len(earlier.text)
                )
                taken = index + len(members) - 1
                groups.append(members)
            for members in reversed(groups):
                if (
                    len(set(members)) == size
                    and all(is_country(c) for c in members)
                    and not set(members) & set(ctx.recipients[:1])
                ):
                    return members
        return []

    def _pronoun_donor(self, a: Analysis, trigger: Trigger, ctx: Context) -> tuple[list[str], bool]:
        """Donor a pronoun stands for; the flag says whether it came from earlier sentences."""
        g = self.p.grammar
        window = a.text[: trigger.end if trigger.nominal else trigger.start]
        programme = g.member_programme
        if (
            programme is not None
            and (subject := _DEFINITE_SUBJECT_END.search(window)) is not None
            and programme.fullmatch(subject.group(1))
            and not any(x.end <= len(window) for x in a.actors)
        ):
            # "For this year the initiative plans to supply Ukraine": its members give.
            return [UNSPECIFIED_ACTOR], True
        group = _COUNTED_GROUP.search(window)
        if group and not any(x.start >= group.start() for x in a.actors if x.end <= len(window)):
            word = group.group(1).lower()
            size = int(word) if word.isdigit() else self.p.numbers.words.get(word, 0)
            members = self._counted_group(ctx, size) if size > 1 else []
            if members:
                return members, True
        named = _NAMED_SPEAKER.match(window)
        if named and not any(x.start < named.end(1) for x in a.actors):
            # "Ukrspecsystems, a drone maker, says it will invest": "it" is that company.
            return [], False
        # A person or a nationality on a title ("the Dutch minister"), not on a thing
        # ("her country would train Ukrainian recruits").
        in_sentence = [
            x
            for x in a.actors
            if x.end <= trigger.start
            and (
                x.form is Form.PERSON
                or (x.form is Form.DEMONYM and not self._on_a_thing(a.text, x))
            )
        ]
        person = next(
            (
                m
                for m in (g.person_pronouns.finditer(window) if g.person_pronouns else ())
                if not _SOURCE_BEFORE.search(window, max(0, m.start() - 20), m.start())
            ),
            None,
        )
        if person is not None:
            if in_sentence:
                return [in_sentence[-1].code], False
            word = person.group().lower()
            country = g.country_pronoun is not None and g.country_pronoun.fullmatch(word)
            if (word.startswith("its ") or country) and (about := self._previous_subject(ctx)):
                # "Romania is not only a training ground. On 20 June its Supreme Council
                # decided to donate", "Iceland has no army. Instead, the country said it
                # would contribute": the country the sentence before is about.
                return [about], True
            speaking = (
                g.speaker_pronouns is not None
                and bool(ctx.history)
                and g.speaker_pronouns.search(ctx.history[-1].text) is not None
            )
            if ctx.donor and ctx.donor_age <= 1 and is_country(ctx.donor) and not speaking:
                return [ctx.donor], True  # "Britain will finance … the government has pledged"
            # "…, which was important for us. And last Friday the government agreed": in a
            # speaker's words, the speaker's government; with no official named before, the
            # article's donor ("the President of the Republic announced", in a French
            # ministry's communiqué on French aid).
            earlier, _ = self._earlier_person(ctx)
            return (earlier, True) if earlier or not ctx.topic else ([ctx.topic], True)
        # "I", "my" speak for a country only in a transcript's turn ("SUNAK: I can
        # announce"); in a minister's written statement "my Rt Hon Friend" is no country.
        self_speaks = trigger.cls is not VerbClass.THANK and self._speaker_of_turn(ctx, a)
        speaker_pronouns = g.giving_speaker_pronouns if self_speaks else g.speaker_pronouns
        if speaker_pronouns is not None and (we := speaker_pronouns.search(window)):
            people = [x for x in a.actors if x.form is Form.PERSON]
            # "After a call with Netanyahu, Biden said: "We're surging …"": the one who
            # speaks, else the first named.
            speech = g.speech
            speakers = [
                x
                for x in people
                if x.end <= we.start() and speech is not None and speech.match(a.text, x.end + 1)
            ]
            if speakers:
                return [speakers[-1].code], False
            if people:
                return [people[0].code], False
            # With no official named before, the article's donor ("We gave them the guns,"
            # said a minister, in an article on Poland's aid).
            turn = self._speaker_of_turn(ctx, a)
            earlier = turn if turn is not None else self._earlier_person(ctx)[0]
            return (earlier, True) if earlier or not ctx.topic else ([ctx.topic], True)
        if g.funds_pronouns is not None and g.funds_pronouns.search(a.text[: trigger.end]):
            # "The money will pay for radars", "The remaining funding will go towards
            # repairs": the money of the donor just named.
            return ([ctx.donor], True) if ctx.donor and ctx.donor_age <= 2 else ([], False)
        named = (
            re.search(
                # "The first decree, signed in March, sent …", "The resolution, published on
                # Friday, also covers …": the aside is skipped.
                g.package_pronouns.pattern
                + r"(?:\s+[\w-]+){0,3}(?:,[^,]{1,60},(?:\s+(?:also|further|now))?)?\s*$",
                window,
                re.IGNORECASE,
            )
            if g.package_pronouns is not None
            else None
        )
        if (
            g.package_pronouns is not None
            # After a sentence about what is not aid, "it" stands for that; "the package"
            # still names the package.
            and not (
                ctx.history
                and ctx.history[-1].cancelled
                and not (named and _DEFINITE.match(named.group()) and ctx.package_age <= 4)
            )
            and not _PASSIVE.search(window)
            and (self._contents_inverted(a, trigger) or named)
            and (ctx.package or (ctx.donor if ctx.donor_age <= 3 else None) or ctx.topic)
        ):
            # "The package … consists of …, the Finnish defence ministry said": the speaker's;
            # else the package named before, the donor just named or the article's donor.
            speaker = self._reporting_speaker(a, trigger.end)
            if speaker:
                return speaker, False
            recent = ctx.donor if ctx.donor_age <= 3 else None
            # A package named many sentences back yields to a donor just named.
            package = ctx.package if ctx.package_age <= 6 or recent is None else None
            return [package or recent or ctx.topic or ""], True
        # "(Officials said) the launchers would come with rockets"
        reported = _REPORTED_OPENING.match(window)
        if (
            trigger.base in g.rules.contents_verbs
            and _DEFINITE_SUBJECT.fullmatch(window, reported.end() if reported else 0)
            and (ctx.package or (ctx.donor if ctx.donor_age <= 2 else None))
        ):
            # "The vehicles include 162 Huskies", after the package: the package's own.
            return [ctx.package or ctx.donor or ""], True
        return [], False

    def _contents_inverted(self, a: Analysis, trigger: Trigger) -> bool:
        """ "Also included in the package are …", "Also included, officials said, are …",
        "Javelins are also on the list", "There will also be …": the package of the
        sentence before."""
        package = self.p.grammar.package_pronouns
        if trigger.cls is not VerbClass.INCLUDE or package is None:
            return False
        m = _IN.match(a.text, trigger.end)
        return (
            (m is not None and package.match(a.text, m.end()) is not None)
            or package.search(a.text, trigger.start, trigger.end) is not None
            or _THERE.match(a.text, trigger.start) is not None
            or (
                trigger.past
                and _FRONTED.fullmatch(a.text, 0, trigger.start) is not None
                and _THEN_BE.match(a.text, trigger.end) is not None
            )
        )

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
        covering = next(
            (
                i
                for i in a.items
                if i.start <= trigger.start < i.end and i.category not in _AID_NOT_EQUIPMENT
            ),
            None,
        )
        if covering is not None and (
            covering.start < trigger.start
            or covering.end > _word_end(a.text, trigger.end)
            or any(
                i.start > covering.end and not a.text[covering.end : i.start].strip()
                for i in a.items
            )
        ):
            # "training aircraft", "a supply ship": a verb form inside the name of a piece
            # of equipment, or naming the kind of the item after it.
            return True
        if trigger.past or not before.endswith(" ") or before.endswith(("  ", ", ")):
            return False
        if _AUXILIARY.match(a.text, trigger.start):
            return False  # "the Leopards are operational": a verb phrase after its subject
        if _AFTER_INFINITIVE.search(before):
            return True  # "to monitor ship movements": an infinitive's object.
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
        if self._in_receipt(a, first):
            # "Ukraine's armed forces took delivery of 18 howitzers paid for by Denmark": a
            # receipt is aid only with a giver named by a verb of its own; "took delivery of
            # HIMARS launchers from the United States" is most often a purchase.
            donors = next(
                (d for t in frame.triggers[1:] if t.past and (d := self._by_agent(a, t))), []
            )
            recipients = [x for x in self._subject(a, clause_start, first.start) if is_country(x)]
            # "produced by Ukrainian manufacturers and paid for by Denmark": the maker is no giver.
            donors = [d for d in donors if d not in recipients]
            return (donors, recipients, inherited) if donors else ([], [], inherited)
        if first.cls in (VerbClass.RECEIVE, VerbClass.USE):
            if first.cls is VerbClass.RECEIVE and any(
                first.end <= x.start < end
                and _ORDERED_FROM.search(s, max(0, x.start - 30), x.start)
                for x in a.actors
            ):
                # "is to receive its first F-35s, ordered from the United States": a purchase.
                return [], [], inherited
            donors = (
                self._after(a, first, end, FROM_BEFORE)
                or [
                    x.code
                    for x in a.actors
                    if x.end <= first.start and _FRONTED_FROM.fullmatch(s, clause_start, x.start)
                ][:1]
            )
            if not donors:
                # "has taken delivery of 40 carriers donated by Denmark"
                donors = next(
                    (d for t in frame.triggers[1:] if t.past and (d := self._by_agent(a, t))), []
                )
            if not donors:
                donors = [
                    x.code
                    for x in a.actors
                    if first.end <= x.start < end
                    and _BOUGHT_BY.search(s, max(0, x.start - 40), x.start)
                ][:1]
            programme = self.p.grammar.programme
            if not donors and programme is not None:
                # "received the first batch under an €8m EU programme", "Under Germany's
                # Enable and Enhance Initiative, the army received": the scheme's owner.
                donors = [
                    x.code
                    for x in a.actors
                    if (first.end <= x.start < end or x.end <= first.start)
                    and _UNDER_A.search(s, max(0, x.start - 40), x.start)
                    and any(programme.match(s, at) for at in _word_starts(s, x.end + 1, 5))
                ][:1]
            m = re.search(r"\bfrom\b", s[first.end : end])
            if donors and m and any(first.end <= i.start < first.end + m.start() for i in a.items):
                frame.scope_end = first.end + m.start()
            recipients = [x for x in self._subject(a, clause_start, first.start) if is_country(x)]
            if not recipients and _STATES_SUBJECT.match(s, clause_start, first.start):
                # "Countries whose orders are affected will still receive their missiles":
                # unnamed buyers, not the article's recipient.
                return [], [], inherited
            if first.cls is VerbClass.USE:
                return donors or [PER_ITEM], recipients, inherited
            if not donors:
                # "Kyiv has received the first Swedish CV90s": the nationality of the item.
                donors = [
                    x.code
                    for x in a.actors
                    if first.end <= x.start < end
                    and x.form is Form.DEMONYM
                    and x.code not in recipients
                    and any(
                        i.start >= x.end and count_words(s[x.end : i.start]) <= 1 for i in a.items
                    )
                ][:1]
            if not donors:
                # "Thanks to our Norwegian partners, we have received NASAMS missiles"
                donors = next(
                    (
                        self._coordinated_forward(s, a.actors, x, first.start)
                        for x in a.actors
                        if x.end <= first.start
                        and _THANKS_TO.search(s, max(0, x.start - 25), x.start)
                    ),
                    [],
                )
            if (
                not donors
                and not recipients
                and _ITEM_SUBJECT.match(
                    s, clause_start, min([first.start, *(i.start for i in a.items)])
                )
                and any(i.end <= first.start for i in a.items)
            ):
                # "The tanks … will receive new optics": what an item gets is its upgrade.
                return [], [], inherited
            if not donors:
                donors, inherited = self._receive_fallback(a, ctx, recipients, first.start), True
            return donors, recipients, inherited
        if first.cls is VerbClass.ARRIVE:
            # "the first Patriot systems had arrived, supplied by the United States and
            # Germany": the participle's agents gave them.
            donors = next(
                (
                    d
                    for t in frame.triggers[1:]
                    if t.past
                    and s[: t.start].rstrip().endswith(",")
                    # (not "arrived with munitions supplied by the United States")
                    and not any(head.end <= i.start < t.start for i in a.items)
                    and (d := self._by_agent(a, t))
                ),
                [],
            )
            recipients = self._recipients(a, head, end, donors, frame)
            return donors or [PER_ITEM], recipients, inherited
        if first.cls is VerbClass.THANK:
            after = [x for x in a.actors if first.end <= x.start < end]
            # "thanks Denmark and the Netherlands for jets": each of them (not "thanked
            # Prague and asked other partners").
            donors = self._coordinated_forward(s, a.actors, after[0], end) if after else []
            donors = [c for c in donors if c != UNSPECIFIED_ACTOR] or donors
            if _PERSON_THEN_AND.search(s, 0, first.start):
                # "He singled out Denmark, …, and thanked the US": the thanks are his.
                people = [c for c in self._earlier_person(ctx)[0] if c not in donors]
                return donors, people, bool(people)
            recipients = [x for x in self._subject(a, clause_start, first.start) if is_country(x)]
            if not recipients:
                # "The Ministry also expresses gratitude to …": the ministry named before.
                recipients = [
                    x
                    for x in self._pronoun_donor(a, first, ctx)[0]
                    if is_country(x) and x not in donors
                ]
            return donors, recipients, inherited
        kept = self._kept_supplied(a, head, clause_start)
        if kept is not None:
            return kept
        passive = head.past and bool(_PASSIVE.search(s[max(0, head.start - 25) : head.start]))
        by_agent = self._by_agent(a, head) if head.past else []
        if not by_agent and head.past and any(0 <= head.start - i.end <= 1 for i in a.items):
            # "howitzers ordered for Ukraine under a contract financed by Denmark": the agent
            # of a later participle in the frame.
            by_agent = next(
                (
                    d
                    for t in frame.triggers
                    if t.start > head.end and t.past and (d := self._by_agent(a, t))
                ),
                [],
            )
        if passive and not by_agent:
            agent_end = re.search(
                r",|\band\b(?!\s+(?:in|at)\b)|\b\w+ed\s+by\b|$", s[head.end : end]
            )
            by_agent = self._after(a, head, head.end + agent_end.start() if agent_end else end, _BY)
        if by_agent:
            # "hit a Russian navy tug with Harpoon missiles supplied by Denmark": before a
            # participle right after its item, an indefinite noun phrase is an object.
            reduced = any(0 <= head.start - i.end <= 1 for i in a.items)
            subject = [
                x
                for x in self._subject(a, clause_start, head.start, people=False)
                if is_country(x)
                and not (
                    reduced
                    and any(
                        y.code == x and _INDEFINITE.search(s, max(0, y.start - 4), y.start)
                        for y in a.actors
                    )
                )
            ]
            # "Canada's four Leopards, …, as are the 14 tanks donated by Poland": an owner of
            # other items is no recipient.
            owners = {
                y.code
                for y in a.actors
                if y.possessive
                and any(
                    0 <= count_words(s[y.end : i.start]) <= 3 for i in a.items if i.start > y.end
                )
                and y.end <= head.start
            }
            recipients = [x for x in subject if x not in by_agent and x not in owners]
            return by_agent, recipients or self._recipients(a, head, end, by_agent, frame), False
        given_what = _GIVEN_WHAT.match(s, head.end) or self.p.numbers.count.match(s, head.end + 1)
        if passive and not head.nominal and given_what:
            # "Georgia has been allocated €62.75 million", "Moldova was given 20 trucks",
            # "the Philippines was supplied with radars": the subject is given, as in a
            # receipt.
            given = [x for x in self._subject(a, clause_start, head.start) if is_country(x)]
            if given:
                return self._receive_fallback(a, ctx, given, head.start), given, True
        if (
            not head.nominal
            and self.p.grammar.category_of(head) is Category.TRAINING
            and head.base not in self.p.grammar.completions  # read by the assembler
            and (passive or NO_OBJECT.match(s, head.end))
        ):
            # "Ukrainian crews were trained", "Taiwanese battalions trained alongside the
            # Michigan National Guard": the subject's nation is trained; the assembler reads
            # who trains it from where and with whom.
            trained = [
                x.code
                for x in a.actors
                if clause_start <= x.start < head.start and self._names_people(s, x)
            ]
            # "the Czech army will train in the Libavá area further Ukrainian soldiers": the
            # trainees come after all.
            later = any(
                head.end <= x.start < end
                and self._names_people(s, x)
                and not _WHERE_OR_WITH.search(s, max(0, x.start - 30), x.start)
                for x in a.actors
            )
            if trained and not later:
                return [], trained[-1:], inherited
        donors = list(frame.donors) or (self._possessor(a, first) if first.nominal else [])
        if (
            first.nominal
            and ctx.topic
            and len(donors) == 1
            and donors[0] != ctx.topic
            and donors[0] in ctx.recipients
            and donors == self._possessor(a, first)
        ):
            # "Benin's €11.75 million package", in an article on the EU's measures for Ghana
            # and Benin: the package is for Benin, from the article's donor.
            return [ctx.topic], donors, True
        if (
            not donors
            and not first.nominal
            and first.base in self.p.grammar.rules.object_donor_verbs
        ):
            donors = [
                x.code
                for x in a.actors
                if _OBJECT_THEN_TO.fullmatch(s, first.end, x.start)
                and re.match(r"\s+to\b", s[x.end :])
            ][:1]
        pronoun = _SUBJECT_PRONOUN.search(s[: first.start]) if not donors else None
        if pronoun is not None:
            donors = self._sentence_subject(a, pronoun.start())
            if not donors:
                # "Our neighbours in Romania … They have trained our officers": the
                # donor just named, else the last country of the previous sentence.
                earlier = ctx.donor if ctx.donor and ctx.donor_age <= 1 else None
                if earlier is None and ctx.history and not ctx.history[-1].cancelled:
                    # Its subject ("Copenhagen has become … Ukraine's industry. Last month
                    # it said"), else its last country.
                    named = [
                        x.code
                        for x in ctx.history[-1].actors
                        if is_country(x.code) and not x.possessive
                    ]
                    earlier = self._previous_subject(ctx) or (named[-1] if named else None)
                donors, inherited = ([earlier], True) if earlier else ([], False)
        if not donors and head.past and _COUNT_NOUN_BEFORE.search(s, 0, head.start):
            # "…, and the number delivered has since grown to 32": a count of what the donor
            # just named gave.
            earlier = ctx.recent_donor()
            if earlier is None:
                return [], [], inherited
            donors, inherited = [earlier], True
        if not donors:
            donors = self._subject(a, clause_start, first.start)
        if not donors and first.nominal and not head.nominal:
            # "Under its Official Security Assistance scheme, Japan agreed to give": the
            # verb's own subject, after the noun of aid.
            donors = self._subject(a, first.end, head.start)
        if not donors:
            # "On behalf of the German government, Rheinmetall will supply": a company acts
            # for the state that pays.
            donors = [
                x.code for x in a.actors if _ON_BEHALF.search(s, max(0, x.start - 30), x.start)
            ][:1]
        if not donors and ctx.donor and ctx.donor_age == 0 and self._aid_clause(a, first.start):
            # "the bloc approved a €12 million measure for Mauritania, which will supply …":
            # the aid's own clause, given by whom the sentence just named.
            donors, inherited = [ctx.donor], True
        if not donors:
            donors, inherited = self._pronoun_donor(a, first, ctx)
        remainder = _REMAINDER.match(s, 0, first.start) is not None
        if (
            not donors
            and self._money_subject(a, first)
            and ctx.donor
            and (ctx.donor_age <= 3 or remainder)
        ):
            # "A further £68 million will fund radars": the money of the donor just named;
            # "The remaining 300 million crowns is earmarked": of the total named before.
            donors, inherited = [ctx.donor], True
        if not donors and passive:
            # "Twenty tanks have been delivered to Ukraine, Germany's defence ministry said."
            donors = self._reporting_speaker(a, head.end, ctx)
        if (
            not donors
            and head.past
            and not passive
            and (
                head.cls is VerbClass.TRANSFER
                or (head.cls is VerbClass.PLEDGE and _TO_THEN.match(s, head.end))
            )
            and head.base not in self.p.grammar.rules.needs_recipient  # "tanks bought from"
            and any(0 <= head.start - i.end <= 1 for i in a.items)
        ):
            # "Canada's earliest contributions are long in service. The four M777 howitzers
            # sent in April 2022 …", "The next IRIS-T system promised to Kyiv …": a
            # participle right after its items, with no agent, was the donor's just named,
            # else the article's.
            earlier = ctx.recent_donor()
            donors, inherited = ([earlier], True) if earlier else ([], False)
        if not donors and passive:
            # A list header ("the following items have been delivered:") reaches a little
            # further back than a plain sentence.
            reach = 2 if s.rstrip().endswith(":") else 1
            earlier = ctx.donor if ctx.donor and ctx.donor_age <= reach else ctx.package
            # "Some 90 Marder vehicles have also been delivered", in a guide to what Germany
            # sent: the article's donor.
            earlier = earlier or ctx.topic
            donors, inherited = ([earlier], True) if earlier else ([], False)
        verb = head if not head.nominal else first
        recipients = self._recipients(a, verb, end, donors, frame)
        if (
            not recipients
            and first.nominal
            and first is not verb
            and _TO_BEFORE.search(s, max(0, verb.start - 4), verb.start) is not None
        ):
            # "notified Congress of $345 million in military aid for Taiwan, … to send
            # weapons to the island", "a €10 million measure for Armenia, to pay for
            # equipment": the aid noun names whom the verb of its purpose serves
            # ("contributions to Ukraine will count towards the spending target" spend
            # nothing).
            recipients = self._recipients(a, first, verb.start, donors, frame)
        if not recipients and donors:
            # "The US approved a new Taiwan drawdown": a country's name on the noun of aid,
            # beside a giver named apart, is whom the aid is for; so is the country whose
            # share a sentence opens with ("Of the Israeli portion, $4 billion is …").
            recipients = [
                x.code
                for x in a.actors
                if x.form is Form.NAME
                and not x.possessive
                and x.code not in donors
                and is_country(x.code)
                and any(t.nominal and s[x.end : t.start] == " " for t in frame.triggers)
            ][:1] or [
                x.code
                for x in a.actors
                if x.code not in donors
                and is_country(x.code)
                and _SHARE_OPENING.fullmatch(s, 0, x.start)
                and _SHARE_NOUN.match(s, x.end)
            ][:1]
        return donors, recipients or self._to_us(a, verb, ctx, donors), inherited

    def _to_us(self, a: Analysis, verb: Trigger, ctx: Context, donors: list[str]) -> list[str]:
        """ "Germany gave us …", "trained our officers": the speaker's country."""
        if not _TO_US.match(a.text, verb.end):
            return []
        speaker = [x.code for x in a.actors if x.form is Form.PERSON and x.code not in donors]
        return speaker[:1] or [c for c in self._earlier_person(ctx)[0] if c not in donors]

    def _speaker_of_turn(self, ctx: Context, a: Analysis | None = None) -> list[str] | None:
        """The country of the last speaker label of a transcript ("SUNAK:"); a title alone
        ("PRIME MINISTER:") is the speaker an earlier label named with it ("PRIME
        MINISTER RISHI SUNAK:"), or no one. None where no label tells."""
        titles = self.p.grammar.rules.official_nouns
        title: str | None = None
        for earlier in reversed([*ctx.history, a] if a is not None else ctx.history):
            label = SPEAKER_LABEL.match(earlier.text)
            if label is None:
                continue
            named = earlier.text[: label.end(1)].strip(" \t-•*").upper()
            speaker = next((x for x in earlier.actors if x.start == label.start(1)), None)
            if title is None:
                if speaker is not None:
                    return [speaker.code]
                if named.lower().removeprefix("the ") in titles:
                    title = named
            elif speaker is not None and named.startswith(title + " "):
                return [speaker.code]
        return [] if title is not None else None

    def _earlier_person(self, ctx: Context) -> tuple[list[str], bool]:
        """The country of the last official named in earlier sentences: a person, a
        nationality or possessive on a title ("the Lithuanian Defence Minister", "Moldova's
        Minister of Defence"), not a nationality on a thing ("a Russian drone")."""
        g = self.p.grammar
        officials, official_of, unit_of = g.officials, g.official_of, g.unit_of
        turn = self._speaker_of_turn(ctx)
        if turn is not None:
            # "SUNAK: … Putin launched 500 missiles … we will increase our funding": in a
            # transcript, the one whose turn it is, not whom he names.
            return turn, True
        for earlier in reversed(ctx.history):
            people = [
                x
                for x in earlier.actors
                if x.form is Form.PERSON
                or (x.form is Form.DEMONYM and re.match(r"\s+[A-Z]", earlier.text[x.end :]))
                or (x.possessive and officials is not None and officials.match(earlier.text, x.end))
                or (
                    # "the Ministry of Foreign Affairs of Moldova", not "the armed forces of
                    # Moldova" (who receive).
                    official_of is not None
                    and official_of.search(earlier.text, max(0, x.start - 40), x.start) is not None
                    and not (
                        unit_of and unit_of.search(earlier.text, max(0, x.start - 40), x.start)
                    )
                )
            ]
            if people:
                return [people[-1].code], True
        return [], True

    def _money_subject(self, a: Analysis, trigger: Trigger) -> bool:
        """An amount is the subject: "A further £68 million will fund", "EUR 200 million
        will be used to buy"."""
        before = a.text[: trigger.start]
        return any(
            count_words(before[m.end :]) <= 4
            for m in self.p.numbers.money(before)
            if not m.restated
        )

    def _sentence_subject(self, a: Analysis, before: int) -> list[str]:
        """The first actor of the sentence, before the pronoun at `before`, that is not
        behind a preposition or a possessive of something else: what "it" and "they" later
        in the sentence stand for."""
        for actor in a.actors:
            if actor.start >= before:
                break
            if actor.possessive or actor.origin or self._oblique(a.text, actor):
                continue
            return [actor.code]
        return []

    def _previous_subject(self, ctx: Context) -> str | None:
        """The country the sentence before is about: its subject, if a country."""
        if not ctx.history:
            return None
        previous = ctx.history[-1]
        subject = self._sentence_subject(previous, len(previous.text))
        return subject[0] if subject and is_country(subject[0]) else None

    def _in_receipt(self, a: Analysis, trigger: Trigger) -> bool:
        """Is the trigger the noun of a receipt phrase ("took delivery of")?"""
        receipt = self.p.grammar.receipt
        if receipt is None:
            return False
        taken = receipt.search(a.text, max(0, trigger.start - 12))
        return taken is not None and taken.start() <= trigger.start < taken.end()

    def _receive_fallback(
        self, a: Analysis, ctx: Context, recipients: list[str], before: int
    ) -> list[str]:
        """ "Ukraine is to receive 25 more LAV 6" with no "from X": the official, capital or
        country that speaks in this one ("Norway said that its six F-16s had arrived"), the
        donor named in the previous sentences, or the article's donor."""
        speech = self.p.grammar.speech
        speakers = [
            x.code
            for x in a.actors
            if x.end <= before
            and x.code not in recipients
            and (
                x.form in (Form.PERSON, Form.CAPITAL, Form.INSTITUTION)
                or (speech is not None and speech.match(a.text, x.end + 1) is not None)
            )
        ]
        if speakers or a.sentence.heading:
            return speakers[:1]  # "Mirages have arrived", a live blog's new entry: its own
        # "Portugal's instructors trained Mozambican commandos. … Mauritania is to receive
        # €12 million", in an article on EU aid: a donor just named for another recipient
        # gives way to the article's.
        elsewhere = (
            bool(recipients)
            and ctx.topic is not None
            and ctx.recipient_of.get(ctx.donor or "") not in (None, *recipients)
        )
        if ctx.donor and ctx.donor_age <= 2 and ctx.donor not in recipients and not elsewhere:
            return [ctx.donor]
        if ctx.topic and ctx.topic not in recipients:
            return [ctx.topic]  # "Mauritania has already received …", in an article on EU aid
        return []

    def _reporting_speaker(self, a: Analysis, after: int, ctx: Context | None = None) -> list[str]:
        """The country that reports a passive delivery after a comma: "…, Norway's defence
        minister said"."""
        speech = self.p.grammar.speech
        if speech is None:
            return []
        m = speech.search(a.text, after)
        while m is not None and any(x.start <= m.start() < x.end for x in a.actors):
            m = speech.search(a.text, m.end())  # "the United States" is no "states"
        if m is None:
            return []
        comma = a.text.rfind(",", after, m.start())
        if comma < 0:
            return []
        speakers = [
            x.code
            for x in a.actors
            if comma < x.start < m.start() and is_country(x.code) and not self._oblique(a.text, x)
        ]
        title = self.p.grammar.person_pronouns
        if not speakers and ctx is not None and title is not None:
            # "…, the president said": the official named before.
            said_by = a.text[comma + 1 : m.start()].strip()
            if title.fullmatch(said_by):
                return self._earlier_person(ctx)[0][:1]
        return speakers[-1:]

    def _by_agent(self, a: Analysis, verb: Trigger) -> list[str]:
        """ "tanks supplied by Germany", "financed jointly by Germany and Denmark": the agent
        right after a participle is the donor."""
        # Also over a recipient named first: "donated to Ukraine by Poland".
        m = BY_AGENT.match(a.text, verb.end)
        agent = _THE.match(a.text, m.end()) if m else None
        for actor in a.actors:
            if agent is not None and (
                actor.start == agent.end()
                # "supplied by Western partners", "paid for by other allies"
                or (
                    actor.form is Form.UNSPECIFIED
                    and _ADJECTIVES.fullmatch(a.text, agent.end(), actor.start) is not None
                )
            ):
                return self._coordinated_forward(a.text, a.actors, actor, len(a.text))
        # "tanks bought with Danish money": the money's nation pays.
        paid = _WITH_MONEY_OF.match(a.text, verb.end)
        return [
            x.code
            for x in a.actors
            if paid is not None
            and x.start == paid.end()
            and x.form is Form.DEMONYM
            and _MONEY_NOUN.match(a.text, x.end)
        ][:1]

    def _for_itself(self, a: Analysis, donors: list[str], trigger: Trigger, end: int) -> bool:
        """ "Australia is buying HIMARS for the Australian Army": the donor's own forces
        receive it; procurement, not aid."""
        prep = self.p.grammar.recipient_prep
        # "ordered 88 F-35s for the Royal Canadian Air Force, with the first deliveries due":
        # a noun of giving looks back over its clause.
        start = a.clause(trigger.start)[0] if trigger.nominal else trigger.end
        # "handed over its 19 guns, originally ordered for the Danish Army, last year": the
        # items' history, set off by commas, is no recipient.
        history = [m.span() for m in _HISTORY_ASIDE.finditer(a.text, start, end)]
        return prep is not None and any(
            start <= x.start < end
            and x.code in donors
            and prep.search(a.text, max(0, x.start - 20), x.start) is not None
            and not any(s0 < x.start < s1 for s0, s1 in history)
            for x in a.actors
        )

    def _recipients(
        self, a: Analysis, trigger: Trigger, end: int, donors: list[str], frame: Frame
    ) -> list[str]:
        s = a.text
        for verb in frame.triggers[1:]:
            # "send personnel to Britain to train Ukrainian recruits": the trainees' country.
            if self.p.grammar.category_of(verb) is None:
                continue
            trainees = next(
                (
                    x
                    for x in a.actors
                    if verb.end < x.start < end
                    and re.fullmatch(r"\s*(?:the\s+)?", s[verb.end : x.start])
                    and self._names_people(s, x)
                ),
                None,
            )
            if trainees is not None and trainees.code not in donors:
                return [trainees.code]
        # "humanitarian assistance, including for civilians in Gaza": relief goes to the
        # people of a place.
        allow_location = (
            trigger.cls in (VerbClass.SUPPORT, VerbClass.ARRIVE)
            or any(t.base == "invest" for t in frame.triggers)
            or any(
                trigger.start < i.end and i.start < end
                for i in a.items
                if i.category is Category.HUMANITARIAN
            )
        )
        for actor in a.actors:
            if (
                not (trigger.end <= actor.start < end)
                or actor.origin
                or actor.leader
                or actor.code in donors
            ):
                continue
            if not is_country(actor.code) or actor.form is Form.PERSON:
                continue
            programme = self.p.grammar.programme
            if (
                actor.form is Form.DEMONYM
                and programme
                and any(programme.match(s, at) for at in _word_starts(s, actor.end + 1, 3))
            ):
                # "into the Czech (ammunition) initiative": the scheme's leader, not its
                # recipient.
                continue
            # The object of the frame's nearest verb: "approved a measure to supply the
            # Jordan Armed Forces with radars".
            anchor = max(
                (t.end for t in frame.triggers if trigger.end <= t.end <= actor.start),
                default=trigger.end,
            )
            before = s[anchor : actor.start]
            verb = next((t for t in frame.triggers if t.end == anchor), trigger)
            # "added Spain and Portugal to the list": a verb without a dative names the
            # thing it moves, not whom it gives to.
            direct = verb.base not in self.p.grammar.rules.theme_verbs and (
                not before.strip() or bool(re.fullmatch(r"\s*(?:the|its|their)\s*", before))
            )
            if actor.form is Form.DEMONYM:
                unit = self.p.grammar.recipient_nouns
                # "train a Ukrainian brigade"; after a category verb, further into its
                # object: "train about 4,000 members of the Ukrainian armed forces".
                near = bool(re.fullmatch(r"\s*(?:a|an|the|its|their|his|her)?\s*", before)) or (
                    self.p.grammar.category_of(trigger) is not None
                    and count_words(before) <= 6
                    and _WORDS_ONLY.fullmatch(before) is not None
                )
                direct = near and unit is not None and unit.match(s, actor.end + 1) is not None
                operators = self.p.grammar.trainee_nouns
                if not direct and near and operators and self.p.grammar.category_of(trigger):
                    # "train Togolese drone operators", "Ukrainian F-16 pilots": the trainees'
                    # nationality, over the words that say what they operate.
                    direct = not _BY.search(before) and any(
                        operators.match(s, at) for at in _word_starts(s, actor.end + 1, 3)[1:]
                    )
            context = s[max(0, actor.start - 20) : actor.start]
            unit_of, seat_of = self.p.grammar.unit_of, self.p.grammar.seat_of
            if (
                direct
                or self.p.grammar.recipient_prep.search(context)
                # "to the UN-recognised Government of National Accord in Tripoli"
                or _GOVERNMENT_IN.search(s, max(0, actor.start - 80), actor.start)
                # "to strengthen the armed forces of the Republic of Moldova"
                or (unit_of and unit_of.search(s, max(0, actor.start - 40), actor.start))
                or (
                    allow_location
                    and _LOCATION_PREP.search(context)
                    and not (seat_of and seat_of.search(s, max(0, actor.start - 40), actor.start))
                )
            ):
                # "to Poland for Ukraine": the first is the way, the second the recipient.
                onward = next(
                    (
                        y
                        for y in a.actors
                        if y.start > actor.end
                        and is_country(y.code)
                        and _ONWARD.fullmatch(s, actor.end, y.start)
                    ),
                    None,
                )
                if onward is not None and onward.code not in donors:
                    actor = onward
                # "to Estonia, Latvia and Lithuania": every country of the list, unless
                # the list goes on as the subject of a verb ("…, and Sweden and Norway have").
                joined = self._coordinated_forward(s, a.actors, actor, end)
                last = next(x for x in a.actors if x.code == joined[-1] and x.start >= actor.start)
                if (
                    len(joined) > 1
                    and (
                        _VERB_AFTER.match(s, last.end)
                        # "to Ukraine, Germany and France announce new aid" (but "help
                        # Estonia and Latvia buy radars")
                        or (
                            _TO_BEFORE.search(context) is not None
                            and any(
                                not t.nominal
                                and t.start >= last.end
                                and not s[last.end : t.start].strip()
                                for t in a.triggers
                            )
                        )
                    )
                ):
                    joined = joined[:1]
                return [c for c in dict.fromkeys(joined) if is_country(c) and c not in donors]
        # "signed a protocol with Georgia to provide 100 million lira": the other party;
        # "the measure for Ghana will pay for", "Of the Israel money, $4 billion will
        # replenish": the one the subject is for.
        beneficiary = self.p.grammar.beneficiary
        clause_start = a.clause(trigger.start)[0]
        return [
            x.code
            for x in a.actors
            if x.end <= trigger.start
            and is_country(x.code)
            and x.code not in donors
            and (
                (
                    x.form is Form.NAME
                    and x.start >= clause_start
                    and _THE_BEFORE.search(s, max(0, x.start - 5), x.start) is not None
                    and beneficiary is not None
                    and beneficiary.match(s, x.end) is not None
                )
                or (
                    _PACT_WITH.search(s, max(0, x.start - 40), x.start)
                    and _TO_GIVE.fullmatch(s, x.end, trigger.start)
                    and trigger.base not in self.p.grammar.rules.acquiring_verbs
                )
                or (
                    _NOUN_FOR.search(s, max(0, x.start - 30), x.start)
                    and _THEN_VERB.fullmatch(s, x.end, trigger.start)
                )
            )
        ][:1]
