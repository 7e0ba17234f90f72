"""Read 508 (corpus 164 on arrival, on c82abd7: 4.5% usable per occurrence, 7.0% distinct, no
wrong key, three debatable) found nearly every question placing the trainee where the case
never worked: a shipyard's scheduler and robot programmer, a panga driver and a naturalist
guide "at a naval base" (from the contents of exported files, a refusal to "discuss naval
work", Navy boats seen and the Navy acting on a report), a greenhouse technician "at a police
force" (the police who came for him), an ice resurfacer "at a bank" (a camera's power bank), a
packhouse supervisor "at an aerospace research institute" (her husband's post); the locum GP and
the coach approached through her aunt had no set. On the fixes, a guide was first told as the
recruiter, from the service that "was able to identify the same people"."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts
from quiz.material import Material

from .conftest import case_frame, corpus_material, drafts_of


@pytest.fixture(scope="module")
def material(tmp_path_factory: pytest.TempPathFactory) -> Material:
    return corpus_material("corpus164", tmp_path_factory)


@pytest.fixture(scope="module")
def drafts(material: Material) -> list[Draft]:
    return all_drafts(material)


def test_read_508_no_workplace_the_case_never_had(drafts: list[Draft]) -> None:
    for wrong in ("a naval base", "a police force", "a bank", "an aerospace research", "a hotel"):
        told = [d.prompt for d in drafts if f"at {wrong}" in d.prompt or f"for {wrong}" in d.prompt]
        assert not told, told[:2]


def test_read_508_every_person_approached_has_questions(drafts: list[Draft]) -> None:
    for case in (
        "yoon-jae-hyuk",
        "choi-min-seo",
        "tigist-bekele",
        "dereje-tolossa",
        "lucia-anchundia-cevallos",
        "wilmer-jaramillo-mora",
        "maria-theresa-tess-dela-cruz",
        "oluwaseun-adebayo-cole",
        "inese-kalnina-berzina",
        "edgars-liepins",
    ):
        assert len(drafts_of(drafts, case)) >= 4, case


def test_the_guide_is_told_as_herself_not_as_the_recruiter(material: Material) -> None:
    frame = case_frame(material, "Lucía Anchundia Cevallos")
    assert not frame.recruiter
    assert frame.role == "a naturalist guide"
    assert case_frame(material, "Oluwaseun Adebayo-Cole").role == "a locum GP"


def test_read_509_no_channel_meant_for_base_families(drafts: list[Draft]) -> None:
    # "Family members of base personnel can also go to the base security office at the main
    # gate": no channel for the farm's own technician.
    told = [d for d in drafts_of(drafts, "dereje-tolossa") if "base security office" in str(d)]
    assert not told, told[0].prompt


def test_read_509_no_favour_told_harmless_after_paid_small_jobs(drafts: list[Draft]) -> None:
    # The contact paid for street photographs before the camera: helping set up the contact's
    # router is no harmless twin there.
    told = [d for d in drafts_of(drafts, "edgars-liepins") if "router" in d.prompt]
    assert not told, told[0].prompt
