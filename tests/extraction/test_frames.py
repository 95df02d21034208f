"""frames.FrameGrammar: triggers, the cues that cancel them, and pledged/delivered."""

from __future__ import annotations

import inspect

import pytest

from tracker.domain import Status
from tracker.extraction.frames import FrameGrammar, FrameRules, Trigger, VerbClass
from tracker.extraction.reading import Pipeline


def _clause(grammar: FrameGrammar, text: str, position: int) -> tuple[int, int]:
    """The clause around `position` (the grammar exposes `clauses` or `clause`)."""
    if hasattr(grammar, "clauses"):
        spans = grammar.clauses(text)
        return next(
            (s, e) for s, e in spans if s <= position < e or (s <= position and e == len(text))
        )
    return grammar.clause(text, position)


def _cancelled(grammar: FrameGrammar, text: str, trigger: Trigger) -> str | None:
    if len(inspect.signature(grammar.cancelled_by).parameters) == 3:
        return grammar.cancelled_by(text, trigger, _clause(grammar, text, trigger.start))
    return _cancelled(grammar, text, trigger)


def _triggers(grammar: FrameGrammar, text: str) -> list[tuple[str, VerbClass, bool, bool]]:
    return [(text[t.start : t.end], t.cls, t.nominal, t.past) for t in grammar.triggers(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Spain will supply boats", [("supply", VerbClass.TRANSFER, False, False)]),
        ("Spain supplied boats", [("supplied", VerbClass.TRANSFER, False, True)]),
        ("Spain has shipped boats", [("shipped", VerbClass.TRANSFER, False, True)]),
        ("Spain handed over boats", [("handed over", VerbClass.TRANSFER, False, True)]),
        ("Spain sent boats", [("sent", VerbClass.TRANSFER, False, True)]),
        ("Spain is rushing boats", [("rushing", VerbClass.TRANSFER, False, False)]),
        ("Spain pledged boats", [("pledged", VerbClass.PLEDGE, False, True)]),
        ("Spain's offer of boats", [("offer", VerbClass.PLEDGE, True, False)]),
        ("Moldova received boats", [("received", VerbClass.RECEIVE, False, True)]),
        ("Moldova will get boats", [("get", VerbClass.RECEIVE, False, False)]),
        ("Kyiv thanked partners", [("thanked", VerbClass.THANK, False, True)]),
        ("Kyiv has begun using ATACMS", [("begun using", VerbClass.USE, False, True)]),
        (
            "the package includes boats",
            [
                ("package", VerbClass.TRANSFER, True, False),
                ("includes", VerbClass.INCLUDE, False, False),
            ],
        ),
        ("the supplies arrived", [("arrived", VerbClass.ARRIVE, False, True)]),
        ("the supplies were stored", []),
        ("a trust fund for boats", []),
        ("the boats were parked", []),
        ("China sent 46 ships", [("sent", VerbClass.TRANSFER, False, True)]),
        ("Spain in 2024 shipped boats", [("shipped", VerbClass.TRANSFER, False, True)]),
        ("the F-16 training", [("training", VerbClass.TRANSFER, False, False)]),
        ("a figure that depends on pledges", []),
        ("That includes tanks", [("includes", VerbClass.INCLUDE, False, False)]),
        ("Tallinn will devote 0.25% of GDP", [("devote", VerbClass.PLEDGE, False, False)]),
        ("a small number of fully trained pilots", []),
        ("a former ship's engineer", []),
        ("Biden on Dec. 20 authorized boats", [("authorized", VerbClass.PLEDGE, False, True)]),
    ],
)
def test_frames_triggers(
    pipeline: Pipeline, text: str, expected: list[tuple[str, VerbClass, bool, bool]]
) -> None:
    assert _triggers(pipeline.grammar, text) == expected


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Spain refused to send boats", "negation"),
        ("Spain will not send boats", "negation"),
        ("Spain won't send boats", "negation"),
        ("Kyiv urged allies to send boats", "request"),
        ("Kyiv called on partners to send boats", "request"),
        ("To ask the Secretary of State, what boats the UK has sent", "request"),
        ("The minister dismissed reports that Spain had sent boats", "negation"),
        ("A planned sending of boats has been called off", "cut"),
        ("The president came to press Congress to send boats", "request"),
        ("Spain may send boats", "speculation"),
        ("Spain could send boats", "speculation"),
        ("Spain is expected to send boats", "speculation"),
        ("Spain is considering sending boats", "speculation"),
        ("Spain will send boats only if asked", "condition"),
        ("Spain is reluctant to send boats", "reluctance"),
        ("The US moves Ukraine up, delaying plans to send boats to Chile", "cut"),
        ("There is no evidence that Spain did send boats", "negation"),
        ("Allies, whom Spain did not name, will send boats", None),
        ("Talks decide how many and by whom boats will be sent", "speculation"),
        ("China staged drills around the island, sending boats into the area", "activity"),
        ("China will send aircraft around Taiwan", "activity"),
        ("Spain will send boats", None),
        ("Spain will send boats, although none have arrived", None),
        ("Spain will not only send boats but also jets", None),
    ],
)
def test_frames_cancelled_by(pipeline: Pipeline, text: str, cue: str | None) -> None:
    grammar = pipeline.grammar
    send = next(t for t in grammar.triggers(text) if t.base == "send")
    assert _cancelled(grammar, text, send) == cue


