"""How records write what a news report does not (corpus 148): a meeting's field lines, a name
whose "Ma." the segmenter split off, a surname and its initials before a lower-case
continuation, a sentence opening on its month, an identity card's "C.I.", a lawyer's "Abg.";
and a present from someone met on a dating app, which is not keyed alone."""

from __future__ import annotations

import pytest

from quiz.documents import Document
from quiz.extract import extract


def _sentences(text: str) -> list[str]:
    doc = Document.from_bytes("t.txt", text.encode())
    return [doc.sentence_text(s) for s in doc.sentences]


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        (
            "SM reported. Ma. Kristina Dela Cruz, Sales Coordinator, joined in March.",
            "Ma. Kristina Dela Cruz, Sales Coordinator, joined in March.",
        ),
        (
            "The chair explained. Baimukhanov D.Ye. has worked at the Centre for eleven years.",
            "Baimukhanov D.Ye. has worked at the Centre for eleven years.",
        ),
        (
            "A man came in with his lawyer, Abg. Fátima Rolón Sanabria, on Monday.",
            "A man came in with his lawyer, Abg. Fátima Rolón Sanabria, on Monday.",
        ),
        (
            "He gave his name, C.I. No. 3.8, and his post at the Senate.",
            "He gave his name, C.I. No. 3.8, and his post at the Senate.",
        ),
    ],
)
def test_abbreviations_that_end_no_sentence(text: str, whole: str) -> None:
    assert whole in _sentences(text), _sentences(text)


def test_a_sentence_that_ends_on_a_surname_named_ma_still_ends() -> None:
    # (The Chinese surname: "Jack Ma." ends the sentence, only "Ma." alone is María.)
    said = _sentences("The fair opened with a talk by Jack Ma. Then the stands opened.")
    assert said == ["The fair opened with a talk by Jack Ma.", "Then the stands opened."], said


def test_a_meetings_field_line_is_no_headline() -> None:
    text = (
        "MINUTES OF THE WEEKLY MEETING\nDate: Sunday 6 October\n\n"
        "Apologies: Finance Controller (on leave)\n\n1. Previous minutes approved.\n"
    )
    assert Document.from_bytes("t.txt", text.encode()).headline is None
    titled = "Fact check: No, a laundry worker was not sentenced\n\nThe claim spread online.\n"
    assert Document.from_bytes("t.txt", titled.encode()).headline == (
        "Fact check: No, a laundry worker was not sentenced"
    )


def test_a_name_after_a_sentences_month_is_found() -> None:
    # (The only time the story names her: "In August" is no part of her name.)
    text = (
        "In August Svetlana Kuzmenko received a message on Instagram from a stranger who offered "
        "300 dollars for photographs of the guest book. She answered nothing. The same day she "
        "went to the first department with her phone and showed the messages. Because the "
        "administrator came at once, no name of a guest left the house.\n"
    )
    found = {c.name for c in extract([Document.from_bytes("t.txt", text.encode())]).cases}
    assert found == {"Svetlana Kuzmenko"}, found
