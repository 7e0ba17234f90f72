"""What blind reads 193 (corpus 66, second round) and 194 (corpus 67, first reading) found,
fixed in the material or the family that made it: the sets of corpus 67 are generated once."""

from __future__ import annotations

import pytest

from quiz.generate import generate
from quiz.material import Material
from quiz.models import QuestionSet

from .conftest import case_frame, corpus_material


@pytest.fixture(scope="module")
def material67(tmp_path_factory: pytest.TempPathFactory) -> Material:
    return corpus_material("corpus67", tmp_path_factory)


@pytest.fixture(scope="module")
def material66(tmp_path_factory: pytest.TempPathFactory) -> Material:
    return corpus_material("corpus66", tmp_path_factory)


@pytest.fixture(scope="module")
def sets67(material67: Material) -> dict[str, QuestionSet]:
    return {s.id: s for s in generate(material67)}


@pytest.mark.parametrize(
    ("name", "place"),
    [
        ("María Laura Pereyra Ocampo", "a court"),
        ("Kumaravel a/l Subramaniam", "a mail processing centre"),
        ("Gottlieb Hamukwaya", "a land registry office"),
    ],
)
def test_the_job_says_where_the_work_is_done(material67, name: str, place: str) -> None:
    # A court stenographer, a postal sorting supervisor, a cadastral surveyor: not "an
    # organisation that handles sensitive work", nor the defence contractor the parcels were
    # addressed to (read 194).
    assert case_frame(material67, name).workplace.place == place


def test_a_player_who_began_chatting_in_a_game_is_an_online_approach(material67) -> None:
    # "a player using the handle 'Kestrel' joined the clan and began chatting with him
    # privately": not "first approached in person" (read 194).
    assert case_frame(material67, "A.V.").channel == "online"


def test_a_quote_never_opens_on_an_answer_to_a_question_it_does_not_show(sets67) -> None:
    # "MS NGHIFIKWA: He did not, Honourable Member. The firm then invited him ..." (read 194):
    # the passage is quoted without the answer before it.
    quotes = [src.quote for s in sets67.values() for q in s.questions for src in q.sources]
    assert any("The firm then invited him" in quote for quote in quotes)
    assert not any("He did not, Honourable Member" in quote for quote in quotes)


def test_a_threat_over_debts_is_told_as_debts(material66) -> None:
    # The port authority "would be interested to know about your betting and who paid your
    # debts": told as the debts, not as "what you sent" (read 193).
    signs = {s.tag: s.sign for s in case_frame(material66, "Salim bin Hamad al-Rawahi").signs}
    threat = signs.get("threats-leverage") or signs.get("coercion")
    assert threat is not None
    assert "debts" in threat.flag


def test_a_fellow_player_in_a_game_is_a_friend_made_online(material67, sets67) -> None:
    # "a player using the handle 'Kestrel' joined the clan ... an online shooting game": the
    # way in is the game's, and its first step the online friend's, never "the unexpected
    # message offered paid work" that the case never had (read 195's wrong key).
    assert case_frame(material67, "A.V.").personal
    keys = [k for q in sets67["case-a-v"].questions for k in _keys(q)]
    assert not any("unexpected message" in k for k in keys)


def test_someone_steered_into_the_post_is_not_asked_when_to_report_first(sets67) -> None:
    # Manalastas was unemployed when the generosity began, then steered into the commission:
    # no organisation of his to report to at the first step (read 194's debatable key).
    assert not any(
        "first report" in q.prompt for q in sets67["case-jericho-echo-manalastas"].questions
    )


def _keys(question) -> list[str]:
    return [c.text for c in question.choices if c.id in question.answer]


def test_no_first_report_is_keyed_where_kindness_came_before_anything_was_asked(
    material66, sets67
) -> None:
    # A fellow player chatted for months and sent gifts and crypto before the first request
    # (A.V.); a stranger's first message offered to "help with a loan" (Salim): the first
    # reportable moment is arguable, so nothing is asked (reads 193, 195, 196).
    assert not any("first report" in q.prompt for q in sets67["case-a-v"].questions)
    sets66 = {s.id: s for s in generate(material66)}
    assert not any(
        "first report" in q.prompt for q in sets66["case-salim-bin-hamad-al-rawahi"].questions
    )
    # A stranger's offer of paid work that came first is still asked about.
    assert any(
        "first report" in q.prompt for q in sets67["case-a-31-year-old-logistics-officer"].questions
    )
