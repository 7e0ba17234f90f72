"""Read 332: a harmless "what should you do?" offered no report at all, so "carry on" was the one
choice of a kind never marked wrong and could be picked without reading the situation; and "tell
security only if the contact goes on to ask you for something specific" was offered as wrong
where it is sound advice about an ordinary contact."""

from __future__ import annotations

from quiz.generate import all_drafts
from quiz.material import Material, load_material


def _harmless_actions(material: Material):
    return [
        d
        for d in all_drafts(material)
        if d.family == "right-action" and d.benign and d.prompt.endswith("What should you do?")
    ]


def test_ties_abroad_in_a_harmless_situation_offer_a_report_for_them_alone(
    material,
) -> None:
    # ("The colleague has a brother who lives abroad"; not "spends every summer holiday abroad",
    # a trip and no tie, read 342.)
    drafts = _harmless_actions(material)
    told = [d for d in drafts if "The colleague has a brother who lives abroad" in d.prompt]
    assert told
    for draft in told:
        wrong = [o for i, o in enumerate(draft.options) if i not in draft.correct]
        assert any("ties abroad" in o for o in wrong), draft.options
        assert "Ties abroad are no warning sign in themselves" in draft.explanation
    # (A harmless colleague who holidays abroad, from a corpus that tells one: the seeds' own
    # is now asked about a contact instead.)
    from .conftest import CORPUS

    travelled = [
        d
        for d in _harmless_actions(load_material(CORPUS.parent / "corpus25"))
        if "holiday abroad" in d.prompt and "brother who lives abroad" not in d.prompt
    ]
    assert travelled
    for draft in travelled:
        assert not any("ties abroad" in o for o in draft.options), draft.options


def test_no_harmless_situation_offers_waiting_for_a_specific_request(material) -> None:
    drafts = _harmless_actions(material)
    assert drafts
    assert not [d for d in drafts if any("something specific" in o for o in d.options)]


def test_a_suspicious_situation_opens_new_but_unremarkable_not_arranged(material) -> None:
    # Read 332: in the case of Li, the harmless "which detail?" about a vacancy opened "your
    # manager introduces you", every suspicious one "out of the blue": the opening told them.
    # Reads 359 and 360: but a suspicious one introduced by the manager changes who approached
    # in the case it is modelled on; it opens as a new but unremarkable contact, as harmless
    # ones may. Nor does its harmless twin open arranged alone (read 366: the first sentence
    # told it): a public vacancy is ordinary whoever mentions it.
    steered = [
        d
        for d in all_drafts(material)
        if d.case == "li"
        and d.benign is not True
        # (Offered in the words of its label: read 351.)
        and any("apply for a post handling sensitive material" in o for o in d.options)
    ]
    assert steered
    assert not [d for d in steered if "your manager introduces you" in d.prompt], steered
    vacancy = [
        d for d in all_drafts(material) if d.case == "li" and "a vacancy in your" in d.prompt
    ]
    assert vacancy
    assert not [d for d in vacancy if "your manager introduces you" in d.prompt], vacancy


def test_a_harmless_situation_may_open_out_of_the_blue_and_says_why_that_is_no_sign(
    material,
) -> None:
    # Reads 330, 332, 333: an unexpected approach was never harmless in a set. (Not getting to
    # know people abroad, which is no contact out of the blue: read 342.)
    from quiz.material import load_material

    from .conftest import SEEDS

    said = "is no warning sign on its own"
    opened = []
    for folder in (SEEDS, SEEDS.parent / "tests" / "corpus40", SEEDS.parent / "tests" / "corpus79"):
        drafts = all_drafts(material if folder == SEEDS else load_material(folder))
        opened += [d for d in drafts if d.benign and said in d.explanation]
        assert not [d for d in drafts if d.benign is not True and said in d.explanation]
        assert not [
            d
            for d in drafts
            if "While abroad you get to know" in d.prompt and said in d.explanation
        ]
    assert opened
