"""The actors stage on hand-built sentences (tokens from a blank English tokenizer, no parser):
dictionary names, rules, date-aware roles, coreference and the offsets contract."""
from __future__ import annotations

import datetime as dt

import pytest
import spacy

from lapwing.actors.stage import ActorStage
from lapwing.model import Article, CodedArticle, Sentence, Token

_TOKENIZER = spacy.blank("en").tokenizer


@pytest.fixture(scope="module")
def stage() -> ActorStage:
    return ActorStage({}, {})


def make_doc(*sentences: str, day: dt.date = dt.date(2020, 5, 8),
             ents: dict[str, str] | None = None, deps: dict[str, str] | None = None,
             pos: dict[str, str] | None = None, heads: dict[str, str] | None = None) -> CodedArticle:
    """An article whose sentences are the given strings; ``ents``/``deps``/``pos`` map token texts
    to an entity type / dependency label / part of speech, ``heads`` a token text to the text of
    its head in the same sentence (as a parser would give)."""
    text = " ".join(sentences)
    records, offset, index = [], 0, 0
    for sent_text in sentences:
        tokens = []
        for tok in _TOKENIZER(sent_text):
            if tok.is_space:
                continue
            tokens.append(Token(i=index, text=tok.text, start_char=offset + tok.idx,
                                end_char=offset + tok.idx + len(tok.text),
                                ent_type=(ents or {}).get(tok.text, ""), dep=(deps or {}).get(tok.text, ""),
                                pos=(pos or {}).get(tok.text, "")))
            index += 1
        if heads:
            first = {t.text: t.i for t in reversed(tokens)}
            tokens = [t.replace(head=first[heads[t.text]]) if t.text in heads else t for t in tokens]
        records.append(Sentence(index=len(records), start_char=offset,
                                end_char=offset + len(sent_text), text=sent_text, tokens=tuple(tokens)))
        offset += len(sent_text) + 1
    return CodedArticle(article=Article(id="t", date=day, text=text), sentences=tuple(records))


def found(stage: ActorStage, *sentences: str, **kwargs) -> dict[str, tuple]:
    doc = stage(make_doc(*sentences, **kwargs))
    return {m.text: (m.kind, m.actor.code, m.actor.sector, m.resolution.rule) for m in doc.mentions}


def test_stage_declares_its_chain(stage: ActorStage) -> None:
    assert stage.name == "actors.dictionary.v1"
    assert stage.requires == ("sentences", "tokens")
    assert stage.assigns == ("mentions",)
    info = stage.info()["resources"]
    assert info["entries"] > 400 and info["names"] > 2000


@pytest.mark.parametrize("sentence, text, code, kind", [
    ("The U.S. and Britain met.", "U.S.", "USA", "location"),
    ("The U.S. and Britain met.", "Britain", "GBR", "location"),
    ("Emirati jets flew.", "Emirati", "ARE", "nationality"),
    ("Türkiye objected.", "Türkiye", "TUR", "location"),
    ("Turkey objected.", "Turkey", "TUR", "location"),
    ("South Korea objected.", "South Korea", "KOR", "location"),
    ("Officials in Moscow and Ankara spoke.", "Moscow", "RUS", "location"),
    ("NATO and the African Union met.", "NATO", "IGO", "organization"),
    ("NATO and the African Union met.", "African Union", "IGO", "organization"),
    ("The UNHCR appealed.", "UNHCR", "IGO", "organization"),
    ("Hezbollah fired rockets.", "Hezbollah", "LBN", "group"),
])
def test_dictionary_names(stage: ActorStage, sentence: str, text: str, code: str, kind: str) -> None:
    result = found(stage, sentence)
    assert result[text][:2] == (kind, code)


def test_case_rules_keep_pronouns_and_common_words_out(stage: ActorStage) -> None:
    result = found(stage, "He told us who is in charge of the turkey.")
    assert "who" not in result and "is" not in result and "turkey" not in result
    # "us" is the pronoun (a codeless mention, see actors.pronouns), never the country
    assert "us" not in result or result["us"][:2] == ("organization", None)