def test_frames_cut_cancels_aid_noun(pipeline: Pipeline) -> None:
    text = "Spain plans to cut aid to Ukraine"
    grammar = pipeline.grammar
    aid = next(t for t in grammar.triggers(text) if t.base == "aid")
    assert _cancelled(grammar, text, aid) == "cut"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Spain will send boats", Status.PLEDGED),
        ("Spain plans to send boats", Status.PLEDGED),
        ("Spain agreed to provide boats", Status.PLEDGED),
        ("Spain is set to deliver boats", Status.PLEDGED),
        ("Spain pledged boats", Status.PLEDGED),
        ("Spain has sent boats", Status.DELIVERED),
        ("Spain sent boats", Status.DELIVERED),
        ("Spain delivered boats", Status.DELIVERED),
        ("Spain has already delivered boats", Status.DELIVERED),
        ("Moldova received boats", Status.DELIVERED),
        ("Moldova will receive boats", Status.PLEDGED),
    ],
)
def test_frames_status(pipeline: Pipeline, text: str, status: Status) -> None:
    grammar = pipeline.grammar
    trigger = grammar.triggers(text)[-1]
    assert grammar.status(text, trigger, 0) is status


def test_frames_clause_stops_at_breaks(pipeline: Pipeline) -> None:
    text = "Spain will send boats, although none have arrived"
    start, end = _clause(pipeline.grammar, text, text.index("send"))
    assert text[start:end] == "Spain will send boats"


# -- a tiny fictional rule set --------------------------------------------------------


def _tiny() -> FrameGrammar:
    return FrameGrammar(
        FrameRules.model_validate(
            {
                "verbs": {
                    "transfer": [{"base": "bestow"}, {"base": "fling", "forms": ["flung"]}],
                    "pledge": [{"base": "vow"}],
                },
                "nominal_triggers": {"transfer": ["gift"]},
                "pledged_markers": ["shall"],
                "delivered_markers": ["hath"],
                "cancel": {
                    "negation": {"before": ["nay"]},
                    "speculation": {"anywhere": ["perchance"]},
                },
                "clause_breaks": ["yet"],
            }
        )
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gallia bestows boats", [("bestows", VerbClass.TRANSFER, False, False)]),
        ("Gallia bestowed boats", [("bestowed", VerbClass.TRANSFER, False, True)]),
        ("Gallia is bestowing boats", [("bestowing", VerbClass.TRANSFER, False, False)]),
        ("Gallia flung boats", [("flung", VerbClass.TRANSFER, False, True)]),
        ("Gallia vowed boats", [("vowed", VerbClass.PLEDGE, False, True)]),
        ("Gallia's gift of boats", [("gift", VerbClass.TRANSFER, True, False)]),
        ("Gallia will send boats", []),
    ],
)
def test_frames_tiny_rule_set_triggers(
    text: str, expected: list[tuple[str, VerbClass, bool, bool]]
) -> None:
    assert _triggers(_tiny(), text) == expected


@pytest.mark.parametrize(
    ("text", "cue", "status"),
    [
        ("Gallia shall bestow boats", None, Status.PLEDGED),
        ("Gallia hath bestow boats", None, Status.DELIVERED),
        ("Gallia bestowed boats", None, Status.DELIVERED),
        ("Gallia nay bestow boats", "negation", Status.PLEDGED),
        ("Gallia shall bestow boats perchance", "speculation", Status.PLEDGED),
        ("Gallia shall bestow boats yet perchance not", None, Status.PLEDGED),
    ],
)
def test_frames_tiny_rule_set_cues_and_status(text: str, cue: str | None, status: Status) -> None:
    grammar = _tiny()
    trigger = grammar.triggers(text)[0]
    assert _cancelled(grammar, text, trigger) == cue
    assert grammar.status(text, trigger, 0) is status
