"""What corpus 77 (six reports, read once: 7 of 12 cases found on arrival, two of them posts
taken for people, tag recall 0.37 at precision 0.84) showed that extraction did not read, fixed
by concept: an army's abbreviated ranks and a trade in brackets before a name, a trial's caption
naming the accused, a post ("Commanding Officer") as no person, whom a report went to as no case,
a relative's possessive as no cover name, a page of questions and answers telling several
people's stories, a lower-case prefix ("ifj.", "dr.") as no sentence, the report's own "that is
normal" of its harmless contrast, a witness who "saw her photographing" as no change of whom the
story is about; a newsletter's contents line is no title; and the cues of reporting to internal
control functions and commanders, reporting within the hour and at the first question, money
trouble told as struggling to repay, arrears on car finance and school fees gone up, and a
crew's layovers abroad."""

from __future__ import annotations

from pathlib import Path

import pytest

from quiz.documents import Document
from quiz.extract import _name_runs, extract
from quiz.taxonomy import find_cues

from .test_extract_corpus_74 import _people
from .test_extract_corpus_76 import _found
from .test_extract_named_later import _cases


def _of(name: str) -> dict[str, frozenset[str]]:
    return _cases(name, "corpus77")


def _headline(tmp_path: Path, text: str) -> str | None:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return Document.read(path, path.name).headline


# --- names and people -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        (
            "No 15812946F Hav (Opr Cipher) Pemba Tshering Bhutia, of a Signal Regiment",
            "Pemba Tshering Bhutia",
            ["hav"],
        ),
        ("No 15876011M Sep (Tlr) Dil Bahadur Subba, the unit tailor", "Dil Bahadur Subba", ["sep"]),
        (
            "the Subedar Major, Sub Maj Tika Ram Chhetri, who informed",
            "Tika Ram Chhetri",
            ["sub", "maj"],
        ),
        ("Lt Col Meenakshi Iyer the Judge Advocate", "Meenakshi Iyer", ["lt", "col"]),
    ],
)
def test_an_armys_abbreviated_ranks_and_trade_stand_before_the_name(text, name, titles) -> None:
    # Corpus 77: "Hav (Opr Cipher) Pemba Tshering Bhutia" gave no person and "Sep Dil Bahadur"
    # another than "Sep (Tlr) Dil Bahadur Subba".
    runs = [(n, t) for n, _, _, t in _name_runs(text, 0, len(text))]
    assert (name, titles) in runs


def test_a_post_is_no_person(tmp_path: Path) -> None:
    # Corpus 77: "his Commanding Officer" and "the Subedar Major" were the cases of a court
    # martial's summary.
    people = _people(
        tmp_path,
        "Standing orders required him to report the contact to his Commanding Officer. He told "
        "the Platoon Commander and the Subedar Major the next morning.\n",
    )
    assert people == []


def test_a_trials_caption_names_the_accused(tmp_path: Path) -> None:
    # Corpus 77: the heading names the accused, and the summary calls him "the accused" after.
    cases = _found(
        tmp_path,
        "SUMMARY OF A GENERAL COURT MARTIAL HELD AT LEH\n\n"
        "No 14512233K Nk (Opr Radio) Tsering Dorje Negi, of a Signal Regiment\n\n"
        "1. Facts. In 2023 the accused met a foreign national at a festival. The foreigner paid "
        "for his mother's pilgrimage and then asked for photographs of the unit's radio "
        "schedules, paying Rs 20,000 a set. The accused sent about 60 pages of documents.\n\n"
        "2. Sentence. The Court found the accused guilty and sentenced him to five years.\n",
    )
    assert set(cases) == {"Tsering Dorje Negi"}
    assert "paid-tasks" in cases["Tsering Dorje Negi"]


def test_whom_a_report_went_to_is_no_case(tmp_path: Path) -> None:
    # Corpus 77: the Subedar Major he reported to was taken for a second case.
    cases = _found(
        tmp_path,
        "A foreign visitor offered Sep Ram Bahadur Thapa Rs 25,000, ten times the price, to "
        "stitch a set of unit flashes and to note where each unit is located, and asked him to "
        "keep it between them. Sep Ram Bahadur refused. The same evening he reported the "
        "conversation to his Company Commander and to the Subedar Major, Sub Maj Hari Prasad "
        "Gurung, who informed the unit Intelligence JCO and thanked him for reporting it.\n",
    )
    assert set(cases) == {"Ram Bahadur Thapa"}


def test_a_relatives_possessive_is_no_cover_name() -> None:
    # Corpus 77: "paid to a company registered in the name of Mr Lo Iacono's brother-in-law"
    # made "Lo Iacono" a recruiter's cover, apart from Rosario Lo Iacono.
    cases = _of("01_liege_export-control-penalty-decision_thermal-imaging-engineer.txt")
    assert set(cases) == {"Rosario Lo Iacono", "Samira Ben Lahcen"}
    assert {"paid-tasks", "disproportionate-reward", "covert-tradecraft"} <= cases[
        "Rosario Lo Iacono"
    ]
    # His trip, laptop and encrypted account are his, not the clerk's who reported (read 238:
    # his consultancy quoted as her case).
    assert not {"invitation-travel", "covert-tradecraft"} & cases["Samira Ben Lahcen"]
    assert "security-office" in cases["Samira Ben Lahcen"]