def test_seat_of_government_is_gov(stage: ActorStage) -> None:
    assert found(stage, "The Kremlin denied it.")["Kremlin"][1:3] == ("RUS", "GOV")


def test_capital_as_subject_is_the_government(stage: ActorStage) -> None:
    result = found(stage, "Washington might back him.", deps={"Washington": "nsubj"})
    assert result["Washington"][1:3] == ("USA", "GOV")
    assert found(stage, "He lives in Washington.")["Washington"][2] is None


def test_title_and_name_make_one_person(stage: ActorStage) -> None:
    result = found(stage, "Syrian President Bashar al-Assad spoke.")
    assert result["Syrian President Bashar al-Assad"][:3] == ("person", "SYR", "GOV")


def test_unknown_person_takes_country_and_sector_from_title(stage: ActorStage) -> None:
    result = found(stage, "Ruritanian lawyers said Egyptian Foreign Minister Ahmed Zaki left.")
    assert result["Egyptian Foreign Minister Ahmed Zaki"][:3] == ("person", "EGY", "GOV")


@pytest.mark.parametrize("day, sector", [(dt.date(2019, 6, 1), "GOV"), (dt.date(2022, 6, 1), "ELI"),
                                         (dt.date(2025, 6, 1), "GOV")])
def test_roles_are_valid_on_the_article_date(stage: ActorStage, day: dt.date, sector: str) -> None:
    result = found(stage, "Donald Trump spoke.", day=day)
    assert result["Donald Trump"][1:3] == ("USA", sector)


def test_nearest_role_makes_a_former_office_holder_elite(stage: ActorStage) -> None:
    result = found(stage, "Hosni Mubarak spoke.", day=dt.date(2015, 1, 1))
    assert result["Hosni Mubarak"][1:3] == ("EGY", "ELI")


def test_group_roles_change_with_the_date(stage: ActorStage) -> None:
    assert found(stage, "The Taliban attacked.", day=dt.date(2010, 1, 1))["Taliban"][2] == "REB"
    assert found(stage, "The Taliban attacked.", day=dt.date(2022, 1, 1))["Taliban"][2] == "GOV"


def test_appositive_gives_an_unknown_person_country_and_sector(stage: ActorStage) -> None:
    result = found(stage, "Henry Wooster, deputy assistant secretary at State Department's Bureau "
                          "of Near Eastern Affairs, said so.", ents={"Henry": "PERSON", "Wooster": "PERSON"})
    assert result["Henry Wooster"][:3] == ("person", "USA", "GOV")


def test_country_modifier_and_possessor_of_sector_words(stage: ActorStage) -> None:
    result = found(stage, "The Syrian army and Iraq's police clashed with Haftar's eastern-based forces.")
    assert result["Syrian army"][1:3] == ("SYR", "MIL")
    assert result["police"][1:3] == ("IRQ", "COP")
    assert result["eastern-based forces"][1:3] == ("LBY", "MIL")
    assert result["Haftar"][:2] == ("person", "LBY")


def test_backer_is_not_the_owner(stage: ActorStage) -> None:
    doc = stage(make_doc("Turkish-backed militant groups advanced."))
    groups = [m for m in doc.mentions if m.text == "militant groups"][0]
    assert groups.actor.country is None and groups.actor.sector == "REB"
    assert any("backed by TUR" in e for e in groups.resolution.evidence)
    assert any(m.text == "Turkish" and m.actor.code == "TUR" for m in doc.mentions)


def test_descriptor_before_a_name(stage: ActorStage) -> None:
    result = found(stage, "Russian private military contractor Wagner Group deployed.")
    assert any(v[1:3] == ("RUS", "MIL") and "Wagner Group" in k for k, v in result.items())


