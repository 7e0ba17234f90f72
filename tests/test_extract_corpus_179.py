"""What corpus 179 (five letters and e-mails, read once on 908e1e4: 6 of 10 cases found, tag
recall 0.37 at precision 0.74, with a military camp and a recruiter's cover taken for cases; an
Accra e-mail chain forwarded to a security inbox, a Panevėžys prisoner's letter to a weekly, a
Petawawa complaint to an ombudsman with its reply, a Hsinchu resignation letter with a
statement, a Palmerston North lawyer's letter before action) showed: a name an e-mail header
writes "SARPONG-MENSAH, Abena" keeps both parts of its surname capitalised; a place a job is
at ("a supposed nurse at Korle Bu") or a batch leaves for ("leave for Burma Camp") is no one;
a letter that greets its reader and ends on its writer's name, with no sign-off, is signed by
them, with a place and a date under the name or an attachment after it; a payment someone
"would pay Tomas" is an approach to Tomas; a relative in what the contact sent back ("a
photograph ... of my daughter Gabija") is the writer's, not whom the sentence is about; a man
"introduced as the start-up's CTO, "Dr. Alan Ng"" is a cover; a colleague placed in a team and
"taken from the office by ... officers" is a case the text keeps the name of; in a document of
two letters each signed, the "I" of each is its own writer, and "she reported it herself" after
the writer's "because I ..." is the wife's; and the cues of a criminal case to be forgotten for
help, of "You are ours now" and of the signed paper sent back."""

from __future__ import annotations

import pytest

from quiz.taxonomy import cue_matches

from .conftest import corpus_cases, corpus_facts

_CHAIN = (
    "01_accra_email-chain-to-security-inbox_security-print-designer-and-card-despatch-"
    "supervisor.txt"
)
_PRISONER = (
    "02_panevezys_prisoner-letter-to-editor_long-haul-truck-driver-and-rail-terminal-shift-"
    "foreman.txt"
)
_COMPLAINT = (
    "03_petawawa_ombudsman-complaint-and-reply_mobile-support-equipment-operator-and-garrison-"
    "fitness-instructor.txt"
)
_RESIGNATION = (
    "04_hsinchu_resignation-letter-and-statement-to-hr_ic-layout-engineer-and-rf-verification-"
    "engineer.txt"
)


def test_the_despatch_supervisor_is_the_case_not_the_camp_his_batches_leave_for() -> None:
    cases = corpus_cases("corpus179", _CHAIN)
    assert set(cases) == {"Kwabena Owusu-Ansah", "Nii Armah Tetteh"}, cases
    assert {"compromising-relationship", "threats-leverage", "covert-tradecraft"} <= cases[
        "Nii Armah Tetteh"
    ]


def test_the_prisoner_who_signs_his_letter_and_the_friend_he_pitched_are_cases() -> None:
    cases = corpus_cases("corpus179", _PRISONER)
    assert set(cases) == {"Mindaugas Stankevičius", "Tomas R."}, cases
    assert {"coercion", "threats-leverage", "personal-vulnerability"} <= cases[
        "Mindaugas Stankevičius"
    ]
    assert "hotline" in cases["Tomas R."]


def test_each_letter_is_told_by_its_own_writer_and_the_wife_reported_online() -> None:
    cases = corpus_cases("corpus179", _COMPLAINT)
    assert set(cases) == {"Daniel Wei-Ming Zhou", "Mei Chen"}, cases
    assert "online-report" in cases["Mei Chen"]
    assert "online-report" not in cases["Daniel Wei-Ming Zhou"]


def test_the_resigning_engineer_and_the_colleague_in_the_team_are_cases_not_the_cto() -> None:
    cases = corpus_cases("corpus179", _RESIGNATION)
    assert set(cases) == {"Hsu Pei-chun", "a senior colleague"}, cases
    assert {"online-approach", "security-office", "secrecy-pressure"} <= cases["Hsu Pei-chun"]
    assert {"bulk-collection", "sudden-exit", "unexplained-money"} <= cases["a senior colleague"]
    # (Of the letter's writer, her own job; of the colleague, none: a colleague is no job.)
    roles = corpus_facts("corpus179", _RESIGNATION, "role")
    assert roles["Hsu Pei-chun"] == ["senior analog ic layout engineer"]
    assert roles["a senior colleague"] == []


@pytest.mark.parametrize(
    ("sentence", "tag"),
    [
        (
            "He said the cigarettes could become a criminal case in Belarus, or we could "
            '"forget it" if I sometimes helped him.',
            "threats-leverage",
        ),
        ('He said: "You are ours now."', "coercion"),
        ("He answered with a photograph of the paper I had signed.", "threats-leverage"),
    ],
)
def test_cues_of_the_letters(sentence: str, tag: str) -> None:
    assert tag in cue_matches(sentence), cue_matches(sentence)


def test_a_regret_of_not_telling_earlier_is_no_early_report() -> None:
    said = cue_matches("I am sorry I did not tell you about the dinners earlier.")
    assert "report-early" not in said, said


def test_a_policy_for_whoever_has_already_provided_something_is_no_threat() -> None:
    said = cue_matches(
        'The policy asks: "If you have already provided information or accepted payment, come '
        'forward."'
    )
    assert "threats-leverage" not in said, said
