"""Sector words added in round 13 (event-location news the actors stage left unnamed): armed
criminals ("armed bandits", "a robber", looters), herdsmen, immigrants, rioters and mobs,
vigilantes and raiders, security guards. Sentences hand-built as in
test_stage."""
from __future__ import annotations

import pytest

from lapwing.actors.stage import ActorStage

from test_stage import found, make_doc  # tests/actors is on sys.path (rootdir-relative import)


@pytest.fixture(scope="module")
def stage() -> ActorStage:
    return ActorStage({}, {})


@pytest.mark.parametrize("sentence, text, sector", [
    ("Armed bandits killed 36 people .", "Armed bandits", "CRM"),
    ("A robber shot the guard .", "robber", "CRM"),
    ("Herdsmen attacked the village .", "Herdsmen", "AGR"),
    ("Immigrants protested outside City Hall .", "Immigrants", "REF"),
    ("Looters burned the shops .", "Looters", "CRM"),
    ("Rioters attacked the station .", "Rioters", "OPP"),
    ("Vigilantes shot the informers .", "Vigilantes", "UAF"),
    ("Unidentified individuals killed the journalist .", "Unidentified individuals", "UAF"),  # stop 26
    ("Unknown men kidnapped the mayor .", "Unknown men", "UAF"),
    ("Security guards shot a man .", "Security guards", "COP"),
])
def test_new_sector_words(stage: ActorStage, sentence: str, text: str, sector: str) -> None:
    result = found(stage, sentence, deps={text.split()[-1]: "nsubj"})
    assert result[text][2] == sector


def test_unidentified_attackers_of_a_named_country_are_of_that_country(stage: ActorStage) -> None:
    """The fixed code UAF of "gunmen" yields to a nationality the phrase names, as "Palestinian
    militants" is PSE: code PSE, sector UAF, CAMEO PSEUAF (round 15); with none it stays UAF."""
    doc = stage(make_doc("Palestinian gunmen killed two men .", deps={"gunmen": "nsubj"}))
    actor = next(m.actor for m in doc.mentions if m.text == "Palestinian gunmen")
    assert (actor.code, actor.country, actor.sector, actor.cameo_code) == ("PSE", "PSE", "UAF", "PSEUAF")
    doc = stage(make_doc("Gunmen killed two men .", deps={"Gunmen": "nsubj"}))
    actor = next(m.actor for m in doc.mentions if m.text == "Gunmen")
    assert (actor.code, actor.country, actor.sector, actor.cameo_code) == ("UAF", None, "UAF", "UAF")


@pytest.mark.parametrize("sentence, text", [  # round 40: singular forms of the military plurals
    ("A French peacekeeper was shot .", "French peacekeeper"),
    ("A paratrooper was wounded .", "paratrooper"),
])
def test_singular_military_people(stage: ActorStage, sentence: str, text: str) -> None:
    result = found(stage, sentence, deps={text.split()[-1]: "nsubj:pass"})
    assert result[text][2] == "MIL"


def test_bare_peacekeepers_take_no_context_country(stage: ActorStage) -> None:
    """Round 42: "The peacekeepers have been patrolling Kabul": peacekeepers serve in other
    countries than their own, so the article's country is not theirs; bare police there are."""
    doc = stage(make_doc("Afghan officials met in Kabul .", "The peacekeepers patrolled the city .",
                         deps={"peacekeepers": "nsubj"}))
    assert next(m.actor.country for m in doc.mentions if m.text == "peacekeepers") is None
    doc = stage(make_doc("Afghan officials met in Kabul .", "The police patrolled the city .", deps={"police": "nsubj"}))
    assert next(m.actor.country for m in doc.mentions if m.text == "police") == "AFG"


def test_a_country_named_as_a_neighbour_is_no_ones_context_country(stage: ActorStage) -> None:
    """Round 45: "border guards also captured 8,098 smugglers and seized ... qat, a narcotic
    shrub widely chewed in neighboring Yemen": the guards are of Yemen's neighbour, not of Yemen."""
    doc = stage(make_doc("Border guards captured smugglers .", "Qat is chewed in neighboring Yemen .",
                         deps={"guards": "nsubj"}))
    assert next(m.actor.country for m in doc.mentions if m.text == "Border guards") is None
    doc = stage(make_doc("Border guards captured smugglers .", "Qat is chewed in Yemen .", deps={"guards": "nsubj"}))
    assert next(m.actor.country for m in doc.mentions if m.text == "Border guards") == "YEM"  # guard


def test_a_bare_army_in_the_palestinian_territories_is_not_palestinian(stage: ActorStage) -> None:
    """Round 45: "Surif has been encircled by the army": the Palestinian territories have no army
    of their own, so a place there gives a bare armed force no context country; their police,
    and a force a possessive owns ("his fleet of helicopters", Arafat's), keep it."""
    def country(sentence: str, text: str) -> str | None:
        doc = stage(make_doc("Officials met in Hebron in the West Bank .", sentence, deps={text: "nsubj"}))
        return next(m.actor.country for m in doc.mentions if m.text == text)

    assert country("The army encircled the village .", "army") is None
    assert country("The police encircled the village .", "police") == "PSE"
    assert country("Troops destroyed his fleet .", "fleet") == "PSE"
