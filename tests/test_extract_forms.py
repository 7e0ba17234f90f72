"""Extraction on the many ways news reports write names, sentences, dates and money."""

from __future__ import annotations

import attrs
import pytest

from quiz.documents import Document
from quiz.extract import extract
from quiz.models import Case


def cases(text: str) -> dict[str, Case]:
    extraction = extract([Document.from_bytes("t.txt", text.encode())])
    return {case.name: case for case in extraction.cases}


@pytest.mark.parametrize(
    "name",
    [
        "José Pérez",
        "Łukasz Nowak",
        "Jan van der Berg",
        "Ana de la Cruz",
        "Sean O'Neill",
        "Omar al-Rashid",
        "Lin Chih-hao",
        "Zoë Müller",
    ],
)
def test_names_in_many_alphabets_and_forms(name: str) -> None:
    found = cases(
        f"{name}, a ministry official, was arrested in May 2022 and later sentenced to nine "
        "years in prison for passing classified papers to a foreign intelligence service."
    )
    assert list(found) == [name]
    assert [f.value for f in found[name].facts_of("outcome") if f.event == "sentenced"] == [
        "9 years in prison"
    ]


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("was sentenced to 12 years in prison", "12 years in prison"),
        ("was jailed for 12 years", "12 years in prison"),
        ("was given a 12-year prison sentence", "12 years in prison"),
        ("was handed 12 years in jail", "12 years in prison"),
        ("was ordered to serve three years and six months", "3 years and 6 months in prison"),
        ("was sentenced to life imprisonment", "life imprisonment"),
        ("was sentenced to death with a two-year reprieve", "death with a reprieve"),
    ],
)
def test_prison_sentences_however_they_are_written(sentence: str, term: str) -> None:
    found = cases(f"Mark Delgado, an army officer, {sentence} for spying for a foreign agency.")
    outcomes = [f.value for f in found["Mark Delgado"].facts_of("outcome") if f.event]
    assert term in outcomes


def test_payments_received_for_years_are_not_a_prison_sentence() -> None:
    found = cases(
        "Mark Delgado, an army officer, was arrested for espionage. Delgado received payments "
        "for two years from a foreign intelligence officer."
    )
    assert [f for f in found["Mark Delgado"].facts_of("outcome") if f.event == "sentenced"] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("on 3rd March 2021", "2021-03-03"),
        ("on March 3, 2021", "2021-03-03"),
        ("on 3 March 2021", "2021-03-03"),
        ("in March 2021", "2021-03"),
        ("in 2021", "2021"),
    ],
)
def test_dates(text: str, value: str) -> None:
    found = cases(f"Mark Delgado, an army officer, was arrested {text} for espionage.")
    assert value in {f.value for f in found["Mark Delgado"].facts_of("date")}


@pytest.mark.parametrize(
    ("text", "number", "currency"),
    [
        ("$25,000", 25000, "USD"),
        ("US$4,000", 4000, "USD"),
        ("€1.5m", 1_500_000, "EUR"),
        ("£2,000", 2000, "GBP"),
        ("50,000 rubles", 50000, "RUB"),
        ("1.5 million yuan", 1_500_000, "CNY"),
        ("ten thousand yuan", 10000, "CNY"),
        ("NT$850,000", 850000, "TWD"),
        ("0.5 bitcoin", 0.5, "BTC"),
        # Other countries' dollars are their own currency, never US dollars.
        ("RD$640,000", 640000, "DOP"),
        ("TT$2,500", 2500, "TTD"),
        ("ZK$300", 300, "ZK$"),  # a dollar the table does not know: as the report writes it
    ],
)
def test_money(text: str, number: float, currency: str) -> None:
    found = cases(f"Mark Delgado, an army officer, was arrested for espionage. He was paid {text}.")
    amounts = {(f.number, f.unit) for f in found["Mark Delgado"].facts_of("money")}
    assert (number, currency) in amounts


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Ana Paula Ferreira, a 41-year-old engineer at a naval shipyard, was arrested in "
            "March 2023 on charges of espionage. Prosecutors say Ferreira was approached online "
            "by a man who claimed to be a headhunter. She was sentenced to six years in prison.",
            "Ana Paula Ferreira",
        ),
        (
            "John Michael Reddy was charged with espionage on Tuesday. Reddy, a systems "
            "administrator at the ministry, had copied thousands of files, investigators said. "
            "He was paid in cryptocurrency.",
            "John Michael Reddy",
        ),
        (
            "Mark J. Tulloch, a defence contractor, was jailed for eight years on Friday for "
            "spying. Tulloch met a foreign diplomat at a reception in 2019 who offered him money "
            "for classified reports.",
            "Mark J. Tulloch",
        ),
        (
            "Sergeant First Class Tomasz Nowicki was sentenced to five years in prison by a "
            "military court. Nowicki had sold maintenance manuals to a foreign agent who "
            "threatened to expose him.",
            "Tomasz Nowicki",
        ),
        (
            "Mr Kim, an engineer at a defence firm, was indicted on Monday. Kim had been "
            "contacted on a professional networking site by a fake recruiter who asked for "
            "details of a radar project.",
            "Kim",
        ),
        (
            "A 34-year-old radar engineer has been charged with passing secrets to a foreign "
            "intelligence service. The engineer, who cannot be named for legal reasons, was "
            "approached on a networking website by a woman posing as a recruiter.",
            "a 34-year-old radar engineer",
        ),
    ],
    ids=["middle name", "three parts", "initial", "rank", "title and surname", "never named"],
)
def test_names_of_every_shape_and_people_never_named(text: str, name: str) -> None:
    assert set(cases(text)) == {name}


def test_a_spokesman_described_without_a_name_is_not_a_case() -> None:
    text = (
        "A spokesman for the prosecutors said on Monday that the case was serious. "
        "Marta Kowalska, a translator, was arrested in May and charged with espionage. "
        "She had passed documents to a foreign agent."
    )
    assert set(cases(text)) == {"Marta Kowalska"}


def test_a_given_name_with_an_initial_surname_is_a_name() -> None:
    text = (
        "The defendant, 29-year-old Tomasz K., whose full surname may not be published, was "
        "sentenced to four years in prison for espionage. Tomasz K. had sold shipping schedules "
        "to a foreign handler. He said he needed the money."
    )
    assert set(cases(text)) == {"Tomasz K."}


def test_a_description_the_story_names_a_little_later_is_that_person() -> None:
    text = (
        "Prosecutors on Monday formally charged an employee of the Electoral Service with "
        "disclosing reserved information to a foreign state. The court ordered his detention. "
        "The accused, Marco Silva Reyes, 29, a software developer, was first contacted in 2022 "
        "through a chat channel. He was paid a retainer and passed on internal documents."
    )
    assert set(cases(text)) == {"Marco Silva Reyes"}


def test_an_intelligence_officer_never_caught_is_the_recruiter_not_a_case() -> None:
    text = (
        "Sami Virtanen, a telecom engineer, was sentenced to two years in prison for espionage. "
        "An old friend, Oleg Sarin, invited him to dinners and paid the bills. He asked for "
        "network diagrams. Sarin is an officer of a foreign intelligence service. He is not in "
        "Finland and he was not charged."
    )
    assert set(cases(text)) == {"Sami Virtanen"}


@pytest.mark.parametrize(
    ("text", "not_a_case"),
    [
        (
            "The diplomat, a second secretary at the embassy identified in a statement as Karim "
            "Adel Fathy, was declared persona non grata. Fathy had approached a naval officer, "
            "paid him 1,500 dollars and asked him for fuel schedules. Fathy was expelled.",
            "Karim Adel Fathy",
        ),
        (
            "Rodrigo Ibarra was arrested in May after he passed satellite schedules to a foreign "
            'contact. "This is a textbook pathway," said Mariana Ochoa, a consultant who '
            "advises operators. Ochoa said staff should report paid invitations.",
            "Mariana Ochoa",
        ),
    ],
    ids=["expelled diplomat", "quoted consultant"],
)
def test_a_recruiter_or_a_quoted_expert_is_not_a_case(text: str, not_a_case: str) -> None:
    assert not_a_case not in cases(text)


def _roles_and_sectors(text: str) -> tuple[list[str], list[str]]:
    (case,) = cases(text).values()
    return [f.value for f in case.facts_of("role")], [f.value for f in case.facts_of("sector")]


def test_a_lead_that_describes_the_person_before_naming_them_gives_the_job() -> None:
    roles, sectors = _roles_and_sectors(
        "A welder who worked on the refit of a navy patrol vessel was on Tuesday sentenced to "
        "nine years in prison for passing drawings to a foreign intelligence service.\n\n"
        "Johannes Tuhafeni Amupolo-Shikongo, of Kuisebmond, was convicted last month. "
        "Amupolo-Shikongo met a woman on a dating app and sent her photographs for money. "
        "A navy security officer who checked the access logs reported the matter in November, "
        "and Amupolo-Shikongo was arrested."
    )
    assert roles == ["welder"]  # not the security officer who reported him
    assert sectors[:1] == ["navy"]


def test_a_cover_story_or_someone_else_apposed_is_not_the_job() -> None:
    roles, _ = _roles_and_sectors(
        "Rodrigo Ibarra Salcedo, 39, a senior console operator, was arrested in February and "
        "charged with espionage. Prosecutors say two people who befriended Ibarra, presenting "
        "themselves as a consultant for a start-up, were intelligence officers. According to "
        "the charging documents, Ibarra, who was paid 2,000 dollars, a shift supervisor "
        "flagged his downloads."
    )
    assert roles == ["senior console operator"]


def test_the_definite_description_after_the_name_refers_back_to_the_person() -> None:
    roles, _ = _roles_and_sectors(
        "A court sentenced Mehmet Kaya to twelve years in prison on Monday for passing sonar "
        "manuals to a foreign intelligence officer. Kaya was arrested in 2023 at his home. "
        "The petty officer, 41, had served for 19 years on submarines."
    )
    assert "petty officer" in roles


def test_where_the_person_works_outranks_where_a_ceremony_was_held() -> None:
    roles, sectors = _roles_and_sectors(
        "An air-traffic controller from Sandweiler has been publicly thanked by the police "
        "after she reported a fellow member of her running club who, investigators say, was "
        "trying to recruit her for a foreign intelligence service.\n\n"
        "Anne-Sophie Marie Kieffer, 38, who has worked in the control tower at Luxembourg "
        "Airport for eleven years, received a letter of commendation at a short ceremony at the "
        "police headquarters on Tuesday.\n\n"
        "In August he offered her 5,000 euros for a short report on the airport's procedures. "
        "Ms Kieffer did not accept the money. Instead she told her supervisor, who put her in "
        "contact with the airport's security officer. Kieffer reported the approach."
    )
    assert roles[0] == "air-traffic controller"
    assert sectors[0] == "aviation"


def test_a_person_never_named_and_called_the_official_afterwards_is_a_case() -> None:
    from quiz.frames import _role
    from quiz.scenario_material import scenario_material

    found = cases(
        "The ministry announces that a civil servant in its press division has been dismissed "
        "following the unauthorised disclosure of internal information to a foreign "
        "intelligence service.\n\n"
        "The official, a 42-year-old press officer at the rank of Professional Level, has not "
        "been named. In September, the official received an unsolicited email offering "
        "freelance translation work. The official was paid 3,000 baht per article. The agency "
        "asked the official to supply internal briefing notes and to delete messages after "
        "each assignment. The official provided at least seven internal documents."
    )
    assert list(found) == ["a civil servant"]
    case = found["a civil servant"]
    assert {"unsolicited-offer", "paid-tasks"} <= case.tag_ids
    # "civil servant" says nothing of the job; the story says it more precisely.
    assert _role(case, scenario_material()) == "a press officer"


def test_initials_a_court_order_leaves_are_the_person_not_a_cover_name() -> None:
    found = cases(
        "A 52-year-old systems administrator, who can be identified only as R.T. under a "
        "suppression order, was sentenced to two years in prison last month. R.T. met a woman "
        "who called herself Mara at his tramping club. R.T. was paid 38,000 dollars for "
        "photographs of patient records, and he sent them through an encrypted app she had "
        "asked him to install."
    )
    assert "R.T." in found and "Mara" not in found


def test_a_plain_word_for_the_person_said_more_precisely_at_once_names_them() -> None:
    found = cases(
        "The attempt was directed at an employee of a regional electricity grid company: a "
        "44-year-old engineer at one of the company's dispatch centres. A visitor presenting "
        "himself as a sales director approached the engineer at a forum and later invited him "
        "to dinner. He gave the engineer gifts and paid for a trip to Dubai. The engineer "
        "reported the contact to the security service."
    )
    assert list(found) == ["a 44-year-old engineer"]
    assert [f.value for f in found["a 44-year-old engineer"].facts_of("sector")][:1] == ["energy"]


def test_the_job_told_before_a_name_the_court_lets_the_paper_print() -> None:
    roles, _ = _roles_and_sectors(
        "On one of those trips a 52-year-old systems administrator from a hospital, who can be "
        "identified only as R.T. under a suppression order, met a woman who called herself "
        "Mara. R.T. was sentenced to two years in prison for selling patient records, and he "
        "was paid 38,000 dollars through an encrypted app."
    )
    assert roles[:1] == ["systems administrator"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The County Court in Split found the 46-year-old, identified in court documents only "
            "by the initials D.Š., guilty of espionage and sentenced him to four years in prison. "
            "D.Š. met an old classmate at a reunion, and D.Š. was paid 3,000 euros for drawings.",
            "D.Š.",
        ),
        (
            "Lucía de los Ríos, 44, worked as a forecaster. She was given a two-year suspended "
            "sentence for disclosing restricted information after a man approached her at a "
            "workshop. De los Ríos went to the authorities herself and reported the approach.",
            "Lucía de los Ríos",
        ),
        (
            "Senior Sergeant Žukauskas no longer wears the uniform. In September the court "
            "sentenced the 39-year-old dog handler to six years in prison for espionage. "
            "Žukauskas was paid 500 euros for photographs of the fence, and Žukauskas was "
            "arrested in June.",
            "Žukauskas",
        ),
        (
            "The prosecution authority has brought charges of aggravated espionage and, in the "
            "alternative, disclosure of a state secret against a 52-year-old translator employed "
            "by a ministry. The translator was approached through a language-exchange app and "
            "paid 150 euros per page. The translator was arrested in April.",
            "a 52-year-old translator",
        ),
        # A surname in capitals before a hyphenated given name, then "Ms" and the surname
        # (read 136).
        (
            "KANG Soo-ah, 38, a customs auditor, was charged with leaking audit files to a man "
            "who paid her. Ms Kang was arrested in May. The court later acquitted Ms Kang.",
            "KANG Soo-ah",
        ),
    ],
)
def test_names_with_particles_ranks_diacritic_initials_and_no_name(text: str, name: str) -> None:
    assert name in cases(text)


def test_the_start_of_an_organisations_name_is_not_a_person() -> None:
    found = cases(
        "Aoife Brennan-Kehoe, a press officer, reported the approach the same afternoon. The "
        "security officer contacted the Garda Crime and Security Branch, which confirmed that "
        "the profile was fake. Brennan-Kehoe was thanked for reporting the approach early, and "
        "the man who approached Brennan-Kehoe offered her 2,000 euros."
    )
    assert "Garda Crime" not in found


def test_a_citizen_referred_to_the_prosecution_and_a_cover_introduced_by_email() -> None:
    from quiz.frames import _role
    from quiz.scenario_material import scenario_material

    found = cases(
        "The security authorities announce that a citizen has been referred to the Public "
        "Prosecution for passing information to a foreign party.\n\n"
        "The person concerned is an Omani national, 41 years of age, employed as a driver in a "
        "transport section of the Ministry of Defence. The employee was approached by a man who "
        "offered a scholarship for his son. The man gave the employee gifts and paid for a "
        "holiday, and then asked the employee for the movements of senior officers. The "
        "client introduced herself over email as Dr. Evelyn Hart, a senior fellow."
    )
    assert list(found) == ["a citizen"]
    assert _role(found["a citizen"], scenario_material()) == "a driver"


def test_a_surname_alone_names_a_sentenced_person_not_a_suspect() -> None:
    found = cases(
        "Yesterday the court sentenced an army pharmacist, Captain Kask, to three years and six "
        "months in prison for espionage. Kask was paid 5,000 euros by his old teacher, and Kask "
        "was arrested in May."
    )
    # (Named by the rank the report gives him, read 187; without one, "the person surnamed
    # Kask", never "the suspect": he was sentenced.)
    assert found["Kask"].display_name == "Captain Kask"
    assert attrs.evolve(found["Kask"], title="").display_name == "the person surnamed Kask"


def test_according_to_his_lawyer_the_person_named_next_is_the_case() -> None:
    found = cases(
        "Corporal Wijesinghe, 36, was charged last month under the Official Secrets Act after "
        "he handed over lists of aircraft spare parts. A man paid 150,000 rupees a month to "
        "Wijesinghe. By then, according to his lawyer, Wijesinghe was trying to get out, and "
        "Wijesinghe was arrested in December."
    )
    assert "Wijesinghe" in found


def _frame(text: str):
    from quiz.frames import build_frame
    from quiz.scenario_material import scenario_material

    (case,) = cases(text).values()
    return build_frame(case, scenario_material())


def test_a_woman_described_by_age_and_what_she_works_as_is_the_case_not_her_recruiters_cover() -> (
    None
):
    found = cases(
        "Police have arrested a 52-year-old woman who works as a customs broker at the "
        "container terminal on suspicion of espionage. The woman was contacted on a "
        'professional networking site by someone who introduced herself as "Sophie Lambert", '
        "a senior consultant at an executive search firm recruiting for a client. Lambert "
        'offered her 1,500 euros per note. Her lawyer said: "She answered a recruiter like '
        'thousands of people do every day."'
    )
    assert list(found) == ["a 52-year-old woman"]
    frame = _frame(
        "Police have arrested a 52-year-old woman who works as a customs broker at the "
        "container terminal on suspicion of espionage. The woman was contacted on a "
        "networking site by a stranger recruiting for a client, and was paid 1,500 euros per "
        'note. "She answered a recruiter like thousands of people do every day."'
    )
    assert frame.role == "a customs broker"
    assert not frame.recruiter  # the lawyer's "a recruiter like thousands of people"


