"""Round 63 (found on the news audit's pass 63 texts): a recogniser person whose name holds a
known person's one-word name after given names of its own is another person ("Agha Wajeeb Abbas
Naqvi" is not Mahmoud Abbas); armed groups and parties of the time that the dictionary lacked
("Al Aqsa Martyrs Brigade", "Tehrik-e-Jafria"). Sentences hand-built as in test_stage."""
from __future__ import annotations

from test_stage import found, stage  # noqa: F401 - a fixture; tests/actors is on sys.path


def test_a_known_surname_inside_another_persons_name(stage) -> None:
    mentions = found(stage, "Agha Wajeeb Abbas Naqvi was shot .",
                     ents={"Agha": "PERSON", "Wajeeb": "PERSON", "Abbas": "PERSON", "Naqvi": "PERSON"})
    assert "Abbas" not in mentions
    assert mentions["Agha Wajeeb Abbas Naqvi"][0] == "person"


def test_the_known_person_by_a_title_and_the_name(stage) -> None:
    """Guard: "President Abbas" is Mahmoud Abbas (a title is no given name)."""
    mentions = found(stage, "President Abbas spoke .", ents={"Abbas": "PERSON"})
    assert any(v[1] == "PSE" for k, v in mentions.items() if "Abbas" in k)


def test_armed_groups_and_parties_of_the_time(stage) -> None:
    mentions = found(stage, "The Al Aqsa Martyrs Brigade and Tehrik-e-Jafria protested .")
    assert mentions["Al Aqsa Martyrs Brigade"][1:3] == ("PSE", "REB")
    assert mentions["Tehrik-e-Jafria"][1:3] == ("PAK", "PTY")


def test_last_may_is_a_date(stage) -> None:
    """Round 64: "Last May, an unknown assailant shot ..." read "May" as the subject; after a word
    of dates (or before a number) a month's name is a date, not Theresa May."""
    mentions = found(stage, "Last May , an assailant shot a man .", deps={"May": "nsubj"})
    assert "May" not in mentions


def test_party_of_god_is_hezbollah_and_god_no_place(stage) -> None:
    """Round 65: "party of God" was read as a place in Hungary (Göd)."""
    mentions = found(stage, "The party of God fired rockets .")
    assert mentions["party of God"][1] == "LBN"


def test_us_army_divisions(stage) -> None:
    """Round 65: "soldiers of the 101st Airborne Division" near Mosul were given Iraq's country."""
    mentions = found(stage, "Soldiers of the 101st Airborne Division captured him .")
    assert mentions["101st Airborne Division"][1:3] == ("USA", "MIL")
