"""What corpus 72 (six reports, read once: 3 of 11 cases found on arrival) showed that extraction
did not read, fixed by concept: a title's full stop before a one-word name, ranks and titles a
report writes before a name, names a person goes by, a harmless contrast and advice to the
reader, and the recruiter introduced before the case is named."""

from __future__ import annotations

import pytest

from quiz.documents import Document
from quiz.extract import extract
from quiz.generate import all_drafts
from quiz.material import Material
from quiz.taxonomy import cue_matches

from .conftest import case_frame, corpus_material
from .test_extract_named_later import _cases


def _of(name: str) -> dict[str, frozenset[str]]:
    return _cases(name, "corpus72")


def _read(text: str) -> dict[str, frozenset[str]]:
    doc = Document.from_bytes("report.txt", text.encode())
    return {case.name: case.tag_ids for case in extract([doc]).cases}


def test_a_title_with_its_full_stop_and_a_ships_rank_name_people() -> None:
    # "the bosun, Mr. Heru, who like many Javanese uses a single name": the title's full stop
    # ends the capitalised run, but "Heru" is still a titled person; "Third Officer Putu Ayu
    # Wulandari received a message": a rank before a name is a person's.
    cases = _of("04_jakarta_insurance-circular_bosun-and-third-officer.txt")
    assert set(cases) == {"Heru", "Putu Ayu Wulandari"}
    # "On his own initiative he went to the Master, showed him the phone and handed over the
    # cash": he came forward.
    assert "self-surrender" in cases["Heru"]
    assert {"paid-tasks", "covert-tradecraft"} <= cases["Heru"]


def test_a_name_written_surname_first_after_member_and_a_fathers_name_in_brackets() -> None:
    cases = _of("01_novi-sad_agm-minutes_river-traffic-engineer.txt")
    assert set(cases) == {"Vuković Dragana", "Nenad (Milorad) Ristić"}
    assert {"report-early", "security-office"} <= cases["Vuković Dragana"]
    assert {"sudden-exit", "unexplained-money"} <= cases["Nenad (Milorad) Ristić"]


def test_the_name_most_people_know_someone_by_and_a_contrast_found_genuine() -> None:
    # "Vicente T. Manglona, whom most of us know as Ben ... Ben did not send anything. That same
    # week he spoke to his foreman and to his employer's security officer": his own name, not a
    # cover; "He told his supervisor beforehand, the meeting went ahead, and it was exactly what
    # it said it was": the bulletin's harmless contrast, no case.
    cases = _of("06_saipan_parish-bulletin_heavy-equipment-operator.txt")
    assert set(cases) == {"Vicente T. Manglona"}
    # "This stays between friends, okay?"; the fiesta donor's gifts, told before Ben is named,
    # belong to his story.
    assert {"secrecy-pressure", "excessive-help-flattery", "false-persona"} <= cases[
        "Vicente T. Manglona"
    ]


def test_a_person_the_report_keeps_unnamed_and_initials_before_a_short_surname() -> None:
    # "A customs guard ..., who asked not to be named, received a WhatsApp message"; "the
    # project's contracted drone operator, Ing. J. A. Uc".
    assert "a customs guard" in _of("03_bissau_customs-annual-report_manifest-registry-clerk.txt")
    assert "J. A. Uc" in _of("02_merida_ethics-committee-summary_mangrove-researcher.txt")


def test_a_loan_and_a_share_paid_are_no_paid_tasks_and_a_threat_to_tell_the_boss_is() -> None:
    def cues(sentence: str) -> set[str]:
        return set(cue_matches(sentence))

    assert "paid-tasks" not in cues("Dona Fatu always paid her share early and brought food.")
    loan = cues(
        "When Ms Sanhá's mother died in March, at a time when she was already behind with her "
        "children's school fees, Dona Fatu lent her 600,000 CFA francs for the funeral."
    )
    assert "paid-tasks" not in loan
    assert {"personal-vulnerability", "excessive-help-flattery"} <= loan
    assert "threats-leverage" in cues(
        'He replied that the photographs "will be on the Director-General\'s desk by the morning".'
    )
    assert "self-surrender" in cues(
        "On 16 September she went of her own accord to the head of the UCI and handed over her "
        "phone."
    )
    # And in the report itself, all of it is the clerk's.
    cases = _of("03_bissau_customs-annual-report_manifest-registry-clerk.txt")
    assert {"personal-vulnerability", "threats-leverage", "self-surrender"} <= cases[
        "Maria do Céu Gomes Sanhá"
    ]


