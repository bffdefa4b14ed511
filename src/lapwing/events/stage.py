"""The events stage (``events.rules.v1``): PLOVER events from lexicons and dependency parses."""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from ..config import Config
from ..errors import ConfigError
from ..model import CodedArticle, Event, Mention, Provenance, Sentence, Token
from ..ontology import load_ontology
from .lexicon import BUNDLED_LEXICONS, DATA_DIR, bundled_cues, load_lexicon
from .role_cues import load_role_cues
from .drafts import Draft, Resources
from .roles import PLACE_PATH
from .rules import code_sentence
from .syntax import ANAPHORIC_PRONOUNS, SentenceGraph

OPEN_QUOTES = ("“", '"', "‘")
CLOSE_QUOTES = ("”", '"', "’")
QUOTE_LOOKAHEAD = 4


class EventStage:
    """Finds who did what to whom in each sentence and codes it as PLOVER events."""

    name = "events.rules.v1"
    requires = ("sentences", "syntax", "mentions")
    assigns = ("events",)

    def __init__(self, settings: dict[str, Any] | None = None, config: Config | None = None) -> None:
        settings = settings or {}
        extra = settings.get("lexicon_extra", [])
        if isinstance(extra, str):
            extra = [extra]
        if not isinstance(extra, list):
            raise ConfigError("[events] lexicon_extra must be a list of YAML file paths", code="E210")
        try:
            self.min_confidence = float(settings.get("min_confidence", 0.0))
        except (TypeError, ValueError):
            raise ConfigError("[events] min_confidence must be a number from 0 to 1", code="E210") from None
        self.ontology = load_ontology()
        paths = [DATA_DIR / name for name in BUNDLED_LEXICONS] + [Path(p) for p in extra]
        self.lexicon = load_lexicon(paths, ontology=self.ontology)
        self.cues = bundled_cues()
        self.resources = Resources(self.lexicon, self.cues, self.ontology)

    def __call__(self, doc: CodedArticle) -> CodedArticle:
        events: list[Event] = []
        # A sentence with no word the lexicon knows has no candidate trigger, so no event
        # (``find_candidates`` looks each token up the same way): its graph is not built.
        graphs = {sent.index: SentenceGraph(sent, doc.mentions) for sent in doc.sentences
                  if self._knows_a_word(sent)}
        speakers = quote_speakers(doc, self.resources, graphs=graphs)
        lemmas: dict[str, tuple[str, str]] = {}  # event id -> its trigger's lemma and count (told_as)
        for sent in doc.sentences:
            graph = graphs.get(sent.index)
            if graph is None:
                continue
            drafts, _, _ = code_sentence(graph, self.resources, quote_speaker=speakers.get(sent.index))
            events.extend(self._events(doc, sent, graph, drafts, lemmas))
        return doc.replace(events=tuple(merge_retold(events, lemmas)))

    def _knows_a_word(self, sent: Sentence) -> bool:
        """Whether a token of the sentence is a verb or noun the lexicon lists (by its lemma or
        as an inflection of one): the test ``find_candidates`` applies to every token."""
        lemma_for = self.lexicon.lemma_for
        return any(lemma_for("verb", tok.lemma, tok.text) is not None
                   or lemma_for("noun", tok.lemma, tok.text) is not None for tok in sent.tokens)

    def info(self) -> dict[str, Any]:
        return {"resources": {"lexicon": self.lexicon.info(), "cues": self.cues.source,
                              "role_cues": load_role_cues().source, "ontology": self.ontology.info()},
                "min_confidence": self.min_confidence}

    def _events(self, doc: CodedArticle, sent: Sentence, graph: SentenceGraph, drafts: list[Draft],
                lemmas: dict[str, tuple[str, str]]) -> list[Event]:
        merged: dict[tuple[str, ...], Event] = {}
        for draft in drafts:
            if draft.confidence < self.min_confidence:
                continue
            event = self._event(doc, sent, graph, draft)
            lemmas[event.id] = told_as(graph, draft.trigger)
            # (a report and a plain statement of one happening are one: "Monday's first suicide car
            # bomb attack occurred near ... Mosul ..., an official said, adding that at least 10
            # people were killed ... in the attack", round 44)
            key = (event.event_type, _happening(event.modality), _dyad_key(event.actors[0]),
                   _dyad_key(event.recipients[0]) if event.recipients else "-")
            if key in merged:  # duplicates within a sentence: keep the surest, pool the evidence
                old = merged[key]
                keep, other = (old, event) if old.confidence >= event.confidence else (event, old)
                evidence = tuple(dict.fromkeys(keep.evidence + other.evidence))
                merged[key] = keep.replace(evidence=evidence, provenance=keep.provenance + other.provenance)
            else:
                merged[key] = event
        return merge_recipientless_twins(list(merged.values()))

    def _event(self, doc: CodedArticle, sent: Sentence, graph: SentenceGraph, draft: Draft) -> Event:
        ontology = self.ontology
        cameo = draft.cameo or ontology.cameo_for_plover(draft.event_type)
        found = ontology.cameo_code(cameo)
        context = draft.entry.context or (found.context if found else ())
        actor, recipient = draft.actor.mention, draft.recipient.mention if draft.recipient else None
        trigger = draft.trigger
        ident = "|".join([doc.article.id, str(sent.index), f"{trigger.start_char}-{trigger.end_char}",
                          draft.event_type, draft.modality, _actor_key(actor),
                          _actor_key(recipient) if recipient else "-"])
        speaker = draft.speaker_mention if draft.modality != "asserted" else None
        return Event(
            id=hashlib.sha1(ident.encode("utf-8")).hexdigest()[:16],
            article_id=doc.article.id, event_type=draft.event_type, mode=draft.mode, context=tuple(context),
            cameo=cameo, quad_code=ontology.quad_code(draft.event_type),
            intensity=ontology.intensity(cameo, draft.event_type),
            actors=(actor,), recipients=(recipient,) if recipient else (),
            modality=draft.modality, speaker=speaker, sentence=sent.index, text=sent.text,
            start_char=sent.start_char, end_char=sent.end_char,
            trigger_start=trigger.start_char, trigger_end=trigger.end_char,
            evidence=draft.evidence, confidence=draft.confidence,
            provenance=(Provenance(stage="events", rule=draft.rule, reason="; ".join(draft.reasons),
                                   evidence=draft.evidence),),
        )


