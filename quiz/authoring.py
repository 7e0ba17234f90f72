"""An author's review decisions, written to the case file (``seeds/cases/<case-id>.toml``).

Every decision (accept or reject a tag, tag a passage, correct a fact, mark a passage garbled,
accept or reject a generated question) edits the file with tomlkit, so the author's comments and
layout stay as they were; the edited text is then read back like any case file (quotes checked
verbatim in their documents) before it replaces the old one atomically. A decision that would
make the file invalid raises :class:`~quiz.errors.InputError` and writes nothing.

The review screen (``quiz author``) calls these; so can a script.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs
import tomlkit
import tomlkit.exceptions
from tomlkit.items import AoT, Array, Table

from quiz.curation import CaseCorrection, case_file_from
from quiz.documents import Document
from quiz.errors import InputError
from quiz.files import path_exists, write_atomic
from quiz.material import CASES_DIR, Material
from quiz.models import Case
from quiz.qformat import parse_toml, read_toml
from quiz.taxonomy import TAGS


@attrs.define
class CaseFileEditor:
    """Decisions on one case, written to its case file as they are taken."""

    root: Path
    """The seeds folder."""
    case: Case
    documents: Mapping[str, Document]

    @classmethod
    def of(cls, material: Material, case: Case) -> CaseFileEditor:
        return cls(material.root, case, {d.name: d for d in material.documents})

    @property
    def path(self) -> Path:
        return self.root / CASES_DIR / f"{self.case.id}.toml"

    @property
    def label(self) -> str:
        return f"{CASES_DIR}/{self.case.id}.toml"

    # --- reading and writing ---------------------------------------------------------------

    def _load(self) -> tomlkit.TOMLDocument:
        if path_exists(self.path):
            _data, text = read_toml(self.path, self.label)  # strict, and only a regular file
            try:
                return tomlkit.parse(text)
            except tomlkit.exceptions.TOMLKitError as err:
                raise InputError(self.label, f"TOML syntax error: {err}") from None
        document = tomlkit.document()
        document.add(tomlkit.comment(f"Review of the case of {self.case.name} (quiz author)."))
        document.add(tomlkit.nl())
        return document

    def _save(self, document: tomlkit.TOMLDocument) -> CaseCorrection:
        _ensure_case(document, self.case)
        text = _ordered(document)
        # Read it back as every case file is read, before anything is written: a quote that
        # does not stand in its document, an unknown tag or key, is an error and the old file
        # stays.
        data, parsed = parse_toml(text.encode("utf-8"), self.label)
        correction = case_file_from(data, parsed, self.label, self.documents)
        write_atomic(self.path, text)
        return correction

    # --- decisions ---------------------------------------------------------------------------

    def accept_tag(self, tag_id: str) -> CaseCorrection:
        _known(tag_id)
        document = self._load()
        _remove(document, "drop_tags", tag_id)
        _add_unique(document, "reviewed_tags", tag_id)
        return self._save(document)

    def reject_tag(self, tag_id: str) -> CaseCorrection:
        _known(tag_id)
        document = self._load()
        _remove(document, "reviewed_tags", tag_id)
        _add_unique(document, "drop_tags", tag_id)
        tags = document.get("tags")
        if isinstance(tags, AoT):
            kept = [t for t in tags if t.get("id") != tag_id]
            if len(kept) != len(tags):
                del document["tags"]
                if kept:
                    document.append("tags", tomlkit.aot())
                    for table in kept:
                        document["tags"].append(table)
        return self._save(document)

    def tag_passage(self, tag_id: str, doc: str, start: int, end: int) -> CaseCorrection:
        """Give a passage of a document a tag: the passage becomes the tag's evidence."""
        _known(tag_id)
        quote = self._quote(doc, start, end)
        document = self._load()
        _remove(document, "drop_tags", tag_id)
        _add_unique(document, "reviewed_tags", tag_id)
        entry = tomlkit.table()
        entry.update({"id": tag_id, "doc": doc, "quote": quote, "start": start})
        _append_table(document, "tags", entry)
        return self._save(document)

    def correct_fact(
        self, kind: str, old_value: str, new_value: str, doc: str, start: int, end: int
    ) -> CaseCorrection:
        """Replace a fact's value: the old one is dropped, the new one quotes its passage."""
        new_value = " ".join(new_value.split())
        if not new_value:
            raise InputError(self.label, f"a {kind} fact needs a value")
        quote = self._quote(doc, start, end)
        document = self._load()
        _add_inline(document, "drop_facts", {"kind": kind, "value": old_value})
        entry = tomlkit.table()
        entry.update({"kind": kind, "value": new_value, "doc": doc, "quote": quote, "start": start})
        _append_table(document, "facts", entry)
        return self._save(document)

    def mark_garbled(self, doc: str, start: int, end: int) -> CaseCorrection:
        quote = self._quote(doc, start, end)
        document = self._load()
        _add_inline(document, "garbled", {"doc": doc, "quote": quote, "start": start})
        return self._save(document)

    def question_verdict(self, question_id: str, verdict: str, note: str = "") -> CaseCorrection:
        if verdict not in ("accept", "reject"):
            raise InputError(self.label, f"{verdict!r} is not accept or reject")
        document = self._load()
        questions = document.get("questions")
        if isinstance(questions, AoT):
            for table in questions:
                if table.get("id") == question_id:
                    table["verdict"] = verdict
                    if note:
                        table["note"] = note
                    elif "note" in table:
                        del table["note"]
                    return self._save(document)
        entry = tomlkit.table()
        entry.update({"id": question_id, "verdict": verdict, **({"note": note} if note else {})})
        _append_table(document, "questions", entry)
        return self._save(document)

    def _quote(self, doc: str, start: int, end: int) -> str:
        document = self.documents.get(doc)
        if document is None or not 0 <= start < end <= len(document.text):
            raise InputError(self.label, f"no passage {start}-{end} in {doc}")
        return document.text[start:end]


