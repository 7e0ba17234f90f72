"""Build hook: ship the bundled question sets and case material inside the package.

The design keeps ``questions/`` and ``seeds/`` at the top of the repository. When a wheel is
built (``pip install .``, ``pip wheel .``), they are copied into the build as
``quiz/_bundled/questions`` and ``quiz/_bundled/seeds``, where an installed quiz finds them
with ``importlib.resources`` from any folder (``quiz/locations.py``). Nothing is duplicated
in git. An editable install (``pip install -e .``) copies nothing: it reads the repository's
folders beside the package. The metadata lives in ``pyproject.toml``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
CONTENT = ("questions", "seeds")
TARGET = Path("quiz", "_bundled")


class BuildWithContent(build_py):
    """``build_py`` that also copies the top-level content folders into the package."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        target = Path(self.build_lib) / TARGET
        # A build folder left by an earlier build must not keep files removed since.
        shutil.rmtree(target, ignore_errors=True)
        for name in CONTENT:
            shutil.copytree(
                ROOT / name, target / name, ignore=shutil.ignore_patterns(".*", "__pycache__")
            )


setup(cmdclass={"build_py": BuildWithContent})