#: Modalities that tell a happening as a fact: a report of it ("the ministry said police arrested
#: five men") and the fact told plainly retell one happening.
_SAME_HAPPENING_MODALITIES = frozenset({"asserted", "reported"})


def merge_recipientless_twins(events: list[Event]) -> list[Event]:
    """One event per happening within a sentence: an event with no recipient and another of the
    same type, modality and actor with one, from two triggers of one sentence, tell one happening
    ("A U.S. strike hit two al-Qaida vehicles", "marched ... and were continuing their march in
    Copenhagen"). The event naming the recipient is kept, with the other's evidence and
    provenance (rule ``recipientless-twin-merge``); of two such events that both name no
    recipient ("six people were killed when a militiaman threw a grenade": the killing and the
    throw), the first is kept. An event whose only target is a place is folded the same way into
    one that names an actor as its target ("A US soldier was killed ... when their vehicle was hit
    by a roadside bomb ... in Iraq's northern Nineveh province": the hit, aimed at the province
    for want of a target, and the killing of the soldier are one attack, round 39), and so is one
    whose targets no dictionary resolved ("protesting against Israel's confiscation of their lands
    and the spread of Jewish settlements", round 44). Two events that name different resolved
    actors as their recipients are left alone."""
    def key(event: Event) -> tuple[str, str, str]:
        return event.event_type, event.modality, _same_actor_key(event.actors[0])

    def stand_in_target(event: Event) -> bool:  # the place's, for want of one named, or names no
        # dictionary resolved
        return bool(event.recipients) and (bool(event.provenance) and f"recipient via {PLACE_PATH}" in (
            event.provenance[0].reason or "") or all(r.actor is None or not (r.actor.code or r.actor.country)
                                                     for r in event.recipients))

    latest = {e.id: e for e in events}
    keeper: dict[tuple[str, str, str], str] = {}   # the event each recipientless one folds into
    for event in events:  # a resolved actor as the target first, then a stand-in
        if event.recipients and not stand_in_target(event):
            keeper.setdefault(key(event), event.id)
    for event in events:
        if stand_in_target(event) and keeper.get(key(event)) is None:
            keeper[key(event)] = event.id
    folded: set[str] = set()
    for event in events:
        if event.recipients and not stand_in_target(event):
            continue
        kept = keeper.setdefault(key(event), event.id)
        if kept == event.id:
            continue
        what = "no recipient" if not event.recipients else \
            f"only a place or an unresolved name ('{event.recipients[0].text}') as its target"
        note = Provenance(stage="events", rule="recipientless-twin-merge",
                          reason=f"a {event.event_type} by the same actor with {what}, told by "
                                 f"'{' '.join(event.evidence)}' in the same sentence: one happening",
                          evidence=event.evidence)
        keep = latest[kept]
        latest[kept] = keep.replace(evidence=tuple(dict.fromkeys(keep.evidence + event.evidence)),
                                    provenance=keep.provenance + event.provenance + (note,))
        folded.add(event.id)
    return [latest[e.id] for e in events if e.id not in folded]


