"""What corpus 119 (five documents, read once: 4 of 8 cases found on arrival, tag recall 0.34
at precision 0.81; a hospital's clinical governance note from Split, a council's closed-session
minutes from Pápa, a port health unit's duty log from Taranto, a shipping line's crew welfare
report from Esbjerg and a bar council's disciplinary digest from Tangier; read 376 on the
questions) showed that extraction did not read, fixed by concept: a duty log's abbreviated post
before a name ("DIR De Florio A.") is no name; a French lawyer's "Me" is a title, in capitals
too ("Me Hicham AIT BOUZID"), and a crew list's "Messman"; a paragraph that opens on the first
name and the name the person goes by ("Reynaldo, called "Jun"") makes "Jun" that person; one
found photographing documents was caught; a complaint dismissed as lawful work is no outcome,
and the lawyer it cleared no case; "Decision No. 3" is no person."""

from __future__ import annotations

from .conftest import corpus_cases

_LOG = "03_taranto_port-health-duty-log_port-health-inspector.txt"
_WELFARE = "04_esbjerg_crew-welfare-report_second-officer-and-messman.txt"
_DIGEST = "05_tangier_bar-disciplinary-digest_maritime-lawyer-and-associate-lawyer.txt"


def test_a_duty_log_s_abbreviated_post_is_no_name() -> None:
    cases = corpus_cases("corpus119", _LOG)
    assert set(cases) == {"Ricciardi Domenico"}, cases
    assert {"cultivation", "unsolicited-offer", "request-beyond-public", "security-office"} <= (
        cases["Ricciardi Domenico"]
    )


def test_a_first_name_and_the_name_the_person_goes_by() -> None:
    cases = corpus_cases("corpus119", _WELFARE)
    assert {"R. Karthikeyan", "Reynaldo P. Dimaculangan Jr."} <= set(cases), cases
    jun = cases["Reynaldo P. Dimaculangan Jr."]
    assert {"personal-vulnerability", "paid-tasks", "secrecy-pressure"} <= jun
    # His story is his, not the second officer's.
    assert "personal-vulnerability" not in cases["R. Karthikeyan"]


def test_a_lawyer_s_title_and_a_complaint_dismissed() -> None:
    cases = corpus_cases("corpus119", _DIGEST)
    assert "Ghizlane Tazi" in cases, cases
    # "Decision No. 3: Me Hicham AIT BOUZID" heads his section, whom "the respondent" means in
    # it: no "Decision No" read as a person (read 377: his threat quoted as his associate's).
    assert "Hicham Ait Bouzid" in cases, cases
    assert {"paid-tasks", "covert-tradecraft", "secrecy-pressure", "escalation"} <= cases[
        "Hicham Ait Bouzid"
    ]
    assert "escalation" not in cases["Ghizlane Tazi"]
    # Not the lawyer a dismissed complaint cleared ("Me Driss EL OUAFI. Complaint dismissed").
    assert not [name for name in cases if "Driss" in name], cases


def test_a_vote_is_no_favour_and_a_cover_is_no_job(tmp_path_factory) -> None:
    # Read 376: "10 in favour, 0 against, 0 abstentions." quoted as favours; "You work as a
    # teacher" from "a woman who called herself Elena and said she was a Cypriot teacher".
    from quiz.taxonomy import cue_matches

    from .conftest import case_frame, corpus_material

    assert "excessive-help-flattery" not in cue_matches("10 in favour, 0 against, 0 abstentions.")
    assert "excessive-help-flattery" in cue_matches("He did her one favour after another.")
    material = corpus_material("corpus119", tmp_path_factory)
    assert case_frame(material, "R. Karthikeyan").role == "a second officer"
