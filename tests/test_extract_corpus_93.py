"""What corpus 93 (five documents, read once: 1 of 10 cases found on arrival, tag recall 0.06 at
precision 1.00; a labour arbitration award, a family firm's minutes, a lecture's transcript, a
telecom's letter to the employee who reported and a parliament's record; read 286: 67.6% of its
questions usable as they stood, no wrong key, eleven of them told as the case of the Speaker of
the House or of a recruiter's cover name) showed that extraction did not read, fixed by concept:
a letter to the person it tells of is theirs, by its greeting and its "you", but its advice to
all staff is nobody's; a party named surname first with the father's name in brackets; titles of
other languages and parliaments; an office addressed ("Mr. Speaker") and a company with its legal
form are nobody; the title of a rule or an event is no name; someone described by their team or
their employer; a nickname with a title; an employer's sanctions are outcomes; and the job on a
letter's address block, a letterhead's sector."""

from __future__ import annotations

from pathlib import Path

import pytest

from quiz.documents import Document
from quiz.extract import _letterhead, _read_people, extract
from quiz.taxonomy import find_cues

from .conftest import case_frame, corpus_cases, corpus_document, corpus_material


def _doc(file: str) -> Document:
    return corpus_document("corpus93", file)


def _cases_of(file: str) -> dict[str, frozenset[str]]:
    return corpus_cases("corpus93", file)


_AWARD = "01_banja-luka_labour-arbitration-award_electricity-meter-reader.txt"
_MINUTES = "02_comayagua_partners-meeting-minutes_pest-control-technician.txt"
_LECTURE = "03_kigali_guest-lecture-transcript_executive-secretary.txt"
_LETTER = "04_bandar-seri-begawan_case-closure-letter_telecom-customer-service-officer.txt"
_HANSARD = "05_nassau_hansard-extract_bonefishing-guide.txt"


def test_a_party_named_surname_first_with_the_fathers_name_is_one_person() -> None:
    # "Claimant: LAZIĆ (Dušan) Goran, Banja Luka, meter reader" and "The Claimant, Goran Lazić":
    # the company named as "Respondent: Elektrodistribucija Vrbas a.d." was the case instead.
    people = _read_people(_doc(_AWARD)).people
    assert "LAZIĆ (Dušan) Goran" not in people, sorted(people)
    assert "Elektrodistribucija Vrbas" not in people, sorted(people)
    assert "Work Discipline" not in people, sorted(people)  # "the Rulebook on Work Discipline"
    cases = _cases_of(_AWARD)
    assert set(cases) == {"Goran Lazić", "Mirjana Tošić-Kecman"}, cases
    # "Mr Reiner answered that "the firm" held the photographs and files with the Claimant's
    # name on them, that the Respondent ... would find them interesting, and that Mr Vukmir's
    # residence permit depended on a job which Mr Reiner "could influence"".
    assert "threats-leverage" in cases["Goran Lazić"], cases


def test_the_colleague_he_approached_is_no_recruiter() -> None:
    # "the Claimant approached his colleague Mirjana Tošić-Kecman, who reads the Lauš route, and
    # offered her KM 200": what follows her relative clause is his act, not hers.
    people = _read_people(_doc(_AWARD)).people
    assert not people["Mirjana Tošić-Kecman"].contact
    assert {"report-early", "security-office"} <= _cases_of(_AWARD)["Mirjana Tošić-Kecman"]


def test_spanish_titles_and_a_cover_with_a_title() -> None:
    # "Don Rigo" is José Rigoberto Maradiaga Cálix ("Rigo"); "Doña Ana Lucía" is no "Doña"; "a
    # woman who called herself Ing. Marcela Rivas" is the recruiter's cover.
    people = _read_people(_doc(_MINUTES)).people
    assert not any(n.startswith(("Don ", "Doña ")) for n in people), sorted(people)
    assert "Ing" not in people, sorted(people)
    assert people["Marcela Rivas"].contact
    cases = _cases_of(_MINUTES)
    assert set(cases) == {"José Rigoberto Maradiaga Cálix", "Kevin Josué Alvarado Mejía"}
    # "because Rigo came to him before any map or pass list left the company": he reported
    # early, and no map left ("left the company" said of a list is no flight).
    assert "report-early" in cases["José Rigoberto Maradiaga Cálix"]
    assert "sudden-exit" not in cases["José Rigoberto Maradiaga Cálix"]


def test_a_suspended_contract_and_a_withdrawn_pass_are_outcomes(tmp_path: Path) -> None:
    text = (
        "Minutes of the partners' meeting\n\n"
        "Pedro Antonio Suazo Reyes, our field technician, received a WhatsApp message in March "
        "from a woman offering him money for photos of the hangars. He sent her photos of the "
        "stores. The Base withdrew his pass the same day. His contract is suspended without pay "
        "pending the inquiry.\n"
    )
    path = tmp_path / "minutes.txt"
    path.write_text(text, encoding="utf-8")
    people = _read_people(Document.read(path, "minutes.txt")).people
    assert people["Pedro Antonio Suazo Reyes"].outcome_hits >= 1


