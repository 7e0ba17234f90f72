"""The quality gate: every defect class of the question rubric (shared/QUESTION-QUALITY.md)
that a program can detect, on drafts before they are written (``quiz generate`` drops what it
rejects) and on question set files (``quiz lint``). One finding per line: the question's id, the
defect class and what is wrong. See ``docs/lint.md``.

The word lists are data (``quiz/data/lint.toml``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from importlib import resources
from pathlib import Path

import attrs

from quiz.choice_form import bare_form, far_longest, far_shortest, qualified, reason
from quiz.families.base import Draft
from quiz.frames import is_garbled
from quiz.garbled import garble
from quiz.material import Material
from quiz.models import Case, Evidence, Question
from quiz.qformat import parse_toml
from quiz.scenario_material import SLOT, scenario_material
from quiz.taxonomy import TAGS, find_cues

CLASSES = (
    "wrong-answer",
    "also-true-distractor",
    "giveaway",
    "ungrounded",
    "garbled",
    "trivial",
    "duplicate",
    "bad-explanation",
    "unfair-ordering",
)
"""The rubric's defect classes (those a program can check; "other" is left to people)."""


@attrs.frozen
class Finding:
    qid: str
    cls: str
    message: str

    def __str__(self) -> str:
        return f"{self.qid}: {self.cls}: {self.message}"


@attrs.frozen
class Item:
    """What the checks read of a question, whether a draft or a question from a file."""

    id: str
    kind: str
    topic: str
    tags: tuple[str, ...]
    prompt: str
    options: tuple[str, ...]
    correct: tuple[int, ...]
    explanation: str
    sources: tuple[Evidence, ...]
    case: str | None
    benign: bool | None

    @classmethod
    def from_draft(cls, draft: Draft) -> Item:
        return cls(
            draft.qid,
            draft.kind,
            draft.topic,
            draft.tags,
            draft.prompt,
            draft.options,
            draft.correct,
            draft.explanation,
            draft.sources,
            draft.case,
            draft.benign,
        )

    @classmethod
    def from_question(cls, question: Question) -> Item:
        ids = [c.id for c in question.choices]
        return cls(
            question.id,
            question.kind,
            question.topic,
            question.tags,
            question.prompt,
            tuple(c.text for c in question.choices),
            tuple(ids.index(a) for a in question.answer if a in ids),
            question.explanation,
            question.sources,
            question.case,
            question.benign,
        )

    @property
    def keys(self) -> list[str]:
        return [self.options[i] for i in self.correct]

    @property
    def distractors(self) -> list[str]:
        return [o for i, o in enumerate(self.options) if i not in self.correct]


@attrs.frozen
class Words:
    stopwords: frozenset[str]
    near_synonyms: tuple[frozenset[str], ...]
    trivia_prompts: tuple[re.Pattern[str], ...]
    units: frozenset[str]
    banned_explanations: tuple[str, ...]
    same_situation: tuple[frozenset[str], ...] = ()
    """Signs whose situations a trainee reads as one: a set asks to pick out only one of each
    group."""
    same_harmless: tuple[frozenset[str], ...] = ()
    """Signs whose harmless twins tell the same ordinary moment (a farewell at the end of a
    stay): a case's own set tells only one of each group."""


@functools.cache
def words() -> Words:
    import tomllib

    name = "quiz/data/lint.toml"
    raw = resources.files("quiz").joinpath("data/lint.toml").read_bytes()
    data, _ = parse_toml(raw, name)
    try:
        return Words(
            frozenset(data["stopwords"].split()),
            tuple(frozenset(group) for group in data["near_synonyms"]),
            tuple(re.compile(p, re.IGNORECASE) for p in data["trivia_prompts"]),
            frozenset(data["units"].split()),
            tuple(data["banned_explanations"]),
            tuple(frozenset(group) for group in data.get("same_situation", ())),
            tuple(frozenset(group) for group in data.get("same_harmless", ())),
        )
    except (KeyError, re.error, tomllib.TOMLDecodeError) as err:  # pragma: no cover - data
        raise ValueError(f"{name}: {err}") from None


# --- the checks ---------------------------------------------------------------------------------

_SUFFIXES = ("ations", "ation", "ions", "ion", "ings", "ing", "ies", "ied", "ed", "es", "s", "ive")


@functools.lru_cache(maxsize=65536)
def stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def distinctive(text: str) -> set[str]:
    return set(_distinctive(text))


@functools.lru_cache(maxsize=16384)
def _distinctive(text: str) -> frozenset[str]:
    stop = words().stopwords
    return frozenset(
        stem(w) for w in re.findall(r"[a-z][a-z'-]+", text.lower()) if w not in stop and len(w) > 2
    )


