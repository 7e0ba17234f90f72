"""The author's review screen: a case's documents with each tag's evidence highlighted; accept
or reject each tag and each generated question, give a passage a tag, correct a fact, mark a
passage garbled. Every decision is written to the case file at once (``quiz.authoring``) and
honoured by ``quiz generate``.

Opened from a case in the case library (``r``) or directly with ``quiz author``. Text from
documents and question files is data: shown through :func:`~quiz.ui.widgets.literal` and styled
spans, never parsed as markup.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import attrs
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content, Span
from textual.screen import ModalScreen, Screen
from textual.widgets import Footer, Header, Input, OptionList, Static
from textual.widgets.option_list import Option

from quiz.authoring import CaseFileEditor, decisions
from quiz.curation import CaseCorrection
from quiz.errors import InputError
from quiz.material import Material
from quiz.models import Case, Evidence, Fact, Question
from quiz.taxonomy import TAGS
from quiz.ui.widgets import literal


@attrs.frozen
class Item:
    """One row of the review list: a tag, a fact or a generated question."""

    kind: str
    """``tag``, ``fact`` or ``question``."""
    key: str
    """The tag id, the fact's kind and value, or the question id."""
    evidence: tuple[Evidence, ...]
    fact: Fact | None = None
    question: Question | None = None


