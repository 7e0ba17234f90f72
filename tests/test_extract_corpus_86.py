"""What corpus 86 (five documents, read once: 1 of 10 cases found on arrival, tag recall 0.07 at
precision 0.90; a museum's exhibition panels, an embassy cable, a school's safeguarding
bulletin, a police inquiry's final report and a freelance platform's trust-and-safety report)
showed that extraction and generation did not read, fixed by concept: a surname written in
capitals after the given name ("Mr Tomas HENRIKSEN", then "HENRIKSEN"); a whole name in
capitals with its age after it; a name given only in a heading in capitals; a name marked as
the report's own ("(not his real name)"); a trade known by its ending ("videographer"), and two
trades joined ("wedding and event"); "did not answer" and a stranger who "wrote to him
unprompted" as an approach turned down and made; a cover name after "one" ('one "Henrik
Aalto"'), and a name the report calls "probably an alias"; whose report tells what another did;
an embassy one went to, a request from the police and what was filmed, none of them where the
person works; "a resident citizen", no job at all; a title's own bracket inside a citation's;
then, from a blind read of its questions (read 269): a code a report gives someone ("a resident
citizen (CIT-1)" ... "CIT-1 is Mr Tomas HENRIKSEN"); another's arrest told as a time, which
does not take the sentence from whom "she" means; a freelancer's trade, no job at an
organisation; a report's addressee or preparer, and a letterhead with its town, no title.
The corpus is held to the bars of tests/test_extract_unseen.py: on 2026-12-02 it gives all 10
of its cases, tag recall 0.63 at 0.96 (the witness who came forward after another's arrest is
not yet given that paragraph)."""

from __future__ import annotations

from pathlib import Path

import pytest

from quiz.documents import Document
from quiz.extract import _read_people
from quiz.scenario_material import scenario_material

from .conftest import SEEDS, case_frame, corpus_material
from .test_extract_corpus_76 import _found
from .test_extract_named_later import _cases


def _people(tmp_path: Path, text: str) -> dict:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return _read_people(Document.read(path, path.name)).people


def test_a_surname_in_capitals_after_the_given_name_is_one_person(tmp_path: Path) -> None:
    cases = _found(
        tmp_path,
        "3. The first is Mrs Ilse VANDERMEULEN, 52, a ferry purser. In May VANDERMEULEN was "
        "approached by a man who said he was a freight buyer and offered EUR 900 for the crew "
        "lists of the naval supply ships. VANDERMEULEN refused and reported it to her line "
        "manager the same day.\n",
    )
    assert "Ilse Vandermeulen" in cases, cases
    # Neither the given name alone nor the surname in capitals is a second person.
    assert not {"Ilse", "VANDERMEULEN", "Mrs Ilse Vandermeulen"} & set(cases)


def test_a_whole_name_in_capitals_with_an_age_is_a_person(tmp_path: Path) -> None:
    cases = _found(
        tmp_path,
        "PERSON INDICTED\n\n"
        "MARIA EDUARDA DOS REIS TAVARES, 41, port clerk, resident in Santos.\n\n"
        "FACTS\n\n"
        "In 2023 TAVARES was paid USD 500 for each list of naval arrivals by a man who said "
        "he was a shipping analyst. TAVARES was arrested at the airport and charged with "
        "espionage.\n",
    )
    assert "Maria Eduarda dos Reis Tavares" in cases, cases
    # A heading in capitals names nobody.
    assert not {"Person Indicted", "Facts"} & set(cases)


def test_a_name_given_only_in_a_heading_in_capitals_is_the_person(tmp_path: Path) -> None:
    people = _people(
        tmp_path,
        "4. OUR TEACHER OANA MURESAN, SCIENCE DEPARTMENT\n\n"
        "In March an e-mail invited Mrs Muresan to a paid summer school abroad and asked which "
        "pupils had parents at the air base. Oana thought it odd and took it to the principal "
        "the same afternoon. Nothing was sent.\n",
    )
    assert "Oana Muresan" in people
    assert not {"Our Teacher Oana Muresan", "Muresan", "Oana"} & set(people)


