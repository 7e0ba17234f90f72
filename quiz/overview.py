"""Read-outs of the content pipeline: the extraction as JSON or text, tag coverage, and a
case's facts as the case library lists them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from quiz.models import Case, Evidence, Extraction, Fact, QuestionSet, TagHit
from quiz.taxonomy import TAGS, TOPICS


def _evidence(evidence: Evidence) -> dict[str, Any]:
    return {
        "doc": evidence.doc,
        "start": evidence.start,
        "end": evidence.end,
        "quote": evidence.quote,
    }


def _tag(hit: TagHit) -> dict[str, Any]:
    return {"id": hit.id, "topic": hit.topic, "evidence": [_evidence(e) for e in hit.evidence]}


def _fact(fact: Fact) -> dict[str, Any]:
    data: dict[str, Any] = {"kind": fact.kind, "value": fact.value}
    for key in ("number", "unit", "event"):
        value = getattr(fact, key)
        if value is not None:
            data[key] = value
    if fact.approximate:
        data["approximate"] = True
    data["evidence"] = [_evidence(fact.evidence)]
    return data


def extraction_json(extraction: Extraction) -> dict[str, Any]:
    """The ``quiz extract --json`` document (see ``docs/extraction-json.md``)."""
    return {
        "documents": [
            {"path": d.path, "sha256": d.sha256, "tags": [_tag(t) for t in d.tags]}
            for d in extraction.documents
        ],
        "cases": [
            {
                "id": c.id,
                "name": c.name,
                "surname_only": c.surname_only,
                "sources": list(c.sources),
                "tags": [_tag(t) for t in c.tags],
                "facts": [_fact(f) for f in c.facts],
            }
            for c in extraction.cases
        ],
    }


LIBRARY_KINDS = ("role", "sector", "contact", "date", "money", "quantity", "outcome")
"""The order a case's facts are read in: who, the story's dates, what was paid and taken, what
came of it. (Approaches are told by the case's situations, not listed.)"""


def case_fact_lines(case: Case) -> list[str]:
    """A case's facts as the case library lists them, one line each (``kind: value (event)``):
    by kind in :data:`LIBRARY_KINDS` order, dates in time order (ISO dates sort as text),
    otherwise in the order the material gives them; a line said twice (the same fact found in
    two passages or two documents) is listed once."""
    order = {kind: number for number, kind in enumerate(LIBRARY_KINDS)}
    shown = [
        (order[fact.kind], fact.value if fact.kind == "date" else "", position, fact)
        for position, fact in enumerate(case.facts)
        if fact.kind in order
    ]
    lines: list[str] = []
    for *_key, fact in sorted(shown, key=lambda entry: entry[:3]):
        event = f" ({fact.event})" if fact.event else ""
        line = f"{fact.kind}: {fact.value}{event}"
        if line not in lines:
            lines.append(line)
    return lines


def _short(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def extraction_summary(extraction: Extraction) -> str:
    lines: list[str] = []
    for document in extraction.documents:
        tags = ", ".join(t.id for t in document.tags) or "none"
        lines.append(f"document {document.path} (sha256 {document.sha256[:12]}…)")
        lines.append(f"  document-level tags: {tags}")
    lines.append("")
    for case in extraction.cases:
        lines.append(f"case {case.id}: {case.name}   sources: {', '.join(case.sources)}")
        for topic in TOPICS:
            hits = [t for t in case.tags if t.topic == topic]
            if hits:
                lines.append(f"  {topic}: {', '.join(t.id for t in hits)}")
        for fact in case.facts:
            if fact.kind == "approach":
                continue
            event = f" ({fact.event})" if fact.event else ""
            lines.append(f"  {fact.kind}: {fact.value}{event}  «{_short(fact.evidence.quote, 60)}»")
        lines.append("")
    lines.append(f"{len(extraction.cases)} case(s) in {len(extraction.documents)} document(s)")
    return "\n".join(lines) + "\n"


def coverage_table(
    extraction: Extraction,
    sets: Sequence[QuestionSet],
    reviews: dict[str, dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """Per tag: the cases and documents that show it and the questions that test it; per case,
    what an author has reviewed (``reviews``, from the case files)."""
    questions = {q.id: q for s in sets for q in s.questions}
    rows = []
    for tag in TAGS.values():
        cases = sorted(c.id for c in extraction.cases if tag.id in c.tag_ids)
        documents = sorted(
            d.path for d in extraction.documents if any(t.id == tag.id for t in d.tags)
        )
        tested = sorted(q.id for q in questions.values() if tag.id in q.tags)
        supported = bool(cases or documents)
        rows.append(
            {
                "tag": tag.id,
                "topic": tag.topic,
                "cases": cases,
                "documents": documents,
                "questions": len(tested),
                "status": "covered" if tested else ("untested" if supported else "uncovered"),
            }
        )
    return {
        "tags": rows,
        "uncovered": [r["tag"] for r in rows if r["status"] == "uncovered"],
        "untested": [r["tag"] for r in rows if r["status"] == "untested"],
        "questions": len(questions),
        "reviewed": {
            case.id: (reviews or {}).get(case.id) or _not_reviewed() for case in extraction.cases
        },
    }


def _not_reviewed() -> dict[str, Any]:
    from quiz.authoring import decisions  # tomlkit is loaded only when reviews are shown

    return decisions(None)


def coverage_text(table: dict[str, Any]) -> str:
    lines = [f"{'tag':<26} {'topic':<14} {'cases':>5} {'docs':>4} {'questions':>9}  status"]
    for row in table["tags"]:
        lines.append(
            f"{row['tag']:<26} {row['topic']:<14} {len(row['cases']):>5} "
            f"{len(row['documents']):>4} {row['questions']:>9}  {row['status']}"
        )
    lines.append("")
    lines.append(f"{table['questions']} distinct questions")
    if table["uncovered"]:
        lines.append(
            "uncovered (the material does not show them): " + ", ".join(table["uncovered"])
        )
    if table["untested"]:
        lines.append("untested (shown but no question): " + ", ".join(table["untested"]))
    lines.append("")
    lines.append("reviewed by an author (seeds/cases/, quiz author):")
    for case_id, made in table.get("reviewed", {}).items():
        tags = (
            f"tags {len(made['tags_accepted'])} accepted, {len(made['tags_rejected'])} "
            f"rejected, {len(made['tags_added'])} added"
        )
        questions = (
            f"questions {len(made['questions_accepted'])} accepted, "
            f"{len(made['questions_rejected'])} rejected"
        )
        lines.append(f"  {case_id:<24} {tags}; {questions}; {made['garbled']} garbled")
    return "\n".join(lines) + "\n"
