"""Generation: from cases to question sets, through the question families.

Each family (``quiz/families/``) writes drafts from a case's frame or from the organisation's
channels; the quality gate (:mod:`quiz.lint`) drops what it rejects; what is left is placed in
sets per topic, per case and "essentials". Every question is grounded: its ``sources`` are
passages of the case material (or of the organisation's channels file), and its explanation
quotes them. The generator is pure: the same material and seed give the same sets.
"""

from __future__ import annotations

import hashlib
import random
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

import attrs

from quiz import __version__
from quiz.families import FAMILIES, Context, Draft
from quiz.frames import build_frame
from quiz.material import Material
from quiz.models import Choice, MatchItem, Question, QuestionSet, SourceDigest
from quiz.scenario_material import scenario_material
from quiz.taxonomy import TOPIC_TITLES, TOPICS

GENERATOR_VERSION = f"quiz {__version__} / generator 2"

KINDS = ("single", "multiple", "true-false", "ordering", "scenario", "matching")

__all__ = ["Draft", "all_drafts", "generate"]


def _words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z0-9]+", text.lower()))


def drop_near_duplicates(drafts: Sequence[Draft], threshold: float = 0.85) -> list[Draft]:
    """Keep the first of questions that ask the same thing: same kind and answer, and prompts
    whose words overlap by ``threshold`` (Jaccard) or more."""
    kept: list[Draft] = []
    seen_ids: set[str] = set()
    seen_prompts: set[tuple[str, frozenset[str]]] = set()
    buckets: dict[tuple[str, str, str], list[frozenset[str]]] = defaultdict(list)
    for draft in drafts:
        if draft.qid in seen_ids:
            continue
        answer = "|".join(sorted(draft.options[i] for i in draft.correct))
        bucket = buckets[(draft.kind, answer, draft.case or "")]
        words = _words(draft.prompt)
        if (draft.kind, words) in seen_prompts:
            continue
        seen_prompts.add((draft.kind, words))
        if any(len(words & other) / max(1, len(words | other)) >= threshold for other in bucket):
            continue
        bucket.append(words)
        seen_ids.add(draft.qid)
        kept.append(draft)
    return kept


# --- from drafts to sets ----------------------------------------------------------------------

_LETTERS = "abcdefghij"


def _place(drafts: Sequence[Draft], set_id: str, seed: int) -> list[Question]:
    """Give choices their order and ids: right answers spread evenly over the positions."""
    rng = random.Random(f"{seed}:{set_id}")
    position_counts: dict[int, Counter[int]] = defaultdict(Counter)
    questions = []
    for draft in drafts:
        n = len(draft.options)
        order = list(range(n))
        if draft.kind == "true-false":
            pass
        elif draft.kind in ("single", "scenario"):
            counts = position_counts[n]
            least = min(counts[p] for p in range(n))
            spots = [p for p in range(n) if counts[p] == least]
            target = rng.choice(spots)
            counts[target] += 1
            others = [i for i in range(n) if i != draft.correct[0]]
            rng.shuffle(others)
            order = [*others[:target], draft.correct[0], *others[target:]]
        else:
            while True:
                rng.shuffle(order)
                if draft.kind != "ordering" or order != sorted(order) or n < 2:
                    break
        choice_of = {original: _LETTERS[spot] for spot, original in enumerate(order)}
        choices = tuple(Choice(_LETTERS[spot], draft.options[o]) for spot, o in enumerate(order))
        answer = tuple(choice_of[i] for i in draft.correct)
        items = tuple(MatchItem(f"i{n + 1}", text) for n, text in enumerate(draft.items))
        questions.append(
            Question(
                id=draft.qid,
                topic=draft.topic,
                kind=draft.kind,
                tags=draft.tags,
                prompt=draft.prompt,
                choices=choices,
                answer=answer,
                explanation=draft.explanation,
                sources=draft.sources,
                case=draft.case,
                items=items,
                benign=draft.benign,
            )
        )
    return questions