def test_what_a_person_manages_is_their_job() -> None:
    frame = _frame(
        "A 39-year-old woman who manages a materials-science laboratory at a university was "
        "approached at a conference by a man who introduced himself as a visiting professor. "
        "He invited her to lecture abroad with flights paid and asked about unpublished "
        "results. She reported the approach to the research security office."
    )
    assert frame.role == "a laboratory manager"


def test_initials_the_police_give_and_a_lead_job_told_to_whom() -> None:
    found = cases(
        "Police have charged an aide to a member of the lower house defence committee with "
        "espionage. The aide, identified by police only as M.V., 29, was remanded in custody. "
        'M.V. received an unsolicited email from a "Dr. Stefan Weiss", who presented himself '
        "as programme director of an institute, offering 600 euros per paper."
    )
    assert list(found) == ["M.V."]
    case = found["M.V."]
    assert [f.value for f in case.facts_of("role")] == ["aide"]
    # The parliament the aide works in, not the police who identified him.
    assert [f.value for f in case.facts_of("sector")][:1] == ["parliament"]
    assert "police" not in {f.value for f in case.facts_of("sector")}


def test_the_person_called_again_by_age_and_job_after_being_named() -> None:
    frame = _frame(
        "When a woman calling herself Leila matched with him on a dating app, Kevin Ouma "
        "thought his luck had changed. Eight weeks later the 29-year-old network engineer was "
        "telling his employer's security manager that someone was trying to recruit him. "
        "Ouma, who works in core-network operations at one of the largest mobile operators, "
        "was never charged. Leila offered him 5,000 dollars for a map of the network. Ouma "
        "reported the approach."
    )
    assert frame.role == "a network engineer"
    assert frame.workplace.place == "a telecoms company"


def test_a_municipality_is_a_city_council() -> None:
    frame = _frame(
        "Marc Pelletier, 44, a former network administrator for a municipality in Quebec, was "
        "charged with espionage last year. Pelletier was paid 450 dollars an hour for calls "
        "with a client who asked about the city's control systems."
    )
    assert frame.workplace.place == "a city council"


def test_the_foreign_citizen_is_not_the_employee_the_story_describes() -> None:
    found = cases(
        "The attempt was directed at an employee of a grid company: a 44-year-old engineer at "
        "a dispatch centre. A visitor approached the engineer at a forum and gave him gifts. "
        "The engineer was paid 2,000 dollars. When the engineer delayed, the foreign citizen "
        "reminded him of the money he had received. The engineer reported the contact to the "
        "security service, and the foreign citizen left the country."
    )
    assert list(found) == ["a 44-year-old engineer"]


def test_a_second_suspect_surnamed_and_released_on_bail_is_a_case() -> None:
    found = cases(
        "Prosecutors have arrested two people on suspicion of spying for a foreign "
        "intelligence service. The court ordered Huang Yu-chen, 29, a customs officer, "
        "detained for two months. A second suspect, a police dispatcher surnamed Lo, 52, was "
        "released on bail. Huang was paid in cryptocurrency for passenger lists. Lo allegedly "
        "looked up vehicle owners in the police database for a contact who paid him 3,000 "
        "dollars per query. Lo was charged with espionage in May."
    )
    assert {"Huang Yu-chen", "Lo"} <= set(found)
    frame = _frame(
        "Prosecutors said a police dispatcher surnamed Lo, 52, was arrested and released on "
        "bail. Lo allegedly looked up vehicle owners in the police database for a contact who "
        "paid him per query. Lo was charged with espionage."
    )
    assert frame.role == "a police dispatcher"
    assert frame.workplace.place == "a police force"


def test_a_first_name_and_an_initial_kept_back_is_the_person_not_a_cover() -> None:
    frame = _frame(
        "In one case, a doctoral candidate in a university photonics laboratory, identified "
        "only as Mei L., received an unsolicited email from a man calling himself Dr Adrian "
        "Kessler, who offered her a funded fellowship. Mei L. reported the approach to her "
        "university's security office."
    )
    assert frame.case.name == "Mei L."
    assert frame.role == "a doctoral candidate"
    assert frame.workplace.place == "a university"


def test_the_job_before_initials_given_only_by_a_statement() -> None:
    found = cases(
        "A senior economist at an energy ministry, identified in a ministry statement only by "
        "the initials K.O.A., has been dismissed after he passed unpublished documents to a "
        "man posing as a journalist. K.O.A. was paid 2,000 dollars for each note. K.O.A. "
        "sent 47 internal documents to the man. He was dismissed in May."
    )
    assert [f.value for f in found["K.O.A."].facts_of("role")] == ["senior economist"]


@pytest.mark.parametrize(
    ("text", "role", "place"),
    [
        (
            "Rafael Albuquerque, 44, a shipping agent at a firm that handles port calls, was "
            "arrested after he passed cargo manifests to a handler who paid him.",
            "a shipping agent",
            "a port",
        ),
        (
            "Police praised a 34-year-old engineer at a satellite ground-station operator who "
            "reported an approach. The engineer received an unsolicited message offering paid "
            "work. The engineer reported the approach to his security officer the same day.",
            "an engineer",
            "a satellite company",
        ),
    ],
)
def test_agents_and_satellite_operators(text: str, role: str, place: str) -> None:
    frame = _frame(text)
    assert (frame.role, frame.workplace.place) == (role, place)


def test_a_recruiter_presenting_herself_under_a_name_is_not_the_case() -> None:
    found = cases(
        "A control-room operator at a hydroelectric dam, identified only by his initials, "
        "R.M., reported an approach and will face no charges, police said. R.M. was contacted "
        'through a networking site by a woman presenting herself as "Valentina Roth", a '
        "recruiter, who offered him 1,500 dollars per report. R.M. reported the approach to "
        "the company's head of security."
    )
    assert "R.M." in found and "Valentina Roth" not in found
    frame = _frame(
        "A control-room operator at a hydroelectric dam, identified only by his initials, "
        "R.M., reported an approach and will face no charges. R.M. was contacted through a "
        "networking site by a recruiter who offered him 1,500 dollars per report. R.M. "
        "reported the approach to the company's head of security."
    )
    assert frame.role == "a control-room operator"


def test_a_surname_the_court_gives_and_a_job_as_a_title_before_the_name() -> None:
    found = cases(
        "A military court handed a suspended sentence to a radio technician. The technician, "
        "named in court only by his surname, Jlassi, 36, worked at a National Guard "
        "communications centre. Jlassi copied frequency tables for a neighbour who paid him "
        "12,000 dinars. Jlassi was convicted of espionage."
    )
    assert "Jlassi" in found
    assert [f.value for f in found["Jlassi"].facts_of("role")][:1] == ["technician"]
    frame = _frame(
        "Laurentide Avionics quality engineer Teodor Vasile was arrested at Montreal airport "
        "and charged with passing drawings to a foreign state. Vasile, 39, was paid 20,000 dollars "
        "by a man from a cultural association. Vasile was charged with espionage and remanded "
        "in custody."
    )
    assert frame.role == "a quality engineer"
    assert frame.workplace.place != "an airport"  # where he was caught, not where he works


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Aivars Kalnins, a senior duty officer at Jelgava Prison, was sentenced to six "
            "years in prison for passing inmate lists to a foreign intelligence service that "
            "paid him. "
            "Kalnins was arrested in 2024 and convicted of espionage.",
            "a prison",
        ),
        (
            "Tan Kok Leong, a senior planner at the Urban Redevelopment Authority, was charged "
            "with passing drafts to a journal that paid him 2,000 dollars per article. Tan was "
            "arrested in 2024 and charged with espionage.",
            "a planning authority",
        ),
    ],
)
def test_prisons_and_planning_authorities_as_workplaces(text: str, place: str) -> None:
    assert _frame(text).workplace.place == place


def test_a_surname_in_a_resolution_and_the_man_he_was_introduced_to() -> None:
    found = cases(
        "Argentina's Naval Prefecture, the country's coast guard, has dismissed a logistics "
        "officer stationed in Tierra del Fuego after he passed patrol schedules to a foreign "
        "think tank. The officer, named in the disciplinary resolution only by his surname, "
        "Ortiz, had served for 14 years. At a forum Ortiz was introduced to Dr. Andres "
        "Kessler, who said he was a research fellow. Kessler paid Ortiz 3,000 dollars for "
        "each report. Ortiz was dismissed in May."
    )
    assert list(found) == ["Ortiz"]
    frame = _frame(
        "Argentina's Naval Prefecture, the country's coast guard, has dismissed a logistics "
        "officer stationed in Tierra del Fuego after he passed patrol schedules to a foreign "
        "think tank. The officer, named in the disciplinary resolution only by his surname, "
        "Ortiz, had served for 14 years. A man paid Ortiz 3,000 dollars for each report. "
        "Ortiz was dismissed in May."
    )
    assert (frame.role, frame.workplace.place) == ("a logistics officer", "a coast guard station")


def test_a_man_described_by_age_and_the_work_he_does_is_the_case() -> None:
    found = cases(
        "The person concerned, a 45-year-old man working as a clerk for a parliamentary "
        "committee, ran into serious financial difficulties. A neighbour offered to lend him "
        "15,000 euros. When the clerk hesitated, the neighbour hinted at friends at an embassy. "
        "The clerk handed over two agendas, then reported the approach to the security "
        "officer. The clerk came forward before more was lost."
    )
    assert "a 45-year-old man" in found


def test_police_who_arrest_or_are_quoted_are_not_the_workplace() -> None:
    frame = _frame(
        "Malaysian police have arrested a semiconductor process engineer suspected of passing "
        "manufacturing data to a foreign intelligence network. The 38-year-old engineer, "
        "identified only by the initials L.W.K., worked at a wafer plant. According to "
        "police, L.W.K. was paid 5,000 ringgit per report. L.W.K. was charged in May."
    )
    assert (frame.role, frame.workplace.place) == (
        "a semiconductor process engineer",
        "a technology company",
    )


def test_an_arrest_at_an_airport_is_still_the_arrest_its_date_tells() -> None:
    found = cases(
        "Teodor Vasile, 39, a quality engineer at an avionics maker, was charged with espionage "
        "and paid 20,000 dollars by a handler. Vasile was arrested at Montreal airport, the "
        "prosecutor's office said on 3 May 2023. Vasile was convicted in 2024."
    )
    dates = {f.value: f.event for f in found["Teodor Vasile"].facts_of("date")}
    # The airport is left out of where he works, not out of the sentence's arrest.
    assert dates["2023-05-03"] == "arrested"


def test_a_place_named_like_a_person_does_not_take_the_case_over() -> None:
    found = cases(
        "Sergei Volkov, 51, a clerk at the ministry's archive, was charged with espionage. "
        "According to the indictment, Volkov was questioned for hours at the Ivan Gorod "
        "crossing on a trip to see his sister. Some weeks later a man visited him and offered "
        "him money for copies of the archive's registers. Volkov was convicted in 2025."
    )
    assert list(found) == ["Sergei Volkov"]


def test_a_city_with_a_saint_in_its_name_is_no_person() -> None:
    found = cases(
        "Anna Berg, an engineer at a port, was sentenced to three years in prison. A man from "
        "St Petersburg befriended her at a choir and later asked her for port plans. Berg was "
        "arrested in 2024."
    )
    assert list(found) == ["Anna Berg"]


def test_initials_with_a_space_are_the_person() -> None:
    found = cases(
        "A 44-year-old engineer at a water utility, identified in court documents only as "
        "R. T., was sentenced to four years in prison. According to the judgment, R. T. was "
        "befriended by a man who later asked her for diagrams of the pumping stations. R. T. "
        "copied the plans and was paid 3,000 euros."
    )
    assert "R. T." in found
    frame = _frame(
        "A 44-year-old engineer at the municipal water utility, identified in court documents "
        "only as R. T., was sentenced to four years in prison. R. T. copied the plans and was "
        "paid 3,000 euros."
    )
    assert frame.workplace.place == "a water utility"


def test_a_rank_the_story_never_names_is_a_case() -> None:
    found = cases(
        "In a case from last year, a lieutenant colonel in the air force was contacted on a "
        "dating app by a woman who soon asked about his squadron. When he refused, she "
        "threatened to send their messages to his wife. He reported it to his unit's security "
        "officer the same day."
    )
    assert "a lieutenant colonel" in found


def test_a_description_said_again_after_was_is_the_same_person() -> None:
    found = cases(
        "Officials said a foreign diplomat had spent months trying to recruit an army radio "
        "technician. The target of the approach was a staff sergeant serving with the signals "
        "battalion. The technician was approached on a networking site and offered paid work, "
        "and he reported the approach to his security officer. The technician was praised."
    )
    assert "an army radio technician" in found
    assert "a staff sergeant" not in found


def test_the_lead_tells_the_job_of_the_first_of_two_cases() -> None:
    frame_text = (
        "RIGA, 2 May 2026 - A court on Thursday acquitted a former driver at the Ministry of "
        "Transport who had been accused of spying. Ivars Ozols, 57, drove officials for the "
        "ministry until his suspension. Ozols was charged last year and a man offered him money. "
        "In a separate case, Liene Kalna, an engineer at a power plant, was sentenced to four "
        "years in prison after she sold plans. Kalna was arrested in 2024."
    )
    found = cases(frame_text)
    assert {"Ivars Ozols", "Liene Kalna"} <= set(found)
    roles = [f.value for f in found["Ivars Ozols"].facts_of("role")]
    assert roles == ["driver"]


@pytest.mark.parametrize(
    ("text", "place", "role"),
    [
        (
            "NAIROBI - Detectives are hunting for an IT officer at a Nairobi hospital that treats "
            "senior military staff for leaking records. Peter Otieno, a systems administrator "
            "at the hospital, was charged in absentia with espionage after he sold patient "
            "files. Otieno was charged in May and paid 2,000 dollars.",
            "a hospital",
            "a systems administrator",
        ),
        (
            "OSAKA - A 50-year-old shipyard welder was arrested for photographing a warship. "
            "Kenji Sato, who worked for a subcontractor at the yard, was paid for photographs of "
            "hull sections. Sato was arrested in June and charged with espionage.",
            "a shipyard",
            "a welder",
        ),
    ],
)
def test_hospitals_and_shipyards_as_workplaces(text: str, place: str, role: str) -> None:
    frame = _frame(text)
    assert (frame.role, frame.workplace.place) == (role, place)


def test_two_people_an_advisory_describes_after_a_date() -> None:
    found = cases(
        "In March, a research engineer in our Polymer Coatings group received an unexpected "
        "offer of paid consulting work. The engineer reported it to the Security Office the "
        "same day.\n\n"
        "In June, a doctoral student in the Optics group was contacted on a networking site by "
        "a recruiter. He was offered paid calls and later came forward to the Security Office."
    )
    assert {"a research engineer", "a doctoral student"} <= set(found)
    assert not {"Polymer Coatings", "Optics"} & set(found)


def test_someone_asked_by_a_relative_and_acquitted_is_a_case() -> None:
    found = cases(
        "Jan K., 24, who had been charged with helping his uncle, was acquitted. Jan K. had "
        "been asked by his uncle to mount a camera on his balcony overlooking the naval base. "
        "The prosecution has not said whether it will appeal the acquittal."
    )
    assert "Jan K." in found


def test_what_a_lead_tells_of_the_person_it_describes_is_the_first_cases() -> None:
    found = cases(
        "LIMA, 3 May 2026 - A Peruvian Navy electrician suspected of selling base plans crossed "
        "illegally into Bolivia days before his hearing, police said.\n\n"
        "Petty Officer Luis Quispe Mamani, 33, an electrician at the Callao base, had been "
        "under investigation since March. Quispe was paid 2,000 soles for each set of plans he "
        "photographed. Quispe was charged with espionage in April."
    )
    (case,) = found.values()
    assert "sudden-exit" in case.tag_ids


def test_an_initialism_in_a_job_keeps_its_capitals() -> None:
    frame = _frame(
        "Ana Pop, 41, a customs IT systems administrator, was sentenced to five years in prison "
        "for selling passwords to a foreign intelligence service. Pop was arrested in 2024."
    )
    assert frame.role == "an IT systems administrator"


def test_a_surname_that_is_also_a_word_and_the_handler_who_left() -> None:
    found = cases(
        "SEOUL - Prosecutors arrested a 50-year-old official surnamed Park on Monday. Park "
        "was charged with espionage in May.\n\n"
        "Investigators say Park photographed documents on his office screen and sent them to "
        "an acquaintance surnamed Lee. Lee allegedly paid him 3 million won.\n\n"
        "Investigators suspect Lee was acting on behalf of a foreign intelligence service. He "
        "left the country in August and is the subject of an arrest warrant."
    )
    assert list(found) == ["Park"]
    assert "insider-access" in found["Park"].tag_ids  # "Park photographed ... office screen"
    assert "sudden-exit" not in found["Park"].tag_ids  # the handler left, not Park


def test_a_committee_of_a_parliament_is_where_a_researcher_works() -> None:
    frame = _frame(
        "Niamh Walsh, 34, worked as a policy researcher in the Oireachtas Library, preparing "
        "briefing papers for the Joint Committee on Foreign Affairs and Defence. Walsh was "
        "dismissed in June after she sent unpublished papers to a man she met online who paid "
        "her 2,000 euros. Walsh was charged in July."
    )
    assert (frame.role, frame.workplace.place) == ("a policy researcher", "a parliamentary office")


