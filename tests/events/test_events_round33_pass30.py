"""Round 33 of event coding (found on the news audit's pass 30 texts):

* "killed in an air strike": an event noun's modifiers choose its entry, so an air strike is no
  labour strike said to express something;
* an attack in the verb's phrase ("was killed in an air strike east of ... Samarra") makes an
  agentless killing an attack of its place even when no one named was harmed;
* "killing 16 people in the deadliest strike against U.S. forces": an attack's own attack noun
  names its target;
* "was demonstrated by the air force" (shown) is no protest; police escorting demonstrators give
  no aid;
* "protested ... and then proceeded to the British embassy": the mission's country is the target;
* words of disapproval take no target from a place ("opposition against the US-led aggression in
  Iraq").

Hand-built parses as the bundled parser gives them, with guard tests."""
from __future__ import annotations

from events_builders import as_cities, build_doc, dyads, event_stage as stage  # noqa: F401 - a fixture

ACTORS = {"Samarra": ("IRQ", "IRQ"), "forces": ("USAMIL", "USA"), "insurgents": ("REB", None),
          "embassy": ("GBRGOV", "GBR"), "protesters": ("OPP", None), "Iraq": ("IRQ", "IRQ"),
          "Jakarta": ("IDN", "IDN"), "government": ("IDNGOV", "IDN")}
PLACES = {"Samarra", "Jakarta", "Iraq"}


def _doc(spec):
    return as_cities(build_doc([spec], ACTORS), PLACES)


# Badri was killed in an air strike in Samarra .
AIR_STRIKE = [("Badri", "Badri", "PROPN", "NNP", "nsubj:pass", 2), ("was", "be", "AUX", "VBD", "aux:pass", 2),
              ("killed", "kill", "VERB", "VBN", "root", -1), ("in", "in", "ADP", "IN", "case", 6),
              ("an", "a", "DET", "DT", "det", 6), ("air", "air", "NOUN", "NN", "compound", 6),
              ("strike", "strike", "NOUN", "NN", "obl", 2), ("in", "in", "ADP", "IN", "case", 8),
              ("Samarra", "Samarra", "PROPN", "NNP", "nmod", 6), (".", ".", "PUNCT", ".", "punct", 2)]


def test_an_air_strike_is_no_labour_strike_that_expresses_something(stage):
    from lapwing.events.fallbacks import expressed_recipients
    from lapwing.events.syntax import SentenceGraph

    # "... in an air strike against Samarra"
    against = [t if t[0] != "in" or t[5] != 8 else ("against", "against", "ADP", "IN", "case", 8) for t in AIR_STRIKE]
    doc = _doc(against)
    graph = SentenceGraph(doc.sentences[0], doc.mentions)
    assert expressed_recipients(graph, graph.by_i[6], None, cues=stage.cues, lexicon=stage.lexicon) == []
    # guard: a general strike does express something, and its phrase names whom it is against
    spec = [t if t[0] != "air" else ("general", "general", "ADJ", "JJ", "amod", 6) for t in against]
    doc = _doc(spec)
    graph = SentenceGraph(doc.sentences[0], doc.mentions)
    found = expressed_recipients(graph, graph.by_i[6], None, cues=stage.cues, lexicon=stage.lexicon)
    assert [r.mention.text for r in found] == ["Samarra"]


def test_a_killing_in_an_attack_is_an_attack_of_its_place(stage):
    cameo = {e.actors[0].actor.cameo_code for e in stage(_doc(AIR_STRIKE)).events if e.event_type == "ASSAULT"}
    assert cameo == {"IRQUAF"}


def test_a_killing_with_no_attack_named_has_no_unnamed_attacker(stage):
    """Guard: "Badri was killed in Samarra" (an accident, a crime or an attack) names no attack."""
    spec = AIR_STRIKE[:3] + [("in", "in", "ADP", "IN", "case", 4), ("Samarra", "Samarra", "PROPN", "NNP", "obl", 2),
                             (".", ".", "PUNCT", ".", "punct", 2)]
    assert not stage(_doc(spec)).events


# insurgents shot down a helicopter , killing people in a strike against forces .
AGAINST = [("insurgents", "insurgent", "NOUN", "NNS", "nsubj", 1), ("shot", "shoot", "VERB", "VBD", "root", -1),
           ("down", "down", "ADP", "RP", "compound:prt", 1), ("a", "a", "DET", "DT", "det", 4),
           ("helicopter", "helicopter", "NOUN", "NN", "obj", 1), (",", ",", "PUNCT", ",", "punct", 6),
           ("killing", "kill", "VERB", "VBG", "advcl", 1), ("people", "people", "NOUN", "NNS", "obj", 6),
           ("in", "in", "ADP", "IN", "case", 10), ("a", "a", "DET", "DT", "det", 10),
           ("strike", "strike", "NOUN", "NN", "obl", 6), ("against", "against", "ADP", "IN", "case", 12),
           ("forces", "force", "NOUN", "NNS", "nmod", 10), (".", ".", "PUNCT", ".", "punct", 1)]