def test_a_cover_named_as_a_contact_person_and_an_events_title() -> None:
    # 'a contact person named "Dr Sarah Whitcombe"' is the cover; the "Regional Forum on
    # Procurement Integrity" is no person who took the procurement officer's sentences.
    people = _read_people(_doc(_LECTURE)).people
    assert people["Sarah Whitcombe"].contact
    assert "Procurement Integrity" not in people, sorted(people)
    cases = _cases_of(_LECTURE)
    assert set(cases) == {"Alice Mukeshimana", "Patrick Niyonzima"}, cases
    # "On his first working day back he went to his agency's security officer".
    assert "report-early" in cases["Patrick Niyonzima"]


def test_a_letter_to_the_person_it_tells_of_is_theirs() -> None:
    # "Dear Dayang Nurul Ain," ... "You did not look up any of the numbers": the addressee.
    cases = _cases_of(_LETTER)
    assert set(cases) == {
        "Nurul Ain binti Haji Abdul Rahman",
        "a member of the billing support team",
    }, cases
    ain = cases["Nurul Ain binti Haji Abdul Rahman"]
    # Her own story, told to "you" ("twice sent you seedlings", "told you not to mention it")...
    assert {"secrecy-pressure", "report-early", "security-office"} <= ain, ain
    # ...and not the letter's advice to all staff ("If a member of staff has already passed on
    # information, they should still come forward"), nor the colleague's story ("Their
    # employment with the Company has ended"), nor "your hobby is your own affair", nor "a debt
    # recovery firm".
    assert not {"self-surrender", "coercion", "compromising-relationship"} & ain, ain
    assert "personal-vulnerability" not in ain, ain


def test_whom_a_letter_says_you_told_is_the_recipient() -> None:
    # "told your supervisor, Mdm Lim Wei Ling, and filed the Speak Up form".
    people = _read_people(_doc(_LETTER)).people
    assert people["Lim Wei Ling"].bench
    assert (
        "Anggerik Borneo Lovers" not in people or not people["Anggerik Borneo Lovers"].person_hits
    )


def test_an_office_addressed_is_nobody_and_a_nickname_keeps_its_title() -> None:
    # "Mr. Speaker, ..." on every page; "Mr. Reginald Tyrone McPhee, known up and down the east
    # coast as "Captain Rex"", then "Captain Rex refused".
    people = _read_people(_doc(_HANSARD)).people
    assert "Speaker" not in people, sorted(people)
    assert "Rex" not in people, sorted(people)
    cases = _cases_of(_HANSARD)
    assert set(cases) == {
        "Reginald Tyrone McPhee",
        "a young woman employed by a contractor at the range camp",
    }, cases
    # "He was told to say nothing to the lodge", "He came of his own accord".
    assert {"secrecy-pressure", "self-surrender"} <= cases["Reginald Tyrone McPhee"]


def test_cues_of_corpus_93() -> None:
    assert "online-approach" in find_cues(
        "Since 2024 you have been a member of an online orchid growers' community."
    )
    assert "online-approach" not in find_cues(
        "He gave him the business card, the e-mails and the briefcase."
    )
    assert "request-beyond-public" in find_cues(
        "He asked her to check if some mobile numbers were active and in whose name they were "
        "registered."
    )
    assert "request-beyond-public" not in find_cues(
        "The pay was about twenty-five dollars for ten minutes of audio."
    )
    assert "threats-leverage" in find_cues(
        "She wrote that the company had all her recordings and that her director would "
        "receive them."
    )
    assert "excessive-help-flattery" not in find_cues(
        'He asked whether, "as a favour between friends", she could check some numbers.'
    )


def test_the_job_and_the_workplace_from_an_address_block_and_a_letterhead(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    material = corpus_material("corpus93", tmp_path_factory)
    # "Dyg Nurul Ain binti Haji Abdul Rahman / Customer Service Officer", under "BAYU TELEKOM
    # SDN BHD".
    ain = case_frame(material, "Nurul Ain binti Haji Abdul Rahman")
    assert (ain.role, ain.workplace.place) == ("a customer service officer", "a telecoms company")
    # "has worked for the Respondent since 2011 as a meter reader": a utility's job.
    goran = case_frame(material, "Goran Lazić")
    assert (goran.role, goran.workplace.place) == ("a meter reader", "an energy company")


def test_a_letterhead_is_a_companys_own() -> None:
    assert _letterhead("BAYU TELEKOM SDN BHD")
    # Who writes about others: the police, a parliament, a union.
    assert not _letterhead("FEDERAL POLICE")
    assert not _letterhead("NATIONAL ASSEMBLY OF THE REPUBLIC OF NAMIBIA")
    assert not _letterhead("3 spy cases released as China celebrates its 4th Police Day")


def test_a_news_headline_is_no_letterhead(tmp_path: Path) -> None:
    # The shipped "3 spy cases released as China celebrates its 4th Police Day": its people do
    # not work for the police.
    text = (
        "3 spy cases released as country celebrates its Police Day\n\n"
        "A translator named Wei Lan was approached online by a stranger who offered her money "
        "for internal papers. She sent them and was arrested and sentenced to ten years.\n"
    )
    path = tmp_path / "news.txt"
    path.write_text(text, encoding="utf-8")
    (case,) = extract([Document.read(path, "news.txt")]).cases
    assert not case.facts_of("sector") or all(f.value != "police" for f in case.facts_of("sector"))
