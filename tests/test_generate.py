"""Generation: grounding, determinism, coverage, distractors, balance and channels."""

from __future__ import annotations

import random
import re
from collections import Counter
from pathlib import Path

import attrs
import pytest

from quiz.families.base import told as told_as_quoted
from quiz.generate import all_drafts, drop_near_duplicates, generate
from quiz.material import Material, load_material
from quiz.models import Evidence, QuestionSet
from quiz.qformat import dumps_set
from quiz.taxonomy import TAGS, TOPICS, find_cues
from quiz.validate import load_sets

from .conftest import CORPUS, QUESTIONS, SEEDS

LABEL_TO_TAG = {tag.label.lower(): tag.id for tag in TAGS.values()}


@pytest.fixture(scope="module")
def shipped() -> list[QuestionSet]:
    return load_sets(QUESTIONS)


@pytest.fixture(scope="module")
def sets(material: Material) -> list[QuestionSet]:
    return generate(material, seed=0)


def _tag_of_choice(text: str) -> str | None:
    text = re.sub(r"^suspicious(?: only because)?:?\s*", "", text.lower())
    return LABEL_TO_TAG.get(text)


def test_shipped_sets_are_what_the_generator_writes(shipped, sets) -> None:
    assert [dumps_set(s) for s in sets] == [
        (QUESTIONS / f"{s.id}.toml").read_text(encoding="utf-8") for s in sets
    ]
    assert {s.id for s in shipped} == {s.id for s in sets}


def test_every_quote_in_every_shipped_question_stands_verbatim_in_its_source(shipped) -> None:
    texts: dict[str, str] = {}
    count = 0
    for question_set in shipped:
        for question in question_set.questions:
            assert question.sources, question.id
            for source in question.sources:
                if source.doc not in texts:
                    texts[source.doc] = (SEEDS / source.doc).read_text(encoding="utf-8-sig")
                assert texts[source.doc][source.start : source.end] == source.quote
                count += 1
    assert count > 80


def test_sets_per_topic_per_case_and_essentials(sets, material) -> None:
    ids = {s.id for s in sets}
    assert set(TOPICS) <= ids
    assert "essentials" in ids
    assert {f"case-{c.id}" for c in material.extraction.cases} <= ids
    essentials = next(s for s in sets if s.id == "essentials")
    assert {q.topic for q in essentials.questions} == set(TOPICS)
    for topic in TOPICS:
        topic_set = next(s for s in sets if s.id == topic)
        assert {q.topic for q in topic_set.questions} == {topic}


MIN_PER_CASE = 8
THIN_CASES = {"li": 3, "zhao-xuejun": 3, "zhang-xiangbin": 6, "qiu-degui": 4}
"""The suspect surnamed Li: the material says only that he was planted in a key department and
fled; being planted shows nothing a colleague could have seen, so only his flight is asked
about: which detail is the sign, its harmless twin, and which channel to use when it cannot
wait (not "what should you do?" besides: read 149). Zhao Xuejun:
"taking advantage of his position" says nothing a colleague could have
seen him take, and a contact "very friendly" to him is no favour or present, so no situation
about copying or presents is told of him (``quiz generate`` reports both). Zhang Xiangbin:
the colleague's copying is the one thing a colleague sees, and "what should you do?" about it
is not asked again as "you decide to report: what do you do?" (read 93), nor "what should you
do?" about the step its "when should the first report have been made?" keys (read 116). Qiu
Degui: the report never says to keep the messages, so "what do you do with the messages?" is
not asked of his email approach (its key would rest on the approach alone: reads 112, 123), and
the one passage that tells his copying ("In the Internet world ... through copying and
remaking") is a translation glitch his case file marks garbled (reads 143, 145, 147), so no
colleague's copying is told of him."""


def test_every_case_has_at_least_eight_questions(sets, material) -> None:
    for case in material.extraction.cases:
        case_set = next(s for s in sets if s.id == f"case-{case.id}")
        assert len(case_set.questions) >= THIN_CASES.get(case.id, MIN_PER_CASE), case.id
        assert "reporting" in {q.topic for q in case_set.questions}, case.id


def test_every_tag_the_material_supports_is_tested(sets, material) -> None:
    supported = {t for c in material.extraction.cases for t in c.tag_ids}
    tested = {t for s in sets for q in s.questions for t in q.tags}
    # Chen's weak will is no money trouble a contact relieved (the sign a personal
    # vulnerability is told by); the one passage showing a compromising relationship, and
    # Zhang's help with his languages, are marked garbled in seeds/cases/zhang-xiangbin.toml;
    # Zhao's contact was only "very friendly" (no help, favours or presents to tell).
    # Zhao's being abroad is told: the disclosure came "before Zhao returned to China"; Li's
    # placement ("planted as a staff member") from the recruit's side.
    assert supported - tested == {
        "personal-vulnerability",
        "compromising-relationship",
        "excessive-help-flattery",
    }


def test_questions_ask_for_judgement_not_recall(sets) -> None:
    questions = {q.id: q for s in sets for q in s.questions}.values()
    kinds = Counter(q.kind for q in questions)
    assert kinds["scenario"] >= 0.8 * len(questions), kinds
    assert not {"true-false", "ordering", "matching"} & set(kinds)
    for question in questions:
        assert not re.search(r"\bhow many\b|\bsentenced\b|which amount", question.prompt, re.I)


def test_look_alikes_are_benign_a_third_of_the_time_and_show_no_warning_sign(sets) -> None:
    questions = {q.id: q for s in sets for q in s.questions}.values()
    benign = [q for q in questions if q.benign is True]
    suspicious = [q for q in questions if q.benign is False]
    assert benign and suspicious
    assert len(benign) >= len(benign + suspicious) / 3
    for question in benign:
        situation = question.prompt.rsplit(".", 1)[0]
        flags = [t for t in find_cues(situation) if TAGS[t].topic == "warning-signs"]
        assert flags == [], (question.id, flags)


def test_every_choice_of_a_look_alike_has_the_same_form(sets) -> None:
    for question in (q for s in sets for q in s.questions if q.benign is not None):
        if "Is there a warning sign here?" not in question.prompt:
            continue
        prefixes = Counter(c.text.split(":")[0] for c in question.choices)
        assert prefixes == {"Yes": 3, "No": 1}, question.id


def test_earliest_point_to_report_offers_misconceptions_never_the_arrest(sets) -> None:
    earliest = [q for s in sets for q in s.questions if "when should the first report" in q.prompt]
    # (Two: Zhao Xuejun's first step, a friendliness to the family, is too unclear to key,
    # reads 304 and 314.)
    assert len({q.id for q in earliest}) >= 2
    for question in earliest:
        right = next(c.text for c in question.choices if c.id in question.answer)
        assert right.startswith("As soon as")
        for choice in question.choices:
            assert "arrest" not in choice.text.lower() and "sentenc" not in choice.text.lower()


def test_same_inputs_and_seed_give_byte_identical_files(material) -> None:
    first = [dumps_set(s) for s in generate(material, seed=7)]
    again = [dumps_set(s) for s in generate(load_material(SEEDS), seed=7)]
    assert first == again
    other = [dumps_set(s) for s in generate(material, seed=8)]
    assert other != first


def test_a_question_keeps_its_id_in_every_set_whatever_the_choice_order(sets) -> None:
    seen: dict[str, tuple[str, ...]] = {}
    reordered = 0
    for question_set in sets:
        for question in question_set.questions:
            texts = tuple(sorted(c.text for c in question.choices))
            right = tuple(sorted(c.text for c in question.choices if c.id in question.answer))
            if question.id in seen:
                assert seen[question.id] == (*texts, "|", *right)
                reordered += 1
            seen[question.id] = (*texts, "|", *right)
    assert reordered > 25


def test_the_quality_gate_finds_nothing_in_what_the_generator_writes(sets, material) -> None:
    from quiz.lint import lint_questions

    for question_set in sets:
        assert [str(f) for f in lint_questions(question_set.questions, material)] == []


def test_scenarios_are_built_from_each_cases_own_facts(sets) -> None:
    by_case = {s.id: s for s in sets}
    chen = " ".join(q.prompt for q in by_case["case-chen-wei"].questions)
    assert "network administrator" in chen and "military research institute" in chen
    assert "technical expert" in chen
    qiu = " ".join(q.prompt for q in by_case["case-qiu-degui"].questions)
    assert "communications office" in qiu
    # His approach came by email: its situations are told as messages.
    assert "message" in qiu or "email" in qiu
    zhang = " ".join(q.prompt for q in by_case["case-zhang-xiangbin"].questions)
    assert "translator" in zhang and "abroad" in zhang


def test_explanations_name_the_case_and_quote_the_source(sets, material) -> None:
    cases = {c.id: c for c in material.extraction.cases}
    for question in (q for s in sets for q in s.questions):
        assert any(told_as_quoted(s) in question.explanation for s in question.sources), question.id
        if question.case is not None:
            case = cases[question.case]
            assert case.display_name in question.explanation or case.name in question.explanation


def test_right_answers_are_spread_evenly_over_positions(sets) -> None:
    for question_set in sets:
        counts: dict[int, Counter[int]] = {}
        for question in question_set.questions:
            if question.kind in ("single", "scenario") and len(question.choices) == 4:
                position = [c.id for c in question.choices].index(question.answer[0])
                counts.setdefault(4, Counter())[position] += 1
        for counter in counts.values():
            spread = [counter[p] for p in range(4)]
            assert max(spread) - min(spread) <= 1, (question_set.id, spread)


def test_no_near_duplicates_in_a_set(sets) -> None:
    for question_set in sets:
        prompts = Counter((q.kind, q.prompt) for q in question_set.questions)
        assert max(prompts.values()) == 1, question_set.id


def test_near_duplicates_are_dropped() -> None:
    from quiz.generate import Draft

    def draft(prompt: str) -> Draft:
        return Draft("recruitment", "single", ("coercion",), prompt, ("x", "y", "z"), (0,), "e", ())

    kept = drop_near_duplicates(
        [
            draft("Which pattern does the case of Chen Wei show most clearly here?"),
            draft("Which pattern does the case of Chen Wei show most clearly here ?"),
            draft("What did the contact ask Qiu Degui to send first?"),
        ]
    )
    assert len(kept) == 2


def test_reporting_questions_use_the_organisations_own_channels(seeds_copy: Path) -> None:
    (seeds_copy / "channels.toml").write_text(
        'organisation = "Example Ltd"\n\n'
        "[[channels]]\n"
        'id = "security-office"\n'
        'name = "the Example Ltd security desk"\n'
        'action = "Tell the Example Ltd security desk in room 101"\n\n'
        "[[channels]]\n"
        'id = "hotline"\n'
        'name = "the Example Ltd integrity line"\n'
        'action = "Call the Example Ltd integrity line on 0800 555 0100"\n'
        'contact = "0800 555 0100"\n',
        encoding="utf-8",
    )
    sets = generate(load_material(seeds_copy))
    reporting = next(s for s in sets if s.id == "reporting")
    texts = " ".join(
        q.prompt + " " + " ".join(c.text for c in q.choices) for q in reporting.questions
    )
    assert "Tell the Example Ltd security desk in room 101" in texts
    assert "0800 555 0100" in texts
    assert "12339" not in texts
    every = " ".join(
        q.prompt + " " + q.explanation + " " + " ".join(c.text for c in q.choices)
        for s in sets
        for q in s.questions
    )
    assert "12339" not in every and "national security organs" not in every
    # The number is for the handout, never asked as rote recall.
    assert not any(q.prompt.startswith("Which number") for q in reporting.questions)
    grounded = [s for q in reporting.questions for s in q.sources if s.doc == "channels.toml"]
    text = (seeds_copy / "channels.toml").read_text(encoding="utf-8")
    assert grounded and all(text[s.start : s.end] == s.quote for s in grounded)


def _key(question) -> str:
    return next(c.text for c in question.choices if c.id in question.answer)


def test_the_earliest_point_names_the_first_step_its_passage_shows(sets) -> None:
    by_case = {
        q.case: q for s in sets for q in s.questions if "when should the first report" in q.prompt
    }
    # Zhang Xiangbin: the help with "the difficulties in his work and life" came first, in a
    # passage too garbled to quote; keying the later step (official contact turning private)
    # would be debatable (read 119), so nothing is asked.
    assert "zhang-xiangbin" not in by_case
    # Qiu Degui: an unexpected email offering money; the key names the offer, and the reward
    # passage is quoted beside the email.
    qiu = by_case["qiu-degui"]
    assert _key(qiu) == "As soon as the unexpected message offered paid work"
    assert any("reward" in s.quote for s in qiu.sources)
    assert any("emails" in s.quote for s in qiu.sources)


def test_a_colleague_over_time_keys_the_first_warning_sign_not_the_first_thing_seen(
    sets,
) -> None:
    from quiz.scenario_material import scenario_material

    ordinary = [d.when for d in scenario_material().ordinary["colleague"]]
    timelines = {
        q.id: q for s in sets for q in s.questions if "in this order: first," in q.prompt
    }.values()
    assert timelines
    positions = set()
    for question in timelines:
        key = _key(question)
        told = question.prompt.split("in this order: ", 1)[1].split("; ")
        details = [d for d in ordinary if d in question.prompt]
        assert key.startswith("As soon as ") and len(details) == 2
        # The ordinary details are wrong choices worded like the key, and one is told first.
        for detail in details:
            assert detail not in key
            assert any(c.text == f"As soon as {detail}" for c in question.choices)
        assert any(detail in told[0] for detail in details)
        positions.add(next(n for n, event in enumerate(told) if key[len("As soon as ") :] in event))
    # The first warning sign is told second or third, never first (the generator takes turns).
    assert positions and positions <= {1, 2}
    # A case with a later sign offers it as "only when ...".
    for question in (q for q in timelines if "later still," in q.prompt):
        assert any(c.text.startswith("Only when ") for c in question.choices)


def test_reporting_a_colleague_means_noting_the_facts_not_investigating(sets) -> None:
    asked = [
        q
        for s in sets
        for q in s.questions
        if q.prompt.endswith("What do you do?") and "You decide to tell" in q.prompt
    ]
    assert asked
    for question in asked:
        assert _key(question).startswith("Note what you saw and when")
    reporting = next(s for s in sets if s.id == "reporting")
    in_topic = [q for q in reporting.questions if "You decide to tell" in q.prompt]
    assert len(in_topic) == 1  # the same four choices: once per topic set


def test_a_topic_set_tells_each_situation_once(sets) -> None:
    for question_set in sets:
        if question_set.id.startswith("case-"):
            continue
        keys = Counter(
            (q.kind, _key(q), q.prompt.split(". ", 2)[-1]) for q in question_set.questions
        )
        assert max(keys.values()) == 1, question_set.id
        stories = Counter(
            re.sub(r"^You (?:work|are) [^.]*\.\s*", "", q.prompt) for q in question_set.questions
        )
        assert max(stories.values()) == 1, [s for s, n in stories.items() if n > 1]


@pytest.mark.parametrize("folder", [None, "corpus109"])
def test_two_harmless_which_detail_questions_in_a_set_never_offer_the_same_detail(
    folder: str | None, sets, tmp_path_factory: pytest.TempPathFactory
) -> None:
    # Read 325: an approved copy of project files onto an encrypted drive offered in two
    # "which of these details is a warning sign?" questions of one set, both answered "none
    # of these": one question twice.
    from .conftest import corpus_material

    question_sets = sets if folder is None else generate(corpus_material(folder, tmp_path_factory))
    for question_set in question_sets:
        offered: Counter[str] = Counter()
        for q in question_set.questions:
            if q.benign and q.prompt.endswith("Which of these details is a warning sign?"):
                offered.update(
                    c.text
                    for c in q.choices
                    if c.id not in q.answer and not c.text.startswith("None")
                )
        assert max(offered.values(), default=0) <= 1, (question_set.id, offered.most_common(2))


def test_the_no_of_a_suspicious_situation_is_an_excuse_not_a_contradiction(sets, corpus7) -> None:
    from quiz.scenario_material import scenario_material

    excuses = {f"No: {sign.excuse}" for sign in scenario_material().signs.values()} | {
        f"No: {variant.excuse}"
        for sign in scenario_material().signs.values()
        for variant in sign.variants
        if variant.excuse
    }
    reasons = {
        f"No: {sign.benign_reason[:1].lower()}{sign.benign_reason[1:]}"
        for sign in scenario_material().signs.values()
    }
    # Or "no" in general words, said in harmless situations too (read 106).
    actions = scenario_material().actions
    excuses |= {actions.nothing_here, actions.nothing_here_colleague}
    twins = [
        q
        for s in (*sets, *corpus7[1])
        for q in s.questions
        if q.prompt.endswith("Is there a warning sign here?") and q.benign is False
    ]
    assert twins
    for question in twins:
        no = [c.text for c in question.choices if c.text.startswith("No: ")]
        assert len(no) == 1 and no[0] in excuses and no[0] not in reasons


@pytest.fixture(scope="module")
def corpus7(tmp_path_factory: pytest.TempPathFactory) -> tuple[Material, list[QuestionSet]]:
    """Sets from the seventh held-out corpus (six reports the generator was not written on)."""
    import shutil

    seeds = tmp_path_factory.mktemp("corpus7") / "seeds"
    seeds.mkdir()
    for report in sorted((SEEDS.parent / "tests" / "corpus7").glob("*.txt")):
        shutil.copy(report, seeds / report.name)
    shutil.copy(SEEDS / "channels.toml", seeds / "channels.toml")
    material = load_material(seeds)
    return material, generate(material)


def test_an_approach_that_moved_to_an_app_later_is_not_told_as_an_online_one(corpus7) -> None:
    from quiz.frames import build_frame
    from quiz.scenario_material import scenario_material

    material, _ = corpus7
    # Moradi was introduced at a celebration; the encrypted app came later.
    moradi = material.extraction.case("kevin-arash-moradi")
    assert build_frame(moradi, scenario_material()).channel != "online"


def test_no_earliest_point_where_it_would_contradict_the_report(corpus7) -> None:
    _, sets = corpus7
    earliest = {
        q.case for s in sets for q in s.questions if "when should the first report" in q.prompt
    }
    # Hollis reported at once and was never charged; Wrobel's approach began with blackmail
    # after a set-up, before any message.
    assert "claire-hollis" not in earliest
    assert "grzegorz-wrobel" not in earliest


def test_earliest_point_never_offers_two_choices_that_say_the_same(sets) -> None:
    from quiz.scenario_material import scenario_material

    groups: dict[str, str] = {
        m.text: m.group for m in scenario_material().misconceptions if m.group
    }
    for question in (q for s in sets for q in s.questions):
        if "when should the first report" not in question.prompt:
            continue
        said = [groups[c.text] for c in question.choices if c.text in groups]
        assert len(said) == len(set(said)), question.id


def test_the_opening_of_a_situation_does_not_tell_whether_it_is_harmless(sets, material) -> None:
    from quiz.scenario_material import scenario_material

    channels = scenario_material().channels.values()
    arranged = {c.arranged for c in channels} | {c.neutral for c in channels}
    situations = [
        q
        for s in sets
        for q in s.questions
        if q.kind == "scenario" and q.benign is not None and "colleague" not in q.prompt
    ]
    harmless = [q for q in situations if q.benign]
    suspicious = [q for q in situations if not q.benign]
    assert harmless and suspicious
    # A harmless situation asking what to do never opens with a stranger (a stranger asking
    # even for public material is how cases begin, and carrying on must be beyond dispute);
    # one asking whether anything is a sign may, as cases begin (reads 330, 332, 333), and then
    # says that a contact out of the blue is no sign on its own.
    # (Not getting to know people abroad, which is no contact out of the blue: read 342.)
    quiet = [c.approach.split("{")[0] for c in channels if not c.unannounced]
    for question in harmless:
        if any(opening.split("{")[0][:40] in question.prompt for opening in arranged):
            continue
        assert not question.prompt.endswith("What should you do?"), question.prompt
        if any(opening in question.prompt for opening in quiet):
            assert "out of the blue" not in question.explanation, question.explanation
        else:
            assert "is no warning sign on its own" in question.explanation, question.explanation
    # A suspicious one opens the way harmless ones do about half the time where the case's
    # way in is not told or was made at work (so an opening never tells), and always with the
    # case's own way in where it was made in private life.
    import random

    from quiz.families.base import first_contact
    from quiz.frames import build_frame

    material_of_scenarios = scenario_material()
    sign = material_of_scenarios.signs["secrecy-pressure"]
    generic = build_frame(material.extraction.case("chen-wei"), material_of_scenarios)
    assert not generic.approach
    openings = {first_contact(generic, sign, False, random.Random(n)) for n in range(40)}
    assert openings & arranged and openings - arranged
    own = attrs.evolve(
        generic, approach="At your club, a friendly member talks to you.", personal=True
    )
    assert {first_contact(own, sign, False, random.Random(n)) for n in range(40)} == {own.approach}
    # (The case's own way in at work too, where the case tells one: a manager's introduction
    # told the case wrong, read 337; harmless situations asking whether anything is a sign open
    # that way half the time, above.)
    at_work = attrs.evolve(generic, approach="A recruiter on a job platform writes to you.")
    openings = {first_contact(at_work, sign, False, random.Random(n)) for n in range(40)}
    assert openings == {at_work.approach}


def test_official_contact_turning_private_opens_with_a_contact_met_through_work(material) -> None:
    # "Your meetings with the contact move from the office to private meetings" is told of a
    # counterpart met through work: a stranger or a conference acquaintance never had office
    # meetings to move from.
    import random

    from quiz.families.base import first_contact
    from quiz.frames import build_frame
    from quiz.scenario_material import scenario_material

    scenarios = scenario_material()
    sign = scenarios.signs["cultivation"]
    frame = build_frame(material.extraction.case("zhang-xiangbin"), scenarios)
    own = attrs.evolve(
        frame, approach="At your club, a friendly member talks to you.", personal=True
    )
    for case_frame in (frame, own):
        arranged = scenarios.channels[case_frame.channel].arranged
        for benign in (False, True):
            openings = {
                first_contact(case_frame, sign, benign, random.Random(n)) for n in range(30)
            }
            assert openings == {arranged}
    # Other signs keep the case's own way in.
    other = scenarios.signs["secrecy-pressure"]
    assert {first_contact(own, other, False, random.Random(n)) for n in range(30)} == {own.approach}


def test_what_to_do_about_a_colleague_leaving_offers_wrong_choices_that_fit_a_departure(
    sets,
) -> None:
    # A flight does not happen again and cannot wait for an appraisal: its wrong choices are
    # delays and private moves that fit someone about to leave. (Drafts: a set that asks which
    # channel to use at once about the same departure does not ask this too, read 149.)
    asked = [
        d
        for d in _drafts_of("seeds")
        if "about to leave the country" in d.prompt and d.prompt.endswith("What should you do?")
    ]
    assert asked
    for draft in asked:
        texts = " ".join(draft.options).lower()
        assert "happen again" not in texts and "appraisal" not in texts, draft.qid
        # (A delay true of one about to leave as of one already gone: read 476 found "wait to
        # see whether they are back at work next week" offered for a colleague gone abroad.)
        assert "wait until you know more" in texts, draft.qid


def test_a_case_set_asks_one_passage_at_most_three_ways_besides_its_harmless_twin(sets) -> None:
    from quiz.generate import PER_PASSAGE

    for question_set in (s for s in sets if s.id.startswith("case-")):
        counts = Counter(
            (q.sources[0].doc, q.sources[0].start)
            for q in question_set.questions
            if q.sources and not q.benign
        )
        assert max(counts.values()) <= PER_PASSAGE, question_set.id


def test_mixed_sets_are_at_most_a_third_harmless(sets) -> None:
    for question_set in sets:
        if question_set.id.startswith("case-"):
            continue
        harmless = sum(1 for q in question_set.questions if q.benign)
        assert harmless * 3 <= len(question_set.questions), question_set.id


def test_harmless_questions_beyond_a_third_are_left_out_of_the_form_most_often_harmless() -> None:
    # Read 388: a topic set kept three harmless "which detail?" and dropped the harmless "is
    # there a warning sign here?", so every yes-no was keyed "yes" and "none of these" 3 of 4.
    from quiz.generate import Draft, _few_harmless

    def draft(n: int, benign: bool, form: str) -> Draft:
        options = (
            ("Yes: a", "Yes: b", "No: c")
            if form == "yes-no"
            else ("a detail", "another", "None of these details is a warning sign")
        )
        return Draft(
            "recruitment", "scenario", ("x",), f"q{n}", options, (0,), "e", (), benign=benign
        )

    drafts = [draft(n, True, "which-detail") for n in range(3)] + [draft(3, False, "which-detail")]
    drafts += [draft(4, True, "yes-no"), draft(5, True, "yes-no")]
    drafts += [draft(n, False, "yes-no") for n in range(6, 11)]
    kept = _few_harmless(drafts)
    assert [d.prompt for d in kept if d.benign] == ["q0", "q4", "q5"]
    assert len(kept) == 9
    # Where every form is as often harmless, the last harmless ones go, as before.
    same = [draft(n, n % 2 == 0, "yes-no") for n in range(6)]
    assert [d.prompt for d in _few_harmless(same) if d.benign] == ["q0"]


def test_a_topic_set_keys_neither_form_always_one_way() -> None:
    # Read 388 (corpus 122): the recruitment set's yes-no questions were all keyed "yes".
    from quiz.generate import _form

    sets = generate(load_material(SEEDS.parent / "tests" / "corpus122"))
    drafts = {d.qid: d for d in all_drafts(load_material(SEEDS.parent / "tests" / "corpus122"))}
    recruitment = next(s for s in sets if s.id == "recruitment")
    forms = Counter((_form(drafts[q.id]), bool(q.benign)) for q in recruitment.questions)
    assert forms[("yes-no", True)] and forms[("yes-no", False)]
    assert forms[("which-detail", True)] and forms[("which-detail", False)]


def test_blackmail_is_answered_by_coming_forward_not_by_a_plain_report(sets) -> None:
    for question in (q for s in sets for q in s.questions):
        if question.prompt.endswith("What should you do?") and "could find out" in question.prompt:
            raise AssertionError(f"{question.id}: a threat asked as a plain report")


def test_what_to_do_offers_reporting_later_or_flawed_as_the_tempting_wrong_choice(sets) -> None:
    asked = [
        q
        for s in sets
        for q in s.questions
        if q.prompt.endswith("What should you do?") and q.benign is False
    ]
    assert asked
    from quiz.scenario_material import scenario_material

    actions = scenario_material().actions
    # Reporting later, or reporting in a way that undoes it: the channel in a wrong choice.
    tails = [
        later.removeprefix("{report}")
        for later in (
            *actions.report_later,
            *actions.report_later_colleague,
            *actions.report_later_plain,
            *actions.report_flawed,
            *actions.report_flawed_colleague,
        )
    ]
    with_later = [q for q in asked if any(t in c.text for t in tails for c in q.choices)]
    assert len(with_later) >= len(asked) // 2
    for question in with_later:
        later = next(c for c in question.choices if any(t in c.text for t in tails))
        assert later.id not in question.answer


@pytest.mark.parametrize("folder", ["seeds", "corpus48", "corpus49", "corpus50"])
def test_what_to_do_offers_the_same_kinds_of_choice_harmless_or_suspicious(folder: str) -> None:
    # Read 78: the channel offered only where reporting is right gave the key; reads 93, 96: a
    # choice that opened with the channel was always the key; reads 103, 111: the one plain
    # report was the key; read 124: the two choices that opened alike always held it (two
    # reports in a suspicious situation, two "carry on" in a harmless one). Every "what should
    # you do?" about a contact or a colleague offers the plain report and carrying on as normal,
    # one of them the key, and its other choices from lists wrong in either situation.
    from quiz.scenario_material import scenario_material

    actions = scenario_material().actions
    # (Where the contact said outright who they are, turning them down and telling no one
    # stands in for carrying on as normal, which nobody would pick there: read 181.)
    # (About a contact, carrying on with the routine mention of contacts: read 338.)
    carry_on = (
        set(actions.carry_on)
        | set(actions.carry_on_plain)
        | set(actions.carry_on_colleague)
        | set(actions.carry_on_routine)
    )
    drafts = [d for d in _drafts_of(folder) if d.family == "right-action"]
    assert any(d.benign for d in drafts) and any(not d.benign for d in drafts)
    endings = [
        k.replace("{report}", "")
        for k in (
            *actions.report,
            *actions.report_colleague,
        )
    ]
    # The channel's action: what every plain report opens with.
    by_case: dict[str | None, set[str]] = {}
    for d in drafts:
        key = d.options[d.correct[0]]
        if not d.benign:
            by_case.setdefault(d.case, set()).update(
                key[: len(key) - len(e)] for e in endings if key.endswith(e)
            )
    # (One channel per case: the organisation's, for someone who studies their school's, "Tell
    # your university's security office or your supervisor", read 294; or the post the case's
    # own document names, "Tell the Supply Security Officer", read 468.)
    assert all(len(told) == 1 for told in by_case.values()), by_case
    channel = set().union(*by_case.values())
    plain_reports = {f"{c}{e}" for c in channel for e in endings}
    # (Said to someone who studies as to a student, read 382: the choices in work's words.)
    unstudied = [
        (re.compile(re.escape(r.told).replace(re.escape("{school}"), r"\w+")), r.said)
        for r in scenario_material().studies.phrases
        if r.said in ("ask a colleague", "your organisation")
    ]

    def worded(option: str) -> str:
        for told, said in unstudied:
            option = told.sub(said, option)
        return option

    for draft in drafts:
        key = draft.options[draft.correct[0]]
        plain = [o for o in draft.options if worded(o) in carry_on]
        reports = [o for o in draft.options if o in plain_reports]
        # Reads 335 to 339: a harmless situation offers a plain report too (without one, "pick
        # the plain report, else carry on" answered them all unread), wrong there for what it
        # reports; the key is carrying on.
        assert len(plain) == 1 and len(reports) == 1, draft.options
        assert key == (plain[0] if draft.benign else reports[0]), draft.options
    # How the choices open never singles out the key's kind either: each opening is offered in
    # harmless and suspicious situations alike.
    openings = {
        benign: {o.split()[0] for d in drafts if d.benign is benign for o in d.options}
        for benign in (True, False)
    }
    assert {"Carry", "Tell"} <= openings[True] & openings[False]


