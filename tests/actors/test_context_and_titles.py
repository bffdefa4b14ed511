"""Coordinated nationality modifiers, organisations owning sector words, titled people whose
country comes from "of", a possessor, an appositive or (weakly) the article's context country."""
from __future__ import annotations

import datetime as dt

import pytest
import spacy

from lapwing.actors.stage import ActorStage
from lapwing.model import Article, CodedArticle, Sentence, Token

_TOKENIZER = spacy.blank("en").tokenizer


def make_doc(*sentences: str, day: dt.date = dt.date(2020, 5, 8),
             ents: dict[str, str] | None = None) -> CodedArticle:
    """An article of the given sentences, tokens from a blank tokenizer (no parser);
    ``ents`` maps token texts to an entity type."""
    text = " ".join(sentences)
    records, offset, index = [], 0, 0
    for sent_text in sentences:
        tokens = []
        for tok in _TOKENIZER(sent_text):
            if not tok.is_space:
                tokens.append(Token(i=index, text=tok.text, start_char=offset + tok.idx,
                                    end_char=offset + tok.idx + len(tok.text),
                                    ent_type=(ents or {}).get(tok.text, "")))
                index += 1
        records.append(Sentence(index=len(records), start_char=offset, end_char=offset + len(sent_text),
                                text=sent_text, tokens=tuple(tokens)))
        offset += len(sent_text) + 1
    return CodedArticle(article=Article(id="t", date=day, text=text), sentences=tuple(records))


@pytest.fixture(scope="module")
def stage() -> ActorStage:
    return ActorStage({}, {})


def mentions(stage: ActorStage, *sentences: str, **kwargs) -> dict[str, tuple]:
    doc = stage(make_doc(*sentences, **kwargs))
    return {m.text: (m.actor.code, m.actor.country, m.actor.sector, m.resolution.rule,
                     m.resolution.evidence) for m in doc.mentions}


def test_coordinated_nationality_adjectives_share_the_sector(stage: ActorStage) -> None:
    found = mentions(stage, "Senior Hungarian and Romanian officials agreed on Wednesday.")
    assert found["Hungarian"][1:4] == ("HUN", "GOV", "coordinated country modifier")
    assert found["Romanian officials"][1:3] == ("ROU", "GOV")


def test_three_coordinated_countries(stage: ActorStage) -> None:
    found = mentions(stage, "US, British and French troops landed.")
    assert {found[k][1:3] for k in ("US", "British")} == {("USA", "MIL"), ("GBR", "MIL")}
    assert found["French troops"][1:3] == ("FRA", "MIL")


def test_international_organisation_owns_a_sector_word(stage: ActorStage) -> None:
    found = mentions(stage, "European Community foreign ministers agreed to provide aid.")
    assert found["European Community foreign ministers"][0] == "IGO"


@pytest.mark.parametrize("sentence, text, country", [
    ("President Jean Dupont of Algeria said he would resign.", "President Jean Dupont", "DZA"),
    ("Algeria's Prime Minister Jean Dupont resigned.", "Prime Minister Jean Dupont", "DZA"),
    ("The Kenyan foreign minister met his Ethiopian counterpart in Nairobi.", "Ethiopian counterpart", "ETH"),
    ("The Kenyan foreign minister said his Ethiopian counterpart agreed.", "Kenyan foreign minister", "KEN"),
])
def test_title_country_from_its_owner(stage: ActorStage, sentence: str, text: str, country: str) -> None:
    code, found_country, sector, _rule, _evidence = mentions(stage, sentence)[text]
    assert (found_country or code, sector) == (country, "GOV")


def test_appositive_international_title_gives_igo(stage: ActorStage) -> None:
    found = mentions(stage, "The US rejected calls by Jane Roe, UN special envoy, to adopt reforms.",
                     ents={"Jane": "PERSON", "Roe": "PERSON"})
    assert found["Jane Roe"][0] == "IGO"


def test_parser_person_with_a_leading_title(stage: ActorStage) -> None:
    found = mentions(stage, "Opposition groups in Zimbabwe demand that President Mugabe resign.",
                     day=dt.date(2000, 1, 1), ents={"President": "PERSON", "Mugabe": "PERSON"})
    assert found["President Mugabe"][1:3] == ("ZWE", "GOV")


