"""Hand-built coded articles for the server tests (no pipeline, no models): real offsets into
their texts, so the article view can highlight them."""
from __future__ import annotations

import datetime as dt

from lapwing.model import Actor, Article, CodedArticle, Event, Mention, Place, Provenance, Sentence

RUSSIA = Actor(name="Russia", code="RUS", country="RUS", kind="country", entry_id="country/RUS")
UKRAINE = Actor(name="Ukraine", code="UKR", country="UKR", kind="country", entry_id="country/UKR")
POLAND = Actor(name="Poland", code="POL", country="POL", kind="country", entry_id="country/POL")
KYIV = Place(name="Kyiv", country_code="UKR", geonameid=703448, lat=50.45, lon=30.52, feature="city")
WARSAW = Place(name="Warsaw", country_code="POL", geonameid=756135, lat=52.23, lon=21.01, feature="city")

QUAD = {"ASSAULT": 4, "SUPPORT": 1, "AID": 2, "ACCUSE": 3}
CAMEO = {"ASSAULT": "190", "SUPPORT": "051", "AID": "070", "ACCUSE": "112"}


def _mention(text: str, word: str, kind: str, *, actor: Actor | None = None, place: Place | None = None) -> Mention:
    start = text.index(word)
    return Mention(start_char=start, end_char=start + len(word), text=word, kind=kind, actor=actor, place=place,
                   sentence=0, resolution=Provenance(stage="actors", rule="test.dictionary", reason=f"{word} by hand"))


def coded(article_id: str, date: str, text: str, *, actor: Actor, recipient: Actor, event_type: str,
          trigger: str, date_text: str | None = None, place: Place | None = None,
          modality: str = "asserted") -> CodedArticle:
    """One article of one sentence with one event ``actor -> recipient``."""
    article = Article(id=article_id, date=dt.date.fromisoformat(date), text=text, title=f"Title {article_id}",
                      source="test-wire", url=f"https://news.example/{article_id}")
    who = _mention(text, actor.name, "organization", actor=actor)
    whom = _mention(text, recipient.name, "organization", actor=recipient)
    mentions = [who, whom]
    if place is not None:
        mentions.append(_mention(text, place.name, "location", place=place))
    event = Event(
        id=f"{article_id}-e0", article_id=article_id, event_type=event_type, cameo=CAMEO[event_type],
        quad_code=QUAD[event_type], intensity=-6.0 if QUAD[event_type] > 2 else 4.0, actors=(who,),
        recipients=(whom,), modality=modality, date=date, date_precision="day", date_text=date_text,
        place=place, place_text=place.name if place else None, sentence=0, text=text, start_char=0,
        end_char=len(text), evidence=(trigger,), confidence=0.8,
        provenance=(Provenance(stage="events", rule=f"test.{event_type.lower()}", reason="built by hand",
                               evidence=(trigger,)),
                    Provenance(stage="dates", rule="test.date", reason="the article date")))
    sentence = Sentence(index=0, start_char=0, end_char=len(text), text=text)
    return CodedArticle(article=article, sentences=(sentence,), mentions=tuple(mentions), events=(event,),
                        stages=("segment", "actors", "events"))


def sample_articles() -> list[CodedArticle]:
    return [
        coded("a1", "2022-02-24", "Russia attacked Ukraine near Kyiv on Thursday.", actor=RUSSIA,
              recipient=UKRAINE, event_type="ASSAULT", trigger="attacked", date_text="Thursday", place=KYIV),
        coded("a2", "2022-03-01", "Poland sent aid to Ukraine from Warsaw.", actor=POLAND, recipient=UKRAINE,
              event_type="AID", trigger="sent", place=WARSAW),
        coded("a3", "2022-03-05", "Poland backed Ukraine at the summit.", actor=POLAND, recipient=UKRAINE,
              event_type="SUPPORT", trigger="backed"),
        coded("a4", "2022-03-09", "Ukraine accused Russia of shelling.", actor=UKRAINE, recipient=RUSSIA,
              event_type="ACCUSE", trigger="accused"),
        coded("a5", "2022-04-02", "Russia did not attack Poland.", actor=RUSSIA, recipient=POLAND,
              event_type="ASSAULT", trigger="attack", modality="negated"),
    ]
