from __future__ import annotations

import dataclasses
import datetime as dt
import pickle

from hypothesis import given
from hypothesis import strategies as st
from scale_fakes import example_articles

from lapwing.model import (Actor, Article, CodedArticle, Event, Mention, Place, Provenance, Record,
                           Rejection, Sentence, TimeExpression, Token)
from lapwing.scale.transport import dump_results, load_results, record_reducers


def coded_article() -> CodedArticle:
    """One of every record, with shared and nested records, built by hand."""
    why = Provenance(stage="actors.dictionary.v1", rule="country name", reason="countries.yaml:12",
                     evidence=("France",))
    france = Actor(name="France", code="FRA", country="FRA", kind="country", entry_id="FRA")
    paris = Place(name="Paris", country_code="FRA", geonameid=2988507, lat=48.85, lon=2.35,
                  feature="city", admin1="11", population=2138551)
    actor = Mention(start_char=0, end_char=6, text="France", kind="location", actor=france, sentence=0,
                    resolution=why)
    place = Mention(start_char=20, end_char=25, text="Paris", kind="location", place=paris, sentence=0)
    tokens = (Token(i=0, text="France", start_char=0, end_char=6, lemma="France", pos="PROPN", tag="NNP",
                    dep="nsubj", head=1, ent_type="GPE"),
              Token(i=1, text="protested", start_char=7, end_char=16, lemma="protest", pos="VERB", head=1))
    event = Event(id="a-1", article_id="a", event_type="PROTEST", context=("economic",), actors=(actor,),
                  recipients=(), speaker=actor, date="2024-01-02", date_precision="day", place=paris,
                  place_text="Paris", sentence=0, text="France protested in Paris.", end_char=26,
                  evidence=("protest",), confidence=0.9, provenance=(why, why))
    return CodedArticle(
        article=Article(id="a", date=dt.date(2024, 1, 2), text="France protested in Paris.", origin="x:1"),
        sentences=(Sentence(index=0, start_char=0, end_char=26, text="France protested in Paris.",
                            tokens=tokens),),
        mentions=(actor, place),
        times=(TimeExpression(start_char=0, end_char=0, text="", value="2024-01-02", precision="day"),),
        events=(event,), stages=("segment.spacy.v1", "actors.dictionary.v1"))


def test_records_come_back_equal_and_of_the_same_classes():
    doc = coded_article()
    rejection = Rejection(reason="bad_json", message="news.jsonl:2: not JSON", path="news.jsonl", line=2)
    back = load_results(dump_results([doc, rejection, None]))
    assert back == [doc, rejection, None]
    assert type(back[0].events[0].actors[0].actor) is Actor
    assert back[0].events[0].provenance[0] is back[0].events[0].provenance[1]  # shared records stay shared


def test_every_record_of_the_model_is_pickled_as_its_field_values():
    reducers = record_reducers()
    for cls in (Article, Token, Sentence, Actor, Place, Mention, TimeExpression, Event, Provenance,
                CodedArticle, Rejection):
        assert cls in reducers, cls
    token = Token(i=3, text="x", start_char=1, end_char=2)
    assert reducers[Token](token) == (Token, dataclasses.astuple(token))


def test_a_record_that_its_constructor_would_change_is_pickled_the_standard_way():
    @dataclasses.dataclass(frozen=True)
    class Normalised(Record):
        name: str

        def __post_init__(self) -> None:
            object.__setattr__(self, "name", self.name.strip())

    assert Normalised not in record_reducers()


def test_the_bytes_are_standard_pickle_data():
    doc = coded_article()
    assert pickle.loads(dump_results(doc)) == doc


@given(st.lists(st.builds(Token, i=st.integers(), text=st.text(), start_char=st.integers(),
                          end_char=st.integers(), lemma=st.text(), pos=st.text(max_size=5),
                          head=st.integers(), ent_type=st.text(max_size=5)), max_size=5))
def test_tokens_round_trip(tokens):
    assert load_results(dump_results(tokens)) == tokens


def test_the_default_pipeline_output_round_trips(pipeline):
    from lapwing.scale.batch import code_chunk

    coded = code_chunk(pipeline, example_articles())
    assert sum(len(doc.events) for doc in coded) > 0
    assert load_results(dump_results(coded)) == coded