def told_as(graph: SentenceGraph, trigger: Token) -> tuple[str, str]:
    """How a sentence tells a happening, for ``merge_retold``: the trigger's lemma and the count
    it gives ("five airstrikes", "killed 20 militants": the number on the trigger noun or on the
    verb's object), or "" when it gives none."""
    numbers = graph.children(trigger, "nummod") or [n for obj in graph.children(trigger, "obj")
                                                    for n in graph.children(obj, "nummod")]
    return trigger.lemma.lower(), numbers[0].text.lower() if numbers else ""


def merge_retold(events: list[Event], lemmas: dict[str, tuple[str, str]]) -> list[Event]:
    """One event per happening within an article: a later sentence that retells an event (the
    headline's arrest told again in the lead, "Police arrested and questioned the student", or
    retold in a quotation: "Police arrested five men ... 'We arrested five men,' the chief said")
    gives the same type, actor and trigger lemma, the same modality (asserted and reported count
    as one: a report of a fact tells the fact), with the same recipient or none on one side. The
    event that names a recipient is kept (else the first told), with the other's evidence and
    provenance. Conservative: a different recipient, trigger word, count ("five airstrikes" then
    "four airstrikes") or actor, an actor that is a pronoun, or two events in one sentence
    (``merge_recipientless_twins``) are left alone."""
    kept: list[Event] = []
    for event in events:
        twin = next((old for old in kept if old.sentence != event.sentence and _retells(old, event, lemmas)), None)
        if twin is None:
            kept.append(event)
            continue
        keep, other = (event, twin) if event.recipients and not twin.recipients else (twin, event)
        note = Provenance(stage="events", rule="retold-event-merge",
                          reason=f"the same {keep.event_type} by the same actor told in sentences "
                                 f"{min(keep.sentence, other.sentence)} and {max(keep.sentence, other.sentence)}: "
                                 "one happening", evidence=other.evidence)
        kept[kept.index(twin)] = keep.replace(evidence=tuple(dict.fromkeys(keep.evidence + other.evidence)),
                                              provenance=keep.provenance + other.provenance + (note,))
    return kept


def _retells(old: Event, new: Event, lemmas: dict[str, tuple[str, str]]) -> bool:
    if (old.event_type, _happening(old.modality), old.cameo) != (new.event_type, _happening(new.modality), new.cameo) \
            or not old.actors or not new.actors:
        return False
    (old_lemma, old_count), (new_lemma, new_count) = lemmas.get(old.id, ("", "")), lemmas.get(new.id, ("", ""))
    if old_lemma != new_lemma or old_count and new_count and old_count != new_count:
        return False
    actor = _actor_key(old.actors[0]).lower()
    if actor != _actor_key(new.actors[0]).lower() or old.actors[0].text.lower() in ANAPHORIC_PRONOUNS:
        return False
    targets = {_actor_key(r).lower() for r in old.recipients[:1] + new.recipients[:1]}
    return len(targets) <= 1


