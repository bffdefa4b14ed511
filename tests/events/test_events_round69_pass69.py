"""Round 69 of event coding (found on the news audit's pass 69 texts): a past form the parser
tagged as a noun but gave an object is a verb ("A sniper shot a French soldier"); a fronted time
word read as a second subject is an oblique ("Last November, an 18-year-old man fatally shot
..."); a subject that says no more than that someone did it ("a man") is an unnamed attacker of
the place, as a passive's "by two men" is; a participle with a "by" agent read as the verb is a
reduced relative ("Hundreds of Palestinians joined by ... activists demonstrated"); a place hung
on "later" is the verb's ("was captured eight months later in Venezuela"); an outcome hung on a
clause of going by is the attack's ("as a UN road convoy was passing, killing ..."); a
conjoined participle whose "object" has a preposition shares the passive ("were captured ... and
released ... after government negotiation"); "contractors working with" the UN is no act.
Hand-built parses as the bundled parser gives them, with guard tests."""
from __future__ import annotations

from events_builders import as_countries, build_doc, dyads, spec_tokens, event_stage as stage  # noqa: F401 - a fixture

from lapwing.events.parse_repair import repair_parse


def _rules(spec):
    tokens, repairs = repair_parse(spec_tokens(spec), named=lambda t: False)
    return tokens, [r.rule for r in repairs]


def _sniper(object_label: str):
    # A sniper shot a soldier in Sarajevo .
    return [("A", "a", "DET", "DT", "det", 2), ("sniper", "sniper", "NOUN", "NN", "compound", 2),
            ("shot", "shot", "NOUN", "NN", "root", -1), ("a", "a", "DET", "DT", "det", 4),
            ("soldier", "soldier", "NOUN", "NN", object_label, 2), ("in", "in", "ADP", "IN", "case", 6),
            ("Sarajevo", "Sarajevo", "PROPN", "NNP", "nmod", 4), (".", ".", "PUNCT", ".", "punct", 2)]


def test_a_noun_with_an_object_after_a_singular_noun_is_a_verb():
    tokens, rules = _rules(_sniper("obj"))
    assert "verb-read-as-noun" in rules
    assert tokens[2].pos == "VERB" and tokens[1].dep == "nsubj" and tokens[4].dep == "obj"


def test_a_noun_with_no_object_after_a_singular_noun_stays_a_noun():
    """Guard: "the soldier shot a ..." with no object on "shot" may be a noun phrase."""
    tokens, rules = _rules(_sniper("appos"))
    assert "verb-read-as-noun" not in rules and tokens[2].pos == "NOUN"


def _last_november(first: str, first_lemma: str, first_pos: str):
    # Last November , a man shot eight people in Finland .
    return [("Last", "last", "ADJ", "JJ", "amod", 1), (first, first_lemma, first_pos, "NNP", "nsubj", 6),
            (",", ",", "PUNCT", ",", "punct", 6), ("a", "a", "DET", "DT", "det", 4),
            ("man", "man", "NOUN", "NN", "nsubj", 6), ("fatally", "fatally", "ADV", "RB", "advmod", 6),
            ("shot", "shoot", "VERB", "VBD", "root", -1), ("eight", "eight", "NUM", "CD", "nummod", 8),
            ("people", "people", "NOUN", "NNS", "obj", 6), ("in", "in", "ADP", "IN", "case", 10),
            ("Finland", "Finland", "PROPN", "NNP", "obl", 6), (".", ".", "PUNCT", ".", "punct", 6)]


def test_a_time_word_read_as_a_second_subject_is_an_oblique():
    tokens, rules = _rules(_last_november("November", "November", "PROPN"))
    assert "date-read-as-subject" in rules
    assert tokens[1].dep == "obl:tmod" and tokens[4].dep == "nsubj"


def test_two_subjects_with_no_time_word_are_left_alone():
    """Guard: no time word among the subjects: nothing to say which is not one."""
    tokens, rules = _rules(_last_november("Smith", "Smith", "PROPN"))
    assert "date-read-as-subject" not in rules and tokens[1].dep == "nsubj"