def _digests(material: Material, drafts: Iterable[Draft]) -> tuple[SourceDigest, ...]:
    docs = sorted({e.doc for d in drafts for e in d.sources})
    digests = []
    for doc in docs:
        path = material.root / doc
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        digests.append(
            SourceDigest(doc, digest, material.title(doc) if doc.endswith(".txt") else "")
        )
    return tuple(digests)


def all_drafts(material: Material, seed: int = 0) -> list[Draft]:
    """Every family's drafts for the material, after the quality gate and without
    near-duplicates, in a stable order: case by case, then the general questions."""
    from quiz.lint import gate

    ctx = Context(material, scenario_material(), seed)
    drafts: list[Draft] = []
    for case in material.extraction.cases:
        frame = build_frame(
            case, ctx.scenarios, ctx.garbled, ctx.sentence_before, ctx.with_next, ctx.in_lead
        )
        if ctx.strangers_ruled(case):
            frame = attrs.evolve(frame, strangers_ruled=True)
        for family in FAMILIES:
            drafts.extend(family.case_drafts(ctx, frame))
    for family in FAMILIES:
        drafts.extend(family.general_drafts(ctx))
    verdicts = getattr(material, "question_verdicts", {})
    # An author's rejection (seeds/cases/*.toml) is final.
    drafts = [d for d in drafts if verdicts.get(d.qid) != "reject"]
    return gate(drop_near_duplicates(drafts), material)


_CASES_NAMED = 5
"""Up to this many cases, a topic set's description names them; beyond, it counts them."""


def _cases_told(material: Material, chosen: Sequence[Draft]) -> str:
    """Which cases a set's questions come from: "the cases of Chen Wei, Li and Qiu Degui",
    "all 5 cases", "12 of the 40 cases"."""
    held = {d.case for d in chosen if d.case}
    cases = [c for c in material.extraction.cases if c.id in held]
    total = len(material.extraction.cases)
    if not cases:
        return "the reports' general advice"
    if len(cases) == total and total > 1:
        return f"all {total} cases"
    if len(cases) <= _CASES_NAMED:
        names = [c.display_name for c in cases]
        said = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
        return f"the case{'s' if len(names) > 1 else ''} of {said}"
    return f"{len(cases)} of the {total} cases"


def generate(material: Material, seed: int = 0) -> list[QuestionSet]:
    """Every question set for a body of material: per topic, per case, and "essentials"."""
    drafts = all_drafts(material, seed)
    plans: list[tuple[str, str, str, str, list[Draft]]] = []
    for topic in TOPICS:
        chosen = [d for d in drafts if d.topic == topic]
        plans.append(
            (
                topic,
                TOPIC_TITLES[topic],
                topic,
                f"{TOPIC_TITLES[topic]}: each situation once, from {{cases}}.",
                chosen,
            )
        )
    by_case: dict[str | None, list[Draft]] = defaultdict(list)
    for draft in drafts:
        by_case[draft.case].append(draft)
    for case in material.extraction.cases:
        chosen = by_case.get(case.id, [])
        if chosen:
            plans.append(
                (
                    f"case-{case.id}",
                    f"The case of {case.display_name}",
                    "mixed",
                    f"Questions built from the case of {case.display_name}, over all three topics.",
                    chosen,
                )
            )
    plans.append(
        (
            "essentials",
            "Essentials",
            "mixed",
            "A short mixed set: the main patterns, warning signs and reporting channels.",
            _essentials(drafts, seed),
        )
    )
    sets = []
    for set_id, title, topic, description, chosen in plans:
        if set_id.startswith("case-"):
            # In a case's own set, a timeline whose first sign the set already asks to pick out
            # tells that sign again: it is kept for the topic set.
            spotted = {d.subject for d in chosen if d.family in ("red-flag", "look-alike")}
            chosen = [
                d for d in chosen if not (d.family == "colleague-timeline" and d.subject in spotted)
            ]
            chosen = _few_per_passage(_one_lesson_each(chosen))
        if not set_id.startswith("case-"):
            # Every case in turn, so that when two cases give the same situation the set keeps
            # one, and no case is left out because an earlier one came first.
            chosen = _in_turn(chosen)
        chosen = _without_duplicates(chosen)
        if not set_id.startswith("case-"):
            chosen = _few_harmless(chosen)
        if not chosen:
            continue
        if "{cases}" in description:
            # The cases the set holds, not "every case" (read 279: warning-signs held nothing
            # from two of the five).
            description = description.format(cases=_cases_told(material, chosen))
        sets.append(
            QuestionSet(
                id=set_id,
                title=title,
                topic=topic,
                description=description,
                generator=GENERATOR_VERSION,
                sources=_digests(material, chosen),
                questions=tuple(_place(chosen, set_id, seed)),
            )
        )
    return sets


