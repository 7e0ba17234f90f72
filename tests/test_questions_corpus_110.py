"""Questions of corpus 110 (first reading: read 326, 5.6% usable), and the frames they are told
from, by concept: where each case works, from the job the report gives ("an escort scheduling
officer", not "an officer at a police force" from the police enquiry into him; a religious
teacher, from what she teaches; an apartment block's resident manager, not a port from the
building's name "Harbour View"; a naval dockyard is a yard; a boat's skipper fishes); and how the
contact began (a CV put on a job platform, chatting begun on a forum, a relative detained abroad
and the "lawyer" who rang, a new sponsor of a village team), never the explanation's handling
marking as the document's title."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts

from .conftest import corpus_material


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> list[Draft]:
    return all_drafts(corpus_material("corpus110", tmp_path_factory))


@pytest.mark.parametrize(
    ("case", "said"),
    [
        ("francis-kobina-eshun", "an escort scheduling officer at an offshore marine services"),
        ("araba-mansa-ocran", "a crew-boat dispatcher at an offshore marine services company"),
        ("nor-hidayah-binti-kamarudin", "a religious teacher at a religious school"),
        ("tokunaga-shigeru", "a resident manager at an apartment building"),
        ("muhammad-aiman-hakimi-bin-zulkifli", "an apprentice marine electrician at a shipyard"),
        ("juan-segundo-riquelme-saez", "a skipper at a fishing cooperative"),
    ],
)
def test_each_is_told_where_they_work(drafts, case: str, said: str) -> None:
    told = [d.prompt for d in drafts if d.case == case and d.prompt.startswith("You work as")]
    assert told and all(said in p for p in told), told


@pytest.mark.parametrize(
    ("case", "way_in"),
    [
        ("muhammad-aiman-hakimi-bin-zulkifli", "On an online job platform"),
        ("tokunaga-shigeru", "On an online forum you use for a hobby"),
        ("aigerim-sadyr-kyzy", "When a close relative working abroad is detained there"),
        ("bakyt-nurlan-uulu", "At your club, a friendly newcomer"),
    ],
)
def test_each_is_approached_as_the_case_was(drafts, case: str, way_in: str) -> None:
    told = [d.prompt for d in drafts if d.case == case]
    assert any(way_in in p for p in told), told


def test_no_one_met_online_is_placed_abroad(drafts) -> None:
    # Read 326: "a Japanese living abroad", the contact's cover, made the trainee "a sergeant
    # at a police force" abroad meeting a "local contact".
    for draft in drafts:
        if draft.case == "tokunaga-shigeru":
            assert "abroad" not in draft.prompt.split("?")[0].split(".")[0], draft.prompt
            assert "local contact" not in draft.prompt


def test_an_explanation_cites_no_handling_marking(drafts) -> None:
    assert drafts
    for draft in drafts:
        assert "CONFIDENTIAL" not in draft.explanation, draft.explanation


def test_a_case_met_in_private_life_has_no_harmless_twin_told_by_its_opening(drafts) -> None:
    # Read 326: a landlord's and a hobby forum's cases had every harmless twin open "At a
    # scheduled meeting, your manager introduces you ..." and no suspicious one: the opening
    # alone told them apart.
    for case in ("francis-kobina-eshun", "tokunaga-shigeru"):
        harmless = [d.prompt for d in drafts if d.case == case and d.benign]
        assert not any("your manager" in p.split(". ")[1] for p in harmless), harmless


@pytest.mark.parametrize(
    ("case", "not_quoted", "quoted"),
    [
        # Read 327: advice to the Navy's families quoted for an apartment block's manager, to
        # the base quarters' teachers for a dockyard apprentice; a recommendation on what the
        # scheduling system should block, as where to report.
        ("tokunaga-shigeru", "Members of the Maritime Self-Defense Force", ""),
        ("muhammad-aiman-hakimi-bin-zulkifli", "Teachers and volunteers", "If you work at the"),
        ("francis-kobina-eshun", "Data controls", "Staff should take any such approach"),
    ],
)
def test_where_to_report_is_quoted_from_advice_to_the_case_s_own_readers(
    drafts, case: str, not_quoted: str, quoted: str
) -> None:
    sources = [e.quote for d in drafts if d.case == case for e in d.sources]
    assert not any(not_quoted in q for q in sources), sources
    if quoted:
        assert any(quoted in q for q in sources), sources