def test_an_urgent_sign_is_reported_through_another_channel_when_the_office_is_closed(
    sets, seeds_copy: Path
) -> None:
    urgent = [q for s in sets for q in s.questions if "is closed until Monday" in q.prompt]
    assert urgent
    for question in urgent:
        assert _key(question) == "Use the national security reporting hotline straight away"
        assert any(s.doc == "channels.toml" for s in question.sources)
    # An organisation with only its security office has no other channel to name: not asked.
    (seeds_copy / "channels.toml").write_text(
        'organisation = "Example Ltd"\n\n[[channels]]\nid = "security-office"\n'
        'name = "the security desk"\naction = "Tell the security desk in room 101"\n',
        encoding="utf-8",
    )
    others = generate(load_material(seeds_copy))
    assert not any("closed until Monday" in q.prompt for s in others for q in s.questions)


def test_a_colleague_timeline_needs_a_second_sign_to_wait_for(sets) -> None:
    for question in (q for s in sets for q in s.questions):
        if "in this order: first," in question.prompt:
            assert "later still," in question.prompt
            assert any(c.text.startswith("Only when ") for c in question.choices)


def test_which_detail_may_have_none_and_its_harmless_version_says_so(sets) -> None:
    from quiz.scenario_material import scenario_material

    none = scenario_material().actions.none_of_these
    which = [
        q
        for s in sets
        for q in s.questions
        if q.prompt.endswith("Which of these details is a warning sign?")
    ]
    suspicious = [q for q in which if not q.benign]
    harmless = [q for q in which if q.benign]
    assert suspicious and harmless
    # The same four-choice form both ways: "none" is a wrong choice in one, the key in the other.
    for question in suspicious:
        assert any(c.text == none and c.id not in question.answer for c in question.choices)
    for question in harmless:
        assert _key(question) == none


def test_the_job_says_where_the_work_is_done(material) -> None:
    from quiz.documents import Document
    from quiz.extract import extract
    from quiz.frames import build_frame
    from quiz.scenario_material import scenario_material

    corpus = SEEDS.parent / "tests" / "corpus14"
    case = extract([Document.read(corpus / "06.txt", "06.txt")]).cases[0]
    # A telecom-tower technician works at a telecoms company, whatever else the report mentions.
    assert build_frame(case, scenario_material()).workplace.place == "a telecoms company"
    # A researcher at an aerospace institute stays there: the job only fills in a missing sector.
    zhao = material.extraction.case("zhao-xuejun")
    assert build_frame(zhao, scenario_material()).workplace.place == (
        "an aerospace research institute"
    )


DATING_CASE = (
    "A welder at a naval dockyard was sentenced on Tuesday to nine years in prison for passing "
    "drawings of a patrol vessel to a foreign intelligence service.\n\n"
    "Jonas Amupolo, 34, matched on a dating app with a woman who called herself Lerato. "
    "Within weeks she asked Amupolo to keep their contact secret and to move to an encrypted "
    "messaging application. She then asked for photographs of the vessel under refit and "
    "later for internal technical drawings. Amupolo was paid 48,500 dollars in cash for the "
    "drawings. A site supervisor reported him to the security officer, and Amupolo was "
    "arrested in November.\n"
)


def test_contact_made_in_private_life_gets_details_of_private_life_only(tmp_path: Path) -> None:
    import shutil

    from quiz.scenario_material import scenario_material

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "dating.txt").write_text(DATING_CASE, encoding="utf-8")
    shutil.copy(SEEDS / "channels.toml", seeds / "channels.toml")
    questions = {q.id: q for s in generate(load_material(seeds)) for q in s.questions}
    ordinary = scenario_material().ordinary["online"]
    private = [d.story for d in ordinary if d.private]
    work = [d.story for d in ordinary if d.work]
    dating = "On a dating app you match with someone"
    told = [q.prompt for q in questions.values() if q.kind == "scenario"]
    assert any(dating in p for p in told)
    for prompt in told:
        if dating in prompt:
            assert not any(d in prompt for d in work), prompt  # no "article of yours" on a date
        if any(d in prompt for d in private):
            assert dating in prompt, prompt  # not in an email through the work address
    # The pools: private life's details only for a contact made there, work's only elsewhere.
    import random

    from quiz.families.base import Context

    ctx = Context(load_material(seeds), scenario_material(), 0)
    for personal in (True, False):
        pool = {d.story for d in ctx.ordinary("online", random.Random(1), 99, personal=personal)}
        assert bool(pool & set(private)) is personal
        assert bool(pool & set(work)) is not personal


def test_keeping_the_messages_quotes_the_reports_own_words_for_it(tmp_path: Path) -> None:
    import shutil

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    advice = "Messages and payment records should be preserved, not deleted, and handed over."
    threat = (
        "He warned that the messages he had kept would be sent to her employer unless she paid."
    )
    (seeds / "dating.txt").write_text(f"{DATING_CASE}\n{threat}\n\n{advice}\n", encoding="utf-8")
    plain_case = DATING_CASE.replace("Amupolo", "Shikongo").replace(
        "welder at a naval dockyard", "radar technician at an air force base"
    )
    (seeds / "plain.txt").write_text(plain_case, encoding="utf-8")
    shutil.copy(SEEDS / "channels.toml", seeds / "channels.toml")
    keep = {
        q.case: q
        for s in generate(load_material(seeds))
        for q in s.questions
        if q.prompt.endswith("What do you do with the messages?")
    }
    stated = keep["jonas-amupolo"]
    assert advice in stated.explanation and threat not in stated.explanation
    assert advice in {s.quote for s in stated.sources}
    # Where the report says nothing of keeping anything, the approach alone does not ground
    # the key (reads 112, 123): nothing is asked.
    assert "jonas-shikongo" not in keep


def test_a_situation_tells_the_cases_own_present(tmp_path: Path) -> None:
    import shutil

    from quiz.frames import build_frame
    from quiz.scenario_material import scenario_material

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    gift = "In June he invited Amupolo to dinner and presented him with an expensive watch."
    (seeds / "dating.txt").write_text(f"{DATING_CASE}{gift}\n", encoding="utf-8")
    shutil.copy(SEEDS / "channels.toml", seeds / "channels.toml")
    material = load_material(seeds)
    (case,) = material.extraction.cases
    assert build_frame(case, scenario_material()).gift == "an expensive watch"
    prompts = [q.prompt for s in generate(material) for q in s.questions]
    # (Told as what happened, without its verdict: read 413.)
    assert any("the contact gives you an expensive watch." in p for p in prompts)
    # Without a present named, the story stays general.
    (seeds / "dating.txt").write_text(DATING_CASE, encoding="utf-8")
    (case,) = load_material(seeds).extraction.cases
    assert build_frame(case, scenario_material()).gift == ""


def test_the_first_report_is_never_keyed_on_a_holiday_or_a_journals_call_for_papers() -> None:
    import re

    from quiz.scenario_material import scenario_material

    steps = {s.tag: s for s in scenario_material().first_steps}
    holiday = "the cousin got back in touch and invited Rui and his wife to spend a holiday there."
    conference = (
        "He received an email inviting him to speak at a conference in Cairo, flights paid."
    )
    assert not re.search(steps["invitation-travel"].grounds, holiday.lower())
    assert re.search(steps["invitation-travel"].grounds, conference.lower())
    journal = (
        "The first contact was an email inviting him to submit an article to a journal with "
        "no publication fee."
    )
    paid = "The first contact was an email offering him paid work as a consultant."
    assert not re.search(steps["online-approach"].needs, journal.lower())
    assert re.search(steps["online-approach"].needs, paid.lower())


@pytest.mark.parametrize(
    ("passage", "opening"),
    [
        ("He met the woman at his church choir.", "At your place of worship"),
        (
            "His cousin in Geneva introduced him to a friend.",
            "A relative introduces you to a friend",
        ),
        (
            "An email invited him to submit an article to a journal.",
            "the editor of an online journal",
        ),
        ("He found the client on a freelancing platform.", "On a freelancing platform"),
    ],
)
def test_the_cases_own_way_in_opens_its_situations(passage: str, opening: str) -> None:
    import re

    from quiz.scenario_material import scenario_material

    found = next(o for o in scenario_material().openings if re.search(o.pattern, passage.lower()))
    assert found.approach.startswith(opening) or opening in found.approach


def test_a_set_asks_to_pick_out_only_one_of_signs_that_read_as_one(sets) -> None:
    from quiz.lint import words

    groups = words().same_situation
    assert groups
    for question_set in sets:
        picked = {
            q.tags[0]
            for q in question_set.questions
            if q.kind == "scenario"
            and not q.benign
            and q.prompt.endswith(
                ("Which of these details is a warning sign?", "Is there a warning sign here?")
            )
        }
        for group in groups:
            assert len(picked & group) <= 1, (question_set.id, picked & group)


def test_a_case_is_cast_from_its_own_words_not_from_someone_elses(tmp_path: Path) -> None:
    from quiz.documents import Document
    from quiz.extract import extract
    from quiz.frames import build_frame
    from quiz.scenario_material import scenario_material

    text = (
        "Lucía de los Ríos, 44, worked for fourteen years as a forecaster at the national "
        "meteorology directorate. She was given a two-year suspended sentence after a man "
        "approached her at a workshop abroad. He said his name was Martín Kessler and that he "
        "was a consultant for an insurance company. De los Ríos reported the approach herself. "
        "The security service said the profile was fake and linked to a network of accounts "
        "that had approached staff at other institutions."
    )

    (case,) = extract([Document.from_bytes("t.txt", text.encode())]).cases
    frame = build_frame(case, scenario_material())
    assert frame.role == "a forecaster"  # not the contact's cover as a consultant
    assert frame.workplace.place == "a national weather service"
    assert not frame.recruiter  # the accounts approached staff, not she


@pytest.mark.parametrize(
    ("text", "role", "place"),
    [
        (
            "Prosecutors on Thursday charged a 38-year-old engineer at a regional water utility "
            "with espionage. Vitalie Andrei Ciobanu, a SCADA engineer, was detained last month "
            "after a man he met online paid him 2,000 dollars for network diagrams. Ciobanu was "
            "arrested in March.",
            "an engineer",
            "a water utility",
        ),
        (
            "Authorities have arrested a radio operator from the country's maritime border police "
            "on suspicion of espionage. Damir Kovač, 34, was paid 500 euros by a man from his "
            "sailing club for duty rosters, and Kovač was detained in the port town of Bar.",
            "a radio operator",
            "a coast guard station",
        ),
        (
            "The Security and Intelligence Service arrested a 41-year-old man employed as a "
            "programmer at a central government statistics authority. The programmer was "
            "approached through a mentoring programme and paid 2,000 euros for records, and the "
            "programmer was charged with espionage.",
            "a programmer",
            "a government ministry",
        ),
        (
            "Yesterday the court sentenced an army pharmacist, Captain Kask, to three years in "
            "prison for espionage. Kask had been approached by his old chemistry teacher. The "
            "teacher had moved abroad years earlier. Kask was paid 5,000 euros.",
            "an army pharmacist",
            "a hospital",
        ),
        (
            "A young clerk at the Election Commission thought he had found the perfect side "
            "income.\n\nSuman Thapa was arrested in May and charged with espionage after he was "
            "paid for voter lists. Thapa's lawyer, Ramesh Karki, argued that he was an assisting "
            "academic at a university. Thapa was paid 900 dollars.",
            "a clerk",
            "an election commission",
        ),
    ],
)
def test_the_job_and_the_workplace_are_the_persons_own(text: str, role: str, place: str) -> None:
    from quiz.documents import Document
    from quiz.extract import extract
    from quiz.frames import build_frame
    from quiz.scenario_material import scenario_material

    (case,) = extract([Document.from_bytes("t.txt", text.encode())]).cases
    frame = build_frame(case, scenario_material())
    assert (frame.role, frame.workplace.place) == (role, place)


def test_the_first_step_in_one_passage_is_the_one_it_tells_first(tmp_path: Path) -> None:
    import shutil

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "case.txt").write_text(
        "A forensic analyst was sentenced to four years in prison for espionage.\n\n"
        "Annelies Van der Meulen, 45, met a woman from a charity in 2021. There were dinners, "
        "a birthday gift of a silver bracelet and, in 2022, an invitation to speak at a "
        "conference in Vienna, with flights and a hotel paid. Later the woman asked Van der "
        "Meulen for internal case files, and paid her 3,000 euros for them. Van der Meulen was "
        "arrested in 2023.\n",
        encoding="utf-8",
    )
    shutil.copy(SEEDS / "channels.toml", seeds / "channels.toml")
    (question,) = {
        q.id: q
        for s in generate(load_material(seeds))
        for q in s.questions
        if "when should the first report" in q.prompt
    }.values()
    key = question.choices[[c.id for c in question.choices].index(question.answer[0])].text
    assert "generosity" in key


def _one_case(text: str):
    from quiz.documents import Document
    from quiz.extract import extract

    (case,) = extract([Document.from_bytes("t.txt", text.encode())]).cases
    return case


def test_a_sign_is_told_as_its_passage_shows_it() -> None:
    from quiz.frames import build_frame
    from quiz.scenario_material import scenario_material

    # His own access used for the handler: not "files from projects he does not work on".
    own = _one_case(
        "Marek Novak, 41, a network administrator at a defence institute, was sentenced to "
        "ten years in prison for espionage. Taking advantage of his position, Novak copied "
        "classified documents of his unit and passed them to a foreign intelligence officer, "
        "who paid him 40,000 euros."
    )
    (sign,) = [s for s in build_frame(own, scenario_material()).signs if s.tag == "insider-access"]
    assert "onto their own phone and laptop" in sign.sign.story
    assert "projects they do not work on" not in sign.sign.story
    # Files beyond his own work: the sign's own story.
    beyond = _one_case(
        "Marek Novak, 41, a network administrator at a defence institute, was sentenced to "
        "ten years in prison for espionage. A colleague noticed that Novak was repeatedly "
        "asking to see files unrelated to his own projects, and reported it. Novak had been "
        "paid 40,000 euros by a foreign intelligence officer."
    )
    (sign,) = [
        s for s in build_frame(beyond, scenario_material()).signs if s.tag == "insider-access"
    ]
    assert "projects they do not work on" in sign.sign.story


def test_no_after_reply_question_where_the_contact_never_asked_for_more(tmp_path: Path) -> None:
    import shutil

    own_move = (
        "Chen Dong, 35, an engineer at a research institute, was arrested in 2015 and sentenced "
        "to ten years in prison for espionage. An email arrived out of the blue from a stranger "
        "who said he was a technical expert and offered to buy materials. At first Chen sent "
        "him public information from the internet. Later, to get a higher reward, Chen began "
        "to focus on the internal network of his unit and stole classified files."
    )
    asked = own_move.replace(
        "Later, to get a higher reward, Chen began to focus on the internal network of his "
        "unit and stole classified files.",
        "Later the stranger asked him for internal documents of his unit, and Chen stole "
        "classified files.",
    )
    counts = []
    for name, text in (("own", own_move), ("asked", asked)):
        seeds = tmp_path / name
        seeds.mkdir()
        (seeds / "report.txt").write_text(text, encoding="utf-8")
        shutil.copy(SEEDS / "channels.toml", seeds / "channels.toml")
        questions = [q for s in generate(load_material(seeds)) for q in s.questions]
        counts.append(
            len({q.id for q in questions if "Now the contact asks for internal" in q.prompt})
        )
    assert counts == [0, 1]


def test_emails_after_a_meeting_in_person_do_not_make_the_approach_an_online_one() -> None:
    from quiz.frames import build_frame
    from quiz.scenario_material import scenario_material

    case = _one_case(
        "In the first case, a 39-year-old woman who manages a laboratory at a university was "
        "approached at a conference in Montreal by a man who introduced himself as a visiting "
        "professor. He invited her to lecture abroad with flights paid. Back home, she "
        "received emails asking for material samples. She reported the approach to her "
        "security office."
    )
    assert build_frame(case, scenario_material()).channel == "in-person"


def test_freelance_work_offered_is_not_a_freelancing_platform() -> None:
    from quiz.frames import build_frame
    from quiz.scenario_material import scenario_material

    case = _one_case(
        "Police have arrested a 52-year-old woman who works as a customs broker. The woman was "
        "contacted in the spring of 2025 on a professional networking site by someone who "
        "introduced herself as a recruiter, and who offered her freelance work writing market "
        "notes at 1,500 euros per note. Later the client asked for copies of internal customs "
        "declarations."
    )
    frame = build_frame(case, scenario_material())
    assert frame.channel == "online"
    assert "professional networking site" in frame.approach


def test_details_of_a_work_correspondence_stay_out_of_a_private_life_opening() -> None:
    from quiz.scenario_material import scenario_material

    online = scenario_material().ordinary["online"]
    for detail in online:
        if re.search(r"signature|logo|office hours|formal", detail.story):
            assert detail.work, detail.story


@pytest.mark.parametrize(
    ("passage", "grounded"),
    [
        ("A stranger offered him freelance work writing reports on the port.", True),
        ("Peter said the purpose of his visit was to buy some technical materials.", True),
        ("Out of the blue, a recruiter offered her 1,500 euros per note.", True),
        ('Andrei offered to pay her "for the inconvenience", which she refused.', False),
        ("He was paid 5,000 euros for the documents.", False),
    ],
)
def test_an_unprompted_offer_is_told_only_from_a_passage_that_shows_one(
    passage: str, grounded: bool
) -> None:
    from quiz.scenario_material import scenario_material

    sign = scenario_material().signs["unsolicited-offer"]
    assert sign.grounded_by(passage) is grounded


@pytest.mark.parametrize(
    "passage",
    [
        "He stopped replying, kept screenshots of every conversation and went to his manager.",
        '"Cut contact, do not delete anything, and tell your security officer."',
    ],
)
def test_keeping_the_messages_is_read_however_the_report_says_it(passage: str) -> None:
    from quiz.scenario_material import scenario_material

    grounds = scenario_material().actions.keep_evidence_grounds
    assert re.search(grounds, passage.lower())


def test_a_romance_with_the_contact_is_never_told_as_harmless() -> None:
    from quiz.scenario_material import scenario_material

    # A romance with the contact is this sign's pattern, declared or not: never told as harmless.
    assert not scenario_material().signs["compromising-relationship"].benign
    first_step = next(
        s for s in scenario_material().first_steps if s.tag == "excessive-help-flattery"
    )
    # A loan is generosity too; "presents" would be untrue of a case that has none.
    assert "presents" not in first_step.key


def test_a_phone_handed_over_for_contact_is_not_told_as_a_present() -> None:
    from quiz.frames import build_frame
    from quiz.scenario_material import scenario_material

    case = _one_case(
        "Rafael Albuquerque, 44, a shipping agent, confessed to passing cargo data. Two men "
        "approached him in Hamburg and threatened to send photographs to his wife. One of "
        "the men gave him a mobile phone with a messaging app and instructions for "
        "contacting them. The men later gave him an expensive watch. He was sentenced to "
        "community service."
    )
    assert build_frame(case, scenario_material()).gift in ("", "an expensive watch")
    assert "phone" not in build_frame(case, scenario_material()).gift


@pytest.mark.parametrize(
    "passage",
    [
        "PST praised an engineer who reported a suspicious job approach on LinkedIn to his "
        "security officer.",
        'Huang answered an advertisement on a social media platform offering "flexible '
        'part-time income" for filling in surveys.',
        "A foreign handler first approached him with paid online surveys, prosecutors said.",
    ],
)
def test_first_contacts_online_in_the_words_reports_use(passage: str) -> None:
    from quiz.scenario_material import scenario_material

    assert scenario_material().first_contact_online(passage)


def test_advice_to_contact_the_service_is_no_case_fact() -> None:
    assert "abroad-targeting" not in find_cues(
        "The service said that foreign services increasingly target citizens through "
        "relatives living abroad and urged anyone approached in this way to contact the "
        "service."
    )


@pytest.mark.parametrize(
    ("passage", "grounded"),
    [
        ("Li was planted as a staff member in a key department.", False),
        ("She repeatedly asked to be transferred to the unit that handled the codes.", True),
        ("His handlers steered him towards a post in the procurement office.", True),
    ],
)
def test_a_newcomer_pressing_for_sensitive_work_is_told_only_where_the_report_shows_it(
    passage: str, grounded: bool
) -> None:
    from quiz.scenario_material import scenario_material

    assert scenario_material().signs["placement"].grounded_by(passage) is grounded


@pytest.mark.parametrize(
    ("passage", "told"),
    [
        ("He gave her an expensive watch and paid for her holidays.", "presents"),
        ("They often helped him to improve his language and did him many favours.", "help"),
        ("He befriended a foreign man who treated his family very friendly.", None),
        # Errands for an ill relative are favours, whoever tells them.
        ('"He found my father a doctor and drove him to his treatments," she said.', "help"),
    ],
)
def test_kindness_is_told_as_the_passage_shows_it(passage: str, told: str | None) -> None:
    from quiz.scenario_material import scenario_material

    sign = scenario_material().signs["excessive-help-flattery"]
    assert sign.grounded_by(passage) is (told is not None)
    if told is not None:
        assert told in sign.as_shown_by(passage).story
        assert "unusually" not in sign.as_shown_by(passage).story  # no verdict to repeat


def test_essentials_tells_each_situation_once(sets) -> None:
    essentials = next(s for s in sets if s.id == "essentials")
    stories = Counter(q.prompt.split(". ", 1)[-1] for q in essentials.questions)
    assert max(stories.values()) == 1


def test_the_urgent_channel_question_puts_every_usual_channel_out_of_reach(sets) -> None:
    urgent = [q for s in sets for q in s.questions if "is closed until Monday" in q.prompt]
    assert urgent
    for question in urgent:
        # The seed channel says "security office or your superiors": a superior within reach
        # would be the better answer than another channel.
        assert "your manager cannot be reached" in question.prompt
        assert "tells you they have resigned" not in question.prompt  # a flight, not a notice


@pytest.mark.parametrize(
    ("passage", "grounded"),
    [
        # The trouble and a contact relieving it: the hook a recruiter uses.
        ("When he mentioned gambling debts, the new friend lent him money to cover them.", True),
        ("He learned of his difficulties with the debt and paid off part of it.", True),
        ("When she could not pay her brother's school fees, he quietly settled the bill.", True),
        # Only the trouble, as a defence pleads it: nobody was seen offering anything.
        ("His lawyer said he had fallen into heavy debt after a divorce.", False),
        ("He had been lonely and afraid of losing his job.", False),
    ],
)
def test_money_trouble_is_a_sign_only_where_a_contact_is_seen_relieving_it(
    passage: str, grounded: bool
) -> None:
    from quiz.scenario_material import scenario_material

    sign = scenario_material().signs["personal-vulnerability"]
    assert sign.grounded_by(passage) is grounded


def _questions_from(tmp_path: Path, name: str, text: str, *, channels: bool = True) -> list:
    """Every question generated from one report, with the seed material's channels (or,
    without ``channels``, the generic ones every organisation has)."""
    import shutil

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / name).write_text(text, encoding="utf-8")
    if channels:
        shutil.copy(SEEDS / "channels.toml", seeds / "channels.toml")
    return [q for s in generate(load_material(seeds)) for q in s.questions]


def test_a_first_message_that_only_offered_something_is_named_as_an_offer(tmp_path: Path) -> None:
    # "A message offering a discounted treatment package" asked for nothing: the earliest point
    # is the offer, not "the message asked for material".
    questions = _questions_from(
        tmp_path,
        "offer.txt",
        "A gas-field inspector, Omar Haddad Saleh, 45, was sentenced to ten years in prison "
        "for passing inspection reports to a foreign intelligence service.\n\n"
        "In 2022, after he posted online about his mother's illness, Haddad received a message "
        "from a clinic agency offering a heavily discounted treatment package abroad. The "
        "agency's coordinator paid for the flights, and later asked him for the field's "
        "internal safety inspection reports, then for confidential maps of the pipelines. He "
        "was paid 2,000 dollars for each report and told to keep the contact secret. Haddad "
        "was arrested in May.",
    )
    earliest = [q for q in questions if "when should the first report" in q.prompt]
    assert earliest
    for question in earliest:
        key = _key(question)
        assert "offer" in key and "asked for material" not in key, key


def test_someone_at_the_police_is_not_told_to_go_to_the_police(tmp_path: Path) -> None:
    questions = _questions_from(
        tmp_path,
        "police.txt",
        "Lucía Pop Cac, 34, a fingerprint analyst at the National Civil Police, was arrested "
        "in October for passing records to a foreign service.\n\nIn 2023 a man she met at a "
        "market offered her money for searches in the police records. He paid her 3,000 "
        "quetzales for each batch and told her not to tell anyone at the laboratory, and to "
        "use an encrypted app. Later he asked for full fingerprint cards of investigators.",
    )
    # (Every "what should you do?" written for the case, whether or not its set keeps it: the
    # one about the paid first offer gives way to "when should the first report have been
    # made?", which asks the same, read 335.)
    drafts = all_drafts(load_material(tmp_path / "seeds"))
    actions = [d for d in drafts if d.prompt.endswith("What should you do?")]
    assert actions and questions
    for draft in actions:
        wrong = [o for i, o in enumerate(draft.options) if i not in draft.correct]
        assert not [w for w in wrong if "police" in w.lower()], wrong


def test_a_published_article_is_never_a_detail_of_a_job_away_from_a_desk() -> None:
    from quiz.scenario_material import scenario_material

    details = [d for group in scenario_material().ordinary.values() for d in group]
    assert all(d.office for d in details if "article" in d.story)


def test_a_request_is_told_with_the_internal_material_the_case_names() -> None:
    from quiz.frames import build_frame
    from quiz.scenario_material import scenario_material

    case = _one_case(
        "Sergeant Rui Costa, 33, a radio operator at a naval base, was sentenced to six years in "
        "prison for espionage. A man who said he ran a maritime blog first asked him for "
        "public press releases, and then for the patrol schedules of the base, which are "
        "restricted. He paid Costa 800 euros each time. Costa was arrested in March."
    )
    frame = build_frame(case, scenario_material())
    (request,) = [s for s in frame.signs if s.tag in ("request-beyond-public", "escalation")]
    assert "patrol schedules" in request.sign.story and "patrol schedules" in request.sign.flag
    # Material the report calls public is never what the contact "now" asks for.
    assert "press releases" not in request.sign.story


@pytest.mark.parametrize(
    ("threat", "flag"),
    [
        (
            "When he tried to stop, she sent him a recording of their intimate video calls and "
            "said it would reach his wife unless he continued.",
            "private recording",
        ),
        (
            "When he tried to stop, the man sent photographs of his brother in Houston and said "
            "they could have him picked up.",
            "relative abroad",
        ),
        (
            "When he tried to stop, the man reminded him of the notes he had sent and threatened "
            "to tell his employer.",
            "what you sent, when you want to stop",
        ),
    ],
)
def test_a_threat_is_told_as_the_report_tells_it(threat: str, flag: str) -> None:
    from quiz.frames import build_frame
    from quiz.scenario_material import scenario_material

    case = _one_case(
        "Pedro Alves Lima, 40, a port clerk, was sentenced to seven years in prison for "
        "passing shipping lists to a foreign intelligence officer, who paid him 500 dollars "
        f"for each list. {threat} Lima was arrested in May."
    )
    frame = build_frame(case, scenario_material())
    (shown,) = [s for s in frame.signs if s.tag in ("threats-leverage", "coercion")]
    assert flag in shown.sign.flag.lower()


CLASS_CASE = (
    "A translator at the Ministry of Transport was sentenced on Monday to six years in prison "
    "for passing internal papers to a foreign intelligence officer.\n\n"
    "According to the ruling, the contact began in 2021 at an evening language course where "
    "Marta Sousa taught Portuguese. One of her students, a man who introduced himself as "
    '"Ivan", an employee of a trading firm, began staying behind after lessons. He paid '
    "Sousa 300 euros for each translation of public speeches. Later he asked Sousa for "
    "internal meeting notes of the ministry and she copied confidential documents for him. "
    "He told her to keep their meetings secret and to use an encrypted app. Ivan also gave "
    "her an expensive watch. When Sousa wanted to stop, Ivan threatened to tell her employer "
    "about the papers. Sousa was arrested in May 2024.\n"
)


def test_a_suspicious_situation_opens_the_way_the_case_began(tmp_path: Path) -> None:
    questions = _questions_from(tmp_path, "class.txt", CLASS_CASE)
    # Where she met him is told in the sentence before who he said he was.
    language_class = "At an evening language class"
    suspicious = [
        q
        for q in questions
        if q.kind == "scenario" and q.benign is False and q.prompt.startswith("You work as")
    ]
    assert suspicious
    for question in suspicious:
        assert language_class in question.prompt, question.prompt
    # The way out of the threat is asked: she handed material over, which is the lever.
    assert any("What is the best way out?" in q.prompt for q in questions)