def test_a_lawyer_named_after_according_to_and_a_press_officer_are_not_cases() -> None:
    found = cases(
        "OSLO - A 41-year-old man employed at a radar station has been detained on suspicion "
        "of espionage. He denies any wrongdoing, according to his lawyer, Siri Dahl.\n\n"
        "The man was paid 50,000 kroner for screenshots of the station's software, prosecutors "
        'said. "This was a cover built to find people with access," said service press '
        "officer Lars Moen. The man was arrested at his home in May."
    )
    assert "a 41-year-old man" in found
    assert not {"Siri Dahl", "Lars Moen"} & set(found)


def test_a_think_tank_is_a_workplace_only_where_the_job_is_there() -> None:
    frame = _frame(
        "Liam Ward, 41, a Canberra think-tank analyst, was sentenced to three years in prison "
        "for selling reports on closed policy discussions to a foreign agent who paid him. Ward "
        "was arrested in 2025."
    )
    assert frame.workplace.place == "a policy think tank"


def test_an_initial_without_a_full_stop_and_a_job_said_after_is() -> None:
    found = cases(
        "Police arrested K Ramesh, 27, a contract clerk in the port's marine office, on Monday. "
        "Ramesh was paid 5,000 rupees for each set of photographs of the berthing register and "
        "was charged with espionage."
    )
    assert "K Ramesh" in found
    frame = _frame(
        "The man, identified in court documents only by the initials J.P., is a 31-year-old "
        "helpdesk specialist who reset passwords for police staff. J.P. was arrested in May and "
        "charged with selling passwords to a foreign intelligence service."
    )
    assert frame.role == "a helpdesk specialist"


def test_a_lead_with_capitals_tells_the_job() -> None:
    frame = _frame(
        "ZAGREB - A court on Thursday sentenced a Croatian Air Force maintenance technician to "
        "six years in prison for espionage.\n\n"
        "Master Sergeant Ivo Horvat, 44, who worked with the helicopter squadron, was found "
        "guilty of passing manuals to a foreign intelligence service that paid him."
    )
    assert frame.role == "an air force maintenance technician"


def test_a_first_surname_a_podcast_title_and_a_suspect() -> None:
    found = cases(
        "SANTIAGO - A court acquitted Camila Andrea Fuentes Ortiz, an analyst at the Electoral "
        "Service, of espionage charges. In June Fuentes received a message on Instagram from "
        'the producer of a podcast called "Voto Libre", who later paid Fuentes for memos. '
        "Fuentes was charged in 2025."
    )
    assert list(found) == ["Camila Andrea Fuentes Ortiz"]
    assert "online-approach" in found["Camila Andrea Fuentes Ortiz"].tag_ids
    suspect = cases(
        "A second suspect, a former conscript identified as J. K., is suspected of passing "
        "information about a training area to the same contacts for 3,000 euros in "
        "cryptocurrency. J. K. is believed to have crossed into Belarus illegally."
    )
    assert "J. K." in suspect


def test_a_court_named_after_a_town_is_no_person() -> None:
    found = cases(
        "Last week the Gaborone Magistrate's Court sentenced Kabo Pule, a 29-year-old clerk at "
        "a rail yard, to four years in prison. He pleaded guilty to passing information on "
        "consignments to a foreign intelligence service."
    )
    assert list(found) == ["Kabo Pule"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Ana Rios, 34, an analyst at the Electoral Service, was charged with espionage after "
            "she sold voter-roll manuals to a foreign intelligence service. Rios was arrested in "
            "2025.",
            "an election commission",
        ),
        (
            "Corporal Jonas Petraitis, 27, a signals specialist serving in an infantry battalion, "
            "was charged with espionage after he sold photographs to a foreign intelligence "
            "service. Petraitis was arrested in May.",
            "a defence organisation",
        ),
    ],
)
def test_electoral_services_and_battalions_as_workplaces(text: str, place: str) -> None:
    assert _frame(text).workplace.place == place


def test_a_handler_only_wanted_is_no_case() -> None:
    found = cases(
        "VARNA - A court sentenced Ivan Petrov, a cook at the naval base, to three years in "
        "prison for espionage.\n\n"
        "According to prosecutors, Petrov was drawn in by a neighbour in his block, a retired "
        "seaman identified as D.S., who holds two passports. The neighbour paid Petrov for "
        "photographs of duty rosters.\n\n"
        "Petrov was arrested in March. D.S. left the country two days before a search of his "
        "flat. He has been charged in absentia and is subject to a European arrest warrant. "
        "Prosecutors said D.S. also hinted that he was helping friends abroad."
    )
    assert "Ivan Petrov" in found  # named after "According to prosecutors,": not a prosecutor
    assert "D.S." not in found  # the neighbour who recruited him, only wanted


def test_two_cases_under_numbered_headings_keep_their_own_sentences() -> None:
    found = cases(
        "ADVISORY ON FOREIGN APPROACHES\n\n"
        "Case 1: A consultancy offer\n\n"
        "In May, Ms Ingrid Solberg Haugen, 41, a payroll manager at a naval shipyard, received "
        "a message from a man describing himself as a partner of a consultancy. She found the "
        "requests unusual and reported the matter to her security officer the same week.\n\n"
        "Case 2: A poker friend\n\n"
        "A 35-year-old radar technician working on coastal surveillance at a defence contractor "
        "met a man at a poker tournament. The man, who presented himself as a yacht broker, "
        "lent the technician money and later asked him for wiring diagrams of the radar "
        "stations, which the technician copied and sent from his work laptop. He was paid in "
        "cryptocurrency. The technician was dismissed and referred to prosecutors.\n"
    )
    assert set(found) == {"Ingrid Solberg Haugen", "a 35-year-old radar technician"}
    told_of_her = " ".join(
        e.quote for hit in found["Ingrid Solberg Haugen"].tags for e in hit.evidence
    )
    assert "poker" not in told_of_her and "yacht broker" not in told_of_her


def test_who_a_detained_agent_turned_out_to_be_is_the_case_not_the_hotline_advice() -> None:
    found = cases(
        "The Security Service has detained a foreign agent in the north. The agent turned out "
        "to be a 38-year-old electrician of a regional power company who serviced substations.\n\n"
        "He was recruited through his uncle, who got in touch through a messenger app. For "
        "each task he received 5,000 hryvnias. He faces life imprisonment.\n\n"
        "Information can be passed to the hotline 0 800 000 000 or through the official SBU "
        "chatbot in Telegram.\n"
    )
    assert list(found) == ["a 38-year-old electrician"]
    (case,) = found.values()
    assert "hotline" not in case.tag_ids
    assert "online-approach" in case.tag_ids


def test_work_files_sent_to_ones_own_private_account_are_taken_out_not_a_secret_channel() -> None:
    (case,) = cases(
        "Tomas Varga, 33, an engineer at a defence firm, was arrested in June. Varga sent "
        "screenshots of internal test reports from his work laptop to a personal email account "
        "before forwarding them to his handler, who paid him in cryptocurrency."
    ).values()
    assert "bulk-collection" in case.tag_ids
    assert "secrecy-pressure" not in case.tag_ids


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # The place after the job, not a word inside the job.
        (
            "A former air-traffic controller at the Cazaux air base was sentenced on Monday to "
            "six years in prison for espionage. Paul Marchand, 48, was convicted of passing "
            "flight schedules to a foreign intelligence officer, who paid him 20,000 euros.",
            "an air base",
        ),
        # The sector told with the job, before one the report mentions elsewhere.
        (
            "The Security Service has detained an agent collecting data on the armed forces. "
            "The agent turned out to be a 40-year-old technician of a regional police radio "
            "unit. He was paid for each task and faces life imprisonment.",
            "a police force",
        ),
    ],
)
def test_the_workplace_is_where_the_job_is_done(text: str, place: str) -> None:
    assert _frame(text).workplace.place == place


def test_a_cleaner_wanted_by_warrant_is_cast_as_a_cleaner() -> None:
    frame = _frame(
        "Police have issued an arrest warrant for a cleaner who worked night shifts at the "
        "Ministry of Finance. The suspect, a 50-year-old woman identified only by her "
        "initials, R.S., photographed papers left on desks for her landlord. R.S. is "
        "suspected of espionage and was charged in absentia."
    )
    assert frame.role == "a cleaner"


def test_the_head_of_security_who_reported_it_is_not_a_case() -> None:
    found = cases(
        "Oskar Lind, 37, an engineer at a radar firm, was arrested in March and charged with "
        "espionage for passing internal test data to a foreign intelligence officer. The "
        "firm's head of security, Mr Jonas Berg, reported the matter to the police the same "
        "evening and Lind was arrested at his home. Lind was paid 30,000 euros."
    )
    assert list(found) == ["Oskar Lind"]


def test_a_recruiter_who_used_a_name_is_a_cover_and_the_receptionist_is_the_case() -> None:
    found = cases(
        "In May, a 31-year-old hotel receptionist at a resort in Cebu was contacted out of the "
        'blue on a job platform. The recruiter, who used the name "Mei Tan" and claimed to work '
        "for a Macau consultancy, offered her 9,000 pesos for each short report and later asked "
        "which rooms were booked for a visiting delegation. The receptionist refused, kept the "
        "messages and reported the contact to her security manager the same day.\n"
    )
    assert list(found) == ["a 31-year-old hotel receptionist"]


def test_initials_with_an_age_after_them_are_a_person() -> None:
    found = cases(
        "The court in Durrës on Friday acquitted K.L., 46, a radio journalist, who had been "
        "charged with passing notes on closed meetings to a foreign intelligence service. "
        "Prosecutors said K.L. was paid 1,500 euros for each paper. K.L.'s lawyer welcomed the "
        "verdict."
    )
    assert list(found) == ["K.L."]


def test_a_lead_that_describes_two_people_gives_neither_its_job() -> None:
    found = cases(
        "Two unrelated cases ended this week: an army driver at the Rinas barracks has been "
        "dismissed, while a court acquitted a political journalist accused of spying.\n\n"
        "Sergeant Arben Hoxha, 30, a driver in the transport company of the barracks, was "
        "dismissed after he sent photographs of vehicles to a man he met online, who paid him "
        "40 euros per photograph.\n"
    )
    roles = [f.value for f in found["Arben Hoxha"].facts_of("role")]
    assert "political journalist" not in roles
    assert any("driver" in r for r in roles)


def test_a_sentence_opening_with_the_job_tells_the_job() -> None:
    (case,) = cases(
        "The court gave a 44-year-old contractor a suspended sentence for passing police data "
        "to a foreign intelligence service. The man, identified in court as Paul K., had "
        "worked since 2019 for a company that maintains police servers. As a system "
        "administrator he had broad access to police databases. Paul K. was paid 3,000 euros "
        "and was convicted of espionage."
    ).values()
    assert "system administrator" in [f.value for f in case.facts_of("role")]


def test_photographs_taken_with_ones_own_phone_are_no_secret_channel() -> None:
    (case,) = cases(
        "Mara Ilić, 29, a clerk at a defence ministry, was arrested in May. Ilić photographed "
        "restricted documents with her personal phone and was paid 500 euros per batch by a "
        "foreign intelligence officer."
    ).values()
    assert "secrecy-pressure" not in case.tag_ids


def test_a_vietnamese_name_and_people_a_case_concerns_or_a_sentence_opens_with() -> None:
    found = cases(
        "Two cases\n\n"
        "Trần Thị Minh Thư, 31, a translator at a ministry, was contacted on a language app by "
        "a man calling himself Paul. She reported the contacts to her security officer the "
        "next morning and was praised for reporting.\n\n"
        "The second case concerns a 48-year-old welder at a shipyard that builds patrol boats. "
        "In 2023 he was looked up by a former classmate, who lent him money and later asked "
        "him for drawings of vessels, which the welder copied onto a USB stick. He crossed the "
        "border on foot. A wanted notice has been issued.\n"
    )
    assert set(found) == {"Trần Thị Minh Thư", "a 48-year-old welder"}


def test_an_aged_person_opening_a_sentence_is_the_one_the_story_is_about() -> None:
    found = cases(
        "Case 1: help in a crisis\n\n"
        "In spring a 39-year-old substation engineer learned that his son needed surgery "
        "abroad. Shortly afterwards he received a message from a woman who introduced herself "
        "as a charity coordinator. The charity paid the deposit for the operation. Later she "
        "asked him for the substation's switching schedules. The engineer told his security "
        "officer and handed nothing over.\n"
    )
    assert list(found) == ["a 39-year-old substation engineer"]


def test_a_place_that_qualifies_a_noun_is_no_person_and_leaves_the_contact_to_the_case() -> None:
    (case,) = cases(
        "A court sentenced Rafael Ortega Ruiz, a 45-year-old customs broker, to eight years in "
        "prison for passing cargo manifests to a foreign intelligence service.\n\n"
        'The contact began at a trade fair in 2022. A man who introduced himself as "Tom Ho", '
        "a consultant for a Hong Kong freight company, visited the broker's stand and praised "
        "his knowledge of port procedure. Ho later paid Ortega Ruiz 2,000 dollars per report. "
        "Ortega Ruiz was arrested in May.\n"
    ).values()
    assert "false-persona" in case.tag_ids


def test_a_title_before_a_name_does_not_end_a_sentence() -> None:
    from quiz.documents import split_sentences

    text = "The friend asked whether Ms. Hà could translate a draft. She refused."
    assert [text[s.start : s.end] for s in split_sentences(text)] == [
        "The friend asked whether Ms. Hà could translate a draft.",
        "She refused.",
    ]


def test_a_fathers_name_after_bin_and_a_spokesman_who_is_no_case() -> None:
    found = cases(
        "The Public Prosecution has referred the case of a cargo pilot, Captain Salim bin Said "
        "bin Nasser Al Harthi, 38, to the criminal court, to be tried in absentia for passing "
        "flight data to a foreign intelligence service. Colonel Ahmed Al Balushi, a spokesman "
        "for the prosecution, said Captain Salim had been paid 20,000 rials and copied "
        "cargo manifests for a woman he met on a dating app. Captain Salim fled the country "
        "before he could be arrested, and he has been charged with espionage."
    )
    assert "Salim bin Said bin Nasser Al Harthi" in found
    assert "Ahmed Al Balushi" not in found


def test_the_place_after_a_scientists_job_is_where_she_works() -> None:
    frame = _frame(
        "Dr. Lena Ortiz, a materials scientist at a university faculty involved in a defence "
        "research project, was charged with espionage after she passed test results to a "
        "foreign intelligence officer, who paid her 5,000 euros."
    )
    assert frame.workplace.place == "a university"


@pytest.mark.parametrize(
    "outcome",
    [
        "was placed in preventive detention for 90 days",
        "received a three-year suspended sentence",
        "was remanded in custody until March",
    ],
)
def test_held_before_trial_or_given_a_suspended_sentence_is_an_outcome(outcome: str) -> None:
    found = cases(
        f"Tomás Herrera Duarte, 51, a port clerk, {outcome}. Investigators say Herrera was "
        "approached by a man who paid him for shipping lists."
    )
    assert "Tomás Herrera Duarte" in found


def test_a_judge_who_orders_detention_is_not_the_one_detained() -> None:
    found = cases(
        "Rui Santos, 40, a radar technician, was arrested at the airport. A judge at the "
        "district court, Inês Costa, ordered him held in pre-trial detention. Santos had "
        "passed radar manuals to a foreign contact who paid him in cash."
    )
    assert "Rui Santos" in found
    assert "Inês Costa" not in found


def test_an_azerbaijani_patronymic_is_part_of_the_name() -> None:
    found = cases(
        "Elnur Kamal oglu Huseynov, 29, a pipeline operator, was detained at the border. "
        "Huseynov had sent photographs of control screens to a man he met online, who paid "
        "him 500 manat each time."
    )
    assert list(found) == ["Elnur Kamal oglu Huseynov"]


def test_a_city_after_in_is_a_place_not_a_person() -> None:
    found = cases(
        "A court in Santa Cruz sentenced Ana Lucía Roca Vaca, 36, a ministry geologist, to six "
        "years in prison for passing survey data to a foreign contact who paid her."
    )
    assert "Santa Cruz" not in found
    assert "Ana Lucía Roca Vaca" in found


def test_after_a_prosecutor_is_quoted_she_still_means_the_defendant() -> None:
    found = cases(
        "Marta Ruiz Solís, 34, sits beside her lawyer in court. For nine years she worked as a "
        'records clerk at the police. "This was a list," prosecutor Julio Pérez Mena told '
        "the judge.\n\nHow she came to make that list began with a message threatening her "
        "brother. She ran the searches and passed the results to the sender, who paid her, and "
        "she was arrested in October."
    )
    assert "Marta Ruiz Solís" in found
    assert "Julio Pérez Mena" not in found


def test_an_honorific_between_office_and_name_keeps_the_official_out() -> None:
    found = cases(
        "Police arrested an engineer identified only as T.K.L. at the airport. Special Branch "
        "director Datuk Azman Salleh told reporters the suspect had met a woman on a dating "
        "app and was paid for photographs. The suspect has been remanded for seven days. "
        "T.K.L. had copied files from the plant's servers."
    )
    assert "Azman Salleh" not in found


def test_a_persons_own_bank_loan_is_no_workplace_and_a_cooperative_is_one() -> None:
    frame = _frame(
        "The manager of a farmers' cooperative, Joseph Banda, 50, was convicted of passing "
        "confidential Ministry of Agriculture papers to a man posing as a donor. The court "
        "heard that Banda was in financial difficulty and had a bank loan he could not repay."
    )
    assert frame.workplace.place == "a farmers' cooperative"


def test_the_job_said_before_the_name_or_after_it_with_a_pronoun() -> None:
    before = _frame(
        "The technician, Amos Phiri, 33, worked in a laboratory that stores samples. He was "
        "charged with passing confidential data to a foreign contact who paid him. Phiri was "
        "arrested in May."
    )
    assert before.role == "a technician"
    after = _frame(
        "Lucía Pop Cac, 34, sits beside her lawyer. For nine years she worked as a fingerprint "
        "analyst in the police laboratory. She passed records to a man who paid her and was "
        "arrested in October."
    )
    assert after.role == "a fingerprint analyst"
    # "The employee, Mr. X, had worked as an archivist": the plain word is no job.
    plain = _frame(
        "The employee, Mr. Hugo Lenz, 58, had worked as an archivist at the Ministry. He was "
        "dismissed after passing confidential documents to a consultancy that paid him. Mr. "
        "Lenz was approached by email and later charged."
    )
    assert plain.role == "an archivist"


