"""Round 73 of event coding (found on the news audit's pass 73 texts): a clause after "after"
read as the preposition's noun phrase, its verb hung far off as a conjunct, is a clause ("...
closed for a fifth day after 10 shots hit a U.S. plane"); a warning "of" a looming crisis
threatens no one; a monastery, church, mosque or building captured is ground taken. Hand-built
parses as the bundled parser gives them, with guard tests."""
from __future__ import annotations

from events_builders import build_doc, dyads, spec_tokens, event_stage as stage  # noqa: F401 - a fixture

from lapwing.events.parse_repair import repair_parse


def _rules(spec):
    tokens, repairs = repair_parse(spec_tokens(spec), named=lambda t: False)
    return tokens, [r.rule for r in repairs]


def _after(prep: str):
    # A journalist was shot ; the airport stayed closed PREP shots hit a plane .
    return [("A", "a", "DET", "DT", "det", 1), ("journalist", "journalist", "NOUN", "NN", "nsubj:pass", 3),
            ("was", "be", "AUX", "VBD", "aux:pass", 3), ("shot", "shoot", "VERB", "VBN", "root", -1),
            (";", ";", "PUNCT", ":", "punct", 3), ("the", "the", "DET", "DT", "det", 6),
            ("airport", "airport", "NOUN", "NN", "nsubj", 7), ("stayed", "stay", "VERB", "VBD", "parataxis", 3),
            ("closed", "closed", "ADJ", "JJ", "xcomp", 7), (prep, prep, "ADP", "IN", "case", 10),
            ("shots", "shot", "NOUN", "NNS", "obl", 8), ("hit", "hit", "VERB", "VBD", "conj", 3),
            ("a", "a", "DET", "DT", "det", 13), ("plane", "plane", "NOUN", "NN", "obj", 11),
            (".", ".", "PUNCT", ".", "punct", 3)]


def test_a_clause_after_after_read_as_a_phrase_is_a_clause():
    tokens, rules = _rules(_after("after"))
    assert "clause-after-preposition" in rules
    assert tokens[10].dep == "nsubj" and tokens[10].head == 11 and tokens[11].dep == "advcl"
    assert tokens[9].dep == "mark" and tokens[9].head == 11


def test_a_phrase_of_another_preposition_stays():
    """Guard: "closed with shots hit ...": "with" opens no clause, so nothing says "hit" is one."""
    tokens, rules = _rules(_after("with"))
    assert "clause-after-preposition" not in rules and tokens[11].dep == "conj"


def _warned(noun: str):
    # The UN warned Somalia of NOUN .
    return [("The", "the", "DET", "DT", "det", 1), ("UN", "UN", "PROPN", "NNP", "nsubj", 2),
            ("warned", "warn", "VERB", "VBD", "root", -1), ("Somalia", "Somalia", "PROPN", "NNP", "obj", 2),
            ("of", "of", "ADP", "IN", "case", 5), (noun, noun, "NOUN", "NN", "obl", 2),
            (".", ".", "PUNCT", ".", "punct", 2)]


ACTORS = {"UN": ("IGOUNO", None), "Somalia": ("SOM", "SOM")}


def test_a_warning_of_a_crisis_threatens_no_one(stage):
    assert not any(d[0] == "THREATEN" for d in dyads(stage(build_doc([_warned("crisis")], ACTORS))))


def test_a_warning_of_retaliation_threatens(stage):
    """Guard: "warned Somalia of retaliation" is a threat."""
    assert ("THREATEN", "asserted", "IGOUNO", "SOM") in dyads(stage(build_doc([_warned("retaliation")], ACTORS)))


def _captured(noun: str):
    # The NOUN was captured by Israel .
    return [("The", "the", "DET", "DT", "det", 1), (noun, noun, "NOUN", "NN", "nsubj:pass", 3),
            ("was", "be", "AUX", "VBD", "aux:pass", 3), ("captured", "capture", "VERB", "VBN", "root", -1),
            ("by", "by", "ADP", "IN", "case", 5), ("Israel", "Israel", "PROPN", "NNP", "obl:agent", 3),
            (".", ".", "PUNCT", ".", "punct", 3)]


def test_a_monastery_captured_is_ground_taken(stage):
    assert {d[0] for d in dyads(stage(build_doc([_captured("monastery")], {"Israel": ("ISR", "ISR")})))} == {"ASSAULT"}


def test_a_commander_captured_is_an_arrest(stage):
    """Guard: a person taken is coerced, not ground taken."""
    assert {d[0] for d in dyads(stage(build_doc([_captured("commander")], {"Israel": ("ISR", "ISR")})))} == {"COERCE"}
