"""Shared fixtures for the extraction tests: the built-in pipeline, compiled once."""

from __future__ import annotations

import pytest

from tracker.extraction import Extractor, default_extractor
from tracker.extraction.reading import Pipeline


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return default_extractor()


@pytest.fixture(scope="session")
def pipeline(extractor: Extractor) -> Pipeline:
    return extractor.pipeline