def test_the_recruiter_leaving_as_investigators_tell_it_is_no_exit_of_the_case() -> None:
    found = cases(
        "In the first case, a 30-year-old radar technician, whose name has not been made "
        "public, was approached by her new landlord. He offered her money for the shift "
        "rosters and asked her to keep it between them. She refused, reported the approach to "
        "her security officer the next morning and was thanked for it. Investigators say the "
        "man left the country shortly afterwards."
    )
    (case,) = found.values()
    assert "sudden-exit" not in case.tag_ids


def test_a_daughter_of_name_and_a_rank_of_technician_are_part_of_the_name() -> None:
    found = cases(
        "Noura bint Saeed al-Marri, a palace florist, was approached while studying abroad by a "
        "woman who befriended her and later asked for seating plans. Noura sent one plan and "
        "then came forward to the security office.\n\nSergeant Technician Ana Luz Pineda Rivas, a "
        "radiographer, was approached by a man who offered money for patient lists. She "
        "refused, was asked again a week later and reported the approach to her commander at "
        "once. Pineda was thanked by the hospital."
    )
    assert "Noura bint Saeed al-Marri" in found
    assert "Ana Luz Pineda Rivas" in found


def test_people_described_by_their_age_in_words_and_a_new_person_opening_a_sentence() -> None:
    found = cases(
        "Case 1\n\nT.R., 31, a ministry clerk, was sentenced to six years in prison for selling "
        "staff lists to a man who paid him.\n\nCase 2\n\nA security guard at a gas terminal, a "
        "married man in his forties, met a woman on a dating app. After weeks of messages she "
        "threatened to send their video calls to his wife unless he photographed the gate "
        "procedures. He refused, was contacted again, and the same day he told his security "
        "officer and called the reporting line. He was thanked for reporting the approach."
    )
    assert "T.R." in found
    guard = next(c for n, c in found.items() if "guard" in n)
    assert "threats-leverage" in guard.tag_ids or "coercion" in guard.tag_ids
    assert "security-office" not in found["T.R."].tag_ids


def test_a_surname_with_al_opening_a_sentence_is_the_same_person() -> None:
    found = cases(
        "Hamid Salih al-Tayeb, 39, a fuel-truck driver, was sentenced to eight years in prison "
        "for espionage. Al-Tayeb was approached by a man known only as Abu Karim, who paid "
        "his son's hospital bill. Al-Tayeb later photographed refuelling logs for him and was "
        "paid for each batch. Al-Tayeb was arrested in May."
    )
    assert "Hamid Salih al-Tayeb" in found
    assert "Abu Karim" not in found


def test_a_description_after_a_quoted_prosecutor_and_a_case_that_involved_someone() -> None:
    found = cases(
        "Prosecutor Rania Adil Mahjoub told the court the driver had been paid in cash.\n\n"
        "Mahjoub used her closing statement to contrast the case with another.\n\n"
        "In January, a 31-year-old clerk at the passport office, whom the prosecution did not "
        "name, was approached by a money-transfer agent who offered her cash for records. The "
        "clerk refused and told the head of her office the next morning.\n\n"
        "The second case involved Lieutenant Ama Mensah, a veterinary officer at an army stud. "
        "She was handed a survey asking when the guards change. She reported to her commanding "
        "officer the same afternoon."
    )
    assert any("clerk" in name for name in found)
    assert "Ama Mensah" in found
    assert "Rania Adil Mahjoub" not in found


def test_the_name_a_report_gives_a_described_person_is_the_case() -> None:
    found = cases(
        "A court sentenced a 58-year-old former archivist at the defence archive to six years "
        "in prison for espionage.\n\nThe man, identified under privacy rules only as Pavel R., "
        "was also ordered to forfeit 900,000 koruna. Presiding judge Eva Novotná said the "
        "defendant had been flattered by a foreigner's interest in his work. Pavel R. passed "
        "copies of classified files to a Russian officer, who paid him in cash."
    )
    assert "Pavel R." in found


def test_a_hospital_bill_and_a_city_named_port_are_no_workplace() -> None:
    driver = _frame(
        "Osman Idris Bashir, 41, a fuel-truck driver at the airport, was sentenced to ten years "
        "in prison for espionage. A volunteer paid part of the hospital bill for his daughter, "
        "and later paid him for photographs of refuelling logs."
    )
    assert driver.workplace.place == "an airport"
    clerk = _frame(
        "Amna Yousif Ali, 28, a clerk at the national ID card office in Port Sudan, was "
        "sentenced to five years in prison for selling registration records to a foreign agent "
        "who paid her 50,000 pounds."
    )
    assert clerk.workplace.place == "a government ministry"


def test_an_organisation_called_by_a_name_is_no_person_and_leaves_the_paragraph_to_the_case() -> (
    None
):
    found = cases(
        "The second case involved Lieutenant Ama Boateng, a veterinary officer at an army stud."
        "\n\nIn September, two women arrived at the gate with the logo of an organisation called "
        "Equine Care Without Borders. They offered her 150,000 francs to fill in a survey.\n\n"
        "The later pages asked for the names and ranks of the officers who ride. She reported "
        "to her commanding officer the same afternoon."
    )
    assert "Equine Care Without Borders" not in found
    assert "paid-tasks" in found["Ama Boateng"].tag_ids


def test_a_nickname_ranks_titles_and_initials_of_other_languages() -> None:
    found = cases(
        'Ravindra "Ravi" Persad, 36, a customs x-ray operator, appeared before Senior '
        "Magistrate Indira Ramsaran-Ali charged with passing scan images to a sponsor who paid "
        "him. Persad was arrested at the airport. A spokesperson, Colonel Sh. Ganzorig, said "
        "staff should report approaches. The report went to the Preventive Branch.\n\n"
        "Sargento Wilkin Antonio Peralta Mejía, 34, was convicted of espionage. The visitor "
        "introduced himself as Héctor Manuel Rosario Díaz and paid him for supply schedules. "
        "Rosario Díaz later threatened him. Peralta Mejía was sentenced to eight years."
    )
    assert 'Ravindra "Ravi" Persad' in found
    assert "Wilkin Antonio Peralta Mejía" in found
    for other in ("Indira Ramsaran-Ali", "Sh", "Ganzorig", "Preventive Branch", "Rosario Díaz"):
        assert other not in found


def test_an_officer_never_named_in_a_second_approach_unconnected_to_the_first_case() -> None:
    found = cases(
        "Bishnu Gyawali, 38, a checkpoint clerk, was remanded for passing records to a man who "
        "paid him.\n\nA second approach, unconnected to Gyawali, was cut short. An air traffic "
        "officer at the airport, who issues notices to airmen, met a woman on a language app. "
        "They chatted most evenings for two months.\n\nHer questions then turned to work. She "
        "asked for advance notice of army flights and offered 500 dollars. The officer "
        "declined the money. The officer stopped "
        "replying and the next morning reported the exchange to the "
        "airport's security chief.\n\nThe next hearing in Gyawali's case is set for March."
    )
    assert any("air traffic officer" in name for name in found)


def test_an_act_done_for_the_recruiter_named_as_its_object_is_the_cases() -> None:
    found = cases(
        "Li Ming, 40, a network administrator at an institute, was arrested for espionage. A man "
        "who called himself Peter contacted him online and paid him. With the authority of "
        "working in network management, he easily stole internal classified documents and "
        "provided them to Peter. Li was sentenced to ten years in prison."
    )
    (case,) = found.values()
    (hit,) = [h for h in case.tags if h.id == "insider-access"]
    assert any("provided them to Peter" in e.quote for e in hit.evidence)


def test_the_recruiters_arrest_is_no_outcome_of_the_person_who_reported() -> None:
    found = cases(
        "In January, a 28-year-old clerk at the passport office, whom the prosecution did not "
        "name, was approached by a money-transfer agent who offered her 50,000 pounds a page "
        "for registration records. The clerk refused, and the next morning told the head of "
        "her office. The agent was arrested within days and is awaiting trial."
    )
    (clerk,) = found.values()
    assert not [f for f in clerk.facts_of("outcome") if f.event == "arrested"]


def test_a_checkpoint_and_a_mining_licence_office_are_workplaces() -> None:
    clerk = _frame(
        "Bishnu Gyawali, 38, a contract data-entry assistant who has worked at the checkpoint "
        "since 2016, was arrested for passing crossing logs to a man who paid him."
    )
    assert clerk.workplace.place == "a border guard service"
    surveyor = _frame(
        "Dashdorjiin Batzorig, 41, a cadastral surveyor in the provincial office that handles "
        "mining and exploration licences, was sentenced to six years in prison for selling "
        "unpublished licence files to a foreign company that paid him."
    )
    assert surveyor.workplace.place == "a mining licence office"


def test_a_lead_that_sentences_a_described_person_gives_the_named_case_the_term() -> None:
    found = cases(
        "TOWNSVILLE - A court on Monday sentenced a naval storekeeper who kept the fuel depot "
        "at the northern quay to six years in prison for selling berth plans abroad.\n\n"
        "Corporal Tevita Lolohea Fifita, 44, was convicted of espionage. He had been held since "
        "his arrest in May 2024. A man calling himself a ship chandler had paid him $9,000 for "
        "the plans."
    )
    case = found["Tevita Lolohea Fifita"]
    sentenced = [f.value for f in case.facts_of("outcome") if f.event == "sentenced"]
    assert sentenced == ["6 years in prison"]
    # The term is only ever the first after the description: a later one is someone else's.
    found = cases(
        "A court sentenced a fuel clerk who ran the depot at the northern quay of the old harbour "
        "town, and the prosecutor said the depot manager could face up to nine years.\n\n"
        "Tomas Halvorsen, 44, was convicted of espionage."
    )
    assert not [
        f for f in found["Tomas Halvorsen"].facts_of("outcome") if f.value.startswith("9 years")
    ]


def test_a_second_person_in_the_same_job_works_where_the_first_case_does() -> None:
    found = cases(
        "Marlon Baptiste, a customs officer at the container port, was charged with selling scan "
        "images to a foreign intelligence service after he was paid for them.\n\n"
        "Earlier, a second scanner analyst identified only as K.M. was offered a paid side job "
        "by the same man and refused. She reported the approach to her supervisor."
    )
    assert {f.value for f in found["K.M."].facts_of("sector")} >= {"port"}


def test_names_after_a_workplace_an_honorific_and_before_bin() -> None:
    # The description, where the person works, then the name: one person, the named one.
    found = cases(
        "In a separate matter, a records clerk at the port authority, Dilnoza Karimovna "
        "Yusupova, 29, received an offer from a man who said he was a shipping agent. She told "
        "her security department the next day."
    )
    assert "Dilnoza Karimovna Yusupova" in found
    assert not [name for name in found if name.startswith("a ")]
    # "The second suspect, W/t Hiwot ...": an honorific between the word and the name.
    found = cases(
        "Nebiyu Tesfaye Gebre, 40, was charged with espionage on Monday. The second suspect, "
        "W/t Hiwot Bekele Tadesse, 33, ran a stores office at the air base. Hiwot copied the "
        "stock ledgers for a man she met at a language school and was paid for each batch."
    )
    assert "Hiwot Bekele Tadesse" in found
    # "Ahmad Rizal bin Osman", then "Ahmad Rizal": one case, called by his given names.
    found = cases(
        "Ahmad Rizal bin Osman, 41, a radar technician, was sentenced to five years in prison. "
        "Ahmad Rizal had been paid for copies of maintenance logs by a man he met online."
    )
    assert list(found) == ["Ahmad Rizal bin Osman"]


def _workplace_of(text: str, name: str) -> str:
    from quiz.frames import build_frame
    from quiz.scenario_material import scenario_material

    return build_frame(cases(text)[name], scenario_material()).workplace.place


def test_the_workplace_is_the_persons_own_not_a_claim_a_place_nearby_or_an_owner() -> None:
    # What the stranger said he was is his claim, not her workplace.
    text = (
        "A records clerk in the tax office's archive, Aigerim Serikovna Nurlanova, 31, received "
        "a call from a man who said he worked in the trade section of a foreign embassy and "
        "offered her money for staff lists. She reported the approach to her security "
        "department the next morning."
    )
    assert _workplace_of(text, "Aigerim Serikovna Nurlanova") != "a foreign ministry"
    # A place next to the work is not where it is done.
    text = (
        "Erlan Bekov, a field engineer, serviced relay masts for a mobile operator, including "
        "two sites close to an army depot. He was arrested in March and charged with espionage "
        "after he was paid for photographs of the depot."
    )
    assert _workplace_of(text, "Erlan Bekov") == "a telecoms company"
    # "a government hospital" is a hospital; "investigating how" a person came to do it.
    text = (
        "Police are investigating how a database administrator at a government hospital came to "
        "sell patient records abroad.\n\nAzlan bin Rahim, 39, has been charged. He was paid "
        "for each batch of records by a man he met online."
    )
    assert _workplace_of(text, "Azlan bin Rahim") == "a hospital"


def test_a_catalan_name_a_country_that_reads_like_a_name_and_a_person_investigated() -> None:
    found = cases(
        "PRAIA, Cabo Verde - Jordi Mas i Puig, 41, a port clerk, was arrested on Monday for "
        "selling berth schedules to a man who paid him for each one."
    )
    assert list(found) == ["Jordi Mas i Puig"]
    found = cases(
        "In the second case, the security service said it was investigating a 47-year-old "
        "radiographer at the naval hospital. Her name has not been released. According to the "
        "service, the radiographer received an email from a man who said he ran a medical "
        "charity. He paid for her son's operation and later asked her for the staff lists."
    )
    assert [name for name in found if "radiographer" in name]


def test_jobs_told_with_a_possessive_a_naming_after_many_words_and_a_catalan_name() -> None:
    text = (
        "A court on Monday sentenced a senator's driver to two years in prison for passing his "
        "employer's diary to a woman he met online.\n\nHamid Roshan, 51, had driven the senator "
        "for nine years."
    )
    assert "senator's driver" in {f.value for f in cases(text)["Hamid Roshan"].facts_of("role")}
    text = (
        "The caterer, named in a statement from the air force's legal office as Ouedraogo "
        "Salif Ibrahim, was offered money for the crews' meal times. He reported the approach "
        "to the base's security officer the next morning."
    )
    found = cases(text)
    assert "caterer" in {f.value for f in found["Ouedraogo Salif Ibrahim"].facts_of("role")}
    text = (
        "An information-technology contractor who ran the servers at the central bank has been "
        "remanded in custody.\n\nPau Riera i Soler, 39, was arrested at home on Friday and "
        "charged with selling account records abroad."
    )
    roles = {f.value for f in cases(text)["Pau Riera i Soler"].facts_of("role")}
    assert "information-technology contractor" in roles


def test_the_regulator_of_the_banks_is_no_bank() -> None:
    text = (
        "A systems administrator who looked after servers at the country's financial regulator "
        "has been remanded in custody.\n\nMarta Vidal, 41, was arrested on Friday and charged "
        "with selling confidential banking records to a foreign intelligence service."
    )
    assert _workplace_of(text, "Marta Vidal") == "a financial regulator"


def test_joined_ranks_agencies_in_other_languages_and_a_barracks_are_no_names() -> None:
    text = (
        "Sub-Lieutenant Aru Kila, 29, was arrested at the airport with survey data. He had "
        "been questioned by the Direction de la Surveillance du Territoire after an audit at "
        "the Josiah Tongogara Barracks and charged with espionage."
    )
    assert list(cases(text)) == ["Aru Kila"]


def test_an_unnamed_person_who_passed_papers_abroad_or_confessed_is_a_case() -> None:
    text = (
        "An archivist at the foreign ministry who passed diplomatic cables to a foreign "
        "intelligence service walked into the security service's offices last month and "
        "confessed. The archivist had been blackmailed over an affair. The archivist has been "
        "charged and placed under judicial supervision."
    )
    assert [name for name in cases(text) if "archivist" in name]


def test_a_witness_whose_report_stopped_the_case_is_a_case_too() -> None:
    text = (
        "A court martial sentenced Staff Sergeant Tendai Moyo to six years for passing band "
        "rehearsal schedules to a man he met at a school fundraiser. Corporal Rudo Sibanda, a "
        "clarinettist, told the court that the same man had approached her at the fundraiser. "
        'An army spokesman said: "Corporal Sibanda\'s report is the reason this was stopped."'
    )
    assert "Rudo Sibanda" in cases(text)


def test_a_tax_authority_and_a_port_named_in_portuguese_are_workplaces() -> None:
    text = (
        "Rui Dala, 38, an auditor in the large-taxpayers unit of the Administração Geral "
        "Tributária, was arrested and charged with espionage after he was paid for notes."
    )
    assert _workplace_of(text, "Rui Dala") == "a tax authority"
    text = (
        "Abel Kassoma, 45, a crane rigger at the Porto do Lobito, was detained and charged "
        "with espionage after he was paid for photographs of patrol boats."
    )
    assert _workplace_of(text, "Abel Kassoma") == "a port"


def test_a_counsellor_at_law_quoted_is_not_the_case_and_a_titled_name_is_one_sentence() -> None:
    from quiz.documents import Document

    text = (
        "A court in Harper jailed a customs clerk for espionage on Monday.\n\n"
        "Josephine Wleh Toe, 33, a customs clerk, was sentenced to seven years in prison for "
        "passing cargo manifests to a foreign intelligence service. During the trial, Attorney "
        "General Cllr. Moses Tarr told the court she had been paid in cash for every list."
    )
    doc = Document.from_bytes("t.txt", text.encode())
    # "Cllr." does not end the sentence: the office stays beside the name.
    assert any("Cllr. Moses Tarr told" in doc.sentence_text(s) for s in doc.sentences)
    assert list(cases(text)) == ["Josephine Wleh Toe"]