_DECIDED = (
    "tags_accepted",
    "tags_rejected",
    "tags_added",
    "questions_accepted",
    "questions_rejected",
)


def decisions(correction: CaseCorrection | None) -> dict[str, Any]:
    """What an author has decided for a case, for ``quiz coverage`` and the review screen."""
    if correction is None:
        return {key: [] for key in _DECIDED} | {"garbled": 0}
    case_file = correction.file
    return {
        "tags_accepted": sorted(case_file.reviewed_tags),
        "tags_rejected": sorted(case_file.drop_tags),
        "tags_added": sorted({t.id for t in case_file.tags}),
        "questions_accepted": sorted(q.id for q in case_file.questions if q.verdict == "accept"),
        "questions_rejected": sorted(q.id for q in case_file.questions if q.verdict == "reject"),
        "garbled": len(case_file.garbled),
    }


# --- TOML helpers -----------------------------------------------------------------------------


def _known(tag_id: str) -> None:
    if tag_id not in TAGS:
        raise InputError("quiz author", f"unknown tag {tag_id!r}")


def _ensure_case(document: tomlkit.TOMLDocument, case: Case) -> None:
    table = document.get("case")
    if table is None:
        table = tomlkit.table()
        table["id"] = case.id
        document["case"] = table


def _add_unique(document: tomlkit.TOMLDocument, key: str, value: str) -> None:
    array = document.get(key)
    if array is None:
        array = tomlkit.array()
        document[key] = array
    if value not in array:
        array.append(value)


def _remove(document: tomlkit.TOMLDocument, key: str, value: str) -> None:
    array = document.get(key)
    if isinstance(array, Array) and value in array:
        array.remove(value)


def _add_inline(document: tomlkit.TOMLDocument, key: str, entry: dict[str, Any]) -> None:
    """Add an inline table to a top-level list, unless one with the same text is there."""
    array = document.get(key)
    if array is None:
        array = tomlkit.array()
        document[key] = array
    same = ("kind", "value", "doc", "quote")
    if not any(all(old.get(k) == entry.get(k) for k in same) for old in array):
        table = tomlkit.inline_table()
        table.update(entry)
        array.append(table)


def _append_table(document: tomlkit.TOMLDocument, key: str, table: Table) -> None:
    existing = document.get(key)
    if existing is None:
        document.append(key, tomlkit.aot())
        existing = document[key]
    existing.append(table)


def _ordered(document: tomlkit.TOMLDocument) -> str:
    """The document with its plain keys (lists of tags, facts, passages) before the tables, as
    TOML requires: a key written after ``[case]`` would belong to it."""
    plain = [(k, v) for k, v in document.body if k is not None and not _is_table(v)]
    if not plain:
        return tomlkit.dumps(document)
    head = tomlkit.document()
    leading = []
    for key, value in document.body:
        if key is None:
            leading.append(value)
        else:
            break
    for item in leading:
        head.add(item)
    for key, value in plain:
        head.add(key.key, value)
    for key, value in document.body:
        if key is not None and _is_table(value):
            head.append(key.key, value)
    return tomlkit.dumps(head)


def _is_table(value: object) -> bool:
    return isinstance(value, (Table, AoT))
