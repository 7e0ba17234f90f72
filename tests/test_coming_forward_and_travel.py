"""Two reporting behaviours the rubric asks for that no family taught: coming forward after
handing something over when nobody has noticed (the quiet stop is the misconception), and
telling the security office before travelling abroad, for cases approached while abroad.
Both are told of the case's own person only: not of the contact who "handed over cash", a firm
"that sold analysis", a friend who "now lived abroad", nor of someone acquitted."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from quiz.families.base import Draft
from quiz.frames import done_by_them
from quiz.generate import all_drafts
from quiz.material import Material, load_material
from quiz.models import Case
from quiz.scenario_material import scenario_material

from .conftest import SEEDS, corpus_material
from .test_channels import HOTLINE_ONLY, OFFICE_AND_HOTLINE


@pytest.fixture(scope="module")
def shipped() -> list[Draft]:
    return all_drafts(load_material(SEEDS))


def _of(drafts: list[Draft], family: str, case: str, subject: str | None = None) -> list[Draft]:
    return [
        d
        for d in drafts
        if d.family == family and d.case == case and (subject is None or d.subject == subject)
    ]


def _key(draft: Draft) -> str:
    return draft.options[draft.correct[0]]


# --- the way out, with nobody having noticed ------------------------------------------------


def test_a_paid_case_with_no_threat_is_asked_the_way_out_with_the_quiet_stop(shipped) -> None:
    # Zhao Xuejun "was paid hundreds of thousands of yuan for his espionage activities"; nothing
    # was held over him. Stopping quietly is what people take for a way out.
    (draft,) = _of(shipped, "way-out", "zhao-xuejun")
    assert "Nobody has noticed" in draft.prompt and "and were paid for it" in draft.prompt
    assert _key(draft).startswith("Come forward voluntarily")
    wrong = [o for i, o in enumerate(draft.options) if i not in draft.correct]
    quiet = scenario_material().actions.wrong_ways_out_unpressed
    assert sum(w in quiet for w in wrong) == 1, wrong
    # A way of coming forward that undoes it, so that the key is not the one that comes forward.
    assert sum(w.startswith("Come forward") for w in wrong) == 1, wrong
    # None that nobody would pick (read 244: "..., after one last batch so that the contact
    # suspects nothing").
    assert not any("suspects nothing" in o for o in draft.options)
    assert any("Zhao was paid hundreds of thousands" in e.quote for e in draft.sources)
    assert "threat" not in draft.explanation


def test_a_threatened_case_is_asked_the_way_out_of_the_threat_only(shipped) -> None:
    (draft,) = _of(shipped, "way-out", "chen-wei")
    assert "hints that your employer" in draft.prompt and "Nobody has noticed" not in draft.prompt


def test_the_shipped_sets_hold_both_new_questions(tmp_path: Path) -> None:
    from quiz.generate import generate

    sets = {s.id: s for s in generate(load_material(SEEDS))}
    zhao = [q.prompt for q in sets["case-zhao-xuejun"].questions]
    assert any("Nobody has noticed" in p for p in zhao)
    assert any("What should you do before you go?" in p for p in zhao)
    # A set holds one way out, of a threat or the quiet one: they open alike and share a key
    # (read 244).
    for question_set in sets.values():
        prompts = [q.prompt for q in question_set.questions]
        assert sum("best way out" in p for p in prompts) <= 1, question_set.id


@pytest.mark.parametrize(
    ("corpus", "case", "why"),
    [
        # Reported the approach and handed the cash and messages to the security service.
        ("corpus77", None, "handed over the cash and the messages"),
        # Acquitted: the messages "did not show that he had handed over any information".
        ("corpus25", "vadim-ossipov", ""),
        # Acquitted: the prosecution "failed to show that Ospina received money".
        ("corpus30", "jhon-fredy-ospina-cardenas", ""),
        # Threatened ("would be told that he had 'sold city data' unless ..."): nobody-noticed
        # would contradict it.
        ("corpus70", "a-harbor-department-employee", ""),
    ],
)
def test_no_quiet_way_out_where_the_case_contradicts_it(
    corpus: str, case: str | None, why: str, tmp_path_factory
) -> None:
    drafts = all_drafts(corpus_material(corpus, tmp_path_factory))
    asked = [
        d for d in drafts if "Nobody has noticed" in d.prompt and (case is None or d.case == case)
    ]
    if why:
        asked = [d for d in asked if any(why in e.quote for e in d.sources)]
    assert asked == []


def test_the_reports_advice_to_come_in_oneself_is_quoted() -> None:
    # Read 246 (corpus 79): the way out quoted only the case's escalating requests, although
    # the same ticket export says "If you have already given something, come to us yourself".
    drafts = all_drafts(load_material(SEEDS.parent / "tests" / "corpus79"))
    (draft,) = [d for d in drafts if d.family == "way-out" and d.case == "arakaki-mio"]
    assert "come to us yourself" in draft.explanation
    assert any("come to us yourself" in e.quote for e in draft.sources)


# --- who did it ------------------------------------------------------------------------------


def _case(name: str) -> Case:
    return Case(re.sub(r"\W+", "-", name.lower()), name, ("a.txt",), (), ())


HANDED = re.compile(scenario_material().actions.handed_over_grounds)
STAY = re.compile(scenario_material().actions.stay_abroad_grounds)


@pytest.mark.parametrize(
    ("name", "quote", "act", "theirs"),
    [
        (
            "Zhao Xuejun",
            "Taking advantage of his position, Zhao was paid 200,000 yuan.",
            HANDED,
            True,
        ),
        (
            "Qiu Degui",
            "Because he had access to files, he sold the classified materials.",
            HANDED,
            True,
        ),
        (
            "E.W.",
            "E.W., was approached while on a research stay at a university abroad.",
            STAY,
            True,
        ),
        ("Gabriel Tovue", "The contact began while Tovue was abroad on a course.", STAY, True),
        # Someone else did it.
        (
            "a shift engineer",
            "Finally, he handed over a small USB stick and asked the engineer to plug it in.",
            HANDED,
            False,
        ),
        ("Rodrigo Lagos", "She represented a firm that sold analysis of shipping.", HANDED, False),
        ("Nurse Jane", "The friend now lived abroad and worked for a supplier.", STAY, False),
        # Done to the person, or denied.
        ("Khaled Zoubi", "Then he was allegedly sent photographs of himself.", HANDED, False),
        (
            "Vadim Ossipov",
            "It did not show that he had handed over any information.",
            HANDED,
            False,
        ),
    ],
)
def test_an_act_is_the_persons_own(name: str, quote: str, act, theirs: bool) -> None:
    assert done_by_them(_case(name), quote, act) is theirs


# --- before travelling ------------------------------------------------------------------------


def test_a_case_approached_abroad_is_asked_what_to_do_before_going(shipped) -> None:
    (draft,) = _of(shipped, "before-travel", "zhao-xuejun")
    assert "Next month you leave to spend some time abroad" in draft.prompt
    assert "your organisation's security office" in _key(draft)
    assert "about the trip" in _key(draft) or "how long" in _key(draft)
    # (Not "before you go", which the question asks and only the key repeated, read 391.)
    assert "before you go" not in _key(draft)
    # Waiting to be approached is on offer, and answered in the explanation.
    assert any("only if someone abroad" in o for o in draft.options)
    assert "Waiting for questions about your work" in draft.explanation
    assert draft.sources[0].quote.startswith("According to the MSS, Zhao studied abroad")


def test_the_report_general_words_are_quoted_as_the_reports(shipped) -> None:
    # Zhang Xiangbin's own stay ("who is resident in a certain country") is the case; the
    # report's "the personnel stationed abroad are also the targets" is what it says of anyone.
    (draft,) = _of(shipped, "before-travel", "zhang-xiangbin")
    assert "resident in a certain country" in draft.sources[0].quote
    assert "What the report says of people abroad" in draft.explanation
    assert any("personnel stationed abroad" in e.quote for e in draft.sources)


@pytest.mark.parametrize(
    ("corpus", "case"),
    [
        # A visiting professor "at a technical university abroad", met at home.
        ("corpus3", "sigrid-haugland"),
        # "The friend now lived abroad."
        ("corpus11", "a-34-year-old-nurse"),
        # The friend "works now in a consulting company abroad".
        ("corpus6", "sami-heikkinen"),
    ],
)
def test_no_travel_question_where_nobody_of_the_case_went_abroad(
    corpus: str, case: str, tmp_path_factory
) -> None:
    drafts = all_drafts(corpus_material(corpus, tmp_path_factory))
    assert _of(drafts, "before-travel", case) == []


@pytest.mark.parametrize(
    ("channels", "asked"),
    [(HOTLINE_ONLY, False), (OFFICE_AND_HOTLINE, True)],
    ids=["no-office", "office"],
)
def test_the_travel_question_names_the_security_office_or_is_not_asked(
    seeds_copy: Path, channels: str, asked: bool
) -> None:
    (seeds_copy / "channels.toml").write_text(channels, encoding="utf-8")
    material: Material = load_material(seeds_copy)
    drafts = [d for d in all_drafts(material) if d.family == "before-travel"]
    assert bool(drafts) is asked
    for draft in drafts:
        assert "Example Ltd security desk" in _key(draft)
        assert "12339" not in draft.explanation


def test_the_reports_words_after_the_case_read_as_its_words_not_a_label() -> None:
    # Read 248: "What the report says of coming forward: The case material: '...'" read as a
    # label pasted in; the same document's words follow the case's without a second title.
    drafts = all_drafts(load_material(SEEDS.parent / "tests" / "corpus79"))
    (draft,) = [d for d in drafts if d.family == "way-out" and d.case == "arakaki-mio"]
    assert "What the report says of coming forward: “" in draft.explanation
    assert "The case material" not in draft.explanation
    # Nor a wrong choice nobody would pick (read 248).
    assert not any("although you have not" in o for o in draft.options)


@pytest.mark.parametrize("folder", ["seeds", "corpus69", "corpus41"])
def test_essentials_chooses_nothing_the_set_would_drop(folder: str) -> None:
    # Corpus 69: seven of twelve chosen were harmless, and two were ways out, so keeping at
    # most a third harmless and one way out cut the set to six.
    from quiz import generate as g

    root = SEEDS if folder == "seeds" else SEEDS.parent / "tests" / folder
    chosen = g._essentials(g.all_drafts(load_material(root)), 0)
    assert len(g._few_harmless(chosen)) == len(chosen)
    assert sum(d.family == "way-out" for d in chosen) <= 1
    assert len(chosen) >= 10


# --- the way out, where the case's person ran ----------------------------------------------


def test_a_case_told_by_its_recruitment_and_flight_is_asked_the_way_out(shipped) -> None:
    # Li "manipulated by foreign intelligence agencies after being turned, was planted as a
    # staff member" and "fled ... and attempted to illegally cross the border": nothing handed
    # over is told, so no quiet stop "after sending material"; running is the wrong way out the
    # case itself shows.
    (draft,) = _of(shipped, "way-out", "li")
    assert "agreed to work for a foreign contact" in draft.prompt
    assert "sent a contact some material" not in draft.prompt
    assert _key(draft).startswith("Come forward voluntarily")
    wrong = [o for i, o in enumerate(draft.options) if i not in draft.correct]
    assert "Leave the country quietly, before anyone starts asking questions" in wrong
    quotes = [e.quote for e in draft.sources]
    assert any("after being turned" in q for q in quotes)
    assert any("attempted to illegally cross the border" in q for q in quotes)
    assert "Running is no way out" in draft.explanation
    assert "ended in an arrest" in draft.explanation


def test_running_is_offered_as_a_wrong_way_out_only_where_the_case_ran(shipped) -> None:
    # Chen Wei "quit his job in 2014" and was caught in Beijing: a resignation, no flight.
    (chen,) = _of(shipped, "way-out", "chen-wei")
    assert not any("Leave the country" in o for o in chen.options)
    assert "Running" not in chen.explanation


def test_a_flight_by_ticket_is_the_wrong_way_out_of_a_threat(tmp_path_factory) -> None:
    # "she was arrested at Ronaldsway Airport holding a one-way ticket to Larnaca", after a
    # threat over what she had sent (corpus 83).
    drafts = all_drafts(corpus_material("corpus83", tmp_path_factory))
    (draft,) = [d for d in drafts if d.family == "way-out" and d.case.startswith("breesha")]
    assert "unless you send more" in draft.prompt or "might like to see" in draft.explanation
    assert "Leave the country quietly, before anyone starts asking questions" in draft.options
    assert draft.correct != (
        draft.options.index("Leave the country quietly, before anyone starts asking questions"),
    )
    assert any("one-way ticket to Larnaca" in e.quote for e in draft.sources)
