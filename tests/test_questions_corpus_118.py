"""Questions of corpus 118 (first reading: read 367, 38.6% usable, no wrong key, one debatable):
three of its eight people had no questions at all, which extraction's fixes give them (see
``test_extract_corpus_118``); what the questions themselves told wrong, by concept: engineers of
companies that build for the navy told "at a naval base"; a clerk who answered an offer posted in
a Telegram channel told as approached out of the blue, and his camera to fix facing a substation's
gate as a network device to plug in at work; a woman blackmailed with photographs from a hotel
room told as threatened over "notes you sent"; a man introduced by his wife's brother told as a
stranger; "a control clerk", "an officer" for a stock control clerk and a clerical officer; and
the first report "as soon as something had been handed over" offered beside the report's own
moment where public schedules had been handed over first (read 367's debatable key)."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts

from .conftest import case_frame, corpus_material


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> list[Draft]:
    return all_drafts(corpus_material("corpus118", tmp_path_factory))


def test_every_person_the_reports_tell_of_has_questions(drafts) -> None:
    cases = {d.case for d in drafts if d.case}
    assert {
        "bostjan-zagar",
        "n-h",
        "sinead-ni-mhurchu",
        "turcanu-vitalie-gheorghe",
        "covalenco-denis-ivanovici",
        "maria-belen-ferraro",
        "park-seong-min",
        "yoon-ha-eun",
    } <= cases, cases


def test_a_company_that_builds_for_the_navy_is_no_naval_base(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    material = corpus_material("corpus118", tmp_path_factory)
    for name in ("Park Seong-min", "Yoon Ha-eun"):
        frame = case_frame(material, name)
        assert frame.workplace.place == "a defence contractor", (name, frame.workplace)
    # The job with the words that make it one.
    assert case_frame(material, "N. H.").role == "a stock control clerk"
    assert case_frame(material, "Sinéad Ní Mhurchú").role == "a clerical officer"
    assert case_frame(material, "Țurcanu Vitalie Gheorghe").workplace.place == "an energy company"


def test_each_case_opens_with_its_own_way_in(tmp_path_factory: pytest.TempPathFactory) -> None:
    material = corpus_material("corpus118", tmp_path_factory)
    # An offer posted in a Telegram channel, answered: sought, and online.
    covalenco = case_frame(material, "Covalenco Denis Ivanovici")
    assert covalenco.channel == "online" and covalenco.sought
    # Introduced by his wife's brother: a relative's friend, not a stranger.
    assert "A relative of yours introduces you" in case_frame(
        material, "Țurcanu Vitalie Gheorghe"
    ).fill(case_frame(material, "Țurcanu Vitalie Gheorghe").stranger_approach)


def test_the_case_s_own_device_and_its_own_lever(drafts) -> None:
    covalenco = [d for d in drafts if d.case == "covalenco-denis-ivanovici"]
    assert any("small camera" in d.prompt for d in covalenco)
    # A fee for a talk stays a fee for a talk (read 368).
    park = [d for d in drafts if d.case == "park-seong-min"]
    assert any("For a short talk at a seminar" in d.prompt for d in park)
    assert not [d for d in park if "short summary of trends" in d.prompt]
    assert not [d for d in covalenco if "network device" in d.prompt]
    yoon = [d for d in drafts if d.case == "yoon-ha-eun"]
    assert not [d for d in yoon if "notes about your work" in d.prompt]


def test_handed_over_is_never_offered_beside_the_report_s_moment_after_handing(
    drafts, tmp_path_factory: pytest.TempPathFactory
) -> None:
    # Read 367: N. H. annotated public schedules before the warehouse data the report names;
    # what she forwarded is told in a long sentence that names her well before the act.
    import re

    from quiz.frames import done_by_them
    from quiz.scenario_material import scenario_material

    material = corpus_material("corpus118", tmp_path_factory)
    (case,) = [c for c in material.extraction.cases if c.name == "N. H."]
    handed = re.compile(scenario_material().actions.handed_over_grounds)
    assert any(done_by_them(case, e.quote, handed) for hit in case.tags for e in hit.evidence)
    # Not someone in an object's place: "who left the company in June" is no one who forwarded.
    earliest = [
        d
        for d in drafts
        if d.case == "n-h" and "when should the first report have been made" in d.prompt
    ]
    for draft in earliest:
        assert "As soon as something had been handed over" not in draft.options, draft.options


def test_no_bare_report_is_wrong_where_every_contact_is_reported(drafts) -> None:
    # Reads 368 and 369: "Tell ... straight away" marked wrong for a defence contractor's engineer
    # (whose industry files overseas contact reports) and a researcher abroad: debatable. The
    # report on offer there says the contact has shown a warning sign, which is what is wrong.
    from quiz.scenario_material import scenario_material

    material = scenario_material()
    reports = {
        w.format(report="Tell your organisation's security office or your superiors")
        for w in material.actions.report
    }
    harmless = [
        d
        for d in drafts
        if d.benign is True
        and d.family == "right-action"
        and d.case in ("park-seong-min", "yoon-ha-eun", "maria-belen-ferraro")
    ]
    assert harmless
    for draft in harmless:
        offered = reports & set(draft.options)
        assert offered, draft.options
        assert all("warning sign" in o or "suspect the contact" in o for o in offered), offered


def test_a_fee_for_a_talk_is_never_told_beside_a_talk_at_the_usual_fee(drafts) -> None:
    # Read 372: "a public talk ... for their organisation's usual speaker's fee" beside "a short
    # talk at a seminar ... more than your monthly salary" read as one talk with two fees.
    fee = [d for d in drafts if "For a short talk at a seminar" in d.prompt]
    assert fee
    for draft in fee:
        assert "usual speaker's fee" not in draft.prompt, draft.prompt


def test_the_explanations_blame_the_tip_off_never_the_report(drafts) -> None:
    # Read 370: "Reporting an ordinary contact ... only spoils a working relationship" taught
    # that reporting costs something; read 373: "a report is never the mistake" contradicted a
    # plain report keyed wrong in the same set.
    for draft in drafts:
        assert "Reporting an ordinary contact, and" not in draft.explanation
        assert "a report is never the mistake" not in draft.explanation.lower()


def test_keeping_the_messages_is_never_grounded_on_keeping_it_from_work(drafts) -> None:
    # Read 374: "Advised her: do not discuss it with anyone at work, do not delete anything from
    # her own phone" (a rep's advice to a suspended member) and a recruiter's "kept screenshots
    # of everything she had sent" were quoted for keeping the messages and reporting them.
    kept = [d for d in drafts if d.case == "sinead-ni-mhurchu" and "messages?" in d.prompt]
    assert kept
    for draft in kept:
        quotes = " ".join(e.quote for e in draft.sources)
        assert "do not discuss it with anyone at work" not in quotes
        assert "kept screenshots" not in quotes
        assert "Keep the messages" in quotes
