"""What corpus 141 (five documents, read once on 96ee0a3: 4 of 10 cases found on arrival, and
a host supervisor taken for one, tag recall 0.30 at precision 0.88; a bird club's outing report
from Bredasdorp, a governor's office press digest from Zugdidi, an awareness session's activity
report from Natuna, a resort's workplace coexistence committee minutes from Melgar and a
student's scholarship appeal letter from Peradeniya) showed that extraction did not read, fixed
by concept: Indonesian honorifics and ranks ("Pak Giarto", "Letkol Laut (P)") and places by what
they are ("Natuna Regency", "Selat Lampa"); someone known by one name and the name people use
("the village secretary, Sugiarto, Pak Giarto to everyone in the hall"); a testimony whose
speaker gives their name ("My name is Muhammad Rizky"); the quotation of a speaker that goes on
after who said it; what "she" did to the writer ("She phoned me that evening") is hers; a letter
signed with four initials and the name in brackets below, above its enclosures; the case known
only by initials and the post that names them again ("the coordinator"); the complainant of a
committee's minutes; a recruiter who is a case of his own, whose "he asked her" is her story;
"citizen D. Kh." of a statement and the full name the press gives; who "also met" the same
contact; and the signs as these reports word them (a veiled threat to a relative, "in return"
a favour and money, copies from the office files, a fee per flight, a contract "depended on his
report", a new truck explained as an inheritance, a "preparation stipend" until the person is
"inside")."""

from __future__ import annotations

from .conftest import case_frame, corpus_cases, corpus_material

_CLUB = "01_bredasdorp_bird-club-outing-report_geography-teacher-and-farm-manager.txt"
_DIGEST = "02_zugdidi_regional-press-digest_notarys-assistant-and-tiler.txt"
_SESSION = (
    "03_ranai_awareness-session-activity-report_village-secretary-and-internet-cafe-operator.txt"
)
_MINUTES = (
    "04_melgar_workplace-coexistence-committee-minutes_"
    "recreation-host-and-excursions-coordinator.txt"
)
_APPEAL = "05_peradeniya_scholarship-appeal-letter_international-relations-undergraduate.txt"


def test_a_teacher_quoted_in_a_convener_s_report_and_a_farm_manager(tmp_path_factory) -> None:
    cases = corpus_cases("corpus141", _CLUB)
    assert set(cases) == {"Annemarie le Roux-Smit", "Johannes de Villiers"}, cases
    # Her own words, quoted after "Annemarie told the committee", and what she did after she
    # "phoned me" (the convener): not the convener's.
    assert {"escalation", "covert-tradecraft", "request-beyond-public", "security-office"} <= (
        cases["Annemarie le Roux-Smit"]
    )
    # ""karoo_korhaan" has since vanished from the app": the recruiter, not her.
    assert "sudden-exit" not in cases["Annemarie le Roux-Smit"]
    assert {"request-beyond-public", "unsolicited-offer", "report-early"} <= cases[
        "Johannes de Villiers"
    ]
    material = corpus_material("corpus141", tmp_path_factory)
    hannes = case_frame(material, "Johannes de Villiers")
    assert (hannes.role, hannes.workplace.place) == ("the manager", "a sheep and wheat farm")


def test_initials_in_a_statement_are_the_named_tiler_and_an_aunt_s_veiled_threat() -> None:
    cases = corpus_cases("corpus141", _DIGEST)
    assert set(cases) == {"Davit Kharebava", "Maia Jikia"}, cases
    assert {"false-persona", "insider-access", "unexplained-money"} <= cases["Davit Kharebava"]
    assert {
        "threats-leverage",
        "secrecy-pressure",
        "request-beyond-public",
        "disclosed-affiliation",
        "excessive-help-flattery",
    } <= cases["Maia Jikia"]


def test_one_name_and_a_testimony_in_the_first_person(tmp_path_factory) -> None:
    cases = corpus_cases("corpus141", _SESSION)
    assert set(cases) == {"Sugiarto", "Muhammad Rizky bin Abdul Hamid"}, cases
    assert {"secrecy-pressure", "unexplained-money", "bulk-collection"} <= cases["Sugiarto"]
    # "a group ... said to be based abroad": the foundation's, not his.
    assert "abroad-targeting" not in cases["Sugiarto"]
    assert {"paid-tasks", "escalation", "request-beyond-public", "secrecy-pressure"} <= cases[
        "Muhammad Rizky bin Abdul Hamid"
    ]
    material = corpus_material("corpus141", tmp_path_factory)
    iki = case_frame(material, "Muhammad Rizky bin Abdul Hamid")
    assert (iki.role, iki.workplace.place, iki.channel) == (
        "the owner",
        "an internet café",
        "online",
    )
    assert case_frame(material, "Sugiarto").workplace.place == "a village office"


def test_a_complainant_and_the_coordinator_known_by_initials(tmp_path_factory) -> None:
    cases = corpus_cases("corpus141", _MINUTES)
    assert set(cases) == {"Leidy Tatiana Cárdenas De la Ossa", "J. F. P. G."}, cases
    # What the coordinator did to her is her story; what he copied and spent is his.
    assert {"threats-leverage", "excessive-help-flattery", "paid-tasks"} <= cases[
        "Leidy Tatiana Cárdenas De la Ossa"
    ]
    assert {"bulk-collection", "insider-access", "unexplained-money", "sudden-exit"} <= cases[
        "J. F. P. G."
    ]
    assert not {"threats-leverage", "excessive-help-flattery"} & cases["J. F. P. G."]
    host = case_frame(
        corpus_material("corpus141", tmp_path_factory), "Leidy Tatiana Cárdenas De la Ossa"
    )
    assert (host.role, host.workplace.place) == ("a recreation host", "a hotel")


def test_the_letter_s_writer_is_the_case_and_her_host_supervisor_is_not(tmp_path_factory) -> None:
    cases = corpus_cases("corpus141", _APPEAL)
    assert set(cases) == {"W. M. Sachini Kaushalya Wijekoon", "a final-year student"}, cases
    assert {"abroad-targeting", "placement", "personal-vulnerability", "escalation"} <= cases[
        "W. M. Sachini Kaushalya Wijekoon"
    ]
    # "installed an encrypted messaging application": no first contact online.
    assert "online-approach" not in cases["W. M. Sachini Kaushalya Wijekoon"]
    # "He came back ... and paid off his boarding arrears": his own money, no contact's help.
    assert "unexplained-money" in cases["a final-year student"]
    assert "excessive-help-flattery" not in cases["a final-year student"]
    student = case_frame(
        corpus_material("corpus141", tmp_path_factory), "W. M. Sachini Kaushalya Wijekoon"
    )
    assert student.role == "a student"
