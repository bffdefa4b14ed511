"""Round 71 of event coding (found on the news audit's pass 71 texts): a past verb hung on its
subject under a root that cannot be the predicate (a word that is no verb, or a subordinate
clause's verb) is the root ("A booby-trapped truck detonated ..., 90 km east of Tikrit"; "As
Blair spoke ..., more than 350 people demonstrated"); someone of no known side who set a charge
off is an unnamed attacker of the place ("A driver detonated a belt stuffed with explosives"),
as are "persons"; one person escorted somewhere is given no aid. Hand-built parses as the
bundled parser gives them, with guard tests."""
from __future__ import annotations

from events_builders import as_cities, build_doc, dyads, spec_tokens, event_stage as stage  # noqa: F401 - a fixture

from lapwing.events.parse_repair import repair_parse
from lapwing.model import Actor


def _rules(spec):
    tokens, repairs = repair_parse(spec_tokens(spec), named=lambda t: False)
    return tokens, [r.rule for r in repairs]


def _truck(root_pos: str):
    # A truck detonated at a market , 90 km east of Tikrit .
    return [("A", "a", "DET", "DT", "det", 1), ("truck", "truck", "NOUN", "NN", "nsubj", 9),
            ("detonated", "detonate", "VERB", "VBD", "acl", 1), ("at", "at", "ADP", "IN", "case", 5),
            ("a", "a", "DET", "DT", "det", 5), ("market", "market", "NOUN", "NN", "obl", 2),
            (",", ",", "PUNCT", ",", "punct", 9), ("90", "90", "NUM", "CD", "nummod", 8),
            ("km", "kilometer", "NOUN", "NNS", "obl:npmod", 9), ("east", "east", root_pos, "JJ", "root", -1),
            ("of", "of", "ADP", "IN", "case", 11), ("Tikrit", "Tikrit", "PROPN", "NNP", "obl", 9),
            (".", ".", "PUNCT", ".", "punct", 9)]


def test_a_verb_on_the_subject_of_a_verbless_root_is_the_root():
    tokens, rules = _rules(_truck("ADJ"))
    assert "verb-on-subject-under-another-root" in rules
    assert tokens[2].dep == "ROOT" and tokens[1].dep == "nsubj" and tokens[1].head == 2 and tokens[9].head == 2


def test_a_verb_on_the_subject_of_a_verb_root_stays():
    """Guard: a root that is a verb is the predicate ("the truck detonated ... went east"): the clause stays."""
    tokens, rules = _rules(_truck("VERB"))
    assert "verb-on-subject-under-another-root" not in rules and tokens[2].dep == "acl"


def _as_blair(mark: str):
    # MARK Blair spoke , 350 people demonstrated outside the embassy .
    return [(mark, mark.lower(), "SCONJ", "IN", "mark", 2), ("Blair", "Blair", "PROPN", "NNP", "nsubj", 2),
            ("spoke", "speak", "VERB", "VBD", "root", -1), (",", ",", "PUNCT", ",", "punct", 5),
            ("350", "350", "NUM", "CD", "nummod", 5), ("people", "people", "NOUN", "NNS", "obl", 2),
            ("demonstrated", "demonstrate", "VERB", "VBN", "acl", 5), ("outside", "outside", "ADP", "IN", "case", 9),
            ("the", "the", "DET", "DT", "det", 9), ("embassy", "embassy", "NOUN", "NN", "obl", 6),
            (".", ".", "PUNCT", ".", "punct", 2)]


def test_a_verb_on_an_oblique_of_a_subordinate_clause_is_the_root():
    tokens, rules = _rules(_as_blair("As"))
    assert "verb-on-subject-under-another-root" in rules
    assert tokens[6].dep == "ROOT" and tokens[5].dep == "nsubj" and tokens[2].dep == "advcl" and tokens[2].head == 6


def test_a_participle_on_an_oblique_of_a_main_clause_stays():
    """Guard: "So Blair spoke, 350 people demonstrated": no subordinator, so the root may be the predicate."""
    tokens, rules = _rules(_as_blair("So"))
    assert "verb-on-subject-under-another-root" not in rules and tokens[2].dep == "ROOT"


def _detonated(subject: str, lemma: str):
    # A SUBJECT detonated a belt in Grozny .
    return [("A", "a", "DET", "DT", "det", 1), (subject, lemma, "NOUN", "NN", "nsubj", 2),
            ("detonated", "detonate", "VERB", "VBD", "root", -1), ("a", "a", "DET", "DT", "det", 4),
            ("belt", "belt", "NOUN", "NN", "obj", 2), ("in", "in", "ADP", "IN", "case", 6),
            ("Grozny", "Grozny", "PROPN", "NNP", "obl", 2), (".", ".", "PUNCT", ".", "punct", 2)]


def _person(doc, text: str):
    """The mention of ``text`` made a person of no known country, as the actors stage reads "driver"."""
    return doc.replace(mentions=tuple(m.replace(kind="person", actor=Actor(name=text, sector="CVL"))
                                      if m.text == text else m for m in doc.mentions))


def test_a_person_of_no_side_who_set_a_charge_off_is_an_unnamed_attacker(stage):
    doc = build_doc([_detonated("driver", "driver")], {"Grozny": ("RUS", "RUS"), "driver": (None, None)})
    doc = stage(_person(as_cities(doc, {"Grozny"}), "driver"))
    assert ("ASSAULT", "asserted", "RUS", "RUS") in dyads(doc)


def test_a_thing_that_set_a_charge_off_is_no_attacker(stage):
    """Guard: "the phase (of the mine-clearing) detonated 270 (mines)": no person, no attack."""
    doc = stage(as_cities(build_doc([_detonated("phase", "phase")], {"Grozny": ("RUS", "RUS")}), {"Grozny"}))
    assert not any(d[0] == "ASSAULT" for d in dyads(doc))


def _escorted(obj: str, lemma: str):
    # Officials escorted OBJ to Rome .
    return [("Officials", "official", "NOUN", "NNS", "nsubj", 1), ("escorted", "escort", "VERB", "VBD", "root", -1),
            (obj, lemma, "PRON" if lemma == "he" else "NOUN", "PRP", "obj", 1), ("to", "to", "ADP", "IN", "case", 4),
            ("Rome", "Rome", "PROPN", "NNP", "obl", 1), (".", ".", "PUNCT", ".", "punct", 1)]


def test_one_person_escorted_is_given_no_aid(stage):
    actors = {"Officials": ("SENGOV", "SEN"), "Rome": ("ITA", "ITA")}
    assert not any(d[0] == "AID" for d in dyads(stage(build_doc([_escorted("him", "he")], actors))))


def test_a_convoy_escorted_is_aid(stage):
    """Guard: "Officials escorted the convoy to Rome": protection given."""
    actors = {"Officials": ("SENGOV", "SEN"), "Rome": ("ITA", "ITA")}
    assert any(d[0] == "AID" for d in dyads(stage(build_doc([_escorted("convoy", "convoy")], actors))))
