"""Shared test configuration: hypothesis profiles and the acts' texts (``sources/`` in the project)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("dev", max_examples=200, deadline=None)
settings.register_profile(
    "ci", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow], print_blob=True
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "sources"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The acts' texts, kept in the project (``sources/``): a missing file fails the test that reads it."""
    return SEEDS
