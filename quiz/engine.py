"""Grading: how a response to a question is judged. Pure functions, no clock, no randomness."""

from __future__ import annotations

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
