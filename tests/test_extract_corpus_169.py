"""What corpus 169 (five documents, read once on the fixes of corpora 166 and 167: 9 of 10 cases
found, tag recall 0.65 at precision 0.90; an Oulu winter swimming society's minutes, a Plzeň model
railway club's newsletter, a La Spezia bocce club's minutes, a Córdoba paragliding club's safety
report and a San Fernando dominoes league's report) showed: material sent to the contact ("Aino
sent him one table from an internal presentation") is the person's own act, not a recruiter's; a
contact introduced after a description ("a German-speaking collector, a Herr Wolfgang Reinhold")
is the contact; a job is never what the club knows the person as ("who many of you know as the
pilot with the orange wing, is a flight dynamics engineer"); a ministry's office the person works
at is their workplace; a network equipment maker is a telecoms company; and a chair's salutation
("Mr. President, officers, captains and members,") is no title."""

from __future__ import annotations

from quiz.documents import Document

from .conftest import CORPUS, corpus_cases, corpus_facts

_SWIM = (
    "01_oulu_winter-swimming-society-annual-meeting-minutes_base-station-integration-engineer-and-"
    "fuel-reserve-coordinator.txt"
)
_RAIL = (
    "02_plzen_model-railway-club-newsletter_reactor-component-design-engineer-and-fibre-network-"
    "planner.txt"
)
_GLIDE = (
    "04_cordoba_paragliding-club-safety-officers-report_flight-dynamics-engineer-and-weight-and-"
    "balance-engineer.txt"
)
_DOMINOES = (
    "05_san-fernando_dominoes-league-secretarys-report_gas-nominations-scheduler-and-bid-"
    "evaluation-officer.txt"
)


def test_the_coordinator_who_sent_a_table() -> None:
    cases = corpus_cases("corpus169", _SWIM)
    assert set(cases) == {"Juha-Pekka Kärkkäinen", "Aino Väisänen-Lehto"}, cases


def test_the_engineer_the_collector_approached() -> None:
    cases = corpus_cases("corpus169", _RAIL)
    assert set(cases) == {"Jaroslav Kubíček", "Lukáš Šimánek"}, cases
    assert {"request-beyond-public", "secrecy-pressure", "report-early"} <= cases[
        "Jaroslav Kubíček"
    ]


def test_jobs_and_workplaces() -> None:
    assert corpus_facts("corpus169", _GLIDE, "role")["Florencia Iturraspe"][0] == (
        "flight dynamics engineer"
    )
    assert corpus_facts("corpus169", _DOMINOES, "sector")["Savitri Maharaj-Ramsaran"] == [
        "government"
    ]
    assert corpus_facts("corpus169", _SWIM, "sector")["Juha-Pekka Kärkkäinen"] == ["telecoms"]


def test_a_salutation_is_no_title() -> None:
    path = CORPUS.parent / "corpus169" / _DOMINOES
    assert Document.read(path, _DOMINOES).headline is None
