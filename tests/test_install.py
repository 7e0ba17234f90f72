"""Installed as a user installs it (issue 9, finding 7): the package built as a wheel from a
copy of the source (``pip install .``, non-editable) into a fresh virtual environment, run
from a folder outside the repository. Offline: the wheel is built with this environment's
setuptools (no build isolation) and the fresh environment borrows this one's dependencies
through a ``.pth`` file, so nothing is downloaded."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from .conftest import QUESTIONS, ROOT, SEEDS

pytestmark = pytest.mark.slow

SOURCE = ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md", "quiz", "questions", "seeds")


def _call(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    return subprocess.run(
        [str(a) for a in args], cwd=cwd, capture_output=True, text=True, timeout=300, env=env
    )


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The ``bin`` folder of a fresh virtual environment with quiz installed from a wheel."""
    work = tmp_path_factory.mktemp("install")
    source = work / "source"
    source.mkdir()
    for name in SOURCE:
        path = ROOT / name
        if path.is_dir():
            shutil.copytree(
                path, source / name, ignore=shutil.ignore_patterns("__pycache__", "_bundled")
            )
        else:
            shutil.copy2(path, source / name)
    wheels = work / "wheels"
    built = _call(
        sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
        "--no-index", "--wheel-dir", wheels, source, cwd=work,
    )  # fmt: skip
    assert built.returncode == 0, built.stderr
    venv = work / "venv"
    made = _call(sys.executable, "-m", "venv", "--without-pip", venv, cwd=work)
    assert made.returncode == 0, made.stderr
    fresh = venv / "bin" / "python"
    site = _call(
        fresh, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])", cwd=work
    ).stdout.strip()
    # Dependencies from this environment, after the fresh one's own site-packages: the quiz
    # imported is the installed one, never this checkout.
    Path(site, "dependencies.pth").write_text(
        sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8"
    )
    wheel = next(wheels.glob("quiz-*.whl"))
    done = _call(
        sys.executable, "-m", "pip", "--python", fresh, "install", "--quiet", "--no-deps",
        "--no-index", wheel, cwd=work,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return venv / "bin"


@pytest.fixture
def elsewhere(tmp_path: Path) -> Path:
    """A folder outside the repository, with no questions/ or seeds/."""
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    return folder


def test_the_installed_package_is_not_the_checkout(installed: Path, elsewhere: Path) -> None:
    where = _call(installed / "python", "-c", "import quiz; print(quiz.__file__)", cwd=elsewhere)
    assert where.returncode == 0, where.stderr
    assert Path(where.stdout.strip()).is_relative_to(installed.parent)
    assert not Path(where.stdout.strip()).is_relative_to(ROOT)


def test_validate_and_lint_find_the_bundled_sets_from_any_folder(
    installed: Path, elsewhere: Path
) -> None:
    bundled = len(list(QUESTIONS.glob("*.toml"))) + len(list((SEEDS / "cases").glob("*.toml")))
    result = _call(installed / "quiz", "validate", cwd=elsewhere)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"{bundled} file(s) valid\n"
    linted = _call(installed / "quiz", "lint", cwd=elsewhere)
    assert linted.returncode == 0, linted.stderr
    assert linted.stdout == f"{len(list(QUESTIONS.glob('*.toml')))} set(s): no findings\n"
    exported = _call(
        installed / "quiz", "bank", "export", "essentials", "--format", "gift", "-o", "e.gift",
        cwd=elsewhere,
    )  # fmt: skip
    assert exported.returncode == 0, exported.stderr
    assert (elsewhere / "e.gift").stat().st_size > 0
    assert sorted(p.name for p in elsewhere.iterdir()) == ["e.gift"]
    # The bundled sets teach the seed material's channels, and the material cannot be edited
    # where it is installed: the note says to copy it.
    note = exported.stderr.splitlines()[-1]
    assert note.startswith("quiz: note: the reporting channels taught are the seed material's")
    assert "copy the case material (" in note and "_bundled" in note


def test_the_app_opens_the_bundled_sets_from_any_folder(
    installed: Path, elsewhere: Path, tmp_path: Path
) -> None:
    script = (
        "import sys\nfrom pathlib import Path\n"
        "from quiz.locations import questions_folder\n"
        "from quiz.ui.app import build_app\n"
        "app = build_app(questions_folder(None), Path(sys.argv[1]), 'Ada')\n"
        "print(len(app.session.sets), app.seeds is not None and app.seeds.is_dir())\n"
    )
    result = _call(installed / "python", "-c", script, tmp_path / "s.sqlite3", cwd=elsewhere)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"{len(list(QUESTIONS.glob('*.toml')))} True\n"


def test_generate_on_your_own_material_from_any_folder(installed: Path, elsewhere: Path) -> None:
    own = elsewhere / "our-material"
    shutil.copytree(SEEDS, own)
    result = _call(
        installed / "quiz", "generate", "--seeds", "our-material", "--out", "our-sets",
        cwd=elsewhere,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    written = sorted(p.name for p in (elsewhere / "our-sets").glob("*.toml"))
    assert written == sorted(p.name for p in QUESTIONS.glob("*.toml"))
    checked = _call(
        installed / "quiz", "validate", "our-sets", "--seeds", "our-material", cwd=elsewhere
    )
    assert checked.returncode == 0, checked.stderr


def test_a_questions_folder_here_is_used_before_the_bundled_sets(
    installed: Path, elsewhere: Path
) -> None:
    (elsewhere / "questions").mkdir()
    shutil.copy2(QUESTIONS / "case-li.toml", elsewhere / "questions")
    result = _call(installed / "quiz", "lint", cwd=elsewhere)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "1 set(s): no findings\n"
    missing = _call(
        installed / "quiz", "drill", "new", "--set", "essentials", "-o", "d.toml", cwd=elsewhere
    )
    assert missing.returncode == 2
    assert missing.stderr == "quiz: questions: no question set 'essentials' (there are: case-li)\n"