def test_advice_to_the_reader_tells_nothing_a_person_did() -> None:
    # A declared contact set beside the case: the advice after it ("a stranger who ... wants it
    # kept secret", "Do it early, before anything is handed over") is no act of theirs.
    cases = _read(
        "Parish bulletin\n\n"
        "Frankie Cruz, who works at the Ports Authority, was asked last month to meet a "
        "delegation of foreign investors. He told his supervisor beforehand, and it was exactly "
        "what it said it was. What should make us stop and think is a stranger who pays far too "
        "much for small favours and wants it kept secret.\n\n"
        "- Do it early, before anything is handed over.\n"
    )
    assert cases == {}


def test_a_rank_in_brackets_before_a_name_is_no_part_of_it() -> None:
    cases = _read(
        "Court report\n\n"
        "Chaplain (Major) Choi Min-seok was approached by a stranger and reported it. "
        "Choi said no and reported the approach to his commander.\n"
    )
    assert "Choi Min-seok" in cases


@pytest.fixture(scope="module")
def material(tmp_path_factory: pytest.TempPathFactory) -> Material:
    return corpus_material("corpus72", tmp_path_factory)


@pytest.mark.parametrize(
    ("name", "role", "place"),
    [
        # "the bosun, Mr. Heru": a ship's crew work for the shipping company, not at the naval
        # base they were asked to photograph.
        ("Heru", "a bosun", "a shipping company"),
        # "a fiesta committee member who operates heavy equipment for a contractor building the
        # new airfield works": the job told by what the person does, for a builder.
        ("Vicente T. Manglona", "a heavy equipment operator", "a construction contractor"),
        # "Member Vuković Dragana (masters squad; systems engineer at the river traffic
        # information centre ...)": the job in brackets after the name.
        ("Vuković Dragana", "a systems engineer", None),
        # "He was a fuel-systems technician employed by a support-services contractor", asked for
        # "the station's aircraft movement and fuel uplift records": at an air base, not an
        # "aerospace research institute" (read 209).
        ("Kelvin Shaun Ormond", "a fuel-systems technician", "an air base"),
        # "Third Officer Putu Ayu Wulandari": a ship's officer, at sea for a shipping company.
        ("Putu Ayu Wulandari", "a third officer", "a shipping company"),
        # "the former boatman, Nenad (Milorad) Ristić, ... who maintained the club's boats ...
        # and at the same time worked as a civilian mechanic in the River Flotilla's
        # workshop": the job that gave him access, where it was.
        ("Nenad (Milorad) Ristić", "a mechanic", "a naval base"),
        # "the project's contracted drone operator, Ing. J. A. Uc": whose, then the job.
        ("J. A. Uc", "a drone operator", None),
    ],
)
def test_the_jobs_a_report_gives_in_its_own_forms(
    material: Material, name: str, role: str, place: str | None
) -> None:
    frame = case_frame(material, name)
    assert frame.role == role
    if place is not None:
        assert frame.workplace.place == place


def test_the_cases_own_request_for_public_material_is_its_harmless_twin(
    material: Material,
) -> None:
    # "He first asked for the published tariff notices, which Ms Sanhá gave him": what is
    # ordinary in her situations is her own case's first request, not a stock brochure.
    frame = case_frame(material, "Maria do Céu Gomes Sanhá")
    assert frame.public == "the published tariff notices"
    drafts = [d for d in all_drafts(material) if d.case == frame.case.id]
    told = " ".join(f"{d.prompt} {' '.join(d.options)}" for d in drafts)
    assert "the published tariff notices" in told
    assert "brochure" not in told
    # '"small reports" on the arrival of fuel tankers ..., which anyone watching the shipping
    # could see' were paid work: no harmless twin.
    assert case_frame(material, "Kelvin Shaun Ormond").public == ""


