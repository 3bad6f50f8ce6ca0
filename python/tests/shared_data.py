"""Shared helpers: the outside data in ../shared (never copied into the repository)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[3] / "shared"


def shared(rel: str) -> Path:
    """The path of `rel` under ../shared; skips the test when it is missing, unless
    REQUIRE_SHARED_DATA=1 (as in CI), where a missing file fails it."""
    path = SHARED / rel
    if not path.exists():
        if os.environ.get("REQUIRE_SHARED_DATA") == "1":
            pytest.fail(f"{path} is missing and REQUIRE_SHARED_DATA=1")
        pytest.skip(f"NOTICE: {path} is missing (the gold data lives in ../shared)")
    return path


@pytest.fixture(scope="session")
def seed_lines() -> list[str]:
    seeds = shared("seeds")
    return [
        line
        for f in sorted(p for p in seeds.iterdir() if p.is_file())
        for line in f.read_text(encoding="utf-8").splitlines()
    ]
