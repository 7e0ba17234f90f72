"""Case files: an author's corrections and additions to what extraction found, in TOML.

A case file (``seeds/cases/<case-id>.toml``) names a case and may add tags and facts, each
with a quote that must stand verbatim in the named document, drop tags or facts extraction got
wrong, or replace what extraction found altogether. Generation prefers it to extraction.
See ``docs/case-material.md``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

from quiz.documents import Document
from quiz.errors import InputError
from quiz.models import Case, Evidence, Extraction, Fact, TagHit
from quiz.qformat import locate, read_toml, structure_problems, structured
from quiz.taxonomy import TAGS

_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
"""A case id: it names files (``cases/<id>.toml``, ``questions/case-<id>.toml``)."""

FACT_KINDS = ("role", "sector", "date", "money", "quantity", "approach", "outcome", "contact")


@attrs.frozen
class Passage:
    """A quote in a document; ``start`` may be left out when the quote occurs once."""

    doc: str
    quote: str
    start: int | None = None


@attrs.frozen
class TagEntry:
    id: str
    doc: str
    quote: str
    start: int | None = None


@attrs.frozen
class FactEntry:
    kind: str
    value: str
    doc: str
    quote: str
    start: int | None = None
    number: float | None = None
    unit: str | None = None
    event: str | None = None
    approximate: bool = False


@attrs.frozen
class DropFact:
    kind: str
    value: str


@attrs.frozen
class CaseEntry:
    id: str
    name: str = ""
    """Needed for a case extraction did not find."""
    surname_only: bool = False
    replace: bool = False
    """Ignore what extraction found for this case: only this file's tags and facts count."""


@attrs.frozen
class QuestionVerdict:
    """An author's decision on a generated question: ``accept`` or ``reject`` (a rejected
    question is never generated again)."""

    id: str
    verdict: str
    note: str = ""


VERDICTS = ("accept", "reject")


@attrs.frozen
class CaseFile:
    case: CaseEntry
    tags: tuple[TagEntry, ...] = ()
    facts: tuple[FactEntry, ...] = ()
    drop_tags: tuple[str, ...] = ()
    drop_facts: tuple[DropFact, ...] = ()
    garbled: tuple[Passage, ...] = ()
    """Passages garbled in translation: no question may quote or repeat them."""
    reviewed_tags: tuple[str, ...] = ()
    """Tags an author has read and accepted (rejected ones are in ``drop_tags``)."""
    questions: tuple[QuestionVerdict, ...] = ()


@attrs.frozen
class CaseCorrection:
    """A case file as read, with the evidence of its entries found in the documents."""

    file: CaseFile
    name: str
    """The file's name, for messages."""
    tag_evidence: tuple[Evidence, ...]
    """One per tag entry, in order."""
    fact_evidence: tuple[Evidence, ...]
    """One per fact entry, in order."""
    garbled: tuple[Evidence, ...] = ()
    """One per garbled passage, in order."""


def _evidence(
    entry: TagEntry | FactEntry | Passage,
    where: str,
    name: str,
    text: str,
    documents: Mapping[str, Document],
) -> Evidence:
    line = locate(text, f"{where}.quote")
    document = documents.get(entry.doc)
    if document is None:
        raise InputError(name, f"{where}.doc: no case document named {entry.doc!r}", line)
    if entry.start is not None:
        start = entry.start
        if start < 0 or document.text[start : start + len(entry.quote)] != entry.quote:
            raise InputError(
                name, f"{where}.quote: does not stand at offset {start} of {entry.doc}", line
            )
    else:
        start = document.text.find(entry.quote)
        if start < 0 or not entry.quote:
            raise InputError(name, f"{where}.quote: not found verbatim in {entry.doc}", line)
    return Evidence(entry.doc, start, start + len(entry.quote), entry.quote)


def read_case_file(path: Path, name: str, documents: Mapping[str, Document]) -> CaseCorrection:
    data, text = read_toml(path, name)
    return case_file_from(data, text, name, documents)


def case_file_from(
    data: Any, text: str, name: str, documents: Mapping[str, Document]
) -> CaseCorrection:
    """A parsed case file, checked: its keys, tags, fact kinds, verdicts, id, and every quote
    verbatim in its document. Raises the first problem."""
    correction, problems = _checked_case_file(data, text, name, documents)
    if problems:
        raise problems[0]
    assert correction is not None
    return correction


def case_file_problems(
    path: Path, name: str, documents: Mapping[str, Document]
) -> list[InputError]:
    """Every problem of a case file, in file order as far as each check goes (quiz validate)."""
    try:
        data, text = read_toml(path, name)
    except InputError as err:
        return [err]
    return _checked_case_file(data, text, name, documents)[1]


