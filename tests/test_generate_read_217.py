"""What blind read 217 (corpus 74 after its round) found, fixed by concept: presents to the
family told as praise alone (a debatable key), and a case's own order to someone else told as
pressure on him."""

from __future__ import annotations

import pytest

from quiz.material import Material

from .conftest import case_frame, corpus_material


@pytest.fixture(scope="module")
def corpus74(tmp_path_factory: pytest.TempPathFactory) -> Material:
    return corpus_material("corpus74", tmp_path_factory)


@pytest.mark.parametrize(
    "name",
    [
        # "took the family ski touring with a paid mountain guide, gave her children new touring
        # skis and told her repeatedly that she was "the only person at that university who
        # understands business"": read 217 found "lavish praise" keyed alone, with "None" a
        # fair answer.
        "Verena Oberhollenzer",
        # "paid for his son's place at an observatory camp".
        "Ciarán Mac Giolla Bhríde",
    ],
)
def test_presents_to_the_family_are_presents(corpus74: Material, name: str) -> None:
    frame = case_frame(corpus74, name)
    (favours,) = [s for s in frame.signs if s.sign.tag == "excessive-help-flattery"]
    assert "presents" in favours.sign.story
    assert "praising your expertise, telling you" not in favours.sign.story


def test_a_cases_own_order_to_someone_else_is_no_pressure_on_him(corpus74: Material) -> None:
    # "the company's sole director, Mr Jon Mikel Arregi Zabaleta, told her to send the same
    # backups ... from her personal email account, and not to mention it to anyone at the
    # Department": what he asked of his employee, not what the recruiter asked of him.
    frame = case_frame(corpus74, "Jon Mikel Arregi Zabaleta")
    assert not any("told her to" in s.evidence.quote for s in frame.signs)


@pytest.mark.parametrize(
    ("name", "tag", "shown"),
    [
        # "a man calling himself Graham Pelling ... offered her EUR 500 "for your trouble" if she
        # emailed him the latest configuration backups of the access-control servers": money
        # offered for internal material is a request for it (read 217: no question for her).
        ("Maite Uriarte Lasa", "request-beyond-public", "internal documents"),
        # "R.H. had used his own pass to photograph the shelter area and the lighting cabinet".
        ("R.H.", "insider-access", "their own pass"),
    ],
)
def test_a_paid_request_and_an_own_pass_used_ground_their_signs(
    corpus74: Material, name: str, tag: str, shown: str
) -> None:
    frame = case_frame(corpus74, name)
    (sign,) = [s for s in frame.signs if s.sign.tag == tag]
    assert shown in sign.sign.story
