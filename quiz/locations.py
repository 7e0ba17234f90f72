"""Where quiz looks for question sets and case material. See ``docs/locations.md``.

In order: the folder given on the command line (``--questions``, ``--seeds``); else
``questions/`` or ``seeds/`` in the current folder, when there is one; else the material
bundled with the package, read with :mod:`importlib.resources` (the wheel carries
``quiz/_bundled/questions`` and ``quiz/_bundled/seeds``, copied there from the repository's
top-level folders by ``setup.py`` when it is built). An editable install or a checkout has no
copy: it reads the repository's own folders beside the package.
"""

from __future__ import annotations

from pathlib import Path

from quiz.errors import InputError
from quiz.files import is_folder

QUESTIONS = "questions"
SEEDS = "seeds"
BUNDLED = "_bundled"
"""The package folder that holds the bundled ``questions/`` and ``seeds/`` in a wheel."""


def bundled_root() -> Path:
    """The folder holding the bundled ``questions/`` and ``seeds/``: inside the installed
    package, or (editable install, checkout) the repository around it."""
    from importlib import resources

    packaged = resources.files("quiz") / BUNDLED
    # A package installed from a wheel is plain files on disk, so this is a real path; only a
    # zipped package would not be, and quiz is never installed as one.
    if isinstance(packaged, Path) and packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parent.parent
    if (checkout / "pyproject.toml").is_file() and all(
        (checkout / name).is_dir() for name in (QUESTIONS, SEEDS)
    ):
        return checkout
    raise InputError(
        str(packaged),
        "the bundled question sets and case material are missing from this installation; "
        "reinstall quiz, or give --questions and --seeds",
    )


def in_package(path: Path) -> bool:
    """Whether ``path`` is inside the installed package's bundled material: read-only, and
    replaced by the next install. (A checkout's own folders are not.)"""
    from importlib import resources

    packaged = resources.files("quiz") / BUNDLED
    return isinstance(packaged, Path) and path.resolve().is_relative_to(packaged.resolve())


def bundled_questions() -> Path:
    return bundled_root() / QUESTIONS


def bundled_seeds() -> Path:
    return bundled_root() / SEEDS


def questions_folder(given: Path | None = None) -> Path:
    """The question sets to use: ``given``, else ``./questions`` if present, else the
    bundled sets."""
    if given is not None:
        return given
    here = Path(QUESTIONS)
    return here if is_folder(here) else bundled_questions()


def seeds_folder(given: Path | None = None) -> Path:
    """The case material to use: ``given``, else ``./seeds`` if present, else the bundled
    material."""
    if given is not None:
        return given
    here = Path(SEEDS)
    return here if is_folder(here) else bundled_seeds()
