"""Passages garbled in translation or transcription, found by the patterns in
``quiz/data/garbled.toml``: questions never quote them (the same as the spans an author marks
``garbled`` in a case file)."""

from __future__ import annotations

import functools
import re
from importlib import resources

import attrs

from quiz.qformat import parse_toml, structure

DATA_FILE = "data/garbled.toml"


@attrs.frozen
class Pattern:
    what: str
    pattern: str


@attrs.frozen
class _File:
    patterns: tuple[Pattern, ...]


@functools.cache
def _compiled() -> tuple[tuple[str, re.Pattern[str]], ...]:
    name = f"quiz/{DATA_FILE}"
    raw = resources.files("quiz").joinpath(DATA_FILE).read_bytes()
    data, text = parse_toml(raw, name)
    parsed = structure(data, _File, name, text)
    return tuple((p.what, re.compile(p.pattern)) for p in parsed.patterns)


@functools.lru_cache(maxsize=65536)
def garble(quote: str) -> str | None:
    """What looks garbled in a passage (the pattern's description), or None."""
    for what, pattern in _compiled():
        if pattern.search(quote):
            return what
    return None
