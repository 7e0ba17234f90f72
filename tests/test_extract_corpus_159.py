"""What corpus 159 (five documents, read once on 91d2bfb: 8 of 10 cases found on arrival, tag
recall 0.54 at precision 0.83; a Wolfsberg mountain hut's season report, an Ovar folk-dance
group's board minutes, a Musanze umuganda meeting report, a Sattahip health volunteers' meeting
minutes and a Cobh men's shed's meeting notes) showed that extraction did not read, fixed by
concept: a farmer known by his farm's name ('Josef Krenn vulgo Hansbauer ("Sepp" to all of
us)'); someone who "asked her to tell the Shed" is no recruiter; the job beside what the person
is to the writers ("our accordion player for twenty-two years and a civilian stores clerk at
the air base"); whom a trade serves at their place is not where the person works ("alters
uniforms for officers at the staff college"); and cues of a price paid many times over, the free
security line, officers' names and numbers, a trip offered by an outside body, a car paid off in
cash, copying from the base's system, "told him plainly that he worked for a foreign service", an
app that deletes messages, and photographs taken in the offices the person cleaned."""

from __future__ import annotations

from .conftest import corpus_cases, corpus_facts

_HUT = "01_wolfsberg_hut-wardens-season-report_seasonal-kitchen-helper-and-supply-haulier.txt"
_DANCE = "02_ovar_folk-dance-group-board-minutes_air-base-stores-clerk-and-pharmacy-technician.txt"
_UMUGANDA = "03_musanze_umuganda-meeting-report_tailor-and-economics-graduate.txt"
_SHED = "05_cobh_mens-shed-meeting-notes_retired-engine-room-artificer-and-hackney-driver.txt"


def test_a_farmer_known_by_his_farms_name() -> None:
    cases = corpus_cases("corpus159", _HUT)
    assert set(cases) == {"Julia Pirker", "Josef Krenn"}, cases
    assert {"unsolicited-offer", "covert-tradecraft"} <= cases["Josef Krenn"]


def test_who_asked_her_to_tell_the_others_is_no_recruiter() -> None:
    cases = corpus_cases("corpus159", _SHED)
    assert set(cases) == {"Maurice Cotter", "Ger Kiely"}, cases
    assert {"self-surrender", "paid-tasks"} <= cases["Maurice Cotter"]


def test_the_job_beside_a_groups_own_role() -> None:
    roles = corpus_facts("corpus159", _DANCE, "role")["Manuel Joaquim Oliveira Resende"]
    assert "civilian stores clerk" in roles, roles
    cases = corpus_cases("corpus159", _DANCE)
    assert {"invitation-travel", "unexplained-money", "insider-access"} <= cases[
        "Manuel Joaquim Oliveira Resende"
    ]


def test_a_tailor_who_serves_officers_and_a_placed_cleaner() -> None:
    assert "academia" not in corpus_facts("corpus159", _UMUGANDA, "sector").get(
        "MUKESHIMANA Vestine", []
    )
    cases = corpus_cases("corpus159", _UMUGANDA)
    assert {"disproportionate-reward", "hotline", "request-beyond-public"} <= cases[
        "MUKESHIMANA Vestine"
    ]
    assert {"disclosed-affiliation", "insider-access", "placement"} <= cases["NIYONSENGA Patrick"]
