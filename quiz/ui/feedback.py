"""The feedback on an answer: right or not, the answer given, the right one, the explanation
and the source it comes from. Plain text: the question screen shows it as data."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from quiz.engine import right_answer_text
from quiz.models import Question


def feedback_text(
    question: Question, correct: bool, answer: Sequence[str], titles: Mapping[str, str]
) -> str:
    verdict = "Right." if correct else "Not quite."
    if question.benign is not None:
        verdict += (
            " This one was harmless: an ordinary contact."
            if question.benign
            else " This one was suspicious."
        )
    texts = {c.id: c.text for c in question.choices}
    given = "; ".join(texts[a] for a in answer if a in texts)
    source = question.sources[0]
    title = titles.get(source.doc, source.doc)
    return (
        f"{verdict}\n\nYou answered: {given}\nAnswer: {right_answer_text(question)}\n\n"
        f"{question.explanation}\n\nSource: {title}\n\nPress Enter to go on."
    )