class ReviewScreen(Screen[None]):
    """Review one case; ``[`` and ``]`` move to the previous and next case."""

    BINDINGS = [
        Binding("a", "decide('accept')", "Accept"),
        Binding("x", "decide('reject')", "Reject"),
        Binding("j", "sentence(1)", "Next sentence"),
        Binding("k", "sentence(-1)", "Prev sentence"),
        Binding("t", "tag_sentence", "Tag sentence"),
        Binding("g", "garbled", "Garbled"),
        Binding("e", "edit_fact", "Edit fact"),
        Binding("right_square_bracket", "case(1)", "Next case"),
        Binding("left_square_bracket", "case(-1)", "Prev case"),
        Binding("d", "next_document", "Next doc", show=False),
        Binding("escape", "leave", "Back"),
    ]

    def __init__(self, material: Material, questions: list[Question], case_index: int = 0) -> None:
        super().__init__()
        self.material = material
        self.all_questions = questions
        self.cases: list[Case] = list(material.extraction.cases)
        self.case_index = case_index
        self.doc_index = 0
        self.sentence_index = 0
        self.items: list[Item] = []
        self.made: dict[str, object] = {}

    # --- layout -------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="review-head")
        with Horizontal(id="review-body"):
            with Vertical(id="review-left"):
                yield OptionList(id="review-items", markup=False)
            with VerticalScroll(id="review-doc"):
                yield Static(id="review-text")
        yield Static(id="review-status")
        yield Footer()

    def on_mount(self) -> None:
        self.show_case()

    @property
    def case(self) -> Case:
        return self.cases[self.case_index]

    @property
    def editor(self) -> CaseFileEditor:
        return CaseFileEditor.of(self.material, self.case)

    @property
    def doc(self) -> str:
        return self.case.sources[self.doc_index % len(self.case.sources)]

    def show_case(self) -> None:
        case = self.case
        correction = next((c for c in self.material.case_files if c.file.case.id == case.id), None)
        self.made = decisions(correction)
        questions = {q.id: q for q in self.all_questions if q.case == case.id}
        self.items = (
            [Item("tag", hit.id, hit.evidence) for hit in case.tags]
            + [
                Item("fact", f"{f.kind}: {f.value}", (f.evidence,), fact=f)
                for f in case.facts
                if f.kind != "approach"
            ]
            + [Item("question", q.id, q.sources, question=q) for q in questions.values()]
        )
        self.doc_index = 0
        self.sentence_index = 0
        option_list = self.query_one("#review-items", OptionList)
        option_list.clear_options()
        for item in self.items:
            option_list.add_option(Option(self.row(item)))
        if self.items:
            option_list.highlighted = 0
        option_list.focus()
        self.query_one("#review-head", Static).update(
            literal(
                f"Case {self.case_index + 1} of {len(self.cases)}: {case.name} · "
                f"{len(case.tags)} tags, {len(questions)} questions · writes "
                f"{self.editor.label}"
            )
        )
        self.show_document()

    def row(self, item: Item) -> Content:
        if item.kind == "tag":
            return literal(f"{self.mark('tags', item.key)} tag  {item.key}: {TAGS[item.key].label}")
        if item.kind == "question" and item.question is not None:
            return literal(f"{self.mark('questions', item.key)} q    {item.question.prompt[:120]}")
        return literal(f"  fact {item.key}")

    def mark(self, what: str, key: str) -> str:
        """✓ accepted, ✗ rejected, · not yet reviewed."""
        if key in self.made[f"{what}_accepted"]:  # type: ignore[operator]
            return "✓"
        return "✗" if key in self.made[f"{what}_rejected"] else "·"  # type: ignore[operator]

    def current(self) -> Item | None:
        highlighted = self.query_one("#review-items", OptionList).highlighted
        if highlighted is None or not self.items:
            return None
        return self.items[highlighted]

    def show_document(self) -> None:
        document = self.material.document(self.doc)
        item = self.current()
        evidence = [e for e in (item.evidence if item else ()) if e.doc == self.doc]
        sentences = document.sentences
        self.sentence_index = max(0, min(self.sentence_index, len(sentences) - 1))
        spans = [Span(e.start, e.end, "reverse") for e in evidence]
        if sentences:
            cursor = sentences[self.sentence_index]
            spans.append(Span(cursor.start, cursor.end, "underline"))
        text = literal(document.text)
        self.query_one("#review-text", Static).update(Content(text.plain, spans=spans))
        if evidence:
            self.scroll_to_offset(evidence[0].start)

    def scroll_to_offset(self, offset: int) -> None:
        document = self.material.document(self.doc)
        line = document.text.count("\n", 0, offset)
        self.query_one("#review-doc", VerticalScroll).scroll_to(y=max(0, line - 2), animate=False)

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        item = self.current()
        if item and item.evidence and item.evidence[0].doc in self.case.sources:
            self.doc_index = self.case.sources.index(item.evidence[0].doc)
        self.show_document()

    def say(self, message: str, error: bool = False) -> None:
        status = self.query_one("#review-status", Static)
        status.set_class(error, "error")
        status.update(literal(message))

    def refresh_rows(self) -> None:
        option_list = self.query_one("#review-items", OptionList)
        highlighted = option_list.highlighted
        for index, item in enumerate(self.items):
            option_list.replace_option_prompt_at_index(index, self.row(item))
        option_list.highlighted = highlighted

    def record(self, action: str, make: Callable[[], CaseCorrection]) -> None:
        """Run a decision; show where it was written, or the one-line reason it was not."""
        try:
            correction = make()
        except InputError as err:
            self.say(f"Not saved: {err}", error=True)
            return
        self.made = decisions(correction)
        self.replace_case_file(correction)
        self.refresh_rows()
        self.say(f"Saved to {self.editor.label}: {action}")

    def replace_case_file(self, correction: CaseCorrection) -> None:
        files = [c for c in self.material.case_files if c.file.case.id != self.case.id]
        self.material = attrs.evolve(self.material, case_files=(*files, correction))

    # --- decisions ----------------------------------------------------------------------------

    def action_decide(self, verdict: str) -> None:
        item = self.current()
        if item is None or item.kind == "fact":
            self.say("Accept and reject apply to tags and questions; e edits a fact.")
            return
        editor = self.editor
        if item.kind == "tag":
            make = editor.accept_tag if verdict == "accept" else editor.reject_tag
            self.record(f"{verdict}ed tag {item.key}", lambda: make(item.key))
        else:
            self.record(
                f"{verdict}ed question {item.key}",
                lambda: editor.question_verdict(item.key, verdict),
            )

    def action_sentence(self, step: int) -> None:
        self.sentence_index += step
        self.show_document()
        document = self.material.document(self.doc)
        if document.sentences:
            self.scroll_to_offset(document.sentences[self.sentence_index].start)

    def action_next_document(self) -> None:
        self.doc_index = (self.doc_index + 1) % len(self.case.sources)
        self.sentence_index = 0
        self.show_document()

    def cursor_span(self) -> tuple[str, int, int] | None:
        document = self.material.document(self.doc)
        if not document.sentences:
            return None
        sentence = document.sentences[self.sentence_index]
        return self.doc, sentence.start, sentence.end

    def action_tag_sentence(self) -> None:
        span = self.cursor_span()
        if span is None:
            return

        def chosen(tag_id: str | None) -> None:
            if tag_id:
                self.record(
                    f"tagged the sentence {tag_id}",
                    lambda: self.editor.tag_passage(tag_id, *span),
                )

        self.app.push_screen(TagPicker(), chosen)

    def action_garbled(self) -> None:
        span = self.cursor_span()
        if span is not None:
            self.record("marked the sentence garbled", lambda: self.editor.mark_garbled(*span))

    def action_edit_fact(self) -> None:
        item = self.current()
        if item is None or item.fact is None:
            self.say("Highlight a fact to correct it.")
            return
        fact = item.fact

        def corrected(value: str | None) -> None:
            if value and value != fact.value:
                evidence = fact.evidence
                self.record(
                    f"corrected {fact.kind} to {value!r}",
                    lambda: self.editor.correct_fact(
                        fact.kind, fact.value, value, evidence.doc, evidence.start, evidence.end
                    ),
                )

        self.app.push_screen(FactEditor(fact), corrected)

    def action_case(self, step: int) -> None:
        self.case_index = (self.case_index + step) % len(self.cases)
        self.show_case()

    def action_leave(self) -> None:
        if len(self.app.screen_stack) > 2:
            self.app.pop_screen()
        else:
            self.app.exit()


