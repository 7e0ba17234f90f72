"""What corpus 76 (six reports, read once: 4 of 12 cases found on arrival, tag recall 0.21 at
precision 0.94) showed that extraction did not read, fixed by concept: a register's or a form's
labelled parties ("Reporter:", "Subject:", "1. Petitioner", "THE COMPLAINANT:") and what their
labels mean later ("R.", "the subject", "the petitioner"), a record of a sworn statement told in
the deponent's quoted words, French "M." before a name, a surname in capitals with a
patronymic, a name said again without its last word, a year of birth in a form's entry, a cover
job given without its article, a recruit's "I will think about it" as no handler's move; a
translator's note and a numbered section are no title; and the cues of a threat whose
recipients come first, payments in arrears and bets, overpaying by a multiple, praise without
end, time with the family, a requests' progression, money explained away at home, "no need to
tell the company", the first (regime-secret) department and reporting the next working day."""

from __future__ import annotations

from pathlib import Path

import pytest

from quiz.documents import Document
from quiz.extract import extract
from quiz.generate import generate
from quiz.material import Material
from quiz.taxonomy import find_cues

from .conftest import case_frame, corpus_material
from .test_extract_corpus_74 import _people
from .test_extract_named_later import _cases


def _of(name: str) -> dict[str, frozenset[str]]:
    return _cases(name, "corpus76")


def _found(tmp_path: Path, text: str) -> dict[str, frozenset[str]]:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return {c.name: frozenset(c.tag_ids) for c in extract([Document.read(path, path.name)]).cases}


def test_a_registers_labelled_parties_are_its_cases(tmp_path: Path) -> None:
    # A hotline register names the one who reported and the one reported on under labels, and
    # goes on with "R." and "Subject" (corpus 76: no case found in such a register).
    cases = _found(
        tmp_path,
        "PORT AUTHORITY - HOTLINE CASE REGISTER\n\n"
        "Entry 12\n"
        "Reporter: Amina Yusuf Farah, Cargo Clerk.\n"
        "Summary: R. states that a man calling himself Karim offered her USD 300 for the "
        "weekly berth plan. R. refused and said he should not mention it to her supervisor. "
        "She called the hotline the same day.\n\n"
        "Entry 13\n"
        "Subject: Bashir Omar Ali, Boat Driver.\n"
        "Summary: The subject photographs the naval jetty with a second phone. "
        "Subject interviewed on 3 May. Subject's account: a man paid him USD 900 for "
        "photographs of the jetty, which he sent him from the second phone, and threatened to "
        "send them to the harbour master if he stopped. Subject suspended pending "
        "investigation.\n",
    )
    assert set(cases) == {"Amina Yusuf Farah", "Bashir Omar Ali"}
    assert "paid-tasks" in cases["Bashir Omar Ali"]
    assert "threats-leverage" in cases["Bashir Omar Ali"]


def test_an_ordinary_word_for_a_reporter_is_not_the_label(tmp_path: Path) -> None:
    # "a reporter" of a newspaper is nobody's label; nor does a surname's initial ("Lavinia
    # F. declared") stand for "Reporter:".
    text = (
        "Reporter: Amina Yusuf Farah, Cargo Clerk.\n"
        "R. refused the offer and called the hotline the same day.\n\n"
        "A reporter from the Daily Star asked about it later.\n"
    )
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    from quiz.extract import _LABEL_SAID, _label_holder

    labelled = [("reporter", "Amina Yusuf Farah")]
    said = [m for m in _LABEL_SAID.finditer(text)]
    holders = [_label_holder(text, m, labelled) for m in said]
    said_at = {text[m.start() : m.end()]: h for m, h in zip(said, holders, strict=True)}
    assert said_at.get("R.") == "Amina Yusuf Farah"
    assert "reporter" not in said_at  # "A reporter from the Daily Star"
    initial = next(_LABEL_SAID.finditer("Mme Reina F. declared the invitation."), None)
    assert (
        initial is None
        or _label_holder("Mme Reina F. declared the invitation.", initial, [("reporter", "X")])
        is None
    )


