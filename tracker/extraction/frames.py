"""Frames: trigger words, the status they imply, and the cues that cancel them.

Reads the vocabulary of frames.yaml: verb classes with their inflections, nominal
triggers, pledge and delivery markers, cancel cues (negation, requests, speculation,
conditions, cuts, reluctance), clause breaks and speech verbs. Which actor fills which
role is decided in `assemble`; this module only says where triggers are and what
their grammar is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field

from tracker.domain import Category, Status
from tracker.extraction.items import singulars
from tracker.extraction.patterns import alternation
from tracker.extraction.tokens import Gazetteer, Token, tokenize


class VerbClass(StrEnum):
    TRANSFER = "transfer"
    PLEDGE = "pledge"
    INCLUDE = "include"
    RECEIVE = "receive"
    USE = "use"
    THANK = "thank"
    SUPPORT = "support"
    ARRIVE = "arrive"


class Verb(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    base: str
    forms: tuple[str, ...] = ()
    objects: tuple[str, ...] = ()
    """Nouns of which one must follow within three words for the verb to count; the
    trigger then ends at it ("completed a six-week course")."""
    not_reporting: bool = False
    """The verb also reports speech ("he added that …", "…, she added."): it counts only
    when it neither follows a comma or quote nor precedes "that", a punctuation mark or a
    quote."""


class CueSet(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    before: tuple[str, ...] = ()
    after: tuple[str, ...] = ()
    anywhere: tuple[str, ...] = ()
    sentence: tuple[str, ...] = ()


class Pronouns(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    speaker: tuple[str, ...] = ()
    speaker_self: tuple[str, ...] = ()
    country: tuple[str, ...] = ()
    person_country: tuple[str, ...] = ()
    package: tuple[str, ...] = ()
    funds: tuple[str, ...] = ()


class FrameRules(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    verbs: dict[VerbClass, tuple[Verb, ...]]
    category_verbs: dict[str, Category] = {}
    ongoing_verbs: tuple[str, ...] = ()
    trainees: tuple[str, ...] = ()
    needs_recipient: tuple[str, ...] = ()
    gift_verbs: tuple[str, ...] = ()
    object_donor_verbs: tuple[str, ...] = ()
    contents_verbs: tuple[str, ...] = ()
    recipient_nouns: tuple[str, ...] = ()
    place_nouns: tuple[str, ...] = ()
    venue_nouns: tuple[str, ...] = ()
    programme_nouns: tuple[str, ...] = ()
    acquiring_verbs: tuple[str, ...] = ()
    member_programmes: tuple[str, ...] = ()
    programme_verbs: tuple[str, ...] = ()
    making_verbs: tuple[str, ...] = ()
    theme_verbs: tuple[str, ...] = ()
    recipient_modifiers: tuple[str, ...] = ()
    package_nouns: tuple[str, ...] = ()
    event_nouns: tuple[str, ...] = ()
    body_nouns: tuple[str, ...] = ()
    travel_nouns: tuple[str, ...] = ()
    official_nouns: tuple[str, ...] = ()
    system_parts: dict[str, Category] = {}
    modifier_categories: tuple[Category, ...] = ()
    money_links: dict[str, tuple[str, ...]] = {}
    item_blockers: tuple[str, ...] = ()
    target_blockers: tuple[str, ...] = ()
    item_followers: tuple[str, ...] = ()
    leader_suffixes: tuple[str, ...] = ()
    nominal_triggers: dict[VerbClass, tuple[str, ...]] = {}
    people_sent: tuple[str, ...] = ()
    pledged_markers: tuple[str, ...] = ()
    delivered_markers: tuple[str, ...] = ()
    completed_markers: tuple[str, ...] = ()
    cancel: dict[str, CueSet] = {}
    clause_breaks: tuple[str, ...] = ()
    speech_verbs: tuple[str, ...] = ()
    pronouns: Pronouns = Field(default_factory=Pronouns)
    origin_suffixes: tuple[str, ...] = ()
    supplier_suffixes: tuple[str, ...] = ()
    partner_markers: tuple[str, ...] = ()
    beneficiary_nouns: tuple[str, ...] = ()
    share_references: tuple[str, ...] = ()
    contents_references: tuple[str, ...] = ()
    contents_openers: tuple[str, ...] = ()
    delivered_columns: tuple[str, ...] = ()
    refusal_cells: tuple[str, ...] = ()
    non_state_recipients: tuple[str, ...] = ()
    industry_nouns: tuple[str, ...] = ()
    sequel_phrases: tuple[str, ...] = ()
    coming_predicates: tuple[str, ...] = ()
    earlier_markers: tuple[str, ...] = ()
    prior_package_cues: tuple[str, ...] = ()
    receipt_phrases: tuple[str, ...] = ()
    causative_verbs: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Form:
    cls: VerbClass
    base: str
    tense: str
    """present, past, gerund or noun"""
    objects: re.Pattern[str] | None = None
    not_reporting: bool = False


@dataclass(frozen=True)
class Trigger:
    start: int
    end: int
    cls: VerbClass
    base: str
    nominal: bool
    past: bool
    """A past-tense or participle form ("supplied", "sent"), not "supply" or "supplying"."""


# "The pilots who will fly them were trained": the auxiliary next to the verb decides.
_PAST_PASSIVE = re.compile(r"\b(?:was|were)(?:\s+\w+ly)?\s*$", re.IGNORECASE)
# "he added that …", "added: …", "…,” she added."
_REPORTING_AFTER = re.compile(r"\s*(?:that\b|[,.:;!?\"“”]|$)", re.IGNORECASE)
_REPORTING_BEFORE = re.compile(r"[,\"”]\s*$")
# "Denmark was the first country to send Caesars": after a past "the first … to", the
# infinitive tells what was done.
_FIRST_TO = re.compile(
    r"\b(?:was|were|had\s+been|has\s+been)\s+(?:also\s+)?(?:among\s+)?the\s+first"
    r"(?:\s+[\w-]+){0,2}\s+to\s*$",
    re.IGNORECASE,
)
# "are also training", "has been training", "help train": an activity under way.
_UNDER_WAY = re.compile(
    r"\b(?:is|are|am|been|being|helps?|helping)(?:\s+(?:also|still|now|currently|already))?\s*$",
    re.IGNORECASE,
)
_THIS_THAT = re.compile(r"\b(?:this|that)\s+$", re.IGNORECASE)
_PREPOSITION = re.compile(
    r"\b(?:on|of|for|with|by|from|about|into|without|under|over|after|before)\s+$", re.IGNORECASE
)
_FLOATING = re.compile(r"\b(?:each|both)\s+$", re.IGNORECASE)
# "Sweden and Norway will each hand over": a floating quantifier after an auxiliary.
_FLOATING_AFTER_AUX = re.compile(
    r"\b(?:will|would|shall|can|could|should|must|to|have|has|had|are|were)\s+(?:each|both|all)\s+$",
    re.IGNORECASE,
)
# "a small number of fully trained pilots": a participle after a degree adverb that
# follows a determiner or a preposition describes the noun it stands on.
_DEGREE_PARTICIPLE = re.compile(
    r"\b(?:of|with|and|or|the|a|an|its|their|his|her|our|more|many|few|some|no|for)\s+"
    r"(?:fully|well|newly|highly|poorly|partly|partially|properly|specially)\s+$",
    re.IGNORECASE,
)
# "the Minister for Defence Industry and Capability Delivery": a noun in a title names
# an office, not aid.
_IN_TITLE = re.compile(
    r"\b(?:Minister|Ministry|Secretary|Department|Office|Commissioner)\s+(?:of|for)\s+"
    r"(?:(?:State\s+for\s+)?[A-Z][\w-]*\s+(?:(?:and|&|of)\s+)?)*$"
)
_VOWELS = "aeiou"
# "NATO's Comprehensive Assistance Package": a name an organisation's possessive opens
# (an acronym's: "Tokyo's Official Security Assistance programme" is Japan's own aid).
_OWNED_NAME = re.compile(r"\b[A-Z]{2,}['’]s\s+(?:[A-Z][\w-]*\s+){0,3}$")


def _in_name(text: str, start: int) -> bool:
    """A capitalised noun in a name that an organisation's possessive opens names a fund
    that others give to, not aid the organisation gives: "€1.2 million to NATO's
    Comprehensive Assistance Package trust fund"."""
    return text[start].isupper() and _OWNED_NAME.search(text, max(0, start - 60), start) is not None


