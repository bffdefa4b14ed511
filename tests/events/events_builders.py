"""Hand-built sentences for the events tests: tokens with a dependency parse set by hand."""
from __future__ import annotations

import datetime as dt
from functools import lru_cache

import pytest

from lapwing.config import load_config
from lapwing.events.stage import EventStage
from lapwing.model import Actor, Article, CodedArticle, Mention, Provenance, Sentence, Token
from lapwing.pipeline import Pipeline

# (text, lemma, pos, tag, dep, head position in the sentence; -1 = root)
Spec = tuple[str, str, str, str, str, int]


def build_doc(specs: list[list[Spec]], actors: dict[str, tuple[str, str | None]], *,
              article_id: str = "t1") -> CodedArticle:
    """An article whose sentences are ``specs``; every token whose text is a key of ``actors``
    (name -> (code, country)) becomes a mention of that actor."""
    text_parts, sentences, mentions = [], [], []
    offset = index = 0
    for sent_index, spec in enumerate(specs):
        start = offset
        tokens = []
        for pos_in_sent, (text, lemma, pos, tag, dep, head) in enumerate(spec):
            i = index + pos_in_sent
            tok = Token(i=i, text=text, start_char=offset, end_char=offset + len(text), lemma=lemma, pos=pos,
                        tag=tag, dep="ROOT" if head < 0 else dep, head=i if head < 0 else index + head)
            tokens.append(tok)
            if text in actors:
                code, country = actors[text]
                mentions.append(Mention(start_char=offset, end_char=offset + len(text), text=text,
                                        kind="organization", sentence=sent_index,
                                        actor=Actor(name=text, code=code, country=country)))
            text_parts.append(text + " ")
            offset += len(text) + 1
        index += len(spec)
        sent_text = " ".join(t.text for t in tokens)
        sentences.append(Sentence(index=sent_index, start_char=start, end_char=start + len(sent_text),
                                  text=sent_text, tokens=tuple(tokens)))
    article = Article(id=article_id, date=dt.date(2020, 5, 8), text="".join(text_parts))
    return CodedArticle(article=article, sentences=tuple(sentences), mentions=tuple(mentions))


def dyads(doc: CodedArticle, *, modality: str | None = None) -> set[tuple[str, str, str, str]]:
    """(type, modality, actor code, recipient code or '-') of every event."""
    return {(e.event_type, e.modality, e.actors[0].actor.code,
             e.recipients[0].actor.code if e.recipients else "-")
            for e in doc.events if modality is None or e.modality == modality}


def as_cities(doc: CodedArticle, names: set[str] | frozenset[str], *, rule: str = "capital") -> CodedArticle:
    """``doc`` with the mentions of ``names`` made places below a country, as the actors stage
    resolves a capital ("Baghdad": a location, rule ``capital``); with ``rule="dictionary name"``,
    countries named as places ("near a U.S. patrol": a location, not below a country)."""
    return doc.replace(mentions=tuple(
        m.replace(kind="location", resolution=Provenance(stage="actors", rule=rule, reason=""))
        if m.text in names else m for m in doc.mentions))


def as_countries(doc: CodedArticle, names: set[str] | frozenset[str]) -> CodedArticle:
    """``doc`` with the mentions of ``names`` made countries named as places (:func:`as_cities`)."""
    return as_cities(doc, names, rule="dictionary name")


def spec_tokens(spec: list[Spec]) -> tuple[Token, ...]:
    """The tokens of one hand-built sentence, for the parse repairs (no text offsets)."""
    return tuple(Token(i=i, text=text, start_char=0, end_char=0, lemma=lemma, pos=pos, tag=tag,
                       dep="ROOT" if head < 0 else dep, head=i if head < 0 else head)
                 for i, (text, lemma, pos, tag, dep, head) in enumerate(spec))


def placed_actors(doc: CodedArticle) -> list[Mention]:
    """The actors of the article's events other than an unidentified attacker of no country (the
    attacker of an attack that names none and no place, round 31): what a place, a phrase or a
    clause lent."""
    return [a for e in doc.events for a in e.actors
            if not (a.resolution is not None and a.resolution.rule == "unnamed-attacker")]


def sentence_placed(event) -> bool:
    """Whether the event's place came from the sentence's one country (round 38), not from a
    phrase or clause of its verb."""
    return any("the sentence's one country" in reason for reason in event.evidence) or any(
        "the sentence's one country" in (p.reason or "") for p in event.provenance)


@pytest.fixture(scope="module")
def event_stage() -> EventStage:
    """The events stage with the bundled lexicon (import it as a fixture: ``event_stage as stage``)."""
    return EventStage({}, {})


@lru_cache(maxsize=1)
def bundled_pipeline() -> Pipeline:
    """The default pipeline (the bundled parser, dictionaries and lexicon), built once."""
    return Pipeline.from_config(load_config())


def code_text(text: str, date: dt.date) -> CodedArticle:
    """``text``, dated ``date``, coded by the default pipeline: for what a hand-built parse cannot
    show (the parser's own reading, the actors stage's)."""
    return bundled_pipeline().run(Article(id="t", date=date, text=text))


def happened(text: str, date: dt.date) -> set[tuple[str, str | None, str | None]]:
    """(type, actor's country, recipient's country) of the events that happened in ``text``
    (asserted or reported), coded by the default pipeline; None where no country is known."""
    def country(roles):
        return roles[0].actor.country if roles and roles[0].actor else None
    return {(e.event_type, country(e.actors), country(e.recipients))
            for e in code_text(text, date).events if e.modality in ("asserted", "reported")}
