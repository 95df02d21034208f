"""Numbers: counts of items and amounts of money, read from digits, words and scales.

"one million artillery rounds" → 1000000; "€1.3bn" → 1300000000 EUR; "3 billion crowns"
in a Swedish pledge → SEK; "200-million-euro" → 200000000 EUR. An amount restated in
parentheses ("€1.3 billion ($1.4 billion)") is marked so it is read once. Calibres
("155mm"), decades ("1980s-built") and model numbers inside item names are not counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from pydantic import BaseModel, ConfigDict

from tracker.extraction.patterns import alternation


class CurrencyEntry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    signs: tuple[str, ...] = ()
    names: tuple[str, ...] = ()


class NumberRules(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    number_words: dict[str, int]
    scales: dict[str, int]
    fractions: dict[str, Decimal] = {}
    vague_quantifiers: tuple[str, ...]
    quantity_fillers: tuple[str, ...]
    quantity_prefixes: tuple[str, ...]
    not_fillers: tuple[str, ...] = ()
    running_total_verbs: tuple[str, ...] = ()
    currencies: dict[str, CurrencyEntry]
    ambiguous_currencies: dict[str, dict[str, str]]


@dataclass(frozen=True)
class Money:
    start: int
    end: int
    amount: Decimal | None
    """None for a range ("€40-50 million"): the amount is not one number."""
    currency: str
    restated: bool
    """No money of its own: inside parentheses right after another amount (the same money in
    another currency), or a running total ("bringing its aid to $56 billion")."""


@dataclass(frozen=True)
class Quantity:
    start: int
    end: int
    value: int | None
    """None for vague quantities ("dozens of")."""


# What may follow a count standing alone: "30,", "five more.", "five more of the same
# type", "eight more from its own stocks".
_BARE_COUNT_END = re.compile(
    r"\s+of\s+which\b|"  # "the CV90, 50 of which Sweden pledged"
    r"(?:\s+(?:more|further|additional))?"
    r"(?:\s+of\s+(?:them|these|those|the\s+same(?:\s+\w+)?))?"
    r"(?:\s+(?:from|in|by|over|within|this|next|last)\b[^,;.]*)?\s*(?:[,;.]|and\b|$)"
)
# Tokens that may stand between a count and its item: quotes, "French-made",
# "Soviet-designed", "1980s-built", "155mm", sizes ("97-metre", "500-pound"),
# "high-quality", acronyms and model names ("LAV", "M1A1"), possessives.
_FILLER_TOKEN = re.compile(
    r"[\"“”']|[\w]+-(?:built|made|designed|produced|supplied|funded|old|strong)"
    r"|\d{4}s-\w+|\d+-?mm|\d[\d,.]*-[a-z]+|[a-z]+(?:-[a-z]+)+"
    r"|[A-Z]{2,}[\w-]*|[A-Z]+\d[\w-]*"
    # "49 of the Army's retired tanks", "one of the country's Patriot systems"
    r"|[\w-]+['’]s"
)
# A capitalised word before a number makes it a model ("Leopard 2"), unless the word is
# a determiner that starts a sentence ("The 31 Abrams tanks").
_MODEL_NAME_BEFORE = re.compile(
    r"\b(?!(?:The|All|These|Those|Its|Their|Some|Another|Nearly|Almost|About|Around|Over|"
    r"Only|Roughly|Up)\s)[A-Z][\w-]*\s$"
)
# "a third Patriot system", "an S-300 system", "a decommissioned 26-metre coastal patrol
# boat": one.
_ONE_BEFORE = re.compile(
    r"(?<![\w-])(?:an?|one|a\s+single)(?:\s+(?:second|third|fourth|fifth|sixth|further|new|"
    r"additional|modern|used|refurbished|[a-z]+-[a-z]+|[a-z]+ed|"
    r"\d+(?:[.,]\d+)?-(?:metre|meter|foot|tonne|ton)s?)){0,3}\s+$",
    re.IGNORECASE,
)
_HAS_DIGIT = re.compile(r"\d")
_MODEL_NUMBER = re.compile(r"\d[\w-]*")
_BEFORE_WORD = re.compile(r"\s+\w")
# Thousands are grouped by commas or, in translated text, by spaces ("80 840 rockets").
_DIGITS = (
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\w.,-])"
    r"|\d{1,3}(?:\.\d{3}){2,}(?![\d,])|\d{1,3},\d{1,2}(?=\s?(?:billion|million|trillion|bn)\b)"
    r"|\d+(?:\.\d+)?"
)
_GROUPING = re.compile(r"[,\s]")
_DOT_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+")
_DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}")


def to_decimal(text: str) -> Decimal | None:
    try:
        return Decimal(_GROUPING.sub("", text))
    except InvalidOperation:
        return None


_SPELLED_OUT = re.compile(r"(?:\s[A-Z][\w-]*,?){2,6}\s+\(\s*$")
_PART_OF = re.compile(
    r"\b(?:first|last|remaining|other)\s+([\w-]+)\s+of\s+(?:the\s+|its\s+|their\s+)?$",
    re.IGNORECASE,
)
# "€1.3 billion ($1.4 billion)": the same money in another currency.
_CONVERSION = re.compile(
    r"\s*\(\s*(?:about|around|approx\.?|some|roughly|or|c\.|ca\.)?\s*", re.IGNORECASE
)
_DETERMINER_END = re.compile(r"(?:\b(?:the|its|their|this|next|last)|['’]s?)\s*$", re.IGNORECASE)


def _singular(item: str) -> bool:
    """ "Patriot system", "HIMARS launcher", "NASAMS": not "tanks" or "howitzers"."""
    last = item.split()[-1] if item.split() else item
    return not (last.endswith("s") and not last.endswith("ss") and last[:-1].islower())


class NumberReader:
    """Compiled number and money patterns for one rule set."""

    def __init__(self, rules: NumberRules) -> None:
        self.rules = rules
        self.words = {k.lower(): v for k, v in rules.number_words.items()}
        self.scales = {k.lower(): v for k, v in rules.scales.items()}
        sign_to_code: dict[str, str] = {}
        name_to_code: dict[str, str] = {}
        for code, entry in rules.currencies.items():
            for sign in entry.signs:
                sign_to_code[sign] = code
            for name in entry.names:
                name_to_code[name.lower()] = code
        self.sign_to_code = sign_to_code
        self.name_to_code = name_to_code
        self.ambiguous = {k.lower(): v for k, v in rules.ambiguous_currencies.items()}
        self.fractions = {k.lower(): v for k, v in rules.fractions.items()}
        self.fraction_before = (
            re.compile(rf"\b(?:{alternation(list(self.fractions))})\s+$", re.IGNORECASE)
            if self.fractions
            else None
        )
        word_scales = [w for w in self.scales if len(w) > 2]
        short_scales = [w for w in self.scales if len(w) <= 2]
        names = list(name_to_code) + list(self.ambiguous)
        num = rf"(?:{_DIGITS})"
        # "CZK 8.3 bn": a lowercase abbreviation of two letters may also stand apart (one
        # letter may not: "5 m" is metres, and "6 MN-9" a model).
        spaced = alternation(w for w in short_scales if len(w) == 2)
        scale = (
            rf"(?:[\s-]?(?:{alternation(word_scales)})\b|(?:{alternation(short_scales)})\b"
            rf"|\s(?-i:{spaced})\b(?!-))"
        )
        single = alternation([w for w in self.words if " " not in w and len(w) > 2])
        # "twenty-five", "two hundred", "three hundred and fifty": one number in words.
        word_num = rf"(?:(?:{single})(?:[\s-]+(?:{single})|(?<=hundred)\s+and\s+(?:{single}))*)"
        self.scale_word = re.compile(rf"\b(?:{alternation(word_scales)})\b", re.IGNORECASE)
        self.money_prefix = re.compile(
            rf"(?P<sign>{alternation(list(sign_to_code))})\s?(?P<num>{num})(?:\s?-\s?(?P<hi>{num}))?"
            rf"(?P<scale>(?i:{scale}))?",
        )
        self.money_suffix = re.compile(
            rf"\b(?P<num>{num}|{word_num}|a)(?:\s?-\s?(?P<hi>{num}))?"
            rf"(?:[\s-](?P<scale>{alternation(word_scales)})|(?P<short>{alternation(short_scales)}))?"
            rf"[\s-]?(?P<name>{alternation(names)})(?:e?s)?\b",
            re.IGNORECASE,
        )
        self.money_code_after = re.compile(
            rf"\b(?P<num>{num})\s?(?P<scale>{alternation(word_scales)})?\s(?P<sign>"
            rf"{alternation([s for s in sign_to_code if s.isalpha() and s.isupper()])})\b"
        )
        phrases = "".join(f"{alternation([w])}|" for w in self.words if " " in w)
        self.count = re.compile(
            rf"(?<![\w.$€£¥-])(?P<num>{num})(?:\s(?P<scale>{alternation(word_scales)}))?(?![\w.,]*\d)"
            rf"|\b(?P<word>{phrases}{word_num})"
            rf"(?:\s(?P<wscale>{alternation(word_scales)}))?\b",
            re.IGNORECASE,
        )
        self.running_total = (
            re.compile(
                rf"\b(?:{alternation(rules.running_total_verbs)})\b[^,;.]*?\bto\s+"
                r"(?:about\s+|around\s+|over\s+|more\s+than\s+|nearly\s+|almost\s+|some\s+)?$",
                re.IGNORECASE,
            )
            if rules.running_total_verbs
            else None
        )
        # "several", "several hundred", "a few thousand": no number.
        self.vague = re.compile(
            rf"\b(?:{alternation(rules.vague_quantifiers)})"
            rf"(?:\s+(?:hundred|dozen|{alternation(word_scales)}))?\s*$",
            re.IGNORECASE,
        )
        self.vague_money = re.compile(
            rf"\b(?:{alternation(word_scales)})s?\s+of\s+(?:{alternation(names)})",
            re.IGNORECASE,
        )
        """Money without a figure: "several tens of millions of euros"."""
        self.filler_phrases = sorted(
            (tuple(f.lower().split()) for f in rules.quantity_fillers), key=len, reverse=True
        )
        self.not_adjectives = frozenset(w.lower() for w in rules.not_fillers)
        self.prefixes = re.compile(
            rf"(?:{alternation(rules.quantity_prefixes)})\s+$", re.IGNORECASE
        )
        self.leading_prefix = re.compile(
            rf"\s*(?:(?:{alternation(rules.quantity_prefixes)})\s+)?", re.IGNORECASE
        )

    # -- money ---------------------------------------------------------------

    def _scaled(self, num: str, scale: str | None) -> Decimal | None:
        if _DOT_GROUPED.fullmatch(num) and (not scale or num.endswith(".000")):
            # "300.000 rounds", "5.000 million euros" in translated copy: thousands (but
            # "$1.125 billion" is a decimal)
            num = num.replace(".", "")
        elif _DECIMAL_COMMA.fullmatch(num):
            num = num.replace(",", ".")  # "1,5 billion euros": a decimal comma
        value = to_decimal(num) if num[0].isdigit() else self._spelled(num)
        if value is None:
            return None
        if scale:
            value *= self.scales[scale.strip(" -").lower()]
        return value

    def _spelled(self, words: str) -> Decimal:
        """ "twenty-five" → 25, "two hundred and fifty" → 250, "a dozen" → 12."""
        key = words.lower()
        if key in self.words:
            return Decimal(self.words[key])
        value = 0
        for word in re.split(r"[\s-]+(?:and\s+)?", key):
            if word in ("hundred", "dozen"):
                value = (value or 1) * self.words[word]
            else:
                value += self.words.get(word, 0)
        return Decimal(value or 1)

    def _currency(self, sign: str | None, name: str | None, donor: str | None) -> str | None:
        if sign:
            table = self.ambiguous.get(sign)
            if table is not None:
                return table.get(donor or "", table.get("default"))
            return self.sign_to_code.get(sign)
        if not name:
            return None
        key = name.lower()
        if key in self.name_to_code:
            return self.name_to_code[key]
        for stem, table in self.ambiguous.items():
            if key.startswith(stem):
                return table.get(donor or "", table.get("default"))
        return None

    def money(self, text: str, donor: str | None = None) -> tuple[Money, ...]:
        """Every amount of money in `text`, in order; `donor` settles "crowns" and "kroner"."""
        return self._money(text, donor)

    @lru_cache(maxsize=2048)  # noqa: B019 - one reader per rule set, alive for the process
    def _money(self, text: str, donor: str | None) -> tuple[Money, ...]:
        found: list[tuple[int, int, Decimal | None, str]] = []
        if not _HAS_DIGIT.search(text) and not self.scale_word.search(text):
            return ()
        taken: list[tuple[int, int]] = []
        for pattern in (self.money_prefix, self.money_code_after, self.money_suffix):
            for m in pattern.finditer(text):
                if any(s < m.end() and m.start() < e for s, e in taken):
                    continue
                groups = m.groupdict()
                name = groups.get("name") or ""
                if (
                    name.lower().startswith("pound")
                    and text[m.start("name") - 1] == "-"
                    and _BEFORE_WORD.match(text, m.end())
                ):
                    # "2,000-pound bombs", "2,000-pound MK-84 bombs": a weight ("a
                    # one-billion-euro fund" is money).
                    continue
                currency = self._currency(groups.get("sign"), groups.get("name"), donor)
                if currency is None:
                    continue
                amount = (
                    None
                    if groups.get("hi") or self.vague.search(text, 0, m.start())
                    else self._scaled(groups["num"], groups.get("scale") or groups.get("short"))
                )
                start = m.start()
                fraction = (
                    self.fraction_before.search(text, max(0, start - 25), start)
                    if self.fraction_before is not None and groups["num"].lower() in ("a", "an")
                    else None
                )
                if fraction is not None and amount is not None:
                    # "half a billion dollars"
                    amount *= self.fractions[" ".join(fraction.group().lower().split())]
                    start = fraction.start()
                found.append((start, m.end(), amount, currency))
                taken.append((m.start(), m.end()))
        found.sort()
        result: list[Money] = []
        for start, end, amount, currency in found:
            between = text[result[-1].end : start] if result else ""
            converted = bool(result) and _CONVERSION.fullmatch(between) is not None
            total = bool(
                self.running_total and self.running_total.search(text, max(0, start - 90), start)
            )
            result.append(Money(start, end, amount, currency, converted or total))
        return tuple(result)

    # -- quantities ----------------------------------------------------------

    def _fills(self, rest: str) -> bool:
        """Only fillers between a number and its item: known words ("more", "units of"),
        model names, and at most two plain adjectives ("five coastal radar systems")."""
        words = [w for w in (w.strip("\"“”'‘’") for w in rest.split()) if w]
        plain = 0
        i = 0
        while i < len(words):
            lowered = [w.lower() for w in words[i : i + 4]]
            phrase = next((p for p in self.filler_phrases if tuple(lowered[: len(p)]) == p), None)
            if phrase:
                i += len(phrase)
                continue
            word = words[i]
            if word[:1].isupper() and i + 1 < len(words) and _MODEL_NUMBER.fullmatch(words[i + 1]):
                i += 2  # "two Type 056 corvettes": a model's name and number
                continue
            if word.isdigit() and i + 1 < len(words) and lowered[1:2] == ["mm"]:
                i += 2  # "21,600 rounds of 35 mm ammunition": a calibre
                continue
            if _FILLER_TOKEN.fullmatch(word):
                pass
            elif word.isalpha() and word.islower() and word not in self.not_adjectives:
                plain += 1
            else:
                return False
            i += 1
        return plain <= 2

    def _bare(self, text: str, start: int) -> tuple[re.Match[str], Decimal] | None:
        """A number standing alone after `start` (after an optional "around"), and its
        value."""
        lead = self.leading_prefix.match(text, start)
        assert lead is not None  # an optional prefix matches everywhere
        m = self.count.match(text, lead.end())
        if m is None or not _BARE_COUNT_END.match(text, m.end()):
            return None
        value = (
            self._scaled(m.group("num"), m.group("scale"))
            if m.group("num")
            else self._scaled(m.group("word"), m.group("wscale"))
        )
        return None if value is None else (m, value)

    def bare_sum(self, text: str, start: int, currency: str) -> Money | None:
        """A sum in millions or billions standing alone after `start`, in the currency of
        the sum it is gapped from: "committed 300 million euros, and Denmark 200 million"."""
        found = self._bare(text, start)
        if found is None:
            return None
        m, value = found
        scale = (m.group("scale") or m.group("wscale") or "").lower()
        if scale not in ("million", "billion", "trillion"):
            return None
        return Money(m.start(), m.end(), value, currency, False)

    def bare_count(self, text: str, start: int) -> int | None:
        """A count standing alone after `start`, as in the gapped "and Belgium 30,", "and
        Poland around 6,000", or after a verb: "supplied five more of the same type"."""
        found = self._bare(text, start)
        if found is None:
            return None
        value = found[1]
        return int(value) if value == int(value) and value > 0 else None

    def quantity_before(
        self,
        text: str,
        item_start: int,
        floor: int = 0,
        names: frozenset[int] = frozenset(),
        item_end: int | None = None,
    ) -> Quantity | None:
        """The count written just before an item: "12 more Caesar howitzers" → 12. A number
        right after a capitalised word is a model ("Leopard 2 tanks") unless that word is
        a name in `names` (the end offsets of actor mentions: "give Ukraine 100 trucks").
        Given the item's end, "a third Patriot system" or "an S-300 system" counts one."""
        window_start = max(floor, item_start - 60)
        window = text[window_start:item_start]
        if self.vague.search(window):
            return Quantity(item_start, item_start, None)
        if (
            item_end is not None
            and (one := _ONE_BEFORE.search(window))
            and _singular(text[item_start:item_end])
        ):
            return Quantity(window_start + one.start(), window_start + one.end(), 1)
        best: Quantity | None = None
        for m in self.count.finditer(window):
            # "30 Mine Resistant Ambush Protected (MRAP) vehicles": the name the
            # abbreviation spells out is no filler, but it stands for the item.
            rest = _SPELLED_OUT.sub(" ", window[m.end() :])
            if not self._fills(rest):
                continue
            before = window[: m.start()]
            if re.search(r"[$€£¥]\s*$|\b(?:No|no|number)\.?\s*$", before):
                continue
            if _MODEL_NAME_BEFORE.search(before) and window_start + len(before) - 1 not in names:
                continue
            if m.group("num"):
                if re.match(
                    r"\s?-?\s?(?:mm|cm|km|kg|per|%|-year|-month|-day|s\b)|(?:st|nd|rd|th)\b",
                    window[m.end() :],
                ):
                    continue  # a calibre, a share, a decade or an ordinal ("46th package")
                if re.fullmatch(r"(?:19|20)\d\d", m.group("num")) and _DETERMINER_END.search(
                    before
                ):
                    continue  # "the country's 2025 military support framework": a year
                value = self._scaled(m.group("num"), m.group("scale"))
            else:
                value = self._scaled(m.group("word"), m.group("wscale"))
            if value is None or value != int(value) or value <= 0:
                continue
            best = Quantity(window_start + m.start(), window_start + m.end(), int(value))
            part = _PART_OF.search(before)
            if part and (n := self.count.fullmatch(part.group(1))):
                # "the first six of the 19 tanks": six of them.
                count = self._scaled(n.group("num") or n.group("word"), None)
                if count is not None and 0 < count < value:
                    start = window_start + part.start(1)
                    best = Quantity(start, start + len(part.group(1)), int(count))
            break
        return best
