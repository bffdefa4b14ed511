from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from lapwing.errors import ConfigError
from lapwing.geo.stage import GeoStage
from lapwing.model import Actor, Article, CodedArticle, Event, Mention, Sentence, Token


def build_doc(rows: list[tuple[str, str, str, int, str]], *, mentions: tuple[Mention, ...] = (),
              trigger: str | None = None) -> CodedArticle:
    """One-sentence article; tokens joined by spaces; ``head`` is a token index."""
    tokens, offset = [], 0
    for i, (text, pos, dep, head, ent) in enumerate(rows):
        tokens.append(Token(i=i, text=text, start_char=offset, end_char=offset + len(text),
                            lemma=text.lower(), pos=pos, dep=dep, head=head, ent_type=ent))
        offset += len(text) + 1
    text = " ".join(r[0] for r in rows)
    article = Article(id="a1", date=dt.date(2020, 5, 8), text=text)
    sent = Sentence(index=0, start_char=0, end_char=len(text), text=text, tokens=tuple(tokens))
    events: tuple[Event, ...] = ()
    if trigger is not None:
        tok = next(t for t in tokens if t.text == trigger)
        events = (Event(id="e1", article_id="a1", event_type="ASSAULT",
                        trigger_start=tok.start_char, trigger_end=tok.end_char),)
    return CodedArticle(article=article, sentences=(sent,), mentions=mentions, events=events)


def mention_at(doc_text: str, word: str, kind: str, **fields) -> Mention:
    start = doc_text.index(word)
    return Mention(start_char=start, end_char=start + len(word), text=word, kind=kind, sentence=0,
                   **fields)

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
MODEL = Path(__file__).resolve().parents[2] / "src" / "lapwing" / "segment" / "models" / "en_lapwing_news"


@pytest.fixture(scope="module")
def stage(tmp_path_factory) -> GeoStage:
    return GeoStage({"min_population": 15000}, {}, cache_dir=tmp_path_factory.mktemp("geo-cache"))


# "Haftar launched an offensive against Tripoli in Libya ."
OFFENSIVE = [("Haftar", "PROPN", "nsubj", 1, "PERSON"), ("launched", "VERB", "ROOT", 1, ""),
             ("an", "DET", "det", 3, ""), ("offensive", "NOUN", "obj", 1, ""),
             ("against", "ADP", "case", 5, ""), ("Tripoli", "PROPN", "nmod", 3, "GPE"),
             (".", "PUNCT", "punct", 1, "")]


def test_event_place_from_target_phrase(stage):
    doc = stage(build_doc(OFFENSIVE, trigger="offensive"))
    (event,) = doc.events
    assert event.place_text == "Tripoli" and event.place.country_code == "LBY"
    assert event.provenance[-1].stage == "geo" and event.provenance[-1].rule == "event_location.target"


def test_qualifier_picks_lebanon(stage):
    rows = [("Gunmen", "NOUN", "nsubj", 1, ""), ("attacked", "VERB", "ROOT", 1, ""),
            ("a", "DET", "det", 3, ""), ("bank", "NOUN", "obj", 1, ""), ("in", "ADP", "case", 5, ""),
            ("Tripoli", "PROPN", "obl", 1, "GPE"), (",", "PUNCT", "punct", 7, ""),
            ("Lebanon", "PROPN", "appos", 5, "GPE"), (".", "PUNCT", "punct", 1, "")]
    doc = stage(build_doc(rows, trigger="attacked"))
    assert doc.events[0].place.country_code == "LBN"
    tripoli = next(m for m in doc.mentions if m.text == "Tripoli")
    assert tripoli.resolution.rule == "gazetteer.qualifier"


def test_country_as_object_is_not_a_location(stage):
    rows = [("The", "DET", "det", 1, ""), ("US", "PROPN", "nsubj", 2, "GPE"),
            ("sanctioned", "VERB", "ROOT", 2, ""), ("Russia", "PROPN", "obj", 2, "GPE"),
            (".", "PUNCT", "punct", 2, "")]
    doc = stage(build_doc(rows, trigger="sanctioned"))
    assert doc.events[0].place is None and doc.events[0].place_text is None
    assert doc.events[0].provenance[-1].rule == "event_location.none"


def test_place_in_by_phrase_is_not_the_location(stage):
    # "Troops were attacked by fighters from Syria ." -- "from" is no locative marker
    rows = [("Troops", "NOUN", "nsubj:pass", 2, ""), ("were", "AUX", "aux:pass", 2, ""),
            ("attacked", "VERB", "ROOT", 2, ""), ("by", "ADP", "case", 4, ""),
            ("fighters", "NOUN", "obl", 2, ""), ("from", "ADP", "case", 6, ""),
            ("Syria", "PROPN", "nmod", 4, "GPE"), (".", "PUNCT", "punct", 2, "")]
    assert stage(build_doc(rows, trigger="attacked")).events[0].place is None


