"""Rule-based extraction: clean → sentences → mentions → commitments.

Every stage is a pure function over text and the loaded rules; nothing here touches
a database or a UI. `Extractor` bundles the compiled rules with the pipeline so callers
hold one object and record its `version` (a hash of the rule files) with each mention.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from tracker.domain import Mention
from tracker.extraction.actors import ActorMatcher
from tracker.extraction.assemble import assemble_article
from tracker.extraction.clean import BoilerplateRules
from tracker.extraction.dates import DateReader, DateRules
from tracker.extraction.frames import FrameGrammar, FrameRules
from tracker.extraction.items import ItemMatcher
from tracker.extraction.lexicon import load_actors, load_equipment, load_model, rules_version
from tracker.extraction.numbers import NumberReader, NumberRules
from tracker.extraction.reading import Pipeline

__all__ = ["Extractor", "default_extractor", "load_extractor"]


@dataclass(frozen=True)
class Extractor:
    """The pipeline bound to one rule set."""

    version: str
    pipeline: Pipeline

    def extract(self, text: str, published: date | None = None) -> list[Mention]:
        """Every commitment the rules find in `text`, one `Mention` each."""
        return assemble_article(text, published, self.pipeline)


def load_extractor(user_dir: Path | None = None) -> Extractor:
    """Compile the built-in rules, extended by the rule files in `user_dir` if given."""
    frames = load_model("frames.yaml", FrameRules, user_dir)
    numbers = load_model("numbers.yaml", NumberRules, user_dir)
    currency_names = tuple(name for c in numbers.currencies.values() for name in c.names)
    pipeline = Pipeline(
        boilerplate=load_model("boilerplate.yaml", BoilerplateRules, user_dir),
        actors=ActorMatcher(
            load_actors(user_dir),
            frames.origin_suffixes,
            frames.leader_suffixes,
            currency_names,
            tuple(w for w, n in numbers.number_words.items() if n > 1),
        ),
        items=ItemMatcher(load_equipment(user_dir)),
        numbers=NumberReader(numbers),
        dates=DateReader(load_model("dates.yaml", DateRules, user_dir)),
        grammar=FrameGrammar(frames),
    )
    return Extractor(version=rules_version(user_dir), pipeline=pipeline)


@lru_cache(maxsize=1)
def default_extractor() -> Extractor:
    """The built-in rules, compiled once per process."""
    return load_extractor()
