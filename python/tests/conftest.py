"""Fixtures: see shared_data.py."""

from shared_data import seed_lines, shared  # noqa: F401