# A verb form after one of these is a noun ("a trust fund", "the supplies").
_MODAL = re.compile(r"(?:will|would|shall)\s", re.IGNORECASE)
_MONTH_DAY = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\s+$"
)
_DETERMINER = re.compile(
    r"(?:\b(?:a|an|the|this|that|these|those|its|their|his|her|our|my|your|trust|such|every|each|"
    r"some|all|any|several|many|no)"
    # "46 ships": a count makes a noun (a year does not: "Germany in 2022 pledged", nor a
    # model number before a comma: "Zuzana 2, ordered for Ukraine").
    r"|(?<![\w-])(?!(?:19|20)\d\d\b)\d(?:[\d,.]*\d)?"
    r"|['’]s)\s+$",
    re.IGNORECASE,
)


def _irregular_tense(form: str) -> str:
    """ "sent" and "begun using" are past, "going towards" and "is adding" gerunds, "would
    add" present."""
    first, *rest = form.split()
    if first.endswith("ing") or (first in _AUXILIARIES and rest and rest[0].endswith("ing")):
        return "gerund"
    return "present" if first in _AUXILIARIES else "past"


_AUXILIARIES = frozenset({"will", "would", "shall", "is", "are", "plans", "plan", "wants"})


def inflect(base: str) -> dict[str, str]:
    """Regular forms of a verb, each tagged past/gerund/present: supply → supplied …"""
    head, _, rest = base.partition(" ")
    tail = f" {rest}" if rest else ""
    forms = {base: "present"}
    if head.endswith("y") and head[-2:-1] not in _VOWELS:
        forms[head[:-1] + "ies" + tail] = "present"
        forms[head[:-1] + "ied" + tail] = "past"
    elif head.endswith(("s", "sh", "ch", "x", "z")):
        forms[head + "es" + tail] = "present"
        forms[head + "ed" + tail] = "past"
    else:
        forms[head + "s" + tail] = "present"
        forms[(head + "d" if head.endswith("e") else head + "ed") + tail] = "past"
    stem = head[:-1] if head.endswith("e") and not head.endswith("ee") else head
    forms[stem + "ing" + tail] = "gerund"
    if (
        len(head) >= 3
        and head[-1] not in _VOWELS + "wxy"
        and head[-2] in _VOWELS
        and head[-3] not in _VOWELS
    ):
        forms[head + head[-1] + "ed" + tail] = "past"
        forms[head + head[-1] + "ing" + tail] = "gerund"
    return forms


