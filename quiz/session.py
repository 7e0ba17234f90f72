"""A trainee's session: the question sets, the store, the clock; what the app and the CLI share.

No Textual here: the app drives a :class:`Session`, and the tests can too.
"""

from __future__ import annotations

import secrets
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import UTC, datetime

import attrs

from quiz.engine import is_correct, plan
from quiz.errors import one_line
from quiz.models import Question, QuestionSet
from quiz.review import needs_review, schedule
from quiz.store import Attempt, ScoreStore, StoreError

TRAINEE_SETTING = "trainee"


def utc_now() -> datetime:
    return datetime.now(UTC)


def spark(values: Sequence[float]) -> str:
    """A one-line trend of percentages: ``▁▃▆█``."""
    bars = "▁▂▃▄▅▆▇█"
    return "".join(bars[min(len(bars) - 1, int(v / 100 * (len(bars) - 1) + 0.5))] for v in values)


@attrs.define
class Run:
    """An attempt under way: the questions in order, and how far the trainee has got."""

    attempt_id: int
    set_id: str
    title: str
    questions: list[Question]
    pass_mark: int
    position: int = 0
    results: list[tuple[Question, bool]] = attrs.Factory(list)

    @property
    def question(self) -> Question:
        return self.questions[self.position]

    @property
    def done(self) -> bool:
        return self.position >= len(self.questions)


@attrs.define
class Session:
    """Everything a trainee does, committed to the store as it happens."""

    sets: list[QuestionSet]
    store: ScoreStore
    trainee: str | None = None
    clock: Callable[[], datetime] = utc_now
    new_seed: Callable[[], int] = lambda: secrets.randbelow(2**31)
    questions: dict[str, Question] = attrs.field(init=False)
    set_of: dict[str, QuestionSet] = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        self.questions = {q.id: q for s in self.sets for q in s.questions}
        self.set_of = {s.id: s for s in self.sets}
        if self.trainee is None:
            self.trainee = self.store.setting(TRAINEE_SETTING)

    def remember(self, name: str) -> None:
        self.trainee = name.strip()
        self.store.set_setting(TRAINEE_SETTING, self.trainee)
        self.store.trainee_id(self.trainee, self.clock())

    @property
    def name(self) -> str:
        if not self.trainee:
            raise ValueError("no trainee yet")
        return self.trainee

    # --- starting ----------------------------------------------------------------------------

    def start(
        self,
        question_set: QuestionSet,
        *,
        count: int | None = None,
        shuffle: bool = False,
        only: Sequence[str] | None = None,
        mode: str = "practice",
    ) -> Run:
        seed = self.new_seed() if shuffle else 0
        ids = list(only) if only is not None else [q.id for q in question_set.questions]
        ordered = plan(ids, count=count, shuffle=shuffle, seed=seed)
        attempt_id = self.store.start_attempt(
            self.name,
            question_set.id,
            question_set.title,
            ordered,
            seed=seed,
            shuffled=shuffle,
            pass_mark=question_set.pass_mark,
            now=self.clock(),
            mode=mode,
        )
        return Run(
            attempt_id,
            question_set.id,
            question_set.title,
            [self.questions[i] for i in ordered],
            question_set.pass_mark,
        )

    def review_run(self) -> Run | None:
        due = self.due()
        if not due:
            return None
        review_set = QuestionSet(
            id="review",
            title="Review: questions due",
            topic="mixed",
            description="Questions you missed before, due for review.",
            generator="",
            sources=(),
            questions=tuple(self.questions[q] for q, _ in due),
        )
        return self.start(review_set, mode="review")

    def resume(self, attempt: Attempt | None = None) -> Run | None:
        """An interrupted attempt (the latest, unless one is named), at the first question not
        yet answered."""
        if attempt is None:
            attempt = self.interrupted()
        if attempt is None:
            return None
        questions = [self.questions[q] for q in attempt.question_ids]
        run = Run(
            attempt.id,
            attempt.set_id,
            attempt.set_title,
            questions,
            attempt.pass_mark,
            position=attempt.next_position,
        )
        for step in attempt.steps:
            run.results.append((self.questions[step.question_id], step.correct))
        return run

    def interrupted(self) -> Attempt | None:
        attempt = self.store.interrupted(self.name)
        if attempt is None or not self._resumable(attempt):
            return None
        return attempt

    def open_attempts(self, attempts: Sequence[Attempt] | None = None) -> list[Attempt]:
        """Every attempt left unfinished that can be resumed, newest first: starting another
        attempt does not make an earlier one disappear (of ``attempts`` as :meth:`scores`)."""
        if attempts is None:
            attempts = self.store.attempts(self.name)
        return [
            a
            for a in reversed(attempts)
            if not a.finished and a.mode != "drill" and self._resumable(a)
        ]

    def _resumable(self, attempt: Attempt) -> bool:
        # An attempt at questions no longer in the sets (or steps that are not its own) cannot
        # be resumed: it is left in the store as it is, and not offered.
        return all(q in self.questions for q in attempt.question_ids) and all(
            step.question_id in self.questions for step in attempt.steps
        )

    # --- answering -----------------------------------------------------------------------

    def answer(self, run: Run, response: Sequence[str], elapsed_ms: int | None) -> bool:
        """Grade and commit one answer (before any feedback is shown); returns the grade."""
        question = run.question
        correct = is_correct(question, response)
        now = self.clock()
        card = self.store.card(self.name, question.id)
        review = None
        if needs_review(card, correct):
            try:
                new_card, due = schedule(card, correct, now)
            except (ValueError, TypeError, KeyError, OverflowError) as err:
                raise StoreError(
                    f"{self.store.path}: damaged row in reviews (question {question.id}): "
                    f"the review card cannot be read ({one_line(str(err))[:80]})"
                ) from None
            review = (self.name, run.set_id, new_card, due)
        self.store.record_answer(
            run.attempt_id,
            run.position,
            question.id,
            response,
            correct=correct,
            topic=question.topic,
            tags=question.tags,
            benign=question.benign,
            now=now,
            elapsed_ms=elapsed_ms,
            review=review,
        )
        run.results.append((question, correct))
        return correct

    def advance(self, run: Run) -> None:
        """On to the next question; after the last one the attempt is finished in the store
        first (if that cannot be saved, the run stays where it was)."""
        if run.position + 1 >= len(run.questions):
            self.store.finish_attempt(run.attempt_id, self.clock())
        run.position += 1

    # --- reading back --------------------------------------------------------------------

    def due(self) -> list[tuple[str, str]]:
        return [(q, s) for q, s in self.store.due(self.name, self.clock()) if q in self.questions]

    def scores(self, attempts: Sequence[Attempt] | None = None) -> dict[str, tuple[int, int]]:
        """Per set id: (last, best) percent of finished attempts (of ``attempts`` when the
        trainee's attempts have just been read, else read from the store)."""
        found: dict[str, tuple[int, int]] = {}
        if attempts is None:
            attempts = self.store.attempts(self.name)
        for attempt in attempts:
            if attempt.finished and attempt.mode == "practice":
                _, best = found.get(attempt.set_id, (0, 0))
                found[attempt.set_id] = (attempt.percent, max(best, attempt.percent))
        return found


def breakdown(results: Sequence[tuple[Question, bool]], key: str) -> list[tuple[str, int, int]]:
    """Per topic (``key="topic"``) or per tag (``key="tags"``): (name, right, asked)."""
    asked: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for question, ok in results:
        names = [question.topic] if key == "topic" else list(question.tags)
        for name in names:
            asked[name] += 1
            right[name] += ok
    return [(name, right[name], asked[name]) for name in asked]