def test_no_way_out_question_where_nothing_was_handed_over(tmp_path: Path) -> None:
    questions = _questions_from(
        tmp_path,
        "refused.txt",
        "In a case from last year, Ola Nordmann, a naval officer, was contacted on a dating app "
        "by a woman who soon asked about his ship's schedule. When he refused, she threatened "
        "to send their private messages to his wife. Nordmann reported the approach to his "
        "security officer the same day and was praised for it.\n",
    )
    # "Some time ago you sent a contact a few internal documents" would invent the lever.
    assert not any("What is the best way out?" in q.prompt for q in questions)


def test_a_warning_sign_is_never_the_only_choice_about_work(sets) -> None:
    from quiz.scenario_material import scenario_material

    material = scenario_material()
    jobs = {d.choice for group in material.ordinary.values() for d in group if d.job}
    # Another sign's harmless counterpart told as a detail (a near miss) is about work too.
    jobs |= {s.benign_misread for s in material.signs.values() if s.near_miss}
    # And the sign's own harmless twin told beside it (reads 344 to 350).
    jobs |= {
        s.benign_beside_misread or s.benign_misread
        for s in material.signs.values()
        if s.twin_beside
    }
    which = [
        q
        for s in sets
        for q in s.questions
        if q.prompt.endswith("Which of these details is a warning sign?") and not q.benign
    ]
    assert which
    for question in which:
        if "At your club" in question.prompt or "dating app" in question.prompt:
            continue  # contact made in private life: no details about work at all
        # (Templates filled with the case's own words: "your {unit}'s website".)
        assert any(
            re.fullmatch(re.sub(r"\\\{\w+\\\}", ".+", re.escape(job)), c.text)
            for c in question.choices
            for job in jobs
        ), question.prompt


@pytest.mark.parametrize(
    ("passage", "grounded"),
    [
        ("Before she returned home, the man asked her to keep sending news of her lab.", True),
        ("After he came back, the contact kept in touch and asked about his unit.", True),
        # Only a meeting abroad: the abroad opening tells that already; nothing was timed
        # for the return.
        ("During his stay abroad, he met a person who said he was a diplomat.", False),
    ],
)
def test_an_approach_abroad_is_a_sign_where_it_reaches_past_the_return_home(
    passage: str, grounded: bool
) -> None:
    from quiz.scenario_material import scenario_material

    assert scenario_material().signs["abroad-targeting"].grounded_by(passage) is grounded


def test_the_first_report_names_a_friend_made_online_not_an_unexpected_message(
    tmp_path: Path,
) -> None:
    questions = _questions_from(
        tmp_path,
        "game.txt",
        "A network engineer at a power company was sentenced on Friday to five years in prison "
        "for selling grid diagrams to a foreign intelligence officer.\n\n"
        "Pekka Virta met the officer in an online game in 2023. The player, who said he ran a "
        "small studio, first asked Virta for public material about the grid and paid him 200 "
        "euros for each short report. Later he asked for internal diagrams of the control "
        "centre, and Virta copied confidential files for him. Virta was arrested in May 2024.\n",
    )
    earliest = [q for q in questions if "when should the first report" in q.prompt]
    assert earliest
    for question in earliest:
        # Looking back at someone else's case: never "the person you met" (read 123).
        assert "online friend" in _key(question), _key(question)
        assert "you" not in _key(question).split(), _key(question)


@pytest.mark.parametrize(
    ("sign", "passage", "told"),
    [
        (
            "secrecy-pressure",
            "He asked her to write only to his personal email address.",
            "mailbox",
        ),
        # (The deleting told, not the encryption, which is ordinary: read 278.)
        (
            "secrecy-pressure",
            "They talked on an encrypted app and deleted the chats.",
            "deletes the messages",
        ),
        ("excessive-help-flattery", "He paid part of the tuition of her daughter.", "bills"),
        ("excessive-help-flattery", "He gave her an expensive watch.", "presents"),
    ],
)
def test_signs_told_by_the_act_the_passage_shows(sign: str, passage: str, told: str) -> None:
    from quiz.scenario_material import scenario_material

    shown = scenario_material().signs[sign].as_shown_by(passage)
    assert told in f"{shown.story} {shown.flag}".lower()


def test_details_that_cannot_both_be_true_are_never_told_together() -> None:
    import random

    from quiz.families.base import Context
    from quiz.scenario_material import scenario_material

    ctx = Context(load_material(SEEDS), scenario_material(), 0)
    for seed in range(200):
        details = ctx.ordinary("in-person", random.Random(seed), 4)
        groups = [d.group for d in details if d.group]
        assert len(groups) == len(set(groups))


def test_no_question_about_keeping_messages_where_the_contact_was_by_calls(
    tmp_path: Path,
) -> None:
    questions = _questions_from(
        tmp_path,
        "calls.txt",
        "Jonas Berg, a doctoral researcher at a university laboratory, was contacted on a "
        "professional networking site by a recruiter and offered paid expert calls at 300 euros "
        "an hour. The first call concerned general trends; later calls asked about unpublished "
        "results of his group. Berg came forward to the security office in August and was not "
        "charged. Berg had been paid 900 euros.\n",
    )
    assert questions
    assert not any("What do you do with the messages?" in q.prompt for q in questions)


def test_questions_that_narrow_and_an_offer_of_paid_calls_are_told_as_such() -> None:
    from quiz.scenario_material import scenario_material

    signs = scenario_material().signs
    narrowing = "Later calls brought increasingly detailed questions about the team's project."
    told = signs["request-beyond-public"].as_shown_by(narrowing)
    # (What it does not publish, not "current projects", read 393.)
    assert "does not publish" in told.story and "published articles" not in told.story
    assert signs["unsolicited-offer"].grounded_by("He was offered paid expert calls.")


def test_a_sign_told_another_way_is_excused_in_its_own_words() -> None:
    from quiz.scenario_material import scenario_material

    secrecy = scenario_material().signs["secrecy-pressure"]
    told = secrecy.as_shown_by("She asked him to move their chats to an encrypted app.")
    assert "encrypted" in told.flag and "private address" not in told.excuse


@pytest.mark.parametrize(
    ("passage", "grounded"),
    [
        # The person paying their own debts off later is unexplained money, not a contact's help.
        ("The defendant paid off his debts in cash within a year and bought a new car.", False),
        (
            "He owed a lender 60,000 crowns; his chess partner offered to pay part of the loan.",
            True,
        ),
    ],
)
def test_money_trouble_relieved_by_someone_else_not_by_the_person(
    passage: str, grounded: bool
) -> None:
    from quiz.scenario_material import scenario_material

    assert scenario_material().signs["personal-vulnerability"].grounded_by(passage) is grounded


def test_a_separate_email_account_is_told_as_a_private_mailbox() -> None:
    from quiz.scenario_material import scenario_material

    told = (
        scenario_material()
        .signs["secrecy-pressure"]
        .as_shown_by(
            "At his suggestion she used a separate email account for the work and deleted drafts."
        )
    )
    assert "email" in told.story and "encrypted" not in told.story


SICK_RELATIVE_CASE = (
    "A border guard was charged with spying after his mother fell seriously ill and needed "
    "surgery.\n\n"
    "Sergeant Ivan Petrov, 36, served at a border post. Desperate to get his mother treated, "
    "Petrov was put in touch with a man presenting himself as a coordinator for a charity, who "
    "paid her hospital bills. Later the man asked Petrov for patrol schedules and paid him "
    "500 euros a month. The man told him openly that he worked for the GRU and threatened to "
    "send their recordings to his superiors when Petrov tried to stop. Petrov was arrested in "
    "March and charged with espionage.\n"
)


def test_an_approach_through_a_sick_relative_is_told_so_without_a_contradicting_employer(
    tmp_path: Path,
) -> None:
    questions = _questions_from(tmp_path, "relative.txt", SICK_RELATIVE_CASE)
    suspicious = [
        q
        for q in questions
        if q.kind == "scenario" and q.benign is False and q.prompt.startswith("You work as")
    ]
    assert suspicious
    for question in suspicious:
        assert "falls seriously ill" in question.prompt, question.prompt
        # The case's own cover (a coordinator) is not contradicted by "a foreign company".
        assert "works for a foreign company" not in question.prompt


@pytest.mark.parametrize(
    ("sign", "passage"),
    [
        ("excessive-help-flattery", "The man paid about 9,000 lari of hospital bills for them."),
        ("disclosed-affiliation", "He told the officer openly that he worked for the GRU."),
        ("sudden-exit", "Cameras showed him crossing the occupation line on foot."),
        ("insider-access", "A colleague saw him photographing the duty board at night."),
    ],
)
def test_signs_grounded_by_the_acts_reports_tell_in_their_own_words(
    sign: str, passage: str
) -> None:
    from quiz.scenario_material import scenario_material

    assert scenario_material().signs[sign].grounded_by(passage)


def test_a_cover_keeps_the_kind_of_organisation_it_claims() -> None:
    from quiz.documents import Document
    from quiz.extract import extract
    from quiz.frames import build_frame
    from quiz.scenario_material import scenario_material

    text = (
        "Sergeant Ivan Petrov, 36, a border guard, was charged with espionage in March. Petrov "
        "was put in touch with a man presenting himself as a coordinator for a Russian "
        "humanitarian foundation, who paid him 500 euros a month for patrol schedules. Petrov "
        "was arrested in March."
    )

    (case,) = extract([Document.from_bytes("t.txt", text.encode())]).cases
    frame = build_frame(case, scenario_material())
    assert frame.cover == "a coordinator for a Russian humanitarian foundation"
    # Never half of one (read 152: "a coordinator for a group strikes up a conversation"): the
    # whole (read 199: "a buyer" of what?).
    cut = text.replace("a Russian humanitarian foundation", "a group of foreign investors")
    (case,) = extract([Document.from_bytes("t.txt", cut.encode())]).cases
    assert (
        build_frame(case, scenario_material()).cover
        == "a coordinator for a group of foreign investors"
    )


@pytest.mark.parametrize(
    ("passage", "opening"),
    [
        (
            "He answered an advertisement on a professional networking site seeking experts "
            "for paid remote work.",
            "You answer an online advertisement",
        ),
        # An illness later in a friendship begun at a chess club is not how it began.
        (
            "They met at a chess club. When his wife fell ill, the friend arranged medicine.",
            "At your club",
        ),
    ],
)
def test_the_way_in_is_the_one_the_passage_tells(passage: str, opening: str) -> None:
    import re

    from quiz.scenario_material import scenario_material

    found = next(
        o.approach for o in scenario_material().openings if re.search(o.pattern, passage.lower())
    )
    assert found.startswith(opening)


@pytest.mark.parametrize(
    ("sign", "passage", "told"),
    [
        ("compromising-relationship", "They had intimate video calls for months.", "video calls"),
        ("compromising-relationship", "He kept an affair with a local woman.", "kept from work"),
        ("excessive-help-flattery", "He did him many favours.", "favour"),
    ],
)
def test_romance_and_kindness_are_told_as_the_passage_shows_them(
    sign: str, passage: str, told: str
) -> None:
    from quiz.scenario_material import scenario_material

    shown = scenario_material().signs[sign].as_shown_by(passage)
    assert told in f"{shown.story} {shown.flag}".lower()


def test_praise_alone_grounds_no_question_about_kindness() -> None:
    # Praise is ordinary: a case that shows only praise is not asked about favours and gifts.
    from quiz.scenario_material import scenario_material

    sign = scenario_material().signs["excessive-help-flattery"]
    assert not sign.grounded_by("The sender praised her outstanding poster.")
    assert sign.grounded_by("He did him many favours.")


def test_photographs_taken_at_work_are_told_as_photographs_not_copies() -> None:
    from quiz.scenario_material import scenario_material

    told = (
        scenario_material()
        .signs["insider-access"]
        .as_shown_by(
            "The neighbour asked him to photograph the duty rosters pinned up in the corridor."
        )
    )
    assert "photographing" in told.story and "copy" not in told.story


def test_a_freelance_platform_and_a_chat_contact_are_ways_in_online() -> None:
    import re

    from quiz.scenario_material import scenario_material

    material = scenario_material()
    platform = "she had joined a freelance translation platform to find clients"
    assert any(
        o.channel == "online" and "freelancing platform" in o.approach
        for o in material.openings
        if re.search(o.pattern, platform)
    )
    online = next(s for s in material.first_steps if s.tag == "online-approach")
    assert re.search(online.grounds, "when a chat contact offered to pay off his debts")


def test_a_second_passage_from_another_document_is_cited_under_its_own_title(
    tmp_path: Path,
) -> None:
    import shutil

    # Chen's first step told in one report (the first report's cover sentence, which the
    # shipped case file marks garbled) and the money in another: each quote is credited to the
    # document it comes from.
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    case_file = seeds / "cases" / "chen-wei.toml"
    text = case_file.read_text(encoding="utf-8")
    text = text[: text.index("# The first report's sentence reads")] + text[text.index("[case]") :]
    case_file.write_text(text[: text.index("# The same cover in the second report")])
    chen = next(s for s in generate(load_material(seeds)) if s.id == "case-chen-wei")
    earliest = next(q for q in chen.questions if "when should the first report" in q.prompt)
    assert len({s.doc for s in earliest.sources}) > 1
    assert " And (" in earliest.explanation


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        (
            "Clerk jailed over port papers\n\nVALPARAÍSO - A clerk was jailed.",
            "Clerk jailed over port papers",
        ),
        ("\ufeff  Clerk jailed\r\n\r\nA clerk was jailed.\r\n", "Clerk jailed"),
        ('"I said no": a nurse\'s story\n \nShe said no.', '"I said no": a nurse\'s story'),
        # Running text, not a headline: a first sentence, a first line with more lines in its
        # paragraph, a document of one paragraph, a first line too long to be a headline.
        ("A clerk was jailed on Monday.\n\nHe had sold papers.", None),
        ("Clerk jailed\nover papers\n\nA clerk was jailed.", None),
        ("Clerk jailed over port papers", None),
        ("Word " * 40 + "\n\nA clerk was jailed.", None),
        # Corpus 62: a kicker, a section label or a letterhead above the headline is passed
        # over ("The case of X (THE LONG READ)"); a long line in capitals is a headline.
        ("THE LONG READ\n\nThe clerk who said no\n\nA clerk said no.", "The clerk who said no"),
        (
            "COURT REPORT | District Court, Gjøvik\n\nWelder jailed\n\nA welder was jailed.",
            "Welder jailed",
        ),
        (
            "CITY NEWS - Local news\n\nBy Ana Lima\n\nNurse praised\n\nA nurse reported it.",
            "Nurse praised",
        ),
        (
            "PROSECUTOR'S OFFICE\nPress release\nVilnius, 14 May\n\nDispatcher charged\n\n"
            "A dispatcher was charged.",
            "Dispatcher charged",
        ),
        (
            "ARMY COOK DISMISSED IN SPY CASE\n\nBy Ana Lima\n\nAn army cook was dismissed.",
            "ARMY COOK DISMISSED IN SPY CASE",
        ),
        ("PRESS RELEASE\n\nThe service informs the public:\n\nA clerk was charged.", None),
        # Corpus 72 (read 209: "The case of Kelvin Shaun Ormond (CORONER'S COURT OF THE
        # FALKLAND ISLANDS)"): an institution's name in capitals, however long, is its
        # letterhead; a chapter's or a numbered section's heading is no report's headline.
        (
            "CORONER'S COURT OF THE FALKLAND ISLANDS\n\nTechnician found dead\n\nHe died.",
            "Technician found dead",
        ),
        (
            "FOREIGN MINISTRY DISMISSES ARCHIVES EMPLOYEE\n\nBy Ana Lima\n\nA clerk was fired.",
            "FOREIGN MINISTRY DISMISSES ARCHIVES EMPLOYEE",
        ),
        (
            "Chapter 6 - Integrity and control\n\n6.1 Overview\n\nIn 2025 the unit opened files.",
            None,
        ),
        ("1. The deceased\n\nKelvin Ormond was born in 1987.", None),
    ],
)
def test_a_reports_headline_is_its_first_line_standing_alone(
    text: str, headline: str | None
) -> None:
    from quiz.documents import Document

    assert Document.from_bytes("a.txt", text.encode("utf-8")).headline == headline


def test_a_document_without_source_details_is_cited_by_its_headline_never_its_file_name(
    tmp_path: Path,
) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    headlines = {}
    for report in sorted((CORPUS.parent / "corpus56").glob("*.txt")):
        text = report.read_text(encoding="utf-8")
        (seeds / report.name).write_text(text, encoding="utf-8")
        headlines[report.name] = text.partition("\n")[0]
    # One report opens with running text: it has no headline, and no title.
    opening = "On a Tuesday in March the ministry said a clerk had been charged.\n\n"
    (seeds / "01.txt").write_text(opening + (seeds / "01.txt").read_text(encoding="utf-8"))
    del headlines["01.txt"]
    explanations = [q.explanation for qs in generate(load_material(seeds)) for q in qs.questions]
    assert explanations
    assert not [e for e in explanations if re.search(r"\w\.txt\b", e)]
    cited = {
        name for name, title in headlines.items() if any(f"({title})" in e for e in explanations)
    }
    assert len(cited) >= 4


@pytest.mark.parametrize(
    ("passage", "opening"),
    [
        (
            "He was recruited through his uncle. The uncle got in touch through a messenger app.",
            "A relative you have not been in touch with for years writes",
        ),
        ("She met the man at an auction house in Lyon.", "At an auction"),
        ("He met the man at his niece's wedding in Porto.", "At a family wedding"),
        ("She was recruited by her landlord.", "Your landlord"),
        ("He met a trader at a cryptocurrency investment seminar.", "At an investment seminar"),
        ("A friend put Ruiz in touch with a researcher.", "An acquaintance introduces you"),
        # (Said of the person: corpora 55 and 117.)
        (
            "At a fundraising evening in Kemi, Rautiola was introduced to a woman calling herself "
            "Aune.",
            "An acquaintance introduces you",
        ),
        # The one introduced is the stranger, not the neighbour who introduced him.
        (
            "His neighbour, a retired teacher, introduced him to her nephew from the capital.",
            "At a get-together, a neighbour you have known for years introduces you to an "
            "acquaintance",
        ),
        (
            "She was introduced to the buyer by her neighbour.",
            "At a get-together, a neighbour you have known",
        ),
        # (Where and when between commas: corpus 116, read 356.)
        (
            "A neighbour introduced him, at a barbecue, to a man who said he was an exporter.",
            "At a get-together, a neighbour you have known",
        ),
        (
            "It began at the language-exchange evenings at the town library.",
            "At a language-exchange evening",
        ),
    ],
)
def test_ways_in_from_private_life_are_told_as_the_report_tells_them(
    passage: str, opening: str
) -> None:
    channels = ("online", "abroad") if "app" in passage else ("in-person",)
    assert _openings(passage, channels)[0].startswith(opening)


def _openings(passage: str, channels: tuple[str, ...] = ()) -> list[str]:
    """The approaches whose pattern finds the passage, in the data file's order (of the given
    channels only, when given)."""
    import re

    from quiz.scenario_material import scenario_material

    return [
        o.approach
        for o in scenario_material().openings
        if (not channels or o.channel in channels) and re.search(o.pattern, passage.lower())
    ]


@pytest.mark.parametrize(
    ("passage", "begins"),
    [
        (
            "He was approached by the new owner of the building where he rents a flat.",
            "Your landlord",
        ),
        ("A man he met at a market near the depot offered to settle his loans.", "At a market"),
        (
            "She was asked for help by a foreign tourist whose car had broken down.",
            "A foreign visitor in difficulty",
        ),
        (
            "A woman who said she hosted a podcast about nurses wrote to him.",
            "The host of a podcast",
        ),
    ],
)
def test_ways_in_told_in_other_words_open_the_situation(passage: str, begins: str) -> None:
    assert _openings(passage)[0].startswith(begins)


def test_a_contact_that_began_on_a_dating_application_began_online() -> None:
    from quiz.scenario_material import scenario_material

    online = scenario_material().first_contact_online
    assert online("The prosecutor said the contact began on a dating application in 2022.")
    assert online("The story began two years earlier on a gaming server.")
    assert not online("Later they communicated through an encrypted application.")


def test_a_funded_place_never_applied_for_and_a_paid_interview_trip_are_asked_about() -> None:
    from quiz.frames import build_frame
    from quiz.scenario_material import scenario_material

    case = _one_case(
        "A 41-year-old geography teacher at the naval academy, who asked not to be named, "
        'received an e-mail from a "Baltic Institute for Strategic Studies" announcing that his '
        '"exceptional record" had earned him a fully funded master\'s degree in Vienna. He had '
        "never applied. The institute invited him to an all-expenses-paid interview weekend in "
        "Prague. He did not reply and forwarded every message to the academy's security officer "
        "the same day, and was thanked for reporting the approach."
    )
    flags = {s.tag: s.sign.flag for s in build_frame(case, scenario_material()).signs}
    assert "never applied for" in flags["unsolicited-offer"]
    # The paid interview weekend is no sign on its own (reads 201, 202): the place never
    # applied for is.
    assert "interview" not in flags.get("invitation-travel", "")


def test_a_relative_named_only_for_an_account_is_no_way_in() -> None:
    assert not _openings("He was paid through transfers under his brother-in-law's name.")


def test_the_way_in_told_first_opens_the_situation_not_an_event_told_later() -> None:
    from quiz.frames import build_frame
    from quiz.scenario_material import scenario_material

    case = _one_case(
        "Sergeant Pablo Ruiz Mora, 44, a supply sergeant, was sentenced to five years in prison "
        "for espionage. A friend put Ruiz in touch with a woman who presented herself as a "
        "researcher for a foundation. She invited him to a seminar in Panama with flights and "
        "hotel paid, and later paid him for convoy schedules. Ruiz was arrested in May."
    )
    frame = build_frame(case, scenario_material())
    assert frame.stranger_approach.startswith("An acquaintance introduces you")


def test_lavish_spending_is_told_only_where_the_report_shows_spending() -> None:
    from quiz.scenario_material import scenario_material

    sign = scenario_material().signs["unexplained-money"]
    assert not sign.grounded_by(
        "Investigators found deposits of about EUR 14,000, which she had not declared."
    )
    assert sign.grounded_by("He bought a new car and a flat, far beyond his means.")


def test_someone_from_ones_past_is_not_called_a_new_online_friend(tmp_path: Path) -> None:
    questions = _questions_from(
        tmp_path,
        "uncle.txt",
        "The Security Service has detained an agent collecting data on the police radio "
        "network. The agent turned out to be a 44-year-old technician of a regional police "
        "communications unit.\n\nThe man was recruited through his uncle, who had not been in "
        "contact with him for years. The uncle got in touch through a messenger app and later "
        "asked him for the locations of radio repeaters and offered him money for each task. "
        "The technician copied configuration files to a personal flash drive and received "
        "10,000 hryvnias for each task. He faces life imprisonment.\n",
    )
    (earliest,) = {
        q.id: q for q in questions if "when should the first report" in q.prompt
    }.values()
    key = next(c.text for c in earliest.choices if c.id == earliest.answer[0])
    assert "long-lost contact" in key and "new online friend" not in key


def test_a_cover_told_as_what_the_person_believed_and_no_fee_the_report_lacks() -> None:
    from quiz.frames import build_frame
    from quiz.scenario_material import scenario_material

    case = _one_case(
        "Paul Marchand, 48, a former air-traffic controller, was sentenced to six years in "
        "prison for passing flight schedules to a man he believed to be a Dutch art dealer, "
        "who paid him 20,000 euros."
    )
    assert build_frame(case, scenario_material()).cover == "a Dutch art dealer"
    invitation = scenario_material().signs["invitation-travel"]
    assert "fee" not in invitation.story
    assert "abroad" in invitation.benign


def test_money_trouble_told_in_one_sentence_and_relieved_in_the_next_is_one_sign(
    tmp_path: Path,
) -> None:
    from quiz.families import Context
    from quiz.frames import build_frame
    from quiz.scenario_material import scenario_material

    text = (
        "Karl Meyer, 36, a radar engineer at a defence firm, was sentenced to four years in "
        "prison for espionage. A man who presented himself as a successful trader befriended "
        "Meyer, who had lost most of his savings in a failed crypto scheme. Over several months "
        "the trader lent him 20,000 euros and later asked him for internal test reports, which "
        "Meyer copied and sent. He was arrested in May.\n"
    )
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "meyer.txt").write_text(text, encoding="utf-8")
    material = load_material(seeds)
    ctx = Context(material, scenario_material(), 0)
    (case,) = material.extraction.cases
    alone = build_frame(case, ctx.scenarios, ctx.garbled, ctx.sentence_before)
    assert "personal-vulnerability" not in {s.sign.tag for s in alone.signs}
    frame = build_frame(case, ctx.scenarios, ctx.garbled, ctx.sentence_before, ctx.with_next)
    (sign,) = [s for s in frame.signs if s.sign.tag == "personal-vulnerability"]
    assert "lost most of his savings" in sign.evidence.quote
    assert "lent him 20,000 euros" in sign.evidence.quote
    assert text[sign.evidence.start : sign.evidence.end] == sign.evidence.quote


CLEANER_CASE = (
    "Police have issued an arrest warrant for a cleaner who worked evening shifts at the "
    "Ministry of Finance. The suspect, a 52-year-old woman identified only by her initials, "
    "R.S., was recruited by her landlord. When R.S. fell behind on her rent, the landlord told "
    "her she could stay without paying. She photographed documents left on desks with her own "
    "phone and was paid in cash for each batch. R.S. was charged in absentia with espionage.\n"
)


def test_a_job_away_from_a_desk_gets_no_office_details_and_no_business_visitors(
    tmp_path: Path,
) -> None:
    from quiz.scenario_material import scenario_material

    office = [d.story for group in scenario_material().ordinary.values() for d in group if d.office]
    assert office
    questions = _questions_from(tmp_path, "cleaner.txt", CLEANER_CASE)
    assert questions
    for question in questions:
        assert not any(story in question.prompt for story in office), question.prompt
        assert "partner company" not in question.prompt
        assert "public contact address" not in question.prompt


def test_one_passage_never_grounds_the_trouble_and_the_favours_that_relieved_it() -> None:
    from quiz.frames import build_frame
    from quiz.scenario_material import scenario_material

    case = _one_case(CLEANER_CASE)
    frame = build_frame(case, scenario_material())
    told = {s.sign.tag: s.evidence for s in frame.signs}
    assert "personal-vulnerability" in told
    assert told.get("excessive-help-flattery") != told["personal-vulnerability"]


@pytest.mark.parametrize(
    ("passage", "opening"),
    [
        (
            "He first met the recruiter at a sailing club, where the man introduced himself.",
            "At your club, a friendly newcomer",
        ),
        (
            "During a student exchange at a university abroad he was befriended by a professor.",
            "During an exchange programme",
        ),
        ("She was contacted on an online job platform.", "On an online job platform"),
    ],
)
def test_newcomers_exchanges_and_job_platforms_open_as_the_report_tells(
    passage: str, opening: str
) -> None:
    channels = ("online", "in-person", "abroad") if "online" in passage else ("in-person", "abroad")
    assert _openings(passage, channels)[0].startswith(opening)


def test_someone_who_once_was_an_exchange_student_is_no_exchange_opening() -> None:
    assert not _openings("The friend had studied in Tampere as an exchange student.", ("abroad",))


def test_a_hint_at_what_was_already_sent_is_a_threat() -> None:
    from quiz.scenario_material import scenario_material

    sign = scenario_material().signs["threats-leverage"]
    assert sign.grounded_by(
        'The player wrote that "your commanders would be very interested to see what you '
        'have already sent".'
    )


def test_a_relatives_offer_of_money_is_the_first_point_to_report(tmp_path: Path) -> None:
    questions = _questions_from(
        tmp_path,
        "cousin.txt",
        "The Security Service has detained an agent collecting data on the police radio "
        "network. The agent turned out to be a 39-year-old technician of a regional police "
        "communications unit.\n\nThe man was recruited through his cousin, who had not been in "
        "touch for years. The cousin got in touch through a messenger app to share family "
        'photos. Later he offered the technician "extra income" to help with the cost of his '
        "daughter's treatment. The technician then passed the locations of radio repeaters, "
        "copied configuration files to a personal flash drive and received 8,000 hryvnias "
        "for each task. He faces life imprisonment.\n",
    )
    (earliest,) = {
        q.id: q for q in questions if "when should the first report" in q.prompt
    }.values()
    assert _key(earliest) == "As soon as money was offered, unasked"


def test_a_fishing_trip_opens_with_a_stranger_and_a_broker_works_by_the_port() -> None:
    from quiz.frames import build_frame
    from quiz.scenario_material import scenario_material

    passage = "He was approached during a fishing trip by a man who said he was an investor."
    assert _openings(passage, ("in-person",))[0].startswith("On a fishing trip")
    case = _one_case(
        "Rafael Ortega Ruiz, 45, a customs broker who ran a brokerage at the port, was "
        "sentenced to eight years in prison for passing cargo manifests to a foreign "
        "intelligence officer, who paid him 2,000 dollars per report."
    )
    assert build_frame(case, scenario_material()).workplace.place == "a port"