def _plain_words(text: str) -> set[str]:
    """The words of a choice that can mark its shape ("first", "only"), all but the smallest."""
    return {w for w in re.findall(r"[a-z][a-z'-]+", text.lower()) if w not in _GLUE and len(w) > 2}


_GLUE = frozenset(
    "the and you your their them they for with that this its are was has have any all who "
    "from into about".split()
)
"""Words every sentence has: no shape."""


def giveaway(item: Item) -> list[Finding]:
    """The key repeats a distinctive word of the question that no wrong choice shares, or has
    a form (prefix, unit, format, length) that only it has."""
    if item.kind not in ("single", "scenario") or len(item.options) < 3 or len(item.keys) != 1:
        return []
    findings = []
    stem_words = distinctive(item.prompt)
    key = item.keys[0]
    shared = distinctive(key) & stem_words
    if shared and not any(distinctive(d) & stem_words for d in item.distractors):
        findings.append(
            Finding(
                item.id,
                "giveaway",
                f"the key repeats {', '.join(sorted(shared))!r} from the question; no other "
                "choice shares a word with it",
            )
        )
    # Every wrong choice shares a word the key lacks ("Tell the colleague first ...", "Ask the
    # team first ...", "Go through their desk first ..."): the odd one out is the key.
    # (Look-alike pairs are built so: "Yes: ..." three times and "No: ..." in one, and the
    # other way round in the pair's twin.)
    if len(item.distractors) >= 3 and item.benign is None:
        common_wrong = set.intersection(*(_plain_words(d) for d in item.distractors))
        # (Not the situation's own subject, "the contact", which the stem names too.)
        lacking = common_wrong - _plain_words(key) - _plain_words(item.prompt)
        if lacking:
            findings.append(
                Finding(
                    item.id,
                    "giveaway",
                    f"every wrong choice says {', '.join(sorted(lacking))!r} and the key does not",
                )
            )
    for feature, describe in _FEATURES:
        if feature is _polarity and item.benign is not None:
            continue  # look-alike pairs: "No:" is the key in one and a wrong choice in the other
        own = feature(key)
        others = [feature(d) for d in item.distractors]
        common = max(others.count(value) for value in others)
        if own not in others and common >= 2 and common * 2 >= len(others):
            findings.append(
                Finding(item.id, "giveaway", f"only the key {describe(own, others[0])}")
            )
    if bare_form(key, item.distractors):
        findings.append(
            Finding(item.id, "giveaway", "the key is the opening of a wrong choice that goes on")
        )
    lengths = [len(d) for d in item.distractors]
    if far_longest(key, item.distractors):
        findings.append(
            Finding(
                item.id,
                "giveaway",
                f"the key is far the longest choice ({len(key)} characters, the others "
                f"{min(lengths)} to {max(lengths)})",
            )
        )
    if far_shortest(key, item.distractors):
        findings.append(
            Finding(
                item.id,
                "giveaway",
                f"the key is far the shortest choice ({len(key)} characters, the others "
                f"{min(lengths)} to {max(lengths)})",
            )
        )
    return findings


def _prefix(text: str) -> str:
    head, colon, _ = text.partition(":")
    return head.strip().lower() if colon and len(head) <= 40 else ""


def _polarity(text: str) -> str:
    return _prefix(text) if _prefix(text) in ("yes", "no") else ""


def _non_polar_prefix(text: str) -> str:
    return "" if _prefix(text) in ("yes", "no") else _prefix(text)


_COUNTED = frozenset({"documents", "files", "pages", "years", "months"})


def _unit(text: str) -> str:
    """Currencies anywhere; counted nouns only after a figure ("5,500 documents")."""
    lowered = text.lower()
    found = set(re.findall(r"[a-z$]+", lowered)) & (words().units - _COUNTED)
    found |= {m for m in re.findall(r"\d[\d,.]*\s+([a-z]+)", lowered) if m in _COUNTED}
    return " ".join(sorted(found))


def _digits(text: str) -> str:
    return "digits" if re.search(r"\d", text) else ""


_FEATURES = (
    (
        _non_polar_prefix,
        lambda own, other: f"has the prefix {own!r}" if own else f"lacks the prefix {other!r}",
    ),
    (_polarity, lambda own, other: f"says {own!r}" if own else f"lacks {other!r}"),
    (_unit, lambda own, other: f"names {own!r}" if own else f"does not name {other!r}"),
    (_digits, lambda own, other: "has a figure" if own else "has no figure"),
    (reason, lambda own, other: "gives a reason" if own else "gives no reason"),
    (
        qualified,
        lambda own, other: "adds a reason or a condition" if own else "says only what to do",
    ),
)


