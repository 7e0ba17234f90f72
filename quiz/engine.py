"""Grading: how a response to a question is judged. Pure functions, no clock, no randomness."""

from __future__ import annotations

import random
from collections.abc import Sequence

from quiz.models import Question

ORDERED_KINDS = ("ordering", "matching")


def is_correct(question: Question, response: Sequence[str]) -> bool:
    """Whether ``response`` (choice ids) answers ``question``.

    For single-answer and multiple-select kinds the order of ids does not matter; for ordering
    it is the order of all ids, and for matching the choice of each item in turn.
    """
    if question.kind in ORDERED_KINDS:
        return tuple(response) == tuple(question.answer)
    return set(response) == set(question.answer) and len(set(response)) == len(response)


def right_answer_text(question: Question) -> str:
    """The right answer in words, as feedback shows it."""
    texts = {c.id: c.text for c in question.choices}
    if question.kind == "ordering":
        return " → ".join(texts[a] for a in question.answer)
    if question.kind == "matching":
        return "; ".join(
            f"{item.text}: {texts[a]}"
            for item, a in zip(question.items, question.answer, strict=True)
        )
    return "; ".join(texts[a] for a in question.answer)


def plan(question_ids: Sequence[str], *, count: int | None, shuffle: bool, seed: int) -> list[str]:
    """The questions of an attempt, in the order they will be shown.

    With ``shuffle`` the order comes from ``seed`` alone (recorded with the attempt, so the same
    attempt can be replayed exactly); ``count`` keeps the first so many.
    """
    chosen = list(question_ids)
    if shuffle:
        random.Random(seed).shuffle(chosen)
    if count is not None and count > 0:
        chosen = chosen[:count]
    return chosen