@pytest.mark.parametrize(
    ("passage", "kept_from_work"),
    [
        ("She told him to install an encrypted messaging application on a separate phone.", False),
        ("He told her not to tell anyone and to use an encrypted messaging app.", True),
    ],
)
def test_an_app_alone_is_not_told_as_a_contact_kept_from_work(
    passage: str, kept_from_work: bool
) -> None:
    from quiz.scenario_material import scenario_material

    told = scenario_material().signs["secrecy-pressure"].as_shown_by(passage)
    assert "encrypted" in told.story
    assert ("anyone at work" in told.story) is kept_from_work


def test_a_company_contact_is_never_told_of_a_contact_made_in_private_life() -> None:
    from quiz.scenario_material import scenario_material

    (detail,) = [
        d
        for group in scenario_material().ordinary.values()
        for d in group
        if "just opened an office" in d.story
    ]
    assert detail.work


def test_no_ordinary_detail_limits_the_contact_to_a_few_days() -> None:
    # Stories run over weeks and months ("over the following months ..."): a contact "in town
    # for a few days" would contradict them.
    from quiz.scenario_material import scenario_material

    stories = [d.story for group in scenario_material().ordinary.values() for d in group]
    assert not [s for s in stories if re.search(r"\bfor a few days\b", s)]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Ana Rojas Mora, 40, a hydraulic engineer with the national Institute of Aqueducts "
            "and Sewers, was sentenced to six years in prison for passing network maps to a "
            "foreign intelligence officer, who paid her 9,000 dollars.",
            "a water utility",
        ),
        (
            "Prosecutors charged an Omani cargo pilot, Captain Hamad bin Ali Al Rawahi, 41, a "
            "captain with a freight carrier, with espionage after he passed cargo manifests to "
            "a foreign intelligence officer, who paid him 10,000 rials.",
            "an airport",
        ),
    ],
)
def test_water_works_and_freight_carriers_are_workplaces(text: str, place: str) -> None:
    from quiz.frames import build_frame
    from quiz.scenario_material import scenario_material

    assert build_frame(_one_case(text), scenario_material()).workplace.place == place


def test_a_course_taken_online_is_an_online_way_in_and_one_paid_for_is_not() -> None:

    from quiz.taxonomy import find_cues

    enrolled = "He enrolled in a free online course on hydraulic modelling."
    assert "online-approach" in find_cues(enrolled)
    assert "online-approach" not in find_cues("The mentor paid for an online course for him.")
    assert _openings(enrolled)[0].startswith("You sign up for an online course")


def test_one_act_told_once_is_no_sequence_of_two_signs_to_wait_between(tmp_path: Path) -> None:
    import shutil

    # The engineer "copied 312 internal files onto a USB drive": one act, which grounds both
    # copying files and using one's access; a timeline would split it in two. (A timeline of
    # the copying and the cash found at home, two acts, may be asked.)
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(CORPUS.parent / "corpus33" / "01.txt", seeds / "01.txt")
    questions = [q for s in generate(load_material(seeds)) for q in s.questions]
    assert questions
    timelines = [q for q in questions if "about a colleague, in this order" in q.prompt]
    assert not [
        q
        for q in timelines
        if "began copying" in q.prompt and "began asking for files from projects" in q.prompt
    ]


def test_keeping_the_messages_reads_as_a_sentence_without_a_pasted_channel(
    tmp_path: Path,
) -> None:
    advice = "Messages and payment records should be preserved, not deleted, and handed over."
    questions = _questions_from(tmp_path, "dating.txt", f"{DATING_CASE}\n{advice}\n")
    kept = [q for q in questions if "What do you do with the messages?" in q.prompt]
    assert kept
    for question in kept:
        assert "whose job it is (" not in question.explanation


def test_a_dating_application_is_a_dating_app() -> None:
    from quiz.taxonomy import find_cues

    sentence = "During layovers abroad the pilot met a woman on a dating application."
    assert "online-approach" in find_cues(sentence)


def test_the_welcome_lunch_is_told_at_the_start_of_a_stay(sets) -> None:
    for question in (q for s in sets for q in s.questions):
        at = question.prompt.find("welcome lunch")
        if at >= 0:
            assert "stay nears its end" not in question.prompt[:at], question.prompt


@pytest.mark.parametrize(
    "passage",
    [
        "She first asked him for published tide tables, then for the internal berthing plans of "
        "the naval base.",
        "He was first asked for photographs from a public open day. By spring he was being asked "
        "for extracts from manuals marked classified.",
    ],
)
def test_requests_that_step_up_from_public_to_internal_ground_the_switch(passage: str) -> None:
    from quiz.scenario_material import scenario_material

    sign = scenario_material().signs["request-beyond-public"]
    assert sign.grounded_by(passage)
    assert sign.span_next
    # The recruit's own step up is no request by the contact.
    assert not sign.grounded_by(
        "The engineer initially passed on brochures, but subsequently sent internal reports."
    )


def test_a_charity_a_phone_call_and_a_game_open_the_cases_they_began(material) -> None:
    from quiz.families.base import Context, case_details
    from quiz.frames import build_frame
    from quiz.scenario_material import scenario_material

    scenarios = scenario_material()
    charity = _one_case(
        "Andile Mokoena, 40, a driver at the defence ministry, was charged with espionage. When "
        "his son needed an operation, a man who introduced himself as the coordinator of a "
        "children's charity contacted the family and paid the hospital bills. Later the man "
        "asked Mokoena for the travel plans of senior officers and paid him for each one."
    )
    frame = build_frame(charity, scenarios)
    assert frame.approach.startswith("Someone from a charity")
    # Who the contact works for is told: no detail gives them another employer.
    ctx = Context(material, scenarios, 0)
    for seed in range(20):
        for found in frame.signs:
            details = case_details(
                ctx, frame, found.sign, random.Random(seed), 3, benign=False, private=True
            )
            assert not [d for d in details if d.employer], [d.story for d in details]
    called = _one_case(
        "Leyla Mammadova, 35, a registry clerk, received a call from a man who said he worked "
        "in the visa section of a foreign embassy and could help her nephew. He asked her for "
        "lists of staff. She reported the call to her security officer the next day."
    )
    assert build_frame(called, scenarios).approach.startswith("A phone call you did not expect")
    played = _one_case(
        "Timur Aliev, 29, a network engineer, was arrested in May. He was first contacted in an "
        "online multiplayer game by a player who later paid him for photographs of masts and "
        "asked for the access codes of equipment cabinets."
    )
    frame = build_frame(played, scenarios)
    assert frame.channel == "online"
    assert "online game" in frame.approach


def test_small_talk_is_offered_as_a_choice_only_when_nothing_more_tempting_is_left(
    material,
) -> None:
    from quiz.families.base import Context
    from quiz.scenario_material import scenario_material

    scenarios = scenario_material()
    ctx = Context(material, scenarios, 0)
    assert any(d.filler for d in scenarios.ordinary["in-person"])
    for seed in range(40):
        for group in ("in-person", "online"):
            details = ctx.ordinary(group, random.Random(seed), 3)
            # The families offer the first two as wrong choices beside the warning sign.
            assert not [d.story for d in details[:2] if d.filler], (group, seed)


def test_a_first_request_for_internal_papers_is_told_without_a_build_up() -> None:
    from quiz.frames import build_frame
    from quiz.scenario_material import scenario_material

    scenarios = scenario_material()
    direct = _one_case(
        "Dilfuza Rakhimova, 38, a registry clerk, was approached in May by a man who said he "
        "worked for a foreign embassy. He wanted internal papers of the registry in return for "
        "help with her brother's visa. She reported the approach the next morning."
    )
    (told,) = [
        s for s in build_frame(direct, scenarios).signs if s.sign.tag == "request-beyond-public"
    ]
    assert "so far asked only general questions" not in told.sign.story
    stepped = _one_case(
        "Kamil Nowak, 41, a port clerk, was arrested in May and charged with espionage. At "
        "first the man asked only for "
        "published port statistics; later he wanted internal documents of the port authority, "
        "and paid Nowak for each batch."
    )
    (told,) = [
        s for s in build_frame(stepped, scenarios).signs if s.sign.tag == "request-beyond-public"
    ]
    assert "so far asked only general questions" in told.sign.story


def test_having_replied_is_asked_only_of_cases_where_the_person_sent_something(
    tmp_path: Path,
) -> None:
    import shutil

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "refused.txt").write_text(
        "Dilfuza Rakhimova, 38, a registry clerk, received an unexpected email from a man who "
        "offered her paid consulting work. He wanted internal papers of the registry. She "
        "refused and reported the approach to her security officer the next morning.\n",
        encoding="utf-8",
    )
    shutil.copy(SEEDS / "channels.toml", seeds / "channels.toml")
    prompts = [q.prompt for s in generate(load_material(seeds)) for q in s.questions]
    assert not [p for p in prompts if "and sent a few things" in p]


@pytest.mark.parametrize(
    ("passage", "opening"),
    [
        (
            "His cousin, who works for a freight firm in Hamburg, put him in touch with a man "
            "who said he ran a shipping business.",
            "A relative introduces you to a friend",
        ),
        ("He met the man in online matches on a chess site.", "online game"),
    ],
)
def test_a_way_in_told_at_length_still_opens_the_situation(passage: str, opening: str) -> None:
    from quiz.scenario_material import scenario_material

    found = next(o for o in scenario_material().openings if re.search(o.pattern, passage.lower()))
    assert opening in found.approach


def test_intimate_photographs_are_told_as_photographs_and_a_matter_is_no_affair() -> None:
    from quiz.scenario_material import scenario_material

    signs = scenario_material().signs
    romance = signs["compromising-relationship"]
    assert not romance.grounded_by("The affair came to light when the office noticed a leak.")
    assert romance.grounded_by("He had an affair with a woman he met at the gym.")
    photos = "She sent him intimate photographs of the two of them."
    assert "photographs" in romance.as_shown_by(photos).story
    threat = signs["threats-leverage"].as_shown_by(
        "She sent him intimate photographs of the two of them and said that his wife would "
        "receive copies unless he continued."
    )
    assert "photographs" in threat.story and "recording" not in threat.story


@pytest.mark.parametrize(
    ("passage", "grounded"),
    [
        # A romance alone shows neither the hiding nor the hold (read 256: "They became
        # lovers" cited for "a new romance the contact wants kept from work").
        ("They became lovers.", False),
        ("Elias flew to Bali twice and the friendship became a romance.", False),
        ('"She praised him. That is not romance, it is a method."', False),
        # With the hiding, or the hold it gives, in the same passage.
        ("They became lovers and she asked him to keep it secret from his colleagues.", True),
        ("Police believe the romance was meant to make her dependent on him.", True),
        ('He told her to keep their relationship to herself "until I can come".', True),
        ("Dinners followed, then small presents, then an affair.", True),
    ],
)
def test_a_romance_grounds_the_hidden_relationship_only_where_it_is_hidden_or_used(
    passage: str, grounded: bool
) -> None:
    from quiz.scenario_material import scenario_material

    assert scenario_material().signs["compromising-relationship"].grounded_by(passage) is grounded


@pytest.mark.parametrize(
    ("sign", "passage", "grounded"),
    [
        # Read 262: a post's pay, however high, is a wage and no fee for a task.
        (
            "disproportionate-reward",
            "In November she received a message about a position as Head of Special "
            "Collections at a maritime university abroad: €4,800 a month, about four times her "
            "salary, relocation paid.",
            False,
        ),
        # Unless the passage says how little work it pays for (corpus 75).
        (
            "disproportionate-reward",
            'The email offered him a post as "local data correspondent" at US$400 a month for a '
            "few hours' work, more than his full monthly salary.",
            True,
        ),
        (
            "disproportionate-reward",
            "He offered her 3,000 euros for a short report, more than a month's salary.",
            True,
        ),
        # Read 261: a gift card paid per survey, shown to the security officer as a receipt,
        # is pay and a report's evidence, not presents.
        (
            "excessive-help-flattery",
            "Next morning he went to his OC and told them everything, and showed them the chat "
            "logs and the gift card receipts.",
            False,
        ),
        ("excessive-help-flattery", "He kept sending her gifts and flowers.", True),
    ],
)
def test_what_only_looks_like_the_act_grounds_no_sign(
    sign: str, passage: str, grounded: bool
) -> None:
    from quiz.scenario_material import scenario_material

    assert scenario_material().signs[sign].grounded_by(passage) is grounded


def test_the_first_request_a_report_names_is_never_cut_short() -> None:
    from quiz.families.earliest_report import _FIRST_REQUEST

    # Read 262 found the key "At the first request for something that".
    said = "She came to me at the first request for something that was not public. That is all."
    found = _FIRST_REQUEST.search(said)
    assert found is not None
    assert found.group(0) == "the first request for something that was not public"
    found = _FIRST_REQUEST.search("at the first request for serial numbers, the material")
    assert found is not None and found.group(0) == "the first request for serial numbers"


def test_a_fee_is_told_with_what_the_case_paid_it_for() -> None:
    from quiz.frames import build_frame
    from quiz.scenario_material import scenario_material

    case = _one_case(
        "Irena Kovač, 44, a ministry analyst, was arrested in May and charged with espionage. "
        "A man she met at a conference paid her 4,000 euros for each short 'policy brief', "
        "several times what such work earns, and later asked for internal documents."
    )
    (told,) = [
        s
        for s in build_frame(case, scenario_material()).signs
        if s.sign.tag == "disproportionate-reward"
    ]
    assert "For a short policy brief," in told.sign.story


def test_an_old_friendship_taken_up_again_is_no_friendship_pressed_for() -> None:
    from quiz.scenario_material import scenario_material

    pressed = next(
        s for s in scenario_material().first_steps if "close personal friendship" in s.key
    )
    resumed = "The two men resumed their old friendship over lunches, and he brought gifts."
    assert not re.search(pressed.grounds, resumed.lower())
    assert re.search(pressed.grounds, "He soon pushed for a close friendship.".lower())


def test_a_harmless_situation_never_makes_the_contact_foreign(material) -> None:
    from quiz.families.base import Context
    from quiz.scenario_material import scenario_material

    scenarios = scenario_material()
    ctx = Context(material, scenarios, 0)
    assert any(d.foreign for d in scenarios.ordinary["in-person"])
    for seed in range(40):
        for group in ("in-person", "online"):
            details = ctx.ordinary(group, random.Random(seed), 3, benign=True)
            assert not [d.story for d in details if d.foreign], (group, seed)


def test_an_old_comrade_and_a_parents_chat_group_open_the_cases_they_began() -> None:
    import re as regex

    from quiz.frames import build_frame
    from quiz.scenario_material import scenario_material

    scenarios = scenario_material()
    passage = "He was approached by a former comrade from his years in the army."
    found = next(o for o in scenarios.openings if regex.search(o.pattern, passage.lower()))
    assert "old comrade" in found.approach
    case = _one_case(
        "Tendai Moyo, 41, an army bandsman, was sentenced to six years in prison for "
        "espionage. Moyo met the recruiter through the WhatsApp group for parents at his "
        "daughter's school. The man later paid Moyo for copies of rehearsal schedules."
    )
    assert build_frame(case, scenarios).channel == "online"


def test_carrying_on_is_offered_where_it_is_wrong_as_well_as_where_it_is_right(sets) -> None:
    from quiz.scenario_material import scenario_material

    actions = scenario_material().actions
    # (Or, where the contact said outright who they are, turning them down and telling no one:
    # read 181.)
    carry_on = (
        *actions.carry_on,
        *actions.carry_on_plain,
        *actions.carry_on_colleague,
        *actions.carry_on_routine,
    )
    asked = [
        q
        for s in sets
        for q in s.questions
        if q.prompt.endswith("What should you do?") and q.benign is False
    ]
    offered = [q for q in asked if set(carry_on) & {c.text for c in q.choices}]
    assert offered and len(offered) == len(asked)
    for question in offered:
        keyed = {c.text for c in question.choices if c.id in question.answer}
        assert not set(carry_on) & keyed


def test_the_report_keyed_is_never_the_one_plain_or_the_one_reasoned_choice(sets) -> None:
    # Read 87: "since nothing secret has been handed over" on the wrong choices and none on the
    # key let a test-wise trainee pick it by its form; the other way round as much.
    # (The quality gate's own test of a reason: "so as not to waste their time" is one.)
    from quiz.choice_form import reason

    for question in (q for s in sets for q in s.questions):
        if not question.prompt.endswith(("What should you do?", "What do you do?")):
            continue
        keyed = [c.text for c in question.choices if c.id in question.answer]
        if not any("security office" in k for k in keyed):
            continue
        wrong = [c.text for c in question.choices if c.id not in question.answer]
        reasoned = [bool(reason(w)) for w in wrong]
        key_reasoned = any(reason(k) for k in keyed)
        assert key_reasoned in reasoned, question.id


def _case_saying(*passages: str, tag: str = "unsolicited-offer") -> object:
    from quiz.models import Case, Evidence, TagHit

    evidence = tuple(
        Evidence("doc.txt", i * 1000, i * 1000 + len(p), p) for i, p in enumerate(passages)
    )
    return Case("x", "X", ("doc.txt",), (TagHit(tag, TAGS[tag].topic, evidence),), ())


def _frame_saying(*passages: str, tag: str = "unsolicited-offer") -> object:
    """The frame of a case whose only evidence is ``passages`` under ``tag``."""
    from quiz.frames import build_frame
    from quiz.scenario_material import scenario_material

    return build_frame(_case_saying(*passages, tag=tag), scenario_material())


def _drafts_of(folder: str) -> list:
    """Every draft the generator keeps for the seeds or a held-out corpus."""
    from quiz.generate import all_drafts

    seeds = SEEDS if folder == "seeds" else SEEDS.parent / "tests" / folder
    return all_drafts(load_material(seeds))


@pytest.mark.parametrize(
    ("passage", "cover"),
    [
        # A name the contact gave, then what they said they were.
        (
            'The offer came from a man who signed himself "Dr Paul Ostrander", a grants officer '
            "at a Zurich-based trust, and it promised a generous fee.",
            "a grants officer at a Zurich-based trust",
        ),
        (
            "She described herself as the founder of a heritage charity and asked him to lunch.",
            "a founder of a heritage charity",
        ),
        (
            "He was approached by a supposed documentary producer in the hotel lobby.",
            "a documentary producer",
        ),
        # One of several: "posing as engineers" is one engineer to the trainee.
        ("Two men posing as engineers visited the depot twice.", "an engineer"),
        ("A woman who said she was a wine importer befriended him.", "a wine importer"),
        # What the contact really was is no cover.
        (
            "Two men who identified themselves as officers of the Kazakh KNB and the KGB arrived.",
            "",
        ),
        ("A man who said he was an intelligence officer offered money.", ""),
        # In the reporter's quotation marks: the cover, not the job offered to the person.
        (
            'The "tax consultant" who answered, a man calling himself Ivo, paid his arrears.',
            "a tax consultant",
        ),
        ('He was offered paid work as a "data consultant" by the firm.', ""),
        # A name alone is no cover.
        ("He introduced himself as Tomas and offered to help.", ""),
    ],
)
def test_the_cover_a_contact_claimed_is_read_however_the_report_says_it(
    passage: str, cover: str
) -> None:

    frame = _frame_saying(passage)
    assert frame.cover == cover
    if cover:
        assert frame.contact.endswith(f"who says they are {cover}")


def test_a_contact_the_opening_names_is_named_so_in_later_situations() -> None:
    from quiz.frames import build_frame
    from quiz.scenario_material import scenario_material

    # Another parent from the school chat, with a cover of his own: later situations ("when
    # ... approached you") call him what the opening did, not a stranger.
    case = _case_saying(
        "She met the man through the WhatsApp group for parents at her son's school; he described "
        "himself as a sound engineer and offered her family lifts.",
        tag="online-approach",
    )
    frame = build_frame(case, scenario_material())
    assert "parents' group chat" in frame.stranger_approach
    assert frame.contact == "another parent from your child's school"
    # A stranger met at the school's fair is a stranger, with the cover he claimed.
    case = _case_saying(
        "At a school fair in May a man presenting himself as a concert promoter approached him.",
        tag="cultivation",
    )
    frame = build_frame(case, scenario_material())
    assert frame.stranger_approach.startswith("At an event at your child's school, {contact}")
    assert frame.contact.endswith("who says they are a concert promoter")


def test_an_opening_that_does_not_use_the_stranger_must_name_its_contact() -> None:
    from quiz.errors import InputError
    from quiz.scenario_material import DATA_FILE, parse

    text = (Path(__file__).parents[1] / "quiz" / DATA_FILE).read_text(encoding="utf-8")
    line = 'contact = "your landlord"\n'
    assert line in text
    with pytest.raises(InputError) as err:
        parse(text.replace(line, "", 1), "scenarios.toml")
    assert "needs a `contact`" in str(err.value)
    assert err.value.line is not None


def test_answering_an_advert_for_loans_is_how_the_contact_began() -> None:
    from quiz.frames import build_frame
    from quiz.scenario_material import scenario_material

    case = _case_saying(
        "Deep in debt after his son's surgery, the clerk answered an Instagram advert promising "
        "quick loans for public employees.",
        tag="online-approach",
    )
    frame = build_frame(case, scenario_material())
    assert frame.channel == "online"
    assert "advertisement offering loans" in frame.stranger_approach
    assert frame.contact == "an adviser who answered your reply to a loan advertisement"


def test_the_familys_bills_and_ones_own_fees_are_told_apart() -> None:
    from quiz.scenario_material import scenario_material

    sign = scenario_material().signs["excessive-help-flattery"]
    # The person's own fees are not the family's bills.
    own = sign.as_shown_by("Later the man paid her gym membership fees.")
    assert "family" not in own.story and "fees and bills" in own.story
    for family in (
        "He offered to cover his son's school fees for the year.",
        "When the bills piled up, she paid the rent for his family for three months.",
        "The contact paid for his mother's treatment at a private clinic.",
    ):
        assert "your family's bills" in sign.as_shown_by(family).story, family


def test_a_request_for_what_is_not_published_is_a_request_beyond_the_public() -> None:
    from quiz.scenario_material import scenario_material

    sign = scenario_material().signs["request-beyond-public"]
    assert sign.grounded_by(
        "Then the contact wanted the shift plans for the summit, which are not published."
    )
    assert not sign.grounded_by("The contact wanted the annual report, which is published.")


def test_a_contact_met_nearby_is_told_no_details_of_a_contact_far_away(tmp_path: Path) -> None:
    import random

    from quiz.families.base import Context, case_details
    from quiz.frames import build_frame
    from quiz.scenario_material import scenario_material

    scenarios = scenario_material()
    case = _case_saying(
        "He met the man through the WhatsApp group for parents at his son's school, and the "
        "man later asked for the rota of the guard at the barracks.",
        tag="online-approach",
    )
    frame = build_frame(case, scenarios)
    assert frame.local
    sign = scenarios.signs["secrecy-pressure"]
    ctx = Context(load_material(SEEDS), scenarios, 0)
    told = {
        d.story
        for seed in range(30)
        for d in case_details(ctx, frame, sign, random.Random(seed), 3, benign=False, private=True)
    }
    remote = {d.story for d in scenarios.ordinary["online"] if d.remote}
    assert remote and not told & remote
    assert len(told) >= 3


@pytest.mark.parametrize("folder", ["seeds", "corpus40", "corpus41", "corpus42"])
def test_the_keys_length_does_not_give_it_away(folder: str) -> None:

    # Blind read 91: the key was strictly the longest choice in 30 of 45 suspicious situations.
    # Over a body of material the key is the longest, or the shortest, no more often than a
    # trainee guessing by length would profit from.
    longest = shortest = total = 0
    for draft in _drafts_of(folder):
        if draft.kind == "ordering" or len(draft.correct) != 1 or len(draft.options) < 3:
            continue
        key = len(draft.options[draft.correct[0]])
        others = [len(o) for i, o in enumerate(draft.options) if i != draft.correct[0]]
        total += 1
        longest += key > max(others)
        shortest += key < min(others)
    assert total >= 20
    assert longest / total <= 1 / 3, (longest, total)
    assert shortest / total <= 1 / 3, (shortest, total)


@pytest.mark.parametrize(
    ("passage", "tag", "opening"),
    [
        (
            "The first contact came through an expert network that pays engineers for calls "
            "with investors.",
            "online-approach",
            "pays professionals to answer questions",
        ),
        (
            "He was approached by his cousin, who said a firm abroad would pay for his help.",
            "unsolicited-offer",
            "A relative who works abroad",
        ),
        (
            "She met him at a coin fair, and they began to meet at collectors' evenings.",
            "cultivation",
            "collectors' fair",
        ),
        (
            "In 2020 he moved into a flat owned by a retired merchant who was kind to him.",
            "cultivation",
            "Your landlord",
        ),
    ],
)
def test_openings_of_the_case_s_own_kind(passage: str, tag: str, opening: str) -> None:

    frame = _frame_saying(passage, tag=tag)
    assert opening in frame.stranger_approach


def test_the_organisation_a_cover_claims_is_not_where_the_person_works() -> None:
    from quiz.frames import build_frame
    from quiz.models import Case, Evidence, Fact, TagHit
    from quiz.scenario_material import scenario_material

    said = "A man presenting himself as a research fellow at a policy think tank approached her."
    evidence = Evidence("doc.txt", 0, len(said), said)
    case = Case(
        "x",
        "X",
        ("doc.txt",),
        (TagHit("false-persona", "recruitment", (evidence,)),),
        (Fact("sector", "think tank", evidence),),
    )
    frame = build_frame(case, scenario_material())
    assert frame.cover == "a research fellow at a policy think tank"
    assert "think tank" not in frame.workplace.place


def test_a_contact_urging_someone_outside_to_apply_is_no_colleagues_push_for_sensitive_work() -> (
    None
):
    from quiz.scenario_material import scenario_material

    sign = scenario_material().signs["placement"]
    # What a colleague could see: someone inside asking for the sensitive posts.
    assert sign.grounded_by("Within a year she had applied twice for a post in the cipher unit.")
    # What no colleague sees: the contact urging someone outside to apply.
    assert not sign.grounded_by("The contact urged him to apply for a job at the defence ministry.")


@pytest.mark.parametrize("folder", ["seeds", "corpus40", "corpus41", "corpus42", "corpus43"])
def test_every_choice_begins_with_a_capital(folder: str) -> None:

    # Read 91: an accusation choice began "tell your organisation's security office ...", the
    # one choice in lower case among capitalised ones.
    for draft in _drafts_of(folder):
        for option in draft.options:
            first = next(ch for ch in option if ch.isalpha())
            assert first.isupper(), (draft.qid, option)


def test_a_contact_met_in_private_life_is_never_said_to_have_your_work_address() -> None:
    from quiz.scenario_material import scenario_material

    sign = scenario_material().signs["secrecy-pressure"]
    for passage in (
        "She told him to keep their chats hidden on an encrypted app.",
        "He was told to delete their chats every evening.",
    ):
        assert "work address" not in sign.as_shown_by(passage).story


def test_a_threat_said_outright_is_not_asked_as_a_detail_to_recognise() -> None:
    from quiz.scenario_material import scenario_material

    # Read 91: "which of these details is a warning sign?" when the contact threatens to send
    # intimate recordings to your family is no question; only what to do about it is.
    sign = scenario_material().signs["threats-leverage"]
    told = sign.as_shown_by(
        "She said the intimate video of their calls would be sent to his wife and employer."
    )
    assert told.plain and "recording" in told.story
    assert not sign.as_shown_by(
        "He reminded her of the notes she had sent and hinted at trouble."
    ).plain


@pytest.mark.parametrize(
    ("tag", "passage"),
    [
        # Valuable things given, not only "gifts": "gave him rare stamps worth 8,000 francs".
        ("excessive-help-flattery", "He gave her two old coins worth more than a month's pay."),
        # A landlord's kindness to a family in trouble.
        ("excessive-help-flattery", "He cut her rent and bought new shoes for her children."),
        # Kept from work with no channel named: "never to be mentioned at work".
        ("secrecy-pressure", "Their talks were to remain a matter between friends."),
        # Read 102: a romance by app, with gifts, kept secret and a request to search records,
        # grounded no situation at all, and the case got one question. (The romance grounds it
        # with the hiding told, read 256; the case's own "keep their relationship secret" does.)
        (
            "compromising-relationship",
            "Within a month the man had built up a romance with her, which she hid at work.",
        ),
        ("compromising-relationship", "He told her to keep their relationship secret."),
        ("excessive-help-flattery", "He kept sending her flowers and an expensive watch."),
        ("request-beyond-public", "He asked her to look up two names in the visa database."),
        # Read 110: a clerk's and a secretary's cases grounded no situation at all.
        ("request-beyond-public", "Within weeks he wanted copies of reports on port security."),
        ("request-beyond-public", 'He offered her 500 dollars to fill in a "confidential survey".'),
        ("insider-access", "She used her access to pass on about twenty vehicle checks."),
        ("secrecy-pressure", "He gave her a phone and told her to tell nobody about them."),
        ("threats-leverage", "He said he would inform her employer about the searches."),
        ("personal-vulnerability", 'She had debts, and he offered to "freeze" the debt for her.'),
    ],
)
def test_signs_a_case_shows_in_its_own_words_are_grounded(tag: str, passage: str) -> None:
    from quiz.scenario_material import scenario_material

    sign = scenario_material().signs[tag]
    told = sign.as_shown_by(passage)
    assert told.grounded_by(passage)