def _one_lesson_each(drafts: list[Draft]) -> list[Draft]:
    """In a case's own set, one question per lesson (read 116 found four such pairs): "what
    should you do?" about the step a "when should the first report have been made?" (or a
    colleague's "when should you first have told") keys already answers it, so only the latter
    stays (the former stays in the reporting set); and
    of harmless twins that tell the same ordinary moment (``same_harmless``), only the first."""

    firsts = {d.tags[1] for d in drafts if d.family == "earliest-report" and len(d.tags) > 1}
    # The colleague's sign a "when should you first have told" keys is the lesson of a "what
    # should you do?" about the same sign (read 123: photographing screens, asked twice).
    firsts |= {d.tags[2] for d in drafts if d.family == "colleague-timeline" and len(d.tags) > 2}
    told: set[str] = set()
    kept = []
    for draft in drafts:
        if (
            draft.family == "right-action"
            and not draft.benign
            and len(draft.tags) > 2
            and draft.tags[2] in firsts
        ):
            continue
        if draft.benign:
            group = _same_harmless(_harmless_sign(draft))
            if group is not None and group in told:
                continue
            if group is not None:
                told.add(group)
        kept.append(draft)
    return kept


PER_PASSAGE = 3
"""In a case's own set, at most this many questions (besides harmless look-alikes) grounded on
one passage: blind readers found a thin case's one sentence asked five ways."""


def _few_per_passage(drafts: list[Draft]) -> list[Draft]:
    counts: Counter[tuple[str, int]] = Counter()
    kept = []
    for draft in drafts:
        if draft.sources and not draft.benign:
            passage = (draft.sources[0].doc, draft.sources[0].start)
            if counts[passage] >= PER_PASSAGE:
                continue
            counts[passage] += 1
        kept.append(draft)
    return kept


_SAME_SITUATION = {"red-flag": "warning-sign", "look-alike": "warning-sign"}


def _situation(subject: str) -> str:
    """A sign's subject with signs that read as one situation (``same_situation`` in
    ``quiz/data/lint.toml``) under one name; a look-alike's ``-benign`` kept apart."""
    from quiz.lint import words

    tag, benign = subject.removesuffix("-benign"), subject.endswith("-benign")
    group = next((g for g in words().same_situation if tag in g), None)
    name = min(group) if group else tag
    return f"{name}-benign" if benign else name


