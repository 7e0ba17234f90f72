"""Generation: from cases and the taxonomy to question sets.

Every question is grounded: its ``sources`` are passages of the case material (or of the
organisation's channels file), and its explanation names the case and quotes the passage.
Wrong choices come from sibling tags, other cases or changed numbers, and each is checked not to
be true for the case. The generator is pure: the same material and seed give the same sets.
"""

from __future__ import annotations

import functools
import hashlib
import random
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from quiz import __version__
from quiz.extract import format_number
from quiz.material import Channel, Material
from quiz.models import Case, Choice, Evidence, Fact, MatchItem, Question, QuestionSet, SourceDigest
from quiz.scenarios import (
    LOOK_ALIKES,
    NOT_SUSPICIOUS,
    WARNING_SITUATIONS,
    WRONG_ACTIONS,
    WRONG_WAYS_OUT,
)
from quiz.taxonomy import TAGS, TOPIC_TITLES, TOPICS, find_cues, tags_of

GENERATOR_VERSION = f"quiz {__version__} / generator 1"

KINDS = ("single", "multiple", "true-false", "ordering", "scenario", "matching")

_STEP: dict[str, str] = {
    "online-approach": "The first contact arrives online",
    "unsolicited-offer": "A stranger makes an unexpected, attractive offer",
    "abroad-targeting": "The target is approached while abroad",
    "false-persona": "The contact hides behind a cover identity",
    "invitation-travel": "A paid invitation to travel or lecture",
    "cultivation": "The contact builds a friendship with help and favours",
    "excessive-help-flattery": "Unusual help, gifts or favours",
    "compromising-relationship": "A compromising relationship gives the other side a hold",
    "disclosed-affiliation": "The contact reveals an intelligence link and asks for cooperation",
    "paid-tasks": "Money is paid for information",
    "placement": "The recruit is placed inside a key organisation",
    "insider-access": "The recruit uses their own access to collect material",
    "request-beyond-public": "Requests for internal, non-public material",
    "escalation": "The requests step up from public to secret material",
    "bulk-collection": "Large amounts of material are copied or taken",
    "covert-tradecraft": "Covert communication or training is set up",
    "coercion": "The recruit is threatened into continuing",
    "sudden-exit": "Resigning or fleeing after handling secrets",
}
"""Steps of an approach, for ordering and "earliest point to report" questions."""

_OUTCOME_STEP = "The state security organs arrest or sentence the person"


@attrs.frozen(slots=False)
class Draft:
    """A question before its choices are placed and ids given."""

    topic: str
    kind: str
    tags: tuple[str, ...]
    prompt: str
    options: tuple[str, ...]
    correct: tuple[int, ...]
    """Indexes into ``options``: the right ones; for ordering, every index in the right order;
    for matching, the option of each item."""
    explanation: str
    sources: tuple[Evidence, ...]
    case: str | None = None
    items: tuple[str, ...] = ()
    benign: bool | None = None

    @functools.cached_property
    def key(self) -> str:
        """What the question's id is derived from: its content, whatever the choice order."""
        parts = [
            self.kind,
            self.prompt,
            "|".join(sorted(self.options)),
            "|".join(self.options[i] for i in self.correct),
            "|".join(self.items),
        ]
        return hashlib.blake2b("\x1f".join(parts).encode(), digest_size=6).hexdigest()

    @property
    def qid(self) -> str:
        return f"q-{self.key}"


def _lc(text: str) -> str:
    return text[:1].lower() + text[1:]


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _quote(evidence: Evidence) -> str:
    return f"“{evidence.quote}”"