@pytest.mark.parametrize("folder", ["seeds", "corpus43"])
def test_deciding_to_report_and_how_are_not_asked_about_the_same_act(folder: str) -> None:

    # Read 93: "what should you do?" about a colleague's copying, then "you decide to tell
    # the security office: what do you do?" about the same copying: the second's premise gives
    # the first's answer.
    drafts = _drafts_of(folder)
    decided = {(d.case, d.tags[1]) for d in drafts if d.family == "report-facts"}
    acted = {
        (d.case, d.tags[2])
        for d in drafts
        if d.family == "right-action" and not d.benign and d.subject == "report-colleague"
    }
    assert decided, folder
    assert not decided & acted


@pytest.mark.parametrize("folder", ["seeds", "corpus43", "corpus44"])
def test_a_choice_opening_with_the_channel_is_not_always_the_key(folder: str) -> None:

    # Reads 93 and 96: "Tell your organisation's security office ..." was the key every time
    # a choice opened with it.
    keyed = wrong = 0
    for draft in _drafts_of(folder):
        if draft.family != "right-action":
            continue
        for n, option in enumerate(draft.options):
            if option.startswith("Tell your organisation's security office"):
                keyed += n in draft.correct
                wrong += n not in draft.correct
    assert keyed and wrong >= keyed // 2, (keyed, wrong)


def test_a_person_targeted_by_others_is_not_told_as_the_recruiter() -> None:
    from quiz.frames import build_frame
    from quiz.scenario_material import scenario_material

    case = _case_saying(
        "A pharmacist and an engineer were each targeted by people working for a foreign "
        "service, and both reported it.",
        tag="report-early",
    )
    assert not build_frame(case, scenario_material()).recruiter


@pytest.mark.parametrize(
    ("passage", "opening"),
    [
        # A parish named after a church is no place of worship.
        ("She was befriended at her netball club in Christ Church by a salesman.", "your club"),
        ("He was approached at his rugby club by a man who sponsored the team.", "your club"),
    ],
)
def test_a_club_is_where_the_contact_began_however_the_place_is_named(
    passage: str, opening: str
) -> None:

    frame = _frame_saying(passage, tag="cultivation")
    assert opening in frame.stranger_approach


def test_a_cover_in_a_firm_keeps_the_firm() -> None:
    from quiz.frames import build_frame
    from quiz.scenario_material import scenario_material

    case = _case_saying("He introduced himself as a partner in a shipping consultancy.")
    assert build_frame(case, scenario_material()).cover == "a partner in a shipping consultancy"


def test_a_game_player_who_chatted_is_an_online_first_contact_and_email_servers_are_work() -> None:
    from quiz.frames import build_frame
    from quiz.scenario_material import scenario_material

    case = _case_saying(
        "Malik Cham, who maintained the ministry's email servers, was arrested in May.",
        "The player, who said he ran a small studio, chatted with Cham almost nightly and "
        "offered him paid testing work.",
        tag="online-approach",
    )
    frame = build_frame(case, scenario_material())
    assert frame.channel == "online"
    assert "online game" in frame.stranger_approach


def test_official_contact_turning_private_is_told_as_kept_from_work() -> None:
    from quiz.scenario_material import scenario_material

    # Reads 95 and 98: private dinners with a counterpart, told without the secrecy the case
    # shows, are ordinary for staff abroad, so "none of these" was defensible.
    signs = scenario_material().signs
    assert "keep to yourself at work" in signs["cultivation"].story
    # Read 98: a harmless farewell that thanks you for unexplained "help" invites suspicion.
    assert "help" not in signs["disclosed-affiliation"].benign


def test_no_one_is_told_to_find_out_who_a_contact_is_after_they_said_so() -> None:
    # Read 99: "report once you have found out who the contact really is", offered after the
    # contact has said they work with an intelligence agency, makes no sense.
    material = load_material(SEEDS)
    for question in (q for s in generate(material) for q in s.questions):
        if "work with an intelligence agency" in question.prompt:
            assert not [c for c in question.choices if "who the contact really is" in c.text]


def test_a_sudden_departure_is_told_so_that_it_fits_leave_not_returned_from() -> None:
    from quiz.scenario_material import scenario_material

    # Reads 91 and 101: "stops coming to work without notice" told of a man who took leave
    # and did not come back.
    sign = scenario_material().signs["sudden-exit"]
    for told in (sign.story, sign.when, sign.urgent):
        assert "stop" not in told and "suddenly away from work" in told
        # Read 146: an absence and hearsay of travel have innocent readings (and made "wait
        # for Monday" defensible); a trip never declared by someone with sensitive files is a
        # breach one can check.
        assert "required to declare and never did" in told and " hear " not in f" {told} "
    assert "undeclared" in sign.flag


def test_every_report_after_replying_names_the_organisations_channel() -> None:
    # Read 146: "Report it now, and say exactly what you have already sent" named no channel
    # where every other reporting question uses the organisation's own words.
    drafts = [d for d in all_drafts(load_material(SEEDS)) if d.family == "after-reply"]
    assert drafts
    for draft in drafts:
        channel = draft.tags[1]
        action = next(c.action for c in load_material(SEEDS).channels if c.id == channel)
        key = draft.options[draft.correct[0]]
        assert key.startswith(action), key
        # The reports that undo themselves say the channel too: it never marks the key.
        reports = [o for o in draft.options if o.startswith(action)]
        assert len(reports) >= 2, draft.options


def test_a_colleagues_warning_sign_is_asked_in_the_warning_signs_set() -> None:
    from quiz.scenario_material import scenario_material

    # Read 146: a colleague copying files (the recruiters' use of insiders, filed under
    # recruitment patterns in the taxonomy) was asked in the recruitment set.
    signs = scenario_material().signs
    drafts = [d for d in all_drafts(load_material(SEEDS)) if d.family == "red-flag"]
    # (A tag told from both sides, placement, has a colleague's sign and the recruit's.)
    colleague = [
        d
        for d in drafts
        if signs[d.subject].perspective == "colleague" and "One of your colleagues" in d.prompt
    ]
    assert {d.topic for d in drafts if "One of your colleagues" not in d.prompt} <= {
        "recruitment",
        "warning-signs",
    }
    assert colleague and {d.topic for d in colleague} == {"warning-signs"}
    assert any(d.tags[0] == "insider-access" for d in colleague)


def test_a_detail_is_never_told_beside_a_sign_it_contradicts(tmp_path: Path) -> None:
    import random

    from quiz.errors import InputError
    from quiz.families.base import Context, case_details
    from quiz.frames import build_frame
    from quiz.scenario_material import DATA_FILE, parse, scenario_material

    scenarios = scenario_material()
    # Read 100: a colleague "taking the bus to save money" beside one spending lavishly.
    saving = [d for d in scenarios.ordinary["colleague"] if "unexplained-money" in d.not_with]
    assert saving
    frame = build_frame(_case_saying("He spent lavishly."), scenarios)
    ctx = Context(load_material(SEEDS), scenarios, 0)
    sign = scenarios.signs["unexplained-money"]
    told = {
        d.story
        for seed in range(40)
        for d in case_details(ctx, frame, sign, random.Random(seed), 3, benign=False, private=False)
    }
    assert told and not told & {d.story for d in saving}
    # A tag the taxonomy does not know is a clear error naming the line.
    text = (Path(__file__).parents[1] / "quiz" / DATA_FILE).read_text(encoding="utf-8")
    with pytest.raises(InputError) as err:
        parse(text.replace('not_with = ["unexplained-money"]', 'not_with = ["no-such"]'), "s")
    assert "unknown tag 'no-such'" in str(err.value) and err.value.line


def test_the_wordings_chosen_spread_the_keys_length_rank_evenly() -> None:
    from quiz.choice_form import far_longest
    from quiz.families.base import balanced

    keys = [
        "Report it now",
        "Report it before you reply to them",
        "Report it before you reply, and tell them all that was said",
        "Report it " + "now " * 20,  # far the longest: never offered
    ]
    slots = [["Carry on as usual", "Carry on as usual, since all is well here"]]
    pool = [
        "Ask them who they are",
        "Say nothing at all and wait for a while",
        "Post about it online, so that friends know",
    ]
    ranks = Counter()
    for seed in range(400):
        key, wrong = balanced(random.Random(seed), keys, slots, pool)
        assert len(wrong) == 3 and len(set(wrong)) == 3 and key not in wrong
        assert wrong[0] in slots[0]  # the choice a question must offer is always offered
        assert not far_longest(key, wrong)
        ranks[sum(len(w) > len(key) for w in wrong)] += 1
    # Longest, second, third and shortest each about a quarter of the time.
    assert all(60 <= ranks[r] <= 140 for r in range(4)), ranks
    # Given the ranks reached so far, the one reached least often: even after a few questions.
    reached: Counter[int] = Counter({0: 3})  # three questions whose key was the longest
    for seed in range(13):
        balanced(random.Random(seed), keys, slots, pool, ranks=[reached])
    assert reached == Counter({0: 4, 1: 4, 2: 4, 3: 4})
    # Lists that cannot avoid two choices opening alike still give a question.
    alike = ["Ask a friend to look it up", "Ask a friend to look it up now", "Ask a friend to go"]
    key, wrong = balanced(random.Random(1), ["Report it"], pool=alike)
    assert key == "Report it" and sorted(wrong) == sorted(alike)


@pytest.mark.parametrize("folder", ["seeds", "corpus40", "corpus41", "corpus42"])
def test_what_to_do_keys_are_not_always_of_one_length_rank(folder: str) -> None:
    # Read 99: the key was the second-longest choice in half the questions, most of them "what
    # should you do?": a trainee who learns the rank picks the key unread.
    ranks: Counter[int] = Counter()
    for draft in _drafts_of(folder):
        if draft.topic != "reporting" or len(draft.correct) != 1 or draft.kind == "ordering":
            continue
        key = len(draft.options[draft.correct[0]])
        ranks[sum(len(o) > key for o in draft.options)] += 1
    total = sum(ranks.values())
    assert total >= 8
    # (One question in a corpus of two dozen moves the share by four points: a rank held by
    # more than 55% is the tell, 14 of 26 is chance, corpus 42 on 2026-12-05.)
    assert max(ranks.values()) / total <= 0.55, ranks


def test_no_reason_given_on_a_key_is_given_only_on_keys() -> None:
    # Read 99: "since they can check what you cannot" and "let them look into it" were said on
    # keys only, so a trainee could pick the key by its closing words.
    keyed: set[str] = set()
    wrong: set[str] = set()
    for folder in ("seeds", "corpus40", "corpus41", "corpus42", "corpus43", "corpus44"):
        for draft in _drafts_of(folder):
            if draft.topic != "reporting" or len(draft.correct) != 1:
                continue
            for i, option in enumerate(draft.options):
                if i in draft.correct:
                    tail = re.search(r", (?:since|and let them|so that) [^,]+$", option)
                    keyed |= {tail.group()} if tail else set()
                else:
                    wrong.add(option)
    assert keyed
    alone = {tail for tail in keyed if not any(tail in option for option in wrong)}
    assert not alone, alone


def test_kindness_is_a_matter_to_report_once_the_contact_asks_about_work() -> None:
    # Reads 100, 101: a neighbour paying the family's bills, with nothing asked about work,
    # was keyed "report it", and "carry on" was defensible. Asked "what should you do?", the
    # situation tells the interest in work that the case goes on to show.
    from quiz.scenario_material import scenario_material

    signs = scenario_material().signs
    kind = [s for s in signs.values() if s.then_asks]
    assert {s.tag for s in kind} >= {"excessive-help-flattery", "personal-vulnerability"}
    asked = 0
    for folder in ("corpus40", "corpus41", "corpus42", "corpus43", "corpus44"):
        for draft in _drafts_of(folder):
            sign = next((s for s in kind if draft.tags[2:3] == (s.tag,)), None)
            if draft.family != "right-action" or draft.benign or sign is None:
                continue
            asked += 1
            # (Met in private life, the private wording: a request for what is not public, since
            # casual questions about the work are ordinary between partners, read 463.)
            told = [sign.then_asks, sign.then_asks_private]
            assert any(w and draft.prompt.endswith(f"{w} What should you do?") for w in told), (
                draft.prompt
            )
    assert asked >= 3
    # Recognising the sign needs no such help: it is not told there.
    for draft in _drafts_of("corpus44"):
        if draft.family in ("red-flag", "look-alike"):
            assert not any(s.then_asks in draft.prompt for s in kind)


def test_no_wording_of_carrying_on_is_only_ever_the_key_or_only_ever_wrong() -> None:
    # Read 102: with the wording chosen to balance lengths, the bare "Carry on as normal" was
    # the key in every harmless situation and the reasoned ones wrong in the suspicious ones.
    from quiz.scenario_material import scenario_material

    # (The wordings offered: about a contact the routine mention, about a colleague theirs.)
    actions = scenario_material().actions
    wordings = (*actions.carry_on_routine, *actions.carry_on_colleague)
    keyed: Counter[str] = Counter()
    wrong: Counter[str] = Counter()
    for folder in ("seeds", "corpus40", "corpus41", "corpus42", "corpus43", "corpus44"):
        for draft in _drafts_of(folder):
            if draft.family != "right-action":
                continue
            for i, option in enumerate(draft.options):
                if option in wordings:
                    (keyed if i in draft.correct else wrong)[option] += 1
    for wording in wordings:
        assert keyed[wording] and wrong[wording], (wording, keyed, wrong)


def test_a_secret_kept_about_the_relationship_grounds_the_secrecy_story() -> None:
    from quiz.scenario_material import scenario_material

    sign = scenario_material().signs["secrecy-pressure"]
    told = sign.as_shown_by("he asked her to keep their relationship to herself for now.")
    assert "anyone at work" in told.story


def test_explanations_argue_only_against_the_wrong_choices_offered() -> None:
    # Read 104: explanations argued against "asking around" and "sharing them", which the
    # question did not offer. Every reason given is one for a choice on offer.
    from quiz.scenario_material import scenario_material

    rebuttals = scenario_material().actions.rebuttals
    checked = 0
    for folder in ("seeds", "corpus40", "corpus41", "corpus42", "corpus43", "corpus44"):
        for draft in _drafts_of(folder):
            if draft.family not in ("report-facts", "keep-evidence"):
                continue
            offered = set(draft.options)
            for choice, reason in rebuttals.items():
                said = reason[:1].upper() + reason[1:] in draft.explanation or (
                    reason in draft.explanation
                )
                assert said == (choice in offered), (draft.qid, choice)
            checked += 1
    assert checked >= 5


def test_a_harmless_situation_in_a_set_that_asks_which_detail_is_a_sign_asks_so_too() -> None:
    # Read 103: "None of these is a warning sign" was offered in every such question of the
    # case sets and never the key.
    from quiz.scenario_material import scenario_material

    none_of_these = scenario_material().actions.none_of_these
    keyed = offered = 0
    for folder in ("corpus40", "corpus41", "corpus42", "corpus43", "corpus44"):
        for draft in _drafts_of(folder):
            if not draft.prompt.endswith("Which of these details is a warning sign?"):
                continue
            none = [i for i, o in enumerate(draft.options) if o == none_of_these]
            offered += bool(none)
            keyed += bool(none) and none[0] in draft.correct
    assert offered and keyed * 5 >= offered, (keyed, offered)


def test_none_of_these_is_not_always_the_shortest_choice() -> None:
    from quiz.scenario_material import scenario_material

    # Read 146's sets: "None of these is a warning sign", the key of every harmless "which
    # detail?", was shorter than every detail offered beside it (seven of seven).
    none = scenario_material().actions.none_of_these
    shortest = offered = 0
    for folder in ("seeds", "corpus50", "corpus53", "corpus54"):
        for draft in _drafts_of(folder):
            if none in draft.options:
                offered += 1
                shortest += len(none) < min(len(o) for o in draft.options if o != none)
    assert offered >= 10 and shortest * 2 <= offered, (shortest, offered)


def _earliest_reports(folder: Path, *texts: str) -> list[list]:
    """For each text, read alone as a report, the earliest-report questions drafted from it."""
    from quiz.generate import all_drafts

    asked = []
    for n, text in enumerate(texts):
        seeds = folder / str(n)
        seeds.mkdir()
        (seeds / "t.txt").write_text(text, encoding="utf-8")
        asked.append([d for d in all_drafts(load_material(seeds)) if d.family == "earliest-report"])
    return asked


def test_no_first_report_question_where_the_report_calls_that_step_ordinary(tmp_path) -> None:
    # Read 103: the key "as soon as the invitation arrived" was debatable where the report's
    # prosecutor calls invitations and fees normal in science.
    story = (
        "TALLINN - Dr Lena Sild, 51, a marine acoustics researcher at a naval research "
        "institute, was sentenced to four years in prison for espionage.\n\n"
        "In 2021 a man posing as the director of a private foundation invited her to speak at "
        "a conference abroad, with business-class travel and a fee of 6,000 euros paid.\n\n"
        "In 2022 he asked for unpublished recordings, and over a year she copied more than "
        "900 classified files for him, for which he paid her 40,000 euros.\n\n"
    )
    normal = (
        '"Invitations and fees are part of normal scientific life, which is exactly why they '
        'are used," the prosecutor said.'
    )
    asked = _earliest_reports(tmp_path, story, story + normal)
    assert asked[0] and not asked[1]


def test_a_channel_is_never_sourced_from_what_the_report_says_of_another_case() -> None:
    # Read 103: "On the first day, he should have told his superiors", said of the customs
    # inspector, was quoted for the second case of the same report.
    drafts = [d for d in _drafts_of("corpus45") if d.case == "mariem-mint-cheikh"]
    assert drafts
    for draft in drafts:
        assert not any("he should have told his superiors" in e.quote for e in draft.sources)
        assert "he should have told his superiors" not in draft.explanation


def test_both_forms_of_recognition_question_have_harmless_situations() -> None:
    # Read 105: with harmless situations asked only as "which of these details ...", every
    # "is there a warning sign here?" in a case set was answered yes.
    from collections import Counter

    forms: Counter[tuple[str, bool]] = Counter()
    for folder in ("corpus40", "corpus41", "corpus42", "corpus43", "corpus44", "corpus45"):
        for draft in _drafts_of(folder):
            if draft.family not in ("look-alike", "red-flag"):
                continue
            form = "yes-no" if draft.prompt.endswith("Is there a warning sign here?") else "which"
            forms[(form, bool(draft.benign))] += 1
    for form in ("yes-no", "which"):
        harmless, suspicious = forms[(form, True)], forms[(form, False)]
        assert harmless * 4 >= harmless + suspicious, forms


def test_a_look_alike_pair_says_its_no_in_one_form() -> None:
    # Read 220: "No: the going rate for ordinary work, in the open" keyed in the harmless twin,
    # beside its suspicious twin's general "No: nothing here goes beyond ...", told the key
    # across the pair: both twins say it in general words, or both give a reason.
    from quiz.scenario_material import scenario_material

    actions = scenario_material().actions
    plain = {actions.nothing_here, actions.nothing_here_colleague}
    pairs = 0
    forms: Counter[bool] = Counter()
    for folder in ("corpus40", "corpus41", "corpus42", "corpus43", "corpus44"):
        asked = {
            (d.case, d.subject): d
            for d in _drafts_of(folder)
            if d.family == "look-alike" and d.prompt.endswith("Is there a warning sign here?")
        }
        for (case, subject), harmless in asked.items():
            twin = asked.get((case, subject.removesuffix("-benign")))
            if not subject.endswith("-benign") or twin is None:
                continue
            pairs += 1
            general = {o for o in (*harmless.options, *twin.options) if o in plain}
            said = {bool(general & set(harmless.options)), bool(general & set(twin.options))}
            assert len(said) == 1, (case, subject)
            forms[said.pop()] += 1
    assert pairs > 10
    assert forms[True] and forms[False], forms


def test_no_harmless_what_to_do_goes_around_a_manager_already_in_the_picture() -> None:
    # Read 220: "Break off the contact without a word to your manager" offered after "your
    # manager introduces you to a visitor": a choice nobody would take; nor calling the police
    # on the visitor (read 223) or demanding proof of who they are (read 225).
    import re as regex

    manager = regex.compile(r"\byour\s+manager\b")
    around = regex.compile(r"\byour\s+manager\b|\bpolice\b|\bproves?\s+who\b|\bbreak\s+off\b")
    asked = 0
    for folder in ("corpus40", "corpus41", "corpus42", "corpus43", "corpus44"):
        for draft in _drafts_of(folder):
            if draft.family == "right-action" and draft.benign and manager.search(draft.prompt):
                asked += 1
                wrong = [o for i, o in enumerate(draft.options) if i not in draft.correct]
                assert not [w for w in wrong if around.search(w)], draft.prompt
    assert asked > 5


def test_no_two_harmless_situations_of_a_case_tell_the_same_details() -> None:
    # Read 222: the approved copy told beside the car bought after a promotion, and the car
    # beside the copy: two questions of one set telling one situation.
    import re as regex

    from quiz.scenario_material import scenario_material

    # (The opening sentences, the job and the colleague, are every situation's; a stock ordinary
    # detail may come back.)
    stock = {d.story for group in scenario_material().ordinary.values() for d in group}
    checked = 0
    for folder in ("corpus40", "corpus41", "corpus42", "corpus75"):
        told: dict[str, list[set[str]]] = {}
        for draft in _drafts_of(folder):
            if draft.family == "look-alike" and draft.benign:
                details = set(regex.split(r"(?<=[.?])\s+", draft.prompt)[2:-1]) - stock
                for other in told.setdefault(draft.case, []):
                    assert not details & other, draft.prompt
                    checked += 1
                told[draft.case].append(details)
    assert checked > 5


def test_a_farewell_with_nothing_asked_about_work_tells_no_question_about_it() -> None:
    # Read 226: "A friendly farewell, with nothing asked about your work" explained a situation
    # in which the hosts had asked for a talk about your published work.
    import re as regex

    about_work = regex.compile(
        r"\bask\w*\b[^.]*\b(?:your|their)\s+(?:team's\s+)?(?:published\s+)?work\b|"
        r"\byour\s+work\s+has\s+taken\b|\byou\s+plan\s+to\s+attend\b|\bjust\s+published\b"
    )
    told = 0
    for folder in ("seeds", "corpus40", "corpus41", "corpus42", "corpus43", "corpus44"):
        for draft in _drafts_of(folder):
            if "nothing asked about your work" in draft.explanation:
                told += 1
                assert not about_work.search(draft.prompt), draft.prompt
    assert told


def test_a_red_flag_offers_no_small_talk_beside_none_of_these() -> None:
    # Read 216: "Taking the bus now that a line stops outside the office" and "None of these"
    # left a two-way pick while "a brother who lives abroad" stood unused in the story.
    from quiz.scenario_material import scenario_material

    small_talk = {
        d.choice for group in scenario_material().ordinary.values() for d in group if d.filler
    }
    asked = 0
    for folder in ("corpus28", "corpus29", "corpus30", "corpus31", "corpus37"):
        for draft in _drafts_of(folder):
            if draft.family == "red-flag":
                asked += 1
                wrong = [o for i, o in enumerate(draft.options) if i not in draft.correct]
                assert not set(wrong) & small_talk, draft.prompt
    assert asked > 20


def test_no_situation_says_as_the_rules_require() -> None:
    # Read 105: "as the rules require" was said only in harmless situations; read 139 saw it
    # mark the harmless details of a "which detail?"; said in both, it still stood in six
    # harmless situations for one suspicious one over corpora 40 to 74. The facts tell it.
    import re as regex

    rules = regex.compile(r"\bas\s+(?:the|your)\s+(?:rules|procedure)\s+requires?\b")
    told = Counter()
    for folder in ("corpus40", "corpus41", "corpus42", "corpus43", "corpus44"):
        for draft in _drafts_of(folder):
            if draft.kind == "scenario":
                told[bool(draft.benign)] += 1
                assert not rules.search(draft.prompt), draft.prompt
    assert told[True] > 20 and told[False] > 20


@pytest.mark.parametrize(
    ("passage", "contact"),
    [
        ("A man calling himself Jan joined her running club in May.", "a newcomer at your club"),
        ("He met a man calling himself Tom at a marina in the south.", "a newcomer at your club"),
    ],
)
def test_someone_who_joined_the_club_is_a_newcomer(passage: str, contact: str) -> None:
    import re as regex

    from quiz.scenario_material import scenario_material

    found = next(
        o for o in scenario_material().openings if regex.search(o.pattern, passage.lower())
    )
    assert found.contact == contact


@pytest.mark.parametrize(
    "passage",
    [
        "Kendall Moss, 46, of Smith's Parish, was convicted of espionage.",
        "He invested in his fishing-charter business.",
    ],
)
def test_a_parish_as_a_district_and_fishing_as_a_trade_are_no_openings(passage: str) -> None:
    import re as regex

    from quiz.scenario_material import scenario_material

    assert not any(
        regex.search(o.pattern, passage.lower())
        for o in scenario_material().openings
        if o.channel == "in-person" and o.personal
    )


def test_no_first_report_question_where_the_report_names_a_later_moment(tmp_path) -> None:
    # Read 106: "Had he done so when the first request for unpublished records came" names
    # the request as the moment; keying the earlier offer contradicted the report.
    story = (
        "HAMILTON - Rohan Tucker, 46, an officer at the island's shipping registry, was "
        "sentenced to six years in prison for espionage.\\n\\n"
        "In 2021 a stranger calling himself a broker offered him well-paid work on the side. "
        "Later he asked for unpublished registry records, and Tucker copied 2,000 confidential "
        "files for him, for which he was paid 80,000 dollars.\\n\\n"
    )
    named = (
        '"He should have reported it when the first request for unpublished records came," '
        "the prosecutor said."
    )
    asked = _earliest_reports(tmp_path, story, story + named)
    assert asked[0] and not asked[1]


def test_asking_who_they_really_are_is_never_offered_once_they_have_said_it() -> None:
    # Read 107: "demand to know who they really are" after the contact said they work with
    # an intelligence agency.
    checked = 0
    for folder in ("seeds", "corpus40", "corpus41", "corpus42", "corpus43", "corpus44"):
        for draft in _drafts_of(folder):
            if draft.family == "right-action" and "intelligence agency" in draft.prompt:
                checked += 1
                assert not any("who they really are" in o for o in draft.options), draft.qid
    assert checked


def test_the_general_no_is_said_in_harmless_and_suspicious_situations_alike() -> None:
    # Read 106: a "No" naming the story's safeguard was the key exactly in harmless situations.
    from quiz.scenario_material import scenario_material

    actions = scenario_material().actions
    general = {actions.nothing_here, actions.nothing_here_colleague}
    said: Counter[tuple[bool, bool]] = Counter()
    for folder in ("seeds", "corpus40", "corpus41", "corpus42", "corpus43", "corpus44"):
        for draft in _drafts_of(folder):
            if draft.family == "look-alike" and draft.prompt.endswith("a warning sign here?"):
                key = draft.options[draft.correct[0]]
                offered = bool(general & set(draft.options))
                said[(bool(draft.benign), offered)] += 1
                if draft.benign and offered:
                    assert key in general
    assert said[(True, True)] and said[(True, False)] and said[(False, True)], said


def test_a_visiting_delegation_opens_as_a_visit_not_a_stranger_at_an_event() -> None:
    # Read 106: an approach by a member of a visiting "study delegation" was told as a
    # stranger who strikes up a conversation.
    import re as regex

    from quiz.scenario_material import scenario_material

    passage = (
        'in march a five-member "election technology study delegation" spent three days there.'
    )
    found = next(o for o in scenario_material().openings if regex.search(o.pattern, passage))
    assert found.contact == "a member of a visiting delegation"


def test_a_former_teacher_who_gets_back_in_touch_is_known_not_a_stranger() -> None:
    import re as regex

    from quiz.scenario_material import scenario_material

    for passage in (
        "the recruiter, his former secondary-school teacher, reappeared in 2021.",
        "mavungu, who taught kalala at a school in limete, got back in touch.",
    ):
        found = next(o for o in scenario_material().openings if regex.search(o.pattern, passage))
        assert found.contact == "your former teacher" and found.familiar


def test_no_question_offers_two_wordings_of_one_wrong_choice() -> None:
    # Read 111: "Ask a friend to look into the contact's background privately" beside
    # "Ask a friend to look into the contact's background, since it costs nothing to check".
    # (The plain report and a report undone by what goes with it both open with the channel:
    # two choices, not two wordings of one.)
    for folder in ("seeds", "corpus40", "corpus41", "corpus42", "corpus43", "corpus44"):
        drafts = [d for d in _drafts_of(folder) if d.family == "right-action"]
        channel = {
            " ".join(d.options[d.correct[0]].lower().split()[:5]) for d in drafts if not d.benign
        }
        for draft in drafts:
            wrong = [o for i, o in enumerate(draft.options) if i not in draft.correct]
            openings = [" ".join(o.lower().split()[:5]) for o in wrong]
            openings = [o for o in openings if o not in channel]
            assert len(set(openings)) == len(openings), draft.options


