"""What corpus 126 (five documents, read once: 4 of 9 cases found on arrival, tag recall 0.24 at
precision 0.97; a military band's tour booklet from Prešov, a census field coordinator's closing
report from Manta, a housing advisory from İzmir, a hydrological yearbook's preface from Bahir
Dar and a criminal complaint's affidavit from Tullahoma) showed that extraction did not read,
fixed by concept: a caption's party in capitals after "v.", with "JR." ("DALE EVERETT WHITCOMB
JR.", then "WHITCOMB"); a filing's coded person ('"Employee-2" is an aerodynamicist'); Turkish
titles after a given name ("Kemal Bey") for a person the text names in full;
a nickname declared after a relative clause ("who has read the gauge ... and whom everyone ...
calls Gashe Alemu") and Amharic "Gashe"; a year's era ("2014 E.C.") is no initials; four
initials ("M. F. Z. V."); a band's players as jobs and a name kept back ("is not named here");
cover names given by a third party ("whom the agent introduced as Mr Adrian Holt", 'introduced
him to "her professor", Dr Julian Marsh'); and the reports and signs in this material's words
(the station head told, "Company-1's FSO", "on the first day ... nothing left", twice his
allowance, favours "without being asked" and "at his own cost"; a confession when asked is no
coming forward; a landlord's sold flat is no sale of secrets)."""

from __future__ import annotations

from .conftest import corpus_cases, corpus_document

_BOOKLET = "01_presov_tour-information-booklet_military-bandsman.txt"
_CENSUS = "02_manta_census-closing-report_census-enumerator.txt"
_HOUSING = "03_izmir_housing-office-advisory_reprographics-operator.txt"
_YEARBOOK = "04_bahir-dar_hydrological-yearbook-preface_hydrologist-and-lake-gauge-reader.txt"
_AFFIDAVIT = "05_tullahoma_criminal-complaint_wind-tunnel-test-technician.txt"


def test_a_caption_party_in_capitals_and_a_coded_employee() -> None:
    cases = corpus_cases("corpus126", _AFFIDAVIT)
    assert set(cases) == {"Dale Everett Whitcomb Jr.", "Employee-2"}, cases
    # "reported the message the same day to Company-1's FSO".
    assert {"security-office", "report-early", "online-approach"} <= cases["Employee-2"]


def test_a_turkish_title_after_the_given_name_and_a_cover_given_by_another() -> None:
    cases = corpus_cases("corpus126", _HOUSING)
    assert set(cases) == {"Nurcan Ekinci Aydoğdu"}, cases
    # "he lowered it by 4,000 TL a month without being asked"; "asked kindly after her
    # family"; "she was finding it hard to manage".
    assert {
        "excessive-help-flattery",
        "cultivation",
        "personal-vulnerability",
        "security-office",
        "report-early",
    } <= cases["Nurcan Ekinci Aydoğdu"]


def test_a_nickname_after_a_relative_clause_and_a_year_s_era() -> None:
    cases = corpus_cases("corpus126", _YEARBOOK)
    assert set(cases) == {"Alemu Mekonnen Ayele", "Dawit Asfaw Belay"}, cases
    # "twice his allowance"; "told the station head"; "on the first day, and because of that
    # nothing left his station".
    assert {"disproportionate-reward", "security-office", "report-early"} <= cases[
        "Alemu Mekonnen Ayele"
    ]
    # "Asked about it, he confessed": caught, not coming forward.
    assert "self-surrender" not in cases["Dawit Asfaw Belay"]


def test_four_initials_and_a_player_not_named_here() -> None:
    assert set(corpus_cases("corpus126", _CENSUS)) == {
        "Génesis Andrea De la Cruz Moreira",
        "M. F. Z. V.",
    }
    assert set(corpus_cases("corpus126", _BOOKLET)) == {"Matúš Kollár", "a percussionist"}


def test_a_landlord_s_sold_flat_is_no_paid_task() -> None:
    from quiz.extract import extract

    (tenant,) = extract([corpus_document("corpus126", _HOUSING)]).cases
    quoted = [e.quote for t in tenant.tags if t.id == "paid-tasks" for e in t.evidence]
    assert not any("has sold the flat" in q for q in quoted)
