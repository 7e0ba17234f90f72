"""What corpus 136 (five documents, read once on a5f7517: 6 of 9 cases found on arrival, tag
recall 0.46 at precision 0.93, read 430 66.7% usable with no wrong key; a military range's
grazing permit decision from Perdasdefogu, a church's Bible study guide from Calabar, a
councillor's report from Leh, a dental journal's ethics column from Puerto Cabello and an
esports club's incident report from Seogwipo) showed that extraction did not read, fixed by
concept: an Italian widow's "ved." ends no sentence, and her late husband's name is no name of
hers ("LOI Maria Bonaria ved. SERRA"); whose widow someone is makes that person kin; "Sig."
and "Bro." before a name end no sentence; a Ladakhi "-le" joined to a name ("Rigzin-le"); a
course called something is no person; a described person who joined an online group, past a
clause about the workplace; a message received with how it came between commas, and taken to
someone; any currency's sign is a sum; a threat to send what was sent unless the person
complies; a job someone claimed ("he said ... that he was a game designer") is no one's
role."""

from __future__ import annotations

from .conftest import case_frame, corpus_cases, corpus_material

_PERMITS = (
    "01_perdasdefogu_grazing-permit-renewal-decision_shepherd-cheesemaker-and-cork-harvester.txt"
)
_LESSON = "02_calabar_bible-study-lesson-guide_marine-spray-painter-and-resettlement-officer.txt"
_REPORT = "03_leh_councillor-constituency-report_pwd-junior-engineer-and-science-teacher.txt"
_COLUMN = (
    "04_puerto-cabello_dental-journal-ethics-column_"
    "naval-clinic-dentist-and-dental-prosthetics-technician.txt"
)
_INCIDENT = "05_seogwipo_esports-club-incident-report_naval-rotc-cadet.txt"


def test_a_widow_named_in_capitals_and_her_late_husband() -> None:
    cases = corpus_cases("corpus136", _PERMITS)
    assert set(cases) == {"MURGIA Bachisio", "LOI Maria Bonaria"}, cases
    assert {"security-office", "report-early"} <= cases["LOI Maria Bonaria"]


def test_a_brother_of_the_church_and_a_threat_to_send_what_was_sent() -> None:
    cases = corpus_cases("corpus136", _LESSON)
    assert set(cases) == {"Effiong Asuquo Henshaw", "Nkoyo Edet-Ekpo"}, cases
    assert {"threats-leverage", "paid-tasks"} <= cases["Effiong Asuquo Henshaw"]


def test_a_ladakhi_honorific_and_a_course_that_is_no_one() -> None:
    cases = corpus_cases("corpus136", _REPORT)
    assert set(cases) == {"Tsewang Rigzin", "Stanzin Dolker"}, cases


def test_a_technician_described_past_his_laboratory() -> None:
    cases = corpus_cases("corpus136", _COLUMN)
    assert set(cases) == {"José Gregorio Rondón Pérez", "a dental prosthetics technician"}, cases
    assert {"bulk-collection", "online-approach", "unexplained-money"} <= cases[
        "a dental prosthetics technician"
    ]


def test_a_claimed_job_is_the_contacts_cover(tmp_path_factory) -> None:
    assert set(corpus_cases("corpus136", _INCIDENT)) == {"KO Eun-byeol"}
    # "He said in voice chat that ... he was a game designer" (read 430: "You work as a
    # designer at a naval base").
    frame = case_frame(corpus_material("corpus136", tmp_path_factory), "KO Eun-byeol")
    assert "designer" not in frame.role, frame.role
