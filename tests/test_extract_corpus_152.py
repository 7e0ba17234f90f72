"""What corpus 152 (five documents, read once on 94288e3: 6 of 10 cases found on arrival and a
recruiter's cover name taken for one, tag recall 0.49 at precision 0.89; an aircraft repair
plant's occupational health referral log from Plovdiv, a broadcaster's programme standards log
from Antofagasta, an ocean research institute's access recertification report from Mombasa, a
gas terminal contractor's safety round report from Haugesund and a shipyard's welfare committee
minutes from Keelung) showed that extraction did not read, fixed by concept: a sentence that
opens on "she" is hers, and whoever "wrote to her" in it did it to her ("She showed the
messages: in July a "Talent Partner", Sarah Mansour ..., wrote to her unprompted": the cover
name was the case); a log's entry written surname first with a comma, then the job ("SC-24/35
(10.09). Carvajal Olmedo, María José, assignment editor."); a job after the name with no article
says a person ("5.1. Synnøve Eide Bakkevig, fiscal metering engineer."); Taiwan's familiar "A-"
in a bracketed nickname after a surname in capitals ('HUANG Chin-lung ("A-Lung")'); an error
"caught by the dispatcher" is no arrest; a producer, an assignment editor and a data processor
are jobs; the contact's title ("the professor shared") is no workplace; an institution's name in
capitals before where it is ("KENYA COASTAL OCEAN RESEARCH INSTITUTE (KCORI), Mombasa Centre"),
and the letterheads of a Bulgarian "AD", a Norwegian "AS" and a "CORPORATION"; and the cues of a
threat in quotation marks, a contact "from the KGB", debts to quick-loan companies, an offer to
"close" a loan, and a report made before answering anything."""

from __future__ import annotations

from .conftest import corpus_cases, corpus_facts

_LOG = (
    "01_plovdiv_occupational-health-referral-log_rotor-blade-balancing-technician-and-gearbox-"
    "test-cell-operator.txt"
)
_STANDARDS = (
    "02_antofagasta_programme-standards-log_business-desk-producer-and-assignment-editor.txt"
)
_REVIEW = (
    "03_mombasa_access-recertification-report_bathymetry-data-processor-and-research-grants-"
    "officer.txt"
)
_ROUND = "04_haugesund_safety-round-report_fiscal-metering-engineer-and-rope-access-technician.txt"
_ATTESTATION = (
    "03_balti_attestation-commission-minutes_relay-protection-engineer-and-overhead-line-"
    "inspector.txt"
)
_MINUTES = (
    "05_keelung_employee-welfare-committee-minutes_sea-trials-coordinator-and-propeller-"
    "finishing-technician.txt"
)


def _facts(file: str, kind: str) -> dict[str, list[str]]:
    return corpus_facts("corpus152", file, kind)


def test_whom_the_recruiter_wrote_to_is_the_case() -> None:
    cases = corpus_cases("corpus152", _LOG)
    assert set(cases) == {
        "Ivaylo Hristov Kostadinov",
        "Desislava Georgieva Ruseva-Petkova",
    }, cases
    assert {"report-early", "request-beyond-public"} <= cases["Desislava Georgieva Ruseva-Petkova"]
    assert {"coercion", "threats-leverage", "personal-vulnerability", "unsolicited-offer"} <= cases[
        "Ivaylo Hristov Kostadinov"
    ]
    assert "aircraft manufacturing" in _facts(_LOG, "sector")["Ivaylo Hristov Kostadinov"]


def test_a_log_entry_written_surname_first() -> None:
    cases = corpus_cases("corpus152", _STANDARDS)
    assert set(cases) == {"Rodrigo Andrés Valenzuela Tapia", "María José Carvajal Olmedo"}, cases
    roles = _facts(_STANDARDS, "role")
    assert "assignment editor" in roles["María José Carvajal Olmedo"], roles
    assert "business-desk producer" in roles["Rodrigo Andrés Valenzuela Tapia"], roles


def test_a_job_with_no_article_and_a_nickname_with_a() -> None:
    assert set(corpus_cases("corpus152", _ROUND)) == {
        "Synnøve Eide Bakkevig",
        "Aliaksandr Mikalaevich Hrytsuk",
    }
    hrytsuk = corpus_cases("corpus152", _ROUND)["Aliaksandr Mikalaevich Hrytsuk"]
    assert {"disclosed-affiliation", "threats-leverage"} <= hrytsuk, hrytsuk
    assert set(corpus_cases("corpus152", _MINUTES)) == {"TSAI Ming-hsun", "HUANG Chin-lung"}


def test_the_research_institute_is_where_the_processor_works() -> None:
    assert "bathymetry data processor" in _facts(_REVIEW, "role")["Athman Said Athman"]
    sectors = _facts(_REVIEW, "sector")
    assert sectors["Athman Said Athman"] == ["research"], sectors


def test_an_error_caught_is_no_arrest() -> None:
    # (An attestation commission's record: "drew up a switching order with an error in the
    # sequence, caught by the dispatcher before execution".)
    cases = corpus_cases("corpus118", _ATTESTATION)
    assert "Lungu Sergiu Petru" not in cases, cases
