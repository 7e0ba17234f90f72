"""The content models: documents, evidence, facts, cases, questions and question sets.

Models are frozen attrs classes and know nothing of files; each file format has its own
converter (``quiz.qformat`` for question sets, ``quiz.curation`` for case files).
"""

from __future__ import annotations

import attrs


@attrs.frozen(order=True)
class Evidence:
    """A verbatim passage of a source document that supports a tag, a fact or a question."""

    doc: str
    """The document's name (its path relative to the seeds folder, or as given)."""
    start: int
    """Offset of the first character, in characters of the decoded text."""
    end: int
    """Offset one past the last character: ``text[start:end] == quote``."""
    quote: str
    """The passage, exactly as it stands in the document."""


@attrs.frozen
class TagHit:
    """A taxonomy tag found in a case or a document, with all the passages that show it."""

    id: str
    topic: str
    evidence: tuple[Evidence, ...]


@attrs.frozen
class Fact:
    """One thing a case document says about a case: who, when, how much, how, what came of it."""

    kind: str
    """``role``, ``sector``, ``date``, ``money``, ``quantity``, ``approach``, ``outcome``,
    ``contact``."""
    value: str
    """The fact in words a trainee reads, e.g. ``network administrator`` or ``7 years``."""
    evidence: Evidence
    number: float | None = None
    """The figure, for dates (the year), money and quantities."""
    unit: str | None = None
    """Currency code for money (``CNY``), the counted noun for quantities (``documents``)."""
    event: str | None = None
    """What happened then, for dates and outcomes: ``sentenced``, ``arrested``, ``recruited`` ..."""
    approximate: bool = False
    """The text gives a bound or an estimate ("more than 5,500", "hundreds of thousands")."""


@attrs.frozen
class Case:
    """One person's espionage case, possibly told in several documents."""

    id: str
    """A stable slug derived from the name, e.g. ``chen-wei``."""
    name: str
    """The name as the material gives it (``Li`` where only a surname is known)."""
    sources: tuple[str, ...]
    """The documents that tell the case."""
    tags: tuple[TagHit, ...]
    facts: tuple[Fact, ...]
    surname_only: bool = False
    title: str = ""
    """The title the report gives a person known by surname alone ("Dr")."""

    @property
    def display_name(self) -> str:
        """How a question names the person."""
        if not self.surname_only:
            return self.name
        if self.title:
            return f"{self.title} {self.name}"
        # Caught but not (yet) sentenced: a suspect; sentenced or never caught: a person.
        caught = any(f.kind == "outcome" for f in self.facts)
        sentenced = any(f.kind == "outcome" and f.event == "sentenced" for f in self.facts)
        return f"the {'suspect' if caught and not sentenced else 'person'} surnamed {self.name}"

    @property
    def tag_ids(self) -> frozenset[str]:
        return frozenset(hit.id for hit in self.tags)

    def tag(self, tag_id: str) -> TagHit | None:
        return next((hit for hit in self.tags if hit.id == tag_id), None)

    def facts_of(self, kind: str) -> list[Fact]:
        return [fact for fact in self.facts if fact.kind == kind]


@attrs.frozen
class DocumentSummary:
    """What extraction found that belongs to a document rather than to one case."""

    path: str
    sha256: str
    tags: tuple[TagHit, ...]


@attrs.frozen
class Extraction:
    """The result of reading a collection of case documents."""

    documents: tuple[DocumentSummary, ...]
    cases: tuple[Case, ...]

    def case(self, case_id: str) -> Case:
        return next(case for case in self.cases if case.id == case_id)


@attrs.frozen
class Choice:
    id: str
    text: str


@attrs.frozen
class MatchItem:
    """The left-hand side of a matching question (a case); its answer is a choice id."""

    id: str
    text: str


@attrs.frozen
class Question:
    """One generated question, as it is written to and read from a question set file."""

    id: str
    """Stable: derived from the question's content, not its position."""
    topic: str
    kind: str
    """``single``, ``multiple``, ``true-false``, ``ordering``, ``scenario``, ``matching``."""
    tags: tuple[str, ...]
    prompt: str
    choices: tuple[Choice, ...]
    answer: tuple[str, ...]
    """Choice ids: the right one(s); for ordering, every id in the right order; for matching,
    one choice id per item, in the order of ``items``."""
    explanation: str
    sources: tuple[Evidence, ...]
    case: str | None = None
    items: tuple[MatchItem, ...] = ()
    benign: bool | None = None
    """For look-alike questions: whether the situation described is harmless (a signal-detection
    item); ``None`` elsewhere."""


@attrs.frozen
class SourceDigest:
    doc: str
    sha256: str
    title: str = ""
    """The document's title (from ``sources.toml``), so that the app needs nothing else."""


@attrs.frozen
class QuestionSet:
    id: str
    title: str
    topic: str
    """A topic id, or ``mixed``."""
    description: str
    generator: str
    """The generator's version; a change means the set must be regenerated."""
    sources: tuple[SourceDigest, ...]
    questions: tuple[Question, ...]
    pass_mark: int = 80
    """Percent needed to pass."""