def _without_duplicates(drafts: Sequence[Draft]) -> list[Draft]:
    """A set never asks the same thing twice: the quality gate's duplicate check, per set, and
    one question per family and subject (the same situation told for two cases, with only the
    workplace changed, is asked once: for the first case)."""
    from quiz.lint import Item, duplicates

    seen: set[tuple[str, str]] = set()
    distinct = []
    # "Which detail is the warning sign?" and "is there a warning sign here?" about the same
    # sign tell the same situation: one of them per set, the look-alike (so that "is there a
    # warning sign here?" is not always answered "no").
    twins = {d.subject for d in drafts if d.family == "look-alike" and d.benign is False}
    # "What should you do?" and "which channel, now?" about one sign of one case tell the same
    # situation twice (read 149: a colleague's undeclared trip asked both ways in one set): the
    # urgent one, which asks more, is kept.
    urgent = {(d.case, d.subject) for d in drafts if d.family == "urgent-channel"}
    # "When should you first have told?" keys a colleague's sign that a "what should you do?"
    # about the same case asks again (read 170: both in one topic set), as in a case's set.
    urgent |= {
        (d.case, d.tags[2]) for d in drafts if d.family == "colleague-timeline" and len(d.tags) > 2
    }
    # A colleague's sign told as "what should you do?" and as "you decide to report: what do
    # you do?" is one situation twice, whichever cases tell it (read 152: a colleague's lavish
    # spending three questions apart in one set). How to report is asked once per set and
    # nowhere else: it is kept, and "what should you do?" about that sign left out.
    # (Signs that read as one situation count as one: copying files with one's own access and
    # copying them in bulk.)
    reported = next((_colleague_sign(d) for d in drafts if d.family == "report-facts"), "")
    # "When should the first report have been made? As soon as the unexpected message offered
    # paid work" and "an email you did not expect offers to pay you ...: what should you do?"
    # about one case ask the same thing (read 335): the looking-back question is kept.
    paid_first = {
        d.case
        for d in drafts
        if d.family == "earliest-report" and d.subject == "stranger" and "paid" in d.options[0]
    }
    # Two harmless "which detail is the warning sign?" questions offering the same ordinary
    # detail, both answered "none of these", read as one question twice (read 325: an approved
    # copy of project files onto an encrypted drive, told beside two cases in one set): the
    # first is kept.
    harmless_details: set[str] = set()
    # A threat asked as "which detail is the warning sign?" beside the way out of a threat in
    # the same set tells one situation twice, and the sign is plain once the threat is told
    # (read 398: a contact who "hints that it could cause you trouble", keyed, beside "what is
    # the best way out?" of the same threat): the way out, which asks more, is kept.
    threatened = any(
        d.family == "way-out" and {"threats-leverage", "coercion"} & set(d.tags) for d in drafts
    )
    # One sign's harmless twin told for one case is one situation, whichever way it is asked:
    # "what should you do?" is kept over "is there a warning sign here?", since carrying on is
    # the rarer key (read 375: 3 of 17 "what should you do?" harmless, so "report" was the safe
    # guess).
    carry_on = {
        (d.case, _harmless_sign(d)) for d in drafts if d.family == "right-action" and d.benign
    }
    for draft in drafts:
        if draft.family == "look-alike" and (draft.case, _harmless_sign(draft)) in carry_on:
            continue
        if (
            draft.family == "right-action"
            and reported
            and _colleague_sign(draft)
            and _situation(_colleague_sign(draft)) == _situation(reported)
        ):
            continue
        if draft.family == "red-flag" and draft.subject in twins:
            continue
        if draft.family == "red-flag" and threatened and draft.subject == "threats-leverage":
            continue
        if (
            draft.family == "right-action"
            and not draft.benign
            and draft.case in paid_first
            and len(draft.tags) > 2
            and draft.tags[2] in ("paid-tasks", "unsolicited-offer", "disproportionate-reward")
        ):
            continue
        if (
            draft.family == "right-action"
            and not draft.benign
            and len(draft.tags) > 2
            and (draft.case, draft.tags[2]) in urgent
        ):
            continue
        family = _SAME_SITUATION.get(draft.family, draft.family)
        subject = (family, _situation(draft.subject) if family == "warning-sign" else draft.subject)
        if draft.family == "look-alike" and draft.benign:
            # Harmless twins that tell the same ordinary moment are one question (read 287: an
            # article paid at the published rate and a talk at the usual speaker's fee, both
            # approved, in one topic set).
            subject = (family, f"harmless {_harmless_moment(draft)}")
        if draft.family and subject in seen:
            continue
        if draft.family == "look-alike" and draft.benign:
            if _details(draft) & harmless_details:
                continue
            harmless_details |= _details(draft)
        seen.add(subject)
        distinct.append(draft)
    repeated = {f.qid for f in duplicates([Item.from_draft(d) for d in distinct])}
    return [d for d in distinct if d.qid not in repeated]


def _colleague_sign(draft: Draft) -> str:
    """The colleague's sign a "what should you do?" or a "how do you report it?" is told
    around ("" for other questions)."""
    if draft.family == "report-facts" and len(draft.tags) > 1:
        return draft.tags[1]
    if (
        draft.family == "right-action"
        and draft.subject == "report-colleague"
        and len(draft.tags) > 2
    ):
        return draft.tags[2]
    return ""