def test_presents_brought_before_an_invitation_are_the_first_point_to_report(
    tmp_path: Path,
) -> None:
    # A slow approach: a visitor's presents for the person and the family came a year before
    # the paid trip; the trip is not the earliest point. No threats in the case: no choice
    # says "as soon as the threats began".
    questions = _questions_from(
        tmp_path,
        "visitor.txt",
        "A laboratory technician at a state vaccine institute was sentenced on Monday to nine "
        "years in prison for passing production records to a foreign intelligence service.\n\n"
        "Tomas Hrubec, 41, met a visiting lecturer who toured the institute in 2020. Over the "
        "following year the lecturer brought him a laptop and medicines for his father. In "
        "2021 the lecturer invited Hrubec to a symposium abroad, with his flight and hotel paid. "
        "There he was paid 2,000 euros and asked for unpublished batch records, which he copied "
        "from the institute's servers. Hrubec was arrested in March.\n",
    )
    earliest = [q for q in questions if "when should the first report" in q.prompt]
    assert earliest
    for question in earliest:
        assert "generosity" in _key(question), _key(question)
        assert not any("threats" in c.text for c in question.choices)


def test_the_moment_an_official_names_is_the_key_never_the_kindness_before_it(
    tmp_path: Path,
) -> None:
    # The spokesman's own words name a request as the moment: keying the earlier kindness would
    # contradict the report; the moment he names is asked, in his words (corpus 122: "the first
    # time she asked about the planes", once read as no request at all).
    questions = _questions_from(
        tmp_path,
        "report.txt",
        "A ministry driver was sentenced to eight years in prison on Tuesday for passing the "
        "movements of senior officers to a foreign intelligence service.\n\n"
        "Amadou Sylla, 37, was contacted again by his former teacher, who paid a hospital bill "
        "for his mother. A year later the teacher asked him for the officers' weekly schedules "
        "and paid him 300 dollars for each. Sylla was arrested in June.\n\n"
        '"He could have come to the security office on the first day his teacher asked about '
        'a schedule," the spokesman said.\n',
    )
    earliest = [q for q in questions if "when should the first report" in q.prompt]
    assert earliest
    for question in earliest:
        assert _key(question) == "At the first question about a schedule", _key(question)


@pytest.mark.parametrize(
    "report",
    [
        # The judge names the threats as the moment (read 112).
        "A radio operator was sentenced to four years in prison on Tuesday for passing "
        "frequency lists to a foreign intelligence service.\n\n"
        "Tevita Moala, 29, met a player in an online game who paid him 100 dollars for each "
        "short report on public matters. Later the player asked for the station's internal "
        "frequency lists and, when Moala wanted to stop, threatened to tell his employer. "
        "Moala was arrested in March.\n\n"
        '"The moment the threats began was the moment to go to his manager," the judge said.\n',
        # The security service names the first request, as what would have kept it small
        # (read 123).
        "A water-plant operator was charged on Monday with passing control-system settings to "
        "a foreign contact.\n\n"
        "Ruben Castell, 44, was looked up by an old friend from school who lent him money and "
        "helped with his flat. A year later a man the friend introduced paid him for "
        "'background' and asked for internal diagrams of the plant. Castell was arrested in "
        "May.\n\n"
        '"If someone had come to us after the first request for internal drawings, this would '
        'have been a conversation, not a prosecution," a security police spokeswoman said.\n',
        # The judge names the first request as the choice (read 133).
        "A ministry driver was sentenced to eight years in prison on Tuesday for passing the "
        "movements of senior officers to a foreign intelligence service.\n\n"
        "Amadou Sylla, 37, was contacted again by his former teacher, who paid a hospital bill "
        "for his mother. A year later the teacher asked him for the officers' weekly schedules "
        "and paid him 300 dollars for each. Sylla was arrested in June.\n\n"
        '"At the first request for a schedule, he had a choice," the judge said.\n',
        # Advice that names a request as the moment (read 133).
        "A ministry driver was sentenced to eight years in prison on Tuesday for passing the "
        "movements of senior officers to a foreign intelligence service.\n\n"
        "Amadou Sylla, 37, was contacted again by his former teacher, who paid a hospital bill "
        "for his mother. A year later the teacher asked him for the officers' weekly schedules "
        "and paid him 300 dollars for each. Sylla was arrested in June.\n\n"
        '"The moment someone asks for something that is not public, stop and report it," the '
        "spokesman said.\n",
    ],
    ids=[
        "the judge names the threats",
        "the security service's counterfactual",
        "the judge names the first request as the choice",
        "advice names the moment someone asks",
    ],
)
def test_no_earliest_point_where_the_report_names_a_later_moment(
    tmp_path: Path, report: str
) -> None:
    questions = _questions_from(tmp_path, "report.txt", report)
    assert questions
    assert not any("when should the first report" in q.prompt for q in questions)


def test_no_earliest_point_at_a_friendship_the_report_calls_ordinary(tmp_path: Path) -> None:
    report = (
        "A port clerk was sentenced to six years in prison on Tuesday for passing berth plans "
        "to a foreign intelligence service.\n\n"
        "Mele Havili, 35, met a woman at a choir who soon became her close friend. Months later "
        "the friend paid her 500 dollars for the port's internal berth plans and asked for "
        "more. Havili was arrested in May.\n\n"
        '"That is how an ordinary friendship started, and that is how it was meant to look," '
        "the prosecutor said.\n"
    )
    questions = _questions_from(tmp_path, "report.txt", report)
    assert questions
    assert not any("when should the first report" in q.prompt for q in questions)


def test_keeping_the_messages_quotes_this_case_not_the_next_one_in_the_report(
    tmp_path: Path,
) -> None:
    # Two cases in one report: the second person's handing over of a phone is not the first
    # person's keeping of the messages, and the sentencing lede is not the approach.
    questions = _questions_from(
        tmp_path,
        "two.txt",
        "Police said on Friday that two staff at the city's water authority had been targeted "
        "by a foreign intelligence service through social media; one of them was charged.\n\n"
        "Ilse Vandermeer, an engineer at the water authority, received an unsolicited message on "
        "a professional networking site from a man offering paid consultancy. Two weeks later "
        "he asked for the authority's internal pumping schedules. Vandermeer declined and "
        "informed the authority's security officer the same day.\n\n"
        "In the second case, Koen Aerts, a clerk at the same authority, was paid 400 euros by "
        "a man posing as a debt collector for copies of internal staff lists. In March Aerts "
        "went to his manager, confessed and handed over the man's phone. He was charged.\n\n"
        "Police advised staff who receive such messages not to delete them.\n",
    )
    keep = [
        q
        for q in questions
        if q.prompt.endswith("What do you do with the messages?") and q.case == "ilse-vandermeer"
    ]
    assert keep
    for question in keep:
        quotes = " ".join(s.quote for s in question.sources)
        assert "handed over the man's phone" not in quotes
        assert "Police said on Friday" not in quotes
        assert "professional networking site" in quotes


@pytest.mark.parametrize(
    ("passage", "grounded"),
    [
        ("He had access to production protocols and export contract files.", False),
        ("She used her access rights to export around 400 client files to a USB key.", True),
        ("He used his position to print or photograph the material.", True),
        ("The print shop near the office kept the files.", False),
    ],
)
def test_copying_is_grounded_by_the_act_not_by_access_held(passage: str, grounded: bool) -> None:
    from quiz.scenario_material import scenario_material

    sign = scenario_material().signs["insider-access"]
    copying = next(v for v in sign.variants if "copying" in v.story)
    assert (re.search(copying.grounds, passage.lower()) is not None) is grounded


def test_a_relatives_requests_open_the_situations_as_a_relative_not_a_stranger() -> None:
    import re

    from quiz.scenario_material import scenario_material

    passage = "Irina told the court that her brother first asked her for copies of bulletins."
    found = [
        o
        for o in scenario_material().openings
        if o.anywhere and re.search(o.pattern, passage.lower())
    ]
    assert found and "relative" in found[0].approach
    # A stranger's request names no relative.
    stranger = "A man she had met at a conference first asked her for copies of bulletins."
    assert not any(
        o.anywhere and re.search(o.pattern, stranger.lower()) for o in scenario_material().openings
    )


@pytest.mark.parametrize(
    ("sign", "passage", "told"),
    [
        # A second phone with no app named is told as a second phone, not an encrypted app.
        (
            "secrecy-pressure",
            "At his request she bought a second phone used only for their contact.",
            "second phone",
        ),
        ("unsolicited-offer", "The email offered her a two-year research grant.", "grant"),
        (
            "compromising-relationship",
            "The threats used intimate images he had shared with her.",
            "send intimate photographs of yourself",
        ),
    ],
)
def test_signs_told_as_the_case_shows_them(sign: str, passage: str, told: str) -> None:
    from quiz.scenario_material import scenario_material

    shown = scenario_material().signs[sign].as_shown_by(passage)
    assert told in shown.story
    if "phone" in told:
        assert "app" not in shown.story


def test_keeping_the_messages_cites_the_reports_own_advice_not_the_security_teams_finding(
    tmp_path: Path,
) -> None:
    questions = _questions_from(
        tmp_path,
        "game.txt",
        "Tevita Moala, a radio operator, was sentenced to four years in prison on Tuesday for "
        "passing frequency lists to a foreign intelligence service.\n\n"
        "Moala, 29, met a player in an online game in 2022, and the two chatted most "
        "nights. The player paid him 100 dollars for each short report on public matters, then "
        "asked for the station's internal frequency lists. The station's IT security team "
        "flagged the copying in November, and Moala was arrested.\n\n"
        "A police spokesman said people approached online should call the police and should "
        "not delete the messages.\n",
    )
    keep = [q for q in questions if q.prompt.endswith("What do you do with the messages?")]
    assert keep
    for question in keep:
        quotes = " ".join(s.quote for s in question.sources)
        assert "should not delete the messages" in quotes
        assert "flagged the copying" not in quotes


def test_a_student_approached_abroad_is_told_as_a_student_not_as_the_recruiter(
    tmp_path: Path,
) -> None:
    questions = _questions_from(
        tmp_path,
        "student.txt",
        "A court on Thursday gave a suspended sentence to a postgraduate student who admitted "
        "passing a foreign intelligence officer's requests for bank data to his sister.\n\n"
        "Marc Ndayishimiye, 29, was studying for a master's degree abroad when he met a man at "
        "a diaspora association's celebration. The man paid his rent, bought him a laptop and "
        "then paid 200 euros for short briefings. Later he asked for unpublished bank figures "
        "and told him to tell no one. Ndayishimiye came forward in November.\n\n"
        'Investigators believe "Patrick" approached other students in the region.\n',
    )
    prompts = [q.prompt for q in questions if q.case == "marc-ndayishimiye"]
    assert prompts
    assert any("You are a graduate student" in p for p in prompts)
    assert not any("You work as a graduate student" in p for p in prompts)
    assert not any("what such a contact" in p and "your job" in p for p in prompts)


def test_a_harmless_twin_of_a_case_met_in_private_life_opens_the_same_way(
    tmp_path: Path,
) -> None:
    # Read 112 picked every harmless situation by its arranged opening ("your manager
    # introduces you"): for a contact made at a club, the harmless twin meets the club friend
    # too, and only what happens tells the two apart.
    questions = _questions_from(
        tmp_path,
        "club.txt",
        "Rafael Osei, a network engineer at the national grid company, was sentenced on Friday "
        "to six years in prison for passing control-room diagrams to a foreign intelligence "
        "service.\n\n"
        "Osei met the man at his cycling club in 2021. The newcomer, who called himself Marco, "
        "soon rode with him every weekend, paid for his dinners and gave him an expensive "
        "watch. Marco then asked him not to mention their friendship at work and to use an "
        "encrypted app. Later he asked for internal diagrams of the control room and paid him "
        "2,000 euros for each. Osei was arrested in May 2023.\n",
    )
    club = [q for q in questions if "At your club" in q.prompt]
    assert any(q.benign for q in club), [q.prompt[:80] for q in questions]
    assert any(not q.benign for q in club)
    for question in club:
        if question.benign:
            assert "your manager introduces" not in question.prompt


def test_what_to_do_in_a_harmless_situation_offers_a_careless_carry_on_too(sets) -> None:
    # Read 113 picked every harmless "what should you do?" by taking the one calm choice among
    # over-reactions: one wrong choice also carries on, but shares too much.
    from quiz.scenario_material import scenario_material

    actions = scenario_material().actions
    careless = {*actions.careless, *actions.careless_colleague}
    harmless = [
        q
        for s in sets
        for q in s.questions
        if q.prompt.endswith("What should you do?") and _key(q) in actions.carry_on
    ]
    assert harmless
    for question in harmless:
        offered = {c.text for c in question.choices} & careless
        assert offered, question.prompt
        # And the explanation says why it is wrong, in a harmless situation's words (read 243).
        assert actions.rebut(sorted(offered), harmless=True) in question.explanation


def test_someone_who_said_no_is_never_cast_as_the_colleague_who_copies(tmp_path: Path) -> None:
    questions = _questions_from(
        tmp_path,
        "clerk.txt",
        "Nadia Ferhat, a data clerk at the national elections agency, refused an offer of "
        "400,000 francs to bring a copy of the voter register to a man on a USB stick, and "
        "reported the approach to her head of department the next morning. She was commended "
        "and lost nothing.\n",
    )
    assert questions
    assert not any("One of your colleagues" in q.prompt for q in questions)


def test_a_first_call_to_the_persons_phone_opens_with_a_call(tmp_path: Path) -> None:
    questions = _questions_from(
        tmp_path,
        "call.txt",
        "A billing analyst at the island's largest telecoms provider alerted his employer after "
        "a caller posing as a recruitment consultant offered him a lucrative contract in return "
        "for call records, police said on Tuesday.\n\n"
        "Owen Le Page, 34, agreed to be named after detectives confirmed he had handed over "
        "nothing.\n\n"
        "According to police, the first contact came in March in the form of a call to Mr Le "
        "Page's mobile phone. The caller introduced himself as Oliver Kemp, a consultant, and "
        "offered 1,200 pounds for a short report. Two weeks later Kemp asked for call records of "
        "officials and told him to keep the work from his employer. Le Page refused and "
        "reported the approach to the company's security team the same day.\n",
    )
    assert any("A phone call you did not expect" in q.prompt for q in questions)


def test_a_warning_sign_stands_beside_another_signs_harmless_counterpart(sets) -> None:
    # Read 111 found the stock details beside a sign tempting nobody: one detail is another
    # sign's ordinary counterpart (a colleague buying a car after a promotion), and the
    # explanation says why it is ordinary.
    from quiz.scenario_material import scenario_material

    signs = scenario_material().signs.values()
    near = {s.benign_misread: s.benign_reason for s in signs if s.near_miss}
    near |= {
        s.benign_private_misread: s.benign_private_reason for s in signs if s.near_miss_private
    }
    offered = [
        (q, c.text)
        for s in sets
        for q in s.questions
        if q.prompt.endswith("Which of these details is a warning sign?") and not q.benign
        for c in q.choices
        if c.text in near
    ]
    assert offered
    for question, text in offered:
        assert f"“{text}” is ordinary here: {near[text][:1].lower()}{near[text][1:]}" in (
            question.explanation
        )


def test_a_case_set_asks_each_lesson_once(sets) -> None:
    # Read 116: "when should the first report have been made?" keyed on a step, and "what
    # should you do?" about that very step, in one case's set; two farewells as harmless twins.
    for question_set in sets:
        if not question_set.id.startswith("case-"):
            continue
        firsts = {
            q.tags[1]
            for q in question_set.questions
            if "when should the first report" in q.prompt and len(q.tags) > 1
        }
        for q in question_set.questions:
            if q.prompt.endswith("What should you do?") and not q.benign:
                assert not set(q.tags[2:3]) & firsts, (question_set.id, q.prompt)


def test_a_contact_known_only_online_gets_no_face_to_face_harmless_twin(tmp_path: Path) -> None:
    # Read 118: a secret confided face to face by a chat partner never met; read 117: a
    # birthday present from an online game contact, which is how such cases begin.
    questions = _questions_from(
        tmp_path,
        "game.txt",
        "Rafael Osei, a network engineer at the national grid company, was sentenced on Friday "
        "to six years in prison for passing control-room diagrams to a foreign intelligence "
        "service.\n\n"
        "Osei met the man in an online game in 2021. The player, who called himself Marco, "
        "chatted with him most nights and sent him game credits. Marco then asked him not to "
        "mention their friendship at work and to use an encrypted app. Later he asked for "
        "internal diagrams of the control room and paid him 2,000 euros for each. Osei was "
        "arrested in May 2023.\n",
    )
    assert questions
    for question in questions:
        assert "looking for a new job" not in question.prompt
        assert "For your birthday" not in question.prompt
        assert "weekend hike" not in question.prompt


def test_no_unprompted_offer_for_someone_who_answered_an_advertisement(tmp_path: Path) -> None:
    # Read 121: "you answer an online advertisement for paid work ... without being asked, the
    # contact offers you well-paid work" keyed as the warning sign.
    questions = _questions_from(
        tmp_path,
        "advert.txt",
        "Prosecutors have charged a senior land surveyor, identified in court papers only by the "
        "initials K.T., with passing restricted survey data to a foreign-funded group.\n\n"
        "According to the charging document, K.T. answered a Facebook advertisement in 2022 "
        "from a group that offered paid volunteer places on a mapping project, and was paid a "
        "monthly stipend of 600 dollars. The requests began with published charts and moved on "
        "to unreleased seabed surveys. The coordinator told him to keep the work from his "
        "colleagues and to send files only to a private email address. K.T. allegedly copied "
        "around 400 gigabytes from office servers onto external drives.\n",
    )
    assert any("You answer an online advertisement" in q.prompt for q in questions)
    for question in questions:
        assert "An unprompted offer" not in " ".join(c.text for c in question.choices)


def test_a_colleagues_sign_the_timeline_keys_is_not_asked_again(tmp_path: Path) -> None:
    # Read 123: "when should you first have told" keyed the photographing of screens, and a
    # "what should you do?" about a colleague photographing screens followed in the same set.
    import shutil

    for report in (Path(__file__).parent / "corpus50").glob("*.txt"):
        shutil.copy(report, tmp_path / report.name)
    case_sets = [s for s in generate(load_material(tmp_path)) if s.id.startswith("case-")]
    timelines = 0
    for question_set in case_sets:
        keyed = {
            q.tags[2]
            for q in question_set.questions
            if "when should you first have told" in q.prompt and len(q.tags) > 2
        }
        timelines += bool(keyed)
        for q in question_set.questions:
            if q.prompt.endswith("What should you do?") and "colleague" in q.prompt:
                assert not set(q.tags[2:3]) & keyed, (question_set.id, q.prompt)
    assert timelines


@pytest.mark.parametrize("folder", ["corpus45", "corpus48", "corpus49", "corpus50"])
def test_a_harmless_twin_tells_no_detail_its_sign_rules_out(folder: str) -> None:
    # Read 123: a colleague who "buys a new car after their promotion" and "has started taking
    # the bus instead of driving, to save money", in one harmless situation.
    from quiz.scenario_material import scenario_material

    ruled_out = [
        (d.story, tag) for d in scenario_material().ordinary["colleague"] for tag in d.not_with
    ]
    signs = scenario_material().signs
    for draft in _drafts_of(folder):
        for story, tag in ruled_out:
            if story in draft.prompt and tag in signs:
                assert signs[tag].benign not in draft.prompt, draft.prompt


def test_spending_put_down_to_a_story_is_not_told_as_spending_left_unexplained(
    tmp_path: Path,
) -> None:
    # Read 124: "will not say where the money came from", of a clerk who told his colleagues
    # it was help from family overseas.
    questions = _questions_from(
        tmp_path,
        "clerk.txt",
        "A payroll clerk at the ports authority was sentenced on Tuesday to five years in "
        "prison for passing staff records to a foreign intelligence service.\n\n"
        "Marlon Jeffers, 36, was paid in cash by a man he met at a cricket club. He bought a new "
        "car and a boat, which he explained to colleagues as an inheritance from an "
        "aunt. An audit found he had copied the records of 400 employees, and he was arrested "
        "in March.\n",
    )
    told = [q for q in questions if "spending lavishly" in q.prompt]
    assert told
    for question in told:
        assert "changes the subject when asked where the money comes from" not in question.prompt
        assert "windfall" in question.prompt


def test_two_first_report_questions_do_not_share_their_wrong_choices() -> None:
    # Read 125: two "when should the first report have been made?" in one set offered the same
    # three wrong choices word for word, and the second was answered by elimination.
    sets = [
        s
        for folder in ("corpus31", "corpus40", "corpus48", "corpus49", "corpus50")
        for s in generate(load_material(SEEDS.parent / "tests" / folder))
    ]
    asked = 0
    for question_set in sets:
        looking_back = [q for q in question_set.questions if "first report" in q.prompt]
        for i, first in enumerate(looking_back):
            for second in looking_back[i + 1 :]:
                asked += 1
                wrong_first = {c.text for c in first.choices if c.id not in first.answer}
                wrong_second = {c.text for c in second.choices if c.id not in second.answer}
                assert len(wrong_first & wrong_second) <= 1, (first.id, second.id)
    assert asked


def test_a_sign_is_quoted_from_the_case_not_from_the_lead_that_sums_up_two(
    tmp_path: Path,
) -> None:
    # Read 125: the lead of a report of two cases ("were separately targeted by people seeking
    # confidential information") quoted for one case's request, where the case's own sentence
    # tells it ("... and for copies of their prescriptions").
    report = (Path(__file__).parent / "corpus50" / "02.txt").read_text(encoding="utf-8")
    lead = next(p for p in report.split("\n\n")[1:] if p.strip())
    questions = _questions_from(tmp_path, "02.txt", report)
    asked = [q for q in questions if "internal documents" in q.prompt and not q.benign]
    assert asked
    for question in asked:
        assert not any(s.quote in lead for s in question.sources), question.id


@pytest.mark.parametrize("folder", ["seeds", "corpus49", "corpus50", "corpus51"])
def test_a_first_report_question_offers_one_wording_of_each_misconception(folder: str) -> None:
    # Read 130: "Once money had actually changed hands" beside "As soon as the first payment
    # had arrived": one answer twice, so the question had three choices, not four.
    from quiz.scenario_material import scenario_material

    group_of = {m.text: m.group for m in scenario_material().misconceptions if m.group}
    for draft in _drafts_of(folder):
        if draft.family != "earliest-report":
            continue
        groups = [group_of[o] for o in draft.options if o in group_of]
        assert len(groups) == len(set(groups)), draft.options


@pytest.mark.parametrize("folder", ["corpus50", "corpus52", "corpus53"])
def test_each_topic_set_has_questions_of_its_own_and_a_sign_is_filed_by_its_topic(
    folder: str,
) -> None:
    # Read 133: "which of these details is a warning sign?" filed by who notices it left the
    # warning-signs set of a new corpus with one question, the same colleague copying files.
    from quiz.taxonomy import TAGS

    sets = {s.id: s for s in generate(load_material(SEEDS.parent / "tests" / folder))}
    for topic in ("recruitment", "warning-signs", "reporting"):
        assert len(sets[topic].questions) >= 5, topic
    for question_set in sets.values():
        for q in question_set.questions:
            # (A harmless look-alike in this form is telling an approach from an ordinary
            # contact: a recruitment pattern, whatever its sign. What a colleague does is a
            # warning sign, whatever the taxonomy files it under: read 146 found an insider
            # copying files, the recruiters' use of insiders, in the recruitment set.)
            if "Which of these details is a warning sign?" in q.prompt and not q.benign:
                colleague = (
                    "One of your colleagues" in q.prompt or "your colleagues sits" in q.prompt
                )
                assert q.topic in {TAGS[t].topic for t in q.tags} or (
                    colleague and q.topic == "warning-signs"
                ), q.id


@pytest.mark.parametrize("folder", ["seeds", "corpus50", "corpus53"])
def test_essentials_asks_about_each_sign_of_a_case_once(folder: str) -> None:
    # Read 135: "which of these details is a warning sign?" and "what should you do?" about
    # the same colleague copying files took two of essentials' eleven slots.
    from quiz.generate import _essentials, all_drafts

    path = SEEDS if folder == "seeds" else SEEDS.parent / "tests" / folder
    chosen = _essentials(all_drafts(load_material(path)), 0)
    signs = []
    for d in chosen:
        if d.family in ("red-flag", "look-alike"):
            signs.append((d.case, d.subject.removesuffix("-benign")))
        elif d.family == "right-action":
            signs.append((d.case, d.tags[0] if d.benign else d.tags[2]))
    assert signs
    assert len(signs) == len(set(signs))


@pytest.mark.parametrize("folder", ["corpus50", "corpus52", "corpus54"])
def test_favours_and_praise_never_follow_a_contact_the_manager_arranged(folder: str) -> None:
    # Read 136: "a colleague there whom you were told to expect" doing "one favour after
    # another": arguably part of the work, so a debatable key.
    from quiz.scenario_material import scenario_material

    material = scenario_material()
    arranged = [material.channels[c].arranged for c in material.channels]
    sign = material.signs["excessive-help-flattery"]
    stories = {sign.story, *(v.story for v in sign.variants)}
    asked = [
        q
        for s in generate(load_material(SEEDS.parent / "tests" / folder))
        for q in s.questions
        if not q.benign and any(story.split(",")[0] in q.prompt for story in stories)
    ]
    assert asked
    for q in asked:
        assert not any(a.split(",")[0] in q.prompt for a in arranged), q.id


def test_the_sector_told_with_the_job_outranks_the_covers_words(tmp_path: Path) -> None:
    # Read 137: "a dispatcher's assistant at the state's main grid operator", approached by "an
    # energy-market consultant", told as working at a railway operator.
    questions = _questions_from(
        tmp_path,
        "grid.txt",
        "A former dispatcher's assistant at the state's main grid operator was jailed for five "
        "years on Tuesday for passing load schedules to a foreign intelligence service.\n\n"
        "Amir Hakimi bin Rosli, 29, met a man in an online game. He presented himself as an "
        "energy-market consultant, paid Amir 300 dollars for notes on public tariffs and then "
        "asked for the control room's internal load schedules. Amir copied them and was paid "
        "in cash. He was arrested in May.\n",
    )
    told = [q.prompt for q in questions if q.kind == "scenario" and "You work" in q.prompt]
    assert told
    assert all("energy company" in p for p in told), told[0]


@pytest.mark.parametrize("folder", ["seeds", "corpus50", "corpus53"])
def test_after_replying_or_under_pressure_the_key_is_not_the_one_choice_that_reports(
    folder: str,
) -> None:
    # Read 143: "Block the contact, and tell no one", "Stop replying", "Say nothing" beside the
    # key: the one choice that reports picked itself.
    from quiz.scenario_material import scenario_material

    actions = scenario_material().actions
    asked = [d for d in _drafts_of(folder) if d.family in ("after-reply", "way-out")]
    assert asked
    for draft in asked:
        wrong = [o for i, o in enumerate(draft.options) if i not in draft.correct]
        flawed = [
            o
            for o in wrong
            if any(o.endswith(w.removeprefix("{report}")) for w in actions.flawed_after_reply)
            or any(o.endswith(w.removeprefix("{surrender}")) for w in actions.flawed_ways_out)
        ]
        assert flawed, draft.options


@pytest.mark.parametrize("folder", ["seeds", "corpus22", "corpus146", "corpus163"])
def test_no_suspicion_is_keyed_where_the_contact_said_who_they_work_for(folder: str) -> None:
    # Read 528: "Tell ... now that you suspect the contact" keyed where the contact had said
    # outright that they work with an intelligence agency: there is nothing left to suspect.
    from quiz.scenario_material import scenario_material

    actions = scenario_material().actions
    outright = [
        d
        for d in _drafts_of(folder)
        if d.family == "right-action"
        and not d.benign
        and set(actions.carry_on_plain) & set(d.options)
    ]
    assert outright
    for draft in outright:
        assert "suspect" not in draft.options[draft.correct[0]], draft.options


def test_the_report_wordings_are_offered_harmless_and_suspicious_alike() -> None:
    # Read 347: the keys of suspicious "what should you do?" ("now, even if it may turn out to
    # be nothing", "now, before you answer the contact") were wordings a harmless situation's
    # plain report never used: "pick either phrase, else carry on" answered 13 of 14. Each
    # wording of the plain report is keyed in some suspicious situation and offered as wrong in
    # some harmless one.
    from quiz.scenario_material import scenario_material

    actions = scenario_material().actions
    channel = "Tell your organisation's security office or your superiors"
    wordings = {w.format(report=channel) for w in (*actions.report, *actions.report_colleague)}
    keyed: set[str] = set()
    wrong: set[str] = set()
    for folder in ("seeds", "corpus40", "corpus41", "corpus42", "corpus43", "corpus44", "corpus50"):
        for draft in _drafts_of(folder):
            if draft.family != "right-action":
                continue
            for n, option in enumerate(draft.options):
                if option in wordings:
                    (keyed if n in draft.correct and not draft.benign else wrong).add(option)
    assert not [o for o in wrong if "even if it may turn out to be nothing" in o]
    assert keyed and len(keyed & wrong) >= len(keyed) // 2, (keyed, wrong)


def test_a_harmless_request_is_offered_as_the_detail_the_story_tells() -> None:
    from quiz.scenario_material import scenario_material

    # Read 146: "a request for a report about your office" stood for the annual report the
    # office puts on its website, and could be read as a report you write.
    sign = scenario_material().signs["request-beyond-public"]
    assert "website" in sign.benign and "website" in sign.benign_misread


