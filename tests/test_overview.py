"""The case library's facts (issue 9 rough edge: unsorted and duplicated): sorted by kind and
date, each line once. quiz.overview.case_fact_lines is what the library lists."""

from __future__ import annotations

import attrs

from quiz.material import Material
from quiz.models import Evidence, Fact
from quiz.overview import LIBRARY_KINDS, case_fact_lines


def test_facts_by_kind_dates_in_time_order_each_once(material: Material) -> None:
    chen = next(c for c in material.extraction.cases if c.id == "chen-wei")
    # The same fact found again in another passage, and the facts given out of order.
    again = attrs.evolve(chen.facts[0], evidence=Evidence("other.txt", 0, 4, "same"))
    shuffled = attrs.evolve(chen, facts=(*reversed(chen.facts), again))
    lines = case_fact_lines(shuffled)
    assert len(lines) == len(set(lines))
    kinds = [line.split(":", 1)[0] for line in lines]
    assert kinds == sorted(kinds, key=LIBRARY_KINDS.index)
    dates = [line.split(": ", 1)[1].split(" ")[0] for line in lines if line.startswith("date:")]
    assert dates == ["1985", "2011", "2014", "2015-03", "2019-03"]
    assert lines[0] == "role: network administrator"
    assert "date: 2011 (first contact)" in lines
    assert not any(line.startswith("approach:") for line in lines)
    # Every fact of the case but its approaches is there.
    assert set(lines) == set(case_fact_lines(chen))
    shown = {f"{f.kind}: {f.value}" for f in chen.facts if f.kind != "approach"}
    assert {line.split(" (")[0] for line in lines} == shown


def test_approaches_are_not_listed() -> None:
    from quiz.models import Case

    fact = Fact("approach", "email", Evidence("d.txt", 0, 5, "email"))
    case = Case(id="x", name="X", sources=("d.txt",), tags=(), facts=(fact,))
    assert case_fact_lines(case) == []