def test_a_voluntary_statement_and_access_as_operator() -> None:
    # "In a statement he gave voluntarily to the committee ... he had uploaded two folders of raw
    # flights from the laboratory archive, to which he had access as operator".
    tags = _of("02_merida_ethics-committee-summary_mangrove-researcher.txt")["J. A. Uc"]
    assert {"self-surrender", "insider-access", "paid-tasks"} <= tags


def test_a_sum_thought_absurd_for_the_work_is_asked_about(material: Material) -> None:
    # "Castell offered her £500 to 'fill in a short survey about life on the base' ... She
    # thought the sum absurd for a survey, declined, and told her line manager": a case found
    # is a case asked about, not one with no questions.
    frame = case_frame(material, "Witness C.")
    assert "disproportionate-reward" in {s.sign.tag for s in frame.signs}
    assert sum(d.case == frame.case.id for d in all_drafts(material)) >= 3


def test_a_situation_speaks_of_the_company_only_after_telling_one(material: Material) -> None:
    # Read 209: "When you look the company up, its website shows photos of its staff" in a
    # situation that had told no company.
    for draft in all_drafts(material):
        said = draft.prompt.find("the company")
        if said >= 0:
            told = draft.prompt[:said]
            # ("The contact names the company they work for": told there.)
            assert " company" in told or told.endswith("names "), draft.prompt


def test_a_request_names_what_it_was_for_whole(material: Material) -> None:
    # "Mr. Crane then asked for the schedule of fuel deliveries to the site": not "your
    # company's schedule", which could be a public one (read 209: a debatable key).
    told = " ".join(
        d.prompt + " " + " ".join(d.options)
        for d in all_drafts(material)
        if d.case == case_frame(material, "Vicente T. Manglona").case.id
    )
    assert "schedule of fuel deliveries" in told
    assert "company's schedule." not in told and "company's schedule\"" not in told


def test_port_courtesies_a_friendship_and_a_message_shown_to_the_chief() -> None:
    gifts = set(
        cue_matches(
            "He gave the deck crew cigarettes and local SIM cards and became friendly with the "
            "bosun, bringing him food from his family's restaurant."
        )
    )
    # Kindness that makes a friend, not a covert channel.
    assert {"cultivation", "excessive-help-flattery"} <= gifts
    assert "covert-tradecraft" not in gifts
    assert "covert-tradecraft" in cue_matches("He gave her a SIM card to use only with him.")
    shown = set(
        cue_matches("The same day he showed the message to his chief of post, who reported it.")
    )
    assert {"security-office", "report-early"} <= shown
    # And in the annual report, the guard's case is one of a report made at once.
    cases = _of("03_bissau_customs-annual-report_manifest-registry-clerk.txt")
    assert {"security-office", "report-early"} <= cases["a customs guard"]


def test_a_crew_abroad_is_told_no_programmes_lunches_and_receptions(material: Material) -> None:
    # Read 209: a bosun in a discharge port was told "the welcome lunch" and "scheduled meetings
    # with local officials", the details of a stay on a programme.
    frame = case_frame(material, "Heru")
    assert frame.channel == "abroad" and not frame.office
    told = " ".join(d.prompt for d in all_drafts(material) if d.case == frame.case.id)
    assert told
    for programme in ("welcome lunch", "local officials", "universities", "reception"):
        assert programme not in told


def test_the_favours_that_were_the_cases_own_ground_the_generosity_sign(
    material: Material,
) -> None:
    # Read 209: a fiesta donor's "small gifts to the members of the fiesta committee", which the
    # bulletin calls normal, were quoted as the warning sign; "paid about $3,000 to repair his
    # boat engine, and paid the application fees for his daughter's college applications" is.
    frame = case_frame(material, "Vicente T. Manglona")
    (generosity,) = [s for s in frame.signs if s.sign.tag == "excessive-help-flattery"]
    assert "boat engine" in generosity.evidence.quote
    # And "was interviewed by the authorities on his return home" is no contact kept up after
    # a stay abroad.
    heru = case_frame(material, "Heru")
    assert "abroad-targeting" not in {s.sign.tag for s in heru.signs}
    assert "excessive-help-flattery" in {s.sign.tag for s in heru.signs}
