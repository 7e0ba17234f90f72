"""Questions that read 305 (corpus 101, first reading: 19.4% usable, no wrong or debatable key)
found wanting: three of six case sets told of someone who only appears in the report (the
recruiter's cover name, the judge, the head of department who went with the appellant to the
security service); the tax inspector told as "staff at a port" and the parliament's IT officer
as working "at a police force"; the inspector's way in told as a newcomer at his own place of
worship, where the report says a cousin introduced "a friend from church". Extraction now
reads the parties (see test_extract_corpus_101); this checks the questions built on them."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts

from .conftest import corpus_material


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> list[Draft]:
    return all_drafts(corpus_material("corpus101", tmp_path_factory))


def test_the_questions_are_told_of_the_people_approached(drafts) -> None:
    cases = {d.case for d in drafts if d.case}
    assert not {"serge-karamoko", "van-der-dijs", "f-g-statia"} & cases, cases
    assert {
        "kokou-edem-agbodjan",
        "manuel-joaquim-fagundes-pacheco",
        "r-m-girigorie-martina",
        "mohamed-mahmoud-ould-sidi-brahim",
        "teretia-kourabi",
    } <= cases, cases
    for draft in drafts:
        assert "The case of Serge Karamoko" not in draft.explanation


def test_each_case_is_told_at_its_own_work(drafts) -> None:
    # "the matter ... be referred to the Public Service Office ..., and that the Police advice
    # be followed": no police force for the parliament's IT officer; the permits officer's job
    # is read from "dismissing her ... from her post as senior permits officer".
    for draft in drafts:
        if draft.case == "tebwaau-ioteba":
            assert "police" not in draft.prompt.lower(), draft.prompt
        if draft.case == "r-m-girigorie-martina" and draft.prompt.startswith("You work as"):
            assert not draft.prompt.startswith("You work as a member of staff"), draft.prompt
            # (With the job's own word, not "an officer", read 306.)
            assert draft.prompt.startswith("You work as a senior permits officer"), draft.prompt


def test_the_way_in_is_the_one_the_report_tells(drafts) -> None:
    # "a cousin ... With him was a man he introduced as a friend from church": a friend a
    # relative introduced, not a newcomer at the inspector's own place of worship; "he accepted
    # a Facebook friend request from a woman calling herself Jasmine Lee": online.
    kokou = [d for d in drafts if d.case == "kokou-edem-agbodjan"]
    assert kokou
    for draft in kokou:
        assert "place of worship" not in draft.prompt, draft.prompt
    assert any("introduces you to a friend of theirs" in d.prompt for d in kokou)
    tebwaau = [d for d in drafts if d.case == "tebwaau-ioteba" and d.prompt.startswith("You work")]
    assert tebwaau
    assert not any("strikes up a conversation" in d.prompt for d in tebwaau)


def test_a_threat_over_kept_messages_is_no_evidence_kept(drafts) -> None:
    # Read 306: 'He replied that the Institute had "kept every one of your messages" and that
    # "your Minister would surely find them interesting"', and 'if he did not re-install the
    # tool she would send screenshots of their private messages', quoted for "keep the messages
    # unchanged and hand them over".
    for draft in drafts:
        if draft.family == "keep-evidence":
            for evidence in draft.sources:
                assert "kept every one of your messages" not in evidence.quote
                assert "did not re-install the tool" not in evidence.quote


def test_a_courts_finding_is_no_request_for_secrecy(drafts) -> None:
    # Read 306: "The court held that ... the erasing application and private mailbox showed he
    # understood the arrangement had to be hidden from his employer" quoted for "a request to
    # hide the contact and use a private mailbox".
    for draft in drafts:
        if "secrecy-pressure" in draft.tags and not draft.benign:
            assert not any(e.quote.startswith("The court held") for e in draft.sources)


def test_no_coffee_owed_to_someone_never_met(drafts) -> None:
    # Read 306: after "Someone you have never met starts commenting on your posts", a twin
    # keyed "no warning sign" for "you still owe them a coffee from last time".
    for draft in drafts:
        if "never met" in draft.prompt:
            assert "coffee from last time" not in draft.prompt, draft.prompt


def test_a_romance_kept_from_work_is_asked_once(drafts) -> None:
    # Read 306: "She asked him to keep their relationship to himself ..." grounded both "a new
    # romance the contact wants kept from work" and "a request to keep the contact from anyone
    # at work", a duplicate.
    keyed = [
        d
        for d in drafts
        if d.case == "tebwaau-ioteba"
        and d.family in ("look-alike", "red-flag")
        and not d.benign
        and any("keep their relationship to himself" in e.quote for e in d.sources)
    ]
    assert len({d.family for d in keyed}) == len(keyed), [d.tags for d in keyed]
    assert all("compromising-relationship" in d.tags for d in keyed), [d.tags for d in keyed]
