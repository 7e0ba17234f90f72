"""Shared fixtures: the project's paths, the seed material read once, and isolated copies."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from quiz.material import Material, load_material

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
QUESTIONS = ROOT / "questions"
CORPUS = Path(__file__).resolve().parent / "corpus"


@pytest.fixture(scope="session")
def material() -> Material:
    return load_material(SEEDS)


@pytest.fixture(autouse=True)
def _private_user_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch) -> None:
    """No test touches the real user's score store or cache."""
    folder = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("QUIZ_DB", str(folder / "scores.sqlite3"))
    monkeypatch.setenv("QUIZ_CACHE", str(folder / "cache"))


@pytest.fixture
def seeds_copy(tmp_path: Path) -> Path:
    """A writable copy of seeds/ that a test may change."""
    target = tmp_path / "seeds"
    shutil.copytree(SEEDS, target)
    return target


def corpus_material(folder: str, tmp_path_factory: pytest.TempPathFactory) -> Material:
    """A held-out corpus's reports (``tests/<folder>/*.txt``, without its labels), read as case
    material from a copy."""
    seeds = tmp_path_factory.mktemp(folder)
    for text in (CORPUS.parent / folder).glob("*.txt"):
        shutil.copy(text, seeds / text.name)
    return load_material(seeds)


def corpus_document(folder: str, file: str):  # type: ignore[no-untyped-def]
    """One report of a held-out corpus (``tests/<folder>/<file>``), read."""
    from quiz.documents import Document

    return Document.read(CORPUS.parent / folder / file, file)


def corpus_cases(folder: str, file: str) -> dict[str, frozenset[str]]:
    """The cases extraction finds in one report of a held-out corpus, with their tags."""
    from quiz.extract import extract

    return {c.name: frozenset(c.tag_ids) for c in extract([corpus_document(folder, file)]).cases}


def corpus_facts(folder: str, file: str, kind: str) -> dict[str, list[str]]:
    """One kind of fact ("role", "sector") per case extraction finds in one report of a held-out
    corpus."""
    from quiz.extract import extract

    return {
        case.name: [f.value for f in case.facts if f.kind == kind]
        for case in extract([corpus_document(folder, file)]).cases
    }


def drafts_of(drafts, case: str):  # type: ignore[no-untyped-def]
    """The drafts built from one case; there is at least one."""
    found = [d for d in drafts if d.case == case]
    assert found, case
    return found


def case_frame(material: Material, name: str):  # type: ignore[no-untyped-def]
    """The frame the situations of the case named ``name`` are told from."""
    from quiz.frames import build_frame
    from quiz.scenario_material import scenario_material

    (case,) = [c for c in material.extraction.cases if c.name == name]
    return build_frame(case, scenario_material())


def response_for(question, right: bool = True) -> list[str]:  # type: ignore[no-untyped-def]
    """The choice ids a trainee gives to answer ``question`` right, or wrong."""
    if right:
        return list(question.answer)
    wrong = next(c.id for c in question.choices if c.id not in question.answer)
    if question.kind == "matching":
        return [wrong] * len(question.items)
    if question.kind == "ordering":
        return list(reversed(question.answer))
    return [wrong]
