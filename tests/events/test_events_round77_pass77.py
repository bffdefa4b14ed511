"""Round 77 of event coding (found on the news audit's pass 77 texts): the noun phrase after a
fronted phrase's comma, read as an apposition inside it, is the subject of a verb that has none
("In the divided city of Mostar in the southwest, Croat police in western Mostar shot at a car");
a capitalised month inside a sentence is no march ("a March 1 raid"); a capture "in a raid by"
someone is theirs, and one "over an attack" is no one's but the place's. Hand-built parses as the
bundled parser gives them, with guard tests."""
from __future__ import annotations

from events_builders import as_cities, build_doc, dyads, spec_tokens, event_stage as stage  # noqa: F401 - a fixture

from lapwing.events.lexicon import load_cues
from lapwing.events.parse_repair import repair_parse
from lapwing.events.syntax import SentenceGraph
from lapwing.events.triggers import find_candidates


def _mostar(comma: bool):
    # In the city , Croat police shot at a car .   (police an apposition of "city")
    spec = [("In", "in", "ADP", "IN", "case", 2), ("the", "the", "DET", "DT", "det", 2),
            ("city", "city", "NOUN", "NN", "obl", 6)]
    spec += [(",", ",", "PUNCT", ",", "punct", 5)] if comma else [("of", "of", "ADP", "IN", "case", 5)]
    return spec + [("Croat", "Croat", "ADJ", "JJ", "compound", 5), ("police", "police", "NOUN", "NNS", "appos", 2),
                   ("shot", "shoot", "VERB", "VBD", "root", -1), ("at", "at", "ADP", "IN", "case", 9),
                   ("a", "a", "DET", "DT", "det", 9), ("car", "car", "NOUN", "NN", "obl", 6),
                   (".", ".", "PUNCT", ".", "punct", 6)]


def test_an_apposition_after_the_fronted_phrases_comma_is_the_subject():
    tokens, repairs = repair_parse(spec_tokens(_mostar(True)), named=lambda t: False)
    assert "subject-read-as-oblique" in [r.rule for r in repairs]
    assert tokens[5].dep == "nsubj" and tokens[5].head == 6


def test_a_noun_inside_the_fronted_phrase_stays_in_it():
    """Guard: no comma before it ("In the city of Croat police shot ..."): part of the phrase."""
    tokens, repairs = repair_parse(spec_tokens(_mostar(False)), named=lambda t: False)
    assert "subject-read-as-oblique" not in [r.rule for r in repairs] and tokens[5].head == 2


def _raid(prep: str, noun: str):
    # Mohammed was captured in Rawalpindi PREP a NOUN by Pakistani forces .
    return [("Mohammed", "Mohammed", "PROPN", "NNP", "nsubj:pass", 2), ("was", "be", "AUX", "VBD", "aux:pass", 2),
            ("captured", "capture", "VERB", "VBN", "root", -1), ("in", "in", "ADP", "IN", "case", 4),
            ("Rawalpindi", "Rawalpindi", "PROPN", "NNP", "obl", 2), (prep, prep, "ADP", "IN", "case", 7),
            ("a", "a", "DET", "DT", "det", 7), (noun, noun.lower(), "NOUN", "NN", "obl", 2),
            ("by", "by", "ADP", "IN", "case", 9), ("forces", "force", "NOUN", "NNS", "nmod", 7),
            (".", ".", "PUNCT", ".", "punct", 2)]


ACTORS = {"Rawalpindi": ("PAK", "PAK"), "forces": ("USAMIL", "USA")}


def test_a_capture_in_a_raid_by_someone_is_theirs(stage):
    doc = stage(as_cities(build_doc([_raid("during", "raid")], ACTORS), {"Rawalpindi"}))
    assert {(d[0], d[2]) for d in dyads(doc)} == {("COERCE", "USAMIL")}


def test_a_capture_over_an_attack_by_someone_is_not_theirs(stage):
    """Guard: "over an attack by X" says why he was taken, not by whom."""
    doc = stage(as_cities(build_doc([_raid("over", "attack")], ACTORS), {"Rawalpindi"}))
    assert not any(d[2] == "USAMIL" for d in dyads(doc))


def _march(word: str, after: str):
    # Students held a WORD AFTER .   ("a March 1 rally", "a march today")
    return [("Students", "student", "NOUN", "NNS", "nsubj", 1), ("held", "hold", "VERB", "VBD", "root", -1),
            ("a", "a", "DET", "DT", "det", 3), (word, word.lower(), "NOUN", "NN", "obj", 1),
            (after, after.lower(), "NUM" if after.isdigit() else "NOUN", "CD" if after.isdigit() else "NN",
             "nummod" if after.isdigit() else "obl:tmod", 3 if after.isdigit() else 1),
            (".", ".", "PUNCT", ".", "punct", 1)]


def _march_candidate(stage, word: str, after: str):
    doc = build_doc([_march(word, after)], {"Students": ("FRAEDU", "FRA")})
    graph = SentenceGraph(doc.sentences[0], doc.mentions)
    (cand,) = [c for c in find_candidates(graph, stage.lexicon, load_cues()) if c.token.text == word]
    return cand


def test_a_capitalised_month_before_a_day_is_no_march(stage):
    cand = _march_candidate(stage, "March", "1")
    assert cand.entry is None and "the month" in cand.reason


def test_a_march_is_one(stage):
    """Guard: a march in lower case is one (and so is a named march: "the so-called March-to-Justice")."""
    assert _march_candidate(stage, "march", "today").entry is not None