class _Writer:
    """Builds drafts for one body of material; holds the helpers that need the material."""

    def __init__(self, material: Material, seed: int) -> None:
        self.material = material
        self.seed = seed
        self.cases = material.extraction.cases
        self.channels = material.channels
        self.used_passages: set[tuple[str, str, Evidence]] = set()
        self.used_situations: set[str] = set()
        self.passage_tags: dict[tuple[str, int, int], frozenset[str]] = {}
        # Indexes over all cases, built once: what each case shows and which cases give each
        # value, so that "another case's" distractors cost no pass over every case.
        self.case_tags = {case.id: case.tag_ids for case in self.cases}
        self.case_order = {case.id: n for n, case in enumerate(self.cases)}
        self.documents_by_tag: dict[str, list[Evidence]] = defaultdict(list)
        for summary in material.extraction.documents:
            for hit in summary.tags:
                self.documents_by_tag[hit.id].extend(hit.evidence)
        self.tag_cases: dict[str, set[str]] = defaultdict(set)
        self.sentences: dict[str, set[str]] = defaultdict(set)
        self.outcomes: dict[str, set[str]] = defaultdict(set)
        self.roles: dict[str, set[str]] = defaultdict(set)
        for case in self.cases:
            for tag_id in self.case_tags[case.id]:
                self.tag_cases[tag_id].add(case.id)
            for fact in case.facts_of("outcome"):
                if fact.event == "sentenced":
                    self.sentences[fact.value].add(case.id)
                if fact.value != "arrested":
                    self.outcomes[fact.value].add(case.id)
            for fact in case.facts_of("role")[:1]:
                self.roles[fact.value].add(case.id)

    @staticmethod
    def elsewhere(index: dict[str, set[str]], case: Case) -> set[str]:
        """The values of an index that some other case has."""
        return {value for value, owners in index.items() if len(owners) > (case.id in owners)}

    def rng(self, *parts: object) -> random.Random:
        return random.Random(":".join(map(str, (self.seed, *parts))))

    def cite(self, case: Case | None, evidence: Evidence) -> str:
        title = self.material.title(evidence.doc)
        who = f"The case of {case.display_name}" if case is not None else "The case material"
        return f"{who} ({title}): {_quote(evidence)}"

    def channel(self, channel_id: str) -> Channel | None:
        return next((c for c in self.channels if c.id == channel_id), None)

    def channel_sources(self, channel: Channel) -> tuple[Evidence, ...]:
        configured = self.material.channel_evidence.get(channel.id)
        from_documents = self.document_evidence(channel.id)[:1]
        return ((configured,) if configured else ()) + from_documents

    def document_evidence(self, tag_id: str) -> tuple[Evidence, ...]:
        return tuple(self.documents_by_tag.get(tag_id, ()))

    # --- distractors ---------------------------------------------------------------------

    def shown_by(self, evidence: Evidence) -> frozenset[str]:
        """The tags a passage shows, found once per passage (a case's passages are asked
        about by several questions)."""
        key = (evidence.doc, evidence.start, evidence.end)
        found = self.passage_tags.get(key)
        if found is None:
            found = self.passage_tags[key] = frozenset(find_cues(evidence.quote))
        return found

    def sibling_tags(
        self, tag_id: str, case: Case, passage: Evidence | None, count: int
    ) -> list[str]:
        """Other tags of the same topic that neither the case nor the passage shows."""
        shown = self.shown_by(passage) if passage else frozenset()
        pool = [
            t.id
            for t in tags_of(TAGS[tag_id].topic)
            if t.id != tag_id
            and t.id not in self.case_tags[case.id]
            and t.id not in shown
            and t.id in _SELECTABLE
        ]
        # Prefer tags other cases show: they are the plausible confusions.
        elsewhere = self.elsewhere(self.tag_cases, case)
        pool.sort(key=lambda tid: (tid not in elsewhere, tid))
        rng = self.rng("siblings", case.id, tag_id)
        head = pool[: count + 2]
        rng.shuffle(head)
        return head[:count]

    # --- per case ------------------------------------------------------------------------

    def case_drafts(self, case: Case) -> list[Draft]:
        drafts: list[Draft] = []
        for hit in case.tags:
            if hit.topic in ("recruitment", "warning-signs"):
                drafts.extend(self.pattern_from_passage(case, hit.id))
        for topic in ("recruitment", "warning-signs"):
            drafts.extend(self.select_all(case, topic))
        drafts.extend(self.true_false(case))
        drafts.extend(self.fact_questions(case))
        steps = self.steps(case)
        if len(steps) >= 3:
            drafts.append(self.ordering(case, steps))
            drafts.append(self.earliest_report(case, steps))
        drafts.extend(self.case_scenarios(case))
        drafts.extend(self.look_alikes(case))
        drafts.extend(self.way_out(case))
        return drafts

    def pattern_from_passage(self, case: Case, tag_id: str) -> list[Draft]:
        hit = case.tag(tag_id)
        assert hit is not None
        tag = TAGS[tag_id]
        # One question per passage and topic: a passage that shows two patterns would
        # otherwise be asked twice with two different answers.
        unused = [e for e in hit.evidence if (case.id, tag.topic, e) not in self.used_passages]
        if not unused:
            return []
        evidence = unused[0]
        self.used_passages.add((case.id, tag.topic, evidence))
        distractors = self.sibling_tags(tag_id, case, evidence, 3)
        if len(distractors) < 2:
            return []
        noun = "recruitment pattern" if tag.topic == "recruitment" else "warning sign"
        prompt = (
            f"In the case of {case.display_name}, the report says: {_quote(evidence)} "
            f"Which {noun} does this passage show?"
        )
        explanation = f"{tag.label}: {tag.definition} {self.cite(case, evidence)}"
        return [
            Draft(
                tag.topic,
                "single",
                (tag_id,),
                prompt,
                (tag.label, *(TAGS[d].label for d in distractors)),
                (0,),
                explanation,
                (evidence,),
                case.id,
            )
        ]

    def select_all(self, case: Case, topic: str) -> list[Draft]:
        shown = [hit for hit in case.tags if hit.topic == topic and hit.id in _SELECTABLE]
        if not shown:
            return []
        rng = self.rng("select", case.id, topic)
        correct = shown[:]
        rng.shuffle(correct)
        correct = correct[:3]
        wrong = [
            t.id
            for t in tags_of(topic)
            if t.id not in self.case_tags[case.id] and t.id in _SELECTABLE
        ]
        rng.shuffle(wrong)
        wrong = wrong[: 5 - len(correct)]
        if len(wrong) < 2:
            return []
        noun = "recruitment patterns" if topic == "recruitment" else "warning signs"
        options = tuple(TAGS[h.id].label for h in correct) + tuple(TAGS[w].label for w in wrong)
        explanation = " ".join(
            f"{TAGS[h.id].label}: {self.cite(case, h.evidence[0])}" for h in correct
        )
        explanation += " The others are not part of this case."
        return [
            Draft(
                topic,
                "multiple",
                tuple(sorted(h.id for h in correct)),
                f"Which of these {noun} does the case of {case.display_name} show? "
                "Select all that apply.",
                options,
                tuple(range(len(correct))),
                explanation,
                tuple(h.evidence[0] for h in correct),
                case.id,
            )
        ]

    def true_false(self, case: Case) -> list[Draft]:
        drafts: list[Draft] = []
        rng = self.rng("tf", case.id)
        true_hits = [h for h in case.tags if h.topic != "reporting" and h.id in _SELECTABLE]
        if true_hits:
            hit = rng.choice(true_hits)
            tag = TAGS[hit.id]
            drafts.append(
                Draft(
                    tag.topic,
                    "true-false",
                    (hit.id,),
                    f"True or false? The case of {case.display_name} shows {_lc(tag.label)}.",
                    ("True", "False"),
                    (0,),
                    f"True. {tag.definition} {self.cite(case, hit.evidence[0])}",
                    (hit.evidence[0],),
                    case.id,
                )
            )
        # A false statement: a pattern another case shows and this one does not.
        others = sorted(
            tid
            for tid in self.elsewhere(self.tag_cases, case)
            if tid not in self.case_tags[case.id]
            and tid in _SELECTABLE
            and TAGS[tid].topic != "reporting"
        )
        if others and true_hits:
            tag = TAGS[rng.choice(others)]
            grounding = true_hits[0].evidence[0]
            drafts.append(
                Draft(
                    tag.topic,
                    "true-false",
                    (tag.id,),
                    f"True or false? The case of {case.display_name} shows {_lc(tag.label)}.",
                    ("True", "False"),
                    (1,),
                    f"False: the material on {case.display_name} shows no sign of "
                    f"{_lc(tag.label)}. What it does show is "
                    f"{_lc(TAGS[true_hits[0].id].label)}: {self.cite(case, grounding)}",
                    (grounding,),
                    case.id,
                )
            )
        # Facts: the outcome, true for this case and false when taken from another.
        outcomes = [f for f in case.facts_of("outcome") if f.event == "sentenced"]
        if outcomes:
            own = {f.value for f in case.facts_of("outcome")}
            foreign = sorted(v for v in self.elsewhere(self.sentences, case) if v not in own)
            fact = outcomes[0]
            statement_true = rng.random() < 0.5 or not foreign
            value = fact.value if statement_true else rng.choice(foreign)
            explanation = (
                f"{'True' if statement_true else 'False'}: {case.display_name} was sentenced to "
                f"{fact.value}. {self.cite(case, fact.evidence)}"
            )
            drafts.append(
                Draft(
                    "reporting",
                    "true-false",
                    ("report-early",),
                    f"True or false? {_cap(case.display_name)} was sentenced to {value}.",
                    ("True", "False"),
                    (0,) if statement_true else (1,),
                    explanation,
                    (fact.evidence,),
                    case.id,
                )
            )
        return drafts

    def fact_questions(self, case: Case) -> list[Draft]:
        drafts: list[Draft] = []
        rng = self.rng("facts", case.id)
        roles = case.facts_of("role")
        if roles:
            own = {f.value.lower() for f in roles}
            others = sorted(v for v in self.elsewhere(self.roles, case) if v.lower() not in own)
            if len(others) >= 2:
                rng.shuffle(others)
                fact = roles[0]
                tags = (
                    ("insider-access",)
                    if "insider-access" in self.case_tags[case.id]
                    else ("placement",)
                    if "placement" in self.case_tags[case.id]
                    else ()
                )
                if tags:
                    drafts.append(
                        Draft(
                            "recruitment",
                            "single",
                            tags,
                            f"What position did {case.display_name} hold, which gave the "
                            "recruiters their access?",
                            (fact.value, *others[:3]),
                            (0,),
                            f"{TAGS[tags[0]].label}: {TAGS[tags[0]].definition} "
                            f"{self.cite(case, fact.evidence)}",
                            (fact.evidence,),
                            case.id,
                        )
                    )
        drafts.extend(self.changed_numbers(case))
        outcome = next(iter(case.facts_of("outcome")), None)
        if outcome is not None:
            own = {f.value for f in case.facts_of("outcome")}
            others = sorted(v for v in self.elsewhere(self.outcomes, case) if v not in own)
            sentenced = [f for f in case.facts_of("outcome") if f.event == "sentenced"]
            fact = sentenced[0] if sentenced else outcome
            if len(others) >= 2 and (sentenced or fact.value == "arrested"):
                rng.shuffle(others)
                right = (
                    f"Sentenced to {fact.value}" if sentenced else "Arrested; no sentence reported"
                )
                wrong = [f"Sentenced to {value}" for value in others[:3]]
                drafts.append(
                    Draft(
                        "reporting",
                        "single",
                        ("report-early",),
                        f"How did the case of {case.display_name} end, according to the report?",
                        (right, *wrong),
                        (0,),
                        "Espionage ends in arrest and prison; breaking off and reporting early "
                        f"is the way out. {self.cite(case, fact.evidence)}",
                        (fact.evidence,),
                        case.id,
                    )
                )
        return drafts

    def changed_numbers(self, case: Case) -> list[Draft]:
        drafts: list[Draft] = []
        quantities = [f for f in case.facts_of("quantity") if f.number and f.unit == "documents"]
        if quantities:
            fact = max(quantities, key=lambda f: f.number or 0)
            truth = {f.number for f in case.facts_of("quantity") if f.number}
            wrong = _changed(fact.number or 0, truth)
            if len(wrong) == 3:
                drafts.append(
                    Draft(
                        "warning-signs",
                        "single",
                        ("bulk-collection",),
                        f"How many documents did {case.display_name} take, according to the "
                        "report?",
                        (_with_bound(fact), *(f"{format_number(n)} documents" for n in wrong)),
                        (0,),
                        f"{TAGS['bulk-collection'].label}: {TAGS['bulk-collection'].definition} "
                        f"{self.cite(case, fact.evidence)}",
                        (fact.evidence,),
                        case.id,
                    )
                )
        money = [
            f
            for f in case.facts_of("money")
            if f.number and re.search(r"\b(?:paid|received|reward|sold)\b", f.evidence.quote, re.I)
        ]
        if money:
            fact = max(money, key=lambda f: f.number or 0)
            truth = {f.number for f in case.facts_of("money") if f.number}
            wrong = _changed(fact.number or 0, truth)
            currency = fact.unit or ""
            if len(wrong) == 3:
                drafts.append(
                    Draft(
                        "recruitment",
                        "single",
                        ("paid-tasks",),
                        f"The report on {case.display_name} names a sum paid or received. "
                        "Which amount does it give?",
                        (
                            f"{_with_bound(fact)}",
                            *(f"{format_number(n)} {currency}" for n in wrong),
                        ),
                        (0,),
                        f"{TAGS['paid-tasks'].label}: {TAGS['paid-tasks'].definition} "
                        f"{self.cite(case, fact.evidence)}",
                        (fact.evidence,),
                        case.id,
                    )
                )
        return drafts

    def steps(self, case: Case) -> list[tuple[str, Evidence]]:
        """The case's approach as steps in the order they happened.

        A step is a pattern in the case; its place is where the source first tells it. News
        reports often open with the verdict, so a step is kept only where the text's order and
        the usual order of an approach (the taxonomy's stages) agree: the longest run of steps
        on which both agree. The arrest or sentence, when reported, comes last.
        """
        best: list[tuple[str, Evidence]] = []
        for doc in case.sources:
            placed = []
            for hit in case.tags:
                if hit.id not in _STEP:
                    continue
                first = min(
                    (e for e in hit.evidence if e.doc == doc), default=None, key=lambda e: e.start
                )
                if first is not None:
                    placed.append((first.start, TAGS[hit.id].stage, hit.id, first))
            placed.sort()
            chain = _longest_agreeing(placed)
            if len(chain) > len(best):
                best = [(tag_id, evidence) for _, _, tag_id, evidence in chain]
        # Steps told in one sentence cannot be ordered against each other: keep the first.
        distinct: list[tuple[str, Evidence]] = []
        for tag_id, evidence in best:
            if all(evidence != e for _, e in distinct):
                distinct.append((tag_id, evidence))
        outcome = next(
            (f for f in case.facts_of("outcome") if f.event in ("sentenced", "arrested")), None
        )
        if outcome is not None and distinct:
            distinct = distinct[:4]
            distinct.append(("outcome", outcome.evidence))
        return distinct[:5]

    def ordering(self, case: Case, steps: Sequence[tuple[str, Evidence]]) -> Draft:
        options = tuple(_STEP.get(tag_id, _OUTCOME_STEP) for tag_id, _ in steps)
        explanation = " Then: ".join(
            f"{_STEP.get(tag_id, _OUTCOME_STEP)}: {self.cite(case, evidence)}"
            for tag_id, evidence in steps
        )
        return Draft(
            "recruitment",
            "ordering",
            tuple(sorted({t for t, _ in steps if t in TAGS})),
            f"Put the steps of {case.display_name}'s case in the order they happened.",
            options,
            tuple(range(len(options))),
            explanation,
            tuple(evidence for _, evidence in steps),
            case.id,
        )

    def earliest_report(self, case: Case, steps: Sequence[tuple[str, Evidence]]) -> Draft:
        options = tuple(_STEP.get(tag_id, _OUTCOME_STEP) for tag_id, _ in steps)
        first_evidence = steps[0][1]
        office = self.channel("security-office") or self.channels[0]
        return Draft(
            "reporting",
            "single",
            ("report-early",),
            f"Looking back at the case of {case.display_name}: at which point could the "
            "approach first have been reported, to limit the damage?",
            options,
            (0,),
            f"At the first step: {_lc(options[0])}. Each later step made the way out harder. "
            f"Reporting to {office.name} then would have stopped it. "
            f"{self.cite(case, first_evidence)}",
            (first_evidence, *self.channel_sources(office)),
            case.id,
        )

    def case_scenarios(self, case: Case) -> list[Draft]:
        """Situations built from the warning signs of this case: spot the flag, then act."""
        drafts: list[Draft] = []
        signs = [h for h in case.tags if h.id in WARNING_SITUATIONS]
        if not signs:
            return drafts
        rng = self.rng("scenario", case.id)
        order = self.case_order
        options = [
            (hit, situation)
            for shift in range(len(signs))
            for hit in (signs[(order[case.id] + shift) % len(signs)],)
            for situation in WARNING_SITUATIONS[hit.id]
            if situation not in self.used_situations
        ]
        if not options:
            return drafts
        hit, situation = options[0]
        self.used_situations.add(situation)
        shown = set(find_cues(situation))
        if hit.id in shown:
            wrong = [
                t.id for t in tags_of("warning-signs") if t.id not in shown and t.id in _SELECTABLE
            ]
            rng.shuffle(wrong)
            tag = TAGS[hit.id]
            drafts.append(
                Draft(
                    "warning-signs",
                    "scenario",
                    (hit.id,),
                    f"{situation} What is the red flag here?",
                    (tag.label, *(TAGS[w].label for w in wrong[:3])),
                    (0,),
                    f"{tag.label}: {tag.definition} The same sign appears in a real case. "
                    f"{self.cite(case, hit.evidence[0])}",
                    (hit.evidence[0],),
                    case.id,
                )
            )
        channel_ids = [
            c.id for c in self.channels if c.id in ("security-office", "hotline", "online-report")
        ]
        if channel_ids:
            channel = self.channel(channel_ids[order[case.id] % len(channel_ids)])
            assert channel is not None
            wrong_actions = list(WRONG_ACTIONS)
            rng.shuffle(wrong_actions)
            drafts.append(
                Draft(
                    "reporting",
                    "scenario",
                    (channel.id, "report-early", hit.id),
                    f"{situation} What should you do?",
                    (channel.action, *wrong_actions[:3]),
                    (0,),
                    f"Break off and report early: {_lc(channel.action)}. Waiting, probing or "
                    f"going it alone helps the other side. In the case of {case.display_name}, the "
                    f"same sign was missed: {_quote(hit.evidence[0])} "
                    f"({self.material.title(hit.evidence[0].doc)})",
                    (hit.evidence[0], *self.channel_sources(channel)),
                    case.id,
                )
            )
        return drafts

    def look_alikes(self, case: Case) -> list[Draft]:
        """A harmless contact, properly handled, beside its suspicious twin."""
        drafts: list[Draft] = []
        patterns = [h for h in case.tags if h.id in LOOK_ALIKES]
        rng = self.rng("lookalike", case.id)
        for hit in patterns[:2]:
            benign, suspicious = LOOK_ALIKES[hit.id]
            tag = TAGS[hit.id]
            for text, is_benign in ((benign, True), (suspicious, False)):
                flags = [t for t in find_cues(text) if TAGS[t].topic == "warning-signs"]
                if is_benign and flags:
                    continue  # a look-alike must show no warning sign
                if not is_benign and not flags:
                    continue
                unrelated = [
                    t.id
                    for t in tags_of("warning-signs")
                    if t.id not in flags and t.id in _SELECTABLE
                ]
                rng.shuffle(unrelated)
                if is_benign:
                    right = NOT_SUSPICIOUS
                    wrong = [f"Suspicious: {_lc(TAGS[t].label)}" for t in unrelated[:2]]
                    wrong.insert(0, f"Suspicious: {_lc(tag.label)}")
                    lead = (
                        f"Not suspicious. It looks like {_lc(tag.label)}, but the contact is "
                        "open, goes through official channels and is reported as the rules "
                        "require. Compare a real case, where it was not:"
                    )
                else:
                    right = f"Suspicious: {_lc(TAGS[flags[0]].label)}"
                    wrong = [NOT_SUSPICIOUS] + [
                        f"Suspicious only because {_lc(TAGS[t].label)}" for t in unrelated[:2]
                    ]
                    lead = (
                        f"Suspicious: {_lc(TAGS[flags[0]].label)}. "
                        f"{TAGS[flags[0]].definition} Compare a real case:"
                    )
                drafts.append(
                    Draft(
                        "warning-signs",
                        "scenario",
                        (hit.id,) if is_benign else (hit.id, flags[0]),
                        f"{text} Is there a red flag?",
                        (right, *wrong),
                        (0,),
                        f"{lead} {self.cite(case, hit.evidence[0])}",
                        (hit.evidence[0],),
                        case.id,
                        benign=is_benign,
                    )
                )
        return drafts

    def way_out(self, case: Case) -> list[Draft]:
        """For a case with coercion: what someone already caught up should do."""
        hit = case.tag("coercion") or case.tag("threats-leverage")
        channel = self.channel("self-surrender")
        if hit is None or channel is None:
            return []
        evidence = (hit.evidence[0], *self.channel_sources(channel))
        surrender = case.tag("self-surrender")
        if surrender is not None:
            evidence = (*evidence, surrender.evidence[0])
        return [
            Draft(
                "reporting",
                "single",
                ("self-surrender", hit.id),
                f"Like {case.display_name}, someone has already handed over material and is "
                "now being "
                "threatened into continuing. What is their best course?",
                (channel.action, *WRONG_WAYS_OUT),
                (0,),
                f"{TAGS['self-surrender'].definition} Every further step deepens the trap. "
                f"{self.cite(case, hit.evidence[0])}",
                evidence,
                case.id,
            )
        ]

    # --- across cases --------------------------------------------------------------------

    def matching(self) -> list[Draft]:
        """Match each case to a pattern only it shows (among the cases asked about)."""
        drafts: list[Draft] = []
        cases = [c for c in self.cases if c.tags]
        for topic in ("recruitment", "warning-signs"):
            counts = Counter(
                t for c in cases for t in self.case_tags[c.id] if TAGS[t].topic == topic
            )
            chosen: list[tuple[Case, str]] = []
            for case in cases:
                unique = [h.id for h in case.tags if h.topic == topic and counts[h.id] == 1]
                if unique:
                    chosen.append((case, unique[0]))
            for start in range(0, len(chosen), 4):
                group = chosen[start : start + 4]
                if len(group) < 3:
                    continue
                used = {self.case_tags[c.id] for c, _ in group}
                spare = [
                    t.id
                    for t in tags_of(topic)
                    if all(t.id not in ids for ids in used) and t.id in _SELECTABLE
                ]
                options = tuple(TAGS[t].label for _, t in group) + tuple(
                    TAGS[t].label for t in spare[:1]
                )
                drafts.append(
                    Draft(
                        topic,
                        "matching",
                        tuple(sorted(t for _, t in group)),
                        "Match each case to the pattern that only it shows among these cases.",
                        options,
                        tuple(range(len(group))),
                        " ".join(
                            f"{TAGS[t].label}: {self.cite(c, c.tag(t).evidence[0])}"  # type: ignore[union-attr]
                            for c, t in group
                        ),
                        tuple(c.tag(t).evidence[0] for c, t in group),  # type: ignore[union-attr]
                        None,
                        items=tuple(_cap(c.display_name) for c, _ in group),
                    )
                )
        return drafts

    def reporting_drafts(self) -> list[Draft]:
        drafts: list[Draft] = []
        proper = [
            c
            for c in self.channels
            if c.id in ("hotline", "online-report", "security-office", "self-surrender")
        ]
        rng = self.rng("channels")
        wrong = list(WRONG_ACTIONS)
        rng.shuffle(wrong)
        grounded = [(c, self.channel_sources(c)) for c in proper]
        grounded = [(c, sources) for c, sources in grounded if sources]
        if grounded:
            drafts.append(
                Draft(
                    "reporting",
                    "multiple",
                    tuple(sorted(c.id for c, _ in grounded)),
                    "You suspect that someone is trying to recruit you or a colleague. Which of "
                    "these are proper ways to report it? Select all that apply.",
                    tuple(c.action for c, _ in grounded) + tuple(wrong[:2]),
                    tuple(range(len(grounded))),
                    " ".join(
                        f"{TAGS[c.id].label}: {c.action}. {self.cite(None, sources[0])}"
                        for c, sources in grounded
                    )
                    + " Probing, waiting or going it alone only helps the other side.",
                    tuple(sources[0] for _, sources in grounded),
                )
            )
        for channel in proper:
            sources = self.channel_sources(channel)
            if not sources:
                continue
            digits = re.sub(r"\D", "", channel.contact)
            if channel.contact and len(digits) >= 3:
                numbers = {re.sub(r"\D", "", c.contact) for c in self.channels if c.contact}
                wrong_numbers = _changed_digits(digits, numbers, rng)
                drafts.append(
                    Draft(
                        "reporting",
                        "single",
                        (channel.id,),
                        f"What is the number of {channel.name}?",
                        (channel.contact, *wrong_numbers),
                        (0,),
                        f"{channel.action}. {self.cite(None, sources[0])}",
                        sources,
                    )
                )
        return drafts


