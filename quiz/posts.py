"""The post a case's own document names as the one to tell ("the Supply Security Officer", "the
first department"): found in the passage a question quotes for its channel, so that, where the
organisation has not named its own channels, a question built from the case sends its reader
where the case's document does, in the words of the passage it quotes. The words are data:
``quiz/data/posts.toml``."""

from __future__ import annotations

import functools
import re
from importlib import resources

import attrs

DATA_FILE = "data/posts.toml"


@attrs.frozen
class _Told:
    name: str
    action: str


@attrs.frozen
class _PostsFile:
    heads: list[str]
    named: list[str]
    generic: list[str]
    never: list[str]
    channels: dict[str, _Told]


@attrs.frozen
class _Posts:
    pattern: re.Pattern[str]
    named: frozenset[str]
    generic: frozenset[str]
    channels: dict[str, _Told]


@functools.cache
def _posts() -> _Posts:
    from quiz.files import parse_toml
    from quiz.qformat import structure

    raw = resources.files("quiz").joinpath(DATA_FILE).read_bytes()
    data, text = parse_toml(raw, f"quiz/{DATA_FILE}")
    read = structure(data, _PostsFile, f"quiz/{DATA_FILE}", text)
    heads = "|".join(
        r"\s+".join(re.escape(w) for w in head.split())
        for head in sorted(read.heads, key=len, reverse=True)
    )
    never = "|".join(re.escape(w) for w in read.never)
    word = rf"(?!(?:{never})\b)[\w&-]+(?:['’]s)?"
    return _Posts(
        re.compile(
            rf"\b(?P<det>[Tt]he|[Yy]our|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Ii]ts)\s+"
            rf"(?P<before>(?:{word}\s+){{0,4}}?)(?P<head>(?i:{heads}))(?![\w-])",
        ),
        frozenset(" ".join(h.lower().split()) for h in read.named),
        frozenset(w.lower() for w in read.generic),
        dict(read.channels),
    )


def named_post(passage: str) -> str | None:
    """The first post the passage names that is more than the channel every organisation has,
    told to the reader ("told the base's Supply Security Officer" -> "the base's Supply Security
    Officer", "their unit security officer" -> "your unit security officer"); None where it
    names none, or only "the security officer" or "their employer's security office"."""
    posts = _posts()
    for found in posts.pattern.finditer(passage):
        before = found.group("before").split()
        head = " ".join(found.group("head").split())
        if not before and head.lower() not in posts.named:
            continue
        # (Capitalised, a word is the post's title: "the Company Security Officer", a ship's
        # company's post, is no "company security officer".)
        if before and all(w.replace("’", "'") in posts.generic for w in before):
            continue
        det = found.group("det").lower()
        told = "the" if det in {"the", "its"} else "your"
        return " ".join([told, *before, head])
    return None


def channel_at(channel_id: str, post: str) -> tuple[str, str] | None:
    """A channel's name and action told as a post (``security-office`` at "the first
    department": "Tell the first department"); None for a channel no post stands for (a
    hotline)."""
    told = _posts().channels.get(channel_id)
    if told is None:
        return None
    return told.name.format(post=post), told.action.format(post=post)