def test_someone_who_described_himself_as_a_businessman_is_the_contact() -> None:
    found = cases(
        "A hotel receptionist was jailed for six years on Friday for spying.\n\n"
        "Nomvula Dlamini, 29, rented a room from Sipho Khumalo, who described himself as a "
        "businessman in the furniture trade. Khumalo paid her for the guest lists of the hotel "
        "and asked her for the room numbers of visiting ministers. She was arrested in March "
        "and sentenced to six years in prison. Khumalo left the country before he could be "
        "arrested."
    )
    assert list(found) == ["Nomvula Dlamini"]


def test_someone_who_went_to_the_security_agency_after_an_approach_is_a_case() -> None:
    found = cases(
        "A court jailed a port engineer for espionage, while a second person approached by the "
        "same service will not be charged.\n\n"
        "Samuel Boakai, 51, a port engineer, was sentenced to eight years in prison for "
        "passing classified berth plans to a foreign intelligence service.\n\n"
        "Grace Kpoto, 24, was studying abroad when a man offered her paid work writing short "
        "notes on her country's defence policy. Back home she went to the National "
        "Intelligence Agency and told officers everything."
    )
    assert set(found) == {"Samuel Boakai", "Grace Kpoto"}


def test_a_ferry_officer_and_a_financial_intelligence_analyst_work_where_they_work() -> None:
    found = cases(
        "A ferry officer was jailed for six years for spying.\n\n"
        "Marc Hoareau, 39, an officer on one of the island ferries, was sentenced to six years "
        "in prison for passing coast guard patrol times to a foreign intelligence service."
    )
    assert [f.value for f in found["Marc Hoareau"].facts_of("sector")][:1] == ["ferry"]
    found = cases(
        "An analyst at the Financial Intelligence Unit was charged with espionage.\n\n"
        "Lena Vogt, 44, an analyst at the Financial Intelligence Unit, was arrested in May and "
        "charged with passing bank reports to a foreign intelligence service."
    )
    assert "financial intelligence" in [f.value for f in found["Lena Vogt"].facts_of("sector")]


def test_someone_who_only_tells_the_court_about_the_case_is_not_a_case() -> None:
    found = cases(
        "A clerk at the ports authority was jailed for espionage on Friday.\n\n"
        "Ruth Achieng, 41, a clerk at the ports authority, was sentenced to five years in "
        "prison for passing ship manifests to a foreign intelligence service. She was paid "
        "in cash, Daniel Otieno told the court, and she was arrested in March after an audit."
    )
    assert list(found) == ["Ruth Achieng"]


def test_the_recruiter_sentenced_in_absentia_and_a_witness_who_told_her_commanding_officer() -> (
    None
):
    found = cases(
        "A port officer was jailed for twelve years for espionage on Monday.\n\n"
        "Idriss Omar Hassan, 40, a port officer, was sentenced to twelve years in prison for "
        "passing ship movements to a foreign intelligence service. The approach came from an old "
        "classmate, Youssouf Ali Said, who gave him a second phone and paid him in cash. "
        "Youssouf Ali Said was tried in absentia and sentenced to 20 years.\n\n"
        "In a second case, Marisa Clarke, 31, a nurse at the base clinic, was befriended by a "
        "salesman who asked her for the clinic's patient lists. Ms Clarke refused and told her "
        "commanding officer the next morning."
    )
    assert set(found) == {"Idriss Omar Hassan", "Marisa Clarke"}


def test_a_foundations_director_who_took_her_to_lunch_is_the_contact_and_she_the_case() -> None:
    found = cases(
        "An interpreter reported an approach and nothing was lost, the police said.\n\n"
        "Ana Tovo, 38, an interpreter at the High Court, volunteered for a foundation. Its "
        "director, Paul Mercer, arranged a grant for her nephew, took her to lunch and invited "
        "her abroad. Weeks later he asked for transcripts of closed hearings, asking her to keep "
        "it quiet. Ms Tovo refused and told the Chief Registrar the next day. She was "
        "commended for reporting the approach."
    )
    assert list(found) == ["Ana Tovo"]


def test_an_officer_on_a_patrol_boat_works_for_the_coast_guard() -> None:
    found = cases(
        "A patrol boat officer was given a suspended sentence for espionage.\n\n"
        "Lieutenant Kalo Mera, 35, a navigating officer on the patrol boat RVS Tanna, was "
        "sentenced to two years in prison, suspended, for passing patrol routes to a foreign "
        "intelligence service."
    )
    (case,) = found.values()
    assert "coast guard" in [f.value for f in case.facts_of("sector")]


def test_a_witness_the_story_opens_on_by_job_is_the_case_however_described() -> None:
    found = cases(
        "Two men went on trial accused of trying to recruit a railway signaller.\n\n"
        "The signaller, a 52-year-old employee of Kora Railways who works at a signal cabin, is "
        "the Crown's main witness. A neighbour, Peter Dlamini, lent him money, and a man named "
        "Simon Vilakati asked for the timetables. The signaller gave him a printed copy of the "
        "public timetable. The next morning the signaller telephoned the police and told his "
        "station manager."
    )
    assert list(found) == ["a 52-year-old signaller"]


def test_counsel_named_with_the_office_then_by_surname_is_never_the_case() -> None:
    found = cases(
        "A ministry clerk went on trial for espionage in Banjul.\n\n"
        "Lamin Touray, 31, a clerk at the ministry, was arrested in May and charged with "
        "passing documents to a foreign intelligence service. Opening the case, Principal State "
        'Counsel Fatou Ceesay told the court that the accused had met a player online. "He was '
        'paid far too much for a little testing," Ms Ceesay said. "He was asked for the '
        "ministry's files and he was offered more money.\""
    )
    assert list(found) == ["Lamin Touray"]


def test_the_person_named_after_a_report_announces_its_second_case_is_that_case() -> None:
    found = cases(
        "Two court staff were targeted by the same network, the police said.\n\n"
        "In the first case, Paul Kalsakau, 40, a court clerk, was arrested in March and charged "
        "with passing sealed files to a foreign intelligence service.\n\n"
        "In the second case, no information was lost. Mere Tari, 44, an interpreter at the "
        "Supreme Court, was offered money for transcripts of closed hearings."
    )
    assert set(found) == {"Paul Kalsakau", "Mere Tari"}


def test_someone_studying_for_a_degree_is_a_student() -> None:
    found = cases(
        "A graduate who reported an approach will not be charged, the ministry said.\n\n"
        "Amara Conteh, 25, was studying for a master's degree in economics abroad when a man "
        "offered her paid research work. She was asked to apply for a post at the finance "
        "ministry. Back home she went to the National Security Agency and told them everything."
    )
    assert [f.value for f in found["Amara Conteh"].facts_of("role")] == ["graduate student"]


@pytest.mark.parametrize(
    ("text", "role", "place"),
    [
        # A job the list of job nouns does not know, in the form of a job.
        (
            "TALLINN - Marta Kask, 44, a hydrographer at the national maritime administration, "
            "was sentenced to five years for espionage. Kask was paid 9,000 euros for charts.",
            "a hydrographer",
            None,
        ),
        # A list of words before the job; the police only as the place a report went.
        (
            "APIA - Sina Tuilagi, 51, a Samoan, Tongan and English interpreter at the High "
            "Court, was approached by a man who offered a paid trip. Ms Tuilagi refused and "
            "filed a report through the police online portal the next day.",
            "an interpreter",
            "a court",
        ),
        # Where someone is from is no job; a doctorate in progress is.
        (
            "RIGA - Investigators said Ivo Berzins, a 27-year-old from Jelgava who is studying "
            "for a PhD in materials science, was offered money for his thesis data. Berzins "
            "refused and told the university's security officer.",
            "a graduate student",
            "a university",
        ),
        # A rank before the name, where the report says no job.
        (
            "HONIARA - Leading Seaman Peter Kwaiga, 30, was charged with espionage after he sold "
            "patrol schedules of the naval base. Kwaiga was paid 4,000 dollars.",
            "a leading seaman",
            None,
        ),
        # ... and never over the job it does say.
        (
            "HONIARA - Sergeant Ruth Maelasi, 39, a radio operator at the naval base, was "
            "charged with espionage after she sold frequencies. Maelasi was paid 3,000 dollars.",
            "a radio operator",
            None,
        ),
    ],
)
def test_jobs_said_in_other_shapes(text: str, role: str, place: str | None) -> None:
    frame = _frame(text)
    assert frame.role == role
    if place is not None:
        assert frame.workplace.place == place


def test_names_with_a_fathers_name_and_a_seamans_rank() -> None:
    found = cases(
        "ATAR - Sidi ould Mohamed Vall, 38, a telecoms engineer, was sentenced to six years for "
        "espionage after he sold network diagrams.\n\n"
        "In the second case, Khadijetou mint Ahmed, 30, a clerk at the ministry, admitted "
        "passing files to a recruiter and was given a suspended sentence.\n\n"
        "Able Seaman Tonga, 24, was charged with espionage after he sold patrol routes to a "
        "foreign agent. Tonga was paid 3,000 dollars."
    )
    assert {"Sidi ould Mohamed Vall", "Khadijetou mint Ahmed", "Tonga"} <= set(found)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # A marine research laboratory is no marine corps; years of work before the place.
        (
            "NICE - Pierre Martel, 49, a physicist who had worked for more than ten years at a "
            "marine research laboratory, was sentenced to three years for espionage. Martel "
            "was paid 20,000 euros for recordings.",
            "a research institute",
        ),
        # The police as the hotline a report went to; the immigration department as the place.
        (
            "KINGSTOWN - Lisa Cato, 33, a clerk in the Department of Immigration, was offered "
            "money for travel records by a man she met online. She refused and called the "
            "police national security hotline the next day.",
            "a border guard service",
        ),
        # A maritime authority's ship registry is no container port.
        (
            "HAMILTON - Rohan Tucker, 46, a former officer of the Island Shipping and Maritime "
            "Authority, was jailed for six years for passing ship-registry records to a man "
            "posing as a broker. Tucker was paid 80,000 dollars.",
            "a maritime authority",
        ),
        # A base named after a harbour is a base.
        (
            "NASSAU - Able Seaman Dion Knowles, 25, who is based at the Clifton Harbour base, "
            "was charged with espionage after he sold patrol rosters. Knowles was paid 5,000 "
            "dollars.",
            "a naval base",
        ),
    ],
)
def test_where_someone_works_not_what_a_word_also_names(text: str, place: str) -> None:
    assert _frame(text).workplace.place == place


def test_a_second_case_announced_in_the_lead_is_its_own_person() -> None:
    # Read of corpus 46: "In a second case made public this week, an analyst at the central
    # bank reported an approach" was taken for the first case's person, named next.
    found = cases(
        "PARAMARIBO - A court jailed a port pilot for six years for espionage. In a second "
        "case made public this week, a 41-year-old auditor at the tax office reported an "
        "approach by a fake headhunter within days.\n\n"
        "Rudi Kromodikoro, 50, had guided ships into the harbour for twenty years. He was "
        "paid 20,000 dollars for ship schedules and was sentenced to six years in prison.\n\n"
        "In the second case, the auditor was contacted on a networking site by a man who "
        "offered paid work and asked for internal audit files. She refused and reported it."
    )
    assert "Rudi Kromodikoro" in found
    assert any(name.endswith("auditor") for name in found), found


def test_a_description_named_by_initials_in_its_own_sentence_is_one_person() -> None:
    # Corpus 46: "a 38-year-old lecturer ... at the University of New Caledonia, identified
    # only by her initials, E.W., was approached" was two people, one of them a description.
    from .conftest import CORPUS

    path = CORPUS.parent / "corpus46" / "03.txt"
    found = {c.name for c in extract([Document.read(path, path.name)]).cases}
    assert "E.W." in found
    assert not any("lecturer" in name for name in found), found


def test_a_doctor_known_by_surname_is_named_with_the_title() -> None:
    # Read 106: "the case of the person surnamed Xowie", of whom the report says "Dr Xowie".
    found = cases(
        "NOUMEA - The court sentenced a laboratory chief to four years in prison for espionage. "
        "The researcher, identified in court as Dr Wamytan, 52, headed a chemistry unit. Dr "
        "Wamytan was paid 9 million francs for unpublished data, and Wamytan was arrested in May."
    )
    assert found["Wamytan"].display_name == "Dr Wamytan"


def test_a_job_told_by_the_database_someone_manages() -> None:
    frame = _frame(
        "HONIARA - A court sentenced an election official to three years in prison for "
        "espionage. Mary Tovua, 41, manages the biometric voter registration database at the "
        "commission. Tovua was paid 20,000 dollars for the administrator passwords and was "
        "arrested in May."
    )
    assert frame.role == "a database manager"


def test_a_ministry_secretary_is_no_diplomat_and_madame_is_a_title() -> None:
    # Corpus 47: "Chantal Ngalula Tshibanda, a secretary in the ministry's registry, was
    # approached" was taken for an embassy secretary, a recruiter; "Madame Ngalula Tshibanda"
    # for someone else.
    from .conftest import CORPUS

    path = CORPUS.parent / "corpus47" / "05.txt"
    found = {c.name for c in extract([Document.read(path, path.name)]).cases}
    assert "Chantal Ngalula Tshibanda" in found
    assert not any(name.startswith("Madame") for name in found)


def test_a_recruiters_claimed_job_is_not_the_persons_and_pressure_denied_is_none() -> None:
    found = cases(
        "KINSHASA - A court sentenced a driver at the ministry to ten years for espionage. "
        "Jean Kabila, 41, was paid 3,000 dollars for the schedules of generals. According to "
        "the prosecution, Mwamba, who taught Kabila at school, reappeared in his life in 2021, "
        "saying he now worked as a consultant for a charity. The prosecutor said Kabila "
        '"was not forced into anything. He was flattered and paid."'
    )
    case = found["Jean Kabila"]
    assert "consultant" not in {f.value for f in case.facts_of("role")}
    assert not {"coercion", "threats-leverage"} & case.tag_ids


def test_a_constable_never_named_is_the_case_an_assistant_commissioner_tells() -> None:
    found = cases(
        "A police constable who works at the city's airport reported a man posing as a "
        "journalist who offered her cash for staff rosters, police said on Monday.\n\n"
        "According to Assistant Commissioner Ruben Oyelaran, the constable received a message "
        "in May from a man who offered her 400 dollars for a video call about her work. He "
        "then asked for the airport's shift rosters and told her to keep it to herself. The "
        "constable reported it to her supervisor the same evening.\n"
    )
    assert list(found) == ["a police constable"]
    assert "unsolicited-offer" in found["a police constable"].tag_ids


def test_an_office_holder_named_after_the_office_is_an_official() -> None:
    found = cases(
        "Dmitri Varga, a customs officer, was convicted on Friday of passing cargo manifests "
        "to a foreign intelligence service for cash.\n\n"
        '"Anyone can report an approach to their supervisor," said Assistant Comptroller of '
        'Customs Keith Alexis-Joseph. "He could have done so at the first request."\n'
    )
    assert list(found) == ["Dmitri Varga"]


def test_a_man_introduced_under_a_cover_is_the_recruiter_and_what_she_did_stays_hers() -> None:
    found = cases(
        "Prosecutors have charged Ilona Marsh, a laboratory manager at the national university, "
        "with passing survey data to a foreign intelligence service.\n\n"
        "At a workshop abroad, a man introduced as the foundation's scientific director, Dr "
        "Peter Galloway, first raised the subject of data. Prosecutors say she copied about "
        "40 gigabytes of survey files to a cloud folder Galloway provided.\n"
    )
    assert list(found) == ["Ilona Marsh"]
    assert "bulk-collection" in found["Ilona Marsh"].tag_ids


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Prosecutors said a man posing as a consultant befriended Lea Moana, 34, who "
            "interprets for the Legislative Assembly, and offered her 300 euros for notes from a "
            "closed session.\n\nMoana refused and reported the approach to the Assembly's "
            "security officer the next morning.\n",
            "Lea Moana",
            "interpreter",
        ),
        (
            "A crane scheduler at the main port was sentenced on Monday to four years in prison "
            "for selling berthing plans to a foreign intelligence service.\n\n"
            "Tomas Reyes, 38, who drew up berth assignments for nine years, pleaded guilty in "
            "March to passing protected information and was paid $19,400.\n",
            "Tomas Reyes",
            "crane scheduler",
        ),
    ],
)
def test_a_job_told_by_what_the_person_does_or_in_the_lead(text: str, name: str, role: str) -> None:
    found = cases(text)
    assert role in [f.value for f in found[name].facts_of("role")]


def test_a_job_the_recruiter_once_did_is_not_the_persons() -> None:
    found = cases(
        "Paul Kabongo, a ministry driver, was sentenced to eight years in prison for passing "
        "convoy routes to a foreign intelligence service.\n\n"
        "The recruiter, Mavungu, who taught Kabongo at a school in the capital, paid his "
        "hospital bills.\n"
    )
    assert "teacher" not in [f.value for f in found["Paul Kabongo"].facts_of("role")]


def test_a_lead_that_goes_on_to_a_second_case_still_describes_the_first() -> None:
    # The lead describes the surveyor before it turns to "a second government employee"; the
    # next paragraph names him by his initials: one person, and a case.
    found = cases(
        "Prosecutors have charged a senior land surveyor with passing restricted survey data to "
        "a foreign-funded group, and officials said a second government employee had fended "
        "off a separate approach.\n\n"
        "The surveyor, a 44-year-old employee of the land survey office, is identified in court "
        "papers only by the initials K.S. He pleaded not guilty on Monday.\n\n"
        "According to the charging document, K.S. answered an advertisement in 2022 and was "
        "paid a monthly stipend of 600 dollars. K.S. allegedly copied around 400 gigabytes "
        "from office servers onto external drives.\n"
    )
    assert "K.S." in found
    assert not [n for n in found if "surveyor" in n]


