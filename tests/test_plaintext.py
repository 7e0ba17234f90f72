"""Text from files and trainees is data in every output: terminal, CSV, Markdown, XML."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import attrs

from quiz.bank import to_moodle_xml
from quiz.plaintext import printable, xml_text
from quiz.report import _md, csv_cell
from quiz.validate import load_sets

from .conftest import QUESTIONS


def test_a_name_cannot_retitle_the_terminal_or_overwrite_the_line() -> None:
    hostile = "Ana\x1b]0;pwned\x07\rRoot"
    shown = printable(hostile)
    assert "\x1b" not in shown and "\x07" not in shown and "\r" not in shown
    assert shown.startswith("Ana") and shown.endswith("Root")


def test_a_response_cell_cannot_run_as_a_formula() -> None:
    assert csv_cell("=HYPERLINK(1)") == "'=HYPERLINK(1)"
    assert csv_cell("a b") == "a b"


def test_a_carriage_return_cannot_split_a_markdown_row() -> None:
    assert "\r" not in _md("Ana\r| 100 |") and "\n" not in _md("a\nb")


def test_moodle_xml_with_a_control_character_is_still_valid_xml() -> None:
    question_set = next(s for s in load_sets(QUESTIONS) if s.id == "case-li")
    first = question_set.questions[0]
    hostile = attrs.evolve(first, prompt=first.prompt + "\x01\x0b")
    text = to_moodle_xml(attrs.evolve(question_set, questions=(hostile,)))
    ET.fromstring(text.split("\n", 1)[1])  # parses
    assert xml_text("a\x01b") == "a\ufffdb"


def test_a_count_takes_its_noun_in_the_right_form() -> None:
    from quiz.plaintext import count

    assert count(1, "question") == "1 question"
    assert count(0, "question") == "0 questions"
    assert count(12, "question set") == "12 question sets"
