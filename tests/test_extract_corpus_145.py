"""What corpus 145 (five documents, read once on b6b56ce: 5 of 10 cases found on arrival, and a
police officer, a police lieutenant and a brother-in-law taken for cases, tag recall 0.26 at
precision 0.83; an outfitter's season-closing letter from the Saguenay, a hospital's compliance
self-study with model answers from Pohang, a legal-literacy camp's report from Gurdaspur, a
university department's start-of-term circular from Ensenada and a tricycle drivers'
association's assembly minutes from Olongapo) showed that extraction did not read, fixed by
concept: a diminutive that clips a given name ("Ti-Seb" of Jean-Sébastien Gravel-Tremblay);
"Annie-Claude Bouchard, our pilot"; a hospital's "Nurse" and "Head Nurse", a village's
"Sarpanch", Sardar's "S." before a Sikh name; South Asia's and the Philippine police's ranks
("ASI Harjinder Singh", "PLt. Jonathan S. Balagtas", across the full stop the sentences were
split at); "Jaskaran Singh @ Jassi", the alias that ends a name; a case introduced after a
colon by the officer who tells it; a question from the floor ("A student asked whether ...") is
nobody's story; a self-study's model answers are no interview; "the employee health clinic" is
no person; "Don Chuy to all of us"; someone else's story heard of ("when she heard about Bong's
case"); "a gym trainer"; the police as one of whom to tell is no workplace; what a threat says
it will tell is no deed; a phone handed over for the task is no present; about forty cue
wordings."""

from __future__ import annotations

from .conftest import case_frame, corpus_cases, corpus_material

_OUTFITTER = (
    "01_saguenay_outfitter-season-closing-letter_outpost-camp-caretaker-and-floatplane-pilot.txt"
)
_HOSPITAL = (
    "02_pohang_compliance-self-study-model-answers_orthopaedic-ward-nurse-and-radiographer.txt"
)
_CAMP = "03_gurdaspur_legal-literacy-camp-report_dairy-farmer-and-gym-trainer.txt"
_DEPARTMENT = (
    "04_ensenada_department-start-of-term-circular_oceanography-doctoral-student-and-research-"
    "vessel-boatswain.txt"
)
_ASSEMBLY = (
    "05_olongapo_toda-general-assembly-minutes_tricycle-driver-and-shipyard-canteen-cook.txt"
)


def test_a_caretaker_known_by_a_diminutive_and_our_pilot() -> None:
    cases = corpus_cases("corpus145", _OUTFITTER)
    # (Not the brother-in-law the contact wanted reached.)
    assert set(cases) == {"Jean-Sébastien Gravel-Tremblay", "Annie-Claude Bouchard"}, cases
    caretaker = cases["Jean-Sébastien Gravel-Tremblay"]
    assert {"disproportionate-reward", "excessive-help-flattery", "secrecy-pressure"} <= caretaker
    assert {"paid-tasks", "invitation-travel"} <= caretaker
    pilot = cases["Annie-Claude Bouchard"]
    assert {"covert-tradecraft", "disproportionate-reward", "request-beyond-public"} <= pilot


def test_a_nurse_by_her_title_and_a_radiographer_not_in_the_next_answer() -> None:
    cases = corpus_cases("corpus145", _HOSPITAL)
    assert set(cases) == {"Seo Yu-na", "a radiographer"}, cases
    nurse = cases["Seo Yu-na"]
    assert {"threats-leverage", "personal-vulnerability", "false-persona"} <= nurse
    assert {"disproportionate-reward", "request-beyond-public", "security-office"} <= nurse
    assert "paid-tasks" in nurse  # paid for each summary, not for the threat's "sold"
    radiographer = cases["a radiographer"]
    assert {"covert-tradecraft", "request-beyond-public", "unsolicited-offer"} <= radiographer
    # (A needle-stick injury's model answer: "report within one hour through the intranet
    # exposure form" is nobody's report.)
    assert "insider-access" not in radiographer


def test_a_farmer_and_a_trainer_not_the_officer_who_told_them(tmp_path_factory) -> None:
    cases = corpus_cases("corpus145", _CAMP)
    assert set(cases) == {"Gurmeet Singh Bajwa", "Jaskaran Singh"}, cases
    assert {"online-approach", "excessive-help-flattery"} <= cases["Gurmeet Singh Bajwa"]
    trainer = cases["Jaskaran Singh"]
    assert {"compromising-relationship", "threats-leverage", "unexplained-money"} <= trainer
    material = corpus_material("corpus145", tmp_path_factory)
    frame = case_frame(material, "Jaskaran Singh")
    assert frame.role == "a gym trainer" and "police" not in frame.workplace.place
    assert case_frame(material, "Gurmeet Singh Bajwa").self_employed


def test_a_student_abroad_and_a_boatswain_known_as_don_chuy(tmp_path_factory) -> None:
    cases = corpus_cases("corpus145", _DEPARTMENT)
    assert set(cases) == {"José Eduardo Lizárraga Ochoa", "Jesús Ramírez Félix"}, cases
    student = cases["José Eduardo Lizárraga Ochoa"]
    assert {"abroad-targeting", "self-surrender", "security-office"} <= student
    assert {"disproportionate-reward", "excessive-help-flattery", "secrecy-pressure"} <= student
    boatswain = cases["Jesús Ramírez Félix"]
    assert {"covert-tradecraft", "request-beyond-public", "security-office"} <= boatswain
    material = corpus_material("corpus145", tmp_path_factory)
    assert "bar" in case_frame(material, "Jesús Ramírez Félix").stranger_approach


def test_a_driver_and_a_cook_not_the_police_lieutenant() -> None:
    cases = corpus_cases("corpus145", _ASSEMBLY)
    assert set(cases) == {"Rodel P. Manalastas", "Marites Dizon-Bautista"}, cases
    driver = cases["Rodel P. Manalastas"]
    assert {"covert-tradecraft", "disproportionate-reward", "unexplained-money"} <= driver
    # (She went to the canteen's security officer when she heard about his case: not he.)
    assert not {"security-office", "excessive-help-flattery"} & driver
    assert {"false-persona", "secrecy-pressure", "security-office"} <= cases[
        "Marites Dizon-Bautista"
    ]