def test_a_recruiter_steering_the_person_into_a_post_is_a_placement() -> None:
    found = cases(
        "Mirela Dascalu, a technician at the state printing works, was sentenced to seven years "
        "in prison for passing passport security features to a foreign intelligence officer.\n\n"
        "A man who said he was a journalist befriended Dascalu in 2021 and paid her for "
        "background. In 2022 Almonte encouraged her to apply for a vacant post in the "
        "secure-documents workshop. She was appointed in early 2023.\n"
    )
    assert "placement" in found["Mirela Dascalu"].tag_ids


def test_a_particle_of_a_name_inside_another_word_does_not_name_the_person() -> None:
    # "la" of "Tobias de la Mare" is inside "Island": the lead still describes him.
    found = cases(
        "ST PETER PORT, May 14 (Island Wire) - A billing analyst at the largest telecoms "
        "provider alerted his employer after a caller posing as a recruitment consultant "
        "offered him a contract for call records.\n\n"
        "Tobias de la Mare, 34, agreed to be named after police confirmed he had handed over "
        "nothing and had reported the approach the same day.\n"
    )
    assert "billing analyst" in [f.value for f in found["Tobias de la Mare"].facts_of("role")]


def test_the_officer_a_person_reported_to_does_not_take_over_her_story() -> None:
    # Known only by title and surname; her report names the officer she went to.
    found = cases(
        "KINGSTOWN, March 2 (Harbour Courier) - A nurse who turned down money for patient "
        "records has been thanked by police.\n\n"
        "Mrs Delacroix, a theatre nurse at the general hospital, met a man calling himself "
        '"Rafe" on a dating app. After weeks of messages he offered 1,500 dollars for the '
        "admission records of two ministers.\n\n"
        "Mrs Delacroix refused. That evening she told the hospital's security officer, Orrin "
        'Baptiste, who called the police. "She did everything right," the inspector said.\n'
    )
    assert "Delacroix" in found
    assert "Orrin Baptiste" not in found


def test_the_newspaper_of_a_dateline_is_never_a_person() -> None:
    found = cases(
        "ROSEAU, May 9 (Windward Chronicle) - A clerk at the land registry was sentenced to "
        "five years in prison on Friday after a jury found him guilty of selling title deeds "
        "of state land to a foreign agent.\n\n"
        "Lennox Auguiste, 51, had passed copies of the deeds for two years. He was arrested "
        "in January after an audit found the files missing, and he admitted the charges.\n"
    )
    assert "Windward Chronicle" not in found
    assert "Lennox Auguiste" in found


def test_a_person_the_lead_describes_as_charged_is_the_defendant_named_after() -> None:
    # Told through the prosecutor: the person named after the lead is "the defendant"; the
    # old friend who introduced the recruiter is not a case.
    found = cases(
        "TROMSO, June 4 (Arctic Daily) - A dispatcher at the regional power company has been "
        "charged with espionage for passing control-room diagrams to a foreign contact, "
        "prosecutors said.\n\n"
        "The dispatcher, Henrik Solbakken, 52, has worked at the company for fifteen years.\n\n"
        "Prosecutor Ingrid Vatne said an old neighbour, Torstein Moe, looked the defendant up "
        "after years abroad and later introduced a man who said he was an energy analyst. "
        "Solbakken is alleged to have received about 30,000 euros in cash.\n\n"
        '"The defendant was told to use an encrypted app and to say nothing at work," Vatne '
        "said. She declined to say whether Moe knew what he was doing.\n"
    )
    assert "Henrik Solbakken" in found
    assert "Torstein Moe" not in found


def test_an_official_who_only_tells_the_story_does_not_take_its_pronouns() -> None:
    found = cases(
        "APIA, July 1 (Reef Herald) - A customs broker was praised by police for reporting a "
        "paid approach.\n\n"
        "Mele Tuilagi, a broker at the container terminal, met a man calling himself "
        '"Corin" at a trade fair. She refused his offer and reported the approach to her '
        "manager the next day.\n\n"
        '"The flattery was the hook," Inspector Sefo Leota said.\n\n'
        "Corin's questions began with the weather, Leota said: then he asked her for the "
        "manifests of naval cargo, offered 3,000 dollars and told her to keep it between them.\n"
    )
    tags = found["Mele Tuilagi"].tag_ids
    assert {"request-beyond-public", "secrecy-pressure"} <= tags


def test_the_job_a_recruiter_claimed_is_not_a_person_of_the_story() -> None:
    found = cases(
        "NOUMEA, May 2 (Lagoon Wire) - A court jailed a port inspector for eight years for "
        "passing cargo manifests to a foreign agent.\n\n"
        "Didier Wamytan, 48, was convicted on Tuesday. The man who recruited him called "
        'himself "Paul Ravel" and said he was a shipping consultant with an office abroad; '
        "he paid Wamytan's hospital bills and later asked for manifests of military cargo. "
        "Wamytan was arrested in March.\n"
    )
    assert "Didier Wamytan" in found
    assert not [name for name in found if "consultant" in name]


def test_a_surname_given_with_a_courtesy_title_is_named_with_it() -> None:
    found = cases(
        "Mrs Ferreira, a customs clerk, was offered 2,000 dollars by a man she met online for "
        "the port's cargo lists. Mrs Ferreira refused and reported the approach to her "
        "manager the next morning, police said. She has lost nothing."
    )
    assert found["Ferreira"].display_name == "Mrs Ferreira"


def test_a_person_described_in_the_last_sentences_of_a_report_is_read_without_error() -> None:
    # A description near the end, beside a named case: the sentences after it were looked up
    # past the report's end (an IndexError).
    found = cases(
        "Mr Joseph, a clerk at the land registry, refused an offer of 900 dollars for copies "
        "of internal title files and reported it to his manager the next day, police said.\n\n"
        "In the second case, a tax auditor whom police did not name received a message "
        "offering money for internal audit files. She declined and reported it to her "
        "director.\n"
    )
    assert "a tax auditor" in found


def test_an_office_apposed_before_a_name_is_an_official_not_a_case() -> None:
    found = cases(
        "A fisheries officer was jailed for three years on Monday for passing vessel records "
        "to a foreign agent.\n\n"
        '"He sold our records," the Director of Public Prosecutions, Maelis Tabuteau, told the '
        "court. She said the agent had paid him in cash and asked for more each month.\n\n"
        "The officer, Kiatoa Ribauw, 44, was arrested in March and pleaded guilty. He was paid "
        "about 9,000 dollars and passed more than 300 records.\n"
    )
    assert "Maelis Tabuteau" not in found
    assert "Kiatoa Ribauw" in found


def test_a_job_described_in_the_lead_and_given_again_to_a_named_case_is_one_person() -> None:
    found = cases(
        "APIA, May 3 (Reef Wire) - A man who posed as a generous benefactor has been charged with "
        "espionage after a records clerk he had befriended reported him, police said.\n\n"
        "He was refused bail on Thursday. Police said the name he used was false.\n\n"
        '"He came to find people with access," the police commissioner said.\n\n'
        "One of the people he singled out was Losa Fuimaono, 31, a records clerk at the "
        "immigration office. The man offered her 5,000 dollars for the arrival lists of "
        "officials. She refused and went the next morning to her security officer.\n"
    )
    assert "Losa Fuimaono" in found
    assert not [n for n in found if "clerk" in n]


def test_a_statistician_never_named_is_a_case() -> None:
    found = cases(
        "Police also disclosed a second approach. A statistician at the census office, whom "
        "they did not name, was approached at a wedding by a guest who offered her 3,000 "
        "dollars for the census maps of the areas around two army camps. She refused and told "
        "her head of department the next morning.\n"
    )
    assert [n for n in found if "statistician" in n]


def test_a_revenue_office_is_a_tax_workplace_and_a_police_station_visited_is_not() -> None:
    _, sectors = _roles_and_sectors(
        "A senior auditor at the islands' revenue office has confessed to selling confidential "
        "tax files to a client he met online, police said.\n\n"
        "Omari Salim Haji, 41, walked into police headquarters last month with his laptop and "
        "a written statement. He had copied the files of 37 taxpayers for the client, who paid "
        "him 200 dollars a file. Haji was asked to keep the work secret. He will not be "
        "prosecuted because he came forward voluntarily, police said.\n"
    )
    assert sectors and sectors[0] == "tax", sectors


def test_someone_who_told_the_security_manager_is_the_case_and_the_manager_is_not() -> None:
    # Never arrested: what makes her a case is that she told someone, however the report says it.
    found = cases(
        "Maren Oyelaran, 44, a laboratory analyst at a grain terminal, was offered 900 euros a "
        "day by a consultancy she had never heard of for a short questionnaire.\n\nThe questions "
        "soon turned to the terminal's fumigation rotas. That evening she told the terminal's "
        'security officer, Dafydd Penhallow, and forwarded the emails.\n\n"She did what we ask '
        'of everybody," Mr Penhallow said.\n\nMs Oyelaran said she had waited a day before '
        "telling her supervisor because she felt embarrassed."
    )
    assert list(found) == ["Maren Oyelaran"]


def test_a_spokeswomans_words_after_her_advice_are_not_the_cases() -> None:
    found = cases(
        "Tomasz Achterberg, 39, a freight planner at a river port, was arrested in May and "
        "charged with selling berth schedules to a man who paid him in cash. He was convicted "
        "in October.\n\nA spokeswoman for the security service, Ilse Varga, said such "
        'approaches were common.\n\n- never reply;\n\n- tell your security officer.\n\n"Watch '
        "for a fee nobody else would pay, or a contact who hands you a second phone for "
        'encrypted messages," she said.'
    )
    (case,) = found.values()
    # Her general list of signs is not what happened to him.
    assert "covert-tradecraft" not in case.tag_ids


@pytest.mark.parametrize(
    "sentence",
    [
        "The next morning she forwarded the messages to the plant's security officer.",
        "He reported the approach within days, before anything was handed over.",
    ],
)
def test_a_report_made_within_a_day_or_two_is_an_early_report(sentence: str) -> None:
    found = cases(
        "Ilona Brandvold, 35, a process engineer, was approached by a man who offered her money "
        f"for plant drawings. She refused. {sentence} She was thanked and kept her job."
    )
    (case,) = found.values()
    assert "report-early" in case.tag_ids


def test_a_survey_panel_to_join_is_no_invitation_to_travel() -> None:
    found = cases(
        "Ilona Brandvold, 35, a process engineer, received an unsolicited message inviting her "
        "to join a premium expert panel for paid online interviews. She refused and reported "
        "the approach at once. She was thanked and kept her job."
    )
    (case,) = found.values()
    assert "invitation-travel" not in case.tag_ids
    # A panel to speak on, at a conference paid for, is one.
    found = cases(
        "Ilona Brandvold, 35, a process engineer, was invited to speak on a panel in another "
        "city with her flights and hotel paid. She refused and reported the approach at once. "
        "She was thanked and kept her job."
    )
    (case,) = found.values()
    assert "invitation-travel" in case.tag_ids


def test_a_relative_or_neighbour_who_noticed_something_is_a_witness_not_a_case() -> None:
    found = cases(
        "Pavel Okonkwo-Lind, 51, a customs inspector, was sentenced to five years in prison for "
        "passing cargo manifests to a man who paid him.\n\nHis wife, Margit Okonkwo-Lind, who "
        "is not accused of anything, testified that she had asked her husband about a second "
        'phone. "He said it was for work," she said. She had seen him copy secret files '
        "onto a memory stick and hand them to a stranger.\n\nMr Okonkwo-Lind was arrested in "
        "March. Their neighbour, Sunniva Brekke, told reporters she had noticed a car waiting "
        'outside on several evenings. "I asked her if anything was wrong," Ms Brekke said.'
    )
    assert list(found) == ["Pavel Okonkwo-Lind"]
    # "Mr Okonkwo-Lind was arrested", after his wife is named: him, not her.
    (case,) = found.values()
    assert any(f.kind == "outcome" for f in case.facts)


def test_a_supervisor_who_saw_something_is_a_witness_not_a_case() -> None:
    found = cases(
        "Tomasz Achterberg, 39, a freight planner at a river port, was sentenced to five years in "
        "prison for selling berth schedules to a man who paid him.\n\nThe case came to light "
        "when his shift supervisor, Edda Thorvaldsen, saw him photographing the berth board. "
        'She reported it to the security office the next morning. "She did exactly the right '
        'thing, and she had no idea she was helping to stop a spy," the prosecutor said. Ms '
        "Thorvaldsen declined to comment."
    )
    assert list(found) == ["Tomasz Achterberg"]


def test_what_the_witness_did_next_is_not_the_cases() -> None:
    # Read 137: the supervisor's report quoted as the case's own.
    found = cases(
        "Tomasz Achterberg, 39, a freight planner at a river port, was sentenced to five years in "
        "prison for selling berth schedules to a man who paid him.\n\nThe case came to light "
        "when his shift supervisor, Edda Thorvaldsen, saw him photographing the berth board. "
        "She reported it to the security office the next morning."
    )
    (case,) = found.values()
    quotes = [e.quote for hit in case.tags for e in hit.evidence]
    assert quotes and not any(q.startswith("She reported it") for q in quotes)


def test_a_person_known_by_one_name_apposed_to_their_job_is_a_case() -> None:
    found = cases(
        "Clerk spared prosecution\n\nA ward clerk at a military hospital who copied patient "
        "lists for a man she met online will not be prosecuted, police said.\n\nThe clerk, "
        "Sumiyati, 29, who uses a single name, had worked at the hospital since 2019. The man "
        "paid her for each list and told her to delete their messages. Sumiyati walked into a "
        "police station in May, confessed and handed over her phone. Police said Sumiyati had "
        "come forward of her own accord."
    )
    assert "Sumiyati" in found


def test_an_approach_the_lead_tells_of_a_person_it_names_next_is_theirs() -> None:
    found = cases(
        "Clerk praised\n\nA payroll clerk at the naval base turned down a stranger's offer of "
        "paid consultancy work and reported him the same day, police said.\n\nThe clerk, "
        "Oddny Vikestad, 38, works for the base. She has not been accused of anything. The man had "
        "asked her for the board's inspection rota."
    )
    assert "Oddny Vikestad" in found


def test_a_stranger_introducing_himself_in_a_new_paragraph_is_in_the_cases_story() -> None:
    found = cases(
        "Engineer praised\n\nHALDEN (Fjord Wire) - A harbour engineer reported an approach, "
        "police said.\n\nTuva Reitan-Holm, 44, a harbour engineer, refused the offer and "
        "reported it the next day. She was thanked and kept her job.\n\nA man who introduced "
        "himself as Professor Aldric Penwarden attended her lecture, praised her work and "
        "invited her to a symposium abroad with flights and hotel paid."
    )
    (case,) = found.values()
    assert "invitation-travel" in case.tag_ids


def test_a_quotation_of_several_sentences_opens_with_its_mark() -> None:
    # Read 133: a quote ending '... she said. "' (the next quotation's opening mark, left at
    # the end of the sentence by the segmenter).
    from quiz.documents import split_sentences

    # (A quotation that runs on into the next paragraph, as a news story's long ones do.)
    text = (
        '"It starts with a coffee," she said. "The difference is the request. He called us.'
        '\n\n"We thanked him," she added.'
    )
    assert [text[s.start : s.end] for s in split_sentences(text)] == [
        '"It starts with a coffee," she said.',
        '"The difference is the request.',
        "He called us.",
        '"We thanked him," she added.',
    ]


@pytest.mark.parametrize("name", ["Dafydd ap Gruffydd", "Gwenllian ferch Rhys"])
def test_welsh_son_of_and_daughter_of_are_inside_the_name(name: str) -> None:
    # Corpus 55: "Iolo ap Ifan" was read as "Ap Ifan".
    found = cases(
        f"{name}, a records officer at a county archive, was charged in May with passing "
        f"restricted files to a foreign service. {name.split()[-1]} denies the charges."
    )
    assert list(found) == [name]


def test_the_region_of_a_dateline_is_no_person() -> None:
    # Corpus 55: "THOOTHUKUDI, Tamil Nadu, March 14" gave a case named "Tamil Nadu" that took
    # the story of the pilot it was about.
    found = cases(
        "BHOPAL, Madhya Pradesh, June 3 (Central Wire) - A senior canal engineer in Bhopal "
        "reported an online approach by a self-styled consultant who offered her money for the "
        "lock maintenance plans, police said on Thursday.\n\nShe declined and told the security "
        "officer of her employer the same afternoon."
    )
    assert list(found) == ["a senior canal engineer"]


def test_a_name_written_with_one_initial_first_is_a_name() -> None:
    # Corpus 55: "The pilot, R. Selvi, 46," was read as a title and a name, and the case
    # went unnamed; corpus 39's "D. Batzorig" after "Dashdorjiin Batzorig" is the same man.
    found = cases(
        "A customs clerk in Madurai was arrested for selling cargo manifests to a foreign agent."
        "\n\nThe clerk, K. Murugan, 51, had worked at the port for twenty years. Murugan was "
        "paid in cash and was charged in April."
    )
    assert list(found) == ["K. Murugan"]
    found = cases(
        "Tsedengiin Altangerel, an engineer at a power plant, was sentenced to six years in "
        "prison for passing plans to a foreign intelligence officer. The court heard that "
        "T. Altangerel was paid in cash."
    )
    assert list(found) == ["Tsedengiin Altangerel"]


def test_a_recruiters_flight_dated_by_the_cases_arrest_is_not_the_cases() -> None:
    # Corpus 55: "Veltrani ... left the country shortly after Lipovšek's arrest" gave
    # Lipovšek a sudden exit, and a question about a colleague leaving the country.
    found = cases(
        "Marko Novak, a procurement clerk, was sentenced to four years in prison for selling "
        "tender documents. At a trade fair he had met a man who introduced himself as Piet "
        "Raven, a sales director of a lens maker.\n\n"
        "Raven, whose real identity remains unknown, left the country shortly after Novak's "
        "arrest in March."
    )
    assert "sudden-exit" not in found["Marko Novak"].tag_ids
    # The case's own flight, dated the same way, stays his.
    found = cases(
        "Marko Novak, a procurement clerk, was charged with selling tender documents to a "
        "foreign agent. Novak left the country shortly after his arrest warrant was issued."
    )
    assert "sudden-exit" in found["Marko Novak"].tag_ids


