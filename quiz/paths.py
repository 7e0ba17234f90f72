"""Where quiz keeps its files by default: the score store and the cache (environment variables
override both). A module of its own, importing nothing of quiz's, so that the app's start can
find them before it loads anything else."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs


def default_db() -> Path:
    """``QUIZ_DB`` if set, else ``scores.sqlite3`` in the platform's user data folder."""
    override = os.environ.get("QUIZ_DB")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir("quiz", appauthor=False)) / "scores.sqlite3"


def cache_dir() -> Path:
    """Where parsed question sets are kept between runs (``QUIZ_CACHE`` overrides), and the
    home screen's snapshot (:mod:`quiz.home_snapshot`)."""
    override = os.environ.get("QUIZ_CACHE")
    if override:
        return Path(override)
    return Path(platformdirs.user_cache_dir("quiz", appauthor=False)) / "sets"