def _words_pattern(words: tuple[str, ...]) -> re.Pattern[str] | None:
    if not words:
        return None
    return re.compile(r"(?<![\w'])(?:" + alternation(list(words)) + r")(?![\w])", re.IGNORECASE)


def _pronouns_pattern(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """Pronouns as written or capitalised, never in capitals: "us", "Us", not "US"."""
    if not words:
        return None
    forms = sorted({f for w in words for f in (w, w[:1].upper() + w[1:])})
    return re.compile(r"(?<![\w'])(?:" + alternation(forms) + r")(?![\w])")


def _phrase_pattern(phrases: tuple[str, ...], template: str) -> re.Pattern[str] | None:
    """`template` with `{}` replaced by a group of the phrases; None for an empty list."""
    if not phrases:
        return None
    return re.compile(template.format("(?:" + alternation(list(phrases)) + ")"), re.IGNORECASE)


def _cue_pattern(cues: dict[str, tuple[str, ...]]) -> re.Pattern[str] | None:
    """One pattern for all cue classes; the named group that matched is the class. Cues
    are matched in lower-cased text: a case-blind pattern is several times slower."""
    groups = [
        f"(?P<{name}>{alternation(w.lower() for w in words)})"
        for name, words in cues.items()
        if words
    ]
    if not groups:
        return None
    return re.compile(r"(?<![\w'])(?:" + "|".join(groups) + r")(?![\w])")


# "Britain, which has trained 20,000 recruits, …": a number's comma is not the aside's.
_SUBJECT_ASIDE = re.compile(
    r"\W*(?:[\w'’.-]+\s+){0,3}[\w'’.-]+,\s*(?:which|who)\s(?:[^,;.]|(?<=\d)[,.](?=\d))*,"
)
_WHOM_ASIDE = re.compile(r",\s*whom\s[^,;.]*,")
_OPENING_CLAUSE = re.compile(
    r"^[\"“]?(?:If|Unless|Although|Though|While|Whereas|Even if|As long as|With)\b[^,;:]*,",
    re.IGNORECASE,
)

_PARTICIPLE_ASIDE = re.compile(
    r",\s*(?:[a-z]+ing\b|(?:long\s+|\w+ly\s+)?[a-z]+(?:ed|en)\s+(?:for|by|as|in|with)\s)"
    r"[^,]{0,120},(?=\s*(?:(?:has|have|had|will|would|is|are|was|were|also|already|now)\s+)*$)"
)
_NOT_ONLY = re.compile(r"\bnot only\b", re.IGNORECASE)
# "May" inside a sentence is the month; the modal is lower-case there.
_MONTH_MAY = re.compile(r"(?<=[^\s.!?\"“]\s)May\b")
_QUOTES = re.compile('["“”]')
_CONTRACTED_NOT = re.compile(r"n['’]t\b")


def _cue_text(text: str) -> str:
    """Text as cues are matched: lower case, no quotation marks, "n't" as " not" ("didn't
    send" is negated as "did not send" is)."""
    return _CONTRACTED_NOT.sub(" not", _QUOTES.sub("", text).lower())


_FROM_OWN_STOCKS = re.compile(
    r"\b(?:from|into)\s+(?:(?:its|their|our|his|her|the)\s+)?(?:own\s+)?(?:[\w.-]+['’]?s?\s+){0,4}"
    r"(?:stocks?|stockpiles?|inventor(?:y|ies)|reserves?|arsenals?|fleet)\b"
    # "weapons built by Ukraine's own defence industry": who makes the aid.
    r"|\b[A-Z][\w-]*['’]s\s+own\s+(?:defen[cs]e\s+|arms\s+)?industr(?:y|ies)\b"
    # "sent four and six from their own armies"
    r"|\bfrom\s+(?:its|their|our|his|her)\s+own\s+(?:arm(?:y|ies)|(?:armed\s+)?forces)\b",
    re.IGNORECASE,
)

CUE_WINDOW = 14
"""Words before a trigger in which a `before` cue cancels it."""
AFTER_WINDOW = 8
"""Words after a trigger in which an `after` cue cancels it."""


class FrameGrammar:
    """The compiled frames.yaml."""

    def __init__(self, rules: FrameRules) -> None:
        self.rules = rules
        readings: dict[str, list[_Form]] = {}
        self.completions = frozenset(
            verb.base for verbs in rules.verbs.values() for verb in verbs if verb.objects
        )
        """Verbs whose subject has done what the object names ("completed training")."""
        for cls, verbs in rules.verbs.items():
            for verb in verbs:
                forms = dict(inflect(verb.base))
                for form in verb.forms:
                    # Irregular forms; the regular ones ("consists of") keep their tense.
                    forms.setdefault(form, _irregular_tense(form))
                objects = _phrase_pattern(verb.objects, r"\s+(?:[\w/-]+\s+){{0,3}}?{}\b")
                for form, tense in forms.items():
                    readings.setdefault(form.lower(), []).append(
                        _Form(cls, verb.base, tense, objects, verb.not_reporting)
                    )
        for cls, nouns in rules.nominal_triggers.items():
            for noun in nouns:
                readings.setdefault(noun.lower(), []).append(_Form(cls, noun.lower(), "noun"))
        for noun in rules.people_sent:
            readings.setdefault(noun.lower(), []).append(
                _Form(VerbClass.TRANSFER, noun.lower(), "noun")
            )
        self.lexicon: Gazetteer[tuple[_Form, ...]] = Gazetteer(
            str.lower, singulars, ignore_case=True
        )
        for form, values in readings.items():
            self.lexicon.add(form, tuple(values))
        self.pledged = _words_pattern(rules.pledged_markers)
        self.delivered = _words_pattern(rules.delivered_markers)
        self.completed = _phrase_pattern(rules.completed_markers, r"[^.;:]{{0,80}}?\b{}\b")
        self.breaks = re.compile(
            r"(?:[;:]|,?\s(?=(?:" + alternation(list(rules.clause_breaks)) + r")\s))",
            re.IGNORECASE,
        )
        self.cues_before = _cue_pattern({name: cues.before for name, cues in rules.cancel.items()})
        self.cues_after = _cue_pattern({name: cues.after for name, cues in rules.cancel.items()})
        self.cues_anywhere = _cue_pattern(
            {name: cues.anywhere for name, cues in rules.cancel.items()}
        )
        self.cues_sentence = _cue_pattern(
            {name: cues.sentence for name, cues in rules.cancel.items()}
        )
        self.any_cue = _cue_pattern(
            {
                "cue": tuple(
                    w
                    for c in rules.cancel.values()
                    for w in (*c.before, *c.after, *c.anywhere, *c.sentence)
                )
            }
        ) or re.compile(r"(?!)")
        self.speech = _words_pattern(rules.speech_verbs)
        self.trainees = _words_pattern(rules.trainees)
        # "Spanish military schools", "an army base": a place of the nationality's forces.
        places = alternation(list(rules.place_nouns)) if rules.place_nouns else "(?!)"
        self.venue_after = _phrase_pattern(rules.venue_nouns, r"\s+{}\b")
        self.recipient_nouns = _phrase_pattern(
            rules.recipient_nouns, r"(?<![\w']){}(?![\w])(?!\s+(?:" + places + r")\b)"
        )
        self.trainee_nouns = _phrase_pattern(
            rules.trainees, r"(?<![\w']){}(?![\w])(?!\s+(?:" + places + r")\b)"
        )
        self.programme = _words_pattern(rules.programme_nouns)
        self.member_programme = _words_pattern(rules.member_programmes)
        self.package = _words_pattern(rules.package_nouns)
        self.worth = _phrase_pattern(
            rules.money_links.get("after_item", ()),
            r"(?:\s+[\w-]+){{0,2}}\s+{}\s+(?:about\s+|some\s+|over\s+|more\s+than\s+)?",
        )
        # "The radars, worth ¥600 million, …", "The four vessels are worth a combined
        # A$6.5 million": a later sentence prices what was just given.
        self.worth_later = _phrase_pattern(
            rules.money_links.get("after_item", ()),
            # "The radars, worth ¥600 million, …", "The drones, built in Ontario, are worth
            # over C$95 million"
            r"\W*(?:the|these|those|both|all|each\s+of\s+the)\s+(?:[\w-]+\s+){{0,4}}?[\w-]+"
            r"(?:,[^,.;]{{1,60}}?){{0,2}},?\s+(?:(?:are|is|were|was)\s+)?{}\s+(?:a\s+)?"
            r"(?:combined\s+|total\s+of\s+)?(?:(?:over|more\s+than|about|around|nearly)\s+)?",
        )
        self.paying_for = _phrase_pattern(
            rules.money_links.get("before_item", ()),
            r"(?:\s*\([^)]*\))?\s+{}\s+(?:[\w-]+\s+){{0,4}}",
        )
        self.money_buys = _phrase_pattern(
            rules.money_links.get("buys", ()),
            r"(?:\s*\([^)]*\))?,?\s+(?:(?:will|would|is\s+to|are\s+to|shall)\s+)?{}\b",
        )
        # "a package, consisting mainly of": where the package's whole contents begin.
        self.whole = _phrase_pattern(
            rules.money_links.get("whole", ()),
            r"\b{}(?:\s+\w+ly)?(?:\s+of)?\s+(?:[\w-]+\s+){{0,3}}$",
        )
        self.officials = _phrase_pattern(rules.official_nouns, r"['’]s?\s+{}\b")
        self.officials_after = _phrase_pattern(rules.official_nouns, r"\s+{}\b")
        # "In Sofia, parliament approved …": the body of the capital the sentence opens in.
        self.official_opening = _phrase_pattern(
            rules.official_nouns, r",\s+(?:the\s+)?(?:[\w-]+\s+)?{}\b"
        )
        self.supplied = _phrase_pattern(rules.supplier_suffixes, r"{}\s+")
        self.partner = _phrase_pattern(rules.partner_markers, r"\b{}\s+(?:the\s+)?$")
        self.beneficiary = _phrase_pattern(rules.beneficiary_nouns, r"\s+{}\b")
        self.shares = _phrase_pattern(rules.share_references, r"\b{}\b")
        self.contents = _phrase_pattern(rules.contents_references, r"\b{}\b")
        self.contents_opener = _phrase_pattern(
            rules.contents_openers, r"\W*{}\b[^,.;]{{0,40}}?\b(?:are|were|is|was)\b"
        )
        # "Among the items listed in the fact sheet:" over the package's lines.
        self.contents_header = _phrase_pattern(rules.contents_openers, r"\W*{}\b[^.;]*:\s*$")
        self.delivered_column = _phrase_pattern(rules.delivered_columns, r"\b{}\b")
        self.refusal_cell = _phrase_pattern(rules.refusal_cells, r"\b{}\b")
        self.delivered_cell = _phrase_pattern(rules.delivered_columns, r"\W*{}\b")
        self.industry = _phrase_pattern(
            rules.industry_nouns, r"(?:\s+(?:defence|defense|arms|drone))?\s+{}\b"
        )
        self.sequel = _phrase_pattern(rules.sequel_phrases, r"\b{}\W*$")
        # "Four more launchers and a batch of missiles will follow": the count is before
        # the "more", what comes is between it and the predicate.
        self.coming = _phrase_pattern(
            rules.coming_predicates, r"\s+(?:more|further|additional)\b([^,;:.]{{0,60}}?)\s+{}\b"
        )
        self.receipt = _words_pattern(rules.receipt_phrases)
        # "Iran keeps Russia supplied with drones": the object of "keep" receives.
        self.causative = _phrase_pattern(rules.causative_verbs, r"\b{}\s+(?:the\s+)?$")
        self.earlier = _phrase_pattern(
            rules.earlier_markers, r"\b(?:{}|(?:in|since)\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d)\b"
        )
        self.prior_package = _phrase_pattern(
            rules.prior_package_cues,
            r"\b{}\s+(?:(?:a|an|the)\s+)?(?:(?:separate|previous|earlier|first|second)\s+)?$",
        )
        self.non_state = _phrase_pattern(
            rules.non_state_recipients, r"\b(?:to|for)\s+(?:the\s+)?(?:[\w-]+\s+)?{}\b"
        )
        # "Hezbollah's arsenal …, much of it supplied by Iran": what the group owns.
        self.non_state_owner = _phrase_pattern(rules.non_state_recipients, r"\b{}['’]s?\s")
        # "the defence ministry in Berlin": the seat of an official body, not a place the
        # aid goes to.
        self.seat_of = _phrase_pattern(rules.official_nouns, r"\b{}\s+in\s+(?:the\s+)?$")
        # "The Ministry of Defence of Moldova thanks …": the country the body belongs to.
        self.official_of = _phrase_pattern(rules.official_nouns, r"\b{}\s+of\s+(?:the\s+)?$")
        self.unit_of = _phrase_pattern(rules.recipient_nouns, r"\b{}\s+of\s+(?:the\s+)?$")
        self.people_from = _phrase_pattern(
            rules.official_nouns, r"\W*(?:[\w-]+\s+){{0,2}}{}\s+from\s+(?:the\s+)?$"
        )
        # "the Washington summit", "the Taiwan Enhanced Resilience Act"
        self.event = _phrase_pattern(rules.event_nouns, r"(?-i:(?:\s+[A-Z][\w'’-]*){{0,3}})\s+{}\b")
        self.followers = _phrase_pattern(rules.item_followers, r"\s+{}\b")
        # "the EU's military assistance mission": a noun of aid naming a body.
        self.body_after = _phrase_pattern(rules.body_nouns, r"\s+{}\b")
        # "to counter rockets and mortars": the blocker reaches over a coordination.
        # Not inside a compound: "shoulder-fired air defence missiles".
        blocker = r"(?<![\w-]){}(?:\s+[\w-]+){{0,2}}(?:\s+(?:and|or))?\s+$"
        self.blockers = _phrase_pattern(rules.item_blockers + rules.target_blockers, blocker)
        self.target_blockers = _phrase_pattern(rules.target_blockers, blocker)
        modifiers = _phrase_pattern(rules.recipient_modifiers, r"{}\s+")
        # Not "according to", nor a destination: "a visit to the White House".
        not_after = "".join(f"(?<!{re.escape(w)} )" for w in ("according", *rules.travel_nouns))
        self.recipient_prep = re.compile(
            r"\b" + not_after + r"(?:to|for|into|in\s+favou?r\s+of|help(?:s|ed|ing)?"
            r"|allow(?:s|ed|ing)?|enabl(?:e|es|ed|ing))\s+(?:the\s+|its\s+|their\s+)?"
            + (f"(?:{modifiers.pattern})?" if modifiers else "")
            + "$",
            re.IGNORECASE,
        )
        self.speaker_pronouns = _pronouns_pattern(rules.pronouns.speaker)
        self.giving_speaker_pronouns = _pronouns_pattern(
            rules.pronouns.speaker + rules.pronouns.speaker_self
        )
        self.person_pronouns = _words_pattern(
            rules.pronouns.country + rules.pronouns.person_country
        )
        self.country_pronoun = _words_pattern(rules.pronouns.country)
        self.package_pronouns = _words_pattern(rules.pronouns.package)
        self.funds_pronouns = _phrase_pattern(
            rules.pronouns.funds,
            # "The money will pay for", "the funding will be used to rapidly deliver", "the
            # money will be used mainly for"
            r"(?<![\w'])(?:{})(?:\s+[\w-]+){{0,2}}(?:\s+be\s+used(?:\s+\w+)?\s+(?:to|for))?"
            r"(?:\s+[\w-]+){{0,2}}\s*$",
        )

    # -- triggers ------------------------------------------------------------

    def triggers(self, text: str, tokens: list[Token] | None = None) -> list[Trigger]:
        """Verb and noun triggers in `text`, in order.

        A verb form after a determiner or a possessive is a noun ("a trust fund",
        "Canada's offer"): it counts only if it is also a nominal trigger. "including"
        and the like introduce examples, not a package's contents.
        """
        tokens = tokenize(text) if tokens is None else tokens
        found: list[Trigger] = []
        for m in self.lexicon.find(text, tokens):
            forms = m.value
            nominal_context = bool(_DETERMINER.search(text, max(0, m.start - 40), m.start))
            if nominal_context and _MONTH_DAY.search(text, max(0, m.start - 16), m.start):
                nominal_context = False  # "Biden on Dec. 20 authorized": a date, no count
            if text.startswith(("'s ", "’s "), m.end):
                nominal_context = True  # "a former ship's engineer": a noun's possessive
            verbs = [f for f in forms if f.tense != "noun"]
            if nominal_context and any(f.tense == "past" for f in verbs):
                # "Sweden and Norway have each pledged": a floating quantifier, not a noun's.
                nominal_context = not _FLOATING.search(text, max(0, m.start - 20), m.start)
            if (
                nominal_context
                and text[m.end - 1] == "s"
                and any(f.tense == "present" for f in verbs)
                and _THIS_THAT.search(text, max(0, m.start - 10), m.start)
            ):
                nominal_context = False  # "That includes …": no plural noun after "that"
            if (
                all(f.tense == "present" for f in verbs)
                and verbs
                and _PREPOSITION.search(text, max(0, m.start - 20), m.start)
            ):
                nominal_context = True  # "depend on pledges": no verb after a preposition
            if any(f.tense == "past" for f in verbs) and _DEGREE_PARTICIPLE.search(
                text, max(0, m.start - 40), m.start
            ):
                nominal_context = True
            if _MODAL.match(text, m.start) or _FLOATING_AFTER_AUX.search(
                text, max(0, m.start - 20), m.start
            ):
                nominal_context = False  # "€700m of that will go to drones": never a noun
            nouns = [f for f in forms if f.tense == "noun"]
            if verbs and not nominal_context:
                f = verbs[0]
                if f.cls is VerbClass.INCLUDE and f.tense == "gerund" and " " not in f.base:
                    continue
                if (
                    f.tense == "gerund"
                    and f.base in self.rules.category_verbs
                    and text[m.start].islower()
                    and self.venue_after is not None
                    and self.venue_after.match(text, m.end)
                ):
                    continue  # "a military training institute": a place, not aid
                end = m.end
                if f.not_reporting and (
                    _REPORTING_AFTER.match(text, m.end)
                    or _REPORTING_BEFORE.search(text, max(0, m.start - 4), m.start)
                ):
                    continue
                if f.objects is not None:
                    obj = f.objects.match(text, m.end)
                    if obj is None:
                        continue
                    end = obj.end()
                found.append(Trigger(m.start, end, f.cls, f.base, False, f.tense == "past"))
            elif (
                nouns
                and not _IN_TITLE.search(text, max(0, m.start - 80), m.start)
                and not _in_name(text, m.start)
            ):
                f = nouns[0]
                found.append(Trigger(m.start, m.end, f.cls, f.base, True, False))
        return found

    def category_of(self, trigger: Trigger) -> Category | None:
        return None if trigger.nominal else self.rules.category_verbs.get(trigger.base)

    # -- clauses and cues ----------------------------------------------------

    def clauses(self, text: str) -> list[tuple[int, int]]:
        """The clauses of a sentence: spans between clause breaks. A sentence that opens
        with a subordinate clause ("If North Korea can send shells, our partners …") has
        a break at the comma that closes it."""
        breaks = [(m.start(), m.end()) for m in self.breaks.finditer(text)]
        aside = _SUBJECT_ASIDE.match(text)
        if aside:
            # "Tokyo, which does not supply lethal weapons, said it would send vests": the
            # comma that closes a relative clause on the subject ends it.
            breaks.append((aside.end() - 1, aside.end()))
        for m in _WHOM_ASIDE.finditer(text):
            # "allies, whom it did not name, would send": so does one on a person.
            breaks.append((m.end() - 1, m.end()))
        breaks.sort()
        opening = _OPENING_CLAUSE.match(text)
        if opening:
            breaks.append((opening.end() - 1, opening.end()))
            breaks.sort()
        spans = []
        start = 0
        for b_start, b_end in breaks:
            if b_start >= start:
                spans.append((start, b_start))
                start = b_end
        spans.append((start, len(text)))
        return spans

    def cancelled_by(self, text: str, trigger: Trigger, clause: tuple[int, int]) -> str | None:
        """The cue class that cancels `trigger` in its clause (or, for `sentence` cues, in
        its sentence), if any."""
        if not self.has_cue(text):
            return None
        text = _MONTH_MAY.sub("Mai", text)  # "which in May promised": the month, no modal
        # "handed over CV90s from its own army's inventory", "guns taken from the Army's
        # stocks", "dig into their own stocks": where the aid comes from.
        text = _FROM_OWN_STOCKS.sub(lambda m: " " * len(m.group()), text)
        start, end = clause
        # "Sweden, breaking with its policy of not arming countries at war, shipped": the
        # aside's words are not the verb's.
        lead = _PARTICIPLE_ASIDE.sub(" ", text[start : trigger.start])
        before = " ".join(lead.split()[-CUE_WINDOW:])
        before = _NOT_ONLY.sub("", before)
        after = " ".join(text[trigger.end : end].split()[:AFTER_WINDOW])
        for pattern, window_text in (
            (self.cues_before, before),
            (self.cues_after, after),
            (self.cues_anywhere, text[start:end]),
            (self.cues_sentence, text),
        ):
            window_text = _cue_text(window_text)
            if pattern is not None and (m := pattern.search(window_text)):
                name = next(name for name, value in m.groupdict().items() if value)
                if name == "commerce" and trigger.base in self.rules.gift_verbs:
                    continue  # "ammunition that Norway will donate, in a deal worth …"
                if name == "planned_contents" and trigger.cls is not VerbClass.INCLUDE:
                    continue  # "Romania and the Netherlands were to supply Patriots"
                return name
        return None

    @lru_cache(maxsize=16)  # noqa: B019 - one grammar per rule set; a sentence's triggers share it
    def has_cue(self, text: str) -> bool:
        """Can any cue occur in `text` at all? Most sentences have none, and their
        triggers need no windows cut."""
        return self.any_cue.search(_cue_text(_NOT_ONLY.sub("", text))) is not None

    def status(self, text: str, trigger: Trigger, clause_start: int) -> Status:
        """Pledged or delivered, from the trigger's class, tense and the words before it."""
        before = " ".join(text[clause_start : trigger.start].split()[-4:])
        pledged = bool(self.pledged and self.pledged.search(before))
        delivered = bool(self.delivered and self.delivered.search(before))
        if trigger.cls is VerbClass.PLEDGE:
            return Status.PLEDGED
        if trigger.base in self.rules.people_sent:
            # "Instructors from Canada work alongside British troops": there now, unless
            # they "will" come.
            after = " ".join(text[trigger.end :].split()[:AFTER_WINDOW])
            return (
                Status.PLEDGED if self.pledged and self.pledged.search(after) else Status.DELIVERED
            )
        if trigger.nominal and self.completed and self.completed.match(text, trigger.end):
            return Status.DELIVERED  # "Croatia's donation of six machines was completed"
        if trigger.cls in (VerbClass.RECEIVE, VerbClass.USE, VerbClass.THANK) or (
            trigger.cls is VerbClass.ARRIVE and trigger.base.startswith("be ")
        ):
            # "has received", "are in service": done unless promised ("will be operational").
            return Status.PLEDGED if pledged else Status.DELIVERED
        if _FIRST_TO.search(text, clause_start, trigger.start):
            return Status.DELIVERED
        under_way = trigger.base in self.rules.ongoing_verbs and _UNDER_WAY.search(before)
        if under_way and (not pledged or before.endswith("being")):
            # "Finnish instructors are also training Ukrainian soldiers", "help train",
            # "pilots are being trained": training under way has been given.
            return Status.DELIVERED
        if pledged and not (trigger.past and _PAST_PASSIVE.search(before)):
            return Status.PLEDGED
        if delivered or (trigger.past and not re.search(r"\bto(?:\s+be)?\s*$", before)):
            return Status.DELIVERED
        return Status.PLEDGED
