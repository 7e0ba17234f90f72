"""Read 381 (corpus 121, first reading 54.5%) on the questions: a case whose report says that
genuine visitors "do not ask you about your job", and that she was right to speak up "at the very
first question about her workplace", never has a question about her work told as ordinary (two
debatable keys); a contact introduced by a relative is not answered as one out of the blue."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts

from .conftest import corpus_material


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> list[Draft]:
    return all_drafts(corpus_material("corpus121", tmp_path_factory))


def test_no_question_about_work_is_ordinary_where_the_report_calls_it_the_sign(drafts) -> None:
    told = [d for d in drafts if d.case == "a-forty-six-year-old-mother"]
    assert told
    for draft in told:
        assert "how things are going at work" not in draft.prompt, draft.prompt
        assert "what you do for a living" not in draft.prompt, draft.prompt


def test_a_relative_s_introduction_is_no_contact_out_of_the_blue(drafts) -> None:
    told = [d.explanation for d in drafts if d.case == "mele-tongatule"]
    from quiz.scenario_material import scenario_material

    said = scenario_material().actions.unexpected_ordinary
    assert told and not [e for e in told if said in e]


def test_a_student_is_asked_as_a_student(drafts) -> None:
    # Read 382: "what your organisation does", "ask a colleague", "contacts your organisation
    # asks for" and "some material from your university at your department", put to a student.
    told = [d for d in drafts if d.case == "tavita-faleolo-jr"]
    assert told
    for draft in told:
        for text in (draft.prompt, *draft.options):
            assert "your organisation" not in text and "a colleague" not in text, text
            assert "at your department" not in text, text


def test_a_trip_the_employer_approved_is_no_invitation_s_passage(drafts) -> None:
    # Read 382: "In May he attended the regional health technology conference in Miami, approved
    # and funded by the hospital", quoted as the sign of a stranger's invitation.
    told = [d.explanation for d in drafts if d.case == "eustace-v-illidge"]
    assert told and not [e for e in told if "approved and funded by the hospital" in e]
    assert [e for e in told if "user advisory panel" in e]
