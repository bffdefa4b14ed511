"""Round 45 of event coding (found on the news audit's pass 44 texts): a country's name before a
noun that is no place says whose the thing is, not where it happened ("a roadside bomb detonated
near a U.S. patrol": the patrol was struck, no U.S. attacker); armed forces attack positions, not
stances ("French forces attacked insurgent positions"), and what they attack "with" is their
weapon; a bomb that exploded was set off by someone, and what it targeted is whom it struck; two
parse repairs that give such sentences their verb back ("French forces backing government troops
attacked ...", "A car bomb targeting a U.S. convoy exploded in Mosul"). Hand-built parses, with
guard tests."""
from __future__ import annotations

from events_builders import as_cities, as_countries, build_doc, dyads, spec_tokens
from events_builders import event_stage as stage  # noqa: F401 - a fixture

from lapwing.events.parse_repair import repair_parse

ACTORS = {"U.S.": ("USA", "USA"), "Mosul": ("IRQ", "IRQ"), "French": ("FRA", "FRA"), "British": ("GBR", "GBR"),
          "troops": ("MIL", None), "Baghdad": ("IRQ", "IRQ")}


def _bomb_near(owner, noun):
    # A roadside bomb detonated near a OWNER NOUN in Baghdad .
    return [("A", "a", "DET", "DT", "det", 2), ("roadside", "roadside", "NOUN", "NN", "compound", 2),
            ("bomb", "bomb", "NOUN", "NN", "nsubj", 3), ("detonated", "detonate", "VERB", "VBD", "root", -1),
            ("near", "near", "ADP", "IN", "case", 7), ("a", "a", "DET", "DT", "det", 7),
            (owner, owner, "PROPN", "NNP", "compound", 7), (noun, noun, "NOUN", "NN", "obl", 3),
            (".", ".", "PUNCT", ".", "punct", 3)]


def test_a_country_before_a_patrol_is_whom_the_bomb_struck(stage):
    """The patrol's country was read as where the bomb went off, which made the U.S. its own
    attacker (USAUAF): it is the one struck, by an unidentified attacker."""
    doc = as_countries(build_doc([_bomb_near("U.S.", "patrol")], ACTORS), {"U.S."})
    assert dyads(stage(doc)) == {("ASSAULT", "asserted", "UAF", "USA")}


def test_a_country_before_a_place_noun_still_places_the_bomb(stage):
    """Guard: "near a U.S. border town" (a place noun) says where: the attacker is of the place."""
    doc = as_countries(build_doc([_bomb_near("U.S.", "town")], ACTORS), {"U.S."})
    assert {d[2] for d in dyads(stage(doc))} == {"USA"}


def _attack(subject, subject_lemma, obj, obj_lemma):
    # SUBJECT attacked insurgent OBJ with jets .
    return [(subject, subject_lemma, "NOUN", "NNS", "nsubj", 1), ("attacked", "attack", "VERB", "VBD", "root", -1),
            ("insurgent", "insurgent", "NOUN", "NN", "compound", 3), (obj, obj_lemma, "NOUN", "NNS", "obj", 1),
            ("with", "with", "ADP", "IN", "case", 5), ("jets", "jet", "NOUN", "NNS", "obl", 1),
            (".", ".", "PUNCT", ".", "punct", 1)]


def test_forces_attacking_positions_is_an_assault(stage):
    """"positions" picked the verbal sense (ACCUSE, "attacked the president's position"); armed
    forces attack with weapons. The "with" phrase is their weapon, not whom they attacked."""
    actors = dict(ACTORS, forces=("FRAMIL", "FRA"), jets=("FRAMIL", "FRA"))
    assert dyads(stage(build_doc([_attack("forces", "force", "positions", "position")], actors))) == \
        {("ASSAULT", "asserted", "FRAMIL", "-")}


def test_a_senator_attacking_a_position_criticises_it(stage):
    """Guard: the verbal sense stays for others than armed men."""
    actors = dict(ACTORS, senators=("USALEG", "USA"))
    assert {d[0] for d in dyads(stage(build_doc([_attack("senators", "senator", "positions", "position")], actors)))} \
        == {"ACCUSE"}


def test_a_clash_with_troops_keeps_them_as_the_target(stage):
    """Guard: a "with" phrase of a verb with no object is the other side ("clashed with troops")."""
    spec = [("rebels", "rebel", "NOUN", "NNS", "nsubj", 1), ("clashed", "clash", "VERB", "VBD", "root", -1),
            ("with", "with", "ADP", "IN", "case", 4), ("British", "British", "ADJ", "JJ", "amod", 4),
            ("troops", "troops", "NOUN", "NNS", "obl", 1), (".", ".", "PUNCT", ".", "punct", 1)]
    actors = dict(ACTORS, rebels=("REB", None), troops=("GBRMIL", "GBR"))
    assert ("ASSAULT", "asserted", "REB", "GBR") in dyads(stage(build_doc([spec], actors)))