def test_a_page_of_questions_tells_of_whom_each_answer_names() -> None:
    # Corpus 77: a security service's frequently asked questions, answered in its own voice,
    # were read as one interviewee's answers: the second story's report went to the first.
    cases = _of("04_kecskemet_security-service-faq_travel-agent.txt")
    assert set(cases) == {"Tóthné Kiss Erika", "Horváth Bence"}
    assert {"online-report", "security-office"} <= cases["Horváth Bence"]
    # The harmless contrast the page says is normal ("That is normal") is no case.
    assert "an engineer" not in cases


def test_an_explainer_about_one_person_is_still_about_them() -> None:
    # Corpus 54: an explainer's answers, in the writer's voice, tell one person's story; her
    # brother, named in one answer, does not take over the rest.
    cases = _cases("06.txt", "corpus54")
    assert set(cases) == {"Anjali Varghese"}
    assert {"abroad-targeting", "bulk-collection"} <= cases["Anjali Varghese"]


def _sentences(tmp_path: Path, text: str) -> list[str]:
    """The sentences a report of ``text`` is read in."""
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    doc = Document.read(path, path.name)
    return [doc.sentence_text(s) for s in doc.sentences]


def test_a_lower_case_prefix_is_no_sentence(tmp_path: Path) -> None:
    texts = _sentences(
        tmp_path,
        "Then ask yourself why. ifj. Horváth Bence, 27, is a lift technician. Questions: "
        "Press Office, dr. Szalai Márta.\n",
    )
    assert texts == [
        "Then ask yourself why.",
        "ifj. Horváth Bence, 27, is a lift technician.",
        "Questions: Press Office, dr. Szalai Márta.",
    ]


def test_one_seen_by_a_witness_is_still_whom_the_story_is_about() -> None:
    # Corpus 77: after "a first officer, Teodoro Mangue Abeso, saw her photographing a
    # briefing pack", what "she" did next (resigned, fled) was the witness's, and the purser,
    # told in pronouns after her first sentence, was no case.
    cases = _of("06_malabo_business-school-teaching-case_cabin-purser.txt")
    assert set(cases) == {"Purificación Nchama Esono", "Crisantos Ndong Mba"}
    assert {"paid-tasks", "covert-tradecraft"} <= cases["Purificación Nchama Esono"]


def test_who_reported_to_the_counter_intelligence_officer_did_no_espionage() -> None:
    # Corpus 38: a sergeant who saw a colleague photograph the console and reported it to the
    # station's counter-intelligence officer; "intelligence officer" is no act of hers.
    cases = _cases("03.txt", "corpus38")
    assert "Marta Elena Quintanilla Ayala" not in cases


def test_a_court_martial_gives_its_accused_and_the_soldier_who_reported() -> None:
    cases = _of("03_gangtok_court-martial-summary_cipher-operator.txt")
    assert set(cases) == {"Pemba Tshering Bhutia", "Dil Bahadur Subba"}
    assert {"paid-tasks", "covert-tradecraft", "excessive-help-flattery"} <= cases[
        "Pemba Tshering Bhutia"
    ]
    assert "security-office" in cases["Dil Bahadur Subba"]


# --- titles ------------------------------------------------------------------------------------


def test_a_newsletters_contents_line_is_no_title(tmp_path: Path) -> None:
    # Corpus 77: every explanation cited "In this issue: Independence celebrations ... |
    # Obituaries" as the article's title (read 238, 12 entries).
    assert (
        _headline(
            tmp_path,
            "HIGH COMMISSION NEWSLETTER\nIssue 38 | Autumn 2025\n\n"
            "In this issue: Independence celebrations | Passport renewal dates | Obituaries\n\n"
            "CONSULAR CORNER: WHEN AN OFFER IS TOO SWEET\n\n"
            "Many of our nationals serve abroad. Two were targeted this year.\n",
        )
        == "CONSULAR CORNER: WHEN AN OFFER IS TOO SWEET"
    )
    assert (
        _headline(
            tmp_path,
            "Home > Protecting yourself > Frequently asked questions\n\n"
            "HAS SOMEONE TRIED TO RECRUIT ME?\n\nEvery year the Office receives reports.\n",
        )
        == "HAS SOMEONE TRIED TO RECRUIT ME?"
    )


