"""Round 4 of recognition: recogniser types overruled (places tagged PERSON/ORG, people tagged
ORG), offices the recogniser took for organisations, portfolio titles, calendar words and
modifier sector words that are not actors, "anti-" modifiers, possessive countries acting,
"the coalition" / "the city" coreference, and the knowledge-base additions. Sentences are
hand-built (tokens from a blank tokenizer, entity types and dependencies given by hand)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from lapwing.actors.retype import TypeWords
from lapwing.actors.stage import ActorStage
from lapwing.errors import ResourceError

from test_stage import found, make_doc  # tests/actors is on sys.path (rootdir-relative import)


@pytest.fixture(scope="module")
def stage() -> ActorStage:
    return ActorStage({}, {})


def test_month_short_name_is_not_a_person(stage: ActorStage) -> None:
    assert "May" not in found(stage, "The talks ended in May 2016 .")
    assert found(stage, "May said the talks ended .", deps={"May": "nsubj"})["May"][:2] == ("person", "GBR")


@pytest.mark.parametrize("sentence, word, deps", [
    ("Jets struck using bomber aircraft .", "bomber", {"bomber": "compound"}),
    ("Shells hit the rebel - held town .", "rebel", {}),
])
def test_sector_word_modifying_a_noun_is_not_an_actor(stage: ActorStage, sentence: str, word: str,
                                                      deps: dict[str, str]) -> None:
    assert word not in found(stage, sentence, deps=deps)


def test_place_tagged_person_becomes_a_location(stage: ActorStage) -> None:
    result = found(stage, "Forces besieged Darayya .", "Fighting continued in Darayya .",
                   ents={"Darayya": "PERSON"})
    assert result["Darayya"][0] == "location"
    doc = stage(make_doc("Forces besieged Darayya .", ents={"Darayya": "PERSON"}))
    assert doc.mentions[-1].kind == "person"      # no place use anywhere: the recogniser stands


def test_place_word_in_an_organisation_name(stage: ActorStage) -> None:
    result = found(stage, "A strike hit near Tabqa Dam today .", ents={"Tabqa": "ORG", "Dam": "ORG"})
    assert result["Tabqa Dam"][0] == "location"
    assert result["Tabqa Dam"][3] == "place word in the name"


def test_place_after_a_settlement_noun(stage: ActorStage) -> None:
    result = found(stage, "Civilians died in the village of Tuloul Naser .",
                   ents={"Tuloul": "ORG", "Naser": "ORG"})
    assert result["Tuloul Naser"][:1] == ("location",)


def test_a_place_named_with_a_title_word_after_a_settlement_noun(stage: ActorStage) -> None:
    # "Sheikh" is a title, but "the town of Sheikh Miskeen" names a place
    result = found(stage, "The army shelled the town of Sheikh Miskeen .",
                   ents={"Sheikh": "PERSON", "Miskeen": "PERSON"})
    assert result["Sheikh Miskeen"][0] == "location"
    assert result["Sheikh Miskeen"][2] is None and result["Sheikh Miskeen"][3] == "place after a settlement noun"
    # the same title and name elsewhere stays a person
    result = found(stage, "The son of Sheikh Miskeen met the army .", ents={"Sheikh": "PERSON", "Miskeen": "PERSON"})
    assert result["Sheikh Miskeen"][0] == "person"


def test_person_tagged_org_in_apposition(stage: ActorStage) -> None:
    result = found(stage, "The library helps , says Anas Ahmad , a former student .",
                   ents={"Anas": "ORG", "Ahmad": "ORG"})
    assert result["Anas Ahmad"][0] == "person"
    assert result["Anas Ahmad"][3] == "named entity shown a person"


def test_office_tagged_org_is_a_titled_person(stage: ActorStage) -> None:
    result = found(stage, "Johnson met the Iraqi Foreign Minister .",
                   ents={"Iraqi": "ORG", "Foreign": "ORG", "Minister": "ORG"})
    assert result["Iraqi Foreign Minister"] == ("person", "IRQ", "GOV", "title")


def test_portfolio_title_before_a_name(stage: ActorStage) -> None:
    result = found(stage, "Minister for the Middle East Tobias Ellwood said it .",
                   ents={w: "LOC" for w in ("Middle", "East", "Tobias", "Ellwood")})
    assert result["Minister for the Middle East Tobias Ellwood"][0] == "person"
    assert result["Minister for the Middle East Tobias Ellwood"][3] == "title and name"


def test_rank_that_is_also_a_title_modifier(stage: ActorStage) -> None:
    result = found(stage, "U.S. Army General Joseph Votel said it .")
    assert result["U.S. Army General Joseph Votel"][:3] == ("person", "USA", "MIL")


def test_person_entity_ends_before_of_country(stage: ActorStage) -> None:
    result = found(stage, "King Hassan of Morocco said it .",
                   ents={"Hassan": "PERSON", "of": "PERSON", "Morocco": "PERSON"}, day=dt.date(1990, 1, 1))
    assert result["King Hassan"][:3] == ("person", "MAR", "GOV")


def test_anti_country_is_not_the_owner(stage: ActorStage) -> None:
    result = found(stage, "An anti - Syria journalist was killed .")
    assert all(code != "SYR" for text, (_, code, _, _) in result.items() if text != "Syria")


def test_possessive_country_acts(stage: ActorStage) -> None:
    result = found(stage, "Australia 's response was quick .", deps={"Australia": "nmod:poss"})
    assert result["Australia"][0] == "organization"


def test_bare_coalition_is_the_one_coalition_named(stage: ActorStage) -> None:
    result = found(stage, "The US-led coalition struck targets .", "The Coalition said it .")
    assert result["Coalition"][1] == "IGO"
    assert result["Coalition"][3] == "coreference: the only coalition named"


def test_the_city_refers_back(stage: ActorStage) -> None:
    result = found(stage, "Fighting raged in Mosul .", "The city was shelled .", ents={"Mosul": "GPE"})
    assert result["city"] == ("location", "IRQ", None, "coreference: the place named before")
    assert "city" not in found(stage, "The city council met .")


@pytest.mark.parametrize("sentence, text, code", [
    ("Chechen rebels attacked .", "Chechen rebels", "RUS"),
    ("A group in Northern Ireland threatened .", "Northern Ireland", "GBR"),
    ("Kampuchean guerrillas fired .", "Kampuchean guerrillas", "KHM"),
    ("The Liberation Tigers of Tamil Eelam agreed .", "Liberation Tigers of Tamil Eelam", "LKA"),
    ("Settlers in the West Bank protested .", "West Bank", "PSE"),
])
def test_knowledge_base_additions(stage: ActorStage, sentence: str, text: str, code: str) -> None:
    assert found(stage, sentence, day=dt.date(1995, 1, 1))[text][1] == code


def test_type_words_loader_names_file_and_line(tmp_path: Path, stage: ActorStage) -> None:
    bad = tmp_path / "words.yaml"
    bad.write_text("- {place_last: [dam]}\n- {place_last: [dam], person_nouns: [student]}\n", encoding="utf-8")
    with pytest.raises(ResourceError, match=r"words\.yaml:2: each entry has exactly one of"):
        TypeWords.load(bad, tokenize=stage.tokenize)


def test_shared_gazetteer_comes_from_resources() -> None:
    class Resources:
        def __init__(self) -> None:
            self.asked: list[tuple] = []

        def get(self, key: tuple, build):
            self.asked.append(key)
            return "the shared gazetteer"

    resources = Resources()
    stage = ActorStage({}, {"geo": {"min_population": 15000}}, shared_resources=resources)
    assert stage.gazetteer() == "the shared gazetteer"
    assert resources.asked == [("gazetteer", 15000)]


def _parsed(words: list[tuple[str, str, str, str, int, str]]):
    """One sentence from (text, lemma, pos, dep, head index, entity type) tuples."""
    from lapwing.model import Article, CodedArticle, Sentence, Token
    tokens, offset = [], 0
    for i, (text, lemma, pos, dep, head, ent) in enumerate(words):
        tokens.append(Token(i=i, text=text, start_char=offset, end_char=offset + len(text), lemma=lemma, pos=pos,
                            tag="", dep=dep, head=i if head < 0 else head, ent_type=ent))
        offset += len(text) + 1
    text = " ".join(w[0] for w in words)
    return CodedArticle(article=Article(id="t", date=dt.date(2017, 6, 1), text=text),
                        sentences=(Sentence(index=0, start_char=0, end_char=len(text), text=text, tokens=tuple(tokens)),))


def test_a_city_the_recogniser_took_for_a_person_is_a_place_as_the_object_of_a_ground_verb(stage: ActorStage) -> None:
    # "Jets bombed Raqqa": what is bombed is ground, and the gazetteer knows Raqqa (Syria)
    doc = stage(_parsed([("Jets", "jet", "NOUN", "nsubj", 1, ""), ("bombed", "bomb", "VERB", "ROOT", -1, ""),
                         ("Raqqa", "Raqqa", "PROPN", "obj", 1, "PERSON"), (".", ".", "PUNCT", "punct", 1, "")]))
    raqqa = next(m for m in doc.mentions if m.text == "Raqqa")
    assert (raqqa.kind, raqqa.actor.country) == ("location", "SYR")
    # a visit may be to someone: the recogniser stands
    doc = stage(_parsed([("Obama", "Obama", "PROPN", "nsubj", 1, "PERSON"), ("visited", "visit", "VERB", "ROOT", -1, ""),
                         ("Raqqa", "Raqqa", "PROPN", "obj", 1, "PERSON"), (".", ".", "PUNCT", "punct", 1, "")]))
    assert next(m for m in doc.mentions if m.text == "Raqqa").kind == "person"
