"""What corpus 178 (five pieces of mainstream news journalism, read once on 908e1e4: 7 of 10
cases found, tag recall 0.48 at precision 0.91, with two recruiters and a company's chief
executive taken for cases; a Trieste magazine feature, a Taipei wire story, a Dayton court
reporter's trial report, an Abuja investigative reconstruction and a Dunedin explainer) showed:
a wire's attribution before its subject ("According to a statement from prosecutors, Lin
joined ...") is not the prosecutors' name; an arrest named as a moment ("Sorin left Italy before
the arrest") is nobody's outcome; someone a recruiter names as a "mutual friend" claims no
cover; a public defender and an "Assistant U.S. Attorney" are counsel; one name written before
the contact's full name ("Please thank Mr Rashid") is the contact's; a man described by his age
and his town ("a 52-year-old Dunedin man") is a person the story keeps the name of; and the
cues of a blackmail by what was filmed in a hotel room, of bills stacking up, of a boat bought
with cash and of "the smartest person in the room" in quotes."""

from __future__ import annotations

import pytest

from quiz.taxonomy import cue_matches

from .conftest import corpus_cases, corpus_facts

_FEATURE = (
    "01_trieste_weekend-magazine-feature_oil-pipeline-dispatcher-and-port-concessions-analyst.txt"
)
_WIRE = "02_taipei_wire-service-story_air-defence-radar-sergeant-and-legislative-assistant.txt"
_TRIAL = (
    "03_dayton_court-reporters-trial-report_propulsion-test-data-analyst-and-scramjet-test-"
    "engineer.txt"
)
_RECONSTRUCTION = (
    "04_abuja_investigative-reconstruction_state-visits-desk-officer-and-spectrum-engineer.txt"
)
_EXPLAINER = "05_dunedin_newspaper-explainer_firmware-engineer-and-test-tank-technician.txt"


def test_the_old_friend_who_introduced_the_buyer_is_no_case() -> None:
    # "Vascotto is believed to be in Vienna and is the subject of a European arrest warrant.
    # Sorin left Italy before the arrest.": wanted, and the arrest named as a moment.
    cases = corpus_cases("corpus178", _FEATURE)
    assert set(cases) == {"Stefano Dal Molin", "Mojca Sancin"}, cases


def test_no_arrest_told_as_a_moment_and_no_job_of_the_sister() -> None:
    # "In January 2024, two months before the arrest in Opicina, she received a message": she
    # was not arrested; "His sister Paola Dal Molin, a primary-school teacher in Muggia, says":
    # her job, not her brother's.
    assert "arrested" not in corpus_facts("corpus178", _FEATURE, "outcome")["Mojca Sancin"]
    assert corpus_facts("corpus178", _FEATURE, "role")["Stefano Dal Molin"] == ["dispatcher"]


def test_the_aide_a_statement_from_prosecutors_tells_of_is_a_case() -> None:
    cases = corpus_cases("corpus178", _WIRE)
    assert set(cases) == {"Hsieh Cheng-en", "Lin Pei-shan"}, cases
    assert {"invitation-travel", "request-beyond-public", "hotline"} <= cases["Lin Pei-shan"]
    # ("a handwritten "pledge" to surrender to Chinese forces in the event of war": no coming
    # forward.)
    assert "self-surrender" not in cases["Hsieh Cheng-en"]


def test_the_defendant_a_recruiter_named_as_a_mutual_friend_is_the_case() -> None:
    cases = corpus_cases("corpus178", _TRIAL)
    assert set(cases) == {"Gregory Alan Whitcomb", "Raymond E. Kittredge"}, cases
    assert {
        "personal-vulnerability",
        "unexplained-money",
        "excessive-help-flattery",
    } <= cases["Gregory Alan Whitcomb"]


def test_the_contact_first_thanked_by_one_name_is_no_case() -> None:
    cases = corpus_cases("corpus178", _RECONSTRUCTION)
    assert set(cases) == {"Zainab Aminu Gwarzo", "Chukwuemeka Obinna Nwankwo"}, cases
    assert {
        "compromising-relationship",
        "coercion",
        "threats-leverage",
        "secrecy-pressure",
    } <= cases["Chukwuemeka Obinna Nwankwo"]


def test_the_man_kept_nameless_by_suppression_is_the_case_not_his_chief_executive() -> None:
    cases = corpus_cases("corpus178", _EXPLAINER)
    assert set(cases) == {"a 52-year-old Dunedin man", "Ngaire Te Huia-Beaumont"}, cases
    assert {"online-approach", "paid-tasks", "secrecy-pressure"} <= cases[
        "a 52-year-old Dunedin man"
    ]


@pytest.mark.parametrize(
    ("sentence", "tag"),
    [
        ("Within weeks they were in a relationship.", "compromising-relationship"),
        (
            "Marko sent him a still image from a video recorded in his Dubai hotel room.",
            "compromising-relationship",
        ),
        ('"Your wife will enjoy this. So will your board," the message read.', "threats-leverage"),
        ("He told him to use only Signal and to speak to no one.", "secrecy-pressure"),
        ("Whitcomb bought a $38,000 bass boat with cash in 2021.", "unexplained-money"),
        (
            '"My son was in hospital and the bills were stacking up," he said.',
            "personal-vulnerability",
        ),
        ('She told him he was "the smartest person in the room".', "excessive-help-flattery"),
        (
            "Wirth asked for the draft concession terms for the new terminal, the list of "
            "shortlisted bidders and the Authority's internal evaluation.",
            "request-beyond-public",
        ),
    ],
)
def test_cues_of_the_news_pieces(sentence: str, tag: str) -> None:
    assert tag in cue_matches(sentence), cue_matches(sentence)


@pytest.mark.parametrize(
    ("sentence", "tag"),
    [
        # A plant's control room is no hotel room.
        (
            "He sent photographs taken in the control room of the plant.",
            "compromising-relationship",
        ),
        (
            'He signed a "pledge" to surrender to Chinese forces in the event of war.',
            "self-surrender",
        ),
    ],
)
def test_no_cue_where_the_words_mean_something_else(sentence: str, tag: str) -> None:
    assert tag not in cue_matches(sentence), cue_matches(sentence)