def test_the_corpus_registers_cases_are_found() -> None:
    cases = _of("01_berbera_hotline-case-register_vessel-planning-clerk.txt")
    assert set(cases) == {"Hodan Cabdi Warsame", "Cabdiqaadir Maxamuud Xirsi"}


def test_a_petitioner_under_a_heading_is_the_case() -> None:
    # "1. Petitioner / QURBANBAEV Baxtiyar Sarsenbaevich, born 1984 ... the petitioner paid
    # ...": the name in capitals with its patronymic, under its heading, and "the petitioner".
    cases = _of("03_nukus_pardon-commission-summary_water-dispatcher.txt")
    assert set(cases) == {
        "QURBANBAEV Baxtiyar Sarsenbaevich",
        "ALLANAZAROVA Aysuluw Jumabaevna",
    }
    assert {"paid-tasks", "escalation", "request-beyond-public"} <= cases[
        "QURBANBAEV Baxtiyar Sarsenbaevich"
    ]


def test_a_sworn_statement_is_the_deponents_story() -> None:
    # 'STATED: "I come to report a foreign man ..."', 'ANSWER: "No. Only the flights ..."',
    # signed "THE COMPLAINANT: Yorbis Alexander Rangel Quintero".
    cases = _of("02_ejido_complaint-record_hydro-control-operator.txt")
    assert "Yorbis Alexander Rangel Quintero" in cases
    assert {"request-beyond-public", "report-early"} <= cases["Yorbis Alexander Rangel Quintero"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # French "M." (Monsieur) where the report writes French titles.
        (
            "The Chamber heard Mme Claire Ostal. M. Sosefo Tuikalepa, head technician, is a "
            "radio amateur. M. Tuikalepa left the territory.\n",
            "Sosefo Tuikalepa",
        ),
        # A surname in capitals, the given name and the patronymic.
        (
            "QURBANBAEV Baxtiyar Sarsenbaevich, born 1984, was convicted of espionage.\n",
            "QURBANBAEV Baxtiyar Sarsenbaevich",
        ),
    ],
)
def test_names_of_these_shapes_are_read_whole(tmp_path: Path, text: str, name: str) -> None:
    assert name in _people(tmp_path, text)


def test_an_initial_is_still_an_initial_without_french_titles(tmp_path: Path) -> None:
    assert "M. Sosefo Tuikalepa" in _people(
        tmp_path, "M. Sosefo Tuikalepa, head technician, is a radio amateur.\n"
    )


def test_a_name_said_again_without_its_last_word_is_the_same_person(tmp_path: Path) -> None:
    people = _people(
        tmp_path,
        "(shared with the permission of Andi Tenri Sompa, Hull Drafting)\n\n"
        "NOTES: Andi Tenri agreed that we use her name. What Andi Tenri noticed matters.\n",
    )
    assert "Andi Tenri Sompa" in people
    assert "Andi Tenri" not in people


def test_an_answer_that_puts_it_off_is_no_handlers_move() -> None:
    # "Mr Harutyunyan told him he would think about it, and came to my office ... the next
    # working day": the one asked, who reported, not a recruiter.
    cases = _of("06_gyumri_exit-interview-record_technical-records-clerk.txt")
    assert set(cases) == {"Lilit Aramayisi Manukyan", "Gor Levoni Harutyunyan"}
    assert "report-early" in cases["Gor Levoni Harutyunyan"]


def test_a_cover_job_without_its_article_is_a_cover() -> None:
    # "an e-mail from a Ms Coralie Vandame, who presented herself as business development
    # manager of ...": the sender, not the head of procurement who declared it.
    cases = _of("04_mata-utu_audit-chamber-observations_cable-station-technician.txt")
    assert set(cases) == {"Sosefo Tuikalepa", "Lavinia F."}


