"""``explain_sentence``: the parse, the mentions and why each candidate trigger was (not) coded."""
from __future__ import annotations

from ..model import CodedArticle
from .rules import code_sentence
from .stage import EventStage, quote_speakers
from .syntax import SentenceGraph


def explain_sentence(doc: CodedArticle, sentence_index: int, *, stage: EventStage | None = None) -> str:
    """A plain-text report for one sentence of a segmented (and actor-coded) article."""
    sentences = {s.index: s for s in doc.sentences}
    if sentence_index not in sentences:
        from ..errors import InputError
        raise InputError(f"no sentence {sentence_index}; the article has sentences 0-{len(doc.sentences) - 1}",
                         field="sentence", reason="bad_sentence", code="E120")
    stage = stage or EventStage({}, {})
    sent = sentences[sentence_index]
    graph = SentenceGraph(sent, doc.mentions)
    speakers = quote_speakers(doc, stage.resources)
    drafts, decisions, _ = code_sentence(graph, stage.resources, quote_speaker=speakers.get(sentence_index))
    lines = [f"sentence {sent.index} [{sent.start_char}:{sent.end_char}]: {sent.text.strip()}", "", "parse:"]
    lines.append(f"  {'i':>5} {'token':<16} {'lemma':<16} {'pos':<6} {'dep':<12} head")
    for tok in sent.tokens:
        head = graph.by_i.get(tok.head)
        head_text = "ROOT" if tok.head == tok.i or head is None else f"{tok.head} {head.text}"
        lines.append(f"  {tok.i:>5} {tok.text:<16} {tok.lemma:<16} {tok.pos:<6} {tok.dep:<12} {head_text}")
    lines += ["", "mentions:"]
    if not graph.mentions:
        lines.append("  (none)")
    for mention in graph.mentions:
        actor = mention.actor
        who = (f"{actor.name} code={actor.code} country={actor.country} sector={actor.sector}"
               if actor else "unresolved")
        lines.append(f"  [{mention.start_char}:{mention.end_char}] {mention.text!r} ({mention.kind}): {who}")
    if sentence_index in speakers:
        lines.append(f"  quotation spoken by {speakers[sentence_index].text!r}")
    lines += ["", "candidate triggers:"]
    if not decisions:
        lines.append("  (no token's lemma is in the event lexicon)")
    for decision in decisions:
        tok = decision.candidate.token
        verdict = "CODED" if decision.coded else "not coded"
        lines.append(f"  {tok.text!r} (lemma {tok.lemma!r}, {tok.pos}): {verdict}: {decision.reason}")
    lines += ["", "events:"]
    if not drafts:
        lines.append("  (none)")
    for draft in drafts:
        recipient = draft.recipient.mention.text if draft.recipient else "-"
        lines.append(f"  {draft.event_type} ({draft.modality}, cameo {draft.cameo}, rule {draft.rule}, "
                     f"confidence {draft.confidence}): {draft.actor.mention.text} -> {recipient}; "
                     + "; ".join(draft.reasons))
    return "\n".join(lines)
