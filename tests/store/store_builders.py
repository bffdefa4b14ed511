"""Hand-built coded articles for the store tests (no pipeline, no models)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from lapwing.model import Actor, Article, CodedArticle, Event, Mention, Place, Provenance, Sentence

RUSSIA = Actor(name="Russia", code="RUS", country="RUS", kind="country")
UKRAINE = Actor(name="Ukraine", code="UKR", country="UKR", kind="country")
USA_GOV = Actor(name="United States government", code="USA", country="USA", sector="GOV", cameo_code="USAGOV")
UN = Actor(name="United Nations", code="IGO", sector="IGO", kind="organization")
KYIV = Place(name="Kyiv", country_code="UKR", geonameid=703448, lat=50.45, lon=30.52, feature="city",
             admin1="Kyiv City")
MOSCOW = Place(name="Moscow", country_code="RUS", geonameid=524901, lat=55.75, lon=37.62, feature="city",
               admin1="Moscow")

TYPES_QUAD = {"ASSAULT": 4, "SUPPORT": 1, "AID": 2, "ACCUSE": 3, "CONSULT": 1, "PROTEST": 4, "AGREE": 1}
TYPES_CAMEO = {"ASSAULT": "190", "SUPPORT": "051", "AID": "070", "ACCUSE": "112", "CONSULT": "040",
               "PROTEST": "140", "AGREE": "057"}


def mention(actor: Actor, start: int = 0) -> Mention:
    return Mention(start_char=start, end_char=start + len(actor.name), text=actor.name, kind="organization",
                   actor=actor, sentence=0)


def event(article_id: str, n: int, event_type: str, actor: Actor | None, recipient: Actor | None, *,
          date: str | None = None, precision: str | None = None, place: Place | None = None,
          modality: str = "asserted", text: str = "") -> Event:
    return Event(
        id=f"{article_id}-e{n}", article_id=article_id, event_type=event_type,
        cameo=TYPES_CAMEO.get(event_type), quad_code=TYPES_QUAD.get(event_type), intensity=-5.0 if
        TYPES_QUAD.get(event_type, 1) > 2 else 3.0,
        actors=(mention(actor),) if actor else (), recipients=(mention(recipient, 20),) if recipient else (),
        modality=modality, date=date, date_precision=precision, place=place,
        place_text=place.name if place else None, sentence=0, text=text or f"{event_type} sentence",
        start_char=0, end_char=40, evidence=("trigger",),
        provenance=(Provenance(stage="events", rule=f"test.{event_type.lower()}", reason="built by hand"),))


def article(article_id: str, date: str, events: list[Event] | None = None, *, source: str | None = None,
            text: str | None = None, url: str | None = None) -> CodedArticle:
    body = text if text is not None else f"Article {article_id} text."
    art = Article(id=article_id, date=dt.date.fromisoformat(date), text=body, source=source,
                  url=url or f"https://news.example/{article_id}", title=f"Title {article_id}")
    mentions = tuple(m for e in events or () for m in (*e.actors, *e.recipients))
    sentences = (Sentence(index=0, start_char=0, end_char=len(body), text=body),)
    return CodedArticle(article=art, sentences=sentences, mentions=mentions, events=tuple(events or ()),
                        stages=("segment", "actors", "events"))


def write_tiny_icews(folder: Path) -> Path:
    folder.mkdir()
    (folder / "entity2id.txt").write_text(
        "China\t0\nPolice_(Nigeria)\t1\nBarack_Obama\t2\nCitizen_(Nigeria)\t3\n", encoding="utf-8")
    (folder / "relation2id.txt").write_text(
        "Make_statement\t0\nUse_conventional_military_force\t1\nProvide_humanitarian_aid\t2\n",
        encoding="utf-8")
    (folder / "train.txt").write_text("2\t0\t0\t0\t-1\n1\t1\t3\t24\t-1\n2\t2\t3\t48\t-1\n", encoding="utf-8")
    return folder / "train.txt"
