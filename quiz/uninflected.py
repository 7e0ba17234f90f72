"""Narration in the uninflected past ("he come to my house", "Tasha tell her no"), as
English-lexicon creoles and many who learnt English later tell a story: found per document,
and read with the past tense put back, so that cues written in the standard past read it. The
words a question quotes stay as written. The verbs are data: ``quiz/data/verbs.toml``."""

from __future__ import annotations

import functools
import re
from importlib import resources

import attrs

DATA_FILE = "data/verbs.toml"


@attrs.frozen
class _Verbs:
    detect: re.Pattern[str]
    """"He" or "she" straight before a bare form of the table: never standard English."""
    least: int
    past: dict[str, str]
    after_subject: re.Pattern[str]
    """A bare form after its subject (a pronoun or a capitalised word)."""


@functools.cache
def _verbs() -> _Verbs:
    from quiz.files import parse_toml
    from quiz.qformat import structure

    raw = resources.files("quiz").joinpath(DATA_FILE).read_text(encoding="utf-8")
    data, text = parse_toml(raw.encode("utf-8"), f"quiz/{DATA_FILE}")
    read = structure(data, _VerbsFile, f"quiz/{DATA_FILE}", text)
    bare = "|".join(sorted(read.past, key=len, reverse=True))
    return _Verbs(
        re.compile(rf"\b(?:[Hh]e|[Ss]he)\s+(?:{bare})\b(?!-)"),
        read.least,
        dict(read.past),
        re.compile(
            rf"\b(?P<subject>[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e|and|who|[A-Z][a-z]+)(?P<space>\s+)"
            rf"(?P<bare>{bare})\b(?![-'’])"
        ),
    )


@attrs.frozen
class _VerbsFile:
    least: int
    past: dict[str, str]


def is_uninflected(text: str) -> bool:
    """Whether a document tells its story in the uninflected past (often enough to say so)."""
    verbs = _verbs()
    return len(verbs.detect.findall(text)) >= verbs.least


def inflected(text: str, *, in_place: bool = False) -> str:
    """The text with the past put back after each subject ("she walk into my office" -> "she
    walked into my office"). ``in_place``: only where the past is as long as the bare form
    ("come" -> "came", "tell" -> "told"), so that offsets into the text stay offsets into it."""
    verbs = _verbs()

    def past(m: re.Match[str]) -> str:
        bare = m.group("bare")
        told = verbs.past[bare]
        if in_place and len(told) != len(bare):
            return m.group(0)
        return m.group("subject") + m.group("space") + told

    return verbs.after_subject.sub(past, text)
