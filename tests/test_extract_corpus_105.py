"""What corpus 105 (five documents, read once: 2 of 7 cases found on arrival, tag recall 0.18
at precision 0.75; a clemency petition from Turkmenbashi, a master's thesis chapter from
Klaipėda, a company's order from Ganja, a legal clinic's intake records from Cartagena and a
ship security officer's report from Nouméa; read 315 on the questions) showed that
extraction did not read, fixed by concept: a petition's sender ("from the convicted person
ORAZOV ...") is its "I"; interviewees by code ("L1 is a 34-year-old mooring linesman");
whatever the job with an age ("linesman", "mate"); an intake record's "Consultant:" and "the
consultant"; whoever brought the money is the contact's go-between; a threat to have someone
arrested is no arrest; cues for a photograph of the person with their lover shown, what
someone "would not like to see", and a report to the ship's security officer ("the SSO")."""

from __future__ import annotations

from quiz.taxonomy import find_cues

from .conftest import corpus_cases, corpus_document


def _doc(file: str):  # type: ignore[no-untyped-def]
    return corpus_document("corpus105", file)


def _cases_of(file: str) -> dict[str, frozenset[str]]:
    return corpus_cases("corpus105", file)


def test_a_petition_is_its_senders() -> None:
    cases = _cases_of("01_turkmenbashi_clemency-petition_port-tally-clerk.txt")
    assert list(cases) == ["ORAZOV Dovletmyrat Bagtyyarovich"], cases
    assert {"paid-tasks", "threats-leverage"} <= cases["ORAZOV Dovletmyrat Bagtyyarovich"]


def test_interviewees_by_code() -> None:
    cases = _cases_of(
        "02_klaipeda_masters-thesis-chapter_mooring-linesman-and-bunker-barge-mate.txt"
    )
    assert set(cases) == {"a 34-year-old mooring linesman", "a 47-year-old mate"}, cases


def test_an_intake_records_consultant() -> None:
    cases = _cases_of(
        "04_cartagena_legal-clinic-intake-records_dry-dock-planner-and-simulator-instructor.txt"
    )
    assert set(cases) == {"María Fernanda Ospina de la Hoz", "Jhon Jairo Barrios Pérez"}, cases


def test_cues_of_corpus_105() -> None:
    shown = find_cues(
        "Marco then showed him, on his own phone, a photograph of Sefo and Ana taken at the "
        'guesthouse, and said: "Malia in Nouméa would not like to see this, would she?"'
    )
    assert {"compromising-relationship", "threats-leverage"} <= set(shown)
    assert "security-office" in find_cues(
        "At 06:30 he knocked on the SSO's cabin door and told her everything."
    )


def test_what_the_contact_offered_is_not_where_or_how() -> None:
    # Read 315: "offered ... a two-week training trip abroad" told the lift mechanic "abroad";
    # "a military unit stationed in Ganja" too; the vacancy he was "advised to apply for" at the
    # military unit placed him at "a defence organisation"; "He believes it was taken from his
    # Facebook profile" told the electrician met "on social media".
    from quiz.extract import extract

    (mammadov,) = [
        c
        for c in extract([_doc("03_ganja_encouragement-order_lift-mechanic.txt")]).cases
        if c.name.startswith("Mammadov")
    ]
    assert "abroad-targeting" not in mammadov.tag_ids
    assert not [f for f in mammadov.facts if f.kind == "sector"]
    assert "lift mechanic" in [f.value for f in mammadov.facts if f.kind == "role"]
    assert "online-approach" not in find_cues(
        "He believes it was taken from his Facebook profile, where she appears in many photographs."
    )
