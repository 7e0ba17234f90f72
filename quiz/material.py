"""The case material folder (``seeds/``): documents, their source details, the reporting channels
and the authors' case files. See ``docs/case-material.md``.

Layout::

    seeds/
      *.txt            case documents (UTF-8 plain text; a BOM is tolerated)
      sources.toml     title, publisher and date of each document
      channels.toml    the organisation's reporting channels (optional: generic ones below)
      cases/*.toml     corrections and additions to what extraction found (optional)
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path

import attrs

from quiz.curation import CaseCorrection, apply_case_files, read_case_file
from quiz.documents import Document
from quiz.errors import InputError
from quiz.extract import extract
from quiz.models import Evidence, Extraction
from quiz.qformat import locate, read_toml, structure, structure_problems

SOURCES_FILE = "sources.toml"
CHANNELS_FILE = "channels.toml"
CASES_DIR = "cases"


@attrs.frozen
class SourceDetails:
    """Where a case document comes from."""

    file: str
    title: str
    publisher: str = ""
    date: str = ""
    """Publication date, ISO 8601 (``2024-01-11``) or as precise as known (``2019-11``)."""
    url: str = ""
    note: str = ""


@attrs.frozen
class _SourcesFile:
    documents: tuple[SourceDetails, ...] = ()


@attrs.frozen
class Channel:
    """One way to report, in the organisation's own words."""

    id: str
    """The reporting tag it stands for: ``hotline``, ``online-report``, ``security-office``,
    ``self-surrender`` (or ``report-early``)."""
    name: str
    """What trainees read, e.g. ``the national security hotline``."""
    action: str
    """What to do, e.g. ``Call the national security hotline on 12339``."""
    contact: str = ""
    """The number or address, if any (``12339``); numbers get "which number?" questions."""


@attrs.frozen
class _ChannelsFile:
    organisation: str = ""
    channels: tuple[Channel, ...] = ()


_SECURITY_OFFICE = Channel(
    "security-office",
    "your organisation's security office",
    "Tell your organisation's security office or your superiors",
)
"""The channel every organisation has: the generic one and the seed material's alike."""

GENERIC_CHANNELS = _ChannelsFile(
    organisation="generic channels: your own organisation's security office",
    channels=(
        _SECURITY_OFFICE,
        Channel(
            "self-surrender",
            "your organisation's security office, coming forward voluntarily",
            "Come forward voluntarily to your organisation's security office or the authorities "
            "and explain everything",
        ),
    ),
)
"""Taught where the material has no ``channels.toml``: nobody's hotline, only the channel every
organisation has. A hotline is taught only where an organisation names its own."""

SEED_CHANNELS = _ChannelsFile(
    organisation="the seed material's default channels",
    channels=(
        Channel(
            "hotline",
            "the national security reporting hotline",
            "Call the national security reporting hotline on 12339",
            "12339",
        ),
        Channel(
            "online-report",
            "the national security organs' online report acceptance platform",
            "Report it on the national security organs' online report acceptance platform",
        ),
        _SECURITY_OFFICE,
        Channel(
            "self-surrender",
            "the national security organs, coming forward voluntarily",
            "Come forward voluntarily to the national security organs and explain everything",
        ),
    ),
)


@attrs.frozen
class Material:
    """Everything generation reads from the seeds folder."""

    root: Path
    documents: tuple[Document, ...]
    details: dict[str, SourceDetails]
    channels: tuple[Channel, ...]
    channel_evidence: dict[str, Evidence]
    """For each channel id, the passage of ``channels.toml`` that defines its action (grounding
    for questions that name the channel), when the channels come from a file."""
    case_files: tuple[CaseCorrection, ...]
    extraction: Extraction
    """What extraction found, with the case files applied."""

    @property
    def question_verdicts(self) -> dict[str, str]:
        """An author's accept or reject for each reviewed question (by id)."""
        return {
            verdict.id: verdict.verdict
            for correction in self.case_files
            for verdict in correction.file.questions
        }

    @property
    def garbled(self) -> tuple[Evidence, ...]:
        """Passages the case files mark as garbled: never quoted in a question."""
        return tuple(e for correction in self.case_files for e in correction.garbled)

    def title(self, doc: str) -> str:
        if doc == CHANNELS_FILE:
            return "your organisation's reporting channels"
        details = self.details.get(doc)
        if details is not None:
            return details.title
        found = self._by_name.get(doc)
        if found is None:
            return doc
        return found.headline or doc

    def document(self, doc: str) -> Document:
        """The document of that name; raises StopIteration, as its callers expect, where the
        material has none (the channels file)."""
        found = self._by_name.get(doc)
        if found is None:
            raise StopIteration(doc)
        return found

    @cached_property
    def _by_name(self) -> dict[str, Document]:
        # (Looked up once per question written: a scan of every document made generation
        # grow with the square of the material.)
        return {d.name: d for d in reversed(self.documents)}