def test_bare_police_take_the_country_mentioned_before(stage: ActorStage) -> None:
    found = mentions(stage, "Thousands of protesters marched in Caracas on Wednesday.",
                     "Police fired tear gas at the crowd, witnesses said.",
                     "The United States condemned the crackdown.")
    code, country, sector, _rule, evidence = found["Police"]
    assert (country, sector) == ("VEN", "COP")
    assert any(e.startswith("weak:") for e in evidence)


def test_no_context_country_without_a_clear_lead(stage: ActorStage) -> None:
    found = mentions(stage, "Kenya and Ethiopia agreed to reopen the border, officials said.")
    assert found["officials"][1] is None


def test_unknown_titled_person_takes_the_only_country(stage: ActorStage) -> None:
    found = mentions(stage, "President Jean Dupont banned Ugandan opposition candidates.")
    assert found["President Jean Dupont"][1:3] == ("UGA", "GOV")


def test_a_multinational_or_foreign_force_takes_no_context_country(stage: ActorStage) -> None:
    """The article's leading country is the one such a force is not (only) of: "coalition forces"
    in an Iraq story are not Iraqi, nor "northern alliance soldiers" in a story of Australians."""
    found = mentions(stage, "Iraqi police and Iraqi officials spoke in Baghdad.",
                     "Coalition forces and foreign troops raided a house.", "Soldiers raided a house.")
    assert found["Coalition forces"][1:3] == (None, "MIL")
    assert found["troops"][1:3] == (None, "MIL")
    assert found["Soldiers"][1:3] == ("IRQ", "MIL")   # guard: a bare force keeps the context country
    found = mentions(stage, "The first Australian arrested, from the Australian city of Adelaide, "
                            "was captured by northern alliance soldiers.")
    assert found["alliance soldiers"][1:3] == (None, "MIL")


def test_a_political_coalition_is_not_a_force(stage: ActorStage) -> None:
    """Guard: an opposition or ruling coalition is of the country, and no military sector."""
    found = mentions(stage, "Serbian police said Serbia's opposition coalition agreed to talks.")
    assert found["opposition coalition"][2] == "OPP"
    found = mentions(stage, "In Germany, Germany's ruling alliance agreed to a budget.")
    assert found["ruling alliance"][1:3] == ("DEU", "PTY")


def test_a_name_after_a_stance_prefix_is_no_actor(stage: ActorStage) -> None:
    """"anti-Israel protesters", "pro-government people", "Anti-American demonstrators": the
    name says what the group is for or against; it is no actor and gives the group no country."""
    found = mentions(stage, "Thousands of anti-Israel protesters marched in Amman.")
    assert "Israel" not in found and found["protesters"][1] != "ISR"
    found = mentions(stage, "Anti-American demonstrators burned flags and pro-government crowds cheered.")
    assert "American" not in found and found["demonstrators"][1] != "USA"
    assert "government" not in found
    found = mentions(stage, "Israeli protesters marched in Tel Aviv.")   # guard: a plain modifier
    assert found["Israeli protesters"][1] == "ISR"


def test_a_police_party_is_police_not_a_political_party(stage: ActorStage) -> None:
    found = mentions(stage, "Insurgents opened fire on a police party in Orissa.")
    assert found["police party"][2] == "COP"


def test_a_force_under_another_s_lead_takes_no_context_country(stage: ActorStage) -> None:
    found = mentions(stage, "Afghan officials met in Kabul.", "Afghan police said U.S.-led forces raided a house.")
    assert found["forces"][1:3] == (None, "MIL")   # "U.S.", "-", "led" before it (blank tokenizer)


def test_a_world_region_is_no_town_of_its_name(stage: ActorStage) -> None:
    """"an Asia-Pacific summit" (Asia is also a town in the Philippines), "in Southeast Asia"."""
    found = mentions(stage, "Activists in Manila denounced an Asia-Pacific summit in the Philippines.",
                     ents={"Asia": "LOC"})
    assert found.get("Asia", (None, None))[1] != "PHL"
    found = mentions(stage, "Troops marched in Manila.", ents={"Manila": "LOC"})   # guard: a real city
    assert found["Manila"][1] == "PHL"
