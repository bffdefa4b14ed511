"""Round 8: peoples named with a country ("Iraqi Kurds", "ethnic Albanians" in Serbia, "Bosnian
Serbs"), people and war-machine nouns with a nationality ("Palestinian youths", "Israeli
warplanes"), misspelt country names from an explicit list, and organisations known by the head
noun of their name ("the Third World Water Forum")."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from lapwing.actors.knowledge_base import KnowledgeBase
from lapwing.actors.stage import ActorStage
from lapwing.errors import ResourceError
from lapwing.model import Article, CodedArticle, Token

from test_stage import make_doc as make_plain_doc  # tests/actors is on sys.path (no __init__.py)

_DETERMINERS = {"the", "a", "an"}


def make_doc(*sentences: str, ents: dict[str, str] | None = None) -> CodedArticle:
    """An article of the given sentences dated 2000-01-01 (:func:`test_stage.make_doc`), its
    capitalised words tagged PROPN and determiners DET, as a tagger would (no parse)."""
    doc = make_plain_doc(*sentences, day=dt.date(2000, 1, 1), ents=ents)

    def tagged(tok: Token) -> Token:
        pos = "DET" if tok.text.lower() in _DETERMINERS else "PROPN" if tok.text[:1].isupper() else ""
        return tok.replace(pos=pos)

    return doc.replace(sentences=tuple(sent.replace(tokens=tuple(tagged(t) for t in sent.tokens))
                                       for sent in doc.sentences))


@pytest.fixture(scope="module")
def stage() -> ActorStage:
    return ActorStage({"gazetteer_places": False}, {})


def mentions(stage: ActorStage, *sentences: str, **kwargs) -> dict[str, tuple]:
    doc = stage(make_doc(*sentences, **kwargs))
    return {m.text: (m.actor.code, m.actor.country, m.actor.sector, m.resolution.rule,
                     " | ".join(m.resolution.evidence)) for m in doc.mentions}


# --------------------------------------------------------------------------- ethnic minorities
def test_an_ethnic_minority_takes_the_country_the_sentence_places_it_in(stage: ActorStage) -> None:
    found = mentions(stage, "Up to 100 ethnic Albanians demonstrated on Tuesday in Serbia, Belgrade radio said.")
    code, country, sector, rule, evidence = found["ethnic Albanians"]
    assert (country, sector, rule) == ("SRB", "CVL", "ethnic minority placed by where it lives")
    assert "lives in SRB" in evidence


def test_an_ethnic_sector_phrase_keeps_its_sector_and_takes_the_country(stage: ActorStage) -> None:
    found = mentions(stage, "Ethnic Albanian guerrillas operating in Macedonia attacked a Macedonian patrol.")
    assert found["Ethnic Albanian guerrillas"][1:3] == ("MKD", "REB")


def test_an_ethnic_group_with_no_other_country_stated_keeps_its_own(stage: ActorStage) -> None:
    found = mentions(stage, "Ethnic Russians protested on Sunday.")
    assert found["Ethnic Russians"][1] == "RUS"
    assert "no country where the group lives is stated" in found["Ethnic Russians"][4]


def test_an_ethnic_group_between_two_countries_equally_named_keeps_its_own(stage: ActorStage) -> None:
    found = mentions(stage, "Serbia condemned ethnic Albanian unrest in Montenegro.")
    assert found["ethnic Albanian"][1] == "ALB"


def test_plain_nationals_are_not_a_minority(stage: ActorStage) -> None:
    found = mentions(stage, "Albanians demonstrated in Serbia.")
    assert found["Albanians"][1] == "ALB"


# --------------------------------------------------------------------------- identities and compounds
def test_a_country_before_an_identity_places_the_people(stage: ActorStage) -> None:
    found = mentions(stage, "Some 800,000 Iraqi Kurds sought refuge in Germany.")
    assert found["Iraqi Kurds"][1] == "IRQ"
    assert found["Iraqi Kurds"][3] == "identity with a country modifier"
    assert "identity 'Kurds'" in found["Iraqi Kurds"][4]


def test_a_country_and_identity_adjective_own_a_sector_word(stage: ActorStage) -> None:
    found = mentions(stage, "Turkey will allow 13,000 Turkish Kurd refugees to return home.")
    assert found["Turkish Kurd refugees"][1:3] == ("TUR", "REF")


def test_state_and_ethnicity_compounds_are_fixed_entries(stage: ActorStage) -> None:
    found = mentions(stage, "Bosnian Serbs demanded a truce.", "Bosnian Serb forces shelled the town.",
                     "Croatian Serb refugees returned.", "Turkish Cypriots voted.")
    assert found["Bosnian Serbs"][1] == "BIH"
    assert found["Bosnian Serb forces"][1:3] == ("BIH", "MIL")
    assert found["Croatian Serb refugees"][1:3] == ("HRV", "REF")
    assert found["Turkish Cypriots"][1] == "CYP"


def test_jewish_settlers_are_israelis(stage: ActorStage) -> None:
    found = mentions(stage, "Jewish settlers in the West Bank set fire to a house.")
    assert found["Jewish settlers"][1:3] == ("ISR", "CVL")


# --------------------------------------------------------------------------- nouns with a nationality
@pytest.mark.parametrize("sentence, text, country, sector", [
    ("Palestinian youths threw stones at soldiers.", "Palestinian youths", "PSE", "CVL"),
    ("Israeli warplanes struck targets in Lebanon.", "Israeli warplanes", "ISR", "MIL"),
    ("Afghan guerillas blew up power lines.", "Afghan guerillas", "AFG", "REB"),
    ("Israeli settlers attacked a village.", "Israeli settlers", "ISR", "CVL"),
])
def test_people_and_war_machines_with_a_nationality(stage: ActorStage, sentence: str, text: str,
                                                    country: str, sector: str) -> None:
    assert mentions(stage, sentence)[text][1:3] == (country, sector)


def test_a_list_of_country_modifiers_needs_and_or_or(stage: ActorStage) -> None:
    found = mentions(stage, "They fought near the border with Bulgaria, Macedonian officials said.")
    assert found["Bulgaria"][2] is None and found["Bulgaria"][3] != "coordinated country modifier"
    found = mentions(stage, "US, British and French troops landed.")
    assert found["US"][1:3] == ("USA", "MIL") and found["British"][1:3] == ("GBR", "MIL")


# --------------------------------------------------------------------------- misspellings
def test_a_listed_misspelling_names_the_country(stage: ActorStage) -> None:
    found = mentions(stage, "Pakistan rejected an offer from Afganistan.", "Quatar hosted the talks.")
    assert found["Afganistan"][1] == "AFG" and found["Quatar"][1] == "QAT"


def test_an_unlisted_misspelling_is_not_guessed(stage: ActorStage) -> None:
    assert "Afghanastan" not in mentions(stage, "Pakistan rejected an offer from Afghanastan.")


def test_misspellings_must_be_a_list_of_names(tmp_path: Path) -> None:
    bad = tmp_path / "countries.yaml"
    bad.write_text("- {country: AFG, misspellings: }\n")
    kb = KnowledgeBase(tokenize=str.split)
    with pytest.raises(ResourceError) as error:
        kb.load_countries(bad)
    assert "countries.yaml" in str(error.value) and "misspellings" in str(error.value)


# --------------------------------------------------------------------------- bodies by head noun
def test_an_unrecognised_name_ending_in_forum_is_an_ngo(stage: ActorStage) -> None:
    found = mentions(stage, "The Third World Water Forum concluded on Saturday that the US must pay.")
    code, country, _sector, rule, evidence = found["Third World Water Forum"]
    assert (code, country, rule) == ("NGO", None, "name of a body by its head noun")
    assert "'Forum'" in evidence


def test_a_committee_is_an_organisation_with_no_code(stage: ActorStage) -> None:
    found = mentions(stage, "The Ceasefire Violations Committee completed its investigation.")
    assert found["Ceasefire Violations Committee"][:2] == (None, None)


def test_a_recognised_foundation_is_an_ngo_unless_its_words_give_a_country(stage: ActorStage) -> None:
    found = mentions(stage, "The Ford Foundation and the Liberian Peace Council met.",
                     ents={"Ford": "ORG", "Foundation": "ORG", "Liberian": "ORG", "Peace": "ORG",
                           "Council": "ORG"})
    assert found["Ford Foundation"][0] == "NGO"
    assert found["Liberian Peace Council"][:2] == ("LBR", "LBR")


def test_one_capitalised_word_is_not_a_body(stage: ActorStage) -> None:
    assert "Council" not in mentions(stage, "Council members met on Monday.")


# --------------------------------------------------------------------------- states formed later
def test_a_new_states_capital_stands_for_the_older_state_before_independence(stage: ActorStage) -> None:
    text = "Rebels shelled Juba on Sunday."
    before = stage(make_doc(text)).mentions
    later = stage(make_doc(text).replace(article=Article(id="t", date=dt.date(2015, 1, 1), text=text))).mentions
    juba_before = next(m for m in before if m.text == "Juba")
    juba_later = next(m for m in later if m.text == "Juba")
    assert (juba_before.actor.code, juba_before.actor.country) == ("SDN", "SDN")
    assert any("part of SDN until 2011-07-09" in e for e in juba_before.resolution.evidence)
    assert juba_later.actor.country == "SSD"


def test_formerly_must_name_a_country_and_a_date(tmp_path: Path) -> None:
    bad = tmp_path / "countries.yaml"
    bad.write_text("- {country: SSD, formerly: {country: SDN}}\n")
    with pytest.raises(ResourceError, match="countries.yaml:1.*formerly"):
        KnowledgeBase(tokenize=str.split).load_countries(bad)
    bad.write_text("- {country: SSD, formerly: {country: SDN, until: July 2011}}\n")
    with pytest.raises(ResourceError, match="formerly.until"):
        KnowledgeBase(tokenize=str.split).load_countries(bad)


def test_a_body_name_does_not_start_inside_a_longer_capitalised_name(stage: ActorStage) -> None:
    found = mentions(stage, "They urged support for the Palestinian Liberation Organization on Monday.")
    assert "Liberation Organization" not in found


def test_an_identity_before_a_sector_word_joins_it_and_names_no_country(stage: ActorStage) -> None:
    found = mentions(stage, "Egyptian police dispersed Moslem fundamentalist demonstrators on Monday.")
    assert "Moslem" not in found
    _code, country, sector, _rule, evidence = found["Moslem fundamentalist demonstrators"]
    assert (country, sector) == ("EGY", "OPP")       # the context country, as for "demonstrators"
    assert "identity 'Muslims' from adjective 'Moslem'" in evidence
    assert mentions(stage, "Kurdish rebels attacked a post.")["Kurdish rebels"][1:3] == (None, "REB")
