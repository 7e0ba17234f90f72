"""Questions that read 298 (corpus 98, first reading: 59.0% usable, no wrong key, two
debatable) found wanting, beyond the people and jobs extraction now reads (a lounge attendant
told as "an engineer at an airport", from the recruiter's claimed job): stock details that do
not fit the way the contact began ("the institute's end-of-term reception" where no institute
was told; "The contact writes to your work address, which your organisation lists on its
public website" after "You answer an online advertisement"); a warning-notice line quoted as a
case's keeping of its messages; "since the threat" quoted for the threat; and two questions of
one family on one case asked from the same sentence."""

from __future__ import annotations

from collections import Counter

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts

from .conftest import corpus_material


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> list[Draft]:
    return all_drafts(corpus_material("corpus98", tmp_path_factory))


def test_the_people_approached_are_the_cases(drafts) -> None:
    cases = {d.case for d in drafts if d.case}
    assert {"mariama-sesay", "florence-naupa", "a-final-year-student"} & cases, cases
    assert not {"haja-mariama-sesay", "marco", "lumley-beach"} & cases, cases


def test_stock_details_fit_how_the_contact_began(drafts) -> None:
    for draft in drafts:
        # No institute was told: the contact was met at a conference.
        assert "the institute's" not in draft.prompt, draft.prompt
        # Someone who answered the advertisement was not found by the contact.
        if "You answer an online advertisement" in draft.prompt:
            assert "lists on its public website" not in draft.prompt, draft.prompt
            assert "public list of speakers" not in draft.prompt, draft.prompt


def test_quotes_show_what_the_question_says_of_the_case(drafts) -> None:
    for draft in drafts:
        for evidence in draft.sources:
            # A line of the warning notice, a sign to watch for, is no case keeping messages.
            assert "keep the work from your employer" not in evidence.quote, draft.prompt
            # The threat itself, not the weeks counted from it.
            assert "since the threat" not in evidence.quote, draft.prompt
            # The stranger's account of himself is not the lounge attendant's job.
            assert "mining engineer" not in draft.prompt, draft.prompt


def test_one_question_per_sentence_for_a_family(drafts) -> None:
    # Read 298: "an unprompted offer of well-paid work" and "pay for each note" asked of one
    # message, the only one a thin case has.
    told = Counter(
        (d.case, d.family, d.sources[0].doc, d.sources[0].start, d.sources[0].end)
        for d in drafts
        if d.case and d.family == "red-flag" and d.sources
    )
    assert told and max(told.values()) == 1, told.most_common(3)


def test_a_signs_passage_is_the_one_about_it(drafts) -> None:
    # "He sent flowers to the lounge" shows the presents; the rent paid "when she mentioned
    # that she was struggling with her younger brothers' school fees" tells her money trouble
    # and the cultivation as well.
    presents = [
        d
        for d in drafts
        if d.case == "fatmata-binta-jalloh" and "presents or favours" in d.explanation
    ]
    assert presents
    for draft in presents:
        assert draft.sources[0].quote.startswith("He sent flowers to the lounge"), draft.sources


def test_a_strangers_message_and_the_offer_in_the_next_sentence(drafts) -> None:
    # "she received a LinkedIn message from a "Dr. Hartwig" whom she does not remember meeting
    # at the fair. He offered CHF 2,500 for a short "market study" ...": the unprompted offer,
    # told over two sentences, is a question of hers.
    offers = [
        d
        for d in drafts
        if d.case == "selin-kaya" and "unprompted offer of well-paid work" in d.explanation
    ]
    assert offers
    assert all("CHF 2,500" in d.explanation for d in offers)


def test_kit_to_put_in_place_at_work_is_a_sign_of_its_own(drafts) -> None:
    # Read 298: "requests to plug in a device or install software (the router, the tracker, the
    # dispatch program)" were never asked. "Finally he brought her a small Wi-Fi router and asked
    # her to swap it for the one in the lounge office".
    kit = [d for d in drafts if "device from the contact" in " ".join(d.options)]
    assert kit, "no question asks about the router"
    assert all("Wi-Fi router" in d.explanation for d in kit)


def test_a_student_is_told_as_one_in_every_word(drafts) -> None:
    # Read 299: "A request to hide your exchanges from work", "your work address, which your
    # organisation lists on its public website" and "with your manager told", of a student.
    student = [d for d in drafts if d.case == "a-final-year-student"]
    assert student
    for draft in student:
        text = " ".join((draft.prompt, *draft.options, draft.explanation))
        for word in ("from work", "your work address", "your manager"):
            assert word not in text, (word, text)


def test_the_passage_shows_what_the_question_says(drafts) -> None:
    told = {(d.case, e.quote) for d in drafts for e in d.sources}
    quotes = {quote for case, quote in told if case == "kendrick-lionel-arzu"}
    # Read 299: the debt alone ("men acting for the lender had come to the house": no help
    # lent) quoted for the contact who paid it; counsel's plea for the sentence ("giving weight
    # to the coercion") quoted for the threat.
    assert not any("men acting for the lender" in q for q in quotes), quotes
    assert not any("Counsel submits" in q for q in quotes), quotes
    # "there was no need to involve the Director until the paper was finished": the request to
    # keep it from work, which the private Gmail address alone does not show.
    tamata = {quote for case, quote in told if case == "jean-baptiste-tamata"}
    assert any("no need to involve the Director" in q for q in tamata), tamata
