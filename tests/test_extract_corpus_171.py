"""What corpus 171 (five records written inside workplaces and professional bodies, read once on
3d02139: 7 of 10 cases found, tag recall 0.55 at precision 0.88; a Brno export-control
committee's minutes, a Sfax newsroom's editorial meeting notes, an Eskişehir journal's editorial
board minutes, a Chihuahua plant's management review minutes and a Newcastle graduate
programme's mid-year review) showed: who sat in on an interview ("with Ing. Dvořák and Mgr.
Hrubá present") is not whom it, and the sentences after it, are about; what someone said "that in
spring, going through a difficult divorce ..., she met a man" is hers; a man met somewhere "who
called himself" a name approached her; an employment terminated is an outcome; a cousin "of
Pepe's" who introduced him is no recruiter named Pepe; how a sender signed is no job; an alumni
night at one's university is no workplace; an olive press's oil is no energy; and an overseas
programme's "visiting fellow", a showcase the graduate "will present" and the e-mails handed
over with a report are no signs."""

from __future__ import annotations

from quiz.scenario_material import scenario_material

from .conftest import corpus_cases, corpus_facts

_EXPORT = (
    "01_brno_export-control-committee-minutes_applications-engineer-and-spare-parts-planner.txt"
)
_NEWSROOM = (
    "02_sfax_newsroom-editorial-meeting-notes_maritime-affairs-reporter-and-photo-archivist.txt"
)
_REVIEW = "04_chihuahua_management-review-minutes_cmm-programmer-and-heat-treatment-operator.txt"
_GRADUATES = (
    "05_newcastle_graduate-programme-mid-year-review_graduate-software-engineer-and-graduate-"
    "supply-chain-analyst.txt"
)


def test_the_planner_interviewed_before_witnesses() -> None:
    cases = corpus_cases("corpus171", _EXPORT)
    assert set(cases) == {"Ondřej Malý", "Pavla Koubková"}, cases
    assert corpus_facts("corpus171", _EXPORT, "role")["Pavla Koubková"] == ["spare-parts planner"]


def test_the_programmer_a_cousin_introduced() -> None:
    cases = corpus_cases("corpus171", _REVIEW)
    assert set(cases) == {"José Luis Barraza Ochoa", "Juan Manuel Rentería Solís"}, cases
    assert {"paid-tasks", "secrecy-pressure", "security-office", "report-early"} <= cases[
        "José Luis Barraza Ochoa"
    ]


def test_no_job_from_how_the_sender_signed() -> None:
    roles = corpus_facts("corpus171", _NEWSROOM, "role")["Rim Kchaou"]
    assert "research director" not in roles, roles
    sectors = corpus_facts("corpus171", _NEWSROOM, "sector")["Rim Kchaou"]
    assert "energy" not in sectors, sectors


def test_the_graduate_met_at_an_alumni_night() -> None:
    cases = corpus_cases("corpus171", _GRADUATES)
    assert not cases["Ngaire Te Huia"] & {"abroad-targeting", "cultivation", "online-approach"}
    assert {"invitation-travel", "secrecy-pressure", "hotline"} <= cases["Ngaire Te Huia"]
    sectors = corpus_facts("corpus171", _GRADUATES, "sector").get("Ngaire Te Huia", [])
    assert "academia" not in sectors, sectors


def test_the_workplaces_data_names_every_sector_extraction_finds() -> None:
    assert "engineering" in scenario_material().workplaces
