import datetime as dt
import pickle

from hypothesis import given, settings
from hypothesis import strategies as st

from lapwing.model import (
    MODALITIES, PLOVER_TYPES, Actor, Article, CodedArticle, Event, Mention, Place, Provenance,
    Sentence, TimeExpression, Token,
)

text = st.text(max_size=20)
opt_text = st.none() | text
provenance = st.builds(Provenance, stage=text, rule=text, reason=text,
                       evidence=st.lists(text, max_size=3).map(tuple))
actor = st.builds(Actor, name=text, code=opt_text, country=opt_text, sector=opt_text,
                  cameo_code=opt_text, wikidata_id=opt_text, kind=opt_text, entry_id=opt_text)
finite = st.floats(allow_nan=False, allow_infinity=False)
place = st.builds(Place, name=text, country_code=opt_text, geonameid=st.none() | st.integers(),
                  lat=st.none() | finite, lon=st.none() | finite, feature=opt_text,
                  admin1=opt_text, population=st.none() | st.integers(min_value=0))
offsets = st.integers(min_value=0, max_value=10**6)
mention = st.builds(Mention, start_char=offsets, end_char=offsets, text=text,
                    kind=st.sampled_from(["person", "organization", "location", "nationality", "group"]),
                    actor=st.none() | actor, place=st.none() | place,
                    sentence=st.none() | st.integers(min_value=0), resolution=st.none() | provenance)
event = st.builds(
    Event, id=text, article_id=text, event_type=st.sampled_from(PLOVER_TYPES), mode=opt_text,
    context=st.lists(text, max_size=3).map(tuple), cameo=opt_text,
    quad_code=st.none() | st.integers(min_value=1, max_value=4), intensity=st.none() | finite,
    actors=st.lists(mention, max_size=3).map(tuple), recipients=st.lists(mention, max_size=3).map(tuple),
    modality=st.sampled_from(MODALITIES), speaker=st.none() | mention, date=opt_text,
    date_precision=st.none() | st.sampled_from(["year", "month", "day"]), date_text=opt_text,
    place_text=opt_text, place=st.none() | place, sentence=st.none() | st.integers(min_value=0),
    text=text, start_char=offsets, end_char=offsets, trigger_start=st.none() | offsets,
    trigger_end=st.none() | offsets, evidence=st.lists(text, max_size=3).map(tuple),
    confidence=st.floats(min_value=0, max_value=1), provenance=st.lists(provenance, max_size=3).map(tuple),
)


@settings(max_examples=200, deadline=None)
@given(event)
def test_any_event_survives_the_dict_round_trip(ev):
    assert Event.from_dict(ev.to_dict()) == ev


@settings(max_examples=50, deadline=None)
@given(event)
def test_any_event_survives_pickling(ev):
    assert pickle.loads(pickle.dumps(ev)) == ev


def test_coded_article_round_trip_keeps_dates_and_nested_records():
    tok = Token(i=0, text="Kenya", start_char=0, end_char=5, lemma="Kenya", pos="PROPN", dep="nsubj", head=1)
    doc = CodedArticle(
        article=Article(id="a1", date=dt.date(2020, 5, 8), text="Kenya agreed."),
        sentences=(Sentence(index=0, start_char=0, end_char=13, text="Kenya agreed.", tokens=(tok,)),),
        times=(TimeExpression(start_char=0, end_char=4, text="2019", value="2019", precision="year"),),
    )
    data = doc.to_dict()
    assert data["article"]["date"] == "2020-05-08"
    assert CodedArticle.from_dict(data) == doc
    assert doc.sentence_of(3).index == 0 and doc.sentence_of(50) is None


def test_records_are_frozen():
    import dataclasses

    import pytest

    with pytest.raises(dataclasses.FrozenInstanceError):
        Actor(name="x").name = "y"  # type: ignore[misc]
