"""What corpus 98 (five documents, read once: 8 of 11 cases found on arrival, tag recall 0.58
at precision 0.88; a foreign-contact report form in Schaan, a plea in mitigation in Belmopan,
a newspaper editorial in Freetown, a letter of reprimand in Doha and a donor's progress report
in Port Vila; read 298: 59.0% of its questions usable as they stood, no wrong key, two
debatable) showed that extraction did not read, fixed by concept: a Muslim woman's title
before her name ("Haja Mariama Sesay"); a student who "has asked us not to publish his name";
"took his phone to the Office of National Security", "went to the FMC Manager ... and showed
him the e-mail" and "he telephoned Florence Naupa" as an approach and a report; a job told by
what the person drives, a job after "its", a job with a grade or a place after it; a stranger's
account of himself ("He said his name was Marco, that he was ... a mining engineer") is not the
case's job; and advice to everyone ("If any of this happens to you", "The company wants every
employee to know ...", "somebody who has already given something should still come forward")
is nobody's report."""

from __future__ import annotations

from quiz.documents import Document
from quiz.extract import _read_people, extract
from quiz.models import Case
from quiz.taxonomy import find_cues

from .conftest import corpus_cases, corpus_document


def _doc(file: str) -> Document:
    return corpus_document("corpus98", file)


def _cases_of(file: str) -> dict[str, frozenset[str]]:
    return corpus_cases("corpus98", file)


def _case(file: str, name: str) -> Case:
    (case,) = [c for c in extract([_doc(file)]).cases if c.name == name]
    return case


def _roles(file: str, name: str) -> list[str]:
    return [f.value for f in _case(file, name).facts_of("role")]


_FORM = "01_schaan_foreign-contact-report-form_vacuum-coating-technician.txt"
_PLEA = "02_belmopan_plea-in-mitigation_fuel-tanker-driver.txt"
_EDITORIAL = "03_freetown_editorial_airport-vip-lounge-attendant.txt"
_LETTER = "04_doha_letter-of-reprimand_bus-depot-dispatcher.txt"
_PROGRESS = "05_port-vila_donor-progress-report_vms-duty-officer.txt"


def test_an_editorial_with_a_title_and_a_student_never_named() -> None:
    # "Haja Mariama Sesay runs a mobile money kiosk": the title is a woman's, not her name;
    # "A final-year student at Fourah Bay College, who has asked us not to publish his name,
    # ... took his phone to the Office of National Security".
    people = _read_people(_doc(_EDITORIAL)).people
    assert "Haja Mariama Sesay" not in people
    assert people["Mariama Sesay"].gender == "f"
    cases = _cases_of(_EDITORIAL)
    assert set(cases) == {"Fatmata Binta Jalloh", "Mariama Sesay", "a final-year student"}
    assert {"unsolicited-offer", "report-early"} <= cases["Mariama Sesay"]
    # "runs a mobile money kiosk near Wilberforce Barracks": beside the barracks, not in them.
    assert not _case(_EDITORIAL, "Mariama Sesay").facts_of("sector")
    assert {"request-beyond-public", "report-early"} <= cases["a final-year student"]
    # "He gave her envelopes of dollars ... after each of these, and told her, "this is between
    # us""; "asked her to swap it for the one in the lounge office"; "her wardrobe and her
    # spending were noticed by colleagues".
    fatmata = cases["Fatmata Binta Jalloh"]
    assert {"paid-tasks", "secrecy-pressure", "covert-tradecraft", "unexplained-money"} <= fatmata
    # The editorial's advice to its readers, and "a person trusted with the lounge could not
    # hand its lists to a stranger": nobody's report, no offer.
    assert not {"security-office", "hotline", "unsolicited-offer"} & fatmata
    # Her job, not the one the stranger claimed ("that he was an Italian-Lebanese mining
    # engineer").
    assert _roles(_EDITORIAL, "Fatmata Binta Jalloh") == ["lounge attendant"]


def test_a_colleague_asked_by_telephone_who_came_forward() -> None:
    # "he telephoned Florence Naupa ... He asked her to export ..."; "she went to the FMC
    # Manager, Kalo Toara Nasak, told him what she had done and showed him the e-mail".
    cases = _cases_of(_PROGRESS)
    assert set(cases) == {"Jean-Baptiste Tamata", "Florence Naupa"}, cases
    assert "self-surrender" in cases["Florence Naupa"]
    # "The matter has been referred to the Vanuatu Police Force, whose investigating officer ...
    # has ... a statement from Ms Naupa": the police hold her statement; she does not work there.
    assert not _case(_PROGRESS, "Florence Naupa").facts_of("sector")
    # "was its senior VMS duty officer": the job after "its", an abbreviation in it.
    assert _roles(_PROGRESS, "Jean-Baptiste Tamata") == ["VMS duty officer"]


def test_a_letter_of_reprimand_to_one_who_answered_an_advertisement() -> None:
    cases = _cases_of(_LETTER)
    dil = cases["Dil Bahadur Gurung"]
    # "you answered an advertisement ... offering "part-time remote transport data analyst"
    # work": an offer he went looking for.
    assert "unsolicited-offer" not in dil
    # "a single hour of this work paid you about the same as three days at the depot"; that you
    # "would not want your company to find out".
    assert {"disproportionate-reward", "threats-leverage"} <= dil
    # "By then five weeks had passed since the threat": the threat is told elsewhere.
    coercion = _case(_LETTER, "Dil Bahadur Gurung").tag("coercion")
    assert coercion is not None
    assert all("since the threat" not in e.quote for e in coercion.evidence)
    # "The company wants every employee to know that coming forward, even late, is treated very
    # differently": the letter's word to all staff, not the colleague's coming forward.
    assert "self-surrender" not in cases["Wycliffe Otieno Ochieng"]


def test_a_plea_in_mitigation_and_a_form() -> None:
    # "For nine years the Defendant drove a fuel tanker for Cayo Petroleum Distributors Ltd".
    assert _roles(_PLEA, "Kendrick Lionel Arzu") == ["fuel tanker driver"]
    assert _roles(_PLEA, "Imelda Coc") == ["depot dispatcher"]
    # "It also tells them that somebody who has already given something should still come
    # forward": counsel's advice, not his coming forward (he was caught).
    assert "self-surrender" not in _cases_of(_PLEA)["Kendrick Lionel Arzu"]
    cases = _cases_of(_FORM)
    # "no controlled information and no samples left the company": nobody left.
    assert "sudden-exit" not in cases["Florian Ospelt"]
    # 'a LinkedIn message from a "Dr. Hartwig" whom she does not remember meeting ... He offered
    # CHF 2,500 for a short "market study"'.
    assert {"false-persona", "unsolicited-offer"} <= cases["Selin Kaya"]


def test_a_confession_the_same_evening_is_no_early_report() -> None:
    # "went to his commanding officer himself that same evening and admitted everything"
    # (corpus 44) comes forward after giving; "said no and reported that same day" is early.
    assert "report-early" not in find_cues(
        "Instead, he went to his commanding officer himself that same evening and admitted "
        "everything."
    )
    assert "report-early" in find_cues(
        "Because she said no and reported that same day, not one of those names left her kiosk."
    )