def test_the_place_a_home_overlooks_is_no_workplace() -> None:
    # Corpus 55: "his terraced house above the harbour" made a laboratory manager work at a
    # container port, in every question about him.
    found = cases(
        "Gethin Morgan, a laboratory manager at a university research institute, was "
        "acquitted in March of passing protected research data to a foreign intelligence "
        "service. Morgan still plays chess every evening in his cottage above the harbour."
    )
    sectors = [f.value for f in found["Gethin Morgan"].facts_of("sector")]
    assert "port" not in sectors and sectors


def test_a_person_the_story_describes_in_its_second_case_is_a_case() -> None:
    # Corpus 55: an unnamed pharmacist, "contacted ... by a recruiter", who stopped replying and
    # reported, gave no case: the hospital named in the passive sentence took the approach.
    found = cases(
        "A court in Brest jailed a naval draughtsman, Yann Le Goff, 44, for six years on Monday "
        "for selling hull drawings to a foreign agent.\n\n"
        "A radiographer at the Clinique de la Baie Saint-Michel, whom police did not name, was "
        "contacted in May on a jobs website by a recruiter offering paid reports. The "
        "radiographer stopped replying and forwarded the messages to the clinic's security "
        "manager."
    )
    assert set(found) == {"Yann Le Goff", "a radiographer"}
    # A name right before the passive verb is its subject, not the speaker who opens the
    # sentence.
    found = cases(
        "According to spokesman Colonel Amadou Sow, Dr Issa Kane was approached in 2022 at a "
        "trade fair abroad. Kane later reported the approach to his superiors and refused the "
        "money."
    )
    assert "Amadou Sow" not in found


def test_a_lead_about_two_cases_is_neithers_and_advice_to_come_forward_is_no_surrender() -> None:
    # Corpus 55: the lead told both a fugitive operator and a pharmacist "who reported a
    # suspicious job offer"; the operator got the pharmacist's unsolicited offer, and the
    # spokesman's "should come forward" gave her a surrender she never made.
    found = cases(
        "A radar technician who was recruited through a dating app has fled abroad, while a "
        "hospital pharmacist who reported an unsolicited job offer lost nothing, police said."
        "\n\nAccording to the police, Marie Caron, 31, met a man on the app who paid for "
        "weekends away; she copied radar logs and was charged in her absence. A pharmacist at "
        "the city hospital, whom police did not name, was contacted by a recruiter and stopped "
        "replying. The pharmacist reported the messages to the hospital's security director."
        "\n\nThe police said people who have already been drawn in should come forward. "
        "Caron's case shows where silence leads, they said."
    )
    assert "unsolicited-offer" not in found["Marie Caron"].tag_ids
    assert "self-surrender" not in found["Marie Caron"].tag_ids


def test_two_initials_before_a_surname_are_one_name() -> None:
    # Corpus 56: "identified in court documents as J. R. Quispe" gave a case named "J. R.".
    found = cases(
        "The clerk, identified in court records as M. A. Huamán, 48, was arrested in May for "
        "selling port manifests to a foreign intelligence service. Huamán was paid in cash."
    )
    assert list(found) == ["M. A. Huamán"]
    # Initials a report keeps to, with a sentence after them, stay the person's name.
    found = cases(
        "The ministry identified the engineer only by his initials, T.K. It said he was "
        "arrested in March for selling grid plans to a foreign intelligence service."
    )
    assert list(found) == ["T.K."]


def test_a_co_defendant_the_court_did_not_name_is_not_the_named_defendant() -> None:
    # Corpus 56: "a 34-year-old engineer in the same design department who was not named" was
    # taken for the main defendant, "a senior ship-design engineer", and lost.
    found = cases(
        "The court said the main defendant, Ana Petrović, 51, a senior software engineer, is "
        "charged with espionage. A second defendant, a 29-year-old engineer in the same team "
        "who was not named in court documents, is charged with helping her. Both were "
        "arrested in May.\n\nThe 29-year-old copied hundreds of files onto external drives, "
        "the indictment says, and was paid a share of the money."
    )
    assert set(found) == {"Ana Petrović", "a 29-year-old engineer"}


def test_a_firm_a_report_describes_as_one_is_no_person() -> None:
    # Corpus 57: the cover firm a stranger said she represented, in quotes with "a ... firm"
    # after it, was taken for a second case and given the clerk's tags.
    found = cases(
        "Tomás Irarrázaval Ruiz, 38, a warehouse supervisor, was contacted in 2023 by a man "
        'who said he worked for "Coral Meridian Analytics", a Hong Kong-based research '
        "company. He was paid for summaries of published timetables. The company then asked "
        "for internal loading plans, and he sent them. He was arrested in May for espionage."
    )
    assert list(found) == ["Tomás Irarrázaval Ruiz"]


def test_a_party_a_court_report_names_by_its_place_is_that_person() -> None:
    # Corpus 57: after "The first defendant, V..., 52, ... The second defendant, S..., 44",
    # what "the first defendant" did was credited to the second, the last one named.
    found = cases(
        "Prosecutors charged two men with espionage. The first defendant, Ilir Kastrati "
        "Morina, 47, is a harbour pilot. The second defendant, Besnik Rama Hoxha, 39, is a "
        "dock clerk.\n\nAccording to the indictment, the first defendant received an "
        "unsolicited email offering paid work as a consultant from a man posing as a "
        "shipping journalist. He later asked the second defendant to copy berth records, "
        "and the second defendant copied hundreds of them to a memory stick."
    )
    assert set(found) == {"Ilir Kastrati Morina", "Besnik Rama Hoxha"}
    assert "unsolicited-offer" in found["Ilir Kastrati Morina"].tag_ids
    assert "unsolicited-offer" not in found["Besnik Rama Hoxha"].tag_ids
    assert "bulk-collection" in found["Besnik Rama Hoxha"].tag_ids


def test_a_person_told_by_a_relatives_post_is_approached_for_the_relatives_access() -> None:
    # Corpus 57: "a tuition teacher whose husband is a senior procurement officer at the
    # Ministry of Defence" was told as a teacher at a sensitive organisation, and as a
    # colleague photographing papers there.
    text = (
        "A pharmacist whose wife is a signals engineer at the army's communications command "
        "has been charged with espionage. Aziz Rahimov, 44, was befriended at a chess club by "
        "a man who paid him for notes. The man then asked him to photograph the papers his "
        "wife brought home, and he photographed them. Rahimov was arrested in June."
    )
    frame = _frame(text)
    assert (frame.kin, frame.kin_job) == ("wife", "a signals engineer")
    assert frame.workplace.place == "a defence organisation"
    assert not frame.signs_seen_by("colleague")
    setting = frame.fill("You work as {role} at {workplace}.")
    assert setting == (
        "Your wife works as a signals engineer at a defence organisation; you work as a pharmacist."
    )
    # Words of the report are data: braces in the relative's job are told as written.
    braced = _frame(text.replace("a signals engineer at", "a {signals} engineer at"))
    assert braced.fill("You work as {role} at {workplace}.").startswith(
        "Your wife works as a {signals} engineer at a defence organisation"
    )
    # Told by one's own post, nothing changes.
    own = _frame(text.replace("whose wife is a signals engineer at", "who works for"))
    assert own.kin == ""


def test_an_act_the_person_refused_is_nothing_a_colleague_saw() -> None:
    from quiz.scenario_material import scenario_material

    photographs = scenario_material().signs["insider-access"]
    assert photographs.grounded_by("She photographed the tender documents at night.")
    assert not photographs.grounded_by("She refused to photograph the tender documents.")
    assert not photographs.grounded_by("He would not photograph the documents, he said.")


def test_the_defendant_of_a_report_with_two_is_the_same_whatever_the_hash_seed() -> None:
    import os
    import subprocess
    import sys

    # Corpus 57: "the defendant" of a report with two defendants went to whichever a set of
    # names gave first, so each run's tags differed (Python salts string hashes per process).
    text = (
        "Prosecutors have charged two defendants with espionage. The first defendant, Ilir "
        "Morina, 47, is a harbour pilot. The second defendant, Besnik Hoxha, 39, was a dock "
        "clerk.\n\nIn 2022 an unsolicited email offered the first defendant paid work as a "
        "consultant. Using his access to the port system, the defendant first supplied the "
        "berth plans of his own clients, and was paid 3,000 euros a month."
    )
    program = (
        "import sys\n"
        "from quiz.documents import Document\n"
        "from quiz.extract import extract\n"
        "found = extract([Document.from_bytes('a.txt', sys.stdin.read().encode())]).cases\n"
        "print(sorted((c.name, sorted(c.tag_ids)) for c in found))\n"
    )
    runs = {
        subprocess.run(
            [sys.executable, "-c", program],
            input=text,
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
        ).stdout
        for seed in range(1, 7)
    }
    assert len(runs) == 1, runs
    assert "Ilir Morina" in runs.pop()


def test_a_job_of_two_trades_is_the_persons_and_a_persona_or_relatives_job_is_not() -> None:
    # Corpus 58: "works as a signalling and interlocking engineer" went unread, the brother's
    # "working in a foreign country" became the job, and the recruiter's "introduced himself as
    # an officer of that country's migration police" the workplace ("a police force"); "a
    # person identifying herself as a human-resources coordinator" became the clerk's job.
    frame = _frame(
        "A shipyard worker has been charged with espionage. The worker, Pavel Horák, born in "
        "1982, works as a welding and inspection technician at a shipyard. "
        "In 2023 Horák's cousin, who had been working in a foreign country as a driver, lost "
        "his licence. Horák then received a message from a person identifying herself as a "
        "recruitment coordinator. The author introduced himself as an officer of that "
        "country's border police and asked for the yard's plans. Horák sent them and was "
        "arrested in May."
    )
    roles = [f.value for f in frame.case.facts_of("role")]
    assert "welding and inspection technician" in roles
    assert not [r for r in roles if "coordinator" in r or "foreign country" in r]
    assert "police" not in [f.value for f in frame.case.facts_of("sector")]
    # (The job as the report writes it, read 470: not "an inspection technician".)
    assert frame.role == "a welding and inspection technician"
    assert frame.workplace.place != "a police force"


def test_someone_from_the_persons_working_past_met_again_is_no_stranger() -> None:
    # Read 163: "approached at a reunion of former merchant-marine officers by a man he had
    # sailed with in the 1990s" was told "Out of the blue, someone you have not met before".
    frame = _frame(
        "Marek Duda, 55, a harbour pilot, was approached at a reunion of former naval cadets "
        "by a man he had trained with in the 1980s. The man offered him money for notes on "
        "ship movements, and Duda supplied them. He was arrested in March."
    )
    assert frame.familiar
    assert frame.known_as == "a former colleague you had not seen for years"
    # Having worked with an organisation for years is no one met again.
    other = _frame(
        "Marek Duda, 55, a harbour pilot who had worked with the port authority for years "
        "before his arrest, received an unsolicited email offering money for notes on ship "
        "movements. Duda supplied them and was arrested in March."
    )
    assert not other.familiar


def test_a_bare_officer_is_no_cover_to_tell() -> None:
    # Read 164: "introduced himself as an officer of that country's migration police" became
    # a stranger "who says they are an officer", then told mentioning an article of yours.
    text = (
        "A shipyard worker has been charged with espionage. The worker, Pavel Horák, born in "
        "1982, works as a welding and inspection technician at a shipyard. In 2023 Horák's "
        "cousin, who had been working in a foreign country as a driver, lost his licence. "
        "Horák then received a message from an unknown account. The author introduced "
        "himself as an officer of that country's border police and asked for the yard's "
        "plans. Horák sent them and was arrested in May."
    )
    assert _frame(text).cover == ""
    # Whom they claimed to work for makes it one.
    told = text.replace("of that country's border police", "of a humanitarian foundation")
    assert _frame(told).cover == "an officer of a humanitarian foundation"


def test_an_abbreviated_given_name_a_defendant_named_once_and_a_hospital_named_as_a_place() -> None:
    # Corpus 59: "Md. Rakibul Hasan Sarker" lost his "Md."; "The accused, Aizhan Nurlankyzy,
    # born in 1989" (named once, then "the accused") gave no case; "my mother was admitted at
    # Korle Bu" made the hospital a case.
    found = cases(
        "A court sentenced a bank contractor to ten years for espionage. Md. Tanvir Ahmed "
        "Chowdhury, 36, was convicted on Monday. He had copied files for a foreign contact."
    )
    assert set(found) == {"Md. Tanvir Ahmed Chowdhury"}
    found = cases(
        "The case against an air-traffic controller accused of treason has been sent to court. "
        "The accused, Dinara Serikkyzy, born in 1990, worked as a senior controller. In 2022 "
        "the accused was offered paid work by a foreign contact and was asked for flight "
        "schedules. The accused was detained in August and has been charged."
    )
    assert set(found) == {"Dinara Serikkyzy"}
    found = cases(
        "A customs officer who refused a bribe has been commended. Kofi Mensah Boateng said "
        '"That year my father was admitted at Ridge Clinic with heart trouble. The man paid '
        'the bills." Boateng reported the man to his commander the next day.'
    )
    assert "Ridge Clinic" not in found


def test_a_job_told_before_a_pronoun_and_where_customs_and_air_navigation_work() -> None:
    # Corpus 59: "As a dog handler with the Customs Division of the Ghana Revenue Authority at
    # Kotoka International Airport, he ..." gave no job ("a member of staff at an organisation
    # that handles sensitive work"); "a senior controller at an area control centre" was set
    # at "an aerospace research institute".
    text = (
        "A customs handler who refused a bribe has been commended. Yaw Darko Mensah has "
        "spent ten years with his dogs. As a dog handler with the Customs Division of the "
        "Revenue Authority at the international airport, he searches cargo for drugs. In "
        "2023 a man offered him money for the duty roster. Mensah refused and reported the "
        "man to his commander, and he was not charged."
    )
    frame = _frame(text)
    assert frame.role == "a dog handler"
    assert frame.workplace.place == "a customs authority"
    # Only where they work ("a staff member at the airport") says less than the job.
    placed = _frame(text.replace("has spent ten years with his dogs", "has worked at the airport"))
    assert placed.role == "a dog handler"
    frame = _frame(
        "A controller has been charged with treason. The accused, Dinara Serikkyzy, born in "
        "1990, worked as a senior controller at an area control centre and had access to "
        "flights of state aviation. In 2022 the accused was offered paid work by a foreign "
        "contact and was asked for flight schedules. The accused was detained in August."
    )
    assert frame.workplace.place == "an airport"


def test_a_hydrographic_surveyor_a_friendship_struck_up_and_a_refusal_in_ones_own_words() -> None:
    # Read 167: a hydrographic surveyor set "at a naval base" (the institute "publishes
    # nautical charts for ... the navy"); "there he struck up a friendship with a user" keyed
    # as "the contact pressed for a close personal friendship"; a customs handler who said "I
    # could not do it" and reported asked how to get out of having sent material.
    from quiz.families.way_out import WayOut
    from quiz.frames import refused_and_spared
    from quiz.scenario_material import scenario_material

    frame = _frame(
        "Police detained a 47-year-old hydrographic surveyor at a café on Tuesday, moments "
        "after he handed a memory stick to a man investigators describe as a foreign "
        "intelligence officer. The surveyor, Ivo Marić, has worked for fifteen years at the "
        "Hydrographic Institute, the state body that publishes nautical charts for shipping "
        "and the navy. Marić was paid for survey data and has been charged with espionage."
    )
    assert frame.workplace.place == "a hydrographic institute"
    struck_up = "On a forum he struck up a friendship with a user who later sent him gifts."
    (pressed,) = [
        s
        for s in scenario_material().first_steps
        if s.key == "As soon as the contact pressed for a close personal friendship"
    ]
    assert not pressed.grounded_by(struck_up)
    assert pressed.grounded_by("The man pressed for a close friendship and private dinners.")
    refused = cases(
        "A customs officer who refused a bribe has been commended. Kofi Mensah Boateng, 41, "
        "said a man from his church paid his bills and then asked for the duty roster. "
        '"When I said I could not do it, his face changed. He reminded me of the money and '
        'said my superiors would hear of it," Boateng said. Boateng reported the man to his '
        "commander the next morning and was not charged."
    )["Kofi Mensah Boateng"]
    assert refused_and_spared(refused)
    from quiz.families.base import Context
    from quiz.frames import build_frame
    from quiz.material import load_material

    from .conftest import SEEDS

    ctx = Context(load_material(SEEDS), scenario_material(), 0)
    assert WayOut().case_drafts(ctx, build_frame(refused, scenario_material())) == []


def test_a_surname_first_name_whose_surname_is_also_a_word_is_the_case() -> None:
    # Corpus 60: "Park Ji-hoon, 38, a senior etch process engineer" was no person ("park" is a
    # place word), and the case was named by its description instead.
    found = cases(
        "A South Korean court on Friday sentenced a chip engineer for selling process data.\n\n"
        "Park Ji-hoon, 38, a senior etch process engineer at a chip plant, was convicted.\n\n"
        "According to the indictment, Park was first contacted through a networking site by a "
        "woman who introduced herself as a research associate. Park was paid 1.5 million won "
        "for each call. Investigators found that Park copied 312 files to a personal laptop."
    )
    assert list(found) == ["Park Ji-hoon"]
    quotes = " ".join(e.quote for hit in found["Park Ji-hoon"].tags for e in hit.evidence)
    assert "Park was paid" in quotes and "Park copied" in quotes


