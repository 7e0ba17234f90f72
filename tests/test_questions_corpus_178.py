"""Corpus 178 on arrival (news journalism, generated on 908e1e4) gave sets to a recruiter's
go-between ("case-lu-chien-chih"), a recruiter known first by one name ("case-rashid") and a
company's chief executive ("case-ana-lise-pedersen"), and none to the legislative aide who
called the hotline, the defendant on the stand or the man whose name the court suppressed. Read
537 (68.6% usable per occurrence, 65.5% distinct, no wrong key) found three debatable keys: two
first points to report asked of recruiters (gone with their sets), and one keyed on an
invitation the defendant's supervisor had approved."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts
from quiz.material import Material, load_material

from .conftest import corpus_material, drafts_of


@pytest.fixture(scope="module")
def material(tmp_path_factory: pytest.TempPathFactory) -> Material:
    return corpus_material("corpus178", tmp_path_factory)


@pytest.fixture(scope="module")
def drafts(material: Material) -> list[Draft]:
    return all_drafts(material)


@pytest.mark.parametrize(
    "case", ["lin-pei-shan", "gregory-alan-whitcomb", "a-52-year-old-dunedin-man"]
)
def test_the_people_approached_have_their_sets(drafts: list[Draft], case: str) -> None:
    assert drafts_of(drafts, case)


@pytest.mark.parametrize(
    "case", ["lu-chien-chih", "rashid", "ana-lise-pedersen", "igor-vascotto", "naomi-feld"]
)
def test_no_set_about_recruiters_or_bystanders(drafts: list[Draft], case: str) -> None:
    assert not [d for d in drafts if d.case == case]


_TRIAL = """HARBOUR TIMES

Engineer jailed for selling test data

By Ann Reporter

A court on Monday sentenced Peter Okonkwo-Lind, 45, a test engineer at a naval research
laboratory, to six years in prison for selling test data to a foreign intelligence service.

In 2019 Okonkwo-Lind received an unexpected email inviting him to speak at a workshop in
Singapore, with flights and a hotel paid. {told}

At the workshop a woman who called herself Dr Vera Lund asked him to write short papers on
published research for $2,500 each. Later she asked for internal test results and the schedules
of the test cell, and told him to keep it from his employer.

He was arrested in 2022 after a colleague reported him.
"""


@pytest.mark.parametrize(
    ("told", "asked"),
    [("My supervisor signed off on it.", False), ("He told nobody at work.", True)],
)
def test_read_537_no_first_point_keyed_on_an_invitation_the_employer_approved(
    tmp_path, told: str, asked: bool
) -> None:
    # Read 537 (on arrival): "when should the first report have been made?" keyed the
    # unexpected invitation of someone whose supervisor "signed off on it", debatable: the first
    # reportable moment was the offer of paid papers at the workshop.
    (tmp_path / "01_trial.txt").write_text(_TRIAL.format(told=told), encoding="utf-8")
    drafts = all_drafts(load_material(tmp_path))
    assert bool([d for d in drafts if d.family == "earliest-report"]) is asked


def test_easy_money_in_the_persons_own_words_is_a_fee_out_of_proportion(
    drafts: list[Draft],
) -> None:
    # ""They paid me NZ$450 for a summary of published papers. Easy money for a Sunday."": the
    # test-tank technician had one question of her own on arrival and after the fixes.
    told = drafts_of(drafts, "ngaire-te-huia-beaumont")
    assert [d for d in told if d.family == "red-flag"], [d.family for d in told]


def test_read_539_no_first_point_keyed_on_a_programme_the_aide_joined(drafts: list[Draft]) -> None:
    # Read 539 (after the fixes): "as soon as the invitation with paid travel arrived" keyed for
    # an aide who joined a youth exchange a federation paid for; the contact came later, at the
    # exchange: debatable.
    told = drafts_of(drafts, "lin-pei-shan")
    assert not [d for d in told if d.family == "earliest-report"], [d.family for d in told]
