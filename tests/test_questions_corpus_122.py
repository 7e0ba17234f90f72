"""Read 385 (corpus 122, first reading 8.3% usable) on the questions: every harmless situation
said "agreed by your manager" and no suspicious one did, so the word told the key; a baker in a
contractor's galley was told as working "at a police force" (the reader's advice named the
police); a cover "first officer on a 60-metre motor yacht" lost its yacht; a case was called "The
case of Addis Ababa", the place a seminarian's nickname was read as."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts

from .conftest import corpus_material


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> list[Draft]:
    return all_drafts(corpus_material("corpus122", tmp_path_factory))


def test_no_harmless_situation_is_told_by_its_manager(drafts) -> None:
    harmless = [d for d in drafts if d.benign]
    assert harmless
    for draft in drafts:
        assert "agreed by your manager" not in draft.prompt, draft.prompt


def test_cases_are_people_and_told_in_their_own_trade(drafts) -> None:
    assert {d.case for d in drafts} >= {
        "kidane-mariam-tesfay-habtu",
        "fitsum-alemayehu-berhe",
        "delroy-ezekiel-hendricks-iii",
        "angel-luis-rosario-vega",
        "rodelio-p-macaraeg-jr",
    }
    for draft in drafts:
        assert "Addis Ababa" not in draft.explanation, draft.explanation
        assert "police force" not in draft.prompt, draft.prompt


def test_a_cover_keeps_the_ship_it_claims(drafts) -> None:
    told = [d.prompt for d in drafts if d.case == "marie-aurelie-greaux"]
    assert told
    for prompt in told:
        if "first officer" in prompt:
            assert "first officer on a 60-metre motor yacht" in prompt, prompt


def test_the_moment_the_report_names_is_asked(drafts) -> None:
    # Read 385: no question asked when the first report should have been made, although the
    # review and the log say it ("If I had come to Sandrine in December, when he first asked who
    # was staying where", "If Cuco had brought the first "weather" request to his supervisor").
    keys = {
        d.case: d.options[d.correct[0]]
        for d in drafts
        if d.family == "earliest-report"
        and d.case in ("marie-aurelie-greaux", "angel-luis-rosario-vega")
    }
    # (Not Lilie's: a weekend away, knives and a promised €40,000 came before the question the
    # review names, so it was not the first moment to report, read 236's rule.)
    assert keys == {"angel-luis-rosario-vega": 'At the first "weather" request'}, keys


def test_the_first_request_stops_before_where_it_should_have_gone() -> None:
    from quiz.families.earliest_report import _first_request

    said = _first_request(
        "if the defendant had reported the first request for photographs of the range to the "
        "range office or to the Police Security Service"
    )
    assert said == "the first request for photographs of the range"
    assert (
        _first_request("If I had told Sir Ernie the first time she asked about the planes, I")
        == "the first question about the planes"
    )


def test_read_386_the_way_in_each_case_began(tmp_path_factory) -> None:
    from .conftest import case_frame

    material = corpus_material("corpus122", tmp_path_factory)
    # "answered a post on a Facebook page for OFWs offering a "sideline" as an "online market
    # survey encoder"": not met in person, nor "spending some time abroad" from a threat that he
    # would "never work abroad again".
    mower = case_frame(material, "Rodelio P. Macaraeg Jr.")
    assert mower.channel == "online" and "advertisement" in mower.approach
    # "the landlord introduced him to the tenant of the upstairs apartment": the tenant is the
    # contact, not the landlord, of whom the log "draws no conclusion".
    assert case_frame(material, "Ángel Luis Rosario Vega").contact == (
        "a tenant your landlord introduced you to"
    )


def test_read_386_no_employer_paid_trip_and_no_rule_for_everyone_as_a_case_s(drafts) -> None:
    for draft in drafts:
        # "the trip was paid by the company": the employer's, no stranger's invitation.
        assert not any("the trip was paid by the company" in s.quote for s in draft.sources), (
            draft.prompt
        )
        # The rector's instruction to all students, "If anyone offers you money, scholarships,
        # travel or help ...", is no seminarian's case.
        if draft.case == "fitsum-alemayehu-berhe":
            assert not any("If anyone offers you" in s.quote for s in draft.sources), draft.prompt


def test_a_student_keeps_no_register_of_presents(drafts) -> None:
    # Read 387: "a card and a small box of sweets, which you note in your study group's
    # register", said to a seminarian.
    told = [d for d in drafts if d.case in ("fitsum-alemayehu-berhe", "kidane-mariam-tesfay-habtu")]
    assert told
    for draft in told:
        assert "study group's register" not in draft.prompt, draft.prompt
        assert not any("study group's register" in o for o in draft.options), draft.options


def test_an_encrypted_app_is_offered_with_the_hiding_that_makes_it_a_sign() -> None:
    # Reads 384, 386 and 387: "Yes: a request to move to an encrypted messaging app" beside "No:
    # many people use encrypted apps for privacy", which is true of the app alone.
    from quiz.scenario_material import scenario_material

    secrecy = scenario_material().signs["secrecy-pressure"]
    told = [v for v in secrecy.variants if "encrypted" in v.label]
    assert told
    for variant in told:
        assert "hide" in variant.label or "from work" in variant.label, variant.label


def test_a_student_s_explanations_are_said_to_a_student(drafts) -> None:
    # Read 388: "a small thank-you, recorded as required" of nothing recorded, "contacts your
    # organisation asks for" and "A colleague cannot check a contact", to a seminarian.
    told = [d for d in drafts if d.case in ("fitsum-alemayehu-berhe", "kidane-mariam-tesfay-habtu")]
    assert [d for d in told if d.family == "right-action"]
    for draft in told:
        said = draft.explanation.split("“", 1)[0]  # our words, before the case's own
        for word in ("recorded as required", "your organisation", "A colleague"):
            assert word not in said, (word, said)
