"""What corpus 115 (five documents, read once: 8 of 11 cases found on arrival, tag recall 0.47 at
precision 0.91; a pasture committee's minutes from Karakol, a mountain-rescue team's debrief from
Stepantsminda, a classification society's circular from Callao, a hackathon's participant notice
from Lagos and an exhibitor's staff briefing from Riyadh; read 343 on the questions, 37.7% usable)
showed that extraction did not read, fixed by concept: a name that is the object of someone
else's act ("He belayed Leko, drove him to the crags") is not the one doing what follows; a rank
retired ("Captain (ret.) Alastair Venn") before a name a stranger gave; "The third case was a
temporary stand assistant" announces a described case, found out on camera and removed by the
agency; and cues for a debt paid off, a device to fix in place, an app whose messages delete,
being told by name to say nothing, troop movements asked about, a present worth something in a
wrapped box, coming on one's own, and the chief told, by name or by post."""

from __future__ import annotations

import pytest

from quiz.taxonomy import cue_matches

from .conftest import corpus_cases

_MINUTES = (
    "01_karakol_pasture-committee-minutes_pasture-inspector-and-outpost-quartermaster-clerk.txt"
)
_DEBRIEF = "02_stepantsminda_rescue-team-debrief_helicopter-winch-operator.txt"
_CIRCULAR = "03_callao_classification-society-circular_rov-pilot.txt"
_NOTICE = "04_lagos_hackathon-participant-notice_fleet-telematics-developer.txt"
_BRIEFING = "05_riyadh_exhibitor-staff-briefing_rf-antenna-engineer-and-exhibition-coordinator.txt"


def test_whom_someone_else_acted_on_is_no_recruiter() -> None:
    cases = corpus_cases("corpus115", _DEBRIEF)
    assert set(cases) == {"Levan Chkheidze", "Sandro Beridze"}, cases


def test_a_retired_rank_before_a_cover_name_and_a_case_told_by_she() -> None:
    cases = corpus_cases("corpus115", _CIRCULAR)
    assert set(cases) == {"Jhonatan Quispe Huamán", "María Fernanda Ccori de la Cruz"}, cases
    assert {"security-office", "report-early"} <= cases["Jhonatan Quispe Huamán"]


def test_a_case_announced_by_its_number_and_found_out_on_camera() -> None:
    cases = corpus_cases("corpus115", _BRIEFING)
    assert "a temporary stand assistant" in cases, cases
    assert len(cases) == 3


def test_the_minutes_cases_show_what_was_done_to_them() -> None:
    cases = corpus_cases("corpus115", _MINUTES)
    assert {
        "covert-tradecraft",
        "secrecy-pressure",
        "request-beyond-public",
        "disproportionate-reward",
        "excessive-help-flattery",
    } <= cases["Temirbek Asan uulu"]
    assert {
        "personal-vulnerability",
        "excessive-help-flattery",
        "threats-leverage",
        "self-surrender",
        "security-office",
    } <= cases["Aizada Bolot kyzy"]


@pytest.mark.parametrize(
    ("sentence", "tag", "shown"),
    [
        ("He told Temirbek not to say anything to the frontier guards.", "secrecy-pressure", True),
        (
            "He asked him to fix the boxes at those points after he had gone.",
            "covert-tradecraft",
            True,
        ),
        (
            "The agency asked her to use a messaging app whose messages delete after 24 hours.",
            "covert-tradecraft",
            True,
        ),
        (
            "Arman paid 40,000 som of her loan directly to the bank.",
            "excessive-help-flattery",
            True,
        ),
        (
            "In December the bank was threatening to take the cow and the furniture.",
            "personal-vulnerability",
            True,
        ),
        (
            "He bought a new laptop and phone that his parents could not understand.",
            "unexplained-money",
            True,
        ),
        # The person's own purchase, and a present handed in: no contact's gift.
        (
            "He bought a new laptop and phone that his parents could not understand.",
            "excessive-help-flattery",
            False,
        ),
        (
            "The next morning he brought the watch, still wrapped, to Corporate Security.",
            "excessive-help-flattery",
            False,
        ),
        (
            "The next morning he brought the watch, still wrapped, to Corporate Security.",
            "security-office",
            True,
        ),
        # Her own phone brought to the clerk, and a laptop nothing left: no present (corpora 95,
        # 101).
        (
            "At eight the next morning she brought her phone to the Deputy Clerk.",
            "excessive-help-flattery",
            False,
        ),
        ("No test data left her laptop.", "excessive-help-flattery", False),
    ],
)
def test_cues_by_concept(sentence: str, tag: str, shown: bool) -> None:
    assert (tag in cue_matches(sentence.lower())) is shown, cue_matches(sentence.lower())
