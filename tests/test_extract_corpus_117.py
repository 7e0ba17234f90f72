"""What corpus 117 (five documents, read once: 5 of 10 cases found on arrival, 6 with the father's
name in brackets read as the label's, tag recall 0.37 at precision 0.82; a data breach
notification from Tromsø, a choir's tour report from Bitola, a show-cause notice and its reply
from Dubai, a request for legal assistance from Yerevan and a mobile-money operator's quarterly
report from Bouaké; read 358 on the questions, 46.2% usable) showed that extraction did not read,
fixed by concept: a reply "From: NAME" told in the first person is its writer's; "Suspect: NAME"
and a numbered list's "Witness: NAME" are whom "the suspect" and "the witness" mean; a married
name apposed ("KOUAKOU Affoué Mireille, married name N'GUESSAN") is the person's; a heading's
"a sub-agent in Katiola (unnamed, ...)" is a case; "The employee concerned is NAME" is whom "the
employee" means; a file's parts and a payment brand are no names; a post said for a person ("the
security adviser") still tells the channel; and cues for a price per name, lookups with no
business behind them, a week's pay for an hour's work, a first request that raised at once would
have stopped it, and access the job gave; and not "the best-kept secret" taken for secrecy."""

from __future__ import annotations

import pytest

from quiz.taxonomy import cue_matches

from .conftest import corpus_cases, corpus_document

_NOTIFICATION = "01_tromso_personal-data-breach-notification_university-admissions-officer.txt"
_TOUR = "02_bitola_funded-tour-final-report_church-choir-director.txt"
_NOTICE = "03_dubai_show-cause-notice-and-reply_visa-typing-centre-clerk.txt"
_REQUEST = "04_yerevan_mutual-legal-assistance-request_piano-tuner.txt"
_QUARTERLY = "05_bouake_revenue-assurance-quarterly-report_mobile-money-agent.txt"


def test_a_reply_from_its_writer_in_the_first_person_is_the_writer_s_case() -> None:
    cases = corpus_cases("corpus117", _NOTICE)
    # Not the file's part ("(A) SHOW CAUSE NOTICE"), nor the supervisor on the inquiry panel.
    assert set(cases) == {"K. P. Suresh Kumar", "Ma. Theresa Dela Cruz"}, cases
    assert {"paid-tasks", "covert-tradecraft", "secrecy-pressure", "online-approach"} <= cases[
        "K. P. Suresh Kumar"
    ]


def test_an_excerpt_s_author_is_no_writer_of_a_first_person_piece() -> None:
    # 'From: Nurjamal Toktogulova, "The Apricot Tree on Our Street" (a memoir ...)' (corpus 85).
    cases = corpus_cases(
        "corpus85", "06_osh_memoir-chapter_video-monitoring-operator-and-student.txt"
    )
    assert "Nurjamal Toktogulova" not in cases, cases


def test_the_suspect_and_the_witness_of_a_request_for_legal_assistance() -> None:
    cases = corpus_cases("corpus117", _REQUEST)
    assert set(cases) == {"Hovhannes Vardani Mkrtchyan", "Narek Ashoti Poghosyan"}, cases
    assert {"paid-tasks", "covert-tradecraft", "escalation", "unexplained-money"} <= cases[
        "Hovhannes Vardani Mkrtchyan"
    ]
    assert {"online-approach", "hotline"} <= cases["Narek Ashoti Poghosyan"]
    # He left "before he could be questioned"; "the requesting authority asks to be informed
    # immediately" is no report of his.
    assert "sudden-exit" in cases["Hovhannes Vardani Mkrtchyan"]
    assert "report-early" not in cases["Hovhannes Vardani Mkrtchyan"]
    # (A hearing's "Witness: Ms Selma Nghifikwa, Director-General" is its speaker, and the dental
    # nurse she tells of still the case, corpus 67.)
    hearing = corpus_cases(
        "corpus67", "05_windhoek_committee-transcript_surveyor-and-dental-nurse.txt"
    )
    assert "Selma Nghifikwa" not in hearing
    assert any("Hangula" in name for name in hearing), hearing


def test_a_provisional_arrest_requested_is_no_arrest() -> None:
    from quiz.extract import extract

    (case,) = [
        c
        for c in extract([corpus_document("corpus117", _REQUEST)]).cases
        if c.name == "Hovhannes Vardani Mkrtchyan"
    ]
    told = [f.evidence.quote for f in case.facts_of("outcome") if f.event == "arrested"]
    assert not [q for q in told if "provisional arrest" in q], told