def test_a_recruiters_year_of_birth_in_running_text_is_no_case(tmp_path: Path) -> None:
    # A form's entry opens on the name and gives the year of birth; a story's "her former
    # fellow student, Levan Tsiklauri (born 1993)" is the recruiter (corpus 8).
    cases = _found(
        tmp_path,
        "By the verdict of the City Court, Tamar Gelashvili, 29, an employee of the ministry, "
        "was found guilty of espionage and sentenced to 7 years.\n\n"
        "The first contact with Gelashvili was made in 2021 by her former fellow student, "
        "Levan Tsiklauri (born 1993). He asked her for internal documents and paid her.\n",
    )
    assert "Levan Tsiklauri" not in cases


@pytest.mark.parametrize(
    ("sentence", "tag"),
    [
        (
            "Hendra told him he would send the yard and his wife the record of his betting.",
            "threats-leverage",
        ),
        (
            "Hendra told him he would send the yard and his wife the record of his betting.",
            "coercion",
        ),
        ("He also had a motorbike loan in arrears.", "personal-vulnerability"),
        ("He bought two of her birds at five times the club price.", "excessive-help-flattery"),
        ("He took the whole crew out to eat.", "cultivation"),
        ("He came to the house often and ate with the family.", "cultivation"),
        ("Since August they have spoken by video almost every evening.", "cultivation"),
        (
            'He was always praising: "the most talented woman in the province".',
            "excessive-help-flattery",
        ),
        ("He has given her gold earrings and a new phone.", "excessive-help-flattery"),
        ("The requests moved from serial numbers to work orders.", "escalation"),
        (
            "The relationship was the means by which the requests were made.",
            "compromising-relationship",
        ),
        ("He told his wife it was prize money.", "unexplained-money"),
        ("He said there was no need to tell the company.", "secrecy-pressure"),
        ('It asked for the data "without troubling your administration".', "secrecy-pressure"),
        ("She took it the same day to the first (regime-secret) department.", "security-office"),
        ("He came to my office on the morning of 4 March, the next working day.", "report-early"),
        ("Had she told me of the first request, nothing would have been lost.", "report-early"),
        ("He offered her a 30 percent share in the shop.", "unsolicited-offer"),
        ("A share in the shop, without any investment on his part.", "disproportionate-reward"),
        ('Co-authorship "equal to a year of your salary" was offered.', "disproportionate-reward"),
        ("The service used the same weakness later as a threat.", "threats-leverage"),
        ('A club sponsor, "Hendra", said he was a bird-feed distributor.', "false-persona"),
        (
            "He copied it from the board in the office where he has access as foreman.",
            "insider-access",
        ),
    ],
)
def test_these_sentences_show_their_sign(sentence: str, tag: str) -> None:
    assert tag in find_cues(sentence)


@pytest.mark.parametrize(
    ("sentence", "tag"),
    [
        # Requests that moved on to work orders: no move abroad for work.
        ("Requests moved from serial numbers to work orders.", "abroad-targeting"),
        # Someone who reported nothing late: said of the office, not of the first request.
        ("He came to my office to collect his pay.", "report-early"),
    ],
)
def test_these_sentences_do_not_show_it(sentence: str, tag: str) -> None:
    assert tag not in find_cues(sentence)


def test_a_translators_note_and_a_section_heading_are_no_title(tmp_path: Path) -> None:
    for text in (
        "[Working translation from Karakalpak. For internal use of the Commission.]\n\n"
        "1. Petitioner\n\nQURBANBAEV Baxtiyar, born 1984, was convicted.\n\nMore text here.\n",
        "[English translation for information. Only the French text is authentic.]\n\n"
        "Spies in the port\n\nA clerk was approached.\n",
    ):
        path = tmp_path / "t.txt"
        path.write_text(text, encoding="utf-8")
        headline = Document.read(path, path.name).headline
        assert headline is None or not headline.startswith(("[", "1."))
    assert Document.read(path, path.name).headline == "Spies in the port"


def test_a_translators_note_is_never_quoted() -> None:
    # "[Translated from Armenian ... Section D added by the Security Officer.]" was quoted as
    # where to report (read 228).
    from quiz.garbled import garble

    assert garble("[Translated from Armenian. Section D added by the Security Officer.]")
    assert garble("She reported it to the Security Officer [ext. 105].") is None