def _in_turn(drafts: Sequence[Draft]) -> list[Draft]:
    """The drafts case by case in turn (the first of each case, then the second, ...), each
    case's in their own order; general questions last."""
    rank: dict[str | None, int] = defaultdict(int)
    keyed = []
    for n, draft in enumerate(drafts):
        keyed.append((draft.case is None, rank[draft.case], n, draft))
        rank[draft.case] += 1
    return [draft for *_, draft in sorted(keyed, key=lambda k: k[:3])]


def _few_harmless(drafts: Sequence[Draft]) -> list[Draft]:
    """At most a third of a mixed set is harmless situations ("nothing here is a warning sign",
    "carry on"): more would make "no" the safe guess. Those beyond that are left to their
    case's set, taken from the form of question most often harmless, the last first: a set
    whose harmless questions were all "which detail?" while every "is there a warning sign
    here?" was keyed "yes" taught the form as the answer (read 388: 5 of 5 "yes", "none of
    these" 3 of 4)."""
    kept = list(drafts)
    while sum(1 for d in kept if d.benign) * 3 > len(kept):
        forms = Counter(_form(d) for d in kept)
        harmless = Counter(_form(d) for d in kept if d.benign)
        share = {form: harmless[form] / forms[form] for form in harmless}
        drop = max(
            (i for i, d in enumerate(kept) if d.benign), key=lambda i: (share[_form(kept[i])], i)
        )
        del kept[drop]
    return kept


def _form(draft: Draft) -> str:
    """The form a question asks in, as a trainee sees it: "is there a warning sign here?"
    (every choice "Yes: ..." or "No: ..."), "which of these details ...?" (one choice "None of
    these ..."), or its family's own."""
    if all(o.startswith(("Yes:", "No:")) for o in draft.options):
        return "yes-no"
    if any(o.startswith("None of") for o in draft.options):
        return "which-detail"
    return draft.family


def _sign_of(draft: Draft) -> str:
    """The warning sign a scenario about one sign is told around ("" for other families)."""
    if draft.family in ("red-flag", "look-alike"):
        return draft.subject.removesuffix("-benign")
    if draft.family == "colleague-timeline" and len(draft.tags) > 2:
        return draft.tags[2]
    if draft.family == "right-action" and draft.tags:
        # (A suspicious situation's tags open with the channel and "report-early".)
        if draft.benign:
            return draft.tags[0]
        return draft.tags[2] if len(draft.tags) > 2 else ""
    return ""


def _harmless_sign(draft: Draft) -> str:
    """The sign a harmless twin is the ordinary counterpart of ("" for any other question)."""
    if not draft.benign:
        return ""
    if draft.family == "look-alike":
        return draft.subject.removesuffix("-benign")
    return draft.tags[0] if draft.tags else ""


def _same_harmless(tag: str) -> str | None:
    """The first of the signs whose harmless twins tell the same ordinary moment as ``tag``'s
    (``same_harmless`` in ``quiz/data/lint.toml``), or ``None``."""
    from quiz.lint import words

    return next((min(g) for g in words().same_harmless if tag in g), None)


def _harmless_moment(draft: Draft) -> str:
    """The ordinary moment a harmless twin tells (its sign, or the first of the signs whose
    twins tell the same moment); "" for any other question."""
    tag = _harmless_sign(draft)
    return (_same_harmless(tag) or tag) if tag else ""


def _details(draft: Draft) -> set[str]:
    """The ordinary details a "which of these details is a warning sign?" offers as wrong
    choices (not "none of these")."""
    if draft.family not in ("red-flag", "look-alike"):
        return set()
    wrong = [c for n, c in enumerate(draft.options) if n not in draft.correct]
    return {c for c in wrong if not c.startswith(("None of", "No", "Yes"))}


