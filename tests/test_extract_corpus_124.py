"""What corpus 124 (five documents, read once: 5 of 8 cases found on arrival, tag recall 0.52 at
precision 0.94; an HR investigation summary from Enschede, a disciplinary decision from
Daugavpils, a hospital board paper from Bendigo, a radio interview transcript from Tarija and a
municipal council's minutes from Kuching; read 393 on the questions, 67.2% usable) showed that
extraction did not read, fixed by concept: an Arabic ʿayn written as an apostrophe opens a name's
word ("Nurul 'Ain"), and the Malay "Cik" is a title; a caller a transcript does not name is
nobody the story named before, nor whom the next speaker's "he" means; the forces' runs or
module a company works on are its client, not its workplace; exports forwarded to a private
address are the act, not a demand for secrecy; and the signs said in this material's own words
(money "declared none of it", "did not report this as a secondary activity", neighbours who
"asked where the money came from", "the university must not know", "before involving your
ethics committee", three-quarters of a monthly salary, three times a typical grant)."""

from __future__ import annotations

from .conftest import case_frame, corpus_cases, corpus_document, corpus_material

_HR = "01_enschede_hr-investigation-summary_bus-depot-manager-and-coach-driver.txt"
_DECISION = "02_daugavpils_disciplinary-commission-decision_veterinarian.txt"
_BOARD = "03_bendigo_hospital-board-paper_hospital-pharmacist-and-research-nurse.txt"
_RADIO = "04_tarija_radio-interview-transcript_university-lab-technician-and-courier.txt"
_MINUTES = "05_kuching_council-meeting-minutes_assistant-town-planner.txt"


def test_an_apostrophe_for_the_ain_and_a_malay_title() -> None:
    cases = corpus_cases("corpus124", _MINUTES)
    assert set(cases) == {"Nurul 'Ain binti Abdul Rahman"}, cases
    # "RM 2,500 a month", "around three-quarters of an assistant town planner's monthly
    # salary".
    assert {"paid-tasks", "disproportionate-reward", "report-early"} <= cases[
        "Nurul 'Ain binti Abdul Rahman"
    ]


def test_a_depot_manager_s_exports_are_his_act() -> None:
    from quiz.extract import extract

    cases = {c.name: c for c in extract([corpus_document("corpus124", _HR)]).cases}
    manager = cases["Gerrit-Jan ter Horst"]
    # "called the employee "one of the sharpest operational minds""; "He did not report this as
    # a secondary activity".
    assert {"excessive-help-flattery", "unexplained-money"} <= manager.tag_ids
    (secrecy,) = [t for t in manager.tags if t.id == "secrecy-pressure"]
    assert not any("private Gmail" in e.quote for e in secrecy.evidence)


def test_a_callers_story_is_not_the_guests() -> None:
    from quiz.extract import extract

    (guest,) = [
        c
        for c in extract([corpus_document("corpus124", _RADIO)]).cases
        if c.name == "Juan de Dios Mamani Choque"
    ]
    quoted = " ".join(e.quote for t in guest.tags for e in t.evidence)
    assert "I went to my dispatch coordinator" not in quoted
    assert "He stopped at the first strange request" not in quoted
    # "the university must not know"; "My neighbours asked where the money came from".
    assert {"secrecy-pressure", "unexplained-money", "self-surrender"} <= guest.tag_ids


def test_money_declared_nowhere_and_a_grant_three_times_the_usual() -> None:
    assert (
        "unexplained-money" in corpus_cases("corpus124", _DECISION)["Jeļena Viktorovna Kuzņecova"]
    )
    nurse = corpus_cases("corpus124", _BOARD)["Nguyễn Thị Thu Hà"]
    assert {"disproportionate-reward", "invitation-travel", "secrecy-pressure"} <= nurse


def test_who_the_work_is_done_for_is_no_workplace(tmp_path_factory) -> None:
    material = corpus_material("corpus124", tmp_path_factory)
    # "one of the screened drivers on the Defence runs": a coach driver at a bus company.
    driver = case_frame(material, 'Ahmet "Appie" Doğan')
    assert driver.workplace.place == "a bus company"
    manager = case_frame(material, "Gerrit-Jan ter Horst")
    assert "defence" not in manager.workplace.place
    vet = case_frame(material, "Jeļena Viktorovna Kuzņecova")
    assert vet.workplace.place == "a veterinary clinic"


def test_an_invitation_is_quoted_with_who_paid_for_it() -> None:
    # Read 395: "In September 2023 I received an invitation to a geochemistry congress in Salta"
    # was quoted alone, which the same transcript calls ordinary; who paid is in the next
    # sentence.
    from quiz.extract import extract

    (guest,) = [
        c
        for c in extract([corpus_document("corpus124", _RADIO)]).cases
        if c.name == "Juan de Dios Mamani Choque"
    ]
    (invited,) = [t for t in guest.tags if t.id == "invitation-travel"]
    first = invited.evidence[0].quote
    assert first.startswith("In September 2023 I received an invitation")
    assert "Andes Energy Analytics paid for my bus ticket" in first
