"""Round 50 of event coding (found on the news audit's pass 49 texts): a conjunct with a
preposition of its own is another phrase, not one more agent ("killed by gunmen, and in the Abu
Ghraib area ... four people were hurt"); harm done "accidentally" has no attacker to infer; a
name before "-backed" is the backer, not the force ("the US-backed Northern Alliance"); an
outcome participle hung on a participle of the attack's phrase is the attack's ("detonated a
bomb among Israelis waiting outside a nightclub, killing four Israelis"). Hand-built parses as
the bundled parser gives them, with guard tests."""
from __future__ import annotations

from events_builders import as_cities, build_doc, dyads, event_stage as stage  # noqa: F401 - a fixture


ACTORS = {"gunmen": ("UAF", None), "Ghraib": ("IRQ", "IRQ"), "Britain": ("GBR", "GBR"), "France": ("FRA", "FRA"),
          "Norway": ("NOR", "NOR"), "Scottsdale": ("USA", "USA"), "US": ("USA", "USA"),
          "Alliance": ("AFGREB", "AFG"), "bomber": ("UAF", None), "Israelis": ("ISR", "ISR")}


def _by(second_case):
    # merchant was killed by gunmen , and SECOND_CASE the Ghraib area people were hurt .
    return [("merchant", "merchant", "NOUN", "NN", "nsubj:pass", 2), ("was", "be", "AUX", "VBD", "aux:pass", 2),
            ("killed", "kill", "VERB", "VBN", "root", -1), ("by", "by", "ADP", "IN", "case", 4),
            ("gunmen", "gunman", "NOUN", "NNS", "obl", 2), (",", ",", "PUNCT", ",", "punct", 9),
            ("and", "and", "CCONJ", "CC", "cc", 9), (second_case, second_case, "ADP", "IN", "case", 9),
            ("Ghraib", "Ghraib", "PROPN", "NNP", "compound", 9), ("area", "area", "NOUN", "NN", "conj", 4),
            (".", ".", "PUNCT", ".", "punct", 2)]


def test_a_conjunct_with_its_own_preposition_is_no_agent(stage):
    assert {d[2] for d in dyads(stage(build_doc([_by("in")], ACTORS)))} == {"UAF"}


def test_a_conjunct_with_the_same_preposition_is_one(stage):
    """Guard: "killed by gunmen and by the Ghraib area ...": both are agents."""
    assert {d[2] for d in dyads(stage(build_doc([_by("by")], ACTORS)))} == {"UAF", "IRQ"}


def _shot(adverb):
    # Almaas of Norway was ADVERB shot in Scottsdale .
    return [("Almaas", "Almaas", "PROPN", "NNP", "nsubj:pass", 5), ("of", "of", "ADP", "IN", "case", 2),
            ("Norway", "Norway", "PROPN", "NNP", "nmod", 0), ("was", "be", "AUX", "VBD", "aux:pass", 5),
            (adverb, adverb, "ADV", "RB", "advmod", 5), ("shot", "shoot", "VERB", "VBN", "root", -1),
            ("in", "in", "ADP", "IN", "case", 7), ("Scottsdale", "Scottsdale", "PROPN", "NNP", "obl", 5),
            (".", ".", "PUNCT", ".", "punct", 5)]


def test_harm_done_accidentally_infers_no_attacker(stage):
    assert not stage(as_cities(build_doc([_shot("accidentally")], ACTORS), {"Scottsdale"})).events


def test_harm_done_fatally_still_does(stage):
    """Guard."""
    assert {d[0] for d in dyads(stage(as_cities(build_doc([_shot("fatally")], ACTORS), {"Scottsdale"})))} == {"ASSAULT"}


def _backed(participle):
    # Hicks was captured by the US - PARTICIPLE Alliance .
    return [("Hicks", "Hicks", "PROPN", "NNP", "nsubj:pass", 2), ("was", "be", "AUX", "VBD", "aux:pass", 2),
            ("captured", "capture", "VERB", "VBN", "root", -1), ("by", "by", "ADP", "IN", "case", 8),
            ("the", "the", "DET", "DT", "det", 8), ("US", "US", "PROPN", "NNP", "compound", 7),
            ("-", "-", "PUNCT", "HYPH", "punct", 7), (participle, participle, "VERB", "VBN", "amod", 8),
            ("forces", "force", "NOUN", "NNS", "obl", 2), (".", ".", "PUNCT", ".", "punct", 2)]


def test_the_name_before_backed_is_the_backer():
    from lapwing.events.syntax import SentenceGraph

    doc = build_doc([_backed("backed")], ACTORS)
    graph = SentenceGraph(doc.sentences[0], doc.mentions)
    us, forces = graph.sent.tokens[5], graph.sent.tokens[8]
    assert graph.names_no_party(us, forces)
    doc = build_doc([_backed("led")], ACTORS)
    graph = SentenceGraph(doc.sentences[0], doc.mentions)
    assert not graph.names_no_party(graph.sent.tokens[5], graph.sent.tokens[8])  # guard: "US-led forces"


def test_an_outcome_on_a_participle_of_the_attacks_phrase_is_the_attacks(stage):
    spec = [("bomber", "bomber", "NOUN", "NN", "nsubj", 1), ("detonated", "detonate", "VERB", "VBD", "root", -1),
            ("a", "a", "DET", "DT", "det", 3), ("bomb", "bomb", "NOUN", "NN", "obj", 1),
            ("among", "among", "ADP", "IN", "case", 5), ("Israelis", "Israeli", "PROPN", "NNPS", "obl", 1),
            ("waiting", "wait", "VERB", "VBG", "acl", 5), (",", ",", "PUNCT", ",", "punct", 8),
            ("killing", "kill", "VERB", "VBG", "advcl", 6), ("four", "four", "NUM", "CD", "obj", 8),
            (".", ".", "PUNCT", ".", "punct", 1)]
    assert [d[2] for d in dyads(stage(build_doc([spec], ACTORS)))] == ["UAF"]
