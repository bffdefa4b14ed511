"""Round 81 of event coding (found on the news audit's pass 83 texts): a finite verb read as a
participle on its subject under a root noun phrase after a comma ("25,000 opposition supporters
demonstrated in the Togolese capital Lome ..., the biggest such march since he was installed")
is the root, the noun phrase a description of its clause, and a subordinate clause's verb does
not make it a reduced relative; a name placed by a distance ("Samashki, 35 kilometers west of
... Grozny, was captured") is ground taken, not a person; a place hung on a day's number is the
verb's ("killed on September 7 in Sadr City"). Hand-built parses as the bundled parser
gives them, with guard tests."""
from __future__ import annotations

from events_builders import build_doc, dyads, spec_tokens, event_stage as stage  # noqa: F401 - a fixture

from lapwing.events.parse_repair import repair_parse


def _march(comma: bool, since: bool):
    # supporters demonstrated in Lome , the biggest march since he was installed .
    spec = [("supporters", "supporter", "NOUN", "NNS", "nsubj", 7), ("demonstrated", "demonstrate", "VERB", "VBN", "acl", 0),
            ("in", "in", "ADP", "IN", "case", 3), ("Lome", "Lome", "PROPN", "NNP", "obl", 1),
            ("," if comma else "then", "," if comma else "then", "PUNCT" if comma else "ADV", "," if comma else "RB",
             "punct" if comma else "advmod", 7),
            ("the", "the", "DET", "DT", "det", 7), ("biggest", "big", "ADJ", "JJS", "amod", 7),
            ("march", "march", "NOUN", "NN", "root", -1),
            ("since" if since else "as", "since" if since else "as", "SCONJ", "IN", "mark" if since else "dep", 11),
            ("he", "he", "PRON", "PRP", "nsubj:pass", 11), ("was", "be", "AUX", "VBD", "aux:pass", 11),
            ("installed", "install", "VERB", "VBN", "advcl", 7), (".", ".", "PUNCT", ".", "punct", 7)]
    return spec


def test_a_verb_read_as_a_participle_before_a_described_clause_is_the_root():
    tokens, repairs = repair_parse(spec_tokens(_march(True, True)), named=lambda t: False)
    assert "finite-verb-on-subject" in [r.rule for r in repairs]
    assert tokens[1].dep == "ROOT" and tokens[0].head == 1 and tokens[0].dep == "nsubj"
    assert tokens[7].head == 1 and tokens[7].dep == "appos"  # "the biggest march" describes the clause


def test_without_a_comma_the_noun_phrase_is_the_object():
    """Guard: with no comma before it, the noun phrase is read as the verb's object, as before."""
    tokens, repairs = repair_parse(spec_tokens(_march(False, True)), named=lambda t: False)
    assert "finite-verb-on-subject" in [r.rule for r in repairs] and tokens[7].dep == "obj"


def test_another_finite_verb_outside_a_subordinate_clause_keeps_the_participle():
    """Guard: "... he was installed" with no subordinator: that clause may be the sentence's, and
    the participle a reduced relative ("supporters arrested in Lome ...")."""
    _, repairs = repair_parse(spec_tokens(_march(True, False)), named=lambda t: False)
    assert "finite-verb-on-subject" not in [r.rule for r in repairs]


def _captured(distance: bool):
    # Samashki , 35 kilometers west of Grozny , was captured by forces .   (or: Badini , 35 , was ...)
    if distance:
        head = [("Samashki", "Samashki", "PROPN", "NNP", "nsubj:pass", 10), (",", ",", "PUNCT", ",", "punct", 4),
                ("35", "35", "NUM", "CD", "nummod", 3), ("kilometers", "kilometer", "NOUN", "NNS", "obl:unmarked", 4),
                ("west", "west", "ADV", "RB", "advmod", 0), ("of", "of", "ADP", "IN", "case", 6),
                ("Grozny", "Grozny", "PROPN", "NNP", "obl", 4), (",", ",", "PUNCT", ",", "punct", 0)]
    else:
        head = [("Samashki", "Samashki", "PROPN", "NNP", "nsubj:pass", 10), (",", ",", "PUNCT", ",", "punct", 2),
                ("35", "35", "NUM", "CD", "appos", 0), ("and", "and", "CCONJ", "CC", "cc", 4),
                ("single", "single", "ADJ", "JJ", "conj", 2), ("of", "of", "ADP", "IN", "case", 6),
                ("Grozny", "Grozny", "PROPN", "NNP", "nmod", 0), (",", ",", "PUNCT", ",", "punct", 0)]
    return head + [("already", "already", "ADV", "RB", "advmod", 10), ("was", "be", "AUX", "VBD", "aux:pass", 10),
                   ("captured", "capture", "VERB", "VBN", "root", -1), ("by", "by", "ADP", "IN", "case", 12),
                   ("forces", "force", "NOUN", "NNS", "obl:agent", 10), (".", ".", "PUNCT", ".", "punct", 10)]


ACTORS = {"forces": ("RUSMIL", "RUS"), "Grozny": ("RUS", "RUS")}


def test_a_name_placed_by_a_distance_is_ground_taken(stage):
    doc = stage(build_doc([_captured(True)], ACTORS))
    assert {(d[0], d[2]) for d in dyads(doc)} == {("ASSAULT", "RUSMIL")}


def test_a_name_with_an_age_is_a_person_taken(stage):
    """Guard: "Samashki, 35 and single, of Grozny" is a man of 35: a person taken."""
    doc = stage(build_doc([_captured(False)], ACTORS))
    assert {(d[0], d[2]) for d in dyads(doc)} == {("COERCE", "RUSMIL")}


def _on_day(month: str):
    # people were killed on MONTH 7 in Baghdad .   ("in Baghdad" hung on the day's number)
    return [("people", "people", "NOUN", "NNS", "nsubj:pass", 2), ("were", "be", "AUX", "VBD", "aux:pass", 2),
            ("killed", "kill", "VERB", "VBN", "root", -1), ("on", "on", "ADP", "IN", "case", 5),
            (month, month, "PROPN" if month[0].isupper() else "NOUN", "NNP" if month[0].isupper() else "NN",
             "nmod:unmarked", 5), ("7", "7", "NUM", "CD", "obl", 2), ("in", "in", "ADP", "IN", "case", 7),
            ("Baghdad", "Baghdad", "PROPN", "NNP", "nmod", 5), (".", ".", "PUNCT", ".", "punct", 2)]


def test_a_place_hung_on_a_days_number_is_the_verbs():
    tokens, repairs = repair_parse(spec_tokens(_on_day("September")), named=lambda t: False)
    assert "phrase-on-date" in [r.rule for r in repairs] and tokens[7].head == 2


def test_a_place_hung_on_another_number_stays():
    """Guard: "on page 7 in Baghdad" is no date."""
    tokens, repairs = repair_parse(spec_tokens(_on_day("page")), named=lambda t: False)
    assert "phrase-on-date" not in [r.rule for r in repairs] and tokens[7].head == 5
