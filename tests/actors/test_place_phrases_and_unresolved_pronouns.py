"""Mentions read from the shape of a phrase: unresolved personal pronouns, common place nouns,
place-shaped names the recogniser misses, and a country that is a party ("talks with Jordan")."""
from __future__ import annotations

from pathlib import Path

import pytest

MODELS = Path(__file__).resolve().parents[2] / "src" / "lapwing" / "segment" / "models" / "en_lapwing_news"
pytestmark = pytest.mark.skipif(not MODELS.exists(), reason="the bundled spaCy model is not built")


def _coder(**settings):
    import datetime as dt

    from lapwing.actors.stage import ActorStage
    from lapwing.config import load_config
    from lapwing.model import Article, CodedArticle
    from lapwing.segment.stage import SpacySegmenter

    config = load_config()
    segment = SpacySegmenter(config["segment"], config)
    actors = ActorStage({**config["actors"], **settings}, config)

    def code(text):
        return actors(segment(CodedArticle(article=Article(id="p", date=dt.date(2020, 1, 1), text=text))))
    return code


@pytest.fixture(scope="module")
def run():
    return _coder()


def _by_text(doc):
    return {m.text: m for m in doc.mentions}


def test_unresolved_personal_pronouns_get_codeless_mentions_of_their_kind(run):
    found = _by_text(run("Two men met in a cafe. He said we must leave before they arrive."))
    assert found["He"].kind == "person" and found["we"].kind == "organization" and found["they"].kind == "group"
    for word in ("He", "we", "they"):
        assert found[word].resolution.rule == "pronoun (unresolved)"
        assert found[word].actor.code is None and found[word].actor.country is None


def test_it_possessives_and_the_country_us_are_not_unresolved_pronouns(run):
    doc = run("It is clear that their plan failed. The US said it would help us.")
    rules = {m.text: m.resolution.rule for m in doc.mentions}
    assert "their" not in rules and "It" not in rules
    assert rules.get("US") != "pronoun (unresolved)"
    assert rules.get("us") == "pronoun (unresolved)"


def test_unresolved_pronouns_can_be_switched_off():
    doc = _coder(unresolved_pronouns=False)("He said we must leave.")
    assert not [m for m in doc.mentions if m.resolution.rule == "pronoun (unresolved)"]


def test_a_resolved_pronoun_keeps_its_antecedent(run):
    doc = run("Prime Minister Boris Johnson visited Kyiv on Monday. Officials said he met soldiers there.")
    he = _by_text(doc)["he"]
    assert he.resolution.rule.startswith("coreference") and he.actor.country == "GBR"


def test_common_place_nouns_are_location_mentions(run):
    found = _by_text(run("Shells hit a crowded hospital and the main mosque on Friday."))
    assert found["a crowded hospital"].kind == "location"
    assert found["the main mosque"].resolution.rule == "common place noun"


def test_a_place_noun_that_modifies_a_noun_or_names_a_place_beside_it_is_left_alone(run):
    doc = run("The city council met the border guards in the border town Tijuana.")
    assert not [m for m in doc.mentions if m.resolution.rule == "common place noun"]


def test_gazetteer_words_are_left_out_of_a_common_place_noun(run):
    # "Southern" is a district of Botswana in the gazetteer: the geo stage must not read it here
    doc = run("Clashes broke out in the southern city on Monday.")
    places = [m.text for m in doc.mentions if m.resolution.rule == "common place noun"]
    assert places and all("southern" not in text for text in places)


def test_names_shaped_like_places_become_locations(run):
    doc = run("Near Ayn Isa, one strike destroyed a tunnel. Jets struck the village of Tuloul Naser.")
    found = _by_text(doc)
    assert found["Ayn Isa"].kind == "location"
    assert found["Ayn Isa"].resolution.rule == "place after a locative word"
    assert found["Tuloul Naser"].kind == "location"


def test_a_country_that_is_a_party_or_a_conjunct_of_one_acts_as_a_state(run):
    found = _by_text(run("Hezbollah fought a war with Israel. Coalition members include Australia, Belgium and Canada."))
    assert found["Israel"].kind == "organization"
    assert all(found[name].kind == "organization" for name in ("Australia", "Belgium", "Canada"))
    assert _by_text(run("Refugees fled to Jordan."))["Jordan"].kind == "location"
