"""What corpus 155 (five documents, read once on ee46afe: 7 of 10 cases found on arrival, tag
recall 0.54 at precision 0.89; a shipyard subcontractor's insider-threat working group minutes
from Karlskrona, a drone-spraying company's branch manager's report from Tulcea, a beach hotel's
staff welfare officer's quarterly report from Lamu, a marine institute's research security case
conference minutes from Puerto Madryn and a dry-dock contractor's security compliance review from
Goa) showed that extraction did not read, fixed by concept: the first part of a hyphened given
name, used alone, is that person ("Ionuț" of "Ionuț-Cristian Pâslaru"); "-onomist" names a job
("Agafia Ivanov, agronomist"); Swahili "Kapteni" is a title before the name someone goes by
('Abubakar Athman Famau ("Kapteni Bakari")', then "Bakari"); being told "to tell nobody", coming
"to my office" and "Because Bakari came at once" tell an approach and a report; resigning
"saying he was moving to Chile" is an outcome; under a case's heading, a sentence that names no
one and speaks of the case's gender is the case's, not an auditor's named before it; the writer's
own "I informed Ms Enache by e-mail" is no online approach; a hotel's name over its report is
the hotel; work done under "the naval contract" is no naval base; the person's own clearing of a
loan is no help offered."""

from __future__ import annotations

from .conftest import corpus_cases, corpus_facts

_MINUTES = (
    "01_karlskrona_insider-threat-working-group-minutes_marine-upholsterer-and-welding-coordinator"
    ".txt"
)
_BRANCH = "02_tulcea_branch-managers-monthly-report_agricultural-drone-operator-and-agronomist.txt"
_HOTEL = (
    "03_lamu_staff-welfare-officers-quarterly-report_hotel-boat-captain-and-restaurant-cashier.txt"
)
_CONFERENCE = (
    "04_puerto-madryn_case-conference-minutes_squid-fishery-biologist-and-oceanographic-mooring"
    "-technician.txt"
)


def _facts(file: str, kind: str) -> dict[str, list[str]]:
    return corpus_facts("corpus155", file, kind)


def test_a_hyphened_given_name_and_an_agronomist() -> None:
    cases = corpus_cases("corpus155", _BRANCH)
    assert set(cases) == {"Ionuț-Cristian Pâslaru", "Agafia Ivanov"}, cases
    # ("Ionuț stopped at the fuel station ... He offered 2,000 lei per flight".)
    assert {"paid-tasks", "disproportionate-reward"} <= cases["Ionuț-Cristian Pâslaru"]
    # ("I informed Ms Enache by e-mail at 18:40": the writer's report, no approach online.)
    assert "online-approach" not in cases["Ionuț-Cristian Pâslaru"]


def test_a_captain_known_by_his_title_and_name() -> None:
    cases = corpus_cases("corpus155", _HOTEL)
    assert set(cases) == {"Abubakar Athman Famau", "Mercy Kadzo Charo"}, cases
    assert {"secrecy-pressure", "report-early"} <= cases["Abubakar Athman Famau"]
    sectors = _facts(_HOTEL, "sector")
    assert "hotel" in sectors["Mercy Kadzo Charo"], sectors


def test_a_case_section_over_an_auditors_name() -> None:
    cases = corpus_cases("corpus155", _CONFERENCE)
    assert set(cases) == {"María Inés de la Fuente Ocampo", "Héctor Alfredo Llancaqueo"}, cases
    assert "sudden-exit" in cases["Héctor Alfredo Llancaqueo"]


def test_work_for_a_naval_contract() -> None:
    cases = corpus_cases("corpus155", _MINUTES)
    assert set(cases) == {"Lars-Göran Åkesson", "Emelie af Klercker"}, cases
    assert "navy" not in _facts(_MINUTES, "sector")["Emelie af Klercker"]
