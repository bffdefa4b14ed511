"""Round 75 of event coding (found on the news audit's pass 75 texts): a protest "for the
withdrawal of" someone targets them; a border, street or square a phrase is "on" says where, not
whom ("captured by Pakistani authorities on the Afghan border"); a mine one is "at" is a pit, and
methane an accident's cause ("a methane gas blast killed 63 workers at a mine"). Hand-built
parses as the bundled parser gives them, with guard tests."""
from __future__ import annotations

from events_builders import as_cities, build_doc, dyads, event_stage as stage  # noqa: F401 - a fixture


def _for_the(noun: str):
    # Refugees demonstrated in Tbilisi for the NOUN of Russian troops .
    return [("Refugees", "refugee", "NOUN", "NNS", "nsubj", 1), ("demonstrated", "demonstrate", "VERB", "VBD", "root", -1),
            ("in", "in", "ADP", "IN", "case", 3), ("Tbilisi", "Tbilisi", "PROPN", "NNP", "obl", 1),
            ("for", "for", "ADP", "IN", "case", 6), ("the", "the", "DET", "DT", "det", 6),
            (noun, noun, "NOUN", "NN", "obl", 1), ("of", "of", "ADP", "IN", "case", 9),
            ("Russian", "Russian", "ADJ", "JJ", "amod", 9), ("troops", "troops", "NOUN", "NNS", "nmod", 6),
            (".", ".", "PUNCT", ".", "punct", 1)]


ACTORS = {"Refugees": ("GEOREF", "GEO"), "Tbilisi": ("GEO", "GEO"), "troops": ("RUSMIL", "RUS")}


def test_a_protest_for_someones_withdrawal_targets_them(stage):
    doc = stage(as_cities(build_doc([_for_the("withdrawal")], ACTORS), {"Tbilisi"}))
    assert ("PROTEST", "asserted", "GEOREF", "RUSMIL") in dyads(doc)


def test_a_protest_for_someones_release_does_not_target_them(stage):
    """Guard: "for the release of Russian troops" acts for them, not against them."""
    doc = stage(as_cities(build_doc([_for_the("release")], ACTORS), {"Tbilisi"}))
    assert not any(d[3] == "RUSMIL" for d in dyads(doc))


def _on_the(noun: str):
    # He was captured by authorities on the Afghan NOUN .
    return [("He", "he", "PRON", "PRP", "nsubj:pass", 2), ("was", "be", "AUX", "VBD", "aux:pass", 2),
            ("captured", "capture", "VERB", "VBN", "root", -1), ("by", "by", "ADP", "IN", "case", 4),
            ("authorities", "authority", "NOUN", "NNS", "obl:agent", 2), ("on", "on", "ADP", "IN", "case", 8),
            ("the", "the", "DET", "DT", "det", 8), ("Afghan", "Afghan", "ADJ", "JJ", "amod", 8),
            (noun, noun, "NOUN", "NN", "nmod", 4), (".", ".", "PUNCT", ".", "punct", 2)]


def test_a_border_a_phrase_is_on_says_where_not_whom(stage):
    actors = {"authorities": ("PAKGOV", "PAK"), "Afghan": ("AFG", "AFG")}
    assert ("COERCE", "asserted", "PAKGOV", "-") in dyads(stage(build_doc([_on_the("border")], actors)))


def test_a_delegation_a_phrase_is_on_is_a_recipient(stage):
    """Guard: "on the Afghan delegation" is no place."""
    actors = {"authorities": ("PAKGOV", "PAK"), "Afghan": ("AFG", "AFG")}
    assert ("COERCE", "asserted", "PAKGOV", "AFG") in dyads(stage(build_doc([_on_the("delegation")], actors)))


def _blast(cause: str, cause_lemma: str):
    # A CAUSE blast killed 63 workers at a mine in Donetsk .
    return [("A", "a", "DET", "DT", "det", 2), (cause, cause_lemma, "NOUN", "NN", "compound", 2),
            ("blast", "blast", "NOUN", "NN", "nsubj", 3), ("killed", "kill", "VERB", "VBD", "root", -1),
            ("63", "63", "NUM", "CD", "nummod", 5), ("workers", "worker", "NOUN", "NNS", "obj", 3),
            ("at", "at", "ADP", "IN", "case", 7), ("mine", "my", "NOUN", "NN", "obl", 3),
            ("in", "in", "ADP", "IN", "case", 9), ("Donetsk", "Donetsk", "PROPN", "NNP", "obl", 3),
            (".", ".", "PUNCT", ".", "punct", 3)]


def test_a_methane_blast_at_a_mine_is_an_accident(stage):
    doc = stage(as_cities(build_doc([_blast("methane", "methane")], {"Donetsk": ("UKR", "UKR")}), {"Donetsk"}))
    assert not dyads(doc)


def test_a_bomb_blast_at_a_mine_is_an_attack(stage):
    """Guard: a bomb's blast is an attack wherever it went off."""
    doc = stage(as_cities(build_doc([_blast("bomb", "bomb")], {"Donetsk": ("UKR", "UKR")}), {"Donetsk"}))
    assert {d[0] for d in dyads(doc)} == {"ASSAULT"}
