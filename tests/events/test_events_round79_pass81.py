"""Round 79 of event coding (found on the news audit's pass 81 texts): destroying one's own
weapons is disarming, no attack ("Ukraine has destroyed all of its SS-19 missiles"); the name
before a war is where it is fought, not whom a protest against it is aimed at ("marched against
the Iraq war and the government of President George W. Bush"), and a noun the parser joined to
the verb after the target phrase is a target too; a place inside a crowd's own phrase places the
crowd ("neighbours of the Tuwaitha plant outside Baghdad demonstrated at the site"). Hand-built
parses as the bundled parser gives them, with guard tests."""
from __future__ import annotations

from events_builders import as_cities, build_doc, dyads, event_stage as stage  # noqa: F401 - a fixture


def _destroyed(possessive: str, noun: str):
    # Ukraine destroyed POSSESSIVE NOUN .
    return [("Ukraine", "Ukraine", "PROPN", "NNP", "nsubj", 1), ("destroyed", "destroy", "VERB", "VBD", "root", -1),
            (possessive, possessive.lower(), "PRON" if possessive == "its" else "ADJ",
             "PRP$" if possessive == "its" else "JJ", "nmod:poss" if possessive == "its" else "amod", 3),
            (noun, noun.rstrip("s"), "NOUN", "NNS", "obj", 1), (".", ".", "PUNCT", ".", "punct", 1)]


ACTORS = {"Ukraine": ("UKR", "UKR"), "Russian": ("RUS", "RUS")}


def test_destroying_its_own_missiles_is_disarming(stage):
    doc = stage(build_doc([_destroyed("its", "missiles")], ACTORS))
    assert {(d[0], d[2]) for d in dyads(doc)} == {("RETREAT", "UKR")}


def test_destroying_someone_elses_missiles_is_an_attack(stage):
    """Guard: "destroyed Russian missiles" (not its own)."""
    doc = stage(build_doc([_destroyed("Russian", "missiles")], ACTORS))
    assert ("ASSAULT", "UKR") in {(d[0], d[2]) for d in dyads(doc)}


def test_destroying_its_own_houses_is_no_disarming(stage):
    """Guard: only weapons and their stocks: what else one destroys of one's own is no disarming."""
    doc = stage(build_doc([_destroyed("its", "houses")], ACTORS))
    assert ("RETREAT", "UKR") not in {(d[0], d[2]) for d in dyads(doc)}


def _against(name: str, noun: str):
    # Protesters marched against the NAME NOUN and the government of Bush .   (the second a conjunct of the verb)
    return [("Protesters", "protester", "NOUN", "NNS", "nsubj", 1), ("marched", "march", "VERB", "VBD", "root", -1),
            ("against", "against", "ADP", "IN", "case", 5), ("the", "the", "DET", "DT", "det", 5),
            (name, name, "PROPN", "NNP", "compound", 5), (noun, noun, "NOUN", "NN", "obl", 1),
            ("and", "and", "CCONJ", "CC", "cc", 8), ("the", "the", "DET", "DT", "det", 8),
            ("government", "government", "NOUN", "NN", "conj", 1), ("of", "of", "ADP", "IN", "case", 10),
            ("Bush", "Bush", "PROPN", "NNP", "nmod", 8), (".", ".", "PUNCT", ".", "punct", 1)]


PROTEST_ACTORS = {"Iraq": ("IRQ", "IRQ"), "NATO": ("IGOMIL", None), "Bush": ("USAGOV", "USA"),
                  "Protesters": ("USAOPP", "USA")}


def test_the_name_before_a_war_is_where_it_is_fought_not_the_target(stage):
    doc = stage(as_cities(build_doc([_against("Iraq", "war")], PROTEST_ACTORS), {"Iraq"}, rule="dictionary name"))
    assert {(d[0], d[3]) for d in dyads(doc)} == {("PROTEST", "USAGOV")}


def test_the_name_before_raids_is_who_made_them(stage):
    """Guard: "against the NATO raids": NATO made them, and is the target."""
    doc = stage(build_doc([_against("NATO", "raids")], PROTEST_ACTORS))
    assert ("PROTEST", "IGOMIL") in {(d[0], d[3]) for d in dyads(doc)}


def _neighbours(clause: bool):
    # neighbours of the plant outside Baghdad demonstrated at the site .
    # (with ``clause``: neighbours who came from Baghdad demonstrated at the site .)
    if clause:
        spec = [("neighbours", "neighbour", "NOUN", "NNS", "nsubj", 5), ("who", "who", "PRON", "WP", "nsubj", 2),
                ("came", "come", "VERB", "VBD", "acl:relcl", 0), ("from", "from", "ADP", "IN", "case", 4),
                ("Baghdad", "Baghdad", "PROPN", "NNP", "obl", 2)]
    else:
        spec = [("neighbours", "neighbour", "NOUN", "NNS", "nsubj", 5), ("of", "of", "ADP", "IN", "case", 2),
                ("plant", "plant", "NOUN", "NN", "nmod", 0), ("outside", "outside", "ADP", "IN", "case", 4),
                ("Baghdad", "Baghdad", "PROPN", "NNP", "nmod", 2)]
    return spec + [("demonstrated", "demonstrate", "VERB", "VBD", "root", -1), ("at", "at", "ADP", "IN", "case", 8),
                   ("the", "the", "DET", "DT", "det", 8), ("site", "site", "NOUN", "NN", "obl", 5),
                   (".", ".", "PUNCT", ".", "punct", 5)]


def test_a_place_in_the_crowds_own_phrase_places_the_crowd(stage):
    doc = stage(as_cities(build_doc([_neighbours(False)], {"Baghdad": ("IRQ", "IRQ")}), {"Baghdad"}))
    assert any(e.event_type == "PROTEST" and e.actors[0].actor.cameo_code == "IRQOPP" for e in doc.events)


def test_a_place_in_a_clause_on_the_crowd_does_not(stage):
    """Guard: "neighbours who came from Baghdad" may protest anywhere: the clause does not place them."""
    doc = stage(as_cities(build_doc([_neighbours(True)], {"Baghdad": ("IRQ", "IRQ")}), {"Baghdad"}))
    assert not any(d[0] == "PROTEST" for d in dyads(doc))
