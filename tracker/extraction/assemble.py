"""Assemble: turn each sentence's frames into records, then keep one record per donor,
recipient and category.

A *frame* starts at a trigger ("will supply", "Canada's offer", "thanked … for
providing") and runs to the next trigger that brings its own donor, or to the end of the
clause; its roles come from `roles`, its records from `records`. Sentences are read in
order, so a pronoun or a list can refer to what an earlier sentence established, and a
sentence without a date of its own inherits the last one (HeidelTime's narrative rule).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Set as AbstractSet
from dataclasses import replace
from datetime import date
from decimal import Decimal

from tracker.domain import UNSPECIFIED_ACTOR, Category, Mention, Status
from tracker.extraction.actors import ActorMention, Form
from tracker.extraction.clean import clean
from tracker.extraction.dates import DateReader, first_full_date
from tracker.extraction.frames import FrameGrammar, Trigger, VerbClass
from tracker.extraction.items import ItemMention
from tracker.extraction.numbers import Money
from tracker.extraction.reading import (
    Analysis,
    Pipeline,
    count_words,
    is_country,
    read_sentence,
    section_years,
)
from tracker.extraction.records import (
    NEW_CLAUSE,
    OWN_AMOUNT,
    PASSIVE_BEFORE,
    Candidate,
    RecordBuilder,
)
from tracker.extraction.roles import BY_AGENT, FROM_BEFORE, PER_ITEM, Context, Frame, RoleReader
from tracker.extraction.sentences import Sentence, split
from tracker.extraction.tables import SEPARATOR, Cell, cells, is_header, is_rule

_COLON_END = re.compile(r":\s*$")
_COUNT_BEFORE_FROM = re.compile(r"(?<![\w,.])[\d,.]+\s+(?:more\s+)?from\s+(?:the\s+)?$")
_EACH = re.compile(r"\b(?:each|jointly|together)\b", re.IGNORECASE)
_JOINT = re.compile(r"\b(?:jointly|together|combined|between\s+them)\b", re.IGNORECASE)
_TRAILING_COMMA = re.compile(r",\s*$")
_PARTICIPLE_CLAUSE = re.compile(r",\s+(?:\w+ly\s+)?[a-z]+ing$")
# From a subject's appositive to a word inside it: "Poland, a key hub for Western …".
_APPOSITIVE = re.compile(r"^[^,]{1,60},\s+an?\s+[^,]*$")
# A gapped donor follows a comma or "and", and its amount follows it at once.
_GAP_BEFORE = re.compile(r"(?:,|\band)\s*(?:the\s+)?$")
# "…, and Italy a second SAMP/T system": one thing of a left-out verb.
_GAP_ARTICLE = re.compile(r"(?:an?|another)\s+(?:(?:second|third|further|new|additional)\s+)?")
# "$61 billion for Ukraine, $26 billion for Israel": an amount, then whom it is for.
_AMOUNT_FOR = re.compile(r"\s+(?:in\s+[a-z -]{0,30}?\s+)?(?:for|to)\s+(?:the\s+)?")
# ", pledged last May,", ", first delivered in 2022,", ", a trust fund financed by allies,"
_ASIDE_BEFORE = re.compile(
    r",\s*(?:(?:\w+ly|first|already|later|originally|once)\s+|an?\s+(?:[\w-]+\s+){1,4})?$"
)
_ASIDE_CLOSED = re.compile(r"(?:\s+[\w'’-]+){1,4}\s*,")
_ASIDE_AFTER = re.compile(r"(?:\s+[\w'’-]+){1,4}\s*(?:,|[.!?]?[\"”’]?\s*$)")
# ", which would include", ", which he said would include"
_WHICH = re.compile(
    r"(?:[^.;:]|\.\d)*,\s*which\s+(?:(?:he|she|they|officials)\s+(?:said|says)\s+)?(?:\w+\s+)?$"
)
_BULLET = re.compile(r"[ \t]*(?:[-•*–—▪●◦]|\(\d{1,2}\)|\d{1,2}[.)](?=[ \t]))[ \t]*")
# A pictograph opens a bullet line of a post when the line is short ("✅ 10 M577
# vehicles", "🔹 ammunition"); a flag ("🇸🇪🇺🇦 The Government today …") never does.
_PICTOGRAPH_BULLET = re.compile(r"[ \t]*[\u2190-\u2bff\U0001f300-\U0001faff]\ufe0f?[ \t]+")
_SHORT_LINE = 12
# "🇩🇰 Denmark — ammunition …", "- Germany: 20 Marders": a label opens the line.
_LABEL_HEAD = re.compile(r"[\W\d]*(?:the\s+)?", re.IGNORECASE)
_LABEL = re.compile(r"\s*(?::|[—–]|\s-\s)")
_LABEL_MARK = re.compile(r"[:—–]|\s-\s")
# A capitalised word after a capitalised word, inside a sentence: part of a name.
_IN_A_NAME = re.compile(r"\b[A-Z][\w'’-]*[a-z]\s+[A-Z]$")
_NAME_GOES_ON = re.compile(r"\s+(?:(?:of|for|and|the)\s+)*[A-Z][a-z]")
_ADVERBS = re.compile(r"\s+(?:[a-z]+ly\s+)*")
_PHRASE_END = re.compile(r"[,;:]")
_FURTHER = re.compile(r"\s+(?:a\s+further|another)\b")
_NOUN_GAP = re.compile(r"\s*(?:[\w-]+\s+)?")  # "CV90 vehicles pledged": the item's head noun
_COMMA_BEFORE = re.compile(
    r"(?:,\s*(?:and\s+|while\s+|but\s+|as\s+)?|\s(?:as|while|whereas)\s+)(?:the\s+)?$"
)
_FINITE_VERB_AFTER = re.compile(
    r"\s+(?:(?!is\b|has\b|was\b|its\b)[a-z]+(?:s|ed)|said|told|sent|gave|paid|bought)\b"
)
# "…, and the South Korean intelligence service has said": the actor on a new subject.
_NOUN_THEN_VERB_AFTER = re.compile(
    r"(?:\s+[a-z][\w-]*){1,3}\s+(?:has|have|had|is|are|was|were|will|would|said|says)\b"
)
_COMMA_AND_BEFORE = re.compile(r",\s+(?:and|but|while)\s+(?:the\s+)?$")
_COPULA_AFTER = re.compile(
    r"\s+(?:(?:has|have|had)\s+(?:now\s+)?become|(?:remains|remained)|"
    r"(?:is|are|was|were)\s+(?:now\s+|still\s+)?(?:the|a|an|in\s+short)\b)"
)
_SAYS_THAT = re.compile(r"(?:\s+[^,;.\"“]{1,80}?)?\s+that\s")
_AND_THEN = re.compile(r",?\s+and\s+(?:(?:he|she|they|also)\s+)?")
_INCLUDING_TAIL = re.compile(
    r",\s*(?:including|such as|among them|as well as|along with|plus)\s+(?=[^;:]*$)"
)
_WHICH_AFTER = re.compile(r",\s*(?:which|who)\s")
# "the Abrams tanks (that) Taiwan ordered": what a country bought for itself (not "the
# NASAMS Canada bought for Ukraine").
_THAT_OR_SPACE = re.compile(r"\s+(?:that\s+|which\s+)?")
_BOUGHT_WORD = re.compile(r"\b(?:ordered|bought|purchased)\b")
_BOUGHT_AFTER = re.compile(
    r"\s+(?:had\s+|has\s+|have\s+)?(?:ordered|bought|purchased)\b(?!\s+(?:it\s+)?for\b)"
)
_WHOSE_ASIDE = re.compile(r",\s*whose\b[^,;]*,")
_ANY_KIND = re.compile(r"\b(?:any|all|every|such)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$")
# "to replenish Israel's Iron Dome": what the recipient has, given again.
_TOPPED_UP = re.compile(
    r"\b(?:replenish|refill|restock|reinforce|strengthen|bolster|upgrade)\w*\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_OWNED = re.compile(r"['’]s?\s+(?:own\s+)?")
_IN_TOPIC = re.compile(r"\W*(?:In|For)\s+(?:the\s+)?")
# "trained in Denmark", "in northern Sweden"
_IN_PLACE = re.compile(r"\bin\s+(?:the\s+)?(?:(?:north|south|east|west|central)(?:ern)?\s+)?$")
# "at the US Army's school", "at Spanish military schools"
_AT_PLACE = re.compile(r"\bat\s+(?:the\s+|an?\s+)?$")
_MADE_IN = re.compile(r"\b(?:built|made|produced|manufactured)\s+in\s+(?:the\s+)?$")
_HELPED = re.compile(r"\bhelp(?:s|ed|ing)?\s+(?:the\s+)?$")
_UNDER_WHICH = re.compile(
    r"\b(?:deal|contract|agreement|arrangement)\s+(?:\w+\s+){0,3}?under\s+which\b"
)
# "announced that the Netherlands will also send": a reported clause's opening, its
# subject's auxiliaries.
_THAT = re.compile(r"\s+(?:that\s+)?(?:the\s+)?")
_AUXILIARIES_ONLY = re.compile(r"(?:\s+[a-z]+){0,3}\s+")
_GIVEN_BY = re.compile(
    r"\s+(?:provided|supplied|donated|given|paid\s+for|financed|funded|sent|delivered|lent)"
    r"\s+by\s+(?:the\s+)?"
)
_THEIR_MONEY = re.compile(
    r"\s+(?:\w+\s+)?(?:their|its)\s+(?:own\s+)?(?:money|funds|shares?|contributions?)\b"
)
_INTO_THE = re.compile(r"\b(?:to|into)\s+(?:the|this|that|its)\s+(?:[\w-]+\s+){0,2}$")
_THE_CELL = re.compile(r"(?:the\s+)?", re.IGNORECASE)
_INFINITIVE_SUBJECT = re.compile(r"\s+to\s+(?:[a-z]+\s+)?")
_FOR_A = re.compile(r"\bfor\s+(?:the\s+)?$")
_IT_AFTER = re.compile(r"\s+(?:it|them)\b")
_LED_BY = re.compile(r"\b(?:led|co-led|headed|chaired|co-chaired)\s+by\s+(?:the\s+)?$")
_FROM_AFTER = re.compile(r"\s+from\s+(?:the\s+)?")
# "with" before an actor: "…, with Copenhagen promising 19 jets", "training with the Danes".
_WITH_BEFORE = re.compile(
    r"\b(?:with|alongside)\s+(?:the\s+|our\s+|their\s+)?(?:Royal\s+)?$", re.IGNORECASE
)
_SCHEME = re.compile(r"\b(?:in|under|through)\s+which\s+(?:[\w-]+\s+){1,4}$", re.IGNORECASE)
_PROGRAMME_WHICH = re.compile(r"(\w+),\s*which\s+(?:\w+\s+){0,2}$")
# A post's time stamp ("🕓 4 Apr 2024, 16:20"): a clock time, at most a week before
# publication.
_STAMP_DAYS = 7
# How many sentences back a table's rows may refer to the programme the text named.
_TABLE_REACH = 8
_HEADER_LINES = 6
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\b")
# A line with no word, such as a thread's counter ("2/4").
_HAS_LETTER = re.compile(r"[^\W\d_]")
_QUESTION = re.compile(r"\?[\"”’')\]]*\s*$")


class Assembler(RoleReader, RecordBuilder):
    """Frames and records of one article's sentences."""

    def __init__(self, pipeline: Pipeline) -> None:
        self.p = pipeline

    def frames(self, a: Analysis) -> list[Frame]:
        """Group the sentence's triggers into frames; each frame has one set of donors.

        Computed once per sentence: the article pass that counts recipients and the
        sentence pass that builds records share the result."""
        if a.frames is None:
            a.frames = self._frames(a)
        return a.frames

    def _frames(self, a: Analysis) -> list[Frame]:
        if _QUESTION.search(a.text) and not a.heads_list:
            # "Will Ukraine get Tomahawks?" asks, it does not report ("What is in the
            # package?" over a list is answered by it).
            return []
        frames: list[Frame] = []
        supplied = self.p.grammar.supplied
        body = self.p.grammar.body_after
        people_sent = self.p.grammar.rules.people_sent
        making_verbs = self.p.grammar.rules.making_verbs
        for trigger in a.triggers:
            if not trigger.nominal and self._modified_noun(a, trigger):
                continue
            if trigger.nominal and any(
                i.start < trigger.start
                and trigger.end <= i.end
                and i.category not in (Category.UNSPECIFIED, Category.HUMANITARIAN)
                for i in a.items
            ):
                continue  # "First-aid kits": a noun of aid inside the name of a thing
            if trigger.nominal and body is not None and body.match(a.text, trigger.end):
                continue  # "as part of the EU's military assistance mission": a body
            if (
                trigger.past
                and trigger.base in making_verbs
                and any(not a.text[i.end : trigger.start].strip() for i in a.items)
            ):
                continue  # "NLAW weapons assembled in Belfast": how the item was made
            if trigger.base in people_sent and len(a.triggers) > 1:
                continue  # "Instructors from Canada help train": the verb's frame
            if supplied is not None and supplied.match(a.text, max(0, trigger.start - 1)):
                continue  # "US-supplied ATACMS": an adjective, read by `supplied`.
            if (
                not a.sentence.heading
                and not trigger.nominal
                and not a.text.endswith("ing", 0, trigger.end)
                and (
                    _IN_A_NAME.search(a.text, 0, trigger.start + 1)
                    or (
                        a.text[trigger.start].isupper()
                        and a.text[: trigger.start].strip()
                        and _NAME_GOES_ON.match(a.text, trigger.end)
                    )
                )
            ):
                # "the Prioritised Ukraine Requirements List", "the Act in Support of
                # Ammunition Production": part of a name.
                continue
            own: list[str] = []
            if trigger.nominal:
                own = self._possessor(a, trigger)
            elif not frames and a.text.endswith("ing", 0, trigger.end):
                # "The two countries have drawn closer, with Iran supplying drones": an
                # absolute clause's subject stands after "with".
                own = [
                    x.code
                    for x in a.actors
                    if x.end <= trigger.start
                    and _WITH_BEFORE.search(a.text, max(0, x.start - 30), x.start)
                    and _ADVERBS.fullmatch(a.text, x.end, trigger.start)
                    and a.text.rfind(",", 0, x.start) > 0
                ][:1]
            opening: int | None = None
            if frames:
                last = frames[-1].triggers[-1]
                same_clause = a.clause(last.start) == a.clause(trigger.start)
                infinitive = bool(re.search(r"\bto\s+(?:be\s+)?$", a.text[: trigger.start]))
                # "…, and France agreed last year to supply a radar": a new clause's subject.
                new_clause = NEW_CLAUSE.search(a.text, last.end, trigger.start) is not None
                if not own and not trigger.nominal and a.text.endswith("ing", 0, trigger.end):
                    # "…, with Copenhagen promising 19 jets": the subject of an absolute
                    # clause stands after "with".
                    own = [
                        x.code
                        for x in a.actors
                        if last.end <= x.start
                        and _WITH_BEFORE.search(a.text, 0, x.start)
                        and _ADVERBS.fullmatch(a.text, x.end, trigger.start)
                    ][:1]
                if not own and trigger.nominal:
                    # "France to send Scalp missiles as Germany details a €700m package": a
                    # clause with its own subject and verb before the noun.
                    own = [
                        x.code
                        for x in a.actors
                        if last.end < x.start < trigger.start
                        and _COMMA_BEFORE.search(a.text, 0, x.start)
                        and _FINITE_VERB_AFTER.match(a.text, x.end)
                    ][-1:]
                if not own and not trigger.nominal and trigger.past and new_clause:
                    # "IRIS-T was handed over in October, and a Patriot battery was
                    # promised by Washington": a new clause with an agent of its own.
                    opening = max(
                        m.end() for m in NEW_CLAUSE.finditer(a.text, last.end, trigger.start)
                    )
                    passive = PASSIVE_BEFORE.search(a.text, opening, trigger.start)
                    own = self._by_agent(a, trigger) if passive else []
                    opening = opening if own else None
                if not own and not trigger.nominal and (not infinitive or new_clause):
                    own = [
                        code
                        for code in self._subject(a, last.end, trigger.start)
                        if not self._is_object(a, last, code)
                    ]
                    if any(
                        _HELPED.search(a.text, 0, x.start)
                        for x in a.actors
                        if last.end <= x.start < trigger.start and x.code in own
                    ):
                        # "will provide $240 million to help Estonia and Latvia buy radars":
                        # the helped countries receive what the first verb gives.
                        own = []
                # "a $345 million drawdown for Taiwan, which included …": the contents of
                # the package just named.
                # "a A$100 million package announced in April, which included …": also
                # after a participle on the package.
                contents = (
                    trigger.cls is VerbClass.INCLUDE
                    and any(t.nominal for t in frames[-1].triggers)
                    and _WHICH.match(a.text, last.end, trigger.start) is not None
                ) or (
                    # "a £1.6 billion deal under which Ukraine will receive 5,000 missiles"
                    _UNDER_WHICH.search(a.text, last.end, trigger.start) is not None
                )
                if (
                    new_clause
                    and not own
                    and self._recipients_subject(a, last.end, trigger.start)
                    and not BY_AGENT.match(a.text, trigger.end)
                    and not self._teaches_others(a, last.end, trigger)
                ):
                    # "…, and Ukrainian pilots have been training": a clause about the
                    # recipient's people, not more of the donors' aid (but "…, and Spanish
                    # troops have trained 4,000 Ukrainian soldiers" is).
                    continue
                # "F-16s have arrived, thanks Denmark": thanks start a frame of their own.
                thanks = trigger.cls is VerbClass.THANK and last.cls is not VerbClass.THANK
                if contents or (same_clause and not own and not thanks):
                    frames[-1].triggers.append(trigger)
                    continue
            frames.append(Frame([trigger], own, start=opening))
        for frame in frames:
            if self._reports_clause(a, frame):
                # "Blair announced Ottawa would donate 800 drones": the report is no verb of
                # the frame; its clause's subject gives.
                frame.triggers = frame.triggers[1:]
        return frames

    @staticmethod
    def _bought_by_a_country(a: Analysis, start: int, end: int) -> bool:
        """An item between `start` and `end` that a country named right after it bought."""
        if _BOUGHT_WORD.search(a.text, start, end) is None:
            return False  # most frames name no purchase at all
        return any(
            start <= i.start < end
            and any(
                x.start - i.end <= 6
                and _THAT_OR_SPACE.fullmatch(a.text, i.end, x.start)
                and _BOUGHT_AFTER.match(a.text, x.end)
                for x in a.actors
                if x.start >= i.end
            )
            for i in a.items
        )

    def _teaches_others(self, a: Analysis, start: int, verb: Trigger) -> bool:
        """People of one nation before the verb, another nation's people after it."""
        people = [x for x in a.actors if x.form is Form.DEMONYM and self._names_people(a.text, x)]
        before = {x.code for x in people if start <= x.start < verb.start}
        return any(x.start >= verb.end and x.code not in before for x in people)

    def _recipients_subject(self, a: Analysis, start: int, end: int) -> bool:
        """A new clause whose subject is a nationality's people: "Ukrainian pilots have"."""
        return any(
            start < x.start < end
            and _COMMA_BEFORE.search(a.text, 0, x.start)
            and self._names_people(a.text, x)
            for x in a.actors
        )

    def _count_from(self, a: Analysis, donor: str) -> int | None:
        """The count right before "from" and the donor: "13 from Slovakia"."""
        for x in a.actors:
            if x.code == donor:
                head = _COUNT_BEFORE_FROM.search(a.text, max(0, x.start - 30), x.start)
                if head is not None:
                    return self.p.numbers.bare_count(a.text, head.start())
        return None

    def _scope_end(self, a: Analysis, frames: list[Frame], index: int) -> int:
        last = frames[index].triggers[-1]
        clause_end = a.clause(last.start)[1]
        appositive = _APPOSITIVE.search(a.text, 0, last.start)
        if appositive and all(t.nominal for t in frames[index].triggers):
            # "Poland, a key hub for Western aid to Ukraine, has signed contracts for 180
            # tanks": the aid of an appositive ends with it.
            closing = a.text.find(",", last.end, clause_end)
            clause_end = closing if closing >= 0 else clause_end
        # "contains AIM-9M missiles; 155mm rounds; Javelins": a list in semicolons goes on
        # over the clauses that have no verb of their own.
        if (
            a.text.startswith(":", clause_end)
            and last.cls is not VerbClass.INCLUDE  # "were listed: …" heads a list
            and not any(last.end <= i.start < clause_end for i in a.items)
        ):
            # "had supplied its own long-range option: the first ATACMS …": the colon
            # names what the clause before it left unnamed.
            clause_end = a.clause(clause_end + 1)[1]
        while a.text.startswith(";", clause_end):
            following = a.clause(clause_end + 1)[1]
            if any(clause_end < t.start < following for t in a.triggers) or any(
                clause_end < x.start < following and _FINITE_VERB_AFTER.match(a.text, x.end)
                for x in a.actors
            ):
                break  # "…; and Luxembourg praised the drones": a clause of its own
            clause_end = following
        if index + 1 < len(frames):
            after = frames[index + 1]
            opening = after.start if after.start is not None else after.triggers[0].start
            clause_end = min(clause_end, opening)
        speech = self.p.grammar.speech
        if frames[index].triggers[0].cls is VerbClass.THANK and speech is not None:
            # "thanked Belgium for the jets and said they would protect cities from
            # missiles": what the thanker says next is not what he thanked for.
            said = next(
                (
                    m.start()
                    for m in _AND_THEN.finditer(a.text, last.end, clause_end)
                    if speech.match(a.text, m.end())
                ),
                None,
            )
            clause_end = said if said is not None else clause_end
        described = next(
            (
                i.start
                for i in a.items
                if last.end < i.start < clause_end
                and _COPULA_AFTER.match(a.text, i.end)
                and _COMMA_AND_BEFORE.search(a.text, max(0, i.start - 12), i.start)
            ),
            None,
        )
        if described is not None:
            # "…, and ammunition has become the main bottleneck": a clause that describes
            # a thing, not one that gives it.
            clause_end = a.text.rfind(",", 0, described)
        # "Finland sends more shells, New Zealand keeps trainers in Britain": a new
        # clause with its own subject and verb.
        return next(
            (
                x.start
                for x in a.actors
                if last.end < x.start < clause_end
                and _COMMA_BEFORE.search(a.text, 0, x.start)
                and (
                    _FINITE_VERB_AFTER.match(a.text, x.end)
                    or _NOUN_THEN_VERB_AFTER.match(a.text, x.end)
                )
            ),
            clause_end,
        )

    def candidates(
        self, a: Analysis, ctx: Context, defaults: tuple[str, ...], announced: date | None
    ) -> list[Candidate]:
        frames = self.frames(a)
        owner = self._contents_owner(ctx)
        opener = self.p.grammar.contents_opener
        opens = owner is not None and opener is not None and opener.match(a.text) is not None
        # "Among the items are 36 howitzers …, to be delivered this year": a sentence that
        # opens by naming the package lists its contents, whatever verbs follow.
        found = [] if opens else self._frame_candidates(a, frames, ctx, defaults, announced)
        header = self.p.grammar.contents_header
        if not found and owner is not None and header is not None and header.match(a.text):
            # "Among the items listed in the fact sheet:": the package's lines follow.
            ctx.list_frame = (owner[0], ctx.recipient_of.get(owner[0]), owner[1])
        if a.heads_list:
            # "AUSTRALIA'S MILITARY AID TO UKRAINE" over bullet lines: the lines are the aid.
            return [c for c in found if c.category is not Category.UNSPECIFIED]
        if not found and ctx.list_frame and a.items:
            donor, recipient, status = ctx.list_frame
            verb = next(
                (
                    t
                    for t in a.triggers
                    if not t.nominal
                    and _TRAILING_COMMA.search(a.text, 0, t.start)
                    and all(i.start < t.start for i in a.items)
                ),
                None,
            )
            if verb is not None:
                # "- 120 Bushmaster vehicles, delivered": a verb after the line's items tells
                # its status.
                status = self.p.grammar.status(a.text, verb, 0)
            items = self._with_systems(self._aid_items(a.text, a.items))
            named_first = _line_label(a)
            if named_first is not None:
                # The line's label names the giver when the list's is unnamed ("Allies
                # pledged: - Germany: 20 Marders"), else who receives ("Japan will fund
                # patrol boats for: - Fiji: two boats").
                if donor in (PER_ITEM, UNSPECIFIED_ACTOR):
                    donor = named_first.code
                elif named_first.code != donor:
                    recipient = named_first.code
            if donor == PER_ITEM:
                # "The following arrived: - 40 Marder vehicles from Germany; - Danish
                # tanks": each line names its own giver.
                named = _giver_from(a)
                if named is None:
                    to = recipient or next(iter(defaults), None)
                    return self._use_records(a, items, to, status, announced, 0.6, [])
                donor = named
            records = self._records(
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
            # A line that tells its own status is a commitment of its own, not contents.
            return [replace(r, contents=verb is None) for r in records]
        if not found and owner is not None and (opens or self.continues_package(a, ctx)):
            # "Also on the list were eight patrol vehicles from Britain": a giver of its own.
            donor = _giver_from(a) or owner[0]
            records = self._records(
                a,
                self._aid_items(a.text, self._outside_descriptions(a, a.items)),
                [donor],
                ctx.recipient_of.get(donor) or ctx.recipient_of.get(owner[0]),
                defaults,
                owner[1],
                0,
                0,
                len(a.text),
                announced,
                0.6,
            )
            return [replace(r, contents=True) for r in records]
        sequel = self.p.grammar.sequel
        if (
            not found
            and a.items
            and ctx.donor
            and ctx.donor_age <= 1
            and sequel is not None
            and sequel.search(a.text)
        ):
            # "Dozens of M113 carriers and Lince vehicles followed": more of the same aid.
            return self._records(
                a,
                self._aid_items(a.text, a.items),
                [ctx.donor],
                ctx.recipient_of.get(ctx.donor),
                defaults,
                ctx.donor_status,
                0,
                0,
                len(a.text),
                announced,
                0.6,
            )
        if not found:
            return self._more_to_come(a, ctx, defaults, announced)
        return found

    def _more_to_come(
        self, a: Analysis, ctx: Context, defaults: tuple[str, ...], announced: date | None
    ) -> list[Candidate]:
        """ "Berlin had delivered four IRIS-T launchers. Two further launchers will follow":
        a pledge of more of the aid the last sentence named, by its donor (else the
        article's). Named in generic words, the aid is what the last sentence named."""
        coming = self.p.grammar.coming
        m = coming.search(a.text) if coming is not None else None
        donor = ctx.recent_donor()
        if m is None or donor is None or not ctx.history:
            return []
        count = self.p.numbers.count.fullmatch(a.text[: m.start()].strip())
        if count is None:
            return []
        before = ctx.history[-1]
        named = [i for i in a.items if m.start(1) <= i.start < m.end(1)]
        noun = m.group(1).split()
        if noun and not named and not re.search(rf"\b{re.escape(noun[-1])}\b", before.text, re.I):
            # "Two more countries are expected to join"; but "four IRIS-T launchers. Two
            # further launchers will follow" names them again.
            return []
        earlier = self._aid_items(before.text, before.items)
        if not any(i.proper for i in named) and len({i.category for i in earlier}) == 1:
            label = before.text[earlier[0].start : earlier[0].end]
            named = [replace(earlier[0], start=m.start(1), end=m.start(1))]
        else:
            named, label = self._aid_items(a.text, named), None
        if not named:
            return []
        value = self.p.numbers.bare_count(count.group(), 0)
        records = self._records(
            a,
            named,
            [donor],
            ctx.recipient_of.get(donor),
            defaults,
            Status.PLEDGED,
            0,
            0,
            len(a.text),
            announced,
            0.6,
        )
        return [replace(r, quantity=value, item=label or r.item, additional=True) for r in records]

    def table_row(
        self,
        a: Analysis,
        row: list[Cell],
        columns: list[str],
        ctx: Context,
        defaults: tuple[str, ...],
        announced: date | None,
    ) -> list[Candidate]:
        """A table row: the country of the first cell gives the items and money of the
        others, delivered under a column of deliveries and pledged under any other."""
        head = row[0]
        # The country that fills the first cell ("| Norway |", "| The Netherlands |"), not
        # one inside a line item ("| Foreign Military Financing for Israel |").
        donor = next(
            (
                x.code
                for x in a.actors
                if head.start <= x.start < head.end
                and _THE_CELL.fullmatch(a.text, head.start, x.start)
                and x.end >= head.end - 1
            ),
            None,
        )
        if donor is None:
            return []
        g = self.p.grammar
        delivered = g.delivered_column
        money = self.p.numbers.money(a.text, donor)
        # A status cell: "| refused" cancels the row, "| delivered" makes it a delivery.
        plain = [
            a.text[c.start : c.end]
            for c in row[1:]
            if not any(c.start <= i.start < c.end for i in a.items)
            and not any(c.start <= m.start < c.end for m in money)
        ]
        if g.refusal_cell is not None and any(g.refusal_cell.search(t.lower()) for t in plain):
            return []
        row_delivered = g.delivered_cell is not None and any(
            g.delivered_cell.match(t.lower()) for t in plain
        )
        found = []
        for cell, column in zip(row[1:], columns[1:], strict=True):
            status = (
                Status.DELIVERED
                if row_delivered or (delivered and delivered.search(column))
                else Status.PLEDGED
            )
            items = self._with_systems(
                self._aid_items(a.text, [i for i in a.items if cell.start <= i.start < cell.end])
            )
            if not items and any(cell.start <= m.start < cell.end for m in money):
                # "| Portugal | €100m |" under a programme just named: what it buys.
                items = [
                    ItemMention(cell.start, cell.start, f"programme-{c.value}", label, c)
                    for c, label in (ctx.programme if ctx.programme_age <= _TABLE_REACH else ())
                ] or [
                    ItemMention(cell.start, cell.start, "package", "package", Category.UNSPECIFIED)
                ]
            found += self._records(
                a,
                items,
                [donor],
                ctx.recipient_of.get(donor),
                defaults,
                status,
                cell.start,
                cell.start,
                cell.end,
                announced,
                0.7,
            )
        # "Netherlands | Patriot launchers | 3 | pledged": a cell of digits counts the item.
        counts = [c for c in row[1:] if _COUNT_CELL.fullmatch(a.text, c.start, c.end)]
        if len(counts) == 1 and len({r.category for r in found}) == 1:
            count = int(a.text[counts[0].start : counts[0].end].replace(",", ""))
            found = [r if r.quantity else replace(r, quantity=count) for r in found]
        return found

    def label_line(
        self,
        a: Analysis,
        donor: str,
        ctx: Context,
        defaults: tuple[str, ...],
        announced: date | None,
        opener: str | None,
    ) -> list[Candidate]:
        """A verbless line of a run that each open with a country's label ("🇩🇰 Denmark —
        ammunition and demining equipment for DKK 830 million;"): what that giver pledged.
        A label the line names again as the one served ("Fiji: patrol boats for the
        Republic of Fiji Military Forces") receives, from the country the line before the
        run names ("Japan has decided on the following projects:"), else from the donor
        just named."""
        if any(not t.nominal for t in a.triggers) or self.p.grammar.has_cue(a.text):
            return []
        recipient = ctx.recipient_of.get(donor)
        if sum(x.code == donor for x in a.actors) > 1:
            giver = opener or (ctx.donor if ctx.donor_age <= 2 else None)
            if giver is None or giver == donor:
                return []
            donor, recipient = giver, donor
        items = self._with_systems(self._aid_items(a.text, a.items))
        if not items and self.p.numbers.money(a.text, donor):
            items = [ItemMention(0, 0, "package", "package", Category.UNSPECIFIED)]
        args = (defaults, Status.PLEDGED, 0, 0, len(a.text), announced, 0.6)
        return self._records(a, items, [donor], recipient, *args)

    @staticmethod
    def _contents_owner(ctx: Context) -> tuple[str, Status] | None:
        """Whose package a list of contents continues: the package named in the last two
        sentences, else the donor of the sentence before."""
        if ctx.package is not None and ctx.package_age <= 2:
            return ctx.package, ctx.package_status
        if ctx.donor is not None and ctx.donor_age <= 1:
            return ctx.donor, ctx.donor_status
        return None

    def continues_package(self, a: Analysis, ctx: Context) -> bool:
        """A sentence with no verb of giving that lists more of the package (or the
        donor's aid) just named: "Javelins round out the lethal portion of the list"."""
        contents = self.p.grammar.contents
        return (
            self._contents_owner(ctx) is not None
            and bool(a.items)
            and contents is not None
            and contents.search(a.text) is not None
            and not self.p.grammar.has_cue(a.text)
        )

    def supplied(
        self, a: Analysis, defaults: tuple[str, ...], announced: date | None
    ) -> list[Candidate]:
        """ "Ukraine has been firing US-supplied ATACMS": a delivery from the supplier to
        the article's recipient, read like a use-frame, when the sentence's subject is
        that recipient (not "Russia fired Iranian-supplied drones")."""
        pattern = self.p.grammar.supplied
        recipient = next(iter(defaults), None)
        if pattern is None or recipient is None:
            return []
        found: dict[str, list[ItemMention]] = {}
        for m in pattern.finditer(a.text):
            supplier = next((x for x in a.actors if x.end == m.start()), None)
            item = next((i for i in a.items if i.start >= m.end()), None)
            if supplier is None or item is None:
                continue
            clause_start = a.clause(supplier.start)[0]
            subject = self._subject(a, clause_start, supplier.start)
            # "Ukrainian units are using US-supplied Bradleys": the people's country.
            people = [
                x.code
                for x in a.actors
                if clause_start <= x.start < supplier.start and self._names_people(a.text, x)
            ]
            if not subject and people and people[0] != supplier.code:
                found.setdefault(people[0], []).append(item)
            elif not subject or recipient in subject:
                found.setdefault(recipient, []).append(item)
        return [
            c
            for to, items in found.items()
            for c in self._use_records(a, items, to, Status.DELIVERED, announced, 0.8, [])
        ]

    def _names_a_package(self, a: Analysis, frame: Frame) -> bool:
        package = self.p.grammar.package
        return package is not None and any(
            t.nominal and package.fullmatch(a.text, t.start, t.end) for t in frame.triggers
        )

    def _gives_to_programme(self, a: Analysis, frame: Frame, ctx: Context) -> bool:
        """Money with no items in the frame's clause, in a sentence that names the programme
        or follows one that did, and is not itself a package: "Norway will contribute NOK
        1.5 billion" (not "…, the minister announced" after another frame's money)."""
        if not ctx.programme or ctx.programme_age > 2 or self._names_a_package(a, frame):
            return False
        start, end = a.clause(frame.triggers[0].start)
        numbers = self.p.numbers
        package = self.p.grammar.package
        programme = self.p.grammar.programme
        last = frame.triggers[-1]
        if (
            programme is not None
            and last.base in self.p.grammar.rules.programme_verbs
            and any(
                (to := _INTO_THE.search(a.text, max(start, m.start() - 40), m.start()))
                and not any(to.start() <= i.start < m.end() for i in a.items)
                for m in programme.finditer(a.text, last.end, end)
            )
        ):
            return True  # "Denmark and Canada have contributed to the initiative"
        if not last.nominal and _THEIR_MONEY.match(a.text, last.end):
            return True  # "Germany and Canada have already transferred their money"
        return (
            any(
                start <= m.start < end
                and not m.restated
                # "a new tranche of 250 million dollars": the sum of a package named beside.
                and not (package and package.search(a.text, max(start, m.start - 25), m.start))
                for m in numbers.money(a.text)
            )
            or numbers.vague_money.search(a.text, start, end) is not None
        )

    def _says_what_may_be(self, a: Analysis, said: Trigger, end: int) -> bool:
        """ "announced that the Czech Republic had found shells which could be delivered if
        the money was found": a verb of speech whose clause gives only under a hedge."""
        speech = self.p.grammar.speech
        if said.nominal or speech is None or not speech.fullmatch(a.text, said.start, said.end):
            return False
        says = _SAYS_THAT.match(a.text, said.end)
        return says is not None and any(
            says.end() <= t.start and self.p.grammar.cancelled_by(a.text, t, a.clause(t.start))
            for t in a.triggers
        )

    def _reports_clause(self, a: Analysis, frame: Frame) -> bool:
        """The frame opens with a verb of speech whose object is a clause with an actor
        as its subject: "announced (that) Canada would donate"."""
        speech = self.p.grammar.speech
        if len(frame.triggers) < 2 or speech is None:
            return False
        said, verb = frame.triggers[0], frame.triggers[1]
        if said.nominal or verb.nominal or not speech.fullmatch(a.text, said.start, said.end):
            return False
        between = [x for x in a.actors if said.end <= x.start and x.end <= verb.start]
        return bool(
            between
            and _THAT.fullmatch(a.text, said.end, between[0].start)
            and _AUXILIARIES_ONLY.fullmatch(a.text, between[-1].end, verb.start)
        )

    def article_roles(self, analyses: list[Analysis]) -> tuple[tuple[str, ...], str | None]:
        """Recipients for frames that name none, most likely first: the countries named as
        recipients elsewhere in the article, then the other countries it mentions more
        often than it has them give. And the article's donor, if one actor gives in at
        least two frames and in most of them ("What has Germany sent?"); an organisation too
        (an article on the EU's assistance measures)."""
        recipients: Counter[str] = Counter()
        givers: Counter[str] = Counter()
        earlier = Context()
        for a in analyses:
            for frame in self.frames(a):
                trigger = frame.triggers[0]
                if self._in_receipt(a, trigger):
                    # "Ukraine's armed forces took delivery of 18 howitzers"
                    trigger = replace(trigger, cls=VerbClass.RECEIVE)
                if trigger.cls is VerbClass.RECEIVE and not frame.donors:
                    subject = self._subject(a, a.clause(trigger.start)[0], trigger.start)
                    recipients.update(c for c in subject[:1] if is_country(c))
                if trigger.cls in (VerbClass.RECEIVE, VerbClass.USE, VerbClass.THANK):
                    continue
                end = self._scope_end(a, [frame], 0)
                giving = frame.donors or self._subject(a, a.clause(trigger.start)[0], trigger.start)
                givers.update(c for c in giving if c != UNSPECIFIED_ACTOR)
                named = self._recipients(a, trigger, end, list(giving), frame)
                recipients.update(named or self._to_us(a, trigger, earlier, frame.donors)[:1])
            earlier.history.append(a)
        counts = list(recipients.values())
        if len(set(counts)) == len(counts) and recipients:
            # No tie to break: the sentences without a frame need not be read for actors.
            mentioned: Counter[str] = Counter()
        else:
            mentioned = Counter(x.code for a in analyses for x in a.actors if is_country(x.code))
        # Of countries named as recipients equally often, the one the article names most
        # ranks first ("humanitarian aid for Gaza" once in an article about Ukraine's
        # package).
        ranked = sorted(recipients, key=lambda code: (-recipients[code], -mentioned[code]))
        if not ranked:
            # No recipient named: "Kyiv … paid for six Caesars from its own budget" gives once
            # in an article that names Ukraine throughout.
            # The headline's countries count thrice: what the article is about.
            mentioned.update(
                {x.code: 2 for x in analyses[0].actors if is_country(x.code)} if analyses else {}
            )
            weight = {code: n - 2 * givers[code] for code, n in mentioned.items()}
            ranked = [code for code in sorted(weight, key=lambda c: -weight[c]) if weight[code] > 0]
        top = givers.most_common(1)
        topic = top[0][0] if top and top[0][1] >= 2 and top[0][1] >= 0.6 * givers.total() else None
        return tuple(ranked), topic

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
        last_items: list[ItemMention] = []
        for index, frame in enumerate(frames):
            first = frame.triggers[0]
            clause_start, clause_end = a.clause(first.start)
            clause_start = clause_start if frame.start is None else frame.start
            if g.cancelled_by(a.text, first, (clause_start, clause_end)):
                a.cancelled = True
                continue
            end = self._scope_end(a, frames, index)
            if self._says_what_may_be(a, first, end):
                continue
            cancelled = next(
                (t for t in frame.triggers[1:] if g.cancelled_by(a.text, t, a.clause(t.start))),
                None,
            )
            if cancelled is not None:
                # "thanked partners and called on them to supply more": the request is not aid.
                frame.triggers = frame.triggers[: frame.triggers.index(cancelled)]
                end = min(end, cancelled.start)
            returned = next(
                (
                    t
                    for t in frame.triggers[1:]
                    if t.cls is VerbClass.RECEIVE and _PARTICIPLE_CLAUSE.search(a.text, 0, t.end)
                ),
                None,
            )
            if returned is not None:
                # "handed over 28 tanks, receiving trucks from Germany in return": what
                # comes back is not the giver's aid.
                frame.triggers = frame.triggers[: frame.triggers.index(returned)]
                end = min(end, a.text.rfind(",", 0, returned.start))
            verbs = [t for t in frame.triggers if not t.nominal]
            # "NATO's package, funded by allies, has supplied fuel": the participle of an
            # aside is not the frame's verb, nor is the verb of a relative clause on the
            # subject ("the 49 tanks that Australia pledged … have now been delivered").
            head = next(
                (
                    v
                    for v in verbs
                    if not _aside(a.text, v, final=False)
                    and not _modifies_item(a, v, verbs)
                    and not (v is not verbs[-1] and self._antecedent(a, v))
                ),
                # "a £450 million package, funded jointly with Norway, for radars": the noun
                # heads a frame whose only verb is an aside on it.
                first if first.nominal or not verbs else verbs[0],
            )
            status = g.status(a.text, _main_verb(a, head, verbs), clause_start)
            non_state, group_owns = g.non_state, g.non_state_owner
            if (
                self._gives_to_non_state(a, head)
                or (non_state is not None and non_state.search(a.text, head.end, end))
                or (group_owns is not None and group_owns.search(a.text, clause_start, head.start))
            ):
                continue  # "supplied weapons to the RSF": not a state's aid
            if self._bought_by_a_country(a, clause_start, end):
                continue  # "the 108 Abrams tanks Taiwan ordered in 2019 arrived": a purchase
            donors, recipients, inherited = self._roles(
                a, frame, first, head, clause_start, end, ctx
            )
            label = _line_label(a)
            if (
                (not donors or inherited)
                and label is not None
                and label.form is not Form.PERSON  # a transcript's speaker
                and label.code not in recipients
                and count_words(a.text[label.end : first.start]) <= 6
            ):
                # "- United Kingdom: a £450 million package, funded jointly with Norway, …",
                # "- Belgium: €1 billion in military support": the line's label gives.
                donors, inherited = [label.code], False
            agent = next(
                (
                    x
                    for x in a.actors
                    if not head.nominal
                    and _INFINITIVE_SUBJECT.fullmatch(a.text, x.end, head.start)
                    and _FOR_A.search(a.text, max(0, x.start - 12), x.start)
                ),
                None,
            )
            if agent is not None and is_country(agent.code):
                # "Iran has finalised arrangements for Russia to supply it with jets": the
                # infinitive's subject gives; "it" is the clause's own subject.
                donors, inherited = [agent.code], False
                main = next(
                    (x for x in a.actors if x.end <= agent.start and is_country(x.code)), None
                )
                if main is not None and _IT_AFTER.match(a.text, head.end):
                    recipients = [main.code]
                recipients = [r for r in recipients if r != agent.code]
            if donors in ([], [UNSPECIFIED_ACTOR]) and not head.nominal:
                # "A coalition of eleven countries, headed by Denmark and the Netherlands,
                # will train pilots": the leaders named give.
                leader = next(
                    (
                        x
                        for x in a.actors
                        if clause_start <= x.start < head.start
                        and _LED_BY.search(a.text, max(0, x.start - 20), x.start)
                    ),
                    None,
                )
                if leader is not None:
                    donors = self._coordinated_forward(a.text, a.actors, leader, head.start)
                    inherited = False
            if inherited and self._contents_inverted(a, head):
                # "Also included in the package are …": the package's own status.
                status = ctx.package_status if ctx.package else ctx.donor_status
            if not recipients:
                # "In Latvia, the national guard has taken delivery of …", "For Israel, the
                # legislation provides …": the place the sentence opens with receives.
                recipients = [
                    x.code
                    for x in a.actors
                    if x.form is Form.NAME
                    and x.code not in donors
                    and is_country(x.code)
                    and _IN_TOPIC.fullmatch(a.text, 0, x.start)
                    and a.text.startswith(",", x.end)
                ][:1]
            if len(verbs) == 1 and (item := _participle_on(a, head)) is not None:
                # "said any F-16s supplied to Ukraine would be targets": weapons of a kind,
                # whose giver is a nationality on them ("all German tanks delivered"), if
                # any, never the sentence's subject.
                donors = [x.code for x in a.actors if 0 <= item.start - x.end <= 1]
            if not donors:
                # "The tanks, pledged by Germany in January, arrived": the aside's agent,
                # else the donor just named ("Two aircraft, pledged last May, are due").
                donors = [c for v in verbs if _aside(a.text, v) for c in self._by_agent(a, v)]
                if not donors and any(_aside(a.text, v) for v in verbs) and ctx.donor_age <= 1:
                    donors = [ctx.donor] if ctx.donor else []
                    inherited = True
                trainees = [x for x in a.actors if x.form is Form.DEMONYM]
                training = bool(trainees) and g.category_of(head) is Category.TRAINING
                if (
                    not donors
                    and (training or head.nominal)
                    and ctx.list_bulleted
                    and ctx.list_frame
                    and ctx.list_frame[0] != PER_ITEM
                ):
                    # "- NOK 300 million for training of Ukrainian soldiers in Norway and
                    # Poland", "- A contribution of A$10 million to the trust fund", under a
                    # package's header: the list's giver trains them, or gives it.
                    donors, inherited = [ctx.list_frame[0]], True
                if not donors and training:
                    # "Ukrainian crews will begin training in the United Kingdom": the
                    # country that trains them.
                    # "trained in Denmark, the United States and Britain": each of them.
                    # "at the German army's artillery school", "at Fort Sill, Oklahoma":
                    # whose school, base or region it is.
                    site = self.p.actors.place_in(a.text, head.end, end)
                    # The trained nation ("Ukrainian pilots are trained in Romania alongside
                    # Romanian pilots": the Ukrainians).
                    trained = set(recipients) or {t.code for t in trainees}
                    place = next(
                        (
                            x
                            for x in a.actors
                            if head.end <= x.start < end
                            and x.code not in trained
                            and (
                                (x.form is Form.NAME and _IN_PLACE.search(a.text, 0, x.start))
                                or _AT_PLACE.search(a.text, max(0, x.start - 8), x.start)
                            )
                        ),
                        None,
                    )
                    if place is not None:
                        donors = [
                            c
                            for c in self._coordinated_forward(a.text, a.actors, place, end)
                            if c not in trained
                        ]
                    if site is not None and site not in trained and site not in donors:
                        # "trained in Denmark and at Morris Air National Guard Base in Tucson"
                        donors.append(site)
                    # "Canadian soldiers will also train Ukrainian crews": people of one
                    # nation train another's; "Ukrainian soldiers completed courses at
                    # Spanish military schools": the other way round.
                    preceding = [x for x in trainees if clause_start <= x.start < head.start]
                    following = [x for x in trainees if head.end <= x.start < end]
                    # "Ukrainian pilots are training with the Danes": those they train with
                    # train them.
                    alongside = [
                        x.code
                        for x in a.actors
                        if head.end <= x.start < end
                        and (w := _WITH_BEFORE.search(a.text, max(0, x.start - 24), x.start))
                        and not self._partner(a.text, a.actors, x)  # "together with"
                        and x.code not in {t.code for t in preceding}
                        and x.code not in recipients
                        # "trained alongside Romanian pilots": fellow trainees.
                        and not (
                            w.group().startswith("alongside") and self._names_people(a.text, x)
                        )
                    ]
                    if head.base in g.completions:
                        taught = {x.code for x in preceding if self._names_people(a.text, x)}
                        trainers = [x.code for x in following if taught and x.code not in taught]
                        donors = donors or trainers[:1]
                    else:
                        taught = {x.code for x in following}
                        trainers = [
                            x.code
                            for x in preceding
                            if self._names_people(a.text, x) and taught and x.code not in taught
                        ]
                        donors = list(dict.fromkeys(donors + alongside)) or trainers[-1:]
            if (
                not donors
                and head.nominal
                and ctx.donor
                and ctx.donor_age == 0
                and count_words(a.text[: head.start]) == 0
            ):
                # "Germany – Berlin donated carriers. Deliveries of air-defence systems are to
                # begin in 2025": a sentence that opens with a noun of giving goes on with
                # the giver just named.
                donors, inherited = [ctx.donor], True
            if not donors and g.category_of(head) is Category.TRAINING:
                # "Ukrainian troops will be trained on the Abrams, the president said": with
                # no trainer named, the one who tells it.
                donors = self._reporting_speaker(a, head.end, ctx)
                inherited = inherited or bool(donors)
            if not donors and _PARTICIPLE_CLAUSE.search(a.text, 0, head.end) and found:
                # "Athens sent weapons, dispatching two aircraft loaded with rifles": a
                # participle clause shares the sentence's giver.
                donors, status = [found[-1].donor], found[-1].status
            if not donors and head.nominal and head.cls is VerbClass.PLEDGE:
                # "the announcement of five air defence systems for Ukraine from Germany,
                # the Netherlands and Italy": where the aid comes from gives it.
                donors = [c for c in self._after(a, head, end, FROM_BEFORE) if is_country(c)]
            if not donors:
                continue
            if donors == [UNSPECIFIED_ACTOR] and _SCHEME.search(a.text, 0, first.start):
                continue  # "the Danish model, in which donors pay Ukrainian firms": a scheme.
            if any(
                m.start() < head.start < m.end() and not self._officials_act(a, *m.span())
                for m in _WHOSE_ASIDE.finditer(a.text)
            ):
                continue  # "Denmark, whose model of buying weapons … has been copied, …"
            which = _PROGRAMME_WHICH.search(a.text, 0, head.start)
            if which and g.programme and g.programme.search(which.group(1)) and not head.past:
                # "the Czech initiative, which buys shells for Ukraine": what it does, not
                # what it did ("which delivered 1.5 million rounds in 2024").
                continue
            money_from = self._money_from(a, frames, index, donors, clause_start)
            if not recipients and self._for_itself(a, donors, head, end):
                continue
            if (
                not recipients
                and verbs
                and all(v.base in g.rules.needs_recipient for v in verbs)
                and not self._names_a_package(a, frame)
                and not _aid_noun_subject(a, frames[:index])
                and not (
                    g.programme is not None
                    and g.programme.search(a.text, head.end, end)
                    and self._gives_to_programme(a, frame, ctx)
                )
            ):
                # "The money will pay for radars": spending verbs count only for a named
                # recipient, for the package of an earlier sentence and its recipient, for
                # what the article's recipient makes ("pay for Ukrainian-made drones"), or
                # for an aid package ("paid €500 million for the first PURL package"), for aid
                # that is the subject ("The Dutch contribution … will be spent on drones") or
                # a programme named before ("put €150 million into the initiative").
                recent = inherited and (ctx.donor_age <= 1 or self._money_subject(a, head))
                earlier = ctx.recipient_of.get(donors[0]) if recent else None
                industry = g.industry
                makers = [
                    x.code
                    for x in a.actors
                    if head.end <= x.start < end
                    and x.code not in donors
                    and (
                        (x.origin and x.code in defaults[:1])
                        # "by Ukrainian manufacturers", "drone production in Ukraine";
                        # "buy from Korean manufacturers" names the seller.
                        or (
                            industry is not None
                            and industry.match(a.text, x.end)
                            and not _FROM_BEFORE.search(a.text, 0, x.start)
                        )
                        or (
                            industry is not None
                            and _IN_PLACE.search(a.text, 0, x.start) is not None
                            and industry.search(a.text, head.end, x.start) is not None
                        )
                        # "paid for 18 howitzers built in Ukraine": the article's recipient
                        # makes them.
                        or (
                            x.code in defaults[:1]
                            and _MADE_IN.search(a.text, max(0, x.start - 30), x.start) is not None
                        )
                    )
                ]
                if earlier is None and not makers:
                    continue
                recipients = [earlier] if earlier else makers[:1]
            end = frame.scope_end or end
            recipient = next(iter(recipients), None)
            confidence = 0.9 - (0.2 if inherited else 0) - (0.1 if not recipients else 0)
            if a.sentence.heading:
                confidence -= 0.15
            if _COLON_END.search(a.text) or a.heads_list:
                ctx.list_frame = (
                    donors[0],
                    recipient or ctx.recipient_of.get(donors[0]),
                    status,
                )
            # An aside's items stand before it: "HIMARS launchers, first delivered in 2022,".
            items_from = clause_start if _aside(a.text, first) else first.start
            items = self._with_systems(self._frame_items(a, frame, items_from, end))
            tail = _INCLUDING_TAIL.search(a.text, end) if index == len(frames) - 1 else None
            if (
                tail
                and _WHICH_AFTER.match(a.text, end)
                and not any(x.start >= tail.start() for x in a.actors)
            ):
                # "€17 million for Benin's forces, which are fighting jihadists, including
                # drones", "training in Germany, which begins soon, as well as ammunition":
                # the items at the end are the aid's, past the relative clause.
                items += self._aid_items(a.text, [i for i in a.items if i.start >= tail.end()])
            lessons = self._category_verb_items(a, verbs, end)
            # "train Ukrainian F-16 maintenance technicians": a system named inside the
            # trainees is what they learn, not aid.
            items = [
                i for i in items if not any(t.start < i.start and i.end <= t.end for t in lessons)
            ] + lessons
            # "doubles the reach of Ukraine's HIMARS launchers": what the recipient already
            # has is not given.
            owner = recipient or next(iter(defaults), None)
            items = [
                i
                for i in items
                if not any(
                    x.possessive
                    and x.code == owner
                    and _OWNED.fullmatch(a.text, x.end, i.start)
                    and not _TOPPED_UP.search(a.text, 0, x.start)
                    for x in a.actors
                )
            ]
            # "Berlin will send 14 tanks, London 14 Challengers and Washington 31 Abrams":
            # each donor whose verb is left out gives the items after its name.
            own_clauses = self._gapped_clauses(a, donors, first.end, end)
            own_items = [
                (code, [i for i in items if start <= i.start < stop])
                for code, start, stop in own_clauses
            ]
            if own_clauses:
                items = [i for i in items if i.start < own_clauses[0][1]]
                recipients = [r for r in recipients if r not in {c for c, _, _ in own_clauses}]
                recipient = next(iter(recipients), None)
            # "training Ukrainian pilots, with aircraft provided by the Netherlands": an item
            # with an agent of its own is that agent's.
            for item in [i for i in items if i.start > head.end]:
                by = _GIVEN_BY.match(a.text, item.end)
                giver = next((x for x in a.actors if by is not None and x.start == by.end()), None)
                if giver is not None and giver.code not in donors and is_country(giver.code):
                    items.remove(item)
                    own_items.append((giver.code, [item]))
            # "Norway has pledged six F-16s, and Belgium has promised 30": the count of the
            # items just named.
            elided = None
            carried = [
                # "Denmark has pledged 19 F-16s. The Netherlands has pledged 24 in all": the
                # items of the sentence before, for a count left without its noun.
                ItemMention(head.end, head.end, f"elided-{category.value}", label, category)
                for category, label in (ctx.last_items if ctx.last_items_age <= 1 else ())
            ]
            if not items and (last_items or carried):
                further = _FURTHER.match(a.text, head.end)
                elided = self.p.numbers.bare_count(a.text, further.end() if further else head.end)
            if elided:
                items = last_items or carried
            last_items = items or last_items
            if (
                not items
                and self._names_a_package(a, frame)
                and any(v.cls in (VerbClass.TRANSFER, VerbClass.PLEDGE) for v in verbs)
                and not _COLON_END.search(a.text)
            ):
                # "would finance a package of the same size": a package of unknown content.
                items = [ItemMention(0, 0, "package", "package", Category.UNSPECIFIED)]
            if (
                not items
                # What a giver's earlier frame of the sentence priced is not given again.
                and not any(c.money and c.donor in donors for c in found)
                and self._gives_to_programme(a, frame, ctx)
            ):
                items = [
                    ItemMention(0, 0, f"programme-{category.value}", label, category)
                    for category, label in ctx.programme
                ]
                # "The Netherlands has contributed €250 million. … Portugal is giving €100
                # million": a run of contributions stays on the programme.
                ctx.programme_age = 0
            if first.cls is VerbClass.USE or (
                first.cls is VerbClass.ARRIVE and donors == [PER_ITEM]
            ):
                fallback = recipient or next(iter(defaults), None)
                speakers = []
                if first.cls is VerbClass.ARRIVE:
                    speakers = self._receive_fallback(a, ctx, [fallback or ""], first.start)
                found += self._use_records(
                    a, items, fallback, status, announced, confidence, speakers
                )
            else:
                gapped = self._gapped_donors(a, donors, first.end, end)
                recipients = [r for r in recipients if r not in {g[0] for g in gapped}]
                partners = self._partners(a, clause_start, end, [*donors, *recipients])
                # What every record of this frame shares, after items, donor and recipient.
                shared_args = (
                    defaults,
                    status,
                    frame.triggers[0].start,
                    money_from,
                    end,
                    announced,
                    confidence,
                )
                sourced = (
                    self._sourced_items(a, [i for i in a.items if i.start > first.end])
                    if donors == [UNSPECIFIED_ACTOR]
                    else []
                )
                if sourced:
                    # "allies promised five air defence systems: Patriot batteries from the
                    # United States and Germany, and a SAMP/T from Italy": each item is the
                    # aid of the countries it comes from, and the summary item none of its own.
                    target = recipients[0] if recipients else None
                    for item, codes in sourced:
                        for code in codes:
                            found += self._records(a, [item], [code], target, *shared_args)
                    covered = {item.category for item, _ in sourced}
                    items = [i for i in items if i.category not in covered]
                    if not items:
                        continue
                counted = {d: self._count_from(a, d) for d in donors} if len(donors) > 1 else {}
                if not any(counted.values()):
                    counted = {}
                for donor in donors:
                    targets: list[str | None] = [*recipients] or [None]
                    for target in targets:
                        recipient = target or ctx.recipient_of.get(donor)
                        records = self._records(a, items, [donor], recipient, *shared_args)
                        if elided:
                            records = [replace(r, quantity=elided) for r in records]
                        if len(recipients) > 1:
                            # A sum for several recipients is nobody's value.
                            records = [replace(r, money=None) for r in records]
                        if donor in counted:
                            # "14 MiG-29s from Poland and 13 from Slovakia": each its own
                            # count, the first the item's.
                            records = [
                                replace(r, quantity=counted[donor] or r.quantity) for r in records
                            ]
                        elif len(donors) > 1 and not _EACH.search(a.text, 0, end):
                            # "The US, Germany and Italy will provide five Patriot systems":
                            # a count is none of the givers' own unless they give it jointly
                            # or each gives it.
                            records = [replace(r, quantity=None) for r in records]
                        if len(donors) > 1 and _JOINT.search(a.text, 0, end):
                            # "Together, the three states have provided €2 billion": a sum of
                            # several givers is none of theirs.
                            records = [replace(r, money=None) for r in records]
                        if any(t.cls is VerbClass.INCLUDE for t in frame.triggers):
                            # "The package comprises …": its contents.
                            records = [replace(r, contents=True) for r in records]
                        gaps = (
                            self._gapped_recipients(a, target, donors, end)
                            if target is not None and len(recipients) == 1
                            else []
                        )
                        if target is not None and gaps:
                            own = self._amount_before(a, target, [m for _, m in gaps])
                            records = [replace(r, money=own or r.money) for r in records]
                        relief = any(
                            i.start <= first.start < i.end
                            for i in a.items
                            if i.category is Category.HUMANITARIAN
                        ) or (
                            bool(items) and all(i.category is Category.HUMANITARIAN for i in items)
                        )
                        swap = first.cls is VerbClass.RECEIVE and not inherited
                        for r in records:
                            if not swap and not relief:
                                ctx.recipient_of[r.donor] = r.recipient
                            else:
                                # "Czechia will receive tanks from Germany" names a swap's
                                # partner, and "humanitarian aid for Gaza" civilians, not
                                # whom the donor's arms go to.
                                ctx.recipient_of.setdefault(r.donor, r.recipient)
                        found += records
                        found += [
                            replace(r, recipient=code, money=amount)
                            for code, amount in gaps
                            for r in records
                            if r.money is not None
                        ]
                        if donor == donors[0]:
                            found += [
                                replace(
                                    r,
                                    donor=code,
                                    quantity=count,
                                    money=None if count else r.money and amount,
                                )
                                for code, amount, count in gapped
                                for r in records
                                if r.recipient != code
                            ]
                            for code, given in own_items:
                                found += self._records(a, given, [code], recipient, *shared_args)
                            for code, after in partners:
                                # A co-donor shares the items named after it, or all of them
                                # when it closes the clause ("delivered the first one
                                # jointly with France"); a joint sum stays with the donor.
                                later = [i for i in items if i.start >= after] or items
                                shared = self._records(a, later, [code], recipient, *shared_args)
                                found += [replace(r, money=None) for r in shared]
            if donors[0] == PER_ITEM:
                continue
            if ctx.donor_age > 0 or ctx.section:
                # The sentence's first giver stays its topic: "Germany has supplied 14
                # howitzers, and the Netherlands added eight more. Five launchers have
                # also been sent" (by Germany).
                ctx.donor, ctx.donor_age, ctx.donor_status = donors[0], 0, status
            if self._names_a_package(a, frame):
                ctx.package, ctx.package_age, ctx.package_status = donors[0], 0, status
        if last_items:
            ctx.last_items = tuple({i.category: (i.category, i.label) for i in last_items}.values())
            ctx.last_items_age = 0
        return found

    def _money_from(
        self, a: Analysis, frames: list[Frame], index: int, donors: list[str], clause_start: int
    ) -> int:
        """Where this frame's money may start. Money after the previous frame's verb in the
        same clause is that donor's ("Lithuania transferred €10 million, and Sweden has
        pledged contributions"), unless it follows this frame's own donor ("and Sweden's
        €5 million contribution")."""
        if not index:
            return clause_start
        previous = frames[index - 1].triggers[-1]
        if a.clause(previous.start)[0] != clause_start:
            return clause_start
        first = frames[index].triggers[0]
        own = [
            x.start for x in a.actors if previous.end <= x.start < first.start and x.code in donors
        ]
        return min(own, default=first.start)

    def _sourced_items(
        self, a: Analysis, items: list[ItemMention]
    ) -> list[tuple[ItemMention, list[str]]]:
        """Items followed by the countries they come from: "Patriot batteries from the
        United States, Germany and Romania"."""
        out = []
        for item in items:
            m = _FROM_AFTER.match(a.text, item.end)
            named = next((x for x in a.actors if m and x.start == m.end()), None)
            if named is not None:
                codes = self._coordinated_forward(a.text, a.actors, named, len(a.text))
                out.append((item, [c for c in codes if is_country(c)]))
        return [(item, codes) for item, codes in out if codes]

    def _partners(
        self, a: Analysis, start: int, end: int, taken: list[str]
    ) -> list[tuple[str, int]]:
        """Co-donors and where their share begins: "Together with Denmark we financed 14
        tanks", "… and, jointly with Denmark, finance 18 howitzers"."""
        pattern = self.p.grammar.partner
        if pattern is None:
            return []
        out: list[tuple[str, int]] = []
        for actor in a.actors:
            if start <= actor.start < end and pattern.search(
                a.text, max(0, actor.start - 30), actor.start
            ):
                joined = self._coordinated_forward(a.text, a.actors, actor, end)
                out += [(code, actor.end) for code in joined if code not in taken]
        return [(code, at) for code, at in dict(out).items() if is_country(code)]

    def _amount_before(self, a: Analysis, recipient: str, others: list[Money]) -> Money | None:
        """The amount nearest before the recipient, not one of `others`: "$95 million is
        allocated to Lithuania, $80 million to Latvia" gives Lithuania $95 million."""
        at = next((x.start for x in a.actors if x.code == recipient), 0)
        starts = {m.start for m in others}
        before = [
            m
            for m in self.p.numbers.money(a.text)
            if m.end <= at and m.start not in starts and not m.restated
        ]
        return before[-1] if before else None

    def _gapped_recipients(
        self, a: Analysis, first: str, donors: list[str], end: int
    ) -> list[tuple[str, Money]]:
        """Recipients whose verb is left out, each with its own amount: "will provide $61
        billion for Ukraine, $26 billion for Israel and $8 billion for Taiwan"."""
        out: list[tuple[str, Money]] = []
        start = next((x.end for x in a.actors if x.code == first), end)
        for m in self.p.numbers.money(a.text):
            if not (start <= m.start < end) or m.restated:
                continue
            if not _GAP_BEFORE.search(a.text, max(0, m.start - 8), m.start):
                continue
            after = _AMOUNT_FOR.match(a.text, m.end)
            x = next((x for x in a.actors if after and x.start == after.end()), None)
            if x is None or not is_country(x.code) or x.code in donors or x.code == first:
                continue
            out.append((x.code, m))
        return out

    def _gapped_clauses(
        self, a: Analysis, donors: list[str], after: int, end: int
    ) -> list[tuple[str, int, int]]:
        """Clauses whose verb is left out, each a donor with a count and items of its own:
        ", London 14 Challenger tanks and Washington 31 Abrams"."""
        starts: list[tuple[str, int]] = []
        for actor in a.actors:
            if (
                not (after <= actor.start < end)
                or actor.code in donors
                or actor.possessive
                or not is_country(actor.code)
                or not _GAP_BEFORE.search(a.text, max(0, actor.start - 20), actor.start)
            ):
                continue
            count = self.p.numbers.count.match(a.text, actor.end + 1) or _GAP_ARTICLE.match(
                a.text, actor.end + 1
            )
            if count is not None and any(
                0 <= i.start - count.end() <= 12 for i in a.items if i.start < end
            ):
                starts.append((actor.code, actor.start))
        if not starts:
            return []
        bounds = [start for _, start in starts[1:]] + [end]
        return [(code, start, stop) for (code, start), stop in zip(starts, bounds, strict=True)]

    def _gapped_donors(
        self, a: Analysis, donors: list[str], after: int, end: int
    ) -> list[tuple[str, Money | None, int | None]]:
        """Donors whose verb is left out, each with its own amount or count: "Norway is
        contributing NOK 1.5 billion, Denmark DKK 900 million", "Norway has pledged six
        F-16s and Belgium 30"."""
        money = [
            m for m in self.p.numbers.money(a.text) if after <= m.start < end and not m.restated
        ]
        out: list[tuple[str, Money | None, int | None]] = []
        for actor in a.actors:
            if (
                not (after <= actor.start < end)
                or actor.code in donors
                or actor.possessive
                or not _GAP_BEFORE.search(a.text, max(0, actor.start - 20), actor.start)
            ):
                continue
            amount = next((m for m in money if m.start >= actor.end), None)
            before = [m for m in money if m.end <= actor.start]
            if amount is not None and OWN_AMOUNT.fullmatch(a.text, actor.end, amount.start):
                out.append((actor.code, amount, None))
            elif before and (
                # "committed 300 million euros …, and Denmark 200 million"
                gapped := self.p.numbers.bare_sum(a.text, actor.end, before[-1].currency)
            ):
                out.append((actor.code, gapped, None))
            elif (count := self.p.numbers.bare_count(a.text, actor.end)) is not None:
                out.append((actor.code, None, count))
        return out


def _priced_later(
    a: Analysis, previous: Sentence, candidates: list[Candidate], p: Pipeline
) -> list[Candidate]:
    """Give a price stated in the next sentence ("The radars, worth ¥600 million, were
    installed …") to the record it prices: the previous sentence's record without money
    of the category named, else its only one."""
    pattern = p.grammar.worth_later
    link = pattern.match(a.text) if pattern is not None else None
    if link is None:
        return candidates
    recent = [i for i, c in enumerate(candidates) if c.sentence == previous and c.money is None]
    named = {i.category for i in a.items if i.end <= link.end()}
    fits = [i for i in recent if candidates[i].category in named] or recent
    if len({(c.donor, c.recipient, c.category) for c in map(candidates.__getitem__, fits)}) != 1:
        return candidates
    money = p.numbers.money(a.text, candidates[fits[0]].donor)
    price = next((m for m in money if m.start == link.end()), None)
    if price is None:
        return candidates
    out = list(candidates)
    for i in fits:
        out[i] = replace(out[i], money=price)
    return out


def _shares(
    a: Analysis, found: list[Candidate], candidates: list[Candidate], ctx: Context, p: Pipeline
) -> tuple[list[Candidate], list[Candidate]]:
    """Give each donor's share ("Denmark will foot the bill for half of the order, about
    DKK 250 million") to what that donor gave in the last three sentences, when that was
    of one kind and had no price; the sentence's money is then no record of its own."""
    pattern = p.grammar.shares
    if pattern is None or a.items or pattern.search(a.text) is None:
        return found, candidates
    recent = {h.sentence for h in ctx.history[-3:]}
    out = list(candidates)
    kept = []
    for c in found:
        given = [
            i
            for i, x in enumerate(out)
            if x.sentence in recent and x.donor == c.donor and x.recipient == c.recipient
        ]
        kinds = {out[i].category for i in given}
        if (
            c.category is not Category.UNSPECIFIED
            or c.money is None
            or len(kinds) != 1
            or Category.UNSPECIFIED in kinds
            or any(out[i].money is not None for i in given)
        ):
            kept.append(c)
            continue
        for i in given:
            out[i] = replace(out[i], money=c.money)
    return kept, out


_COUNT_CELL = re.compile(r"[1-9]\d{0,2}(?:,\d{3})*")


def _aid_noun_subject(a: Analysis, frames: list[Frame]) -> bool:
    """A sentence that opens with an aid noun of an earlier frame: "The Dutch
    contribution, announced by …, will be spent on …"."""
    return any(
        t.nominal and count_words(a.text[: t.start]) <= 3 for f in frames for t in f.triggers[:1]
    )


def _line_label(a: Analysis) -> ActorMention | None:
    """The actor a line opens with as its label: "- Germany: 20 Marders", "🇩🇰 Denmark — …"."""
    if not _LABEL_MARK.search(a.text):
        return None  # most lines have no label mark, and need not be read for actors
    first = next((x for x in a.actors if _LABEL_HEAD.fullmatch(a.text, 0, x.start)), None)
    return first if first is not None and _LABEL.match(a.text, first.end) else None


def _giver_from(a: Analysis) -> str | None:
    """The country a line of contents names after its items with "from": "eight patrol
    vehicles from Britain"."""
    return next(
        (
            x.code
            for x in a.actors
            if is_country(x.code)
            and any(i.end <= x.start for i in a.items)
            and _FROM_BEFORE.search(a.text, max(0, x.start - 10), x.start)
        ),
        None,
    )


def _section_actor(a: Analysis, p: Pipeline) -> str | None:
    """The country or organisation a heading line consists of ("GERMANY", "European
    Union:"), which heads the bullet lines of a fact box."""
    if not a.sentence.heading or count_words(a.text) > 4:
        return None
    name = a.text.strip().rstrip(":").strip()
    if name.isupper():
        name = name.title()
    found = p.actors.find(name, a.reference)
    if len(found) != 1 or found[0].start != 0 or found[0].end != len(name):
        return None
    return found[0].code


def _labels(analyses: list[Analysis]) -> list[str | None]:
    """The giver each line of a run of labelled lines opens with ("🇳🇴 Norway — NOK 500
    million for winter equipment"); None off such runs. One labelled line is no run."""
    own: list[str | None] = []
    for a in analyses:
        # Most lines have no label mark at all, and need not be read for actors.
        first = a.actors[0] if _LABEL_MARK.search(a.text) and a.actors else None
        own.append(
            first.code
            if first is not None
            and first.form is not Form.PERSON
            and first.code != UNSPECIFIED_ACTOR
            and _LABEL_HEAD.fullmatch(a.text, 0, first.start)
            and _LABEL.match(a.text, first.end)
            else None
        )
    return [
        code
        if code is not None
        and ((i > 0 and own[i - 1] is not None) or (i + 1 < len(own) and own[i + 1] is not None))
        else None
        for i, code in enumerate(own)
    ]


def _bulleted(text: str, sentence: Sentence) -> bool:
    """Does the sentence open a bulleted line ("- radars", "• 30 boats")?"""
    line_start = text.rfind("\n", 0, sentence.start) + 1
    bullet = _BULLET.match(text, line_start)
    if bullet is None and (bullet := _PICTOGRAPH_BULLET.match(text, line_start)):
        line_end = text.find("\n", line_start)
        if count_words(text[line_start : line_end if line_end >= 0 else len(text)]) > _SHORT_LINE:
            return False
    return bullet is not None and sentence.start <= bullet.end()


def _aside(text: str, verb: Trigger, final: bool = True) -> bool:
    """A participle set off by commas: ", funded by allies,", ", pledged last May,"; with
    `final`, also one that ends the sentence (", first delivered in 2022.")."""
    after = _ASIDE_AFTER if final else _ASIDE_CLOSED
    return (
        verb.past
        and _ASIDE_BEFORE.search(text, max(0, verb.start - 40), verb.start) is not None
        and after.match(text, verb.end) is not None
    )


def _participle_on(a: Analysis, verb: Trigger) -> ItemMention | None:
    """The item of a kind that a participle without an agent follows: "any F-16s supplied
    to Ukraine", "all weapons delivered to Kyiv"."""
    if not verb.past or BY_AGENT.match(a.text, verb.end):
        return None
    return next(
        (
            i
            for i in a.items
            if i.end == len(a.text[: verb.start].rstrip())
            and _ANY_KIND.search(a.text, max(0, i.start - 40), i.start)
        ),
        None,
    )


def _modifies_item(a: Analysis, verb: Trigger, verbs: list[Trigger]) -> bool:
    """A participle right after an item, before the sentence's own verb: in "the vehicles
    pledged in January were delivered by Sweden", "were delivered" is the verb. With its
    own agent the participle names the giver ("carriers donated by the US have been …")."""
    return not BY_AGENT.match(a.text, verb.end) and _main_verb(a, verb, verbs) is not verb


def _main_verb(a: Analysis, verb: Trigger, verbs: list[Trigger]) -> Trigger:
    """The verb that tells the status of what a participle right after an item describes:
    "the 30 Gepards pledged by Germany have now been handed over" are delivered."""
    if not verb.past or not any(
        i.end <= verb.start and _NOUN_GAP.fullmatch(a.text, i.end, verb.start) for i in a.items
    ):
        return verb
    return next(
        (
            v
            for v in verbs
            if v.start > verb.end
            and (v.cls is VerbClass.ARRIVE or PASSIVE_BEFORE.search(a.text, 0, v.start))
        ),
        verb,
    )


def _without_stand_ins(candidates: list[Candidate]) -> list[Candidate]:
    """Drop records that only restate others: unnamed donors when the headline's body or
    the sentence itself names one ("set aside €2.5 billion to reimburse member states for
    weapons they send"), and a "package" or "military aid" without money whose contents
    are listed in the lines that follow, also by named givers when the aid's are unnamed
    (the contract's `unspecified` is for packages whose content the article does not
    break down)."""
    named = {(c.recipient, c.category) for c in candidates if c.donor != UNSPECIFIED_ACTOR}
    named_in = {
        (c.sentence.start, c.recipient, c.category)
        for c in candidates
        if c.donor != UNSPECIFIED_ACTOR
    }
    contents = [c for c in candidates if c.contents]

    def broken_down(package: Candidate) -> bool:
        # "Allies pledged the following weapons: - Germany: 20 Marders": lines of named
        # givers break down what unnamed ones gave.
        unnamed = package.donor == UNSPECIFIED_ACTOR
        return any(
            (c.donor == package.donor or unnamed)
            and (c.recipient, c.status) == (package.recipient, package.status)
            and 0 <= c.sentence.line - package.sentence.line <= 3
            for c in contents
        )

    return [
        c
        for c in candidates
        if not (
            c.donor == UNSPECIFIED_ACTOR
            and (
                (c.sentence.heading and (c.recipient, c.category) in named)
                or (c.sentence.start, c.recipient, c.category) in named_in
            )
        )
        and not (c.category is Category.UNSPECIFIED and c.money is None and broken_down(c))
    ]


def _commitments(group: list[Candidate], text: str, grammar: FrameGrammar) -> list[list[Candidate]]:
    """Split one key's candidates into commitments. An earlier package named by its amount
    ("The package follows a $567 million drawdown") is one of its own, unless another
    mention of the key carries the same amount."""
    cue = grammar.prior_package
    prior: dict[Decimal, list[Candidate]] = {}
    for c in group:
        if cue is None or c.money is None or c.money.amount is None:
            continue
        at = c.sentence.start + c.money.start
        if cue.search(text, max(c.sentence.start, at - 60), at):
            prior.setdefault(c.money.amount, []).append(c)
    rest = [c for c in group if not any(c in part for part in prior.values())]
    for amount in {c.money.amount for c in rest if c.money is not None and c.money.amount}:
        rest += prior.pop(amount, [])
    parts = _by_status(rest or group, text, grammar.earlier)
    return [p for part in parts for p in _by_date(part)] + (list(prior.values()) if rest else [])


def _by_date(group: list[Candidate]) -> list[list[Candidate]]:
    """A timeline's entries: mentions dated to different days in their own sentences are
    different commitments when each day's has its own count, sum or system ("On Nov. 4, a
    $400 million package …" … "On Nov. 23, a $275 million package …"). An undated mention
    joins the entry told last before it."""
    days: dict[date, list[Candidate]] = {}
    for c in group:
        if c.date_level == 2 and c.announced_on is not None:
            days.setdefault(c.announced_on, []).append(c)
    if len(days) < 2:
        return [group]
    # Days told apart from every other day's mentions stay apart; the rest join the first
    # day they are not told apart from.
    parts: list[list[Candidate]] = []
    for day in days.values():
        same = next((p for p in parts if not _told_apart(p, day)), None)
        if same is None:
            parts.append(day)
        else:
            same.extend(day)
    if len(parts) < 2:
        return [group]
    for c in group:
        if c.date_level == 2 and c.announced_on is not None:
            continue
        before = [p for p in parts if p[0].sentence.start <= c.sentence.start]
        (before[-1] if before else parts[0]).append(c)
    return parts


def _by_status(
    group: list[Candidate], text: str, earlier: re.Pattern[str] | None
) -> list[list[Candidate]]:
    """Split one key's candidates into commitments: a delivery and a new pledge are two
    when their sizes differ, when the pledge is of more ("has delivered 18 tanks" … "will
    send 30 more tanks"), or when the delivery is told as earlier aid ("has so far
    donated"); a headline then repeats the body's first one. Different named systems of
    one status are two as well ("two Patriot fire units have been handed over" … "IRIS-T
    systems have been delivered"), and so is an earlier pledge of its own amount beside
    more of the same ("additional radars worth ¥1.6 billion" … "agreed last year to supply
    radars worth ¥600 million"). The rest repeat one commitment."""
    by_status: dict[Status, list[Candidate]] = {}
    headlines = [c for c in group if _headline(c, text)]
    body = [c for c in group if c not in headlines]
    if earlier is not None and any(c.additional for c in body):
        # "will supply additional radars worth ¥1.6 billion" … "agreed last year to supply
        # radars worth ¥600 million": an earlier pledge of its own amount is its own.
        amounts = {c.money.amount for c in group if c.money is not None}
        told = [
            c
            for c in body
            if not c.additional and c.money is not None and earlier.search(c.sentence.text(text))
        ]
        own = {c.money.amount for c in told if c.money is not None}
        if told and amounts - own and len(told) < len(body):
            rest = [c for c in group if c not in told]
            return [*_by_status(rest, text, earlier), told]
    for c in body:
        by_status.setdefault(c.status, []).append(c)
    parts = list(by_status.values())
    if (
        len(parts) == 2
        and (
            (all(_sizes(part) for part in parts) and _sizes(parts[0]).isdisjoint(_sizes(parts[1])))
            # "will send two Skynex systems" … "two Patriot units have been handed over"
            or (
                all(_systems(part) for part in parts)
                and _systems(parts[0]).isdisjoint(_systems(parts[1]))
            )
            or all(c.additional for c in by_status[Status.PLEDGED])
            or (
                earlier is not None
                and all(earlier.search(c.sentence.text(text)) for c in by_status[Status.DELIVERED])
            )
        )
        # "has promised 14 MiG-29s, has already transferred eight": one commitment's
        # progress, told in one sentence.
        and {c.sentence.start for c in parts[0]}.isdisjoint(c.sentence.start for c in parts[1])
    ):
        first = min(body, key=lambda c: c.sentence.start)
        return [
            split
            for part in parts
            for split in _by_system(part + headlines if first in part else part, text)
        ]
    return _by_system(group, text)


def _headline(c: Candidate, text: str) -> bool:
    """A bulleted line or a table row is part of the body, though it lacks a full stop."""
    return (
        c.sentence.heading
        and not _bulleted(text, c.sentence)
        and len(cells(c.sentence.text(text))) < 2
    )


def _told_apart(one: list[Candidate], other: list[Candidate]) -> bool:
    """Each names a count, a sum or a system, and the other a different one."""

    def apart(a: AbstractSet[object], b: AbstractSet[object]) -> bool:
        return bool(a and b and a.isdisjoint(b))

    return (
        apart(_sizes(one), _sizes(other))
        or apart(_amounts(one), _amounts(other))
        or apart(_systems(one), _systems(other))
    )


def _amounts(part: list[Candidate]) -> set[Decimal]:
    return {c.money.amount for c in part if c.money is not None and c.money.amount is not None}


def _sizes(part: list[Candidate]) -> set[int]:
    return {c.quantity for c in part if c.quantity is not None}


def _systems(part: list[Candidate]) -> set[str]:
    return {c.system for c in part if c.system is not None}


def _by_system(group: list[Candidate], text: str) -> list[list[Candidate]]:
    """Different named systems of one status in the body are different commitments,
    unless one count joins them; what names no system repeats the first one named."""
    by_system: dict[str | None, list[Candidate]] = {}
    for c in group:
        by_system.setdefault(c.system, []).append(c)
    named = [part for system, part in by_system.items() if system is not None]
    counts = [_sizes(part) for part in named]
    if (
        len({c.status for c in group if not _headline(c, text)}) <= 1
        and not all(c.contents for part in named for c in part)
        and len(named) >= 2
        # "14 of its Leopards" … "14 Leopard 2A4 tanks": one count, one commitment.
        and len(set().union(*counts)) == sum(map(len, counts))
    ):
        return [named[0] + by_system.get(None, []), *named[1:]]
    return [group]


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


def assemble_article(text: str, published: date | None, pipeline: Pipeline) -> list[Mention]:
    """The commitments of one article."""
    cleaned = clean(text, pipeline.boilerplate)
    sentences = split(text, cleaned.lines)
    reference = _reference_date(text, published, cleaned.stamp_reference, pipeline.dates)
    assembler = Assembler(pipeline)
    years = section_years(text, sentences, published)
    analyses: list[Analysis] = []
    anchor = reference
    spoken = pipeline.dates.spoken
    for index, (s, year) in enumerate(zip(sentences, years, strict=True)):
        a = read_sentence(text, s, reference, pipeline, year)
        if (
            (
                (a.dateline and _CLOCK.search(a.text))
                or (index < _HEADER_LINES and spoken is not None and spoken.search(a.text))
            )
            and a.date
            and a.date_explicit
            and (reference is None or 0 <= (reference - a.date).days <= _STAMP_DAYS)
        ):
            # "🕓 4 Apr 2024, 16:20" over a post of the days before publication, a
            # transcript's "Friday, 16 February 2024": the "today" of what follows.
            anchor = a.date
        elif anchor != reference:
            a = read_sentence(text, s, anchor, pipeline, year)
        analyses.append(a)
    for i, a in enumerate(analyses):
        a.beside = " ".join(b.text for b in analyses[max(0, i - 1) : i + 2] if b is not a)
        # The next line with words: "What is in the package? 2/4" over a thread's list.
        following = next((b for b in analyses[i + 1 :] if _HAS_LETTER.search(b.text)), None)
        a.heads_list = (
            a.sentence.heading
            and not _bulleted(text, a.sentence)
            and following is not None
            and _bulleted(text, following.sentence)
        )

    first_explicit = next((i for i, a in enumerate(analyses) if a.date_explicit), None)
    lead = None
    if first_explicit is not None and first_explicit < 5:
        lead = analyses[first_explicit]
    default_date = lead.date if lead else published or cleaned.stamp_date
    current_level = 1 if lead and not lead.dateline else 0

    defaults, topic = assembler.article_roles(analyses)
    ctx = Context(topic=topic, recipients=defaults)

    candidates: list[Candidate] = []
    current = default_date
    supplied = pipeline.grammar.supplied
    labels = _labels(analyses)
    opener: str | None = None  # the country named in the line that opens a run of labels
    paragraph: tuple[str | None, int] = (None, -1)  # the label opening the current line
    for a, label in zip(analyses, labels, strict=True):
        ctx.donor_age += 1
        ctx.package_age += 1
        ctx.last_items_age += 1
        if a.date_explicit:
            current, current_level = a.date, 0 if a.dateline else 1
        a.date_level = 2 if a.date_explicit and not a.dateline else current_level
        if not _HAS_LETTER.search(a.text):
            continue  # "2/4", a thread's counter: no words, and no end to a list
        # A list goes on over bullet lines, or over short lines that name items; after
        # bullet lines, the first line without one ends it.
        bulleted = _bulleted(text, a.sentence)
        section = _section_actor(a, pipeline)
        if section in defaults:
            # "Republic of Moldova" over the paragraphs on the EU's measure for it: a heading
            # that names a recipient heads what it receives.
            section = None
        if section is not None:
            # "GERMANY" over bullet lines in a fact box: the giver of each line below it.
            ctx.section = section
            if ctx.list_frame:
                ctx.list_frame = (section, *ctx.list_frame[1:])
        elif not bulleted:
            ctx.section = None
        if ctx.section:
            ctx.donor, ctx.donor_age = ctx.section, 0
        elif (
            a.sentence.heading
            and (headed := _line_label(a)) is not None
            and headed.form is not Form.PERSON
            and headed.code not in defaults
        ):
            # "US: aid finally flows" over a digest's section: its country is the giver the
            # section goes on about, and an earlier section's package is closed.
            ctx.donor, ctx.donor_age = headed.code, 0
            if ctx.package != headed.code:
                ctx.package = None
        if a.sentence.line != paragraph[1]:
            # "Germany – Berlin donated 19 carriers. … First-aid kits are being supplied.":
            # the label that opens a paragraph gives what its later sentences leave unsaid.
            opening = _line_label(a)
            paragraph = (
                opening.code if opening is not None and opening.form is not Form.PERSON else None,
                a.sentence.line,
            )
        elif paragraph[0] is not None:
            ctx.donor, ctx.donor_age = paragraph[0], 0
        if (
            ctx.list_frame
            and section is None
            and not bulleted
            and (count_words(a.text) > 20 or not a.items or ctx.list_bulleted)
        ):
            ctx.list_frame = None
        ctx.list_bulleted = bool(ctx.list_frame) and bulleted
        programme = pipeline.grammar.programme
        named = programme.search(a.text) if programme is not None else None
        if named is not None:
            ctx.programme_age = 0
            if not ctx.programme and a.items:
                # "counter-drone systems, while the Netherlands joins an effort to make
                # shells": the items named after the programme are what it buys.
                stop = _PHRASE_END.search(a.text, named.end())
                limit = stop.start() if stop else len(a.text)
                after = [i for i in a.items if named.end() <= i.start < limit]
                aid = assembler._aid_items(a.text, after or a.items)
                ctx.programme = tuple({i.category: (i.category, i.label) for i in aid}.values())
        has_supplier = supplied is not None and supplied.search(a.text) is not None
        found: list[Candidate] = []
        row = cells(a.text) if SEPARATOR in a.text else []
        if is_rule(row):
            row = []  # "|---|---|" under the header
        elif is_header(row) and not (ctx.table and len(row) == len(ctx.table)):
            # Under a header, a row of as many cells is data ("Norway | NASAMS | delivered").
            ctx.table = [cell.text.lower() for cell in row]
            row = []
        elif ctx.table and len(row) != len(ctx.table):
            ctx.table = None
        sequel, coming = pipeline.grammar.sequel, pipeline.grammar.coming
        listing = (
            bool(a.triggers or ctx.list_frame)
            or assembler.continues_package(a, ctx)
            or (sequel is not None and ctx.donor_age <= 1 and sequel.search(a.text) is not None)
            or (coming is not None and coming.search(a.text) is not None)
        )
        if (ctx.table and row) or listing or has_supplier:
            announced = None if a.vague else (a.date if a.date_explicit else current)
            if ctx.table and row:
                found = assembler.table_row(a, row, ctx.table, ctx, defaults, announced)
            elif listing:
                found += assembler.candidates(a, ctx, defaults, announced)
            if has_supplier and not row:
                found += assembler.supplied(a, defaults, announced)
        if not found and label is not None and label not in defaults[:1]:
            announced = None if a.vague else (a.date if a.date_explicit else current)
            found = assembler.label_line(a, label, ctx, defaults, announced, opener)
        if label is None:
            opens = a.text.rstrip().endswith(":")
            givers = [x.code for x in a.actors if x.code != UNSPECIFIED_ACTOR] if opens else []
            opener = givers[0] if givers else None
        if found and ctx.history:
            found, candidates = _shares(a, found, candidates, ctx, pipeline)
        a.cancelled = a.cancelled and not found
        if any(c.donor == ctx.package for c in found):
            ctx.package_age = 0  # the package's donor goes on describing it
        if not found and ctx.history:
            candidates = _priced_later(a, ctx.history[-1].sentence, candidates, pipeline)
        candidates += found
        ctx.programme_age += 1
        ctx.history.append(a)

    candidates = _without_stand_ins(candidates)
    groups: dict[tuple[str, str, Category], list[Candidate]] = {}
    for c in candidates:
        groups.setdefault((c.donor, c.recipient, c.category), []).append(c)
    mentions = []
    grammar = pipeline.grammar
    for group in (part for g in groups.values() for part in _commitments(g, text, grammar)):
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
