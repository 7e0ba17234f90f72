"""The form of a question's choices, apart from what they say: the rules a key's length must
keep so that it does not give the key away. Shared by the families, which choose wordings to
keep them, and the quality gate, which rejects what breaks them."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache


def far_longest(key: str, wrong: Sequence[str]) -> bool:
    """Whether the key is so much longer than the wrong choices that its length tells it: half
    as long again as the longest of them, or longer than all and 1.8 times their mean."""
    lengths = [len(w) for w in wrong]
    if not lengths:
        return False
    return len(key) > 1.5 * max(lengths) or (
        len(key) > max(lengths) and len(key) > 1.8 * (sum(lengths) / len(lengths))
    )


def far_shortest(key: str, wrong: Sequence[str]) -> bool:
    """Whether the key is so much shorter than the wrong choices that its length tells it: under
    half as long as the shortest of them ("Carry on as normal" beside three choices of sixty
    characters and more, read 260)."""
    lengths = [len(w) for w in wrong]
    return len(lengths) >= 2 and len(key) * 2 < min(lengths)


_REASON = re.compile(r", (?:since|so that|so as|and let them|as you would) ")


@lru_cache(maxsize=4096)
def reason(text: str) -> str:
    """ "reason" where a choice gives its reason (", since ...", ", so that ..."), else ""."""
    return "reason" if _REASON.search(text) else ""


_QUALIFIED = re.compile(
    r", (?:since|so that|so as|and|but|as|even|unless|until|once|after|before|saying)\b|"
    r"\b(?:only if|until|unless|not before)\b|\bonce\s+(?:you|they|it|the|we|he|she)\b"
)


@lru_cache(maxsize=4096)
def qualified(text: str) -> str:
    """ "qualified" where a choice says more than what to do (a reason, a condition, a second
    step: ", but keep watching", "once you are sure", "Carry on, and ask ..."), else ""."""
    return "qualified" if _QUALIFIED.search(text) else ""


def tells(feature: Callable[[str], str], key: str, wrong: Sequence[str]) -> bool:
    """Whether only the key has (or lacks) a feature that most of the wrong choices share."""
    own = feature(key)
    others = [feature(w) for w in wrong]
    if not others or own in others:
        return False
    common = max(others.count(value) for value in others)
    return common >= 2 and common * 2 >= len(others)


def bare_form(key: str, wrong: Sequence[str]) -> bool:
    """Whether the key is the opening of a wrong choice that goes on with a twist ("Come
    forward ..." beside "Come forward ..., after one last batch"): a test-wise trainee picks
    the shorter twin without reading it (read 227)."""
    bare = key.rstrip(" .").casefold()
    return any(
        len(w) > len(bare) and w.casefold().startswith(bare) and not w[len(bare)].isalnum()
        for w in wrong
    )


def gives_away(key: str, wrong: Sequence[str]) -> bool:
    """Whether the form of the choices tells the key: far the longest or the shortest, the only
    one that gives (or does not give) a reason, the only one that says nothing more than what
    to do where the others add a reason, a condition or a second step (read 126: "the key is
    the only bare choice"), or the bare opening of a wrong choice."""
    return (
        far_longest(key, wrong)
        or far_shortest(key, wrong)
        or tells(reason, key, wrong)
        or tells(qualified, key, wrong)
        or bare_form(key, wrong)
    )