def _checked_case_file(
    data: Any, text: str, name: str, documents: Mapping[str, Document]
) -> tuple[CaseCorrection | None, list[InputError]]:
    problems = structure_problems(data, CaseFile, name, text)
    if problems:
        return None, problems
    parsed = structured(data, CaseFile)

    def evidence(entry: TagEntry | FactEntry | Passage, where: str) -> Evidence:
        try:
            return _evidence(entry, where, name, text, documents)
        except InputError as err:
            problems.append(err)
            return Evidence(entry.doc, 0, 0, entry.quote)  # never used: the file is refused

    tag_evidence = []
    fact_evidence = []
    for number, tag in enumerate(parsed.tags):
        if tag.id not in TAGS:
            problems.append(
                InputError(
                    name,
                    f"tags[{number}].id: unknown tag {tag.id!r}",
                    locate(text, f"tags[{number}].id"),
                )
            )
        tag_evidence.append(evidence(tag, f"tags[{number}]"))
    for number, fact in enumerate(parsed.facts):
        if fact.kind not in FACT_KINDS:
            problems.append(
                InputError(
                    name,
                    f"facts[{number}].kind: {fact.kind!r} is not one of {', '.join(FACT_KINDS)}",
                    locate(text, f"facts[{number}].kind"),
                )
            )
        fact_evidence.append(evidence(fact, f"facts[{number}]"))
    for field in ("drop_tags", "reviewed_tags"):
        for tag_id in getattr(parsed, field):
            if tag_id not in TAGS:
                problems.append(
                    InputError(name, f"{field}: unknown tag {tag_id!r}", locate(text, field))
                )
    for number, verdict in enumerate(parsed.questions):
        if verdict.verdict not in VERDICTS:
            problems.append(
                InputError(
                    name,
                    f"questions[{number}].verdict: {verdict.verdict!r} is not accept or reject",
                    locate(text, f"questions[{number}].verdict"),
                )
            )
    if not _SLUG.fullmatch(parsed.case.id):
        problems.append(
            InputError(
                name,
                f"case.id: {parsed.case.id!r} is not an id (lower-case letters, digits and "
                "hyphens, as quiz extract prints them)",
                locate(text, "case.id"),
            )
        )
    garbled = tuple(
        evidence(passage, f"garbled[{number}]") for number, passage in enumerate(parsed.garbled)
    )
    if problems:
        return None, problems
    correction = CaseCorrection(parsed, name, tuple(tag_evidence), tuple(fact_evidence), garbled)
    return correction, []


def apply_case_files(extraction: Extraction, corrections: Sequence[CaseCorrection]) -> Extraction:
    """The extraction with every case file's corrections applied, in file order."""
    cases = {case.id: case for case in extraction.cases}
    order = [case.id for case in extraction.cases]
    for correction in corrections:
        case_file = correction.file
        entry = case_file.case
        existing = cases.get(entry.id)
        if existing is None:
            existing = Case(
                id=entry.id,
                name=entry.name or entry.id,
                sources=(),
                tags=(),
                facts=(),
                surname_only=entry.surname_only,
            )
            order.append(entry.id)
        elif entry.replace:
            existing = attrs.evolve(existing, tags=(), facts=(), sources=())
        if entry.name:
            existing = attrs.evolve(existing, name=entry.name, surname_only=entry.surname_only)
        tags = {
            hit.id: list(hit.evidence) for hit in existing.tags if hit.id not in case_file.drop_tags
        }
        for number, tag in enumerate(case_file.tags):
            evidence = correction.tag_evidence[number]
            listed = tags.setdefault(tag.id, [])
            if evidence in listed:
                listed.remove(evidence)
            listed.insert(0, evidence)  # the author's passage is the one questions quote
        dropped = {(d.kind, d.value) for d in case_file.drop_facts}
        facts = [f for f in existing.facts if (f.kind, f.value) not in dropped]
        for number, fact in enumerate(case_file.facts):
            evidence = correction.fact_evidence[number]
            facts.insert(
                0,
                Fact(
                    fact.kind,
                    fact.value,
                    evidence,
                    number=fact.number,
                    unit=fact.unit,
                    event=fact.event,
                    approximate=fact.approximate,
                ),
            )
        sources = list(existing.sources)
        for evidence in (*correction.tag_evidence, *correction.fact_evidence):
            if evidence.doc not in sources:
                sources.append(evidence.doc)
        cases[entry.id] = attrs.evolve(
            existing,
            tags=tuple(
                TagHit(tag_id, TAGS[tag_id].topic, tuple(tags[tag_id]))
                for tag_id in TAGS
                if tags.get(tag_id)
            ),
            facts=tuple(facts),
            sources=tuple(sources),
        )
    return attrs.evolve(extraction, cases=tuple(cases[case_id] for case_id in order))
