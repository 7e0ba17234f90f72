"""Corpus 127 (five documents, read once on 1896645: 1 of 8 cases found on arrival, tag recall 0.05
at precision 1.00; condominium assembly minutes from Beja, an asset-declaration verification from
Choibalsan, a hunting district's newsletter from Judenburg, a eulogy from Fray Bentos and a
victim's witness statement from Barrow-in-Furness). It is not yet among the held-out corpora of
test_extract_unseen.py: it joins them once it passes their bars. What is fixed so far, by
concept: the Austrian army's ranks are titles ("Vizeleutnant Josef Lindner-Hödl"), and a
caption's defendant after "R v" with the surname in capitals ("R v Dean Anthony WHITLOW")."""

from __future__ import annotations

from .conftest import corpus_cases, corpus_document

_NEWSLETTER = (
    "03_judenburg_hunting-district-newsletter_ejection-seat-technician-and-professional-hunter.txt"
)
_STATEMENT = (
    "05_barrow-in-furness_victim-personal-statement_"
    "commissioning-engineer-and-training-records-coordinator.txt"
)


def test_a_caption_s_defendant_after_r_v_with_the_surname_in_capitals() -> None:
    cases = corpus_cases("corpus127", _STATEMENT)
    assert "Dean Anthony Whitlow" in cases, cases
    assert {"online-approach", "insider-access", "bulk-collection"} <= cases["Dean Anthony Whitlow"]


def test_an_austrian_rank_is_no_part_of_the_name() -> None:
    from quiz.extract import _read_people

    people = _read_people(corpus_document("corpus127", _NEWSLETTER)).people
    assert "Josef Lindner-Hödl" in people
    assert not any(name.startswith("Vizeleutnant") for name in people)
