"""Read 421 (corpus 133 on arrival, 56.9% usable per occurrence, no wrong key, one debatable)
found, beside the people extraction missed (see test_extract_corpus_133.py): the earliest point
to report keyed at "as soon as the online friend offered paid work" where the minutes quote the
moment themselves ("If Qurbonzoda had come to the special department, or had simply called the
trust line ..., on the day he was first asked for a photograph of the logbook"), the words
between the two too many for the report's moment to be read (now read, and nothing is asked:
the paid offer came before it, see test_questions_corpus_134.py); and a diamond valuer told as
working "at a port", from the river at Port Amont where he tried to flee. Read 422 (after the
extraction fixes, 81.3% per occurrence, 84.2% distinct, no wrong key, the same debatable one)
found the military nearby asked of a cable engineer, from a ship's "cable tanks"; the head of
security's "We would have helped him with his debt" quoted for the contact's favours; the e-mail
gateway that caught a planner's files quoted for a demand for secrecy; and that planner "first
approached in person", where she "received the same kind of message" from the fake firm."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts
from quiz.material import Material

from .conftest import case_frame, corpus_material


@pytest.fixture(scope="module")
def material(tmp_path_factory: pytest.TempPathFactory) -> Material:
    return corpus_material("corpus133", tmp_path_factory)


@pytest.fixture(scope="module")
def drafts(material) -> list[Draft]:
    return all_drafts(material)


def test_no_earliest_point_against_the_minutes_own_moment(drafts) -> None:
    # The minutes name the logbook request; "She offered him US$ 100 a month, almost doubling
    # his pay" came before it, so neither the paid offer (read 421) nor the logbook (which read
    # 425 found contradicted by an earlier payment, for corpus 134's officer) is the earliest
    # point beyond dispute: nothing is asked.
    asked = [d for d in drafts if d.family == "earliest-report" and d.case == "qurbonzoda-shohrukh"]
    for draft in asked:
        keys = [draft.options[i] for i in draft.correct]
        assert not any("paid work" in k for k in keys), draft.options


def test_where_he_tried_to_flee_is_not_where_he_worked(material) -> None:
    frame = case_frame(material, "Florent-Désiré Gbanzialé")
    assert "port" not in frame.workplace.place, frame.workplace.place
    assert "valuer" in frame.role, frame.role


def test_a_train_controller_works_for_the_railway(material) -> None:
    frame = case_frame(material, "Sidi Mohamed Ould Bouh")
    assert frame.workplace.place == "a railway operator", frame.workplace.place


def test_no_military_nearby_asked_of_a_ship_s_cable_tanks(drafts) -> None:
    # "she asked for photographs of the cable tanks and the survey room": a ship's tanks, not
    # the army's (read 422: "asks what you see of the military nearby" for a cable engineer).
    for draft in drafts:
        assert "military nearby" not in draft.prompt or draft.case != "arjun-senthilkumar"


def test_passages_quoted_for_what_the_contact_did(material) -> None:
    cases = {c.name: c for c in material.extraction.cases}
    favours = cases["Florent-Désiré Gbanzialé"].tag("cultivation")
    # (The head of security's "We would have helped him with his debt" is the employer's help.)
    assert not [e for e in favours.evidence if "We would have helped" in e.quote]
    secrecy = cases["Mariem Mint Ely Cheikh"].tag("secrecy-pressure")
    # (The e-mail gateway that caught her files is no demand for secrecy.)
    assert secrecy is None or not [e for e in secrecy.evidence if "gateway" in e.quote]


def test_a_message_from_a_recruiting_firm_began_it_online(material) -> None:
    # "In August she received the same kind of message from the same "Crestline Rail Search""
    # (read 422: "a planner first approached in person").
    assert case_frame(material, "Mariem Mint Ely Cheikh").channel == "online"
