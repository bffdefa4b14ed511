"""The data model: frozen, picklable records that flow through the pipeline. No I/O here.

Offsets (``start_char``/``end_char``) are character offsets into the article text. Every coding
decision carries a :class:`Provenance` saying which stage and which rule or lexicon entry made it
and why, so a user can ask "why was this coded SUPPORT?" and get an answer.

Every record has ``to_dict()`` (JSON-safe: dates become ISO strings, tuples lists) and
``from_dict()`` that inverts it exactly.
"""
from __future__ import annotations

import dataclasses
import datetime as _dt
import types
import typing
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, ClassVar, TypeVar

R = TypeVar("R", bound="Record")

#: The 16 PLOVER event types, in the codebook's order (cooperation first, then conflict).
PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
#: How sure the text is that the event happened.
MODALITIES: tuple[str, ...] = ("asserted", "reported", "negated", "hypothetical")
#: Precision of a resolved date.
PRECISIONS: tuple[str, ...] = ("year", "month", "day")
#: Kinds of mention.
MENTION_KINDS: tuple[str, ...] = ("person", "organization", "location", "nationality", "group")


class Record:
    """Mixin giving frozen dataclasses a lossless ``to_dict``/``from_dict`` round trip."""

    __slots__ = ()
    __dataclass_fields__: ClassVar[dict[str, Any]]

    def to_dict(self) -> dict[str, Any]:
        return {f.name: _dump(getattr(self, f.name)) for f in dataclasses.fields(self)}  # type: ignore[arg-type]

    @classmethod
    def from_dict(cls: type[R], data: dict[str, Any]) -> R:
        hints = _hints(cls)
        kwargs = {}
        for f in dataclasses.fields(cls):  # type: ignore[arg-type]
            if f.name in data:
                kwargs[f.name] = _load(hints[f.name], data[f.name])
        return cls(**kwargs)

    def replace(self: R, **changes: Any) -> R:
        """A copy with some fields changed (records are frozen)."""
        return dataclasses.replace(self, **changes)  # type: ignore[type-var]


@lru_cache(maxsize=None)
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _dump(value: Any) -> Any:
    if isinstance(value, Record):
        return value.to_dict()
    if isinstance(value, (tuple, list)):
        return [_dump(v) for v in value]
    if isinstance(value, dict):
        return {k: _dump(v) for k, v in value.items()}
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    return value


def _load(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(hint) if a is not type(None)]
        if len(options) == 1:
            return _load(options[0], value)
        return value
    if origin is tuple:
        args = typing.get_args(hint)
        inner = args[0] if args else Any
        return tuple(_load(inner, v) for v in value)
    if origin is dict:
        return dict(value)
    if isinstance(hint, type):
        if issubclass(hint, Record):
            return hint.from_dict(value)
        if hint is _dt.date and isinstance(value, str):
            return _dt.date.fromisoformat(value)
        if hint is float and isinstance(value, int):
            return float(value)
    return value


@dataclass(frozen=True, slots=True)
class Provenance(Record):
    """Why a decision was made: the stage, the rule or lexicon entry, and the reason in words."""

    stage: str
    rule: str
    reason: str = ""
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Article(Record):
    """A dated document. ``origin`` says where it was read from (``file:line``)."""

    id: str
    date: _dt.date
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    origin: str | None = None


@dataclass(frozen=True, slots=True)
class Token(Record):
    """One token with its syntax. ``i`` and ``head`` are token indices in the article."""

    i: int
    text: str
    start_char: int
    end_char: int
    lemma: str = ""
    pos: str = ""
    tag: str = ""
    dep: str = ""
    head: int = -1
    ent_type: str = ""


@dataclass(frozen=True, slots=True)
class Sentence(Record):
    """A sentence of the article, with its tokens (article-level indices and offsets)."""

    index: int
    start_char: int
    end_char: int
    text: str
    tokens: tuple[Token, ...] = ()


