"""What corpus 82 (six documents, read once: 5 of 11 cases found on arrival, tag recall 0.29 at
precision 0.87; a cookbook's foreword, album liner notes, an e-learning scenario, a reference
letter, a moot-court problem and a graphic-novel script) showed that extraction did not read,
fixed by concept so far: a name the person goes by said in the sentence after the full name
("Gwen, as the whole peninsula calls him", "Everyone calls him Lao Lin"); a report told as going
to one's chief; and a person described first and named later as "His name
... is ...". The corpus is kept here unscored by the held-out bars: on 2026-12-02 it still gives
5 of its 11 cases (a graphic-novel script's panels and a foreword's dish named like a person
are not read yet)."""

from __future__ import annotations

from pathlib import Path

from quiz.taxonomy import cue_matches

from .test_extract_corpus_76 import _found
from .test_extract_named_later import _cases, _corpus_cases


def test_a_nickname_said_after_the_full_name(tmp_path: Path) -> None:
    from quiz.extract import _NICKNAME_AFTER

    said = _NICKNAME_AFTER.search(
        "He liked the table by the window, and so did Gwenc'hlan Le Meur. Gwen, as the whole "
        "peninsula calls him, is an insulation fitter."
    )
    assert said is not None and said.group("full") == "Gwenc'hlan Le Meur"
    assert said.group("nick1") == "Gwen"
    said = _NICKNAME_AFTER.search(
        "Lin Qiang has driven the staff shuttle for nine years. Everyone calls him Lao Lin."
    )
    assert said is not None and (said.group("full"), said.group("nick2")) == (
        "Lin Qiang",
        "Lao Lin",
    )


def test_going_to_ones_chief_is_a_report(tmp_path: Path) -> None:
    cases = _found(
        tmp_path,
        "Dorota Wielgosz, 41, is a crane driver at the naval dockyard. In March a man who called "
        "himself Piet offered her money for the weekly berthing plan. The next morning she went "
        "to her chief.\n",
    )
    assert "Dorota Wielgosz" in cases, cases
    assert {"security-office", "report-early"} <= cases["Dorota Wielgosz"]
    assert "report-early" in cue_matches("The next morning she went to her chief.")


def test_a_person_named_only_at_the_end_of_their_story() -> None:
    # An e-learning module: the ferry clerk told of as "A ticket-office clerk ..." and named only
    # after his story ("His name is Thorkild Ipsen"); on arrival his story was given to the
    # module's reader, Bodil Kofoed, who was taken for a case on his acts alone.
    cases = _cases(
        "03_ronne_e-learning-branching-scenario_naval-home-guard-volunteer.txt", "corpus82"
    )
    assert "Thorkild Ipsen" in cases, cases
    assert {"sudden-exit", "bulk-collection"} <= cases["Thorkild Ipsen"]
    assert "Bodil Kofoed" not in cases


def test_corpus_82_cases_found_today() -> None:
    found = _corpus_cases("corpus82")
    assert {
        "Jurick Janga",
        "Thorkild Ipsen",
        "Ana Mihailovna Dimitroglo",
        "R. Senthilnathan",
        "Saw Eh Htoo",
    } <= found


def test_a_case_the_material_calls_fictitious_is_never_called_real(tmp_path: Path) -> None:
    # A moot-court problem says "All names, places and events in this problem are
    # fictitious" (corpus 82): six explanations still said "modelled on a real case".
    from quiz.generate import all_drafts
    from quiz.material import load_material

    story = (
        "MOOT COURT PROBLEM\n\n"
        "(All names, places and events in this problem are fictitious.)\n\n"
        "Saw Eh Htoo, 29, is a technician at a naval air station. A man who called himself "
        "Victor offered him money for photographs of the hangars, first of the public gate, "
        "then of the aircraft inside, and told him not to tell his supervisor. He sent two sets "
        "of photographs. Then he went to his supervisor and told him everything, and came "
        "forward to the police himself.\n"
    )
    (tmp_path / "moot.txt").write_text(story, encoding="utf-8")
    drafts = all_drafts(load_material(tmp_path))
    assert drafts
    assert not [d for d in drafts if "real case" in d.explanation]
    real = tmp_path / "real"
    real.mkdir()
    (real / "report.txt").write_text(story.replace(FICTION, ""), encoding="utf-8")
    assert any("modelled on a real case" in d.explanation for d in all_drafts(load_material(real)))


FICTION = "(All names, places and events in this problem are fictitious.)\n\n"