_SELECTABLE = frozenset(TAGS) - {"personal-vulnerability"}
"""Tags that can be a choice: a personal vulnerability is not something a case "shows" that a
trainee could tell from the other choices, so it is left to explanations."""


def _longest_agreeing(placed: Sequence[tuple[int, int, str, Evidence]]) -> list[Any]:
    """Longest subsequence (in text order) whose stages never go down."""
    best: list[list[Any]] = []
    for index, item in enumerate(placed):
        chain = [item]
        for previous in range(index):
            candidate = best[previous]
            if candidate[-1][1] <= item[1] and len(candidate) + 1 > len(chain):
                chain = [*candidate, item]
        best.append(chain)
    return max(best, key=len, default=[])


def _changed(number: float, truth: Iterable[float | None]) -> list[float]:
    """Three wrong figures near a true one, none of them a figure the case gives."""
    known = {t for t in truth if t}
    out: list[float] = []
    for factor in (10, 0.1, 3, 0.5, 2, 0.25, 5):
        value = float(round(number * factor))
        if value >= 1 and all(abs(value - k) > 0.05 * k for k in known) and value not in out:
            out.append(value)
        if len(out) == 3:
            break
    return out


def _with_bound(fact: Fact) -> str:
    text = fact.value
    return text.replace(" CNY", " yuan").replace(" USD", " US dollars").replace(" EUR", " euros")


