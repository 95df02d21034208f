"""The tracker's few error types; each message names the input and the problem."""

from __future__ import annotations

from pathlib import Path


class TrackerError(Exception):
    """Base of every error the tracker raises on purpose."""


class InputError(TrackerError):
    """A file the user gave cannot be read as an article, manifest or rule file."""

    def __init__(self, path: Path | str, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{path}: {problem}")


class RuleError(InputError):
    """A rule or vocabulary file is malformed."""


class EditConflict(TrackerError):
    """Someone else changed the commitment since the editor loaded it."""

    def __init__(self, commitment_id: int, expected: int, current: int) -> None:
        self.commitment_id = commitment_id
        self.expected = expected
        self.current = current
        super().__init__(
            f"commitment {commitment_id} was changed by someone else "
            f"(you edited version {expected}, it is now at version {current}); reload and retry"
        )


class NotFound(TrackerError):
    """A record asked for by id does not exist."""