def test_acronym_defined_in_text_and_reused(stage: ActorStage) -> None:
    result = found(stage, "The Ruritanian National Salvation Front (RNSF) marched.",
                   "Later the RNSF withdrew.")
    assert "RNSF" in result
    assert result["RNSF"][3] in ("acronym defined in the text", "coreference: acronym")
    assert sum(1 for k in result if k == "RNSF") == 1


def test_partial_names_refer_back(stage: ActorStage) -> None:
    doc = stage(make_doc("Ruritanian President Karl Ostrander spoke.", "Ostrander left.",
                         ents={"Karl": "PERSON", "Ostrander": "PERSON"}))
    later = [m for m in doc.mentions if m.text == "Ostrander"][0]
    assert later.resolution.rule == "coreference: partial name"
    assert later.actor.sector == "GOV" and later.kind == "person"


def test_the_government_is_the_only_government_named(stage: ActorStage) -> None:
    doc = stage(make_doc("The Government of National Accord (GNA) holds Tripoli.",
                         "The government is backed by Turkey."))
    government = [m for m in doc.mentions if m.text == "government"][0]
    assert government.actor.code == "LBY" and government.actor.sector == "GOV"


def test_mentions_are_sorted_and_align_with_tokens(stage: ActorStage) -> None:
    doc = stage(make_doc("Syrian President Bashar al-Assad met Russian troops in Damascus.",
                         "The UN Security Council and U.S. officials protested."))
    starts = {t.start_char for t in doc.tokens()}
    ends = {t.end_char for t in doc.tokens()}
    assert [m.start_char for m in doc.mentions] == sorted(m.start_char for m in doc.mentions)
    for mention in doc.mentions:
        assert mention.start_char in starts and mention.end_char in ends
        assert doc.article.text[mention.start_char:mention.end_char] == mention.text
        assert mention.resolution is not None and mention.resolution.stage == "actors.dictionary.v1"
        assert mention.kind in ("person", "organization", "location", "nationality", "group")


def test_day_and_month_names_tagged_as_entities_are_not_actors(stage: ActorStage) -> None:
    doc = stage(make_doc("Russia left on Monday in Sept.", ents={"Monday": "LOC", "Sept": "PERSON",
                                                                 "Russia": "LOC"}))
    texts = {m.text for m in doc.mentions}
    assert "Russia" in texts and "Monday" not in texts and "Sept" not in texts


def test_entity_spans_end_at_a_name(stage: ActorStage) -> None:
    """The recogniser sometimes runs past a name into lower-case words."""
    doc = stage(make_doc("France accused Germany of spying .",
                         ents={"Germany": "ORG", "of": "ORG", "spying": "ORG"}))
    assert {m.text: m.actor.code for m in doc.mentions}.get("Germany") == "DEU"
    assert not any("spying" in m.text for m in doc.mentions)


def test_sector_word_gives_its_sector_to_an_actor_without_one(tmp_path) -> None:
    """PETRARCH-style actors carry a bare code: "the Calenardhon government" is CALGOV."""
    path = tmp_path / "actors.txt"
    path.write_text("CALENARDHON [CAL]\n", encoding="utf-8")
    stage = ActorStage({"petrarch_actors": [str(path)]}, {})
    doc = stage(make_doc("The Calenardhon government protested ."))
    actor = next(m.actor for m in doc.mentions if "Calenardhon" in m.text)
    assert (actor.code, actor.sector, actor.cameo_code) == ("CAL", "GOV", "CALGOV")


def test_the_cache_of_normalised_token_texts_is_bounded(stage: ActorStage, monkeypatch) -> None:
    import lapwing.actors.stage as actor_stage

    monkeypatch.setattr(actor_stage, "MAX_CACHED_KEYS", 5)
    monkeypatch.setattr(stage, "_keys", {})
    words = [f"Word{k}" for k in range(23)]
    assert [stage.key(w) for w in words] == [actor_stage.normalize(w) for w in words]
    assert 0 < stage.cached_forms <= 5
    assert stage.key("Word22") == actor_stage.normalize("Word22")
