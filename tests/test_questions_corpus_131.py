"""Read 415 (corpus 131 on arrival, 86.6% usable per occurrence, 87.8% distinct, no wrong key)
found the role taken from a passing mention ("Rocío joined us as a student", told "You are a
student at a university", though "She works as a radiation protection technician"); the
organisation's own act quoted as the person's channel ("- Client's security department informed
by the Director the same day"); and a romance that "asks for intimate photos" keyed where the
contact only said he had them, as a threat. Read 416 (after those fixes, 76.2% per occurrence,
75.0% distinct, one debatable key) found a report's heading quoted as a sign ("Findings
(interview of 17 June with the ISO, the Director and the Quality Manager present; ...)"), a
relative's school fees keyed as the warning sign where the text says "there is nothing wrong
with that", and a university told as the workplace of a man who only graduated from it."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts
from quiz.material import Material

from .conftest import case_frame, corpus_material


@pytest.fixture(scope="module")
def material(tmp_path_factory: pytest.TempPathFactory) -> Material:
    return corpus_material("corpus131", tmp_path_factory)


@pytest.fixture(scope="module")
def drafts(material) -> list[Draft]:
    return all_drafts(material)


def test_what_someone_was_when_they_joined_is_not_their_job(material) -> None:
    role = case_frame(material, "Rocío del Pilar Cáceres de la Cruz").role
    assert "student" not in role, role


def test_the_organisation_s_own_report_is_no_one_s_channel(drafts) -> None:
    assert drafts
    for draft in drafts:
        for evidence in draft.sources:
            assert "informed by the Director" not in evidence.quote, draft.prompt


def test_photos_held_as_a_threat_are_no_request_for_them(drafts) -> None:
    assert any(d.case == "prerna-lata-naidu" for d in drafts)
    for draft in drafts:
        if draft.case == "prerna-lata-naidu":
            assert "asks for intimate photos" not in " ".join(draft.options), draft.options


def test_a_heading_of_who_was_present_shows_no_present(material) -> None:
    for case in material.extraction.cases:
        for hit in case.tags:
            for evidence in hit.evidence:
                assert not evidence.quote.startswith("Findings (interview"), (case.name, hit.id)


def test_what_the_text_calls_harmless_is_no_sign(material) -> None:
    (hamisi,) = [c for c in material.extraction.cases if c.name == "Hamisi Rajabu Mfinanga"]
    for hit in hamisi.tags:
        for evidence in hit.evidence:
            assert "offered to pay the fees" not in evidence.quote, hit.id


def test_where_someone_graduated_is_not_where_they_work(material) -> None:
    frame = case_frame(material, "Akmal Shavkat o'g'li Rakhimov")
    assert "university" not in frame.workplace.place, frame.workplace