def _a_man_shot(place: bool):
    # A man shot eight people [in Finland] .
    spec = [("A", "a", "DET", "DT", "det", 1), ("man", "man", "NOUN", "NN", "nsubj", 2),
            ("shot", "shoot", "VERB", "VBD", "root", -1), ("eight", "eight", "NUM", "CD", "nummod", 4),
            ("people", "people", "NOUN", "NNS", "obj", 2)]
    if place:
        spec += [("in", "in", "ADP", "IN", "case", 6), ("Finland", "Finland", "PROPN", "NNP", "obl", 2)]
    return spec + [(".", ".", "PUNCT", ".", "punct", 2)]


def test_a_man_who_shot_people_in_a_country_is_an_unnamed_attacker_of_it(stage):
    doc = stage(as_countries(build_doc([_a_man_shot(True)], {"Finland": ("FIN", "FIN")}), {"Finland"}))
    events = [e for e in doc.events if e.event_type == "ASSAULT"]
    assert events and events[0].actors[0].actor.code == "FIN" and events[0].actors[0].actor.sector == "UAF"


def test_a_man_who_shot_people_nowhere_named_gives_no_event(stage):
    """Guard: with no place and no one known harmed, "a man shot eight people" could be any crime."""
    doc = stage(build_doc([_a_man_shot(False)], {}))
    assert not doc.events


def _joined(label: str):
    # Palestinians joined by activists demonstrated near Bartaa .
    subject = [("Palestinians", "Palestinian", "PROPN", "NNPS", "nsubj", 1)]
    return subject + [("joined", "join", "VERB", "VBN", "root", -1), ("by", "by", "ADP", "IN", "case", 3),
                      ("activists", "activist", "NOUN", "NNS", label, 1),
                      ("demonstrated", "demonstrate", "VERB", "VBD", "advcl", 1), ("near", "near", "ADP", "IN", "case", 6),
                      ("Bartaa", "Bartaa", "PROPN", "NNP", "obl", 4), (".", ".", "PUNCT", ".", "punct", 1)]


def test_a_participle_with_a_by_agent_read_as_the_verb_is_a_reduced_relative():
    tokens, rules = _rules(_joined("obl:agent"))
    assert "agent-participle-read-as-verb" in rules
    assert tokens[4].dep == "ROOT" and tokens[0].head == 4 and tokens[0].dep == "nsubj"
    assert tokens[1].dep == "acl" and tokens[1].head == 0


def test_a_participle_with_no_by_agent_stays_the_verb():
    """Guard: "Palestinians joined activists, demonstrated ..." has no agent: nothing says passive."""
    spec = _joined("obj")
    spec[2] = ("with", "with", "ADP", "IN", "case", 3)
    tokens, rules = _rules(spec)
    assert "agent-participle-read-as-verb" not in rules and tokens[1].dep == "ROOT"


def _later(case: str, place: str, lemma: str):
    # Montesinos was captured eight months later CASE PLACE .
    return [("Montesinos", "Montesinos", "PROPN", "NNP", "nsubj:pass", 2), ("was", "be", "AUX", "VBD", "aux:pass", 2),
            ("captured", "capture", "VERB", "VBN", "root", -1), ("eight", "eight", "NUM", "CD", "nummod", 4),
            ("months", "month", "NOUN", "NNS", "obl:npmod", 5), ("later", "late", "ADV", "RBR", "advmod", 2),
            (case, case, "ADP", "IN", "case", 7), (place, lemma, "PROPN", "NNP", "obl", 5),
            (".", ".", "PUNCT", ".", "punct", 2)]


def test_a_place_hung_on_later_is_the_verbs():
    tokens, rules = _rules(_later("in", "Venezuela", "Venezuela"))
    assert "phrase-on-date" in rules and tokens[7].head == 2


def test_a_time_hung_on_later_stays():
    """Guard: "eight months later in May": a time word, which may well be "later"'s."""
    tokens, rules = _rules(_later("in", "May", "May"))
    assert "phrase-on-date" not in rules and tokens[7].head == 5


def _passing(participle: str, lemma: str):
    # A bomb was detonated in Kandahar as a convoy was passing , PARTICIPLE a driver .
    return [("A", "a", "DET", "DT", "det", 1), ("bomb", "bomb", "NOUN", "NN", "nsubj:pass", 3),
            ("was", "be", "AUX", "VBD", "aux:pass", 3), ("detonated", "detonate", "VERB", "VBN", "root", -1),
            ("in", "in", "ADP", "IN", "case", 5), ("Kandahar", "Kandahar", "PROPN", "NNP", "obl", 3),
            ("as", "as", "ADP", "IN", "case", 8), ("a", "a", "DET", "DT", "det", 8),
            ("convoy", "convoy", "NOUN", "NN", "nsubj", 10), ("was", "be", "AUX", "VBD", "aux", 10),
            ("passing", "pass", "VERB", "VBG", "advcl", 3), (",", ",", "PUNCT", ",", "punct", 12),
            (participle, lemma, "VERB", "VBG", "advcl", 10), ("a", "a", "DET", "DT", "det", 14),
            ("driver", "driver", "NOUN", "NN", "obj", 12), (".", ".", "PUNCT", ".", "punct", 3)]