def test_a_transcripts_speaker_in_capitals_is_not_a_heading_name(tmp_path: Path) -> None:
    people = _people(
        tmp_path,
        "Speakers: Chief Inspector Ruth Okonkwo.\n\n"
        "CHIEF INSPECTOR OKONKWO: A technician was offered money for the radar schedules. He "
        "refused and reported it the same day.\n",
    )
    assert "Chief Inspector Okonkwo" not in people and "Okonkwo" not in people


def test_a_name_the_report_marks_as_its_own_is_the_person(tmp_path: Path) -> None:
    cases = _found(
        tmp_path,
        '2. "MARKO" (NOT HIS REAL NAME), 16, APPRENTICE\n\n'
        "Marko was contacted by a man who called himself Sasha and was paid for photographs "
        "of trains at the depot. When Marko hesitated, Sasha threatened to send the photos to "
        "the police. Marko reported it to his form teacher that evening and came forward "
        "himself.\n",
    )
    assert "Marko" in cases, cases
    assert "MARKO" not in cases


def test_a_trade_by_its_ending_described_is_a_person(tmp_path: Path) -> None:
    cases = _found(
        tmp_path,
        "A 29-year-old wedding and portrait photographer from Galle was contacted by a new "
        "client, who paid him USD 300 a flight to film the coast next to the naval dockyard "
        "and told him to use an encrypted app. The photographer was detained in June and is "
        "on bail.\n",
    )
    assert "a 29-year-old wedding and portrait photographer" in cases, cases


def test_a_stranger_who_wrote_unprompted_and_got_no_answer_is_an_approach(tmp_path: Path) -> None:
    cases = _found(
        tmp_path,
        'Ruwan Perera, "Ruwa" to his crew, 41, is a harbour pilot. In May a client wrote to him '
        "unprompted and asked for the pilotage logs of the naval berths, for USD 300 a log. "
        "Ruwa did not answer. The next morning he told his supervisor and the port's security "
        "officer.\n",
    )
    assert "Ruwan Perera" in cases, cases


def test_a_cover_name_after_one_and_a_name_called_an_alias_are_the_recruiters(
    tmp_path: Path,
) -> None:
    people = _people(
        tmp_path,
        'Inês Lobato, a lab technician, received a message from one "Pieter Claes", presented '
        "as a recruiter. A woman introduced her to a trader, Omar FAROUK (probably an alias), "
        "who said he ran a shipping office. FAROUK offered Inês money for the lab's test "
        "results. Inês refused and told her manager.\n",
    )
    assert people["Pieter Claes"].contact
    assert people["Omar Farouk"].contact
    assert not people["Inês Lobato"].contact


def test_whose_report_tells_what_another_did_is_its_source(tmp_path: Path) -> None:
    people = _people(
        tmp_path,
        "Vesna Kralj, a copyist, was offered money for the submarine drawings. The next "
        "morning she went to the security department and asked for the duty officer, Goran "
        "Babić. Nothing left the room, and Babić's report notes that the approach stopped "
        "because the worker reported at once.\n",
    )
    assert people["Goran Babić"].approach_hits == 0