def test_an_attacks_own_attack_noun_names_its_target(stage):
    assert ("ASSAULT", "USAMIL") in {(d[0], d[3]) for d in dyads(stage(_doc(AGAINST)))}


def test_a_protest_against_an_attack_is_not_read_as_the_attack(stage):
    """Guard: "protesters marched to protest an invasion of Iraq": the attack noun's target is read
    only for an attack, not for the protest against it (the object's phrase names the target)."""
    spec = [("protesters", "protester", "NOUN", "NNS", "nsubj", 1), ("marched", "march", "VERB", "VBD", "root", -1),
            ("to", "to", "PART", "TO", "mark", 3), ("protest", "protest", "VERB", "VB", "advcl", 1),
            ("an", "a", "DET", "DT", "det", 5), ("invasion", "invasion", "NOUN", "NN", "obj", 3),
            ("of", "of", "ADP", "IN", "case", 7), ("Iraq", "Iraq", "PROPN", "NNP", "nmod", 5),
            (".", ".", "PUNCT", ".", "punct", 1)]
    events = [e for e in stage(_doc(spec)).events if e.event_type == "PROTEST"]
    assert events and not any("target of the event noun" in p.reason for e in events for p in e.provenance)


def test_shown_is_no_protest_and_an_escort_of_demonstrators_no_aid(stage):
    from lapwing.events.lexicon import TriggerFacts

    demonstrate = stage.lexicon.entries["v.demonstrate"]
    assert demonstrate.blocked_by(TriggerFacts(passive=True)) is not None
    assert demonstrate.blocked_by(TriggerFacts(passive=False)) is None  # guard: "thousands demonstrated"
    escort = stage.lexicon.entries["v.escort"]
    assert escort.blocked_by(TriggerFacts(objects=frozenset({"demonstrator"}))) is not None
    assert escort.blocked_by(TriggerFacts(objects=frozenset({"convoy"}))) is None  # guard: protection given


# protesters protested in Jakarta and proceeded to the embassy .
PROCEEDED = [("protesters", "protester", "NOUN", "NNS", "nsubj", 1), ("protested", "protest", "VERB", "VBD", "root", -1),
             ("in", "in", "ADP", "IN", "case", 3), ("Jakarta", "Jakarta", "PROPN", "NNP", "obl", 1),
             ("and", "and", "CCONJ", "CC", "cc", 5), ("proceeded", "proceed", "VERB", "VBD", "conj", 1),
             ("to", "to", "ADP", "IN", "case", 8), ("the", "the", "DET", "DT", "det", 8),
             ("embassy", "embassy", "NOUN", "NN", "obl", 5), (".", ".", "PUNCT", ".", "punct", 1)]


def test_a_protest_taken_to_a_foreign_mission_is_against_its_country(stage):
    pairs = {(d[0], d[3]) for d in dyads(stage(_doc(PROCEEDED)))}
    assert ("PROTEST", "GBRGOV") in pairs and ("PROTEST", "IDN") not in pairs


def test_a_protest_that_goes_elsewhere_keeps_its_place(stage):
    """Guard: "... and proceeded to the square": the place's country, as before."""
    spec = [t if t[0] != "embassy" else ("square", "square", "NOUN", "NN", "obl", 5) for t in PROCEEDED]
    assert ("PROTEST", "IDN") in {(d[0], d[3]) for d in dyads(stage(_doc(spec)))}


# protesters denounced the aggression in Iraq .
DENOUNCED = [("protesters", "protester", "NOUN", "NNS", "nsubj", 1), ("denounced", "denounce", "VERB", "VBD", "root", -1),
             ("the", "the", "DET", "DT", "det", 3), ("aggression", "aggression", "NOUN", "NN", "obj", 1),
             ("in", "in", "ADP", "IN", "case", 5), ("Iraq", "Iraq", "PROPN", "NNP", "nmod", 3),
             (".", ".", "PUNCT", ".", "punct", 1)]


def test_words_of_disapproval_take_no_target_from_a_place(stage):
    assert not any(d[0] == "ACCUSE" and d[3] == "IRQ" for d in dyads(stage(_doc(DENOUNCED))))


def test_disapproval_of_a_named_actor_keeps_it(stage):
    """Guard: "protesters denounced the government" names its target."""
    spec = DENOUNCED[:3] + [("government", "government", "NOUN", "NN", "obj", 1), (".", ".", "PUNCT", ".", "punct", 1)]
    assert ("ACCUSE", "IDNGOV") in {(d[0], d[3]) for d in dyads(stage(_doc(spec)))}