def test_a_killing_hung_on_a_clause_of_going_by_is_the_attacks_outcome():
    tokens, rules = _rules(_passing("killing", "kill"))
    assert "outcome-on-relative-clause" in rules and tokens[12].head == 3


def test_another_participle_on_a_clause_of_going_by_stays():
    """Guard: "as a convoy was passing, carrying a driver": the convoy carried; no harm to move."""
    tokens, rules = _rules(_passing("carrying", "carry"))
    assert "outcome-on-relative-clause" not in rules and tokens[12].head == 10


def _released(case: bool):
    # A Canadian was captured by tribesmen and released after negotiation .
    spec = [("A", "a", "DET", "DT", "det", 1), ("Canadian", "Canadian", "PROPN", "NNP", "nsubj:pass", 3),
            ("was", "be", "AUX", "VBD", "aux:pass", 3), ("captured", "capture", "VERB", "VBN", "root", -1),
            ("by", "by", "ADP", "IN", "case", 5), ("Yemen", "Yemen", "PROPN", "NNP", "obl:agent", 3),
            ("and", "and", "CCONJ", "CC", "cc", 7), ("released", "release", "VERB", "VBD", "conj", 3)]
    spec += [("after", "after", "ADP", "IN", "case", 9)] if case else [("a", "a", "DET", "DT", "det", 9)]
    return spec + [("negotiator", "negotiator", "NOUN", "NN", "obj", 7), (".", ".", "PUNCT", ".", "punct", 3)]


def test_a_conjoined_participle_whose_object_has_a_preposition_shares_the_passive(stage):
    doc = stage(build_doc([_released(True)], {"Canadian": ("CAN", "CAN"), "Yemen": ("YEM", "YEM")}))
    assert not any(e.actors[0].actor.code == "CAN" for e in doc.events)


def test_a_conjoined_verb_with_a_real_object_is_active(stage):
    """Guard: "... and released a negotiator": the Canadian released someone (an active verb)."""
    doc = stage(build_doc([_released(False)], {"Canadian": ("CAN", "CAN"), "Yemen": ("YEM", "YEM")}))
    assert any(e.actors[0].actor.code == "CAN" for e in doc.events)


def _working(describing: bool):
    if describing:  # contractors working with UNOPS died .
        return [("contractors", "contractor", "NOUN", "NNS", "nsubj", 4), ("working", "work", "VERB", "VBG", "acl", 0),
                ("with", "with", "ADP", "IN", "case", 3), ("UNOPS", "UNOPS", "PROPN", "NNP", "obl", 1),
                ("died", "die", "VERB", "VBD", "root", -1), (".", ".", "PUNCT", ".", "punct", 4)]
    # Nepal is working with UNOPS .
    return [("Nepal", "Nepal", "PROPN", "NNP", "nsubj", 2), ("is", "be", "AUX", "VBZ", "aux", 2),
            ("working", "work", "VERB", "VBG", "root", -1), ("with", "with", "ADP", "IN", "case", 4),
            ("UNOPS", "UNOPS", "PROPN", "NNP", "obl", 2), (".", ".", "PUNCT", ".", "punct", 2)]


def test_people_working_with_an_agency_is_no_cooperation(stage):
    actors = {"contractors": ("NPL", "NPL"), "UNOPS": ("IGO", None), "Nepal": ("NPL", "NPL")}
    doc = stage(build_doc([_working(True)], actors))
    assert "COOPERATE" not in {d[0] for d in dyads(doc)}


def test_a_state_working_with_an_agency_cooperates(stage):
    """Guard: a finite "is working with" is an act."""
    actors = {"contractors": ("NPL", "NPL"), "UNOPS": ("IGO", None), "Nepal": ("NPL", "NPL")}
    doc = stage(build_doc([_working(False)], actors))
    assert ("COOPERATE", "asserted", "NPL", "IGO") in dyads(doc)
