"""Load and validate the rule files under `tracker/rules/` (or a user's folder).

The files are data, the engine is code: each YAML file is parsed into the pydantic
models below, so a typo in a user's vocabulary is reported with the file and the
entry, never as a wrong extraction later. A user folder given with `--rules` or
TRACKER_RULES_DIR is read after the built-in one and *extends* it: entries with the
same key add aliases, new keys add entries.
"""

from __future__ import annotations

import hashlib
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

import pycountry
import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from tracker.domain import Category
from tracker.errors import RuleError

BUILTIN_RULES = Path(__file__).resolve().parent.parent / "rules"
RULE_FILES = (
    "actors.yaml",
    "equipment.yaml",
    "frames.yaml",
    "numbers.yaml",
    "dates.yaml",
    "boilerplate.yaml",
)

M = TypeVar("M", bound=BaseModel)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Person(_Strict):
    """An official who speaks for a country while in office."""

    name: str
    role: str | None = None
    aliases: tuple[str, ...] = ()
    start: date | None = Field(default=None, alias="from")
    end: date | None = Field(default=None, alias="to")


class ActorEntry(_Strict):
    """Surface forms of one country or organisation (all matched case-sensitively)."""

    names: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()
    institutions: tuple[str, ...] = ()
    persons: tuple[Person, ...] = ()
    places: tuple[str, ...] = ()
    """Regions and military sites, read only as where training happens ("at Fort Sill,
    Oklahoma"): a place is no actor anywhere else."""


class OrganisationEntry(ActorEntry):
    name: str


class ActorsFile(_Strict):
    countries: dict[str, ActorEntry] = {}
    organisations: dict[str, OrganisationEntry] = {}
    unspecified: tuple[str, ...] = ()
    unspecified_counted: tuple[str, ...] = ()
    """Nouns that name unnamed donors after a count: "11 countries agreed to train"."""
    not_actors: tuple[str, ...] = ()

    @field_validator("countries")
    @classmethod
    def _iso3(cls, value: dict[str, ActorEntry]) -> dict[str, ActorEntry]:
        unknown = [code for code in value if pycountry.countries.get(alpha_3=code) is None]
        if unknown:
            raise ValueError(f"not ISO 3166-1 alpha-3 codes: {', '.join(sorted(unknown))}")
        return value


class EquipmentItem(_Strict):
    """A weapon system or generic noun and the spellings that name it."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_.-]*$")
    label: str
    aliases: tuple[str, ...] = Field(min_length=1)
    counted: tuple[str, ...] = ()
    """Everyday words that name the item only after a large count: "180,000 rounds"."""


class EquipmentFile(_Strict):
    categories: dict[Category, tuple[EquipmentItem, ...]]


def _read_yaml(path: Path) -> Any:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleError(path, f"cannot read: {exc}") from exc
    except yaml.YAMLError as exc:
        raise RuleError(path, f"not valid YAML: {exc}") from exc


def _validate(model: type[M], data: Any, path: Path) -> M:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in exc.errors()
        )
        raise RuleError(path, problems) from exc


def _merge(base: Any, extra: Any) -> Any:
    """Deep-merge a user's rule data into the built-in data: dicts merge, lists extend."""
    if isinstance(base, dict) and isinstance(extra, dict):
        merged = dict(base)
        for key, value in extra.items():
            merged[key] = _merge(base[key], value) if key in base else value
        return merged
    if isinstance(base, list) and isinstance(extra, list):
        return base + [v for v in extra if v not in base]
    return extra


def load_raw(name: str, user_dir: Path | None = None) -> tuple[Any, list[Path]]:
    """The merged YAML data of one rule file, and the paths it came from."""
    paths = [BUILTIN_RULES / name]
    data = _read_yaml(paths[0])
    if user_dir is not None and (user_dir / name).is_file():
        paths.append(user_dir / name)
        data = _merge(data, _read_yaml(user_dir / name))
    return data, paths


def load_model(name: str, model: type[M], user_dir: Path | None = None) -> M:
    """One rule file, merged with the user's copy, validated against `model`."""
    data, paths = load_raw(name, user_dir)
    return _validate(model, data, paths[-1])


def load_actors(user_dir: Path | None = None) -> ActorsFile:
    return load_model("actors.yaml", ActorsFile, user_dir)


def load_equipment(user_dir: Path | None = None) -> EquipmentFile:
    return load_model("equipment.yaml", EquipmentFile, user_dir)


def rules_version(user_dir: Path | None = None) -> str:
    """A short hash of every rule file in use, recorded with each mention."""
    digest = hashlib.sha256()
    for name in RULE_FILES:
        for folder in (BUILTIN_RULES, user_dir):
            if folder is not None and (folder / name).is_file():
                digest.update((folder / name).read_bytes())
    return digest.hexdigest()[:12]


@lru_cache(maxsize=8)
def country_names() -> dict[str, tuple[str, ...]]:
    """ISO 3166-1 names from pycountry: name, common name and official name per code."""
    names: dict[str, tuple[str, ...]] = {}
    for country in pycountry.countries:
        forms = [country.name]
        for attr in ("common_name", "official_name"):
            if value := getattr(country, attr, None):
                forms.append(value)
        names[country.alpha_3] = tuple(dict.fromkeys(forms))
    return names
