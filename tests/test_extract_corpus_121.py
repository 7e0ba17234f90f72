"""What corpus 121 (five documents, read once: 5 of 8 cases found on arrival, tag recall 0.47 at
precision 0.91; a hospital's supervisory board paper from Philipsburg, a scout district's
newsletter from Brades, a police press briefing from Pago Pago, a gifts register review from
Alofi and a catering contractor's report from Flying Fish Cove; read 381 on the questions, 54.5%
usable) showed that extraction did not read, fixed by concept: a name the person "has been" to
some people ("Desmond O'Garro, who has been "Skip Dessie" to three generations of 1st Salem
Scouts") is that person's; who introduced the person to the recruiter, and who saw them at it
and reported it, are witnesses, not cases; material the person sent "him" past an aside is their
own act, not a handler's; declaring the present and telling the Secretary to Government are a
report; a family word is no job; where someone was caught is no workplace."""

from __future__ import annotations

from .conftest import corpus_cases

_BOARD = "01_philipsburg_supervisory-board-paper_biomedical-technician-and-medical-secretary.txt"
_SCOUTS = "02_brades_scout-district-newsletter_governors-office-driver.txt"
_BRIEFING = (
    "03_pago-pago_police-press-briefing-transcript_community-college-student-and-contract-"
    "cleaner.txt"
)
_REGISTER = "04_alofi_gifts-register-review_assembly-translator-and-executive-officer.txt"
_CATERING = "05_flying-fish-cove_catering-contract-performance-report_catering-assistant.txt"


def test_a_name_the_person_has_long_gone_by() -> None:
    cases = corpus_cases("corpus121", _SCOUTS)
    assert set(cases) == {"Desmond O'Garro"}, cases
    # "At first she asked for things anybody could give ... she began to ask different
    # questions"; "He told the Deputy Governor's office the next morning".
    assert {"escalation", "security-office", "report-early"} <= cases["Desmond O'Garro"]


def test_who_made_the_introduction_is_no_case() -> None:
    cases = corpus_cases("corpus121", _REGISTER)
    assert set(cases) == {"Mele Tongatule", "H. T. Lipitoa"}, cases
    assert "report-early" in cases["Mele Tongatule"]


def test_who_saw_the_person_at_it_is_a_witness_and_sending_him_photographs_is_no_handling() -> None:
    cases = corpus_cases("corpus121", _CATERING)
    assert set(cases) == {"Mohd Faizal bin Rahmat"}, cases
    assert {
        "bulk-collection",
        "disproportionate-reward",
        "personal-vulnerability",
        "request-beyond-public",
        "unexplained-money",
    } <= cases["Mohd Faizal bin Rahmat"]


def test_a_press_briefing_s_advice_is_no_case_s_report() -> None:
    cases = corpus_cases("corpus121", _BRIEFING)
    assert set(cases) == {"Tavita Faleolo Jr.", "a forty-six-year-old mother"}, cases
    tavita = cases["Tavita Faleolo Jr."]
    # "told him his photos and chats would be sent to the port and to the police"; "offered him
    # "photo jobs""; "From March it changed"; "more than a year of his part-time job"; "he used
    # that card to go into the restricted zone".
    assert {
        "threats-leverage",
        "unsolicited-offer",
        "escalation",
        "disproportionate-reward",
        "insider-access",
    } <= tavita
    # "If it is about your work, tell your supervisor ... You can also call us": the
    # commissioner's advice to the audience.
    assert not {"security-office", "online-report"} & tavita


def test_a_family_word_is_no_job_and_where_someone_was_caught_no_workplace(
    tmp_path_factory,
) -> None:
    from .conftest import case_frame, corpus_material

    material = corpus_material("corpus121", tmp_path_factory)
    assert case_frame(material, "a forty-six-year-old mother").role == "a member of staff"
    tavita = case_frame(material, "Tavita Faleolo Jr.")
    assert "coast guard" not in tavita.workplace.place and "port" not in tavita.workplace.place
    # A student is never told a colleague's situation ("One of your fellow students there is a
    # student. The colleague ...", read 381).
    assert not [s for s in tavita.signs if s.sign.perspective == "colleague"]
    # "is our senior biomedical engineering technician".
    assert case_frame(material, "Eustace V. Illidge").role == "a biomedical engineering technician"


def test_the_board_paper_s_two_cases() -> None:
    cases = corpus_cases("corpus121", _BOARD)
    assert set(cases) == {"Eustace V. Illidge", "Alicia Y. Brooks-Gumbs"}, cases


def test_a_gift_paid_for_each_thing_brought_is_payment_not_a_present() -> None:
    # Read 384: 'He offered her five hundred dollars, what he called a "love gift", every time
    # she brought him something' was quoted for favours, presents and praise; his weeks at her
    # church, his gifts to the building fund and "a pillar of the church" show those.
    from quiz.extract import extract

    from .conftest import corpus_document

    (mother,) = [
        c
        for c in extract([corpus_document("corpus121", _BRIEFING)]).cases
        if c.name == "a forty-six-year-old mother"
    ]
    for tag_id in ("excessive-help-flattery", "cultivation"):
        hit = mother.tag(tag_id)
        assert hit is not None, tag_id
        for evidence in hit.evidence:
            assert "love gift" not in evidence.quote, (tag_id, evidence.quote)
        assert "every Sunday for six weeks" in hit.evidence[0].quote