def test_a_long_read_in_her_own_words_is_her_case() -> None:
    # Corpus 60: 'Hà says she told him she would think about it' made her the one who "told
    # him" (a recruiter's act), and "she went to the head of the company's security
    # department, Phạm Đức Long" was counted for the man she went to.
    found = cases(
        '"He knew exactly where I was weakest": an engineer on the man who used her daughter\n\n'
        "Nguyễn Thị Thu Hà has spent twenty years repairing mobile phone towers. This spring a "
        "stranger tried to make her work for him.\n\n"
        "He asked for the coordinates of the towers and offered 2,000 dollars. Hà says she told "
        "him she would think about it.\n\n"
        '"I told my husband everything that night," Hà says.\n\n'
        "The next morning she went to the head of the company's security department, Phạm Đức "
        'Long. "She came in with her phone and a notebook," Long says.'
    )
    assert "Nguyễn Thị Thu Hà" in found
    assert "Phạm Đức Long" not in found


def test_an_officials_advice_after_the_case_is_not_the_cases_own_reporting() -> None:
    # Corpus 60: "An NIS official ... said employees should ... '... tell your company's
    # security team,' the official said": the official's paragraph, not the case's.
    found = cases(
        "Mirela Kostova, an engineer at a chip plant, was sentenced to three years in prison. "
        "She had sold process files to a man she met online for 20,000 dollars.\n\n"
        "An agency official, speaking on condition of anonymity, said employees should treat "
        'any paid approach with suspicion. "If a client asks for anything you could not say '
        "in public, end the call and tell your company's security team,\" the official said. "
        "Reports can also be made by calling the agency's hotline."
    )
    tags = found["Mirela Kostova"].tag_ids
    assert "security-office" not in tags and "hotline" not in tags


def test_the_job_the_lead_names_in_full_is_kept_when_later_shortened() -> None:
    # Read 168: "an air-traffic controller of a state air-navigation enterprise", then "worked
    # as a senior controller", was told as "a controller".
    frame = _frame(
        "The criminal case against an air-traffic controller accused of high treason has been "
        "sent to court.\n\n"
        "The accused, Aizhan Nurlankyzy, worked as a senior controller at an area control "
        "centre. She was paid 3,000 dollars for flight schedules and was charged in January."
    )
    assert frame.role == "an air-traffic controller"


def test_an_interviews_answers_are_the_words_of_whom_it_interviews() -> None:
    # Corpus 61: "Q: ... A: So I walked into the campus security office" was nobody's, and the
    # interviewee was no case.
    found = cases(
        "HAMILTON, Ontario (Wire) - Dariush Farahani, 52, is a research technician at a "
        "university laboratory. In October he reported the approach to campus security. He "
        "spoke to Sarah Kowalczyk.\n\n"
        "Q: How did it start?\n\n"
        "A: With a WhatsApp message in September from a number I didn't know. The man asked me "
        "to confirm my job title.\n\n"
        "Q: What did he finally ask for?\n\n"
        "A: He asked me for the names of everyone with key-card access to our lab. He sent me "
        "a photo of my parents' front door.\n\n"
        "Q: Why did you report it?\n\n"
        "A: I understood they would own me. So I walked into the campus security office and "
        "told them everything."
    )
    assert list(found) == ["Dariush Farahani"]
    assert "security-office" in found["Dariush Farahani"].tag_ids


def test_a_forum_user_who_began_chatting_is_an_online_approach() -> None:
    # Corpus 61: "another user, writing under the name 'Vityaz77', began chatting with him" on
    # a gaming forum was told as an approach in person.
    frame = _frame(
        "In December the security service detained a man, identified as A.K. He was an active "
        "member of a forum for a multiplayer game. In spring 2024 another user, writing under "
        'the name "Vityaz77", began chatting with him about computer hardware. A.K. was paid '
        "5,200 euros in cryptocurrency and was arrested in December."
    )
    assert frame.channel == "online"


def test_an_interview_without_q_and_a_marks_is_still_the_interviewees_words() -> None:
    # Corpus 62: questions as paragraphs of their own ("How did it start?") and answers in the
    # first person after them; the interviewee was "too thin to call a case".
    found = cases(
        "Nadia Haddad, 29, worked as a researcher for a member of parliament. In 2024 she "
        "reported to parliamentary security that a foundation was trying to recruit her. She "
        "spoke to our correspondent, Tom Reilly.\n\n"
        "How did it start?\n\n"
        "With an email inviting me to a seminar abroad, all expenses paid.\n\n"
        "When did money come in?\n\n"
        "A month later he paid me 2,000 pounds for a short paper. Then he wanted to know what "
        "the committee's draft report was going to say before it was published.\n\n"
        "What did you do?\n\n"
        "I went to the security office the next morning and showed them everything."
    )
    assert list(found) == ["Nadia Haddad"]
    tags = found["Nadia Haddad"].tag_ids
    assert {"paid-tasks", "request-beyond-public", "security-office"} <= tags


def test_initials_followed_by_an_age_as_a_description_are_a_person() -> None:
    # Corpus 62: "a criminal case against V. J., a 45-year-old dispatcher" gave no case.
    found = cases(
        "Prosecutors have sent to court a criminal case against K. L., a 45-year-old "
        "dispatcher at the county police centre. K. L. met a woman through a dating app. He "
        "used his access to police databases and received 300 euros for each query. K. L. was "
        "detained in March."
    )
    assert list(found) == ["K. L."]


def test_a_described_defendant_the_story_goes_on_to_tell_about_is_a_case() -> None:
    # Corpus 62: "prosecutors charged a 34-year-old employee of a logistics software company
    # with espionage", then what "the man" and "he" did, was taken for a passer-by.
    found = cases(
        "Federal prosecutors last month charged a 34-year-old employee of a software company "
        "with espionage. According to the charge sheet, the man answered an online "
        "advertisement from a staffing agency. At first he was paid 1,500 euros a month to "
        "keep computers running in his flat. He downloaded entire code repositories onto a "
        "private hard drive."
    )
    assert list(found) == ["a 34-year-old employee"]
    assert "bulk-collection" in found["a 34-year-old employee"].tag_ids


@pytest.mark.parametrize(
    ("name", "case_id"),
    [
        # Corpus 62: "Øystein Bråthen" had the id "ystein-brathen".
        ("Øystein Bråthen", "oystein-brathen"),
        ("Łukasz Żółć", "lukasz-zolc"),
        ("Þóra Ðorđević", "thora-dordevic"),
        ("Zoë Müller", "zoe-muller"),
    ],
)
def test_a_case_id_keeps_every_letter_of_the_name(name: str, case_id: str) -> None:
    found = cases(
        f"{name}, a ministry official, was arrested in May 2022 and later sentenced to nine "
        "years in prison for passing classified papers to a foreign intelligence service."
    )
    assert [c.id for c in found.values()] == [case_id]


def test_where_the_person_works_is_told_with_the_job_not_by_a_later_question() -> None:
    # Corpus 62: "The 38-year-old system administrator at a regional hospital" was placed at "a
    # technology company", from a later question about the hospital's VPN software.
    frame = _frame(
        "In January, Pieter de Groot opened a message offering him remote work. The "
        "38-year-old system administrator at a regional hospital had a profile on a "
        "freelance job board. Then came a question about the hospital: which VPN software it "
        "used, and whether de Groot could share a test account. De Groot reported the "
        "approach to the hospital's security officer the next day."
    )
    assert frame.workplace.place == "a hospital"


@pytest.mark.parametrize(
    "opening",
    [
        # Corpus 62: a message opened, an answer that starts with an email, the services put on
        # a freelance platform were read as a stranger met in person.
        "In January, Pieter de Groot opened a message from a recruiter offering remote work.",
        "Pieter de Groot had a profile on a freelance job board, where a recruiter found him.",
        "Pieter de Groot offered his services on an online freelance platform to earn extra money.",
    ],
)
def test_a_first_contact_that_arrived_online_is_an_online_approach(opening: str) -> None:
    frame = _frame(
        f"{opening} He was paid 2,000 euros for a report and later asked for internal "
        "network diagrams. De Groot reported the approach to his company's security officer "
        "the next day."
    )
    assert frame.channel == "online"


def test_a_reporter_who_tells_the_case_on_air_is_not_the_case() -> None:
    # Corpus 63: a radio bulletin's crime reporter ("Otieno said detectives believe Mr Mwinyi
    # carried out paid tasks") was taken for the case, and the arrested man was lost.
    found = cases(
        "[07:02] The presenter opened the bulletin with an arrest at the airport.\n\n"
        "[07:03] Crime reporter Daniel Mwangi, speaking from outside police headquarters, "
        "said detectives had arrested Hassan Omar Said, 34, a baggage handler at the airport. "
        "Mr Said was expected in court later in the day.\n\n"
        "Mwangi said detectives believe Mr Said carried out paid tasks for his handlers for "
        "about nine months. The statement said Mr Said had fallen behind on his rent.\n\n"
        "[07:06] Mwangi said the charity first paid the fees and then asked for photographs of "
        "the baggage area.\n\n"
        "[07:11] Asked whether the country had been identified, Mwangi said police declined "
        "to name it."
    )
    assert list(found) == ["Hassan Omar Said"]
    assert "personal-vulnerability" in found["Hassan Omar Said"].tag_ids
    # A transcript's time marks are labels, never quoted.
    assert not [
        e.quote for hit in found["Hassan Omar Said"].tags for e in hit.evidence if "[07" in e.quote
    ]


def test_a_name_the_report_calls_fake_is_the_recruiters_cover() -> None:
    # Corpus 63: 'Fake headhunter "Helena Brandt"', named far more often than the technician
    # who reported her, was taken for the case.
    found = cases(
        'Fake headhunter "Anna Weber" targeted wind crews, operator warns\n\n'
        '"Anna Weber", a senior talent partner at a Hamburg agency, sent unsolicited messages '
        "to technicians. Weber offered a role at twice the salary. Weber asked for the network "
        "architecture of the farm's control system. Weber offered 1,500 euros for it.\n\n"
        "Piotr Nowak, a senior service technician, received a message from Weber in "
        "January. Nowak did not reply and reported the approach to the company's security "
        "officer the same afternoon."
    )
    assert list(found) == ["Piotr Nowak"]


def test_an_organisation_called_a_board_is_not_a_person() -> None:
    # Corpus 63: "an interpreter at the Immigration and Refugee Board" gave a case "Refugee
    # Board".
    found = cases(
        "Ana Pereira, 44, worked as an interpreter at the Immigration and Refugee Board. She "
        "was sentenced to three years in prison for passing confidential files to a foreign "
        "intelligence service. The Refugee Board said it had reviewed access to its files."
    )
    assert list(found) == ["Ana Pereira"]


def test_the_police_a_firm_called_in_is_not_where_its_broker_works() -> None:
    # Corpus 63: a shipbroker was placed "at a police force" from "The firm contacted
    # counter-terrorism police".
    frame = _frame(
        "John Byrne, 52, a chartering manager on the tanker desk of a City shipbroking firm, was "
        "charged with assisting a foreign intelligence service. He was paid 2,000 pounds for "
        "each report. The firm contacted counter-terrorism police, and Byrne was arrested at "
        "his home in October."
    )
    assert frame.workplace.place == "a shipping company"


def test_a_heading_that_announces_a_case_names_whom_it_is_about() -> None:
    # Corpus 63: "Case two: First Lieutenant Yoon Ha-eun (Nurse Corps)", then "Lieutenant Yoon
    # refused ... and reported the matter", was no case.
    found = cases(
        "Statement on two approaches to service members\n\n"
        "Case one: Major Park Ji-sung\n\n"
        "Major Park Ji-sung passed internal documents to a handler and was paid 3,000 dollars. "
        "He was arrested in May and charged with espionage.\n\n"
        "Case two: First Lieutenant Lee Min-ji (Nurse Corps)\n\n"
        "First Lieutenant Lee Min-ji, a nurse at a military hospital, took on translation work "
        "online. The client asked Lieutenant Lee for internal hospital data.\n\n"
        "Lieutenant Lee refused, ended the contact, and reported the matter to the hospital's "
        "security officer the same day."
    )
    assert "Lee Min-ji" in found


def test_an_officer_named_as_the_source_is_not_the_case() -> None:
    # Corpus 64: "According to Lieutenant Colonel Phạm Quốc Bảo, deputy head of the provincial
    # security investigation office, Hùng joined ..." made the officer a case, as did his
    # quoted comment and his appeal to others to come forward.
    found = cases(
        "Technician held over data passed abroad\n\n"
        "Otabek Rustamov, 29, a technician at a regional power company, was detained on "
        "Tuesday and charged with espionage.\n\n"
        "According to Major Sardor Aliev, deputy head of the regional security directorate, "
        "Rustamov met a man at a chess club while working abroad. The man lent him money when "
        "he fell into debt and later paid him for small jobs. Back home, Rustamov copied "
        "network diagrams from the company's servers and sent them to the man.\n\n"
        '"Someone lonely and in debt meets a friend who fixes every problem," Major Aliev '
        "said. He urged staff who had been offered money for information to report it at "
        'once. "Those who come forward early are treated with leniency," he added.'
    )
    assert list(found) == ["Otabek Rustamov"]


def test_initials_the_paper_uses_and_a_name_it_gives_are_the_person() -> None:
    # Corpus 64: "J.K., as Finnish court documents refer to him, is 34"; 'a young woman we will
    # call "Ana"' in an official's interview, whose answers are about her, not about him,
    # and not about the interviewer named in the byline.
    found = cases(
        "The engineer who said no\n\n"
        "R.M., as the prosecutor's filings refer to her, is 41 and works as an engineer at a "
        "water utility. A stranger on a gaming forum offered her money for the utility's "
        "network plans. R.M. refused and reported the approach to her security manager the "
        "next day."
    )
    assert list(found) == ["R.M."]
    interview = cases(
        "How relatives are used: an interview\n\n"
        "VILNIUS — Interview by Greta Paulauskaitė\n\n"
        "Tomas Kairys, a deputy head of the service's counter-intelligence department, agreed "
        "to answer questions about one case.\n\n"
        "Q: Can you give an example?\n\n"
        'A: Let me tell you about a clerk we will call "Rasa". That is not her name. She '
        "worked in a ministry. A man approached her by phone, said he was from the services "
        "abroad, and "
        "offered to help her brother with his residence papers. In exchange he asked for the "
        "ministry's internal staff lists, and told her to install a messaging app and to tell "
        "no one.\n\n"
        "Q: What did Rasa do?\n\n"
        "A: She did not install it. The next morning she went to her ministry's security "
        "office and reported the approach. Nothing was handed over."
    )
    assert list(interview) == ["Rasa"]


def test_a_name_that_introduced_itself_as_a_cover_is_the_contact() -> None:
    # Corpus 65: "The man who had signed the email, Lukas Brenner, introduced himself as the
    # alumni network's coordinator" took the student's place as the case.
    found = cases(
        "The researcher who checked\n\n"
        "Dragana Milić keeps the invitation in a folder on her laptop. She is finishing a "
        "doctorate in polymer chemistry.\n\n"
        "The man who had signed it, Karel Novotny, introduced himself as the foundation's "
        "programme director. Novotny paid for her hotel in Prague, sent her gifts and praised "
        "her work. In June, Novotny asked for her laboratory's unpublished test results, "
        "offering a generous fee. Novotny also asked her to keep their correspondence to "
        "herself.\n\n"
        "She refused and reported the approach to the university's security office the next "
        "day. Investigators found that the foundation did not exist."
    )
    assert list(found) == ["Dragana Milić"]


def test_a_first_person_account_is_the_narrators_named_at_its_end() -> None:
    # Corpus 65: an embassy driver's story "As told to" a journalist, "I" throughout, his name
    # only in the last paragraph; the journalist is its writer.
    found = cases(
        '"He always paid for lunch": a port clerk\'s story\n\n'
        "VALPARAÍSO — As told to Camila Rojas\n\n"
        "I have worked at the port authority for fourteen years. In 2022 a man I knew from "
        "university called me out of the blue and invited me to lunch. He paid. Then we had "
        "lunch again.\n\n"
        "He asked about my work, at first the way anyone asks. Then the questions became more "
        "exact: which ships were expected, and whether I could copy the berth schedule. For "
        "this he began to pay me 500 dollars a month. My salary is less than that.\n\n"
        "He told me never to talk about these things on the phone. In March I went to the "
        "port's security officer and told him everything.\n\n"
        "Tomás Herrera, 49, still works at the port authority."
    )
    assert list(found) == ["Tomás Herrera"]
    assert {"security-office", "disproportionate-reward", "secrecy-pressure"} <= (
        found["Tomás Herrera"].tag_ids
    )


def test_the_job_of_someone_the_person_told_is_not_theirs() -> None:
    # Corpus 65: an embassy driver's own account, "The security officer listened for two
    # hours", made him "a security officer".
    frame = _frame(
        '"He paid for every dinner": a driver\'s story\n\n'
        "TALLINN — As told to Kadri Tamm\n\n"
        "I have driven for the same embassy for nine years. In 2021 an old classmate called me "
        "out of the blue and invited me to dinner. He paid. Then the questions about my work "
        "became more exact, and he began to pay me 700 euros a month for the answers. My salary "
        "is less than that.\n\n"
        "In March I went to the embassy's security officer and told him everything. The "
        "security officer listened for two hours.\n\n"
        "Peeter Kask, 51, still works as a driver at the embassy."
    )
    assert frame.role == "a driver"


def test_who_evaluates_medicines_at_the_regulator_works_at_a_medicines_regulator() -> None:
    # Read 190: "Carmen L., 38, evaluates medicines at the national regulator" was told of "an
    # organisation that handles sensitive work".
    frame = _frame(
        "Evaluator reported a 'journalist'\n\n"
        "Lucía Paredes, 41, evaluates medicines at the national regulator. A man who "
        "described himself as a journalist wrote to her on social media and offered a fee of "
        "400 dollars for each conversation.\n\n"
        "His questions soon moved to the unpublished registration dossiers of vaccines under "
        "evaluation. He asked her to keep their conversations to herself.\n\n"
        "Paredes refused, ended the contact and the next morning reported it to the "
        "regulator's security office. She was not charged."
    )
    assert frame.workplace.place == "a medicines regulator"
