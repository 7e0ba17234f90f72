"""What corpus 164 (five documents, read once on c82abd7: 7 of 10 cases found, tag recall 0.52
at precision 0.90; an Ulsan shipyard hiking club's AGM record, a Bishoftu rose farm's workers'
council minutes, a Galápagos tour-yacht company's crew meeting minutes, an Exmouth medical
practice's team meeting minutes and an Ādaži ice hall's operations log) showed: a contact's
telephone call ("called Inese directly from a Russian number"; her aunt "phoned her and said
that "a very nice man ..." wanted to invite" her skaters) approaches whom it was made to, and
"Inese's aunt ... phoned her" means Inese; whoever "she rang ... at home and the next morning
brought in the messages" was told, and whoever "called the State Security Service" after being
called passed a report on; what "staff were told" is about nobody; a head coach is no official;
a man who "met a woman introduced as Anya", "hesitated over a second, more specific request"
and "did not say anything about the approach" was approached; a nickname and surname ("Tess
Dela Cruz") are the full name that holds the nickname in quotes; a title written with a slash
("W/ro Almaz") still names the security officer a report went to; a patronymic tells a gender;
and a workplace is not what a file contained, what someone would not discuss or had seen, a
relative's post, a service that acted on a report, nor where the contact took the person to
lunch."""

from __future__ import annotations

from .conftest import corpus_cases, corpus_facts

_CLUB = "01_ulsan_hiking-club-agm-record_hull-block-scheduler-and-welding-robot-programmer.txt"
_FARM = (
    "02_bishoftu_flower-farm-workers-council-minutes_packhouse-supervisor-and-greenhouse-climate-"
    "technician.txt"
)
_YACHTS = (
    "03_puerto-baquerizo-moreno_tour-yacht-operator-crew-meeting-minutes_naturalist-guide-and-"
    "panga-driver.txt"
)
_PRACTICE = "04_exmouth_medical-practice-meeting-minutes_pathology-collector-and-locum-gp.txt"
_HALL = (
    "05_adazi_ice-hall-operations-meeting-log_ice-resurfacer-driver-and-figure-skating-coach.txt"
)


def test_the_coach_called_through_her_aunt_and_not_the_halls_head() -> None:
    cases = corpus_cases("corpus164", _HALL)
    assert set(cases) == {"Edgars Liepiņš", "Inese Kalniņa-Bērziņa"}, cases
    assert {"threats-leverage", "disclosed-affiliation", "online-report", "report-early"} <= cases[
        "Inese Kalniņa-Bērziņa"
    ]
    assert {"escalation", "insider-access"} <= cases["Edgars Liepiņš"]


def test_the_locum_and_not_the_practice_manager() -> None:
    cases = corpus_cases("corpus164", _PRACTICE)
    assert set(cases) == {'Maria Theresa "Tess" Dela Cruz', "Oluwaseun Adebayo-Cole"}, cases
    assert {"sudden-exit", "threats-leverage"} <= cases["Oluwaseun Adebayo-Cole"]
    assert {"unsolicited-offer", "escalation", "disproportionate-reward"} <= cases[
        'Maria Theresa "Tess" Dela Cruz'
    ]


def test_the_shipyards_scheduler_reported_on_the_first_working_day() -> None:
    cases = corpus_cases("corpus164", _CLUB)
    assert set(cases) == {"Yoon Jae-hyuk", "Choi Min-seo"}, cases
    # (Not the hotline: the phone number is the one the contact wrote on the guest sheet.)
    assert "hotline" not in cases["Yoon Jae-hyuk"]
    assert {"report-early", "cultivation", "unsolicited-offer"} <= cases["Yoon Jae-hyuk"]
    assert {"covert-tradecraft", "secrecy-pressure"} <= cases["Choi Min-seo"]
    assert "bulk-collection" not in cases["Choi Min-seo"]


def test_a_report_to_the_farms_security_officer_by_her_title() -> None:
    cases = corpus_cases("corpus164", _FARM)
    assert "security-office" in cases["Tigist Bekele"]
    assert "bulk-collection" not in cases["Tigist Bekele"]
    assert {"unexplained-money", "report-early", "insider-access"} <= cases["Dereje Tolossa"]


def test_a_partners_account_is_no_compromising_relationship() -> None:
    cases = corpus_cases("corpus164", _YACHTS)
    assert "compromising-relationship" not in cases["Wilmer Jaramillo Mora"]
    assert "insider-access" in cases["Wilmer Jaramillo Mora"]
    assert "report-early" in cases["Lucía Anchundia Cevallos"]


def test_no_workplace_from_a_file_a_relative_or_a_lunch() -> None:
    sectors = {
        name: facts
        for file in (_CLUB, _FARM, _YACHTS, _HALL)
        for name, facts in corpus_facts("corpus164", file, "sector").items()
    }
    assert "navy" not in sectors["Yoon Jae-hyuk"]  # "would not discuss naval work"
    assert "navy" not in sectors["Choi Min-seo"]  # what the exported files contained
    assert "aerospace" not in sectors["Tigist Bekele"]  # her husband's post
    assert "hotel" not in sectors["Tigist Bekele"]  # lunch at a lakeside resort
    assert "police" not in sectors["Dereje Tolossa"]  # the police who came for him
    assert "navy" not in sectors["Wilmer Jaramillo Mora"]  # "The Navy questioned Wilmer"
    assert "navy" not in sectors["Lucía Anchundia Cevallos"]  # the Navy acted on her report
    assert "finance" not in sectors["Edgars Liepiņš"]  # a camera's power bank


def test_jobs_from_a_section_title() -> None:
    roles = corpus_facts("corpus164", _PRACTICE, "role")
    assert roles['Maria Theresa "Tess" Dela Cruz'] == ["pathology collector"]
    assert roles["Oluwaseun Adebayo-Cole"] == ["locum GP"]
    assert corpus_facts("corpus164", _YACHTS, "role")["Lucía Anchundia Cevallos"] == [
        "naturalist guide"
    ]
    assert "head coach" in corpus_facts("corpus164", _HALL, "role")["Inese Kalniņa-Bērziņa"]