def _essentials(drafts: Sequence[Draft], seed: int, size: int = 20) -> list[Draft]:
    """A balanced short set: a spread of kinds and tags over the three topics."""
    rng = random.Random(f"{seed}:essentials")
    pool = list(drafts)
    rng.shuffle(pool)
    chosen: list[Draft] = []
    covered: set[str] = set()
    per_topic = {topic: size // 3 + (1 if topic == "recruitment" else 0) for topic in TOPICS}

    # What the chosen questions already tell, kept as they are chosen (the set is picked from
    # every draft of a body of material, thousands at a time).
    situations: set[tuple[str, str]] = set()
    signs: set[str] = set()
    moments: set[str] = set()
    offered: set[str] = set()

    def fits(draft: Draft, same_sign: bool = False) -> bool:
        """Whether a question is new beside those chosen: another situation, sign, moment and
        details (``same_sign``: a sign already asked about may be asked again)."""
        # Each situation once, as in the topic sets: the same story told of another case
        # ("a colleague copying files") is not a second question.
        # At most a third of the set harmless, as it is kept (`_few_harmless`): a harmless
        # situation chosen beyond that would only be dropped (corpus 69: 7 of 12 chosen
        # harmless, the set cut to 6).
        if draft.benign and 3 * (sum(1 for d in chosen if d.benign) + 1) > len(chosen) + 1:
            return False
        # (A family whose questions share one subject, "" for the way out or reporting after
        # a reply, is one situation too: the set keeps one of them, so a second chosen here
        # would only be dropped, leaving its place empty.)
        if draft.family and (draft.family, draft.subject) in situations:
            return False
        # One question per sign of a case: "which detail is the warning sign?" and "what
        # should you do?" about the same situation spend two of a short set's slots on one
        # moment (read 135).
        # (Nor the same sign of two cases: "a colleague copying files in batches" twice,
        # read 170.)
        sign = _sign_of(draft)
        if sign and sign in signs and not same_sign:
            return False
        # One harmless twin per ordinary moment: "an arranged contact asks for the
        # brochure" told of two cases is one lesson twice (read 171).
        moment = _harmless_moment(draft)
        if moment and moment in moments:
            return False
        # No detail offered as a wrong choice twice: a trainee learns that "a newcomer
        # applying to another team" is never the answer (read 169).
        return not _details(draft) & offered

    chosen_ids: set[str] = set()

    def choose(draft: Draft) -> None:
        chosen.append(draft)
        chosen_ids.add(draft.qid)
        if draft.family:
            situations.add((draft.family, draft.subject))
        signs.add(_sign_of(draft))
        moments.add(_harmless_moment(draft))
        offered.update(_details(draft))
        signs.discard("")
        moments.discard("")

    def full(topic: str) -> bool:
        return len([d for d in chosen if d.topic == topic]) >= per_topic[topic]

    # First, one question for each tag not yet covered, in turn by topic; then, where a topic
    # has room, questions of a kind it does not have yet, then any: a set of a body of material
    # whose first questions cover most tags is not left at four questions (corpus 39).
    for topic in TOPICS:
        for draft in pool:
            if full(topic):
                break
            if draft.topic == topic and not set(draft.tags) <= covered and fits(draft):
                choose(draft)
                covered.update(draft.tags)
    for topic in TOPICS:
        for kinds in (True, False):
            kinds_chosen = {d.family for d in chosen if d.topic == topic}
            for draft in pool:
                if full(topic):
                    break
                if draft.topic != topic or draft.qid in chosen_ids or not fits(draft):
                    continue
                if kinds and draft.family in kinds_chosen:
                    continue
                choose(draft)
                kinds_chosen.add(draft.family)
    # The reporting channels the set says it covers: where every reporting question's sign
    # was already asked about as a warning sign, what to do about one of them is still asked
    # (reads 254, 255: an Essentials set with no question on what to do).
    for draft in pool:
        if len([d for d in chosen if d.topic == "reporting"]) >= min(2, per_topic["reporting"]):
            break
        if draft.topic == "reporting" and draft.qid not in chosen_ids and fits(draft, True):
            choose(draft)
    order = {d.qid: n for n, d in enumerate(drafts)}
    chosen.sort(key=lambda d: (TOPICS.index(d.topic), order[d.qid]))
    return chosen