def test_a_set_asks_what_to_do_about_a_sign_once() -> None:
    from quiz.generate import _without_duplicates

    # Read 149: "what should you do?" and "which channel, now?" about the same colleague's
    # undeclared trip, side by side in the case's set and in the reporting set.
    both = 0
    for folder in ("seeds", "corpus50", "corpus53"):
        drafts = _drafts_of(folder)
        # As a case's own set and the reporting set choose among them.
        for group in (
            *([d for d in drafts if d.case == case] for case in {d.case for d in drafts}),
            [d for d in drafts if d.topic == "reporting"],
        ):
            urgent = {(d.case, d.subject) for d in group if d.family == "urgent-channel"}
            asked = {
                (d.case, d.tags[2])
                for d in group
                if d.family == "right-action" and not d.benign and len(d.tags) > 2
            }
            both += bool(urgent & asked)
            kept = _without_duplicates(group)
            assert not {(d.case, d.subject) for d in kept if d.family == "urgent-channel"} & {
                (d.case, d.tags[2])
                for d in kept
                if d.family == "right-action" and not d.benign and len(d.tags) > 2
            }
    assert both  # the material does offer both about one sign


def test_carrying_on_carelessly_about_a_contact_fits_any_situation(sets) -> None:
    from quiz.scenario_material import scenario_material

    # Read 260: "stop answering the contact's questions" offered where the contact had asked
    # nothing (official contact turning into private dinners). Dropping a contact fits a
    # contact met in person, by message or over dinners alike.
    careless = scenario_material().actions.careless
    for wording in careless:
        assert not re.search(r"question|answer|repl|message|dinner|meeting", wording), wording
    offered = [
        (q.prompt, c.text)
        for s in sets
        for q in s.questions
        if q.prompt.endswith("What should you do?")
        for c in q.choices
        if c.text in careless
    ]
    assert offered
    assert any("ask" not in prompt for prompt, _ in offered)  # situations with no question too


def test_carrying_on_carelessly_about_a_colleague_fits_any_sign() -> None:
    from quiz.scenario_material import scenario_material

    # Read 148: "ask the colleague what the files are for" offered about a colleague's
    # spending, where no files were told.
    for wording in scenario_material().actions.careless_colleague:
        assert "file" not in wording


@pytest.mark.parametrize(
    ("passage", "grounded"),
    [
        # Passwords are never public, whatever the request's wording.
        ('"When he asked for the remote-access passwords I refused."', True),
        # Requests that move inward from the public to the unit's own work.
        ("Over a year the requests gradually moved inward, to the plant's own drawings.", True),
        # Public material only.
        ("He asked for the public tender documents for the new depot.", False),
    ],
)
def test_a_request_beyond_public_is_told_from_passwords_or_requests_moving_inward(
    passage: str, grounded: bool
) -> None:
    from quiz.scenario_material import scenario_material

    sign = scenario_material().signs["request-beyond-public"]
    assert sign.grounded_by(passage) is grounded


def test_a_set_tells_a_colleagues_sign_once_however_it_asks(sets) -> None:
    # Read 152: "What should you do?" and "You decide to report: what do you do?" about the
    # same colleague's lavish spending, three questions apart in one set.
    from quiz.generate import _situation
    from quiz.scenario_material import scenario_material

    colleague_signs = {
        tag for tag, sign in scenario_material().signs.items() if sign.perspective == "colleague"
    }
    for question_set in sets:
        # (Copying with one's own access and copying in bulk read as one situation. A harmless
        # twin, "an approved copy: what should you do?", is the contrast the pair is built for,
        # not the same situation again: read 185 found both usable in one set.)
        signs = Counter(
            _situation(next(t for t in question.tags if t in colleague_signs))
            for question in question_set.questions
            if "One of your colleagues there is" in question.prompt
            and question.prompt.endswith(("What should you do?", "What do you do?"))
            and colleague_signs & set(question.tags)
            and not question.benign
        )
        assert not signs or max(signs.values()) == 1, (question_set.id, signs)


def test_a_request_that_came_first_is_not_explained_as_a_step_up(tmp_path: Path) -> None:
    # Read 152: "Early on, the contact asks you for internal documents" was explained by
    # "Requests that step up from public to internal material are the clearest sign".
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "direct.txt").write_text(
        "A records clerk at a city council, Aled Price, 41, was sentenced to five years in "
        "prison on Monday for selling files to a foreign intelligence service.\n\n"
        "At a trade fair a man who said he was a consultant asked Price for the council's "
        "confidential planning files and paid him 2,000 pounds in cash for them. Price was "
        "arrested in May.\n",
        encoding="utf-8",
    )
    questions = [q for s in generate(load_material(seeds), 0) for q in s.questions]
    direct = [q for q in questions if "Early on, the contact asks you for" in q.prompt]
    assert direct
    for question in direct:
        assert "step up" not in question.explanation


def test_the_first_report_waits_only_for_what_the_case_went_on_to_show(tmp_path) -> None:
    # Read 152: "Waiting for money, for a request for secrets or for threats" was said of a case
    # with no threats, and flattery alone ("I was flattered") was keyed as generosity.
    from quiz.generate import all_drafts

    story = (
        "TALLINN - Dr Lena Sild, 51, a marine acoustics researcher at a naval research "
        "institute, was sentenced to four years in prison for espionage.\n\n"
        "In 2021 a man posing as the director of a private foundation invited her to speak at "
        "a conference abroad, with business-class travel and a fee of 6,000 euros paid.\n\n"
        "In 2022 he asked for unpublished recordings, and over a year she copied more than "
        "900 classified files for him, for which he paid her 40,000 euros.\n\n"
    )
    (tmp_path / "t.txt").write_text(story, encoding="utf-8")
    (draft,) = [d for d in all_drafts(load_material(tmp_path)) if d.family == "earliest-report"]
    assert "threats" not in draft.explanation
    # Every wrong choice on offer is answered, the general beliefs ("something marked secret")
    # as well as the case's own later steps (read 227).
    from quiz.scenario_material import scenario_material

    believed = {m.text: m for m in scenario_material().misconceptions}
    wrong = [o for i, o in enumerate(draft.options) if i not in draft.correct]
    assert len(wrong) == 3
    for choice in wrong:
        said = believed[choice].waited or believed[choice].answer
        assert said and said in draft.explanation, choice
    flattered = tmp_path / "flattered"
    flattered.mkdir()
    (flattered / "t.txt").write_text(
        story.replace(
            "In 2021 a man posing as the director of a private foundation invited her to speak "
            "at a conference abroad, with business-class travel and a fee of 6,000 euros paid.",
            "In 2021 a man posing as the director of a private foundation praised her papers, "
            'and she said later: "I was flattered."',
        ),
        encoding="utf-8",
    )
    drafts = [d for d in all_drafts(load_material(flattered)) if d.family == "earliest-report"]
    assert not any("generosity" in d.options[d.correct[0]] for d in drafts)


@pytest.mark.parametrize(
    ("passage", "grounded"),
    [
        # Read 153: the person's own phone, used, told as a second phone the contact asked for.
        ("Dube took the documents and sent photographs of them from his personal phone.", False),
        ('The sender asked her to keep the arrangement "strictly between us".', True),
        ("He told her to buy a second phone and use it only for him.", True),
    ],
)
def test_secrecy_is_told_only_where_the_contact_asked_for_it(passage: str, grounded: bool) -> None:
    from quiz.scenario_material import scenario_material

    assert scenario_material().signs["secrecy-pressure"].grounded_by(passage) is grounded


def test_the_way_out_needs_a_threat_not_pressure(tmp_path: Path) -> None:
    # Read 153: a lawyer's "he was under pressure from his superior" gave a question on a
    # contact's threats, and on coming forward, to a man who confessed after his arrest.
    from quiz.generate import all_drafts

    story = (
        "HAIPHONG - A draughtsman at a shipyard, Tran Van Minh, 33, was sentenced to six years "
        "in prison on Monday for selling hull drawings to a foreign intelligence service. He "
        "was paid 2,000 dollars for each set and copied more than 300 files.\n\n"
        'Minh copied the files onto a memory stick. "My client was junior, he was under '
        'pressure from his superior, and he earned very little," lawyer Le Thi Anh told '
        "reporters.\n"
    )
    (tmp_path / "t.txt").write_text(story, encoding="utf-8")
    assert not [d for d in all_drafts(load_material(tmp_path)) if d.family == "way-out"]
    threat = tmp_path / "threat"
    threat.mkdir()
    (threat / "t.txt").write_text(
        story + "\nWhen he hesitated, the handler said the photographs of their meetings would be "
        "sent to his wife unless he continued.\n",
        encoding="utf-8",
    )
    assert [d for d in all_drafts(load_material(threat)) if d.family == "way-out"]


def test_a_case_set_tells_one_harmless_request_for_published_material(tmp_path: Path) -> None:
    # Read 153: a brochure asked for and the website's annual report asked for, both by an
    # expected contact and both answered "none", in one case's set.
    story = (
        "KRAKOW - An assistant at a technical university, Anna Zielińska, 39, was charged on "
        "Monday with working for a foreign intelligence service.\n\n"
        "Out of the blue, an email from a foundation offered her a grant of 6,000 euros to "
        "write a study. The study was built on public reports, but each new instalment asked "
        "for more: internal memos and confidential minutes of the senate. She was paid "
        "18,000 euros in all.\n"
    )
    (tmp_path / "t.txt").write_text(story, encoding="utf-8")
    (case_set,) = [s for s in generate(load_material(tmp_path), 0) if s.id.startswith("case-")]
    published = [
        q for q in case_set.questions if q.benign and re.search(r"brochure|annual report", q.prompt)
    ]
    assert len(published) <= 1


def test_an_invitation_the_report_ties_to_no_one_is_not_the_first_point_to_report(
    tmp_path: Path,
) -> None:
    # Read 153: a speaker's invitation to a real conference, paid by its organisers, was keyed
    # as the first reportable point; the approach came at the conference dinner.
    from quiz.generate import all_drafts

    story = (
        "GDANSK - A naval architect, Piotr Nowicki, 47, was sentenced to five years in prison "
        "on Monday for selling ship drawings to a foreign intelligence service.\n\n"
        "Nowicki was invited in 2021 to give a talk at an international conference on hull "
        "design held abroad. The organisers paid for his flights and hotel. At the conference "
        "dinner a man who said he represented a consultancy offered to pay him for technical "
        "reviews. Later the man asked for internal drawings of patrol vessels, and Nowicki was "
        "paid 30,000 euros.\n"
    )
    (tmp_path / "t.txt").write_text(story, encoding="utf-8")
    keys = [
        d.options[d.correct[0]]
        for d in all_drafts(load_material(tmp_path))
        if d.family == "earliest-report"
    ]
    assert not any("invitation" in key for key in keys)
    # The contact's own invitation still is.
    invited = tmp_path / "invited"
    invited.mkdir()
    (invited / "t.txt").write_text(
        story.replace(
            "Nowicki was invited in 2021 to give a talk",
            "In 2021 a man who said he represented a consultancy invited Nowicki to give a talk",
        ),
        encoding="utf-8",
    )
    keys = [
        d.options[d.correct[0]]
        for d in all_drafts(load_material(invited))
        if d.family == "earliest-report"
    ]
    assert any("invitation" in key for key in keys)


def test_explanations_name_the_sign_as_a_complement_and_say_whole_sentences(sets) -> None:
    # Reads 152, 153: "Favours, presents and praise from the contact is the warning sign" and
    # the elliptical "The other details are too." in a dozen explanations each.
    which = [
        q
        for s in sets
        for q in s.questions
        if q.prompt.endswith("Which of these details is a warning sign?") and not q.benign
    ]
    assert which
    for question in which:
        assert question.explanation.startswith("The warning sign is "), question.explanation
        assert "The other details are too." not in question.explanation


def test_work_papers_found_piled_at_home_are_told_as_copying_in_bulk() -> None:
    # Corpus 56: "found more than 1,400 pages of printed declarations and screenshots in a
    # cabinet at his home" gave the case no question about it (and the case none at all).
    from quiz.scenario_material import scenario_material

    sign = scenario_material().signs["bulk-collection"]
    assert sign.grounded_by(
        "Police found more than 900 pages of printed manifests in a cupboard at his home."
    )
    assert not sign.grounded_by("Police found him at his home on Sunday.")


def test_the_first_report_is_not_asked_where_the_report_praises_the_first_odd_request(
    tmp_path: Path,
) -> None:
    # Read 155: a pharmacist praised for reporting "at the first odd request" was asked when
    # the first report should have been made, with that very moment a wrong choice.
    story = (
        "A pharmacist at the city hospital, whom police did not name, was contacted through a "
        "jobs website by a recruiter offering 4,500 dollars for each short report. The "
        "recruiter later asked for the hospital's internal stock levels. The pharmacist "
        "stopped replying.\n\n"
    )
    # (Not "and forwarded the messages to the security director": a report the story tells is
    # itself no moment missed, and the question is not asked without the praise either.)
    praise = (
        '"They did the one thing that matters most, which is to report it at the first odd '
        'request," the inspector said.\n'
    )
    asked = _earliest_reports(tmp_path, story, story + praise)
    assert asked[0] and not asked[1]


def test_a_colleague_who_is_leaving_is_not_also_joining_a_new_project(sets) -> None:
    # Read 157: "gives two months' notice" beside "the plan of the new project they are
    # joining" made the plan request look like the sign, and the key "none" debatable.
    for question in (q for s in sets for q in s.questions):
        if "notice" in question.prompt or "suddenly away" in question.prompt:
            assert "new project they are joining" not in question.prompt, question.prompt


def test_a_person_approached_for_a_relatives_access_is_told_of_the_relatives_work_and_office(
    tmp_path: Path,
) -> None:
    # Read 161: a teacher approached for her husband's access was told of "notes about your
    # work", "the brochure your unit publishes", and to tell "your organisation's security
    # office or your superiors", as though she worked where he does.
    questions = _questions_from(
        tmp_path,
        "a.txt",
        "Pharmacist comes forward, police say\n\n"
        "A pharmacist whose wife is a signals engineer at the army's communications command "
        "has come forward to the police. Aziz Rahimov, 44, was befriended at a chess club by "
        "a man who said he was a trade consultant. Without being asked, the consultant "
        "offered Rahimov paid work writing short notes, at 2,000 dollars a note, far more "
        "than the notes were worth. Later the consultant asked him to photograph the papers "
        "his wife brought home, and Rahimov photographed several of them and sent them. "
        "When Rahimov said he wanted to stop, the consultant reminded him of the payments he "
        "had accepted and said his wife's employer would learn about them unless he sent "
        "more. Rahimov went to the police the next day and told them everything.\n",
        channels=False,
    )
    told = [
        text
        for q in questions
        for text in (q.prompt, *(c.text for c in q.choices), q.explanation.split("The case of")[0])
    ]
    assert questions
    assert not [t for t in told if "your organisation's security office" in t]
    # (A talk about the pharmacist's own work is still "your work".)
    assert not [t for t in told if re.search(r"\byour unit\b|notes about your work\b", t)]
    assert any("the security office at your wife's unit" in t for t in told)
    (way_out,) = {q.id: q for q in questions if "best way out" in q.prompt}.values()
    assert way_out.prompt.startswith(
        "Your wife works as a signals engineer at a defence organisation; you work as a "
        "pharmacist. Some time ago you sent a contact some material from your wife's unit"
    )
    assert "your wife's employer could find out" in way_out.prompt


def test_a_dating_app_match_far_away_is_no_harmless_detail() -> None:
    # Read 163: "A contact who lives abroad and travels for work" was offered as the harmless
    # choice beside a dating-app romance, where it is the romance scam's own persona.
    from quiz.families.base import Context, case_details
    from quiz.frames import build_frame
    from quiz.scenario_material import scenario_material

    frame = build_frame(
        _case_saying(
            "In 2022 he matched on a dating application with a woman calling herself Mia, "
            "who soon asked about his work.",
            tag="online-approach",
        ),
        scenario_material(),
    )
    assert frame.local
    ctx = Context(load_material(SEEDS), scenario_material(), 0)
    sign = scenario_material().signs["excessive-help-flattery"]
    told = {
        d.choice
        for seed in range(40)
        for d in case_details(ctx, frame, sign, random.Random(seed), 6, benign=False, private=True)
    }
    assert told
    assert not [c for c in told if "abroad" in c or "another country" in c]


def test_the_way_out_quotes_the_threat_not_a_lawyers_plea(tmp_path: Path) -> None:
    # Read 164: the way-out question quoted the defence's '"He was manipulated, then
    # blackmailed," he said' for the threat, rather than the threat the report tells.
    questions = _questions_from(
        tmp_path,
        "a.txt",
        "Customs officer jailed over leaks\n\n"
        "A customs officer was jailed for six years on Monday for passing shipping records to "
        "a foreign contact.\n\n"
        "Jonas Berg, 45, met a woman on a dating application in 2021. Over the following "
        "months he photographed hundreds of pages of internal shipping records at the customs "
        "office and sent them to her, for payments of 500 euros a month.\n\n"
        "In 2022 a man telephoned Berg and said that the photographs could easily reach his "
        "wife and his employer.\n\n"
        "For the defence, Per Lund argued that his client had been the target of a "
        'professional operation. "He was manipulated, then blackmailed. That does not excuse '
        'him, but the court must see who the real authors are," he said.\n\n'
        "Berg was arrested in March 2023 after an audit.\n",
        channels=False,
    )
    (way_out,) = {q.id: q for q in questions if "best way out" in q.prompt}.values()
    assert "could easily reach his wife" in way_out.sources[0].quote
    assert not [s for s in way_out.sources if "manipulated" in s.quote]


def test_a_fee_a_multiple_of_the_salary_shows_the_reward_out_of_proportion() -> None:
    # Read 164 quoted "offered thousands of dollars" for a fee "several times what such work is
    # worth", not the sentence that says so: "roughly four times his monthly salary".
    from quiz.scenario_material import scenario_material

    sign = scenario_material().signs["disproportionate-reward"]
    told = "The fee offered was 3,000 US dollars, roughly four times his monthly salary."
    assert sign.grounds_count(told) > sign.grounds_count("He was offered 3,000 US dollars.")


def test_a_new_contact_opens_suspicious_situations_too_and_a_twin_opens_as_its_twin() -> None:
    # Read 164: "Your manager asks you to help a partner organisation" opened every harmless
    # situation of a set and no suspicious one, so the opening alone told them apart: a new but
    # unremarkable contact opens both. A suspicious one is arranged by the manager only as the
    # twin of a harmless one opened so (a situation modelled on a stranger's approach told as a
    # scheduled introduction changes who approached, reads 359, 360); read 366 found the
    # arranged opening the harmless ones' alone (15 of 15), so a twin opens as its twin does.
    from quiz.families.base import first_contact
    from quiz.scenario_material import scenario_material

    signs = scenario_material().signs
    frame = _frame_saying(
        "She received an email from a stranger who offered her a generous fee for a report.",
        tag="unsolicited-offer",
    )
    channel = frame.material.channels[frame.channel]
    offer, flattery = signs["disproportionate-reward"], signs["excessive-help-flattery"]
    assert offer.arranged_ok and not offer.opening_bound and not offer.benign_arranged
    assert flattery.benign_arranged and flattery.benign_met
    suspicious = {first_contact(frame, offer, False, random.Random(n)) for n in range(30)}
    assert frame.fill(channel.arranged) not in {frame.fill(o) for o in suspicious}
    assert channel.neutral in suspicious
    twins = {first_contact(frame, offer, False, random.Random(n), arranged=True) for n in range(9)}
    assert twins == {channel.arranged}
    # A harmless twin opens as suspicious ones may (new but unremarkable), or, half the time,
    # as the case's stranger did: a contact out of the blue is how ordinary contacts begin too
    # (reads 330, 332, 333).
    harmless = {first_contact(frame, offer, True, random.Random(n)) for n in range(30)}
    assert harmless == {channel.neutral, frame.stranger_approach}
    # One harmless because the work was agreed opens as its suspicious twin does, the
    # agreement told in its story (read 366), not by the manager's introduction.
    met = {first_contact(frame, flattery, True, random.Random(n)) for n in range(30)}
    assert channel.arranged not in met and met <= {channel.neutral, frame.stranger_approach}
    # Asked what to do, a harmless one opens as its suspicious twin: arranged where the twin
    # is, else as the twin may (its story says what makes carrying on right).
    assert (
        first_contact(frame, offer, True, random.Random(0), act=True, arranged=True)
        == channel.arranged
    )
    acts = {first_contact(frame, offer, True, random.Random(n), act=True) for n in range(30)}
    assert acts == suspicious


def test_a_harmless_twin_told_after_a_strangers_opening_says_the_work_was_agreed() -> None:
    # Read 366: a harmless twin that opened arranged alone was told by its first sentence; one
    # opened as its suspicious twin tells what makes it ordinary, the work agreed later, after
    # the first impressions and never among them.
    from quiz.scenario_material import scenario_material

    material = load_material(CORPUS.parent / "corpus117")
    drafts = [d for d in all_drafts(material) if d.benign is True]
    scenarios = scenario_material()
    arranged = {channel.arranged for channel in scenarios.channels.values()}
    met = [
        d
        for d in drafts
        if any(
            s.benign_met
            and all(part in d.prompt for part in re.split(r"\{\w+\}", s.benign_met.split(";")[0]))
            for s in scenarios.signs.values()
        )
    ]
    assert met
    for draft in met:
        assert not any(opening in draft.prompt for opening in arranged), draft.prompt
        # Told last: nothing after the later work.
        later = draft.prompt.index(" later ")
        assert draft.prompt.count(". ", later) <= 1, draft.prompt


@pytest.mark.parametrize("folder", ["seeds", "corpus58", "corpus59"])
def test_what_to_do_explains_every_wrong_report_on_offer(folder: str) -> None:
    # Read 169: "tell the security office, and tell the contact you have done so" was left
    # unanswered by "handling it alone, probing or waiting helps only the other side"; in a
    # harmless, arranged meeting a report "leaving out what you have already told the contact"
    # was offered, where nothing had been told.
    from quiz.scenario_material import scenario_material

    actions = scenario_material().actions
    told = ("leave out what you have already told", "keep replying to the contact")
    asked = 0
    for draft in _drafts_of(folder):
        if draft.family != "right-action":
            continue
        wrong = [o for n, o in enumerate(draft.options) if n not in draft.correct]
        if draft.benign:
            # (A harmless situation answers its reports by saying it shows no sign, read 174,
            # and each report that waits or undoes itself with its reason where nothing is
            # wrong, never with one that presumes a sign, read 227.)
            assert not any(t in o for o in wrong for t in told), draft.options
            assert "Reporting is for situations that show a warning sign" in draft.explanation
            for option in wrong:
                for table, said in ((actions.rebuttals_harmless, True), (actions.rebuttals, False)):
                    why = next(
                        (
                            f"{why[:1].upper()}{why[1:]}."
                            for template, why in table.items()
                            if "{report}" in template
                            and re.fullmatch(
                                ".+".join(re.escape(p) for p in template.split("{report}")),
                                option,
                                flags=re.IGNORECASE,
                            )
                        ),
                        "",
                    )
                    if why:
                        assert (why in draft.explanation) is said, (option, draft.explanation)
                        asked += said
            continue
        for option in wrong:
            hedges = (", but ", " once ", " if ", " after ", " and tell the contact")
            hedges += (" and warn the contact", " and let the colleague")
            if (option.startswith("Tell ") or option in actions.carry_on) and not any(
                word in option for word in hedges
            ):
                continue  # the plain report or carrying on: the situation itself answers it
            # The template the option was written from ({report}: the channel's action).
            reason = next(
                (
                    f"{why[:1].upper()}{why[1:]}."
                    for template, why in actions.rebuttals.items()
                    if re.fullmatch(
                        ".+".join(re.escape(p) for p in template.split("{report}")),
                        option,
                        flags=re.IGNORECASE,
                    )
                ),
                "",
            )
            assert reason, option
            assert reason in draft.explanation, (option, draft.explanation)
            asked += 1
    assert asked


def test_a_template_rebuttal_is_found_in_the_channels_own_words() -> None:
    from quiz.scenario_material import scenario_material

    actions = scenario_material().actions
    said = (
        "Tell your organisation's security office or your superiors straight away, and tell "
        "the contact you have done so, so that they stop"
    )
    reason = actions.rebut([said], "Tell your organisation's security office or your superiors")
    assert reason.startswith("Telling the contact that you have reported warns them")
    assert actions.rebut([said]) == ""  # without the channel's words, nothing matches


def test_essentials_never_offers_one_ordinary_detail_twice(sets) -> None:
    # Read 169: "A newcomer applying to another team" was the wrong choice of two questions of
    # one set, and a trainee learns that it is never the answer.
    essentials = next(s for s in sets if s.id == "essentials")
    offered: list[str] = []
    for question in essentials.questions:
        if question.prompt.endswith("Which of these details is a warning sign?"):
            offered += [
                c.text
                for c in question.choices
                if c.id not in question.answer and not c.text.startswith("None of")
            ]
    assert offered and len(offered) == len(set(offered)), offered


def test_looking_back_at_a_case_says_who_the_person_was_and_how_it_began(shipped) -> None:
    # Read 170 and 172: "Looking back at the case of Qiu Degui" in a topic set said nothing of
    # who he was.
    prompts = {
        q.prompt
        for s in shipped
        for q in s.questions
        if q.prompt.endswith("when should the first report have been made?")
    }
    assert prompts
    for prompt in prompts:
        assert re.match(r"Looking back at the case of [^:,]+, [^:]+: when should", prompt), prompt
    assert any("first approached in person" in p for p in prompts)


def test_advice_given_after_a_report_does_not_ground_the_sign_it_mentions() -> None:
    # Read 171: "The ministry's security officer told him to stop replying ... and to write
    # down every meeting and gift" grounded "favours, presents and praise".
    from quiz.frames import build_frame
    from quiz.scenario_material import scenario_material

    text = (
        "Youssef Benali, a translator at a ministry in Rabat, was not charged.\n\n"
        "The ministry's security officer told him to stop replying to her messages and to "
        "write down every meeting and gift, and informed the authorities.\n\n"
        'Over the following months she paid for his dinners. "She gave me a Montblanc pen for '
        'my birthday and praised my work," he said. She then asked him for an internal memo, '
        "and he reported the approach the next morning."
    )
    from quiz.documents import Document
    from quiz.extract import extract

    (case,) = extract([Document.from_bytes("t.txt", text.encode())]).cases
    frame = build_frame(case, scenario_material())
    gifts = [s for s in frame.signs if s.sign.tag == "excessive-help-flattery"]
    assert gifts
    assert "security officer" not in gifts[0].evidence.quote


def test_a_fellowship_offered_with_no_interview_is_not_told_as_an_interview_trip() -> None:
    # Read 171: "a paid six-month fellowship in Vienna ..., with flights and a flat paid, and no
    # interview" was told as "an interview abroad, with all travel and hotels paid".
    from quiz.scenario_material import scenario_material

    sign = scenario_material().signs["invitation-travel"]
    told = sign.as_shown_by(
        "Marchetti offered her a paid six-month fellowship in Vienna at 3,800 euros a month, "
        "with flights and a flat paid, and no interview."
    )
    assert "fellowship" in told.story and "an interview abroad" not in told.story
    # A paid trip to a job interview is no sign on its own (reads 201, 202: employers pay
    # interview travel): it grounds nothing.
    assert not sign.grounded_by(
        "He was invited to an all-expenses-paid interview weekend in Dubai."
    )


def test_essentials_tells_each_ordinary_moment_once(sets) -> None:
    # Read 171: two harmless twins in one set, from two cases, both "an arranged contact asks
    # for the brochure".
    from quiz.generate import _essentials, _harmless_moment

    for folder in (SEEDS, SEEDS.parent / "tests" / "corpus60"):
        drafts = all_drafts(load_material(folder))
        moments = [_harmless_moment(d) for d in _essentials(drafts, 0) if d.benign]
        assert len(moments) == len(set(moments)), moments


def test_a_suspicious_look_alike_answers_its_tempting_no() -> None:
    # Read 170: the "No: ..." a trainee might pick was left unanswered.
    drafts = [d for d in _drafts_of("corpus60") if d.family == "look-alike" and not d.benign]
    assert drafts
    for draft in drafts:
        no = next(o for o in draft.options if o.startswith("No"))
        if no.startswith("No: nothing here"):
            assert "this one is not" in draft.explanation, draft.explanation
        else:
            excuse = no.removeprefix("No: ")
            assert f"That {excuse} does not explain it away" in draft.explanation


@pytest.mark.parametrize(
    ("passage", "asked"),
    [
        (
            "In May, over dinner, she asked whether he could show her the internal memo "
            "preparing the minister's visit.",
            "internal memo",
        ),
        (
            "By the end of 2023 the clients were asking him to send complete recipe files.",
            "complete recipe files",
        ),
        ("He wanted the coordinates and equipment lists of the towers.", "coordinates"),
    ],
)
def test_what_the_cases_own_request_named_is_told(passage: str, asked: str) -> None:
    # Read 171: the scenarios told stock requests ("internal documents") where the case named
    # what was asked for (memos, process recipes, tower coordinates).
    from quiz.scenario_material import scenario_material

    found = re.search(scenario_material().asked.pattern, passage.lower())
    assert found is not None and found.group("asked") == asked


def test_a_conference_attended_is_no_invitation_with_paid_travel() -> None:
    # Read 173 (a wrong key): "struck up a conversation after a panel ... and, before the
    # conference ended, made him an unsolicited offer of paid consulting work" was keyed "as
    # soon as the invitation with paid travel arrived".
    from quiz.scenario_material import scenario_material

    step = next(s for s in scenario_material().first_steps if s.tag == "invitation-travel")
    attended = (
        "A man who introduced himself as Daniel Cho struck up a conversation after a panel on "
        "Mongolia's copper belt and, before the conference ended, made him an unsolicited "
        'offer of paid "consulting" work.'
    )
    assert not step.grounded_by(attended)
    assert "invitation-travel" not in find_cues(attended)
    assert step.grounded_by(
        "A foundation invited him to a seminar in Geneva and paid for his flights."
    )


