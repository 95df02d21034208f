"""Settings, built once from the environment (TRACKER_*) and command-line options.

No module reads the environment on its own: the CLI and the dashboard build one
`Settings` and pass it down.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from pydantic import BaseModel, Field

DEFAULT_DATABASE_URL = "sqlite:///tracker.db"


class Settings(BaseModel):
    database_url: str = DEFAULT_DATABASE_URL
    rules_dir: Path | None = Field(
        default=None, description="folder of rule files that extend or replace the built-in ones"
    )
    read_only: bool = Field(default=False, description="dashboard viewers cannot edit")
    editor: str | None = Field(default=None, description="default editor name for audit rows")

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides: object) -> Settings:
        env = os.environ if env is None else env
        values: dict[str, object] = {}
        if url := env.get("TRACKER_DATABASE_URL"):
            values["database_url"] = url
        if rules := env.get("TRACKER_RULES_DIR"):
            values["rules_dir"] = Path(rules)
        if ro := env.get("TRACKER_READ_ONLY"):
            values["read_only"] = ro.strip().lower() in {"1", "true", "yes", "on"}
        if editor := env.get("TRACKER_EDITOR"):
            values["editor"] = editor
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls.model_validate(values)
