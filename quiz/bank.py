"""Question-bank export for learning management systems: GIFT and Moodle XML.

Ordering questions have no type of their own in either format; they are exported as matching
questions (each step to its position). See ``docs/bank-export.md``.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from quiz.models import Question, QuestionSet
from quiz.plaintext import xml_text

_GIFT_SPECIAL = "\\~=#{}:"


def gift_escape(text: str) -> str:
    """GIFT text with its special characters (``~ = # { } :`` and backslash) escaped."""
    out = "".join("\\" + c if c in _GIFT_SPECIAL else c for c in text)
    return " ".join(out.split())  # no line breaks inside a GIFT element


def _fractions(question: Question) -> dict[str, float]:
    right = [c.id for c in question.choices if c.id in question.answer]
    wrong = [c.id for c in question.choices if c.id not in question.answer]
    share = 100 / len(right)
    fractions = {choice: share for choice in right}
    fractions.update({choice: -100 / len(wrong) if wrong else 0 for choice in wrong})
    return fractions


def _fraction_text(value: float) -> str:
    text = f"{value:.5f}".rstrip("0").rstrip(".")
    return text


def _pairs(question: Question) -> list[tuple[str, str]]:
    texts = {c.id: c.text for c in question.choices}
    if question.kind == "matching":
        return [
            (item.text, texts[a]) for item, a in zip(question.items, question.answer, strict=True)
        ]
    return [(f"Step {n}", texts[a]) for n, a in enumerate(question.answer, start=1)]


def gift_question(question: Question) -> str:
    title = f"::{gift_escape(question.id)}::"
    prompt = gift_escape(question.prompt)
    feedback = f"####{gift_escape(question.explanation)}"
    if question.kind == "true-false":
        truth = "TRUE" if question.answer == (question.choices[0].id,) else "FALSE"
        return f"{title}{prompt} {{{truth}{feedback}}}"
    if question.kind in ("matching", "ordering"):
        lines = [f"    ={gift_escape(a)} -> {gift_escape(b)}" for a, b in _pairs(question)]
        return f"{title}{prompt} {{\n" + "\n".join(lines) + f"\n    {feedback}\n}}"
    if question.kind == "multiple":
        fractions = _fractions(question)
        lines = [
            f"    ~%{_fraction_text(fractions[c.id])}%{gift_escape(c.text)}"
            for c in question.choices
        ]
    else:
        lines = [
            f"    {'=' if c.id in question.answer else '~'}{gift_escape(c.text)}"
            for c in question.choices
        ]
    return f"{title}{prompt} {{\n" + "\n".join(lines) + f"\n    {feedback}\n}}"


def to_gift(question_set: QuestionSet) -> str:
    header = f"// {question_set.title}: {len(question_set.questions)} questions (quiz export)\n"
    category = f"$CATEGORY: {gift_escape(question_set.title)}\n\n"
    return header + category + "\n\n".join(gift_question(q) for q in question_set.questions) + "\n"


def _text(parent: ET.Element, tag: str, value: str, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attrs)
    ET.SubElement(element, "text").text = xml_text(value)
    return element


def to_moodle_xml(question_set: QuestionSet) -> str:
    quiz = ET.Element("quiz")
    category = ET.SubElement(quiz, "question", {"type": "category"})
    _text(category, "category", f"$course$/{question_set.title}")
    for question in question_set.questions:
        kind = {
            "true-false": "truefalse",
            "matching": "matching",
            "ordering": "matching",
        }.get(question.kind, "multichoice")
        element = ET.SubElement(quiz, "question", {"type": kind})
        _text(element, "name", question.id)
        _text(element, "questiontext", question.prompt, format="plain_text")
        _text(element, "generalfeedback", question.explanation, format="plain_text")
        if kind == "truefalse":
            truth = question.answer == (question.choices[0].id,)
            for label, value in (("true", truth), ("false", not truth)):
                _text(element, "answer", label, fraction="100" if value else "0")
        elif kind == "matching":
            for left, right in _pairs(question):
                sub = _text(element, "subquestion", left, format="plain_text")
                _text(sub, "answer", right)
        else:
            single = question.kind != "multiple"
            ET.SubElement(element, "single").text = "true" if single else "false"
            ET.SubElement(element, "shuffleanswers").text = "true"
            fractions = _fractions(question) if not single else {}
            for choice in question.choices:
                if single:
                    fraction = "100" if choice.id in question.answer else "0"
                else:
                    fraction = _fraction_text(fractions[choice.id])
                _text(element, "answer", choice.text, fraction=fraction, format="plain_text")
    ET.indent(quiz)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(quiz, encoding="unicode") + "\n"