def trivial(item: Item) -> list[Finding]:
    # What is asked, not the situation told before it ("... says how much they admire your
    # work. Which of these details is a warning sign?" asks for no sum).
    asked = _ASKED.search(item.prompt)
    question = asked.group(0) if asked is not None else item.prompt
    for pattern in words().trivia_prompts:
        if pattern.search(question) and not set(item.tags) <= _CHANNEL_TAGS:
            return [Finding(item.id, "trivial", f"asks for recall ({pattern.pattern!r})")]
    if item.kind == "true-false" and re.search(r"\bsentenced\b", item.prompt, re.IGNORECASE):
        return [Finding(item.id, "trivial", "true or false about a sentence")]
    return []


_ASKED = re.compile(r"[^.!?]*\?\s*$")
"""The question a prompt ends with."""
_CHANNEL_TAGS = frozenset({"hotline", "online-report", "security-office", "self-surrender"})


def unfair_ordering(item: Item) -> list[Finding]:
    if item.kind != "ordering":
        return []
    findings = []
    if len(item.options) < 4:
        findings.append(
            Finding(item.id, "unfair-ordering", f"only {len(item.options)} steps (at least 4)")
        )
    if len(item.sources) < len(item.options):
        findings.append(Finding(item.id, "unfair-ordering", "a step has no source"))
    for n, a in enumerate(item.sources):
        for b in item.sources[n + 1 :]:
            if a.doc == b.doc and a.start < b.end and b.start < a.end:
                findings.append(
                    Finding(item.id, "unfair-ordering", "two steps come from one passage")
                )
                return findings
    return findings


@functools.lru_cache(maxsize=16384)
def tag_of_choice(text: str) -> str | None:
    """The taxonomy tag a choice stands for, when it is a tag's label or a sign's flag."""
    plain = re.sub(r"^(?:yes|no|suspicious):\s*", "", text.strip(), flags=re.IGNORECASE).lower()
    for tag in TAGS.values():
        if plain == tag.label.lower():
            return tag.id
    for sign in scenario_material().signs.values():
        for told in (sign.flag, *((sign.label,) if sign.label else ())):
            flag = re.sub(r"\{\w+\}", "", told).lower()
            head = flag.split("  ")[0].strip()
            if plain.startswith(head[:30]):
                return sign.tag
    return None


def also_true(item: Item, case: Case | None) -> list[Finding]:
    """A wrong choice that is true of the case or of the quoted passage, directly or through a
    near-synonymous tag; or an ordinary detail that shows a warning sign after all."""
    if item.kind in ("true-false", "ordering", "matching"):
        return []
    findings = []
    keyed = {t for t in (tag_of_choice(k) for k in item.keys) if t}
    true_tags = set(case.tag_ids) if case is not None else set()
    passage_tags = {t for s in item.sources for t in find_cues(s.quote)}
    near = words().near_synonyms
    for text in item.distractors:
        tag = tag_of_choice(text)
        if tag is None:
            asks_for_a_sign = "warning sign" in item.prompt.lower()
            if asks_for_a_sign and (_polarity(text) == "yes" or not _prefix(text)):
                shown = [t for t in find_cues(text) if TAGS[t].topic == "warning-signs"]
                if shown:
                    findings.append(
                        Finding(
                            item.id,
                            "also-true-distractor",
                            f"the wrong choice {text[:50]!r} shows a warning sign ({shown[0]})",
                        )
                    )
            continue
        why = ""
        if tag in true_tags or tag in passage_tags:
            why = "the case shows it"
        elif any(tag in group and group & (keyed | true_tags) for group in near):
            why = "it is near-synonymous with the key or with a tag of the case"
        if why and item.benign is not True:
            findings.append(
                Finding(item.id, "also-true-distractor", f"{text[:50]!r} ({tag}): {why}")
            )
    return findings


_CITED = re.compile(r"“([^”]{20,})”")
"""A passage quoted in an explanation."""