@pytest.fixture(scope="module")
def material(tmp_path_factory: pytest.TempPathFactory) -> Material:
    return corpus_material("corpus76", tmp_path_factory)


@pytest.mark.parametrize(
    ("name", "role"),
    [
        # "Name: Lilit Aramayisi Manukyan / Position: Technical Records Clerk, ...": a form's
        # next field is still about the person it named, and gives the job.
        ("Lilit Aramayisi Manukyan", "a technical records clerk"),
        # "a citizen who stated his name to be YORBIS ALEXANDER RANGEL QUINTERO, ... by
        # occupation control-room operator at the Caparú Hydroelectric Plant".
        ("Yorbis Alexander Rangel Quintero", "a control-room operator"),
        # "Subject: Cabdiqaadir Maxamuud Xirsi, Coxswain, Pilot Boat Section".
        ("Cabdiqaadir Maxamuud Xirsi", "a coxswain"),
    ],
)
def test_a_forms_fields_give_the_job(material: Material, name: str, role: str) -> None:
    assert case_frame(material, name).role == role


def test_a_pilot_boats_coxswain_works_at_the_port(material: Material) -> None:
    assert case_frame(material, "Cabdiqaadir Maxamuud Xirsi").workplace.place == "a port"


def test_a_field_that_holds_a_job_names_no_one(tmp_path: Path) -> None:
    people = _people(
        tmp_path,
        "Name: Lilit Aramayisi Manukyan\nPosition: Technical Records Clerk, Component "
        "Overhaul Shop (Hangar 3)\nLength of service: 6 years\n",
    )
    assert people == ["Lilit Aramayisi Manukyan"]


def test_a_quote_that_points_back_takes_the_sentence_before(material: Material) -> None:
    # "This gift was not declared; ..." said nothing of what the gift was (read 228): the
    # sentence before, which tells it, is quoted with it.
    from quiz.families.base import _POINTS_BACK

    assert _POINTS_BACK.match("This gift was not declared; the Service has no register.")
    assert _POINTS_BACK.match("These payments were made in cash.")
    assert not _POINTS_BACK.match("The gift was a transceiver worth XPF 460,000.")
    quotes = [
        s.quote
        for qset in generate(material, 0)
        for q in qset.questions
        for s in q.sources
        if "This gift was not declared" in s.quote
    ]
    assert quotes
    assert all("transceiver" in quote for quote in quotes)


@pytest.mark.parametrize("name", ["Lilit Aramayisi Manukyan"])
def test_the_moment_the_report_names_is_the_key(material: Material, name: str) -> None:
    # "Had she told me of the first request for serial numbers, ... the material would have
    # stayed here": the report names the first request, and the question asks it with the
    # report's own words (read 232: four reports said it outright and no question asked it).
    from quiz.generate import all_drafts
    from quiz.scenario_material import scenario_material

    scenarios = scenario_material()
    (case,) = [c for c in material.extraction.cases if c.name == name]
    (draft,) = [
        d for d in all_drafts(material) if d.family == "earliest-report" and d.case == case.id
    ]
    # In the report's words, not "the contact's first request", which may have been another
    # (read 233: counting fishing boats came before the jetty).
    key = draft.options[draft.correct[0]]
    assert key.startswith("At the first request for ")
    assert key.removeprefix("At ") in draft.sources[0].quote
    secrets = {m.text for m in scenarios.misconceptions if m.group == "secrets"}
    assert not set(draft.options) & secrets  # a first request may itself have been for those
    assert "The report itself names the moment" in draft.explanation


def test_a_named_request_that_was_not_the_first_is_not_the_key(material: Material) -> None:
    # "Had he reported the first request for photographs of the jetty, ...": paid forms
    # counting fishing boats came first, so "the first payment" would be earlier (read 236).
    from quiz.generate import all_drafts

    (case,) = [c for c in material.extraction.cases if c.name == "Cabdiqaadir Maxamuud Xirsi"]
    keys = [
        d.options[d.correct[0]]
        for d in all_drafts(material)
        if d.family == "earliest-report" and d.case == case.id
    ]
    assert not any("jetty" in key for key in keys)