@dataclass(frozen=True, slots=True)
class Actor(Record):
    """A resolved actor: who it is, its country (ISO 3166-1 alpha-3) or IGO/NGO code, its sector."""

    name: str
    code: str | None = None          # country ISO3, or IGO/NGO/MNC/... for non-state actors
    country: str | None = None       # ISO3 country when the actor belongs to one
    sector: str | None = None        # PLOVER sector: GOV, MIL, REB, OPP, PTY, ...
    cameo_code: str | None = None    # e.g. "USAGOV"
    wikidata_id: str | None = None   # only when a source states it
    kind: str | None = None          # country, organization, person, group
    entry_id: str | None = None      # the knowledge-base entry it came from


@dataclass(frozen=True, slots=True)
class Place(Record):
    """A gazetteer entry."""

    name: str
    country_code: str | None = None  # ISO3
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    feature: str | None = None       # country, admin1, city
    admin1: str | None = None
    population: int | None = None


@dataclass(frozen=True, slots=True)
class Mention(Record):
    """A stretch of text naming an actor or a place, and how it was resolved."""

    start_char: int
    end_char: int
    text: str
    kind: str
    actor: Actor | None = None
    place: Place | None = None
    sentence: int | None = None
    resolution: Provenance | None = None


@dataclass(frozen=True, slots=True)
class TimeExpression(Record):
    """A time expression resolved against the article date.

    ``value`` is ISO and only as precise as known ("2019", "2020-03", "2020-05-08"); spans carry
    ``start``/``end`` (either may be None for an open interval).
    """

    start_char: int
    end_char: int
    text: str
    value: str | None = None
    precision: str | None = None
    start: str | None = None
    end: str | None = None
    sentence: int | None = None
    resolution: Provenance | None = None


@dataclass(frozen=True, slots=True)
class Event(Record):
    """Who did what to whom, when and where, with the evidence and the reasons."""

    id: str
    article_id: str
    event_type: str
    mode: str | None = None
    context: tuple[str, ...] = ()
    cameo: str | None = None
    quad_code: int | None = None
    intensity: float | None = None
    actors: tuple[Mention, ...] = ()
    recipients: tuple[Mention, ...] = ()
    modality: str = "asserted"
    speaker: Mention | None = None
    date: str | None = None
    date_precision: str | None = None
    date_text: str | None = None
    place_text: str | None = None
    place: Place | None = None
    sentence: int | None = None
    text: str = ""
    start_char: int = 0
    end_char: int = 0
    trigger_start: int | None = None
    trigger_end: int | None = None
    evidence: tuple[str, ...] = ()
    confidence: float = 0.5
    provenance: tuple[Provenance, ...] = field(default_factory=tuple)


@dataclass(frozen=True, slots=True)
class CodedArticle(Record):
    """The record that flows from stage to stage: the article and all that was found in it."""

    article: Article
    sentences: tuple[Sentence, ...] = ()
    mentions: tuple[Mention, ...] = ()
    times: tuple[TimeExpression, ...] = ()
    events: tuple[Event, ...] = ()
    stages: tuple[str, ...] = ()  # names of the stages that have run, in order

    def sentence_of(self, char: int) -> Sentence | None:
        """The sentence containing character offset ``char``."""
        for sent in self.sentences:
            if sent.start_char <= char < sent.end_char:
                return sent
        return None

    def tokens(self) -> tuple[Token, ...]:
        return tuple(tok for sent in self.sentences for tok in sent.tokens)


@dataclass(frozen=True, slots=True)
class Rejection(Record):
    """A document that could not be read or coded, and why. Never dropped silently: runs count
    these by ``reason`` and ``--rejects FILE`` keeps them."""

    reason: str                  # short key: bad_json, bad_date, missing_date, empty_text, ...
    message: str                 # one clear line naming file, line and field
    path: str = ""
    line: int | None = None
    field: str | None = None
    record: str | None = None    # the raw record (truncated), when there is one