def _exploded(subject, subject_lemma):
    # A SUBJECT exploded near a British convoy in Baghdad .
    return [("A", "a", "DET", "DT", "det", 1), (subject, subject_lemma, "NOUN", "NN", "nsubj", 2),
            ("exploded", "explode", "VERB", "VBD", "root", -1), ("near", "near", "ADP", "IN", "case", 6),
            ("a", "a", "DET", "DT", "det", 6), ("British", "British", "ADJ", "JJ", "amod", 6),
            ("convoy", "convoy", "NOUN", "NN", "obl", 2), ("in", "in", "ADP", "IN", "case", 8),
            ("Baghdad", "Baghdad", "PROPN", "NNP", "obl", 2), (".", ".", "PUNCT", ".", "punct", 2)]


def test_a_bomb_that_exploded_is_an_attack(stage):
    """A weapon that exploded was set off by someone: an unidentified attacker of the place."""
    doc = as_cities(build_doc([_exploded("bomb", "bomb")], ACTORS), {"Baghdad"})
    assert {(d[0], d[2]) for d in dyads(stage(doc))} == {("ASSAULT", "IRQ")}


def test_a_cylinder_that_exploded_is_no_attack(stage):
    """Guard: a gas cylinder or a boiler that exploded names no weapon."""
    doc = as_cities(build_doc([_exploded("cylinder", "cylinder")], ACTORS), {"Baghdad"})
    assert not stage(doc).events


def test_a_gerund_before_a_past_verb_is_a_modifier():
    """"after French forces backing government troops attacked insurgent positions": the parser
    made "backing" the clause's verb and "attacked" its complement (xcomp)."""
    spec = [("after", "after", "ADP", "IN", "mark", 3), ("French", "French", "ADJ", "JJ", "amod", 2),
            ("forces", "force", "NOUN", "NNS", "nsubj", 3), ("backing", "back", "VERB", "VBG", "root", -1),
            ("government", "government", "NOUN", "NN", "compound", 5), ("troops", "troops", "NOUN", "NNS", "obj", 3),
            ("attacked", "attack", "VERB", "VBD", "xcomp", 3), ("insurgent", "insurgent", "NOUN", "NN", "compound", 8),
            ("positions", "position", "NOUN", "NNS", "obj", 6), (".", ".", "PUNCT", ".", "punct", 3)]
    tokens, repairs = repair_parse(spec_tokens(spec), named=lambda t: False)
    by = {t.text: t for t in tokens}
    assert [r.rule for r in repairs] == ["gerund-before-finite-verb"]
    assert by["attacked"].dep == "ROOT" and by["forces"].head == 6 and by["forces"].dep == "nsubj"
    assert by["backing"].head == 2 and by["backing"].dep == "acl" and by["after"].head == 6


def test_a_gerund_with_an_infinitive_complement_stays():
    """Guard: "forces trying to attack positions": the complement is no past verb."""
    spec = [("forces", "force", "NOUN", "NNS", "nsubj", 1), ("trying", "try", "VERB", "VBG", "root", -1),
            ("to", "to", "PART", "TO", "mark", 3), ("attack", "attack", "VERB", "VB", "xcomp", 1),
            ("positions", "position", "NOUN", "NNS", "obj", 3), (".", ".", "PUNCT", ".", "punct", 1)]
    assert repair_parse(spec_tokens(spec), named=lambda t: False)[1] == ()


def _car_bomb(verb_tag):
    # A car bomb targeting a U.S. convoy exploded in Mosul .  ("bomb" the root, "exploded" on "convoy")
    return [("A", "a", "DET", "DT", "det", 2), ("car", "car", "NOUN", "NN", "compound", 2),
            ("bomb", "bomb", "NOUN", "NN", "root", -1), ("targeting", "target", "VERB", "VBG", "acl", 2),
            ("a", "a", "DET", "DT", "det", 6), ("U.S.", "U.S.", "PROPN", "NNP", "compound", 6),
            ("convoy", "convoy", "NOUN", "NN", "obj", 3), ("exploded", "explode", "VERB", verb_tag, "acl", 6),
            ("in", "in", "ADP", "IN", "case", 9), ("Mosul", "Mosul", "PROPN", "NNP", "obl", 7),
            (".", ".", "PUNCT", ".", "punct", 2)]


def test_a_past_verb_after_a_participle_phrase_is_the_sentence_verb(stage):
    """The whole sentence read as one noun phrase: "exploded" is its verb, "bomb" its subject,
    and the convoy the bomb targeted is whom it struck (not Mosul, the place)."""
    tokens, repairs = repair_parse(spec_tokens(_car_bomb("VBD")), named=lambda t: False)
    by = {t.text: t for t in tokens}
    assert [r.rule for r in repairs] == ["finite-verb-after-participle-phrase"]
    assert by["exploded"].dep == "ROOT" and by["bomb"].head == 7 and by["bomb"].dep == "nsubj"
    doc = as_countries(build_doc([_car_bomb("VBD")], ACTORS), {"U.S."})
    doc = as_cities(doc, {"Mosul"})
    assert dyads(stage(doc)) == {("ASSAULT", "asserted", "IRQ", "USA")}


def test_a_participle_on_the_convoy_stays():
    """Guard: "a car bomb targeting a convoy parked in Mosul" (VBN, a reduced relative) is left."""
    assert repair_parse(spec_tokens(_car_bomb("VBN")), named=lambda t: False)[1] == ()