def _happening(modality: str) -> str:
    """The modality class two tellings of one happening share: a report and a plain statement
    of a fact are one (``_SAME_HAPPENING_MODALITIES``); negated and hypothetical stay apart."""
    return "fact" if modality in _SAME_HAPPENING_MODALITIES else modality


def _dyad_key(mention: Mention) -> str:
    """The side of a dyad, for merging one sentence's duplicates: its code; for names no dictionary
    gave a code, their country and sector (either may be missing: one key for all with neither;
    a religious body and a legislature with no country stay two sides) ("police in Cali
    captured two men and a woman" is one arrest of Colombian civilians, not two: one event per
    predicate and dyad)."""
    actor = mention.actor
    if actor is None:
        return "?"
    if not (actor.code or actor.cameo_code):  # "two men" and "a woman" of Colombia, civilians both
        return f"{actor.country or ''}{actor.sector or ''}?"
    return _actor_key(mention)


def _actor_key(mention: Mention) -> str:
    actor = mention.actor
    if actor is None:
        return mention.text.lower()
    return actor.code or actor.cameo_code or actor.name


def _same_actor_key(mention: Mention) -> str:
    """:func:`_actor_key`, marked for an unidentified armed actor: "Iraqi forces" and the unnamed
    attacker placed in Diwaniyah share a country (IRQ), not an identity, and their acts are not
    one happening (a named actor's mentions still are one: "Israel ... its forces"). Tried and not
    kept: one key for all unidentified attackers, which folded two attacks of one sentence in two
    places ("In Samarra, a merchant ... was killed by gunmen, and in the Abu Ghraib area ... four
    people were hurt when a roadside bomb exploded")."""
    unnamed = mention.actor is not None and mention.actor.sector == "UAF"
    return f"{_actor_key(mention)}/unnamed" if unnamed else _actor_key(mention)


def quote_speakers(doc: CodedArticle, res: Resources, *,
                   graphs: dict[int, SentenceGraph] | None = None) -> dict[int, Mention]:
    """Sentences inside a quotation, mapped to the quoted speaker: a sentence that opens with a
    quote mark is spoken by the subject of the first reporting verb that follows a closing
    quote mark in it or in the next few sentences (“...,” Wooster said). ``graphs`` (sentence
    index -> its graph) reuses graphs the caller has built."""
    found: dict[int, Mention] = {}
    graphs = graphs if graphs is not None else {}
    sentences = doc.sentences
    for pos, sent in enumerate(sentences):
        if not sent.text.lstrip().startswith(OPEN_QUOTES):
            continue
        closed = False
        for later in sentences[pos:pos + QUOTE_LOOKAHEAD]:
            graph = graphs.get(later.index)
            if graph is None:
                graph = SentenceGraph(later, doc.mentions)
            speaker, closed_here = _speaker_after_close_quote(later, graph, res, closed=closed)
            if closed and not closed_here and speaker is None:
                break  # the quotation closed in the sentence before and no speaker follows
            closed = closed or closed_here
            if speaker is not None:
                for covered in sentences[pos:sentences.index(later) + 1]:
                    found.setdefault(covered.index, speaker)
                break
    return found


def _speaker_after_close_quote(sent: Sentence, graph: SentenceGraph, res: Resources, *,
                               closed: bool) -> tuple[Mention | None, bool]:
    """(speaker, whether a closing quote mark occurs in this sentence)."""
    closed_here = False
    for pos, tok in enumerate(sent.tokens):
        if tok.text in CLOSE_QUOTES or tok.text == "''":
            if tok.text != '"' or pos > 0:
                closed_here = True
            continue
        if (closed or closed_here) and tok.lemma.lower() in res.cues.reporting_verbs and tok.pos in ("VERB", "AUX"):
            subjects, _ = graph.subject_tokens(tok)
            if not subjects:  # "Henry Wooster, deputy ..., said": a name on the verb's left
                subjects = [t for t in sent.tokens[:pos] if graph.mention_of(t) is not None][:1]
            for subj in subjects:
                mention = graph.mention_of(subj)
                if mention is not None:
                    return mention, closed_here
            return None, closed_here
    return None, closed_here
