"""Round 64 of event coding (found on the news audit's pass 64 texts): a bare noun phrase after a
harm verb, read as an oblique, is its object, so the verb is not made a passive ("India captured
from the guerrillas a strategic peak"); the owner of a vehicle that ran into a weapon is no
attacker ("a policeman was killed ... when his vehicle hit a roadside bomb"); an unidentified
attacker placed in a country is not one actor with that country's forces when one sentence's
events are folded. Hand-built parses as the bundled parser gives them, with guard tests."""
from __future__ import annotations

from events_builders import as_cities, build_doc, dyads, spec_tokens, event_stage as stage  # noqa: F401 - a fixture

from lapwing.events.parse_repair import repair_parse
from lapwing.events.stage import _same_actor_key
from lapwing.model import Actor, Mention

ACTORS = {"India": ("IND", "IND"), "Grozny": ("RUS", "RUS"), "policeman": ("RUSCOP", "RUS")}


def _captured(obj_dep: str):
    # India captured from the guerrillas a strategic peak .
    return [("India", "India", "PROPN", "NNP", "nsubj", 1), ("captured", "capture", "VERB", "VBD", "root", -1),
            ("from", "from", "ADP", "IN", "case", 4), ("the", "the", "DET", "DT", "det", 4),
            ("guerrillas", "guerrilla", "NOUN", "NNS", "obl", 1), ("a", "a", "DET", "DT", "det", 7),
            ("strategic", "strategic", "ADJ", "JJ", "amod", 7), ("peak", "peak", "NOUN", "NN", obj_dep, 1),
            (".", ".", "PUNCT", ".", "punct", 1)]


def test_a_bare_noun_phrase_after_the_verb_keeps_it_active():
    tokens, repairs = repair_parse(spec_tokens(_captured("obl:unmarked")), named=lambda t: False)
    assert "passive-by-form" not in [r.rule for r in repairs]
    assert tokens[0].dep == "nsubj"


def test_the_captor_of_ground_named_after_a_phrase(stage):
    doc = stage(build_doc([_captured("obl:unmarked")], ACTORS))
    assert {(d[0], d[2]) for d in dyads(doc)} == {("ASSAULT", "IND")}


def test_a_harm_verb_ending_its_clause_is_still_a_bare_passive():
    """Guard: "the men killed ." with no object is read as a passive, as before."""
    spec = [("India", "India", "PROPN", "NNP", "nsubj", 1), ("captured", "capture", "VERB", "VBD", "root", -1),
            (".", ".", "PUNCT", ".", "punct", 1)]
    _, repairs = repair_parse(spec_tokens(spec), named=lambda t: False)
    assert "passive-by-form" in [r.rule for r in repairs]


def _killed(vehicle: str, lemma: str):
    # A policeman was killed in Grozny when his VEHICLE hit a bomb .
    return [("A", "a", "DET", "DT", "det", 1), ("policeman", "policeman", "NOUN", "NN", "nsubj:pass", 3),
            ("was", "be", "AUX", "VBD", "aux:pass", 3), ("killed", "kill", "VERB", "VBN", "root", -1),
            ("in", "in", "ADP", "IN", "case", 5), ("Grozny", "Grozny", "PROPN", "NNP", "obl", 3),
            ("when", "when", "ADV", "WRB", "advmod", 9), ("his", "his", "PRON", "PRP$", "nmod:poss", 8),
            (vehicle, lemma, "NOUN", "NN", "nsubj", 9), ("hit", "hit", "VERB", "VBD", "advcl", 3),
            ("a", "a", "DET", "DT", "det", 11), ("bomb", "bomb", "NOUN", "NN", "obj", 9),
            (".", ".", "PUNCT", ".", "punct", 3)]


def test_the_owner_of_a_vehicle_that_hit_a_bomb_is_no_attacker(stage):
    actors = dict(ACTORS, his=("RUSCOP", "RUS"))
    doc = stage(as_cities(build_doc([_killed("vehicle", "vehicle")], actors), {"Grozny"}))
    assert not any(e.actors[0].text == "his" for e in doc.events)


def _mention(code: str, sector: str | None) -> Mention:
    return Mention(start_char=0, end_char=1, text="x", kind="group", sentence=0,
                   actor=Actor(name="x", code=code, country=code, sector=sector))


def test_an_unnamed_attacker_is_not_the_countrys_forces():
    assert _same_actor_key(_mention("IRQ", "UAF")) != _same_actor_key(_mention("IRQ", "MIL"))


def test_a_named_actors_mentions_are_one_actor():
    """Guard: "Israel ... its forces" (no sector, then MIL) still fold as one actor."""
    assert _same_actor_key(_mention("ISR", None)) == _same_actor_key(_mention("ISR", "MIL"))
