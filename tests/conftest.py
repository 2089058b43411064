"""Shared test configuration: hypothesis profiles and the seeds folder."""

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
SEEDS = ROOT.parent / "shared" / "seeds"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The folder of the acts' texts; fails under CI and skips elsewhere when it is missing."""
    if not SEEDS.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"the seeds folder {SEEDS} is missing; CI runs with ../shared beside the checkout")
        pytest.skip(f"the seeds folder {SEEDS} is not beside this checkout")
    return SEEDS
