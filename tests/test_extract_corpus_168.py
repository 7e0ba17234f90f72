"""What corpus 168 (five documents, read once on the fixes of corpora 166 and 167: 5 of 10 cases
found, tag recall 0.35 at precision 0.88; a Port Harcourt hometown association's branch
minutes, a Dodoma Hash House Harriers' newsletter, a Metsamor chess club's bulletin, a Sur
Ramadan charity team's report and a Port Moresby netball association's review) showed: a firm's
name in quotes after whose it is ('a "Ms. Farah Lindqvist" of "Meridian Expert Insights"') is no
person, nor a place after "the" ("in the Niger Delta"); a club name first and the titled name in
brackets ("Waya Waya (Eng. Baraka Elias Mollel)", "Kiboko (Bi. Mwanaisha Saidi Mrisho)") is that
person; and a nickname in brackets after a name written surname first ('SARGSYAN Anahit Mkrtichi
("Ano")') is the same person as "Ano Sargsyan"."""

from __future__ import annotations

from .conftest import corpus_cases

_HOMETOWN = (
    "01_port-harcourt_hometown-association-branch-minutes_subsea-controls-engineer-and-law-"
    "enforcement-liaison-officer.txt"
)
_HASH = (
    "02_dodoma_hash-house-harriers-hash-trash_building-management-systems-engineer-and-mineral-"
    "rights-registry-officer.txt"
)
_CHESS = (
    "03_metsamor_chess-club-quarterly-bulletin_reactor-protection-system-technician-and-uav-"
    "software-tester.txt"
)


def test_the_engineer_and_not_the_firm_in_quotes() -> None:
    cases = corpus_cases("corpus168", _HOMETOWN)
    assert set(cases) == {"Obinna Kenechukwu Mbanefo", "Adaeze Ugochi Nwosu"}, cases
    assert {"self-surrender", "secrecy-pressure"} <= cases["Obinna Kenechukwu Mbanefo"]


def test_the_harriers_by_their_names_not_their_hash_names() -> None:
    cases = corpus_cases("corpus168", _HASH)
    assert set(cases) == {"Baraka Elias Mollel", "Mwanaisha Saidi Mrisho"}, cases


def test_one_chess_coach_not_two() -> None:
    cases = corpus_cases("corpus168", _CHESS)
    assert set(cases) == {"Hovhannes Grigoryan", "SARGSYAN Anahit"}, cases
