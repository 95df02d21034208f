"""Score extracted records against hand-made gold files (extraction-contract.md).

Gold records list every acceptable answer per field; system records are matched one
to one to gold records whose donor, recipient and category lists hold the record's
values, required gold first, then by how many scored fields agree.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from tracker.errors import InputError

FIELDS = ("quantity", "value", "status", "announced_on")
Record = dict[str, Any]


class ArticleScore(BaseModel):
    article: str
    predicted: int
    matched_required: int
    matched_optional: int
    false_positives: list[Record]
    missed: list[Record]
    required: int
    negative_hits: int
    fields: dict[str, tuple[int, int]]


class Score(BaseModel):
    articles: list[ArticleScore]

    def total(self, name: str) -> int:
        return sum(
            int(getattr(a, name))
            if not isinstance(getattr(a, name), list)
            else len(getattr(a, name))
            for a in self.articles
        )

    @property
    def precision(self) -> float:
        tp, fp = self.total("matched_required"), self.total("false_positives")
        return tp / (tp + fp) if tp + fp else 1.0

    @property
    def recall(self) -> float:
        required = self.total("required")
        return self.total("matched_required") / required if required else 1.0

    def field_accuracy(self, name: str) -> float | None:
        right = sum(a.fields[name][0] for a in self.articles)
        seen = sum(a.fields[name][1] for a in self.articles)
        return right / seen if seen else None


def load_gold(folder: Path) -> dict[str, Record]:
    if not folder.is_dir():
        raise InputError(folder, "gold folder not found")
    gold: dict[str, Record] = {}
    for path in sorted(folder.glob("*.json")):
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
            gold[doc["article"]] = doc
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise InputError(path, f"not a gold file: {exc}") from exc
    return gold


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", (text or "").lower()))


def same_sentence(a: str, b: str) -> bool:
    wa, wb = _words(a), _words(b)
    return bool(wa and wb) and len(wa & wb) / min(len(wa), len(wb)) >= 0.8


def _one_ok(name: str, record: Record, want: Any) -> bool:
    if name == "value":
        amount, currency = record.get("value_amount"), record.get("value_currency")
        if want is None:
            return amount is None
        if amount is None or currency != want["currency"]:
            return False
        return abs(float(amount) - want["amount"]) <= 0.01 * want["amount"]
    got = record.get(name)
    if want is None:
        return got is None
    if name == "quantity":
        return got is not None and int(got) == int(want)
    return bool(got == want)


def field_ok(name: str, record: Record, gold: Record) -> bool | None:
    want = gold.get(name)
    if name != "status" and want is None:
        return None
    options = want if isinstance(want, list) else [want]
    return any(_one_ok(name, record, w) for w in options)


def _fits(record: Record, gold: Record) -> bool:
    return all(record.get(k) in gold[k] for k in ("donor", "recipient", "category"))


def score_article(name: str, gold: Record, records: list[Record]) -> ArticleScore:
    golds = gold["commitments"]
    pairs = sorted(
        (not g.get("required", True), -sum(bool(field_ok(f, r, g)) for f in FIELDS), i, j)
        for i, r in enumerate(records)
        for j, g in enumerate(golds)
        if _fits(r, g)
    )
    used_r: set[int] = set()
    used_g: set[int] = set()
    pairs_final: list[tuple[int, int]] = []
    for _, _, i, j in pairs:
        if i not in used_r and j not in used_g:
            used_r.add(i)
            used_g.add(j)
            pairs_final.append((i, j))
    fields = {f: (0, 0) for f in FIELDS}
    for i, j in pairs_final:
        for f in FIELDS:
            ok = field_ok(f, records[i], golds[j])
            if ok is not None:
                right, seen_n = fields[f]
                fields[f] = (right + ok, seen_n + 1)
    required = [j for j, g in enumerate(golds) if g.get("required", True)]
    tp = sum(1 for _, j in pairs_final if golds[j].get("required", True))
    return ArticleScore(
        article=name,
        predicted=len(records),
        matched_required=tp,
        matched_optional=len(pairs_final) - tp,
        false_positives=[records[i] for i in range(len(records)) if i not in used_r],
        missed=[golds[j] for j in required if j not in used_g],
        required=len(required),
        negative_hits=sum(
            1
            for r in records
            if any(same_sentence(r.get("evidence", ""), n) for n in gold.get("negatives", []))
        ),
        fields=fields,
    )


def score(gold: dict[str, Record], predictions: dict[str, list[Record]]) -> Score:
    return Score(articles=[score_article(n, g, predictions.get(n, [])) for n, g in gold.items()])


def render(result: Score, verbose: bool = False) -> str:
    lines = [f"{'article':44} {'pred':>4} {'tp':>3} {'opt':>3} {'fp':>3} {'req':>3} {'neg':>3}"]
    for a in result.articles:
        lines.append(
            f"{a.article[:44]:44} {a.predicted:>4} {a.matched_required:>3} {a.matched_optional:>3} "
            f"{len(a.false_positives):>3} {a.required:>3} {a.negative_hits:>3}"
        )
        if verbose:
            lines += [
                f"    missed  {g['donor']}->{g['recipient']} {g['category']}: {g['evidence'][:90]}"
                for g in a.missed
            ]
            lines += [
                f"    extra   {r.get('donor')}->{r.get('recipient')} {r.get('category')}: "
                f"{str(r.get('evidence'))[:90]}"
                for r in a.false_positives
            ]
    accuracy = ", ".join(
        f"{f} {'n/a' if (v := result.field_accuracy(f)) is None else f'{v:.3f}'}" for f in FIELDS
    )
    lines.append(f"field accuracy on matches: {accuracy}")
    lines.append(f"negative sentences extracted: {result.total('negative_hits')}")
    lines.append(f"precision {result.precision:.3f}  recall {result.recall:.3f}")
    return "\n".join(lines)
