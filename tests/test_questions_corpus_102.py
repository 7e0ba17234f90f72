"""Questions that read 307 (corpus 102, first reading: 41.5% usable, no wrong key, one
debatable) found wanting: two case sets told of people the approaches were reported to or who
were sued (a newspaper's editor, a plant manager); a banquet steward at State House told as an
airline's steward; "your organisation's complete log" cut from "the complete log files of the
well"; a colleague who "joined recently" buying a car "after their promotion"; and an earliest
point to report keyed on generosity where the letter names the day files were first asked for.
Extraction now reads the parties (see test_extract_corpus_102); this checks the questions."""

from __future__ import annotations

import re

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts

from .conftest import corpus_material


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> list[Draft]:
    return all_drafts(corpus_material("corpus102", tmp_path_factory))


def test_the_questions_are_told_of_the_people_approached(drafts) -> None:
    cases = {d.case for d in drafts if d.case}
    assert not {"ousman-saine", "freddy-choque-layme", "yusupha-bah"} & cases, cases
    assert {
        "momodou-lamin-jobe",
        "halyna-mykolaivna-savchuk",
        "maria-renee-flores-apaza",
        "meritxell-puig-i-casals",
    } <= cases, cases


def test_a_banquet_steward_is_no_airline_steward(drafts) -> None:
    for draft in drafts:
        if draft.case == "ousman-darboe":
            assert "airline" not in draft.prompt, draft.prompt


def test_what_was_asked_for_is_told_whole(drafts) -> None:
    for draft in drafts:
        assert 'complete log"' not in draft.prompt
        assert "complete log." not in draft.prompt, draft.prompt
        assert "complete log " not in draft.prompt.replace("complete log files", ""), draft.prompt
        assert "after their promotion" not in draft.prompt


def test_no_earliest_point_the_letter_contradicts(drafts) -> None:
    # "if Prince had gone to his supervisor on the day "Tonton Jules" first spoke of files":
    # not keyed on "when the generosity went beyond the ordinary".
    for draft in drafts:
        if draft.case == "okemba-prince-dieudonne" and draft.family == "earliest-report":
            assert "generosity" not in draft.options[draft.correct[0]], draft.options


def test_a_hotlines_advice_is_no_request_for_secrecy(drafts) -> None:
    # Read 308: the SBU hotline, "took everything down, and told me not to argue and not to
    # delete anything", quoted for the contact's demand to hide the contact.
    for draft in drafts:
        if "secrecy-pressure" in draft.tags and not draft.benign:
            assert not any("not to delete anything" in e.quote for e in draft.sources)


def test_no_way_out_for_someone_who_sent_nothing(drafts) -> None:
    # Read 308: "Some time ago you sent a contact some material from work" asked of the wagon
    # inspector, of whom the report says "not one photograph of a train left that yard through
    # her"; her secrecy questions quote the contact's own demand ("He said to tell nobody, not my
    # husband, not at work, and to delete every message").
    savchuk = [d for d in drafts if d.case == "halyna-mykolaivna-savchuk"]
    assert savchuk
    assert not [d for d in savchuk if d.family == "way-out"]
    assert any(
        "tell nobody" in e.quote for d in savchuk if "secrecy-pressure" in d.tags for e in d.sources
    )


def test_a_case_is_never_cited_under_a_title_naming_another(drafts) -> None:
    # Read 309: "The case of María Renée Flores Apaza (Oral trial: Public Prosecution Service
    # ... against Édgar Wilson MAMANI HUANCA)" read as if she were the accused.
    maria = [d for d in drafts if d.case == "maria-renee-flores-apaza"]
    assert maria
    for draft in maria:
        assert "against Édgar" not in draft.explanation, draft.explanation
    # Nor under one naming the case itself: "The case of Édgar Wilson Mamani Huanca (Oral trial:
    # ... against Édgar Wilson MAMANI HUANCA)" says the name twice, a caption pasted in (read
    # 309).
    edgar = [d for d in drafts if d.case == "edgar-wilson-mamani-huanca"]
    assert edgar
    for draft in edgar:
        assert "(Oral trial" not in draft.explanation, draft.explanation
    assert any("The case of Édgar Wilson Mamani Huanca: “" in d.explanation for d in edgar)


def test_a_harmless_what_to_do_keys_the_routine_mention_beside_a_plain_report(drafts) -> None:
    # Read 309: every harmless "what should you do?" offered "Tell your organisation's security
    # office ... before going any further" as a wrong choice beside a bare "carry on": over-
    # cautious, never wrong, so the key was debatable. Reads 335 to 339 found the choices
    # without it answered unread. About a contact, the key now keeps the routine mention of
    # contacts, and the plain report is wrong beside it for what it reports.
    harmless = [d for d in drafts if d.family == "right-action" and d.benign]
    assert harmless
    for draft in harmless:
        wrong = [c for n, c in enumerate(draft.options) if n not in draft.correct]
        plain = [
            w
            for w in wrong
            # (Or the post the case's document names: "Tell the Security Manager now", read 468.)
            if re.search(r"^Tell .+?(?: now| straight| before|,)", w)
        ]
        assert plain, draft.options
        if not draft.subject.endswith("colleague"):
            assert "routine report of contacts" in draft.options[draft.correct[0]]
            assert "routine report of contacts" in draft.explanation


def test_the_mud_logger_is_told_as_one(drafts) -> None:
    # Read 309: "has worked as a mud logger for Atlantique Géoservices" gave no job, and every
    # question of his told "You work as a member of staff".
    makosso = [d for d in drafts if d.case == "makosso-ghislain-rodrigue" and d.kind == "scenario"]
    assert makosso
    for draft in makosso:
        assert "member of staff" not in draft.prompt, draft.prompt
    assert any("mud logger" in d.prompt for d in makosso)


def test_coming_forward_quoted_in_words_that_cover_what_was_sent(drafts) -> None:
    # Read 309: to someone who "sent a contact some material from work", the law quoted for "a
    # person who received a task ... but did nothing"; and a union's demanded guarantee ("4.
    # Our demands ... (b) A written procedure ... guaranteeing that a worker who reports ...")
    # quoted as what holds.
    ways = [d for d in drafts if d.family == "way-out"]
    assert ways
    quoted = {e.quote for d in ways for e in d.sources}
    assert not any("did nothing" in q or "A written procedure" in q for q in quoted), quoted
    assert any("already sent something" in q for q in quoted), quoted