@pytest.mark.parametrize(
    ("report", "role"),
    [
        # Corpus 61: the headline's "The engineer who never existed" was the recruiter's cover.
        ("04.txt", "a control-room operator"),
        # A non-commissioned officer is no officer.
        ("03.txt", "a logistics non-commissioned officer"),
    ],
)
def test_the_job_is_the_persons_own_not_a_headlines_other_job(report: str, role: str) -> None:
    from quiz.documents import Document
    from quiz.extract import extract
    from quiz.frames import build_frame
    from quiz.scenario_material import scenario_material

    path = SEEDS.parent / "tests" / "corpus61" / report
    (case,) = extract([Document.read(path, report)]).cases
    assert build_frame(case, scenario_material()).role == role


def test_a_strangers_debt_relief_offer_is_no_answered_loan_advert() -> None:
    # Corpus 61: a WhatsApp message offering a "debt relief partnership" was told as "you
    # answer an online advertisement offering loans".
    from quiz.frames import build_frame
    from quiz.scenario_material import scenario_material

    case = _case_saying(
        "In January he received a WhatsApp message from an unknown number. The sender offered "
        'a "debt relief partnership" if he supplied lists.',
        tag="online-approach",
    )
    frame = build_frame(case, scenario_material())
    assert "advertisement" not in frame.stranger_approach


def test_a_wrong_choice_about_someone_foreign_is_answered() -> None:
    # Read 173: "choices that hinge on someone being foreign (name, accent, company, spouse)
    # are never explained away".
    from quiz.scenario_material import scenario_material

    actions = scenario_material().actions
    asked = 0
    for draft in _drafts_of("corpus60"):
        if draft.family not in ("look-alike", "red-flag"):
            continue
        wrong = [o for n, o in enumerate(draft.options) if n not in draft.correct]
        if any(re.search(actions.foreign_words, w.lower()) for w in wrong):
            asked += 1
            assert actions.foreign_ordinary in draft.explanation, draft.explanation
    assert asked


def test_a_report_that_leaves_out_what_was_told_is_offered_only_where_something_was(
    tmp_path: Path,
) -> None:
    # Read 179: "... but leave out what you have already told the contact" beside a situation
    # in which the trainee had told or sent nothing.
    from quiz.families.right_action import _YOU_TOLD as told

    drafts = [d for d in all_drafts(load_material(SEEDS)) if d.family == "right-action"]
    for folder in sorted(CORPUS.parent.glob("corpus6[0-2]")):
        drafts += [d for d in all_drafts(load_material(folder)) if d.family == "right-action"]
    leaving_out = [
        d for d in drafts if any("leave out what you have already told" in c for c in d.options)
    ]
    silent = [d for d in drafts if not told.search(d.prompt)]
    assert silent
    assert not [d for d in leaving_out if not told.search(d.prompt)]


def test_no_carrying_on_as_normal_after_the_contact_said_they_are_intelligence() -> None:
    # Read 181: "Carry on as normal" beside a contact who said they work with an intelligence
    # agency: nobody would pick it; turning them down and telling no one is the real mistake.
    drafts = [
        d
        for d in all_drafts(load_material(SEEDS))
        if d.family == "right-action" and "intelligence agency" in d.prompt
    ]
    assert drafts
    for draft in drafts:
        from quiz.scenario_material import scenario_material

        carry_on = scenario_material().actions.carry_on
        assert not [o for o in draft.options if o in carry_on]
        assert [o for o in draft.options if "keep it to yourself" in o or "leave it at" in o]
        assert "not enough" in draft.explanation


def test_a_case_known_by_its_description_is_not_described_twice() -> None:
    # Read 182: "Looking back at the case of a graduate student, a graduate student first
    # contacted ...".
    from quiz.documents import Document
    from quiz.extract import extract
    from quiz.families.earliest_report import _introduced
    from quiz.frames import build_frame
    from quiz.scenario_material import scenario_material

    story = (
        "Federal prosecutors last month charged a 34-year-old employee of a software company "
        "with espionage. According to the charge sheet, the man was first contacted through a "
        "message on a networking site. At first he was paid 1,500 euros a month. He downloaded "
        "entire code repositories onto a private hard drive."
    )
    (case,) = extract([Document.from_bytes("t.txt", story.encode())]).cases
    introduced = _introduced(case.name, build_frame(case, scenario_material()))
    assert introduced.startswith(f"{case.name} who was first contacted"), introduced
    assert introduced.count("employee") == 1, introduced
    # Read 377: the way in told as a clause, not a label pasted after a name.
    named = "Looking back at the case of Qiu Degui, who was first contacted over the internet:"
    assert named in (QUESTIONS / "reporting.toml").read_text(encoding="utf-8")


def test_an_offer_to_pay_the_familys_fees_is_no_paid_work_offered(tmp_path: Path) -> None:
    # Read 183: a fake charity's offer to sponsor a baggage handler's children's school fees
    # (corpus 63) was keyed "as soon as the stranger offered paid work out of the blue"; the
    # paid "surveys" came months later.
    (tmp_path / "01.txt").write_bytes((CORPUS.parent / "corpus63" / "01.txt").read_bytes())
    drafts = [d for d in all_drafts(load_material(tmp_path)) if d.family == "earliest-report"]
    for draft in drafts:
        assert "paid work" not in draft.options[draft.correct[0]], draft.options


def test_a_recruit_planted_in_a_post_is_asked_about_from_their_side(material) -> None:
    # Li was "planted as a staff member in a key Chinese department": no colleague saw him
    # press for a post, but the recruit's side of it (a contact steering them into one) is a
    # situation a trainee can meet, asked in Li's own set.
    from quiz.frames import build_frame
    from quiz.scenario_material import scenario_material

    scenarios = scenario_material()
    li = material.extraction.case("li")
    frame = build_frame(li, scenarios)
    placement = [s for s in frame.signs if s.sign.tag == "placement"]
    assert [s.sign.perspective for s in placement] == ["target"]
    assert "planted as a staff member" in placement[0].evidence.quote
    # A case that shows the person pressing for a post too is told from one side only.
    hit = next(h for h in li.tags if h.id == "placement")
    own = Evidence(li.sources[0], 0, 60, "She asked repeatedly to be transferred to the unit.")
    both = attrs.evolve(
        li,
        tags=tuple(
            attrs.evolve(h, evidence=(*h.evidence, own)) if h is hit else h for h in li.tags
        ),
    )
    told = [s for s in build_frame(both, scenarios).signs if s.sign.tag == "placement"]
    assert len(told) == 1
    sets = {s.id: s for s in generate(material)}
    steered = [
        q
        for q in sets["case-li"].questions
        if "placement" in q.tags and any("planted" in e.quote for e in q.sources)
    ]
    assert {q.kind for q in steered} == {"scenario"} and len(steered) >= 2
    assert any("apply for a post" in q.prompt for q in steered)


def test_a_clean_part_of_a_garbled_sentence_grounds_what_it_shows(material) -> None:
    # Zhang's case file marks only "through arbitrage and demand" as garbled and gives the
    # reward's clean part as the passage: the fee offered is asked about, never quoting the
    # glitch.
    sets = {s.id: s for s in generate(material)}
    quotes = [e.quote for s in sets.values() for q in s.questions for e in q.sources]
    assert not [q for q in quotes if "arbitrage" in q]
    reward = [
        q
        for q in sets["case-zhang-xiangbin"].questions
        if "disproportionate-reward" in q.tags
        and any("high reward as the temptation" in e.quote for e in q.sources)
    ]
    assert reward


def test_no_way_out_where_only_the_requests_stepped_up(tmp_path: Path) -> None:
    # Read 187: a dockyard planner who had sent only the Navy's public newsletter was told he
    # had leaked "photographs, notes or copies" from work: requests that step up are no
    # material handed over.
    questions = _questions_from(
        tmp_path,
        "stepped.txt",
        "Police appeal after naval base worker targeted through dating site\n\n"
        "Police are asking for help to identify a woman who used a dating profile to seek "
        "sensitive information from Tomasz Wrona, 44, a civilian maintenance planner at the "
        "naval base.\n\n"
        "In mid-2023 the woman began exchanging messages with Wrona. She sent him gifts and "
        "asked him to keep the relationship to himself.\n\n"
        "At first she asked general questions about boats and he sent her articles from the "
        "Navy's public newsletter. Later she asked for the base's internal maintenance "
        "schedule.\n\n"
        "She then told Wrona that she would send their intimate photographs to his employer "
        "unless he provided the schedule. Wrona reported the threats to the base's security "
        "officer the next morning.\n",
    )
    assert questions
    assert not any("What is the best way out?" in q.prompt for q in questions)


def test_no_way_out_where_the_threat_answered_a_refusal(tmp_path: Path) -> None:
    # Read 188: "When the man refused, her messages changed. She told him that she had kept his
    # photographs ... unless he provided the schedule", and he reported it: nothing was
    # handed over for the threat to hold over him.
    report = CORPUS.parent / "corpus65" / "05_auckland_police_appeal_dating_site.txt"
    (tmp_path / report.name).write_bytes(report.read_bytes())
    drafts = all_drafts(load_material(tmp_path))
    assert drafts
    assert not [d for d in drafts if d.family == "way-out"]


def test_a_job_away_from_a_desk_is_paid_for_answers_not_summaries() -> None:
    # Read 188: a driver offered a fee "for a short summary of trends in your field".
    from quiz.scenario_material import scenario_material

    sign = scenario_material().signs["disproportionate-reward"]
    away = sign.away_from_desk()
    assert "summary" not in away.story and "answering" in away.story
    assert away.flag != sign.flag


def test_a_quote_never_opens_on_a_word_pointing_back(tmp_path: Path) -> None:
    # Read 188: "Prosecutors say that some belonged to army officers ... She told him to delete
    # their chats": "some" of what, the sentence before says.
    from quiz.families import Context
    from quiz.models import Evidence
    from quiz.scenario_material import scenario_material

    text = (
        "Clerk charged over phone records\n\n"
        "A billing clerk, Jorge Quispe, 33, was charged on Friday. A woman he met online asked "
        "him to look up the records of one number. Requests followed for other numbers, then "
        "for lists of numbers. Prosecutors say that some belonged to army officers. She told "
        "him to delete their chats after every exchange.\n"
    )
    (tmp_path / "clerk.txt").write_text(text, encoding="utf-8")
    material = load_material(tmp_path)
    ctx = Context(material, scenario_material(), 0)
    start = text.index("She told him")
    end = text.index("exchange.") + len("exchange.")
    wider = ctx.in_context(Evidence("clerk.txt", start, end, text[start:end]))
    assert wider.quote.startswith("Requests followed for other numbers")
    assert wider.quote == text[wider.start : wider.end]


def test_a_short_quote_that_names_who_acted_is_not_widened_into_another_matter(
    tmp_path: Path,
) -> None:
    # Read 384: "Twice she opened the records of patients who were not under her clinic. Mr. de
    # Windt told her to tell nobody at the hospital." quoted for the request to keep it quiet;
    # the sentence that names who acted says it alone. A sentence opening on a date, or one
    # that says what something before it is, still takes the sentence before.
    from quiz.families import Context
    from quiz.models import Evidence
    from quiz.scenario_material import scenario_material

    text = (
        "Records case\n\n"
        "Ms. Alva Brennan rents a flat from Mr. Tomas de Windt, a property investor. He asked "
        "her for the clinic's on-call lists. Twice she opened records outside her clinic. Mr. de "
        "Windt told her to tell nobody at the hospital. Rourke paid her in cash, far above her "
        "pay. Her fee was EUR 900 a month. Mrs Brennan says that this is more than her rent. "
        "The lists went to a private address. In March she sent the letters of two patients.\n"
    )
    (tmp_path / "clinic.txt").write_text(text, encoding="utf-8")
    material = load_material(tmp_path)
    ctx = Context(material, scenario_material(), 0)

    def quoted(sentence: str) -> str:
        start = text.index(sentence)
        return ctx.in_context(Evidence("clinic.txt", start, start + len(sentence), sentence)).quote

    told = "Mr. de Windt told her to tell nobody at the hospital."
    assert quoted(told) == told
    # A name the document writes with its capital mid-sentence ("Rourke" is not one here, so
    # it is not known for a name and takes the sentence before).
    assert quoted("Rourke paid her in cash, far above her pay.").startswith("Mr. de Windt told")
    says = "Mrs Brennan says that this is more than her rent."
    assert quoted(says).startswith("Her fee was EUR 900")
    march = "In March she sent the letters of two patients."
    assert quoted(march).startswith("The lists went")


def test_the_reports_advice_is_cited_as_the_reports_not_the_cases(tmp_path: Path) -> None:
    # Read 190: "The case of Carmen L.: 'Their advice to anyone who works with non-public
    # information is simple: ... keep the messages ...'", the officials' advice closing an
    # explainer of three cases.
    report = CORPUS.parent / "corpus65" / "03_lima_explainer_three_cases.txt"
    (tmp_path / report.name).write_bytes(report.read_bytes())
    drafts = all_drafts(load_material(tmp_path))
    kept = [d for d in drafts if d.family == "keep-evidence"]
    assert kept
    for draft in kept:
        assert "The case of Carmen L.: “Their advice" not in draft.explanation
        if "Their advice" in draft.explanation:
            # (Under the document's title, if it has one; never "The advice the report gives:
            # The case material: ...", which read garbled, read 271.)
            assert re.search(r"The advice the report gives(?: \([^)]*\))?: “", draft.explanation)
            assert "The case material" not in draft.explanation


@pytest.mark.parametrize("folder", ["seeds", "corpus58", "corpus76"])
def test_what_to_do_ends_on_what_decides_it(folder: str) -> None:
    # Reads 229-235: "What should you do?" after a harmless group-reception invitation read as
    # being about the reception; the situation ends on its sign (or its harmless twin).
    from quiz.scenario_material import scenario_material

    stories = [
        d.story
        for group in scenario_material().ordinary.values()
        for d in group
        if "{" not in d.story
    ]
    asked = 0
    for draft in _drafts_of(folder):
        if draft.family != "right-action":
            continue
        asked += 1
        told = draft.prompt.removesuffix(" What should you do?")
        assert not any(told.endswith(story) for story in stories), draft.prompt
    assert asked


def test_the_key_is_never_the_longest_in_more_than_a_third_where_another_rank_is_in_reach() -> None:
    # Corpus 41: look-alikes, whose ranks their stories fix, were made up for by the key being
    # the longest choice in other questions, 18 of 52 over the body; a trainee guessing "the
    # longest" would profit.
    from quiz.families.base import balanced

    keys = ["Report it", "Report it to the security office straight away"]
    pool = ["Wait and see", "Ask a colleague about it first", "Carry on but keep a note of it"]
    reached: Counter[int] = Counter({0: 4, 1: 4, 2: 4})  # the longest key in a third already
    for seed in range(30):
        balanced(random.Random(seed), keys, pool=pool, ranks=[reached])
        total = sum(reached.values())
        assert 3 * reached[0] <= total + 3, reached
    assert reached[0] * 3 <= sum(reached.values()) + 1, reached


@pytest.mark.parametrize(
    ("passage", "grounded"),
    [
        # Pay counted per piece of information or per small job: the recruitment pattern of
        # paid tasks (the taxonomy's "money offered for information or for small jobs").
        (
            "Criminal Qiu Degui: the reward ranges from 100 yuan, 1000 yuan or even 10000 yuan.",
            True,
        ),
        ('Maks paid him €500 for each short "report".', True),
        ("She was paid JPY 3,000 per lookup, later JPY 5,000, in about 300 transfers.", True),
        ("Each short report earned Mutai between Sh40,000 and Sh60,000.", True),
        # Money received for spying, counted by no piece: no pay per task to recognise.
        (
            "Taking advantage of his position at the scientific research institute, Zhao was "
            "paid hundreds of thousands of yuan for his espionage activities.",
            False,
        ),
        # A lecture fee on each trip, a wage per month or per hour: no pay per piece.
        (
            "He attended four times, receiving a lecture fee of US$4,000 on each trip.",
            False,
        ),
        ("He was offered paid expert calls at €350 per hour.", False),
    ],
)
def test_pay_for_each_piece_of_information_grounds_the_paid_tasks_sign(
    passage: str, grounded: bool
) -> None:
    from quiz.scenario_material import scenario_material

    assert scenario_material().signs["paid-tasks"].grounded_by(passage) is grounded


def test_a_case_asked_about_a_fee_out_of_proportion_is_not_asked_about_pay_per_note() -> None:
    # One payment, two lessons from two sides: a case that grounds the fee out of proportion
    # tells no pay per note beside it (`not_with`).
    from quiz.families.base import Context
    from quiz.frames import build_frame
    from quiz.scenario_material import scenario_material

    signs = scenario_material().signs
    assert signs["paid-tasks"].not_with == ("disproportionate-reward",)
    material = load_material(SEEDS.parent / "tests" / "corpus64")
    ctx = Context(material, scenario_material(), 0)
    told = []
    for case in material.extraction.cases:
        frame = build_frame(
            case, ctx.scenarios, ctx.garbled, ctx.sentence_before, ctx.with_next, ctx.in_lead
        )
        tags = {s.sign.tag for s in frame.signs}
        told.append(tags)
        assert not {"paid-tasks", "disproportionate-reward"} <= tags, case.id
    # The customs officer was paid per note, then per batch at several times his salary: each
    # alone grounds its sign; he is asked about the fee.
    assert any("disproportionate-reward" in tags for tags in told)
    assert "a-customs-officer" in {case.id for case in material.extraction.cases}


def test_qiu_degui_paid_for_each_item_of_news_gives_eight_questions() -> None:
    # Qiu Degui's case gave 5 questions: pay for each item of local news ("the reward ranges
    # from 100 yuan, 1000 yuan or even 10000 yuan") was no sign any question could ask about.
    drafts = [d for d in _drafts_of("seeds") if d.case == "qiu-degui"]
    assert len(drafts) >= 8
    paid = [d for d in drafts if d.subject == "paid-tasks" and d.family == "red-flag"]
    assert len(paid) == 1
    flag = paid[0].options[paid[0].correct[0]]
    assert flag == "An offer of pay for each note on news from your office"
    assert "the reward ranges from 100 yuan" in paid[0].sources[0].quote


@pytest.mark.parametrize(
    "folder", ["seeds", "corpus40", "corpus79", "corpus102", "corpus171", "corpus172"]
)
def test_a_harmless_what_to_do_offers_a_report_and_says_why_it_is_wrong_there(
    folder: str,
) -> None:
    # Reads 335, 337, 338, 339: with no report among a harmless situation's choices, "pick the
    # report, else carry on" answered every "what should you do?" unread. Read 309 found "carry
    # on" keyed bare beside a plain report debatable for cleared staff: about a contact the key
    # keeps the routine mention of contacts, and the same choice is the wrong one of a
    # suspicious situation, where a sign cannot wait.
    # Reads 520, 523, 526 (corpora 170 to 172): a bare "Tell your security office ... straight
    # away" offered as wrong about a harmless contact was debatable, since nobody is wrong to
    # tell their security office of a contact. The report on offer about a contact says it has
    # shown a warning sign, in the words that key a suspicious situation: wrong for that.
    from quiz.scenario_material import scenario_material

    actions = scenario_material().actions
    drafts = [d for d in _drafts_of(folder) if d.family == "right-action"]
    harmless = [d for d in drafts if d.benign]
    assert harmless
    # (The channel is the organisation's, or the post the case's own document names: "Tell
    # the Security Manager", read 468.)
    plain_reports = [
        (re.compile(re.escape(w).replace(re.escape("{report}"), r"Tell .+?")), reason)
        for w, reason in actions.rebuttals_harmless.items()
        if w in (*actions.report, *actions.report_colleague)
    ]

    def reason_for(option: str) -> str | None:
        return next((r for told, r in plain_reports if told.fullmatch(option)), None)

    routine = actions.carry_on_routine[0]
    for draft in harmless:
        wrong = [c for n, c in enumerate(draft.options) if n not in draft.correct]
        offered = [w for w in wrong if reason_for(w) is not None]
        assert len(offered) == 1, draft.prompt
        # Its reason, why a report is wrong here, is in the explanation.
        reason = reason_for(offered[0])
        assert reason is not None
        assert reason[:1].upper() + reason[1:] in draft.explanation
        about_contact = not draft.subject.endswith("colleague")
        assert (draft.options[draft.correct[0]] == routine) is about_contact, draft.options
        if about_contact:
            assert "warning sign" in offered[0] or "suspect the contact" in offered[0], offered
    for draft in drafts:
        if not draft.benign and not draft.subject.endswith("colleague"):
            # The routine mention, or (the contact said who they are) turning them down.
            assert routine in draft.options or set(actions.carry_on_plain) & set(draft.options)
            if routine in draft.options:
                assert "not saved for a routine report" in draft.explanation


@pytest.mark.parametrize(
    ("passage", "grounded"),
    [
        # Kindness to the family, the taxonomy's own example of a slow friendship.
        (
            "He befriended a man who treated both Zhao and his family members very friendly.",
            True,
        ),
        ('Over the following months "Marco" became a friend of the family.', True),
        ("The attaché was unusually generous to her whole family.", True),
        # Friendliness to the person alone is ordinary; and the family's own kindness is not
        # the contact's.
        ("He befriended a foreign man who was very friendly.", False),
        ("His family treated the visitor very warmly.", False),
    ],
)
def test_a_contact_befriending_the_family_is_a_sign_of_cultivation(
    passage: str, grounded: bool
) -> None:
    from quiz.scenario_material import scenario_material

    sign = scenario_material().signs["cultivation"]
    assert sign.grounded_by(passage) is grounded
    if grounded:
        told = sign.as_shown_by(passage)
        assert "whole family" in told.flag and "family" in told.story
        # What the contact does, not a verdict the key would repeat.
        assert "unusual" not in f"{told.story} {told.flag}".lower()


def test_zhao_is_asked_about_the_contact_who_befriended_his_family(sets) -> None:
    zhao = next(s for s in sets if s.id == "case-zhao-xuejun")
    keyed = [
        " ".join(c.text for c in q.choices if c.id in q.answer)
        for q in zhao.questions
        if "cultivation" in q.tags
    ]
    # (The choice says what the contact did, the story how: read 351.)
    assert any("outings the contact always insists on paying for" in k for k in keyed), keyed


def test_a_phone_sealed_as_evidence_grounds_no_request_for_a_second_phone() -> None:
    # "The second phone ... were sealed in his presence" tells what the investigators kept, not
    # what the contact asked (read 272).
    from quiz.scenario_material import scenario_material

    sign = scenario_material().signs["secrecy-pressure"]
    assert not sign.grounded_by(
        "The second phone, deposit slips and printed messages were sealed in his presence."
    )
    assert not sign.grounded_by("Police seized the second phone at his home.")
    assert sign.grounded_by("He gave her a second phone and told her to keep it secret.")


@pytest.mark.parametrize(
    ("passage", "grounded"),
    [
        ("Seminar folder and pen from the secretariat. No other gifts.", False),
        ("She did not accept any gifts.", False),
        ("He sent her gifts for her birthday.", True),
    ],
)
def test_gifts_said_not_to_have_been_given_are_no_presents(passage: str, grounded: bool) -> None:
    from quiz.documents import Document
    from quiz.extract import extract
    from quiz.scenario_material import scenario_material

    assert scenario_material().signs["excessive-help-flattery"].grounded_by(passage) is grounded
    if not grounded:
        text = f"Maria Kowalski works at the port. {passage} She was not approached again."
        case = extract([Document.from_bytes("gifts.txt", text.encode())]).cases
        assert not any(c.tag("excessive-help-flattery") for c in case)


def test_a_quote_that_says_the_same_again_takes_what_was_said() -> None:
    # "When she wanted to stop last week he said the same again." quoted alone says nothing of
    # what he said (read 272): the sentence before it is quoted with it.
    from quiz.families.base import _POINTS_BACK

    assert _POINTS_BACK.match("When she wanted to stop last week he said the same again.")
    assert _POINTS_BACK.match("He did the same with her colleague.")
    assert not _POINTS_BACK.match("He told her to use only WhatsApp on a phone he gave her.")


def test_a_sign_told_by_a_variant_has_that_acts_harmless_twin(sets) -> None:
    # Kindness to the family is compared with courtesy to the family, not with meetings kept at
    # the office (read 273).
    zhao = next(s for s in sets if s.id == "case-zhao-xuejun")
    harmless = [
        q
        for q in zhao.questions
        if q.benign and "cultivation" in q.tags and "family" in q.explanation
    ]
    assert harmless
    for question in harmless:
        assert "greets them at the institution's open day" in question.prompt
        assert "stay at the office, with a colleague in the room" not in question.prompt


def test_a_channels_source_is_a_sentence_not_a_heading_or_a_signature(tmp_path_factory) -> None:
    # "PORT FACILITY SECURITY OFFICE — LAUTOKA WHARF" and "Exported by: M. Angelovska,
    # Information Security & Corporate Security Officer" say nothing of reporting (read 274).
    from .conftest import corpus_material

    quotes = {
        e.quote
        for d in all_drafts(corpus_material("corpus87", tmp_path_factory))
        for e in d.sources
    }
    assert quotes
    assert not any("LAUTOKA WHARF" in q or "Corporate Security Officer" in q for q in quotes)


def test_an_introduction_by_a_relative_is_told_as_no_more_than_that() -> None:
    # "at a Diwali gathering at the home of his wife Roshni's cousin ... he was introduced to a
    # man calling himself Marcus Hale": not "a relative you have not been close to for years
    # gets back in touch" (read 274).
    from quiz.scenario_material import scenario_material

    quote = (
        "In October 2023, at a Diwali gathering at the home of his wife Roshni's cousin, he was "
        "introduced to a man calling himself Marcus Hale."
    )
    openings = [
        o
        for o in scenario_material().openings
        if o.channel == "in-person" and re.search(o.pattern, quote.lower())
    ]
    assert openings
    assert openings[0].approach == "A relative introduces you to a friend of theirs."


def test_a_resignation_then_a_departure_is_told_as_such() -> None:
    from quiz.scenario_material import scenario_material

    told = (
        scenario_material()
        .signs["sudden-exit"]
        .as_shown_by(
            "When the subcontractor asked him about the missing files he resigned by text "
            "message and left the country within a week."
        )
    )
    assert "resigns by text message" in told.story
    assert "declare" not in told.story


def test_carrying_on_about_a_colleague_names_no_contact(tmp_path_factory) -> None:
    # "Carry on with the contact as normal" was offered about a colleague's spending, where
    # there is no contact (read 276).
    from .conftest import corpus_material

    drafts = [
        d
        for d in all_drafts(corpus_material("corpus87", tmp_path_factory))
        if d.family == "right-action" and "colleague" in d.subject
    ]
    assert drafts
    for draft in drafts:
        assert not any("with the contact" in o for o in draft.options), draft.options


@pytest.mark.parametrize("folder", [None, "corpus110"])
def test_what_to_do_offers_no_choice_about_what_the_situation_never_had(
    folder: str | None, sets, tmp_path_factory: pytest.TempPathFactory
) -> None:
    # Read 330: "leave out what you have already told the contact" where nothing had been
    # answered ("a fixed sum for every short note you send them" is the offer, not a reply);
    # "if the contact asks again" where the contact had asked for nothing.
    from .conftest import corpus_material

    question_sets = sets if folder is None else generate(corpus_material(folder, tmp_path_factory))
    told = re.compile(r"(?:^|[.,;:]\s+|\band\s+|\bthen\s+)[Yy]ou\s+(?:have\s+)?(?:already\s+)?\w+")
    for question_set in question_sets:
        for q in question_set.questions:
            if not q.prompt.endswith("What should you do?"):
                continue
            texts = [c.text for c in q.choices]
            if any("already told the contact" in t for t in texts):
                assert told.search(q.prompt), (q.id, q.prompt)
            if q.benign:
                assert not any("asks again" in t for t in texts), (q.id, texts)


@pytest.mark.parametrize("folder", ["seeds", "corpus77", "corpus102"])
def test_read_342_explanations_and_details_fit_the_situation(folder: str) -> None:
    # Read 342: "a contact who gets in touch out of the blue" said of getting to know someone
    # abroad; "since the colleague has ties abroad" offered of declared holidays and a work
    # trip; a visitor asking about vacancies told as ordinary in the case of a recruit planted
    # as a member of staff; friendship itself keyed as the sign.
    from quiz.scenario_material import scenario_material

    actions = scenario_material().actions
    drafts = _drafts_of(folder)
    for draft in drafts:
        if "and are spending some time abroad" in draft.prompt and draft.benign:
            assert actions.unexpected_ordinary not in draft.explanation, draft.prompt
        if any(o.endswith("since the colleague has ties abroad") for o in draft.options):
            untravelled = re.sub(actions.travel_abroad, " ", draft.prompt.lower())
            assert re.search(actions.foreign_words, untravelled), draft.prompt
        assert not any("makes friends with" in o for o in draft.options), draft.options
    planted = {d.case for d in drafts if d.case and "placement" in d.tags}
    for draft in drafts:
        if draft.case in planted:
            assert "taking on new staff" not in draft.prompt, draft.prompt