def _changed_digits(digits: str, known: set[str], rng: random.Random) -> list[str]:
    """Wrong numbers that differ from the real one by a swap or one digit."""
    out: list[str] = []
    candidates = []
    for i in range(len(digits) - 1):
        swapped = digits[:i] + digits[i + 1] + digits[i] + digits[i + 2 :]
        candidates.append(swapped)
    for i in range(len(digits)):
        candidates.append(digits[:i] + str((int(digits[i]) + 1) % 10) + digits[i + 1 :])
    rng.shuffle(candidates)
    for candidate in candidates:
        if candidate not in known and candidate != digits and candidate not in out:
            out.append(candidate)
        if len(out) == 3:
            break
    return out


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
    writer = _Writer(material, seed)
    drafts: list[Draft] = []
    for case in material.extraction.cases:
        drafts.extend(writer.case_drafts(case))
    drafts.extend(writer.matching())
    drafts.extend(writer.reporting_drafts())
    return drop_near_duplicates(drafts)


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
                f"Every question on {TOPIC_TITLES[topic].lower()}, from all cases.",
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
                    f"Every question about the case of {case.display_name}, over all three topics.",
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
        if not chosen:
            continue
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


def _essentials(drafts: Sequence[Draft], seed: int, size: int = 20) -> list[Draft]:
    """A balanced short set: a spread of kinds and tags over the three topics."""
    rng = random.Random(f"{seed}:essentials")
    pool = list(drafts)
    rng.shuffle(pool)
    chosen: list[Draft] = []
    covered: set[str] = set()
    per_topic = {topic: size // 3 + (1 if topic == "recruitment" else 0) for topic in TOPICS}
    # First, one question for each tag not yet covered, in turn by topic; then fill.
    for topic in TOPICS:
        for draft in pool:
            if len([d for d in chosen if d.topic == topic]) >= per_topic[topic]:
                break
            if draft.topic == topic and not set(draft.tags) <= covered:
                chosen.append(draft)
                covered.update(draft.tags)
    order = {d.qid: n for n, d in enumerate(drafts)}
    chosen.sort(key=lambda d: (TOPICS.index(d.topic), order[d.qid]))
    return chosen
