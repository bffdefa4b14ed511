"""Round 70 (found on pass 70): a possessor gives a sector word its country only across the
words of one noun phrase ("near Pakistan's parliament after she urged party activists" names no
Pakistani activists); "Serb terrorists" in a sentence that names only Bosnia of the states the
Serbs live in are Bosnia's Serbs, as bare "Serbs" are since round 66."""
from __future__ import annotations

from test_stage import found, stage  # noqa: F401 - a fixture; tests/actors is on sys.path


def test_a_possessor_across_a_clause_gives_no_country(stage) -> None:
    got = found(stage, "Supporters clashed near Pakistan 's parliament after she urged party activists to protest .",
                deps={"urged": "advcl", "she": "nsubj", "after": "mark"},
                pos={"urged": "VERB", "she": "PRON", "after": "SCONJ", "parliament": "NOUN"})
    assert not any(text.endswith("activists") and code == "PAK" and "parliament" in text
                   for text, (_, code, _, _) in got.items())
    assert all("after" not in text for text in got)


def test_a_possessor_of_the_noun_phrase_still_gives_its_country(stage) -> None:
    """Guard: "Syria's army" and "Haftar's eastern-based forces" keep the possessor's country."""
    assert found(stage, "Syria 's army attacked .")["army"][1] == "SYR"
    got = found(stage, "Haftar 's eastern - based forces attacked .", pos={"based": "VERB", "eastern": "ADJ"},
                deps={"based": "amod"})
    assert [code for text, (_, code, _, _) in got.items() if text.endswith("forces")] == ["LBY"]


def test_serb_terrorists_on_a_bosnian_road_are_bosnias(stage) -> None:
    got = found(stage, "Serb terrorists captured three people on the road from Ilidza to Sarajevo .")
    assert got["Serb terrorists"][1] == "BIH" and got["Serb terrorists"][2] == "REB"


def test_serb_terrorists_in_serbia_stay_serbias(stage) -> None:
    """Guard: a sentence that names Serbia (or no state) keeps Serbia's Serbs."""
    got = found(stage, "Serb terrorists attacked a village near Belgrade .")
    assert got["Serb terrorists"][1] == "SRB"


def test_the_knu_is_a_myanmar_rebel_group(stage) -> None:
    # round 71: "about seven members of the KNU detonated a mine" (pass 71's texts)
    assert found(stage, "Members of the KNU detonated a mine .")["KNU"][1:3] == ("MMR", "REB")


def test_a_possessor_of_critics_is_the_one_criticised(stage) -> None:
    # round 74: "the Zimbabwe president's Western critics" are no Zimbabweans
    got = found(stage, "They denounced Zimbabwe 's critics .")
    assert got["critics"][3] != "sector word with a possessor"
    # guard: "Zimbabwe's army" is Zimbabwe's
    assert found(stage, "They denounced Zimbabwe 's army .")["army"][1] == "ZWE"


def test_a_capitals_name_after_province_of_is_the_province(stage) -> None:
    # round 74: "captured in the province of San Juan" (Argentina's), not Puerto Rico's capital
    got = found(stage, "Erize was captured in the province of San Juan .",
                deps={"province": "obl", "of": "case", "San": "nmod", "Juan": "flat", "captured": "ROOT"},
                heads={"province": "captured", "of": "San", "San": "province", "Juan": "San"})
    assert got["San Juan"][1] != "PRI"
