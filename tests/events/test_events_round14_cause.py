"""Round 14: the attacker of an agentless harm verb told by a clause of attack hung on it
(``fallbacks.cause_clause_agent``: "nine soldiers were killed when ISIS militants hit a
checkpoint", "killed after a Russian airstrike hit a school"); the ``subject-with-preposition``
repair left alone when the preposition begins a clause with an object ("after a Russian
airstrike hit a school" is a clause, not "an airstrike [that was] hit"); and two events of one
sentence with no recipient, one type, modality and actor told as one happening. Hand-built
parses, with guard tests: a clause of anything but an attack lends no attacker."""
from __future__ import annotations

from lapwing.events.stage import merge_recipientless_twins
from lapwing.events.syntax import SentenceGraph

from events_builders import build_doc, dyads, event_stage as stage  # noqa: F401 - a fixture

ACTORS = {"soldiers": ("SYRMIL", "SYR"), "ISIS": ("IMG", None), "Russian": ("RUS", "RUS"),
          "Kurds": ("IRQ", "IRQ")}

# Nine soldiers were killed when ISIS militants hit a checkpoint .   ("when" an adverb, as in UD)
WHEN_HIT = [("Nine", "nine", "NUM", "CD", "nummod", 1), ("soldiers", "soldier", "NOUN", "NNS", "nsubj:pass", 3),
            ("were", "be", "AUX", "VBD", "aux:pass", 3), ("killed", "kill", "VERB", "VBN", "root", -1),
            ("when", "when", "ADV", "WRB", "advmod", 7), ("ISIS", "ISIS", "PROPN", "NNP", "compound", 6),
            ("militants", "militant", "NOUN", "NNS", "nsubj", 7), ("hit", "hit", "VERB", "VBD", "advcl", 3),
            ("a", "a", "DET", "DT", "det", 9), ("checkpoint", "checkpoint", "NOUN", "NN", "obj", 7),
            (".", ".", "PUNCT", ".", "punct", 3)]


def test_the_attacker_of_a_clause_of_attack_did_the_harm(stage):
    doc = stage(build_doc([WHEN_HIT], ACTORS))
    killed = [e for e in doc.events if "killed" in e.evidence]
    assert [(e.actors[0].actor.code, e.recipients[0].actor.code) for e in killed] == [("IMG", "SYRMIL")]


def test_a_clause_of_no_attack_lends_no_attacker(stage):
    """Guard: "were killed when ISIS militants left a checkpoint": leaving is no attack."""
    spec = [t if t[0] != "hit" else ("left", "leave", "VERB", "VBD", "advcl", 3) for t in WHEN_HIT]
    doc = stage(build_doc([spec], ACTORS))
    assert not [a for e in doc.events if "killed" in e.evidence for a in e.actors
                if a.resolution is None or a.resolution.rule != "unnamed-attacker"]


# Nine soldiers were killed after a Russian airstrike hit a school .  ("after" read as a preposition)
AFTER_HIT = [("Nine", "nine", "NUM", "CD", "nummod", 1), ("soldiers", "soldier", "NOUN", "NNS", "nsubj:pass", 3),
             ("were", "be", "AUX", "VBD", "aux:pass", 3), ("killed", "kill", "VERB", "VBN", "root", -1),
             ("after", "after", "ADP", "IN", "case", 7), ("a", "a", "DET", "DT", "det", 7),
             ("Russian", "Russian", "ADJ", "JJ", "amod", 7), ("airstrike", "airstrike", "NOUN", "NN", "nsubj", 8),
             ("hit", "hit", "VERB", "VBD", "advcl", 3), ("a", "a", "DET", "DT", "det", 10),
             ("school", "school", "NOUN", "NN", "obj", 8), (".", ".", "PUNCT", ".", "punct", 3)]


def test_a_preposition_that_begins_a_clause_with_an_object_keeps_its_subject(stage):
    graph = SentenceGraph(build_doc([AFTER_HIT], ACTORS).sentences[0], build_doc([AFTER_HIT], ACTORS).mentions)
    assert "subject-with-preposition" not in {r.rule for r in graph.repairs.values()}
    doc = stage(build_doc([AFTER_HIT], ACTORS))
    killed = [e for e in doc.events if "killed" in e.evidence]
    assert [(e.actors[0].actor.code, e.recipients[0].actor.code) for e in killed] == [("RUS", "SYRMIL")]


def test_without_an_object_the_participle_is_still_a_reduced_relative(stage):
    """Guard: "killed after the Kurds hit [by the strike]": with no object the repair still applies
    (the round 12 shape, "West Africans ordered out of Nigeria")."""
    spec = [t for t in AFTER_HIT if t[0] not in ("a", "school")]
    spec = [("Nine", "nine", "NUM", "CD", "nummod", 1), ("soldiers", "soldier", "NOUN", "NNS", "nsubj:pass", 3),
            ("were", "be", "AUX", "VBD", "aux:pass", 3), ("killed", "kill", "VERB", "VBN", "root", -1),
            ("after", "after", "ADP", "IN", "case", 5), ("Kurds", "Kurd", "PROPN", "NNPS", "nsubj", 6),
            ("hit", "hit", "VERB", "VBN", "advcl", 3), (".", ".", "PUNCT", ".", "punct", 3)]
    graph = SentenceGraph(build_doc([spec], ACTORS).sentences[0], build_doc([spec], ACTORS).mentions)
    assert "subject-with-preposition" in {r.rule for r in graph.repairs.values()}


def test_two_recipientless_events_of_one_actor_in_a_sentence_are_one_happening(stage):
    """"killed after a Russian airstrike hit a school" (no one harmed resolved): the killing and
    the airstrike, both by Russia with no recipient, are one event with both as evidence; an
    event of another actor is left alone."""
    doc = stage(build_doc([AFTER_HIT], {"Russian": ("RUS", "RUS")}))
    assert len(doc.events) == 1 and {"killed", "airstrike"} <= set(doc.events[0].evidence)
    event = doc.events[0]
    other = event.replace(id=event.id + "-2", actors=(event.actors[0].replace(
        actor=event.actors[0].actor.replace(code="IRQ", country="IRQ")),))
    assert len(merge_recipientless_twins([event, other])) == 2
