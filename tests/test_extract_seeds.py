"""Extraction on the seed documents against expectations labelled by hand for the five cases."""

from __future__ import annotations

from pathlib import Path

import pytest

from quiz.documents import Document
from quiz.extract import extract
from quiz.material import Material

from .conftest import SEEDS

DOC_000 = "000_2410fbebdc00006d.txt"
DOC_004 = "004_006db5f38f89b473.txt"

# Read by hand from the two texts. "tags": what each case plainly shows; "not_tags": what it
# plainly does not. Years, money, documents taken and sentence as the texts give them.
EXPECTED = {
    "chen-wei": {
        "name": "Chen Wei",
        "sources": {DOC_000, DOC_004},
        "tags": {
            "false-persona",
            "paid-tasks",
            "escalation",
            "coercion",
            "insider-access",
            "unsolicited-offer",
            "disproportionate-reward",
            "request-beyond-public",
            "threats-leverage",
            "bulk-collection",
            "sudden-exit",
            "personal-vulnerability",
            "report-early",
        },
        "not_tags": {
            "abroad-targeting",
            "compromising-relationship",
            "placement",
            "online-approach",
            "disclosed-affiliation",
            "invitation-travel",
        },
        "years": {1985, 2011, 2014, 2015, 2019},
        "money": set(),
        "documents": 5500,
        "sentence": "life imprisonment",
        "role": "network administrator",
    },
    "zhao-xuejun": {
        "name": "Zhao Xuejun",
        "sources": {DOC_000},
        "tags": {
            "cultivation",
            "abroad-targeting",
            "paid-tasks",
            "insider-access",
            "disclosed-affiliation",
            "excessive-help-flattery",
        },
        "not_tags": {
            "coercion",
            "online-approach",
            "compromising-relationship",
            "placement",
            "unexplained-money",  # the court confiscated his assets
        },
        "years": {2009, 2019, 2022},
        "money": {(200000, "CNY")},
        "documents": None,
        "sentence": "7 years in prison",
        "role": "scientific researcher",
    },
    "li": {
        "name": "Li",
        "sources": {DOC_000},
        "tags": {"placement", "sudden-exit"},
        "not_tags": {"online-approach", "coercion", "paid-tasks", "abroad-targeting"},
        "years": set(),
        "money": set(),
        "documents": None,
        "sentence": None,
        "role": "staff member",
    },
    "zhang-xiangbin": {
        "name": "Zhang Xiangbin",
        "sources": {DOC_004},
        "tags": {
            "abroad-targeting",
            "false-persona",
            "cultivation",
            "excessive-help-flattery",
            "paid-tasks",
            "compromising-relationship",
            "insider-access",
            "bulk-collection",
            "sudden-exit",
            "disproportionate-reward",
        },
        "not_tags": {"online-approach", "coercion", "placement", "invitation-travel"},
        "years": {1970, 1992, 1996, 2008, 2016, 2019},
        "money": set(),
        "documents": 5200,
        "sentence": "death with a reprieve",
        "role": "cadre",
    },
    "qiu-degui": {
        "name": "Qiu Degui",
        "sources": {DOC_004},
        "tags": {
            "online-approach",
            "paid-tasks",
            "escalation",
            "request-beyond-public",
            "insider-access",
            "false-persona",
        },
        # He offered his own mailbox: the recruit's move, not the recruiter's pressure.
        "not_tags": {
            "abroad-targeting",
            "coercion",
            "compromising-relationship",
            "cultivation",
            "secrecy-pressure",
        },
        "years": {1990, 2018},
        "money": {(10000, "CNY"), (11000, "CNY")},
        "documents": None,
        "sentence": "4 years in prison",
        "role": "Propaganda Department",
    },
}


@pytest.fixture(scope="module")
def raw(material: Material):
    """What extraction alone finds, before the case files' corrections."""
    return extract(material.documents)


@pytest.fixture(scope="module")
def cases(raw) -> dict:
    return {case.id: case for case in raw.cases}


def test_finds_exactly_the_five_cases(cases: dict) -> None:
    assert set(cases) == set(EXPECTED)
    for case_id, expected in EXPECTED.items():
        assert cases[case_id].name == expected["name"]
    assert cases["li"].surname_only


def test_same_person_in_two_documents_is_one_case_with_two_sources(cases: dict) -> None:
    for case_id, expected in EXPECTED.items():
        assert set(cases[case_id].sources) == expected["sources"], case_id


@pytest.mark.parametrize("case_id", sorted(EXPECTED))
def test_tags(cases: dict, case_id: str) -> None:
    found = cases[case_id].tag_ids
    expected = EXPECTED[case_id]
    assert expected["tags"] <= found, f"missing {sorted(expected['tags'] - found)}"
    assert not (expected["not_tags"] & found), f"wrong {sorted(expected['not_tags'] & found)}"


@pytest.mark.parametrize("case_id", sorted(EXPECTED))
def test_years_money_documents_sentence_role(cases: dict, case_id: str) -> None:
    case = cases[case_id]
    expected = EXPECTED[case_id]
    years = {int(f.number) for f in case.facts_of("date") if f.number}
    assert years == expected["years"]
    money = {(f.number, f.unit) for f in case.facts_of("money") if f.number and f.unit == "CNY"}
    assert money >= expected["money"]
    documents = [f.number for f in case.facts_of("quantity") if f.unit == "documents"]
    if expected["documents"]:
        assert max(n for n in documents if n) == expected["documents"]
    sentences = [f.value for f in case.facts_of("outcome") if f.event == "sentenced"]
    if expected["sentence"]:
        assert sentences[0] == expected["sentence"]
    else:
        assert sentences == []
        assert [f.value for f in case.facts_of("outcome")] == ["arrested"]
    assert expected["role"] in case.facts_of("role")[0].value


def test_every_tag_and_fact_quote_stands_at_its_offsets(material: Material, raw) -> None:
    texts = {d.name: d.text for d in material.documents}
    evidence = [e for c in raw.cases for t in c.tags for e in t.evidence]
    evidence += [f.evidence for c in raw.cases for f in c.facts]
    evidence += [e for d in raw.documents for t in d.tags for e in t.evidence]
    assert evidence
    for item in evidence:
        assert texts[item.doc][item.start : item.end] == item.quote


def test_document_level_tags_hold_the_hotline_and_general_methods(raw) -> None:
    summary = {d.path: {t.id for t in d.tags} for d in raw.documents}
    assert {"hotline", "online-report", "self-surrender"} <= summary[DOC_004]
    assert "online-approach" in summary[DOC_004]  # the general methods paragraph
    # Officials, editors and the handler's cover name are not cases.
    names = {c.name for c in raw.cases}
    assert not names & {"Chen Yixin", "Song Bin", "Xi Jinping", "Peter", "Tian Yi", "Liang Jun"}


def test_handler_cover_name_is_a_contact_fact(cases: dict) -> None:
    assert "Peter" in {f.value for f in cases["chen-wei"].facts_of("contact")}


def test_a_bom_is_tolerated_and_offsets_count_the_text_without_it(tmp_path: Path) -> None:
    raw = (SEEDS / DOC_000).read_bytes()
    path = tmp_path / DOC_000
    path.write_bytes(b"\xef\xbb\xbf" + raw)
    with_bom = extract([Document.read(path, DOC_000)])
    plain = extract([Document.read(SEEDS / DOC_000, DOC_000)])
    assert [c.tags for c in with_bom.cases] == [c.tags for c in plain.cases]
