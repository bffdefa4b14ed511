"""Round 62 of event coding (found on the news audit's pass 62 texts): one anonymous police
officer takes the article's country as police do ("A police sergeant fatally shot Jordan ... in
west Belfast"), where one diplomat or soldier does not; guards and police ranks are police; a
recogniser organisation that is a place, a title and a name ("Nagasaki Mayor Hitoshi
Motoshima") is the titled person. Sentences hand-built as in test_stage."""
from __future__ import annotations

from test_stage import found, stage  # noqa: F401 - a fixture; tests/actors is on sys.path


def test_one_police_officer_takes_the_context_country(stage) -> None:
    mentions = found(stage, "A policeman shot a man in Baghdad .")
    assert mentions["policeman"][1:3] == ("IRQ", "COP")


def test_one_diplomat_does_not(stage) -> None:
    """Guard: an anonymous diplomat or soldier may be anyone's."""
    mentions = found(stage, "A diplomat met a soldier in Baghdad .")
    assert mentions["diplomat"][1] is None and mentions["soldier"][1] is None


def test_guards_and_police_ranks_are_police(stage) -> None:
    mentions = found(stage, "The guards and a police sergeant were in Belfast .")
    assert mentions["guards"][2] == mentions["police sergeant"][2] == "COP"


def test_a_place_a_title_and_a_name_tagged_an_organisation_is_the_person(stage) -> None:
    mentions = found(stage, "Baghdad Mayor Ali Haidari was shot .",
                     ents={"Baghdad": "ORG", "Mayor": "ORG", "Ali": "ORG", "Haidari": "ORG"})
    person = next(v for k, v in mentions.items() if k.endswith("Ali Haidari"))
    assert person[0] == "person" and person[2] == "GOV"


def test_an_organisation_with_no_title_inside_stays_one(stage) -> None:
    """Guard: "General Motors Company" begins with a title word but has none after its first word."""
    mentions = found(stage, "General Motors Company closed a plant .",
                     ents={"General": "ORG", "Motors": "ORG", "Company": "ORG"})
    assert mentions["General Motors Company"][0] == "organization"
