"""Round 45 of event coding (found on the news audit's pass 44 texts): a country's name with an
age after it is a person's ("Jordan, 56, was shot as he napped in his car"), never the country;
a list of names with counts ("China, 32, Russia, 28") stays a list of countries. Sentences
hand-built as in test_stage."""
from __future__ import annotations

import pytest

from lapwing.actors.retype import aged_name_at
from lapwing.actors.stage import ActorStage

from test_stage import make_doc  # tests/actors is on sys.path (rootdir-relative import)


@pytest.fixture(scope="module")
def stage() -> ActorStage:
    return ActorStage({}, {})


def _kinds(stage: ActorStage, sentence: str, **kwargs) -> dict[str, tuple[str, str | None]]:
    doc = stage(make_doc(sentence, **kwargs))
    return {m.text: (m.kind, m.actor.code if m.actor else None) for m in doc.mentions}


def test_a_country_name_with_an_age_is_a_person(stage: ActorStage) -> None:
    found = _kinds(stage, "Jordan , 56 , was shot as he napped in his car .", ents={"Jordan": "GPE"})
    assert found.get("Jordan", ("person", None)) == ("person", None)


def test_a_country_name_without_an_age_stays_the_country(stage: ActorStage) -> None:
    """Guard: "Jordan, the kingdom, ..." and "Jordan said" name the country."""
    assert _kinds(stage, "Jordan said it would help .", ents={"Jordan": "GPE"})["Jordan"][1] == "JOR"


@pytest.mark.parametrize("keys, start, end, aged", [
    (["jordan", ",", "56", ",", "was", "shot"], 0, 1, True),
    (["china", ",", "32", ",", "russia", ",", "28", "."], 0, 1, False),   # a list with counts
    (["were", "china", ",", "32", ",", "and", "japan", ",", "20", "."], 1, 2, False),
    (["china", ",", "32", ",", "and", "japan", ",", "20", "."], 6, 7, False),  # the last of a list
    (["jordan", ",", "1998", ",", "was"], 0, 1, False),                    # a year is no age
    (["jordan", ",", "56", "."], 0, 1, False),                             # no closing comma
])
def test_aged_name_at(keys: list[str], start: int, end: int, aged: bool) -> None:
    assert aged_name_at(keys, start, end) is aged


def test_a_persons_short_name_is_the_last_word_whole(stage: ActorStage) -> None:
    """Round 47: "Lee Teng-hui"'s short name was its last token, "hui", which matched the end of
    "Cho Seung-Hui" and made the Virginia Tech gunman Taiwan's president; it is "Teng-hui"."""
    found = _kinds(stage, "Cho Seung-Hui , 23 , fatally shoots 32 people .")
    assert all(code != "TWN" for _, code in found.values())
    assert _kinds(stage, "Teng-hui said he would visit .").get("Teng-hui", (None, None))[1] == "TWN"


def test_rebels_of_a_people_are_placed_where_they_live(stage: ActorStage) -> None:
    """Round 47: "Rebel Serbs who hold about one-third of Croatia" are Croatia's Serbs, rebels
    (sector REB), as "ethnic Albanians" in Serbia are Serbia's. Bare "Serbs" stayed Serbia's
    until round 66; since then, in a sentence that names only Croatia (or Bosnia) of the states
    they live in, they are that state's Serbs too, with no rebels' sector."""
    doc = stage(make_doc("Rebel Serbs who hold a third of Croatia opposed the changes ."))
    actor = next(m.actor for m in doc.mentions if m.text == "Rebel Serbs")
    assert (actor.country, actor.sector) == ("HRV", "REB")
    doc = stage(make_doc("Serbs who live in Croatia opposed the changes ."))
    actor = next(m.actor for m in doc.mentions if m.text == "Serbs")
    assert actor.country == "HRV" and actor.sector != "REB"


def test_rebels_of_a_people_placed_nowhere_are_of_no_country(stage: ActorStage) -> None:
    """Round 48: "Eastern Slavonia, which borders Serbia, was captured by rebel Serbs": with no
    country they live in named, rebels of a people are of none, never their people's state."""
    doc = stage(make_doc("Eastern Slavonia , which borders Serbia , was captured by rebel Serbs ."))
    actor = next(m.actor for m in doc.mentions if m.text == "rebel Serbs")
    assert actor.country is None and actor.sector == "REB"


def test_partisans_are_rebels(stage: ActorStage) -> None:
    """Round 48: "Mussolini was captured and shot by partisans"."""
    doc = stage(make_doc("Mussolini was captured and shot by partisans .", deps={"partisans": "obl"}))
    assert next(m.actor.sector for m in doc.mentions if m.text == "partisans") == "REB"


def test_a_sea_is_in_no_country(stage: ActorStage) -> None:
    """Round 49: "Eritrea captured the Red Sea island of Hanish al-Kabir" gave the island to
    Sudan, whose Red Sea state bears the name; seas, gulfs, straits and rivers are no one's."""
    doc = stage(make_doc("Eritrea captured the Red Sea island of Hanish .", ents={"Red": "LOC", "Sea": "LOC"}))
    assert next((m.actor.code for m in doc.mentions if m.text == "Red Sea"), None) is None
    doc = stage(make_doc("Troops captured the town of Kassala .", ents={"Kassala": "LOC"}))
    assert next(m.actor.code for m in doc.mentions if m.text == "Kassala") == "SDN"  # guard
