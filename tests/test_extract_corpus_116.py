"""What corpus 116 (five documents, read once: 6 of 11 cases found on arrival, tag recall 0.42 at
precision 0.91; a plea agreement from Kampala, a self-disclosure letter from Linköping, an
interview board's report from Hambantota, a department meeting's protocol from Termez and a
lessons-learned bulletin from Manaus; read 353 on the questions, 41.5% usable) showed that
extraction did not read, fixed by concept: a letter with no sign-off, headed and signed with its
writer's name, is told by its writer; a recruiter who wrote under a title in quotes ('a Marcus
Bell, "Research Associate"') is the contact; an interview board's "Candidate" before a name is
no part of it; "Ms. X ... informed the Secretary ... that she had received a call" is told of
her; the Uzbek "o'g'li" and "qizi" end a name; "went to the head of the First Department" and
"reported of his own will" are reports; and cues for a sum too much for the work, a
self-disclosure, a regular sum for a daily list, a post promised through someone's people, a
service named by the contact, an app for the contact, a host country's officials at the airport,
a family named to someone who wants out, what telling at the first request would have saved, a
body that has no such project, praise of a talk as the best, a stranger who offers at once, a
report to be built on raw data, a virtual reception, and being told to say nothing at the post;
and not a clearance lost, nor "told him to apply", taken for access or a report."""

from __future__ import annotations

import pytest

from quiz.taxonomy import cue_matches

from .conftest import corpus_cases

_PLEA = "01_kampala_plea-bargain-agreement_cctv-installer.txt"
_LETTER = "02_linkoping_self-disclosure-letter_flight-test-instrumentation-engineer.txt"
_BOARD = "03_hambantota_interview-board-report_navigational-aids-technician.txt"
_PROTOCOL = "04_termez_department-meeting-protocol_pashto-lecturer.txt"
_BULLETIN = "05_manaus_lessons-learned-bulletin_remote-sensing-analyst.txt"


def test_a_letter_headed_and_signed_by_its_writer_is_the_writer_s_case() -> None:
    cases = corpus_cases("corpus116", _LETTER)
    # The recruiter who wrote to him under a title in quotes is no case.
    assert "Marcus Bell" not in cases
    assert {
        "online-approach",
        "paid-tasks",
        "disproportionate-reward",
        "covert-tradecraft",
        "secrecy-pressure",
        "escalation",
    } <= cases["Per-Olof Lindgren"]
    # "I may lose my clearance": a consequence, not access used.
    assert "insider-access" not in cases["Per-Olof Lindgren"]


def test_a_candidate_who_reported_a_call_is_found_by_her_name() -> None:
    cases = corpus_cases("corpus116", _BOARD)
    assert set(cases) == {"S. Kirushanthi", "Herath Mudiyanselage Chaminda Bandara"}, cases
    assert {"security-office", "report-early", "paid-tasks", "secrecy-pressure"} <= cases[
        "S. Kirushanthi"
    ]
    assert "placement" in cases["Herath Mudiyanselage Chaminda Bandara"]


def test_uzbek_names_with_their_patronymics_and_a_lecturer_called_aka() -> None:
    cases = corpus_cases("corpus116", _PROTOCOL)
    assert set(cases) == {"Rahmonov Jasur Nurmatovich", "Ergashev Bekzod Rustam o'g'li"}, cases
    assert {
        "abroad-targeting",
        "coercion",
        "covert-tradecraft",
        "disclosed-affiliation",
        "self-surrender",
        "security-office",
    } <= cases["Rahmonov Jasur Nurmatovich"]
    assert {"online-report", "security-office", "secrecy-pressure"} <= cases[
        "Ergashev Bekzod Rustam o'g'li"
    ]


def test_the_plea_and_the_bulletin_cases_show_what_was_done_to_them() -> None:
    plea = corpus_cases("corpus116", _PLEA)
    assert "disproportionate-reward" in plea["Ssemwogerere Ivan"]
    bulletin = corpus_cases("corpus116", _BULLETIN)
    assert {"threats-leverage", "coercion", "report-early", "sudden-exit"} <= bulletin[
        "José Raimundo Ferreira Neto"
    ]
    assert {"false-persona", "excessive-help-flattery", "request-beyond-public"} <= bulletin[
        "Maria das Graças Souza Lima"
    ]


@pytest.mark.parametrize(
    ("sentence", "tag", "shown"),
    [
        (
            "He knew it was too much for the work.",
            "disproportionate-reward",
            True,
        ),
        ("Subject: Self-disclosure of paid calls", "self-surrender", True),
        (
            "The client would then pay her LKR 150,000 a month for a daily list of vessels.",
            "paid-tasks",
            True,
        ),
        ('His people could "make sure" of her appointment.', "placement", True),
        (
            'He said that he worked "for a service that helps its friends".',
            "disclosed-affiliation",
            True,
        ),
        (
            "He told him to install an application on his telephone for their contact.",
            "covert-tradecraft",
            True,
        ),
        (
            "He was taken aside at the airport by officials of that country.",
            "abroad-targeting",
            True,
        ),
        (
            'He told him that the lenders "knew which school his daughters went to".',
            "coercion",
            True,
        ),
        (
            "If he had told his supervisor about the first request, we could have helped him.",
            "report-early",
            True,
        ),
        (
            "The university said it had no such project and no such coordinator.",
            "false-persona",
            True,
        ),
        ("He said her talk was the best of the day.", "excessive-help-flattery", True),
        (
            "He was approached on the quay by a man who offered him R$ 500.",
            "unsolicited-offer",
            True,
        ),
        (
            "The report should use the raw radar mosaics for the border area.",
            "request-beyond-public",
            True,
        ),
        ("He sent the screenshots through the virtual reception.", "online-report", True),
        (
            "The account asked him to delete the chat and to say nothing at the post.",
            "secrecy-pressure",
            True,
        ),
        ("The next day he told his chief and his supervisor.", "security-office", True),
        # A consequence, not access used; told to apply, not a report.
        ("I may lose my clearance.", "insider-access", False),
        (
            "Within a day, she told him to apply for it and for no other post.",
            "report-early",
            False,
        ),
    ],
)
def test_cues_by_concept(sentence: str, tag: str, shown: bool) -> None:
    assert (tag in cue_matches(sentence.lower())) is shown, cue_matches(sentence.lower())