# --- cues --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tag", "sentence"),
    [
        ("security-office", "She reported the call in writing to the export control officer."),
        ("security-office", "He went to the company's data protection officer the same day."),
        (
            "security-office",
            "Within the hour she called the Alert Line and then informed her "
            "branch manager, M. Oumar Tangara.",
        ),
        (
            "security-office",
            "A week later she called our telephone line and told her agency's manager.",
        ),
        (
            "security-office",
            "Standing orders required the accused to report his contact with a "
            "foreign national to his Commanding Officer.",
        ),
        ("security-office", "A first officer saw her and filed a confidential security report."),
        ("report-early", "Within the hour she called the Alert Line."),
        (
            "report-early",
            "Had he reported when he was first asked to photograph the road in "
            "2023, no information would have been lost.",
        ),
        (
            "report-early",
            "A security report after the first question about the charter crews "
            "would have cost her nothing.",
        ),
        (
            "report-early",
            "The only thing I regret is that I didn't call at the very first "
            "question about the air base group.",
        ),
        (
            "personal-vulnerability",
            "The accused was then struggling to repay a loan taken for his sister's wedding.",
        ),
        (
            "personal-vulnerability",
            "At the time he was sending money home and was behind on his car finance.",
        ),
        (
            "personal-vulnerability",
            "When she mentioned that her daughter's school fees had gone "
            "up, he paid the next term.",
        ),
        (
            "abroad-targeting",
            "On layovers abroad he invited her to dinner near the crew hotel and paid.",
        ),
    ],
)
def test_the_cues_corpus_77_showed(tag: str, sentence: str) -> None:
    assert tag in find_cues(sentence), sentence


def test_a_report_handed_to_security_or_made_on_the_form_is_an_approach_turned_down() -> None:
    # Corpus 77: "gave the envelope to his company's security manager and filled in the
    # reporting form on our website", and "did neither" of two requests.
    from quiz.extract import _APPROACH

    for said in (
        "the next morning he gave the envelope to his company's security manager.",
        "he filled in the reporting form on our website.",
        "bence did neither.",
    ):
        assert _APPROACH.search(said), said


def _all_cases(corpus: str) -> set[str]:
    """The cases every report of a held-out corpus gives."""
    return {
        name
        for doc in (Path(__file__).parent / corpus).glob("*.txt")
        for name in _cases(doc.name, corpus)
    }


def _frame(corpus: str, prefix: str, name: str):  # type: ignore[no-untyped-def]
    """The frame the situations of one case of a held-out corpus's report are told from."""
    from quiz.frames import build_frame
    from quiz.scenario_material import scenario_material

    path = next((Path(__file__).parent / corpus).glob(f"{prefix}*.txt"))
    (case,) = [c for c in extract([Document.read(path, path.name)]).cases if c.name == name]
    return build_frame(case, scenario_material())


def test_what_the_corpus_gives_on_the_whole() -> None:
    found = _all_cases("corpus77")
    assert found == {
        "Rosario Lo Iacono",
        "Samira Ben Lahcen",
        "Lassana Samaké",
        "Diarra Kadiatou Sangaré",
        "Pemba Tshering Bhutia",
        "Dil Bahadur Subba",
        "Tóthné Kiss Erika",
        "Horváth Bence",
        "Kerwin Jno Baptiste",
        "Ophelia Auguiste",
        "Purificación Nchama Esono",
        "Crisantos Ndong Mba",
    }


# --- what the situations are told from --------------------------------------------------------


def test_a_list_items_label_leaves_its_sentences_apart(tmp_path: Path) -> None:
    # Corpus 77: "(a) The accused ... was enrolled in 2009. As a cipher operator ..." was one
    # sentence (the segmenter read the label as a bracket left open), so the job was not read.
    texts = _sentences(
        tmp_path,
        "4. Facts established.\n(a) The accused, aged 34, was enrolled in 2009. As a cipher "
        "operator he had access to key lists.\n(b) In 2022 he met a foreigner.\n",
    )
    assert "The accused, aged 34, was enrolled in 2009." in texts
    assert "As a cipher operator he had access to key lists." in texts
    assert "In 2022 he met a foreigner." in texts


@pytest.mark.parametrize(
    ("doc", "name", "role", "place", "channel"),
    [
        (
            "03_",
            "Pemba Tshering Bhutia",
            "a cipher operator",
            "a defence organisation",
            "in-person",
        ),
        # Told in pronouns after her name: "She was a senior purser who ..."; a crew member works
        # for the airline, not at the airport.
        ("06_", "Purificación Nchama Esono", "a senior purser", "an airline", "abroad"),
        # "sent him a message on Instagram": the first contact came online.
        ("05_", "Kerwin Jno Baptiste", None, None, "online"),
    ],
)
def test_the_frame_of_a_case_is_its_own(doc, name, role, place, channel) -> None:
    frame = _frame("corpus77", doc, name)
    assert frame.channel == channel
    if role is not None:
        assert frame.role == role
    if place is not None:
        assert frame.workplace.place == place


def test_a_computers_port_is_no_port() -> None:
    # Corpus 77: a lift technician asked to plug a box "into the lift controller's network
    # port" was told as working at a port.
    from quiz.frames import build_frame
    from quiz.scenario_material import scenario_material

    path = next((Path(__file__).parent / "corpus77").glob("04_*.txt"))
    (case,) = [
        c for c in extract([Document.read(path, path.name)]).cases if c.name == "Horváth Bence"
    ]
    assert "port" not in {f.value for f in case.facts_of("sector")}
    assert build_frame(case, scenario_material()).workplace.place != "a port"
