"""Round 69 (found on pass 69): the words ``not_places.csv`` says are never a place give an actor no
country through the gazetteer either; "the Irish Republic" is Ireland; "Tamil rebels" are the LTTE."""
from __future__ import annotations

from test_stage import found, stage  # noqa: F401 -- the module fixture


def test_the_irish_republic_and_the_republic_of_ireland_are_ireland(stage) -> None:  # noqa: F811
    got = found(stage, "In the Irish Republic , some 1,500 people demonstrated at Shannon airport .")
    assert got["Irish Republic"][:2] == ("location", "IRL")
    got = found(stage, "The Republic of Ireland protested .")
    assert got["Republic of Ireland"][:2] == ("location", "IRL")
    # the army of the name is still the armed group, not Ireland
    got = found(stage, "The Irish Republican Army bombed a pub .")
    assert got["Irish Republican Army"][1] == "GBR"


def test_god_named_as_a_location_is_no_hungarian_town(stage) -> None:  # noqa: F811
    got = found(stage, "A militant shouting he was a soldier of God shot five judges .", ents={"God": "GPE"})
    assert all(code != "HUN" for _, code, _, _ in got.values())


def test_tamil_rebels_are_the_tigers(stage) -> None:  # noqa: F811
    # news of 1983-2009 names the LTTE so; a bare "Tamil" (Tamils live in India too) stays a people
    assert found(stage, "Tamil rebels detonated a mine .")["Tamil rebels"][1] == "LKA"
    assert found(stage, "Tamil guerrillas attacked a bus .")["Tamil guerrillas"][1] == "LKA"
    assert found(stage, "Tamil leaders met .")["Tamil leaders"][1] is None


def test_the_ira_is_the_irish_republican_army(stage) -> None:  # noqa: F811
    # round 75: "shot dead by an IRA sniper" (pass 75's texts)
    assert found(stage, "He was shot dead by an IRA sniper .")["IRA sniper"][1:3] == ("GBR", "REB")