def test_customers_said_to_work_somewhere_are_not_where_the_agent_works() -> None:
    # Read 364: "212 of the numbers belong to customers who are ... employed by the defence and
    # security forces" placed the mobile-money sub-agent "at a defence organisation".
    from quiz.extract import extract

    (case,) = [
        c
        for c in extract([corpus_document("corpus117", _QUARTERLY)]).cases
        if c.name == "a sub-agent"
    ]
    assert not case.facts_of("sector"), case.facts_of("sector")


def test_a_married_name_and_an_unnamed_sub_agent_are_the_report_s_two_cases() -> None:
    cases = corpus_cases("corpus117", _QUARTERLY)
    # Not the payment brand ("a Kori Money point").
    assert set(cases) == {"KOUAKOU Affoué Mireille", "a sub-agent"}, cases
    assert {"covert-tradecraft", "secrecy-pressure", "paid-tasks", "bulk-collection"} <= cases[
        "KOUAKOU Affoué Mireille"
    ]
    assert {"insider-access", "bulk-collection", "paid-tasks", "secrecy-pressure"} <= cases[
        "a sub-agent"
    ]


def test_the_measures_taken_are_the_employee_concerned_s_not_the_last_one_named() -> None:
    cases = corpus_cases("corpus117", _NOTIFICATION)
    assert set(cases) == {"Hege Lill Mikkelsen Bjørnstad", "Ánne Risten Oskal"}, cases
    # "Export logs ... have been reviewed", "All 212 applicants ... will be informed ... to be
    # wary of unexpected contact": the measures after her section are no signs of hers; "she
    # forwarded the e-mail to the security adviser" is her report, though the adviser is named.
    oskal = cases["Ánne Risten Oskal"]
    assert not {"bulk-collection", "unsolicited-offer"} & oskal, oskal
    assert {"security-office", "report-early", "secrecy-pressure"} <= oskal, oskal
    assert {"disproportionate-reward", "insider-access", "report-early", "self-surrender"} <= (
        cases["Hege Lill Mikkelsen Bjørnstad"]
    )


def test_the_choir_s_conductor_is_found_with_his_father_s_name() -> None:
    cases = corpus_cases("corpus117", _TOUR)
    assert set(cases) == {"Zoran (Blagoja) Ristevski", "Kiril Talevski"}, cases
    # "called it "the best-kept secret of the Balkans"": praise, no request for secrecy.
    assert "secrecy-pressure" not in cases["Zoran (Blagoja) Ristevski"]


def test_an_ordinary_paragraph_under_a_run_in_title_shows_no_channel() -> None:
    from quiz.extract import _ordinary_sections

    document = corpus_document("corpus117", _NOTICE)
    ordinary = _ordinary_sections(document)
    told = [document.sentence_text(s) for s in document.sentences if s.start in ordinary]
    assert any(t.startswith("Requests from Dubai Police") for t in told), told
    assert not any("Al Ameen" in t for t in told), told


@pytest.mark.parametrize(
    ("tag", "sentence"),
    [
        (
            "paid-tasks",
            "he checked the numbers she sent and returned the names, at FCFA 5,000 per name.",
        ),
        (
            "insider-access",
            'Over six weeks his terminal had made 318 "name check" enquiries (the function that '
            "shows the account holder's name before a transfer) without any transfer following.",
        ),
        (
            "bulk-collection",
            'Over six weeks his terminal had made 318 "name check" enquiries (the function that '
            "shows the account holder's name before a transfer) without any transfer following.",
        ),
        (
            "disproportionate-reward",
            "Her head of section has since observed that this was close to a week's net pay for "
            "work of an hour.",
        ),
        (
            "report-early",
            "The University agrees: had the first request for non-public data been raised at "
            "once, no personal data would have been disclosed.",
        ),
        (
            "report-early",
            'She said that if she had told her head of section then, "nothing would have left '
            'the building".',
        ),
        ("insider-access", "The export function was available to her in her ordinary work."),
        (
            "covert-tradecraft",
            'and finally, from June, whether he could fit "a modern humidity-control unit" inside '
            "the residence's grand piano.",
        ),
    ],
)
def test_cues_corpus_117_showed(tag: str, sentence: str) -> None:
    assert tag in cue_matches(sentence)


def test_the_best_kept_secret_is_praise() -> None:
    assert "secrecy-pressure" not in cue_matches(
        'Mr Vidmar praised the choir at length and called it "the best-kept secret of the Balkans".'
    )
    assert "secrecy-pressure" in cue_matches("He asked her to keep it secret from her manager.")