def document_paths(root: Path) -> list[Path]:
    """The case documents of a seeds folder, in name order."""
    from quiz.files import folder_files

    return folder_files(root, ".txt")


def load_material(root: Path) -> Material:
    """Read and extract a seeds folder; raises :class:`InputError` on the first bad file."""
    from quiz.files import folder_files, is_folder

    if not is_folder(root):
        raise InputError(str(root), "not a folder of case material")
    documents = tuple(Document.read(path, path.name) for path in document_paths(root))
    if not documents:
        raise InputError(str(root), "no case documents (*.txt) in the folder")
    details = read_details(root)
    channels, channel_evidence = _read_channels(root)
    case_files = tuple(
        read_case_file(path, f"{CASES_DIR}/{path.name}", {d.name: d for d in documents})
        for path in folder_files(root / CASES_DIR, ".toml")
    )
    extraction = apply_case_files(extract(documents), case_files)
    return Material(root, documents, details, channels, channel_evidence, case_files, extraction)


def read_details(root: Path) -> dict[str, SourceDetails]:
    from quiz.files import path_exists

    path = root / SOURCES_FILE
    if not path_exists(path):
        return {}
    data, text = read_toml(path, SOURCES_FILE)
    parsed = structure(data, _SourcesFile, SOURCES_FILE, text)
    return {entry.file: entry for entry in parsed.documents}


def teaches_seed_channels(root: Path) -> bool:
    """Whether a seeds folder's ``channels.toml`` names nothing but the seed material's own
    channels (the shipped file): questions generated from it teach another country's hotline,
    not the organisation's."""
    from quiz.files import path_exists

    if not path_exists(root / CHANNELS_FILE):
        return False
    channels, _evidence = _read_channels(root)
    defaults = {(c.id, c.action) for c in SEED_CHANNELS.channels}
    return {(c.id, c.action) for c in channels} <= defaults


def teaches_generic_channels(root: Path) -> bool:
    """Whether a seeds folder has no ``channels.toml``: its questions teach the generic
    channels (the organisation's security office), not the organisation's own."""
    from quiz.files import path_exists

    return not path_exists(root / CHANNELS_FILE)


def _read_channels(root: Path) -> tuple[tuple[Channel, ...], dict[str, Evidence]]:
    from quiz.files import path_exists

    path = root / CHANNELS_FILE
    if not path_exists(path):
        return GENERIC_CHANNELS.channels, {}
    data, text = read_toml(path, CHANNELS_FILE)
    problems = structure_problems(data, _ChannelsFile, CHANNELS_FILE, text)
    if problems:
        raise problems[0]
    parsed = structure(data, _ChannelsFile, CHANNELS_FILE, text)
    evidence: dict[str, Evidence] = {}
    known = {"hotline", "online-report", "security-office", "self-surrender", "report-early"}
    for number, channel in enumerate(parsed.channels):
        if channel.id not in known:
            raise InputError(
                CHANNELS_FILE,
                f"channels[{number}].id: {channel.id!r} is not a reporting tag "
                f"({', '.join(sorted(known))})",
                locate(text, f"channels[{number}].id"),
            )
        for field in ("name", "action"):
            if not getattr(channel, field).strip():
                raise InputError(
                    CHANNELS_FILE,
                    f"channels[{number}].{field}: empty",
                    locate(text, f"channels[{number}].{field}"),
                )
        start = text.find(channel.action)
        if start >= 0:
            evidence[channel.id] = Evidence(
                CHANNELS_FILE, start, start + len(channel.action), channel.action
            )
    if not parsed.channels:
        raise InputError(CHANNELS_FILE, "no [[channels]] given")
    return parsed.channels, evidence
