"""What blind reads 191 and 192 found in the sets of corpus 66, each fixed in the family or the
material that made it (not in the corpus's words): the sets of the whole corpus are generated
once and checked."""

from __future__ import annotations

import pytest

from quiz.generate import generate
from quiz.material import Material
from quiz.models import QuestionSet

from .conftest import case_frame, corpus_material


@pytest.fixture(scope="module")
def material(tmp_path_factory: pytest.TempPathFactory) -> Material:
    return corpus_material("corpus66", tmp_path_factory)


@pytest.fixture(scope="module")
def sets(material: Material) -> dict[str, QuestionSet]:
    return {s.id: s for s in generate(material)}


def _keys(question) -> list[str]:
    return [c.text for c in question.choices if c.id in question.answer]


def test_presents_and_praise_are_not_the_sign_of_a_romance(sets) -> None:
    # Lucía met the man on a dating app: flowers and a paid weekend are courtship, not the key
    # (read 191 found "favours, presents and praise" debatable there).
    questions = sets["case-lucia-etchegaray-bustos"].questions
    assert questions
    for q in questions:
        assert not any("presents" in k.lower() for k in _keys(q)), q.id
        assert "presents and praise" not in q.explanation, q.id


def test_a_recruiter_keeping_the_messages_is_no_advice_to_keep_them(sets) -> None:
    # "He said he had kept all our conversations ..." is the recruiter's hold over her.
    asked = [
        q for s in sets.values() for q in s.questions if any(k.startswith("Keep") for k in _keys(q))
    ]
    assert asked
    for q in asked:
        assert not any("had kept all our conversations" in src.quote for src in q.sources), q.id
    # Her own act is quoted instead: she showed the security officer everything on her phone.
    assert any("showed him everything on my phone" in src.quote for q in asked for src in q.sources)


def test_an_air_traffic_controller_works_at_an_airport(material) -> None:
    # Not "at an aerospace research institute" because the report mentions aerospace (read 192).
    assert case_frame(material, "Sutrisno").workplace.place == "an airport"


def test_a_stranger_writing_on_an_online_forum_is_an_online_approach(material) -> None:
    # "It was on an online betting forum ... that a user he had never met wrote to him": not
    # "first approached in person" (read 192).
    assert case_frame(material, "Salim bin Hamad al-Rawahi").channel == "online"


def test_a_threat_said_outright_is_acted_on_not_recognised(sets) -> None:
    # The relative's permit made to depend on the inspector's help: keyed "a threat against a
    # relative abroad" it gave itself away (read 192); it is asked as what to do.
    for q in sets["case-the-inspector"].questions:
        assert not any("threat" in k.lower() for k in _keys(q)), q.id


def test_what_to_do_after_kindness_names_the_questions_that_followed(sets) -> None:
    # The situation goes on to questions about work: that turn is named in the explanation
    # with the kindness, not the kindness alone (read 192).
    found = [
        q
        for s in sets.values()
        for q in s.questions
        if "Lately the contact has also begun to ask" in q.prompt
    ]
    assert found
    for q in found:
        assert "followed by questions about your work" in q.explanation, q.id


def test_a_court_ban_and_a_phone_found_at_arrest_ground_no_question(sets) -> None:
    # The court's travel ban read as targeting abroad (read 191); the arrest sentence quoted
    # for a request to keep a second phone to yourself (read 192).
    for s in sets.values():
        for q in s.questions:
            for src in q.sources:
                assert "barred him from travelling abroad" not in src.quote, q.id
                assert "found the second phone hidden" not in src.quote, q.id