def test_an_embassy_one_goes_to_and_what_one_films_are_not_the_workplace(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    material = corpus_material("corpus86", tmp_path_factory)
    # The cable's dive-centre owner: not at a ministry ("came to the Embassy"), not at a naval
    # base ("video along the hulls ... of named warships").
    frame = case_frame(material, "Tomas Henriksen")
    assert frame.workplace.place == "an organisation that handles sensitive work"
    # The drone videographer's police is who asked the platform, not his employer; and a
    # freelancer's trade is no job at an organisation (read 269: "a wedding and event drone
    # videographer for an organisation that handles sensitive work").
    frame = case_frame(material, "a 31-year-old wedding and event drone videographer")
    assert frame.role == "a member of staff"
    assert frame.workplace.place == "an organisation that handles sensitive work"
    # A job said after a name in capitals: "Ms Hodan ISMAËL ROBLEH, consular assistant".
    frame = case_frame(material, "Hodan Ismaël Robleh")
    assert frame.role == "a consular assistant"


def test_a_citizen_is_no_job(tmp_path: Path) -> None:
    from quiz.frames import UNNAMED_ROLE, build_frame
    from quiz.material import load_material

    (tmp_path / "report.txt").write_text(
        "A 46-year-old Danish citizen living in Tadjoura was approached by a man who said he "
        "ran a survey company and was paid EUR 4,000 for each set of footage of the warships. "
        "He was threatened when he wanted to stop, and came forward himself.\n",
        encoding="utf-8",
    )
    material = load_material(tmp_path)
    (case,) = material.extraction.cases
    assert case.name == "a 46-year-old Danish citizen"
    assert build_frame(case, scenario_material()).role == UNNAMED_ROLE


def test_a_code_a_report_gives_someone_is_that_person(tmp_path: Path) -> None:
    cases = _found(
        tmp_path,
        "1. SUMMARY. In May a locally engaged driver (LES-2) was approached by a man who said "
        "he ran a car rental firm. END SUMMARY.\n\n"
        "2. LES-2 is Mr Idris FARAH, 39, a driver for nine years. The man offered him USD 500 "
        "for the Ambassador's travel dates. LES-2 refused and reported it to the security "
        "officer the same day.\n",
    )
    assert "Idris Farah" in cases, cases
    assert "a locally engaged driver" not in cases


def test_anothers_arrest_as_a_time_does_not_take_the_sentence(tmp_path: Path) -> None:
    people = _people(
        tmp_path,
        "Rui Costa, 40, a welder, was paid for photographs of the hull and arrested in May.\n\n"
        "Ana Lima, 31, a lab technician, was contacted by a man who asked for the sonar test "
        "results. She refused.\n\n"
        "After the press reported Costa's arrest, she went to her manager and came forward.\n",
    )
    # His own sentence's "was paid" only: the last sentence's approaches are hers.
    assert people["Rui Costa"].approach_hits == 1
    assert people["Ana Lima"].approach_hits >= 3


def test_a_report_addressed_or_signed_has_no_title_from_it(tmp_path: Path) -> None:
    from quiz.documents import Document

    for opening in (
        "To the Federal Criminal Court, Rio de Janeiro",
        "Prepared by Asha Perera, Head of Trust & Safety",
        "LICEUL TEHNOLOGIC NR. 3 MIHAIL KOGĂLNICEANU, CONSTANȚA COUNTY",
    ):
        path = tmp_path / "report.txt"
        path.write_text(f"{opening}\n\nThe report tells of an approach.\n", encoding="utf-8")
        assert Document.read(path, path.name).headline is None, opening
    # A headline in capitals with a second clause is still the headline.
    headline = "THE WOMAN WHO NEVER CAME: HOW A CLERK WAS CAUGHT, AND WALKED FREE"
    path.write_text(f"{headline}\n\nThe report tells of an approach.\n", encoding="utf-8")
    assert Document.read(path, path.name).headline == headline


def test_the_whole_corpus_gives_every_case() -> None:
    found = {
        name
        for label in (
            "01_tivat_museum-exhibition-text_torpedo-workshop-fitter.txt",
            "02_djibouti_diplomatic-cable_consular-assistant-and-dive-instructor.txt",
            "03_constanta_school-safeguarding-bulletin_careers-counsellor.txt",
            "04_itaguai_police-inquiry-report_ndt-inspector.txt",
            "05_chattogram_trust-and-safety-report_drone-videographer.txt",
        )
        for name in _cases(label, "corpus86")
    }
    assert {
        "Niko Lazari",
        "Ljubica Radonjić",
        "Tomas Henriksen",
        "Hodan Ismaël Robleh",
        "Andrei",
        "Leman Ablachim",
        "João Vítor da Silva Pacheco",
        "Larissa Helena Moura dos Santos",
        "a 31-year-old wedding and event drone videographer",
        "Tapos Kanti Barua",
    } <= found
    # The duty officer a worker reported to, the recruiter with an alias and the cover name are
    # no cases; nor is the cable's "a resident citizen (CIT-1)", who is Tomas Henriksen.
    assert not {"Dušan Perović", "Ali Yusuf", "Henrik Aalto", "a resident citizen"} & found


def test_a_title_with_its_own_bracket_is_cited_without_brackets_inside_brackets() -> None:
    from quiz.families.base import Context
    from quiz.material import load_material

    material = load_material(SEEDS)
    ctx = Context(material, scenario_material(), 0)
    case = material.extraction.cases[0]
    cited = ctx.cite(case, case.tags[0].evidence[0])
    title = "Report on the fifth anniversary of the Counter-espionage Law, English translation"
    assert f"({title})" in cited
    assert "((" not in cited and "))" not in cited
