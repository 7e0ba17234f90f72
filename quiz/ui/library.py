"""The case library: the cases, their facts and the sources with the evidence highlighted."""

from __future__ import annotations

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content, Span
from textual.screen import Screen
from textual.widgets import Footer, Header, OptionList, Static
from textual.widgets.option_list import Option

from quiz.errors import InputError
from quiz.models import Case
from quiz.overview import case_fact_lines
from quiz.taxonomy import TAGS
from quiz.ui.host import host
from quiz.ui.widgets import literal


class LibraryScreen(Screen[None]):
    """The cases: their facts with tags, and the source with the evidence highlighted."""

    BINDINGS = [Binding("escape", "app.pop_screen", "Back", show=True)]

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(literal("Reading the case material…"), id="library-status")
        yield OptionList(id="cases", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.load_cases()

    @work(thread=True, exclusive=True, exit_on_error=False)
    def load_cases(self) -> None:
        app = host(self)
        try:
            material = app.material()
        except InputError as err:
            self.app.call_from_thread(self.show_error, str(err))
            return
        self.app.call_from_thread(self.show_cases, list(material.extraction.cases))

    def show_error(self, message: str) -> None:
        self.query_one("#library-status", Static).update(literal(message))

    def show_cases(self, cases: list[Case]) -> None:
        self.cases = cases
        self.query_one("#library-status", Static).update(
            literal(f"{len(cases)} cases. Enter opens one.")
        )
        option_list = self.query_one("#cases", OptionList)
        for case in cases:
            sources = len(case.sources)
            option_list.add_option(
                Option(
                    literal(
                        f"{case.display_name[:1].upper()}{case.display_name[1:]} · "
                        f"{len(case.tag_ids)} patterns and signs · {sources} source(s)"
                    )
                )
            )
        option_list.highlighted = 0
        option_list.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.app.push_screen(CaseScreen(self.cases[event.option_index]))


class CaseScreen(Screen[None]):
    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back", show=True),
        Binding("r", "review", "Review (author)", show=True),
    ]

    def __init__(self, case: Case) -> None:
        super().__init__()
        self.case = case

    def action_review(self) -> None:
        from quiz.ui.author import ReviewScreen

        app = host(self)
        material = app.material()
        questions = list({q.id: q for s in app.session.sets for q in s.questions}.values())
        index = [c.id for c in material.extraction.cases].index(self.case.id)
        self.app.push_screen(ReviewScreen(material, questions, index))

    def compose(self) -> ComposeResult:
        app = host(self)
        material = app.material()
        case = self.case
        lines = [f"{case.display_name}", ""]
        # Sorted by kind, dates in time order, each line once (quiz.overview.case_fact_lines).
        lines += [f"• {line}" for line in case_fact_lines(case)]
        lines += ["", "Patterns and signs:"]
        lines += [f"• {TAGS[hit.id].label} ({hit.id})" for hit in case.tags]
        yield Header()
        with VerticalScroll(id="case-body"):
            yield Static(literal("\n".join(lines)), id="case-facts")
            for doc in case.sources:
                document = material.document(doc)
                spans = sorted(
                    {(e.start, e.end) for hit in case.tags for e in hit.evidence if e.doc == doc}
                )
                text = literal(document.text)
                highlighted = Content(
                    text.plain,
                    spans=[Span(start, end, "reverse") for start, end in spans],
                )
                yield Static(literal(f"Source: {material.title(doc)}"), classes="source-title")
                yield Static(highlighted, classes="source")
        yield Footer()
