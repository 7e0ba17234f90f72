"""Questions that read 281 (corpus 91, first reading: five hard-wrapped documents) found wanting:
3 questions in all, every one about the recruiter ("The case of Viktor Hale"), every one
citing half a sentence cut at a line end, four documents giving nothing. And read 282 (the same
corpus after the extraction fixes, 48 of 53 usable, one wrong key): a first report point keyed at
an offer "out of the blue" for someone who answered an advert (the offer was another
employee's), a wrong choice naming a moment the keyed passage itself tells, "come forward"
backed only by the payment, and a heading quoted as the reporting channel."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts

from .conftest import corpus_material


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> list[Draft]:
    return all_drafts(corpus_material("corpus91", tmp_path_factory))


def test_every_document_gives_the_people_approached_their_questions(drafts) -> None:
    cases = {d.case for d in drafts if d.case}
    assert not any("hale" in c or "coyle" in c or "mercier" in c for c in cases), cases
    for person in ("nazarov", "kmet", "fortes-tavares", "rakotomalala", "elvin-mammadov"):
        assert any(person in c for c in cases), (person, cases)


def test_a_quote_is_a_whole_sentence_not_a_line_of_the_file(drafts) -> None:
    # "- On the first evening in Dubai, Dr Hale took him to dinner with a colleague, Mr Adrian
    # Coyle," was cited by all three questions (read 281): the file's line, not the sentence.
    quotes = [e.quote for d in drafts for e in d.sources]
    assert quotes
    assert not any(q.rstrip().endswith(",") for q in quotes), [
        q for q in quotes if q.rstrip().endswith(",")
    ]
    # The documents are wrapped at 100 columns: whole sentences run past a line.
    assert any(len(q) > 110 for q in quotes)


def test_an_explanation_quotes_with_single_spaces(drafts) -> None:
    # A wrapped line's end and the next line's indent stand between two words of a passage;
    # the explanation says them with one space, the source keeps them verbatim.
    spaced = [d for d in drafts if any("   " in e.quote for e in d.sources)]
    assert spaced
    for draft in spaced:
        assert "   " not in draft.explanation, draft.explanation


def test_no_wrong_choice_names_a_moment_the_keyed_passage_tells(drafts) -> None:
    # Aynur Hasanova's first message invited her to a paid panel and asked for "your favourite
    # maps from work, the detailed ones": "When the requests moved on to internal documents"
    # named the keyed moment again (read 282, debatable).
    (draft,) = [d for d in drafts if d.family == "earliest-report" and d.case == "aynur-hasanova"]
    wrong = [o for n, o in enumerate(draft.options) if n not in draft.correct]
    assert not any("internal" in o or "payment" in o for o in wrong), wrong


def test_nobody_who_answered_an_advert_is_keyed_at_an_offer_out_of_the_blue(drafts) -> None:
    # Edmilson Fortes Tavares answered an advertisement himself; the "suspicious job offer"
    # was another employee's (read 282: wrong key, the other employee's sentence quoted).
    keys = [
        d.options[d.correct[0]]
        for d in drafts
        if d.family == "earliest-report" and d.case == "edmilson-fortes-tavares"
    ]
    assert not any("out of the blue" in key for key in keys), keys
    assert not any(
        "another employee" in e.quote
        for d in drafts
        if d.case == "edmilson-fortes-tavares"
        for e in d.sources
    )


def test_the_way_out_quotes_the_reports_words_on_coming_forward(drafts) -> None:
    # "Come forward" backed only by "He was paid about USD 8,000 in a cryptocurrency" (read
    # 282): the report's own "come and tell us yourself" is quoted with it.
    (draft,) = [d for d in drafts if d.family == "way-out" and d.case == "edmilson-fortes-tavares"]
    assert any("tell us yourself" in e.quote for e in draft.sources), draft.sources


def test_no_heading_is_quoted_as_a_reporting_channel(drafts) -> None:
    # "ANNEX FOR STAFF (added to the training copy by the internal security department of the
    # Customs Service)" cited for Rahimova's channel (read 282).
    assert not any(e.quote.startswith(("ANNEX", "-----")) for d in drafts for e in d.sources)


def test_certainty_is_no_wrong_choice_where_the_contact_said_who_they_were() -> None:
    # Zhao: the foreign man "disclosed his work with an intelligence agency": "Once it was
    # certain that the contact worked for a foreign service" names that moment, which a
    # trainer could argue for (read 283, debatable).
    from quiz.material import load_material

    from .conftest import SEEDS

    # (Zhao's question is no longer asked at all, reads 304 and 314: none of the earliest points
    # asked of the seed cases offers it.)
    shipped = all_drafts(load_material(SEEDS))
    earliest = [d for d in shipped if d.family == "earliest-report"]
    assert earliest
    for draft in earliest:
        assert not any(o.startswith("Once it was certain") for o in draft.options), draft.options
