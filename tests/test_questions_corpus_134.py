"""Read 424 (corpus 134 on arrival, 68.5% usable per occurrence, one wrong key) found the
officer's moment ("Had the officer reported in July, when he was first asked for the
communications plan") keyed for his classmate, whose story it was not: the officer was not
found (fixed in extraction, see test_extract_corpus_134.py). Read 425 (after those fixes, 74.2%,
one wrong key) found that same moment keyed for the officer himself as the earliest point to
report, where the lecturer's paid briefs, offered unasked in May, came before it and "as soon as
the first payment had arrived" was a wrong choice that came first: a report's own later moment
after money offered is not asked; and where the applicant lives, "residing at Radanovići,
Municipality of Kotor", told as his workplace ("a shift operator at a city council"). It also
found the job the contact wanted him for ('wanted me as a "market consultant"') told as the
contact's cover, his brother-in-law's guest at home told as a stranger out of the blue, the
classmate's tie to the officer told as her recruiter ("a former classmate"), a gift to the
parish roof appeal quoted as a favour to the accountant, and a garbled explanation ("questions
about the military's movements and for photographs of its gates")."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts
from quiz.material import Material

from .conftest import case_frame, corpus_material


@pytest.fixture(scope="module")
def material(tmp_path_factory: pytest.TempPathFactory) -> Material:
    return corpus_material("corpus134", tmp_path_factory)


@pytest.fixture(scope="module")
def drafts(material) -> list[Draft]:
    return all_drafts(material)


def test_no_earliest_point_after_money_offered(drafts) -> None:
    assert drafts
    asked = [d for d in drafts if d.family == "earliest-report"]
    for draft in asked:
        keys = [draft.options[i] for i in draft.correct]
        assert not any("communications plan" in k for k in keys), (draft.case, draft.options)
        # (And never the officer's moment for anyone else.)
        if draft.case == "maria-valentina-piriz-sosa":
            assert not any("communications" in k for k in keys), draft.options


def test_where_the_applicant_lives_is_not_where_he_works(material) -> None:
    # "Applicant: Dejan (Milutin) Vukčević, born 1986 in Cetinje, residing at Radanovići,
    # Municipality of Kotor" (read 425: "a shift operator at a city council").
    frame = case_frame(material, "Dejan (Milutin) Vukčević")
    assert "council" not in frame.workplace.place, frame.workplace.place


def test_the_job_offered_is_not_the_contacts_cover(material) -> None:
    frame = case_frame(material, "Dejan (Milutin) Vukčević")
    assert "consultant" not in frame.cover, frame.cover


def test_a_guest_brought_home_by_a_relative_is_no_stranger(drafts) -> None:
    # "Goran brought to my house a guest whom he introduced as Aleksandar Kovačev".
    dejan = [d.prompt for d in drafts if d.case == "dejan-milutin-vukcevic" and not d.benign]
    assert dejan
    assert not any("Out of the blue" in p for p in dejan), dejan
    assert any("brings a guest of theirs to your home" in p for p in dejan), dejan


def test_a_classmate_of_the_officer_is_not_her_recruiter(drafts) -> None:
    # "an analyst ... and a classmate of the officer": her tie to him, approached beside him.
    hers = [d.prompt for d in drafts if d.case == "maria-valentina-piriz-sosa"]
    assert hers
    assert not any("classmate" in p for p in hers), hers


def test_a_gift_to_a_cause_is_no_favour(drafts) -> None:
    hery = [d for d in drafts if d.case == "rakotomalala-andry-hery-nirina"]
    assert hery
    quotes = [e.quote for d in hery for e in d.sources]
    assert not any("roof appeal" in q for q in quotes), quotes
    # The favour the case shows is quoted instead.
    assert any("paid part of the bill" in q for q in quotes), quotes


def test_explanations_read_as_sentences(drafts) -> None:
    explained = " ".join(d.explanation for d in drafts)
    assert "movements and for photographs" not in explained
    assert "a request to photograph its gates" in explained


def test_no_way_out_of_a_threat_for_someone_never_threatened(drafts) -> None:
    # "... who recognised the offer as abnormal but did not report it to her Director": her
    # not reporting, no threat of exposure (read 425: a way out of blackmail asked of her).
    hers = [d for d in drafts if d.case == "maria-valentina-piriz-sosa"]
    assert hers
    assert not any(d.family == "way-out" for d in hers), [d.prompt for d in hers]
