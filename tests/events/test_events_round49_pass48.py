"""Round 49 of event coding (found on the news audit's pass 48 texts): rebels who "marched on"
a city advanced on it, no protest; a verb hung on its subject past an adverb set off by commas
("Iraqi fighters, meanwhile, shot down a U.S. helicopter gunship") is the sentence's verb.
Hand-built parses as the bundled parser gives them, with guard tests."""
from __future__ import annotations

from events_builders import build_doc, dyads, spec_tokens, event_stage as stage  # noqa: F401 - a fixture

from lapwing.events.parse_repair import repair_parse

ACTORS = {"rebels": ("REB", None), "students": ("EDU", None), "Lubumbashi": ("COD", "COD")}


def _marched(subject, lemma):
    return [(subject, lemma, "NOUN", "NNS", "nsubj", 1), ("marched", "march", "VERB", "VBD", "root", -1),
            ("on", "on", "ADP", "IN", "case", 3), ("Lubumbashi", "Lubumbashi", "PROPN", "NNP", "obl", 1),
            (".", ".", "PUNCT", ".", "punct", 1)]


def test_rebels_marching_on_a_city_do_not_protest(stage):
    assert not {d for d in dyads(stage(build_doc([_marched("rebels", "rebel")], ACTORS))) if d[0] == "PROTEST"}


def test_students_marching_on_a_city_protest(stage):
    """Guard."""
    assert {d[0] for d in dyads(stage(build_doc([_marched("students", "student")], ACTORS)))} == {"PROTEST"}


def _fighters(adverb_pos):
    # Iraqi fighters , meanwhile , shot down a gunship .  (the sentence read as a noun phrase)
    return [("Iraqi", "Iraqi", "ADJ", "JJ", "amod", 1), ("fighters", "fighter", "NOUN", "NNS", "root", -1),
            (",", ",", "PUNCT", ",", "punct", 5), ("meanwhile", "meanwhile", adverb_pos, "RB", "advmod", 5),
            (",", ",", "PUNCT", ",", "punct", 3), ("shot", "shoot", "VERB", "VBN", "acl", 1),
            ("down", "down", "ADP", "RP", "compound:prt", 5), ("a", "a", "DET", "DT", "det", 8),
            ("gunship", "gunship", "NOUN", "NN", "obj", 5), (".", ".", "PUNCT", ".", "punct", 1)]


def test_a_verb_past_an_adverb_in_commas_is_the_sentences_verb():
    tokens, repairs = repair_parse(spec_tokens(_fighters("ADV")), named=lambda t: False)
    by = {t.text: t for t in tokens}
    assert [r.rule for r in repairs] == ["finite-verb-on-subject"]
    assert by["shot"].dep == "ROOT" and by["fighters"].head == 5 and by["fighters"].dep == "nsubj"


def test_a_verb_past_a_name_in_commas_stays():
    """Guard: "fighters, Abbas, shot ..." (an apposition, not an adverb) is left."""
    assert repair_parse(spec_tokens(_fighters("PROPN")), named=lambda t: False)[1] == ()
