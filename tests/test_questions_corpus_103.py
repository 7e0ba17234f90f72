"""Questions that read 310 (corpus 103, first reading: 17.8% usable, one wrong key in three
sets) found wanting: case sets told of the speaker's manager, of "the Permanent Secretary" and
of "a worker" in an argument; the speaker told as "a nurse" (her aunt's job) and as "a
director" (her title today), a mining company's geostatistician placed at "a university" (the
lectures he gives there), a receptionist told as "a member of staff"; a self-deleting chat the
dispatcher set up to send her photographs quoted as the contact's request. Extraction now reads
the people (see test_extract_corpus_103); this checks the questions."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts

from .conftest import corpus_material


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> list[Draft]:
    return all_drafts(corpus_material("corpus103", tmp_path_factory))


def test_the_questions_are_told_of_the_people_approached(drafts) -> None:
    cases = {d.case for d in drafts if d.case}
    assert not {"vaine-napa", "permanent-secretary", "a-worker"} & cases, cases
    assert {"nooroa-tuteru-marsters", "a-41-year-old-pouch-and-registry-clerk"} <= cases, cases


def test_each_is_told_in_their_own_job(drafts) -> None:
    told = {d.case: d.prompt for d in drafts if d.kind == "scenario" and d.prompt.startswith("You")}
    assert "as a data officer" in told["nooroa-tuteru-marsters"], told["nooroa-tuteru-marsters"]
    assert "a receptionist" in told["manuela-zonzini"], told["manuela-zonzini"]
    for draft in drafts:
        assert "a nurse" not in draft.prompt and "as a director" not in draft.prompt, draft.prompt
        if draft.case == "kabwe-mulumba-patrick":
            assert "university" not in draft.prompt, draft.prompt


def test_the_contacts_request_is_quoted_not_her_own_sending(drafts) -> None:
    for draft in drafts:
        if "deletes the messages" in draft.prompt:
            assert not any(
                e.quote.startswith("She photographed the screen") for e in draft.sources
            ), draft.prompt


def test_no_ordinary_matter_quoted_as_a_sign(drafts) -> None:
    # "6. MATTERS EXAMINED AND FOUND NORMAL ... (d) A pilot regularly photographs the operations
    # board."
    for draft in drafts:
        assert not any("photographs the operations board" in e.quote for e in draft.sources)


def test_the_way_in_is_the_cases_own(drafts, tmp_path_factory: pytest.TempPathFactory) -> None:
    # Read 310: "At a Chamber of Commerce reception the Appellant was introduced to a Mr.
    # Marcus Alvey" told as "an embassy reception" with "a foreign diplomat"; a receptionist
    # whose caller asked for "the names of the foreign delegations" told as met through a
    # delegation's visit, and as met at "an embassy reception" (she works at reception).
    from quiz.frames import build_frame
    from quiz.scenario_material import scenario_material

    material = corpus_material("corpus103", tmp_path_factory)
    (clerk,) = [c for c in material.extraction.cases if c.name.startswith("a 41-year-old")]
    assert build_frame(clerk, scenario_material()).approach.startswith("At a business reception")
    for draft in drafts:
        assert "embassy" not in draft.prompt and "diplomat" not in draft.prompt, draft.prompt
        if draft.case == "manuela-zonzini":
            # (Her caller's own request names them: "the names of the foreign delegations
            # expected in April", read 457's change.)
            told = draft.prompt.replace("the names of the foreign delegations", "")
            assert "delegation" not in told and "reception," not in told


def test_a_networking_site_message_is_not_written_to_a_work_address(drafts) -> None:
    # Read 312: "A message ... arrives on a professional networking site" then "The contact
    # writes to your work address, which your organisation lists on its public website".
    for draft in drafts:
        if "networking site from" in draft.prompt:
            assert "work address" not in draft.prompt, draft.prompt
