"""What corpus 177 (five pieces of teaching and training material, read once on a064a54: 9 of 10
cases found, tag recall 0.66 at precision 0.89; a Tampere case study, a Winnipeg e-learning
script, a Sendai trainer's lesson plan, an Edinburgh exam's model answer and a Coimbra workshop
handout) showed: a Japanese given name keeps its apostrophe after a surname in capitals
("ISHIGURO Ken'ichi"); who teaches the session ("Co-trainer: ISHIGURO Ken'ichi (former security
manager ...)") is no case; a vignette that opens on one name and what the person is ("Misaki
was a university student of Russian") tells a person known by one name, whose story it is."""

from __future__ import annotations

from .conftest import corpus_cases

_LESSON = (
    "03_sendai_trainers-lesson-plan_semiconductor-equipment-field-service-engineer-and-language-"
    "exchange-student.txt"
)


def test_the_trainer_is_no_case_and_the_vignettes_student_is() -> None:
    cases = corpus_cases("corpus177", _LESSON)
    assert set(cases) == {"ONODERA Takumi", "Misaki"}, cases
    assert {"placement", "covert-tradecraft"} <= cases["Misaki"]
    assert "placement" not in cases["ONODERA Takumi"]
