"""The records the events stage codes with: an event in the making (:class:`Draft`), the
decision taken on each candidate trigger (:class:`Decision`, for ``explain``), and the resources
the rules read (:class:`Resources`)."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Mention, Token
from ..ontology import Ontology
from .lexicon import Cues, Lexicon, LexiconEntry
from .syntax import Role
from .triggers import Candidate


@dataclass(slots=True)
class Draft:
    """An event before it gets its id: what the stage turns into a model.Event."""

    entry: LexiconEntry
    event_type: str
    mode: str | None
    cameo: str | None
    trigger: Token
    actor: Role
    recipient: Role | None
    modality: str
    speaker: Token | None
    confidence: float
    rule: str
    reasons: list[str] = field(default_factory=list)
    evidence: tuple[str, ...] = ()
    speaker_mention: Mention | None = None


@dataclass(slots=True)
class Decision:
    """Why a candidate trigger was or was not coded (for ``explain``)."""

    candidate: Candidate
    coded: bool
    reason: str


@dataclass(slots=True)
class Resources:
    lexicon: Lexicon
    cues: Cues
    ontology: Ontology
