"""Round 48 of event coding (found on the news audit's pass 47 texts): four parse repairs that
give a sentence its subject or its verb back ("Israel's artillery shelled ...", the possessive
read as an auxiliary; "Palestinian vigilantes on Tuesday shot dead three suspected informers",
"dead" read as the root; "A former Prijedor police chief, also accused of genocide, was shot
dead", the participle read as a clause with the subject; "around 30 people demonstrated ...,
chanting the slogan", the participle read as the root). Hand-built parses as the bundled parser
gives them, with guard tests."""
from __future__ import annotations

from events_builders import build_doc, dyads, spec_tokens, event_stage as stage  # noqa: F401 - a fixture

from lapwing.events.parse_repair import repair_parse

ACTORS = {"Israel": ("ISR", "ISR"), "vigilantes": ("PSEUAF", "PSE"), "Stuttgart": ("DEU", "DEU"),
          "Bush": ("USAGOV", "USA")}


def _repaired(spec):
    tokens, repairs = repair_parse(spec_tokens(spec), named=lambda t: False)
    return {t.text: t for t in tokens}, [r.rule for r in repairs]


def _artillery(mark_pos):
    # Israel 's artillery shelled the village .   ("'s" an auxiliary, "artillery" a compound)
    return [("Israel", "Israel", "PROPN", "NNP", "nmod:poss", 3), ("'s", "'s", mark_pos, "POS", "aux:pass", 3),
            ("artillery", "artillery", "NOUN", "NN", "compound", 3), ("shelled", "shell", "VERB", "VBD", "root", -1),
            ("the", "the", "DET", "DT", "det", 5), ("village", "village", "NOUN", "NN", "obj", 3),
            (".", ".", "PUNCT", ".", "punct", 3)]


def test_a_possessive_read_as_an_auxiliary(stage):
    by, rules = _repaired(_artillery("PART"))
    assert rules == ["possessive-read-as-auxiliary"]
    assert by["artillery"].dep == "nsubj" and by["Israel"].head == 2 and by["'s"].dep == "case"
    assert {d[2] for d in dyads(stage(build_doc([_artillery("PART")], ACTORS)))} == {"ISR"}


def test_a_real_auxiliary_stays():
    """Guard: an "'s" that is a verb ("is") is left to the parse."""
    assert _repaired(_artillery("AUX"))[1] == []


# vigilantes on Tuesday shot dead three suspected informers .  ("shot" a noun, "dead" the root)
VIGILANTES = [("vigilantes", "vigilante", "NOUN", "NNS", "nsubj", 4), ("on", "on", "ADP", "IN", "case", 3),
              ("Tuesday", "Tuesday", "PROPN", "NNP", "compound", 3), ("shot", "shot", "NOUN", "NN", "nmod", 0),
              ("dead", "dead", "ADJ", "JJ", "root", -1), ("three", "three", "NUM", "CD", "nummod", 7),
              ("suspected", "suspect", "VERB", "VBN", "amod", 7), ("informers", "informer", "NOUN", "NNS", "obj", 4),
              (".", ".", "PUNCT", ".", "punct", 4)]


def test_dead_read_as_the_root_hands_it_to_the_verb(stage):
    by, rules = _repaired(VIGILANTES)
    assert rules == ["verb-read-as-noun"]
    assert by["shot"].dep == "ROOT" and by["vigilantes"].head == 3 and by["informers"].head == 3
    assert {(d[0], d[2]) for d in dyads(stage(build_doc([VIGILANTES], ACTORS)))} == {("ASSAULT", "PSEUAF")}


def _chief(tag):
    # A police chief , also accused of genocide , was shot dead .
    return [("A", "a", "DET", "DT", "det", 2), ("police", "police", "NOUN", "NN", "compound", 2),
            ("chief", "chief", "NOUN", "NN", "nsubj", 5), (",", ",", "PUNCT", ",", "punct", 5),
            ("also", "also", "ADV", "RB", "advmod", 5), ("accused", "accuse", "VERB", tag, "advcl", 10),
            ("of", "of", "ADP", "IN", "case", 7), ("genocide", "genocide", "NOUN", "NN", "obl", 5),
            (",", ",", "PUNCT", ",", "punct", 5), ("was", "be", "AUX", "VBD", "aux:pass", 10),
            ("shot", "shoot", "VERB", "VBN", "root", -1), ("dead", "dead", "ADJ", "JJ", "xcomp", 10),
            (".", ".", "PUNCT", ".", "punct", 10)]


def test_a_participle_between_subject_and_verb_modifies_the_subject():
    by, rules = _repaired(_chief("VBN"))
    assert rules == ["participle-between-subject-and-verb"]
    assert by["chief"].head == 10 and by["chief"].dep == "nsubj:pass" and by["accused"].dep == "acl"


def test_a_finite_clause_between_stays():
    """Guard: a past tense with a subject of its own ("the chief, he said, was shot") is left."""
    assert _repaired(_chief("VBD"))[1] == []


def _stuttgart():
    # In Stuttgart , 30 people demonstrated , chanting the slogan " No Bush " .
    return [("In", "in", "ADP", "IN", "case", 1), ("Stuttgart", "Stuttgart", "PROPN", "NNP", "obl", 7),
            (",", ",", "PUNCT", ",", "punct", 4), ("30", "30", "NUM", "CD", "nummod", 4),
            ("people", "people", "NOUN", "NNS", "nmod", 1), ("demonstrated", "demonstrate", "VERB", "VBN", "acl", 4),
            (",", ",", "PUNCT", ",", "punct", 7), ("chanting", "chant", "VERB", "VBG", "root", -1),
            ("the", "the", "DET", "DT", "det", 9), ("slogan", "slogan", "NOUN", "NN", "obj", 7),
            ('"', '"', "PUNCT", "``", "punct", 12), ("No", "no", "DET", "DT", "det", 12),
            ("Bush", "Bush", "PROPN", "NNP", "appos", 9), (".", ".", "PUNCT", ".", "punct", 12),
            ('"', '"', "PUNCT", "''", "punct", 12)]


def test_a_participle_read_as_the_root_hands_it_to_the_clause():
    by, rules = _repaired(_stuttgart())
    assert rules == ["finite-verb-on-subject"]
    assert by["demonstrated"].dep == "ROOT" and by["people"].dep == "nsubj" and by["chanting"].dep == "advcl"
    assert by["Stuttgart"].head == 5
