"""What corpus 101 (five documents, read once: 2 of 7 cases found on arrival, tag recall 0.17
at precision 0.85; a court chronicle from Lomé, a podcast transcript from Praia da Vitória, a
civil service judgment from Willemstad, an inspection report from Nouakchott and a clerk's
report from South Tarawa; read 305: 19.4% of its questions usable as they stood, no wrong or
debatable key, most told of the wrong person) showed that extraction did not read, fixed by
concept: an organisation followed by its initials is no person; the one "sentenced" in a lead
is the party "the accused" means; a transcript's speaker after the time said; a caption's
party a line or two above "appellant,"; a judge's initials are no "v."; a market, a firm of
advisers and a flight's destination are no people; a post is whoever holds it; and what a
quoted rule or an order to the reader says is no case's."""

from __future__ import annotations

from quiz.documents import Document
from quiz.extract import _read_people
from quiz.taxonomy import find_cues

from .conftest import corpus_cases, corpus_document


def _doc(file: str) -> Document:
    return corpus_document("corpus101", file)


def _cases_of(file: str) -> dict[str, frozenset[str]]:
    return corpus_cases("corpus101", file)


_CHRONICLE = "01_lome_court-chronicle_tax-inspector.txt"
_PODCAST = "02_praia-da-vitoria_podcast-transcript_base-maintenance-plumber.txt"
_JUDGMENT = "03_willemstad_civil-service-appeal-judgment_overflight-permit-officer.txt"
_INSPECTION = "04_nouakchott_inspection-report_seismic-data-librarian-and-reservoir-geologist.txt"
_CLERK = "05_ambo_clerks-report_hansard-reporter-and-it-officer.txt"


def test_a_court_chronicle_of_the_inspector_sentenced() -> None:
    # "Kokou Edem Agbodjan, 41, an inspector at ... the Office Togolais des Recettes (OTR), ...
    # was on Thursday sentenced": he is "the accused"; the office is no person, "Serge
    # Karamoko, presenting himself as an Ivorian consultant" is the cover, and the cousin who
    # introduced him is no case.
    people = _read_people(_doc(_CHRONICLE)).people
    assert "Togolais des Recettes" not in people
    assert people["Serge Karamoko"].contact
    assert people["Kokou Edem Agbodjan"].defendant
    cases = _cases_of(_CHRONICLE)
    assert set(cases) == {"Kokou Edem Agbodjan"}, cases
    # "Mr Bakali described what came next: a plot ... bought for nine million francs in cash";
    # '"it would be a shame for your career if the Commissioner General received them"'; "he
    # did not go to his director"; "If you were in the exemptions service ... you would see
    # everything we need".
    assert {
        "unexplained-money",
        "threats-leverage",
        "security-office",
        "placement",
        "disclosed-affiliation",
    } <= cases["Kokou Edem Agbodjan"]
    # "the erasing application and private mailbox": a hidden channel, not the way in.
    assert "online-approach" not in cases["Kokou Edem Agbodjan"]


def test_a_podcast_guest_who_speaks_after_the_time_said() -> None:
    # 'Guests: Manuel Joaquim Fagundes Pacheco ("Quim"), plumber', then "[00:43] QUIM: ...":
    # the guest's lines are his; "a flight to ..." and "Ponta Delgada" are no one.
    cases = _cases_of(_PODCAST)
    assert set(cases) == {"Manuel Joaquim Fagundes Pacheco"}, cases
    quim = cases["Manuel Joaquim Fagundes Pacheco"]
    assert {"excessive-help-flattery", "disproportionate-reward", "self-surrender"} <= quim
    # "his Facebook profile disappeared the same week": the contact leaving, no online approach.
    assert "online-approach" not in quim


def test_a_judgment_on_its_appellant() -> None:
    # "R.M. GIRIGORIE-MARTINA," / "residing in Curaçao," / "appellant,": the party; "mr. L.V. van
    # der Dijs, judge" (his initials end in "V.") and "ing. Statia", to whom she reported, are
    # not.
    people = _read_people(_doc(_JUDGMENT)).people
    assert people["R.M. Girigorie-Martina"].defendant
    assert not people["van der Dijs"].defendant
    assert people["F.G. Statia"].bench
    cases = _cases_of(_JUDGMENT)
    assert set(cases) == {"R.M. Girigorie-Martina"}, cases
    # The integrity code quoted after "reads:", and the coordinator's "Report to your head of
    # department or to me the same day; ... its online reporting form": no report of hers.
    assert "online-report" not in cases["R.M. Girigorie-Martina"]
    assert "insider-access" in cases["R.M. Girigorie-Martina"]


def test_an_inspection_report_and_the_post_of_the_one_who_copied() -> None:
    # "the head of the Documentation and Archives Service had been used to copy approximately
    # 2.7 terabytes": the man who "has headed the Documentation and Archives Service"; the
    # market, the consultancy and Las Palmas are no people.
    people = _read_people(_doc(_INSPECTION)).people
    assert not {"Marché Capitale", "Las Palmas", "Saharan Subsurface Advisors"} & set(people)
    cases = _cases_of(_INSPECTION)
    assert set(cases) == {"Mariem mint El Moustapha", "Mohamed Mahmoud ould Sidi Brahim"}
    assert {"bulk-collection", "false-persona", "cultivation"} <= cases[
        "Mohamed Mahmoud ould Sidi Brahim"
    ]
    # "to be sent to a private e-mail address" is asked, not done; "copies ... left the
    # country" are the copies, not her.
    assert not {"bulk-collection", "sudden-exit"} & cases["Mariem mint El Moustapha"]


def test_a_clerks_report_with_a_womans_title() -> None:
    # "Nei Teretia Kourabi, Hansard reporter": "Nei" is a title.
    cases = _cases_of(_CLERK)
    assert set(cases) == {"Teretia Kourabi", "Tebwaau Ioteba"}, cases
    assert {"online-approach", "secrecy-pressure"} <= cases["Teretia Kourabi"]
    assert {"threats-leverage", "covert-tradecraft", "insider-access"} <= cases["Tebwaau Ioteba"]
    assert "threats-leverage" in find_cues(
        "She wrote that if he did not re-install the tool she would send the screenshots."
    )


def test_the_stores_clerk_in_a_numbered_section_of_his_own() -> None:
    # Corpus 100: "5. The interview with the retired stores clerk" over "5.2 The man told the
    # newspaper that he ...": the section is the clerk's, a case; "She is known in her
    # neighbourhood, as is customary, as Mai Tariro" is the installer, not someone new.
    people = _read_people(corpus_document("corpus100", _GWERU)).people
    assert "Mai Tariro" not in people
    cases = corpus_cases("corpus100", _GWERU)
    assert set(cases) == {"Nyarai Mushonga", "a retired Air Force stores clerk"}, cases
    clerk = cases["a retired Air Force stores clerk"]
    assert {"paid-tasks", "false-persona"} <= clerk
    # The sidebar "advised readers who are approached to "tell your employer's security
    # officer"": nobody's report.
    assert not {"security-office", "self-surrender"} & clerk


_GWERU = "03_gweru_press-council-adjudication_satellite-tv-installer.txt"