class TagPicker(ModalScreen[str | None]):
    """Choose the tag to give the sentence under the cursor."""

    BINDINGS = [Binding("escape", "dismiss_none", "Cancel")]

    def compose(self) -> ComposeResult:
        with Vertical(id="picker"):
            yield Static(literal("Give the sentence which tag? (Enter chooses, Esc cancels)"))
            yield OptionList(
                *[Option(literal(f"{t.id}: {t.label}"), id=t.id) for t in TAGS.values()],
                id="picker-tags",
                markup=False,
            )

    def on_mount(self) -> None:
        self.query_one("#picker-tags", OptionList).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_dismiss_none(self) -> None:
        self.dismiss(None)


class FactEditor(ModalScreen[str | None]):
    """Correct a fact's value; its passage stays the evidence."""

    BINDINGS = [Binding("escape", "dismiss_none", "Cancel")]

    def __init__(self, fact: Fact) -> None:
        super().__init__()
        self.fact = fact

    def compose(self) -> ComposeResult:
        with Vertical(id="picker"):
            yield Static(literal(f"Correct the {self.fact.kind} (Enter saves, Esc cancels):"))
            yield Input(value=self.fact.value, id="fact-value")
            yield Static(literal(f"Passage: “{self.fact.evidence.quote[:200]}”"))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value)

    def action_dismiss_none(self) -> None:
        self.dismiss(None)


class AuthorApp(App[None]):
    """``quiz author``: the review screen on its own."""

    CSS_PATH = "app.tcss"
    TITLE = "Review the case material"
    BINDINGS = [Binding("ctrl+c", "quit", "Quit", show=False, priority=True)]

    def __init__(
        self, material: Material, questions: list[Question], case_id: str | None = None
    ) -> None:
        super().__init__()
        self.material = material
        self.questions = questions
        ids = [c.id for c in material.extraction.cases]
        self.start = ids.index(case_id) if case_id in ids else 0

    def on_mount(self) -> None:
        self.push_screen(ReviewScreen(self.material, self.questions, self.start))


def build_author_app(seeds: Path, questions: Path, case_id: str | None = None) -> AuthorApp:
    """The construction point for ``quiz author`` and the tests."""
    from quiz.material import load_material
    from quiz.validate import load_sets

    material = load_material(seeds)
    if not material.extraction.cases:
        raise InputError(str(seeds), "no case in the material to review")
    if case_id is not None and case_id not in {c.id for c in material.extraction.cases}:
        raise InputError(str(seeds), f"no case {case_id!r} (quiz extract lists the cases)")
    sets = load_sets(questions) if questions.is_dir() else []
    unique = {q.id: q for s in sets for q in s.questions}
    return AuthorApp(material, list(unique.values()), case_id)
