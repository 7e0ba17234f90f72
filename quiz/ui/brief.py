"""Case briefs: what a trainee must have read to answer a question about a named case.

Scenario questions describe their situation in full; a question that asks about a case by name
("Looking back at the case of Zhang Xiangbin: ...") is answerable only by someone who knows the
case, so it is shown with a brief first: the case's own passages, verbatim, from the question
and then from the other questions about the same case, in the order the documents tell them.
Plain Python: the screens show the text, always as data, never as markup.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

import attrs

from quiz.models import Evidence, Question, QuestionSet

PASSAGES = 3
"""At most this many passages: a brief is read in a few seconds."""

_NAMED = re.compile(r"\bThe case of (.+?) \(")


_ASKS_ABOUT = re.compile(r"\bthe case of (.+?)(?:[:?,]|$)", re.IGNORECASE)


def asks_about_a_case(question: Question) -> str | None:
    """The name of the case the prompt asks about ("... the case of Zhang Xiangbin: ..."), or
    None for a question that tells its own situation (scenarios, timelines)."""
    found = _ASKS_ABOUT.search(question.prompt)
    return found.group(1).strip() if found else None


def _case_passage(evidence: Evidence) -> bool:
    """Passages of the reports; a material file (``channels.toml``) states channels, not a case."""
    return not evidence.doc.endswith(".toml")


@attrs.frozen
class CaseBrief:
    name: str
    """How the case is named: ``Zhang Xiangbin``, ``the suspect surnamed Li``."""
    passages: tuple[tuple[str, str], ...]
    """(document title, verbatim quote), in the order the documents tell them."""

    def text(self) -> str:
        lines = [f"Case brief: the case of {self.name}"]
        shown_title = None
        for title, quote in self.passages:
            if title != shown_title:
                lines.append(f"From “{title}”:" if title else "From the case material:")
                shown_title = title
            lines.append(f"  “{quote}”")
        return "\n".join(lines)


@attrs.define
class CaseBriefs:
    """The briefs of every case the loaded sets ask about, built on first use."""

    sets: Iterable[QuestionSet]
    titles: Mapping[str, str]
    """Document name to title."""
    _passages: dict[str, list[Evidence]] | None = None
    _names: dict[str, str] = attrs.Factory(dict)

    def _index(self) -> dict[str, list[Evidence]]:
        if self._passages is None:
            passages: dict[str, list[Evidence]] = {}
            for question_set in self.sets:
                if question_set.id.startswith("case-") and question_set.title.startswith(
                    "The case of "
                ):
                    self._names.setdefault(
                        question_set.id.removeprefix("case-"),
                        question_set.title.removeprefix("The case of "),
                    )
                for question in question_set.questions:
                    if question.case is None:
                        continue
                    named = _NAMED.search(question.explanation)
                    if named:
                        self._names.setdefault(question.case, named.group(1))
                    known = passages.setdefault(question.case, [])
                    known += [e for e in question.sources if _case_passage(e) and e not in known]
            self._passages = passages
        return self._passages

    def brief(self, question: Question) -> CaseBrief | None:
        """The brief shown before ``question``, or None when it needs none (or the sets hold
        no passage of the case it names)."""
        name = asks_about_a_case(question)
        if name is None:
            return None
        index = self._index()
        case = question.case or next(
            (case for case, known in self._names.items() if known.lower() == name.lower()), None
        )
        if case is None or not index.get(case):
            return None
        own = [e for e in dict.fromkeys(question.sources) if _case_passage(e)]
        others = sorted((e for e in index[case] if e not in own), key=lambda e: (e.doc, e.start))
        chosen: list[Evidence] = []
        for evidence in [*own, *others]:
            if any(_within(evidence, kept) for kept in chosen):
                continue  # already shown, whole
            # A passage that holds one already chosen takes its place.
            chosen = [kept for kept in chosen if not _within(kept, evidence)]
            if len(chosen) == PASSAGES:
                break
            chosen.append(evidence)
        chosen.sort(key=lambda e: (e.doc, e.start))
        return CaseBrief(
            self._names.get(case, name),
            tuple((self.titles.get(e.doc, ""), e.quote) for e in chosen),
        )


def _within(inner: Evidence, outer: Evidence) -> bool:
    """The same passage, or part of it: shown once."""
    return inner.doc == outer.doc and outer.start <= inner.start and inner.end <= outer.end
