"""Questions that read 286 (corpus 93, first reading: 67.6% usable, no wrong key) found wanting,
beyond the cases extraction now finds: stems that said "a member of staff at an organisation
that handles sensitive work" for a meter reader and a telecom's customer service officer, no
question on the earliest point to report although the Minister named it ("the first time she
was asked for a rota"), a fishing guide with no question at all, "first approached in person"
for a woman met on a dating app, and a way-out question citing a summing-up ("He had at least
four clear moments to stop: ...") instead of the threat."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts

from .conftest import corpus_material

_WOMAN = "a-young-woman-employed-by-a-contractor-at-the-range-camp"


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> list[Draft]:
    return all_drafts(corpus_material("corpus93", tmp_path_factory))


def test_stems_tell_the_cases_own_job_and_workplace(drafts) -> None:
    def stems(case: str) -> list[str]:
        return [d.prompt for d in drafts if d.case == case and d.family != "earliest-report"]

    assert any("meter reader at an energy company" in p for p in stems("goran-lazic"))
    assert any(
        "customer service officer at a telecoms company" in p
        for p in stems("nurul-ain-binti-haji-abdul-rahman")
    )


def test_the_moment_the_report_names_is_the_key(drafts) -> None:
    (draft,) = [d for d in drafts if d.family == "earliest-report" and d.case == _WOMAN]
    assert draft.options[draft.correct[0]] == "At the first request for a rota"
    # He had paid for her flights before he asked for the rota: "once money had changed hands"
    # would have been an earlier moment than the key, not a misconception.
    assert not any("money" in o.lower() for o in draft.options), draft.options
    # Met "through a dating application": contacted over the internet, not in person.
    assert "over the internet" in draft.prompt, draft.prompt


def test_a_guide_with_a_story_gets_questions(drafts) -> None:
    # "He was told to say nothing to the lodge", "He gave him a handheld GPS", "asked Captain
    # Rex to note ... when the range vessels left port": each grounds a situation.
    mine = [d for d in drafts if d.case == "reginald-tyrone-mcphee"]
    assert {"secrecy-pressure", "excessive-help-flattery", "request-beyond-public"} <= {
        t for d in mine for t in d.tags
    }, [d.tags for d in mine]


def test_the_way_out_cites_the_threat_not_a_summing_up(drafts) -> None:
    (draft,) = [d for d in drafts if d.family == "way-out" and d.case == "goran-lazic"]
    assert not any("clear moments to stop" in e.quote for e in draft.sources), draft.sources
    assert any("would find them interesting" in e.quote for e in draft.sources), draft.sources


def test_a_favour_asked_of_her_is_no_favour_done_for_her(drafts) -> None:
    # 'Mr Lau asked whether, "as a favour between friends", you could check ...'
    assert any(d.case == "nurul-ain-binti-haji-abdul-rahman" for d in drafts)
    for draft in drafts:
        if "excessive-help-flattery" in draft.tags:
            assert not any("favour between friends" in e.quote for e in draft.sources)