def grounding(item: Item, case: Case | None, garbled: Sequence[Evidence]) -> list[Finding]:
    findings = []
    for source in item.sources:
        looks = garble(source.quote)
        if looks is not None:
            findings.append(
                Finding(
                    item.id, "garbled", f"quotes a garbled passage ({looks}): {source.quote[:60]!r}"
                )
            )
        elif is_garbled(source, garbled):
            findings.append(
                Finding(
                    item.id, "garbled", f"quotes a passage marked garbled: {source.quote[:60]!r}"
                )
            )
    for span in garbled:
        if span.quote and (span.quote in item.prompt or span.quote in item.explanation):
            findings.append(Finding(item.id, "garbled", f"repeats the garbled {span.quote!r}"))
    # A template's slot left unfilled ("around the {unit}"): a generator fault the reader sees.
    for text in (item.prompt, *item.options):
        if (slot := SLOT.search(text)) is not None:
            findings.append(Finding(item.id, "garbled", f"an unfilled slot {slot.group(0)}"))
    # The same passage cited twice says nothing more the second time.
    cited = _CITED.findall(item.explanation)
    if len(cited) != len(set(cited)):
        findings.append(Finding(item.id, "bad-explanation", "cites the same passage twice"))
    lowered = item.explanation.lower()
    for phrase in words().banned_explanations:
        if phrase in lowered:
            findings.append(Finding(item.id, "bad-explanation", f"says {phrase!r}"))
    if case is not None:
        docs = set(case.sources) | {s.rsplit("/", 1)[-1] for s in case.sources}
        for source in item.sources:
            if source.doc.endswith(".txt") and source.doc not in docs:
                findings.append(
                    Finding(
                        item.id,
                        "bad-explanation",
                        f"cites {source.doc}, which does not tell the case of {case.name}",
                    )
                )
        case_tags = [t for t in item.tags if TAGS[t].topic != "reporting" and t in TAGS]
        evidence = [e for t in case_tags if (hit := case.tag(t)) for e in hit.evidence]
        grounded = any(
            s.doc == e.doc and s.start <= e.start and e.end <= s.end
            for s in item.sources
            for e in evidence
        )
        if case_tags and not grounded:
            if not any(case.tag(t) for t in case_tags):
                findings.append(
                    Finding(
                        item.id,
                        "wrong-answer",
                        f"the case does not show {', '.join(case_tags)}",
                    )
                )
            else:
                findings.append(
                    Finding(
                        item.id,
                        "ungrounded",
                        f"no source is a passage that shows {', '.join(case_tags)} in the case",
                    )
                )
    return findings


def check(item: Item, case: Case | None = None, garbled: Sequence[Evidence] = ()) -> list[Finding]:
    """Every per-question check."""
    return [
        *giveaway(item),
        *trivial(item),
        *unfair_ordering(item),
        *also_true(item, case),
        *grounding(item, case, garbled),
    ]


def duplicates(items: Sequence[Item], threshold: float = 0.8) -> list[Finding]:
    """Questions that ask what an earlier one in the same set asks: the same answer about the
    same case in the same kind, or prompts that overlap almost word for word with the same
    answer. Only questions with the same answer are compared, so a set costs no more than
    its groups of equal answers."""
    findings = []
    seen: dict[tuple[str, ...], list[tuple[Item, set[str]]]] = {}
    for item in items:
        answer = tuple(sorted(item.keys))
        prompt_words = distinctive(item.prompt)
        group = seen.setdefault(answer, [])
        for other, other_words in group:
            same_case = item.case == other.case and item.case is not None
            same_tags = set(item.tags) == set(other.tags)
            overlap = len(prompt_words & other_words) / max(1, len(prompt_words | other_words))
            if (same_case and same_tags and item.kind == other.kind) or overlap >= threshold:
                findings.append(Finding(item.id, "duplicate", f"asks what {other.id} already asks"))
                break
        else:
            group.append((item, prompt_words))
    return findings


# --- on drafts (generation) and on files (quiz lint) ---------------------------------------


def gate(drafts: Sequence[Draft], material: Material) -> list[Draft]:
    """The drafts that pass every per-question check."""
    cases = {c.id: c for c in material.extraction.cases}
    garbled = tuple(getattr(material, "garbled", ()))
    return [d for d in drafts if not check(Item.from_draft(d), cases.get(d.case or ""), garbled)]


def lint_questions(
    questions: Iterable[Question], material: Material | None = None
) -> list[Finding]:
    """Every finding for one set's questions (duplicates are judged within the set)."""
    cases = {c.id: c for c in material.extraction.cases} if material else {}
    garbled = tuple(getattr(material, "garbled", ())) if material else ()
    items = [Item.from_question(q) for q in questions]
    findings = []
    for item in items:
        findings.extend(check(item, cases.get(item.case or ""), garbled))
    findings.extend(duplicates(items))
    return findings


def lint_paths(
    paths: Sequence[Path], material: Material | None
) -> tuple[list[tuple[str, Finding]], int]:
    """Findings for question set files (folders are read for ``*.toml``), with the number of
    sets read. A file that is not a valid set raises its first problem as an InputError."""
    from quiz.files import folder_files
    from quiz.qformat import read_toml, set_problems, structured_set

    files: list[Path] = []
    for path in paths:
        files.extend(folder_files(path, ".toml") if path.is_dir() else [path])
    found = []
    for path in files:
        data, text = read_toml(path, str(path))
        problems = set_problems(data, str(path), text)
        if problems:
            raise problems[0]
        question_set = structured_set(data)
        for finding in lint_questions(question_set.questions, material):
            found.append((str(path), finding))
    return found, len(files)