def test_actor_location_mention_gets_place_and_others_do_not(stage):
    rows = [("Syrian", "ADJ", "amod", 1, "NORP"), ("troops", "NOUN", "nsubj", 2, ""),
            ("entered", "VERB", "ROOT", 2, ""), ("Libya", "PROPN", "obj", 2, "GPE"),
            ("in", "ADP", "case", 5, ""), ("March", "PROPN", "obl", 2, "DATE"),
            ("with", "ADP", "case", 8, ""), ("Jordan", "PROPN", "compound", 8, "PERSON"),
            ("Smith", "PROPN", "obl", 2, "PERSON"), (".", "PUNCT", "punct", 2, "")]
    text = " ".join(r[0] for r in rows)
    libya = mention_at(text, "Libya", "location", actor=Actor(name="Libya", code="LBY", country="LBY"))
    syrian = mention_at(text, "Syrian", "nationality", actor=Actor(name="Syria", code="SYR", country="SYR"))
    person = mention_at(text, "Jordan Smith", "person")
    doc = stage(build_doc(rows, mentions=(syrian, libya, person)))
    by_text = {m.text: m for m in doc.mentions}
    assert by_text["Libya"].place.country_code == "LBY" and by_text["Libya"].actor is not None
    assert by_text["Syrian"].place is None
    assert "March" not in by_text and "Jordan" not in by_text
    assert len(doc.mentions) == 3


def test_new_location_mentions_have_no_actor(stage):
    doc = stage(build_doc(OFFENSIVE))
    (tripoli,) = [m for m in doc.mentions if m.text == "Tripoli"]
    assert tripoli.kind == "location" and tripoli.actor is None and tripoli.resolution.stage == "geo"


def test_event_without_trigger_keeps_no_place(stage):
    doc = build_doc(OFFENSIVE)
    doc = doc.replace(events=(Event(id="e1", article_id="a1", event_type="ASSAULT"),))
    (event,) = stage(doc).events
    assert event.place is None and event.provenance[-1].rule == "event_location.no_trigger"


def test_bad_setting():
    with pytest.raises(ConfigError, match="min_population"):
        GeoStage({"min_population": "many"}, {})


def test_info_lists_resources(stage):
    info = stage.info()["resources"]
    assert info["gazetteer"]["cities"] > 30000 and info["not_places"]["entries"] > 10


@pytest.mark.skipif(not SHARED.exists(), reason="../shared (development data) is absent")
@pytest.mark.skipif(not (MODEL / "config.cfg").exists(), reason="the bundled spaCy pipeline is absent")
def test_seed_article_places_resolve_to_listed_countries(stage):
    import json

    from lapwing.segment.stage import SpacySegmenter

    examples = SHARED / "examples"
    text = (examples / "seed-article.txt").read_text(encoding="utf-8")
    gold = json.loads((examples / "seed-article.entities.json").read_text(encoding="utf-8"))
    segmenter = SpacySegmenter({"model": "en_lapwing_news"})
    doc = segmenter(CodedArticle(article=Article(id="seed", date=dt.date(2020, 5, 8), text=text)))
    doc = stage(doc.replace(events=()))
    found = {}
    for mention in doc.mentions:
        if mention.place is not None:
            found.setdefault(mention.text, set()).add(mention.place.country_code)
    for place in gold["places"]:
        assert found.get(place["text"]) == {place["country"]}, place


def test_in_capitals_text_a_pronoun_is_no_place(stage):
    # all-capitals wire copy: every word starts with a capital, so only the model's reading
    # (PROPN or an entity) marks a name; the pronoun "US" is not the United States
    rows = [("LET", "VERB", "ROOT", 0, ""), ("US", "PRON", "obj", 0, ""), ("REMEMBER", "VERB", "xcomp", 0, ""),
            ("THE", "DET", "det", 4, ""), ("ATTACK", "NOUN", "obj", 2, ""), ("IN", "ADP", "case", 7, ""),
            ("SAN", "PROPN", "compound", 7, "GPE"), ("SALVADOR", "PROPN", "nmod", 4, "GPE"),
            (".", "PUNCT", "punct", 0, "")]
    places = {m.text: m.place.country_code for m in stage(build_doc(rows)).mentions if m.place}
    assert places == {"SAN SALVADOR": "SLV"}
    rows[1] = ("US", "PROPN", "obj", 0, "GPE")  # read as the country, it still is one
    places = {m.text: m.place.country_code for m in stage(build_doc(rows)).mentions if m.place}
    assert places.get("US") == "USA"
