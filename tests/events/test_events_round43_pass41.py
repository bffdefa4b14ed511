"""Round 43 of event coding (found on the news audit's pass 41 texts): a quantity's "of" phrase
is what it counts, never whom a demand is addressed to ("demanded hundreds of Palestinian
prisoners for his release"); words or feelings offered promise no act ("offering hope to revive
its beleaguered industrial economy"). Hand-built parses, with guard tests."""
from __future__ import annotations

from events_builders import build_doc, dyads, event_stage as stage  # noqa: F401 - a fixture

ACTORS = {"militants": ("PSEREB", "PSE"), "Palestinian": ("PSE", "PSE"), "Britain": ("GBR", "GBR"),
          "Syria": ("SYR", "SYR"), "Israel": ("ISR", "ISR")}


def _demand(count, prep):
    # militants demanded COUNT PREP Palestinian prisoners .
    return [("militants", "militant", "NOUN", "NNS", "nsubj", 1), ("demanded", "demand", "VERB", "VBD", "root", -1),
            (count, count, "NOUN", "NNS", "obj", 1), (prep, prep, "ADP", "IN", "case", 5),
            ("Palestinian", "Palestinian", "ADJ", "JJ", "amod", 5), ("prisoners", "prisoner", "NOUN", "NNS", "nmod", 2),
            (".", ".", "PUNCT", ".", "punct", 1)]


def _nested(count):
    from lapwing.events.fallbacks import nested_recipients
    from lapwing.events.syntax import SentenceGraph

    doc = build_doc([_demand(count, "of")], ACTORS)
    graph = SentenceGraph(doc.sentences[0], doc.mentions)
    return [r.mention.actor.code for r in nested_recipients(graph, graph.sent.tokens[1], frozenset({"from", "of"}))]


def test_a_quantitys_of_phrase_is_no_addressee():
    """The fallback that found "Palestinian" inside "hundreds of Palestinian prisoners" as whom
    the militants' demand was addressed to."""
    assert _nested("hundreds") == []


def test_an_of_phrase_of_another_object_still_names_one():
    """Guard: "demanded a hearing of Palestinian prisoners" keeps its nested "of". (The guard read
    "the release of Palestinian prisoners" until round 57, which found that a release's "of"
    phrase is those freed, not whom it is asked of: test_events_round57_pass56.)"""
    assert _nested("hearing") == ["PSE"]


def _offer(obj):
    # Syria offered OBJ to Israel .
    return [("Syria", "Syria", "PROPN", "NNP", "nsubj", 1), ("offered", "offer", "VERB", "VBD", "root", -1),
            (obj, obj, "NOUN", "NN", "obj", 1), ("to", "to", "ADP", "IN", "case", 4),
            ("Israel", "Israel", "PROPN", "NNP", "obl", 1), (".", ".", "PUNCT", ".", "punct", 1)]


def test_hope_offered_is_no_offer(stage):
    assert not stage(build_doc([_offer("hope")], ACTORS)).events


def test_talks_offered_are_an_offer(stage):
    """Guard: "Syria offered talks to Israel"."""
    assert ("AGREE", "asserted", "SYR", "ISR") in dyads(stage(build_doc([_offer("talks")], ACTORS)))
