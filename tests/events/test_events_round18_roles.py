"""Round 18 of event coding (found on the news audit's pass 10 texts): whose country an act
takes, and which phrase names its target.

* a country's name in an apposition describes ("shot in an ambush north of Karbala, Poland's
  first combat casualty"): it does not place the act, while the place a direction word is
  measured from does;
* "were captured, tortured and killed by tribal fighters": a regular past form joined to a
  passive is passive too, whatever the tagger called it; and the country the harmed come "from"
  makes no domestic conflict of the attackers;
* "captured the Gaza Strip and Sinai from Egypt": whom ground is taken from is the target;
* "Damascus, which has refused ..., strongly criticised the accords and accused Jordan": the verb
  hung as a parenthesis on its subject (parse repair ``verb-after-relative-clause``);
* "detonated a roadside bomb and injured three US soldiers": one happening.

Hand-built parses as the bundled parser gives them, with guard tests."""
from __future__ import annotations

from lapwing.events.parse_repair import repair_parse

from events_builders import build_doc, dyads, event_stage as stage  # noqa: F401 - a fixture

ACTORS = {"Karbala": ("IRQ", "IRQ"), "Poland": ("POL", "POL"), "Jordan": ("JOR", "JOR"), "Malawi": ("MWI", "MWI"),
          "Israel": ("ISR", "ISR"), "Egypt": ("EGY", "EGY"), "Gaza": ("PSE", "PSE"), "Damascus": ("SYR", "SYR"),
          "US": ("USA", "USA"), "Tikrit": ("IRQ", "IRQ")}
PLACES = {"Karbala", "Damascus", "Tikrit"}


def _doc(spec, *, sectors=()):
    from lapwing.model import Actor, Mention
    doc = build_doc([spec], ACTORS)
    mentions = tuple(m.replace(kind="location") if m.text in PLACES else m for m in doc.mentions)
    for word, sector in sectors:  # an unnamed group ("fighters", "guerrillas")
        tok = next(t for t in doc.sentences[0].tokens if t.text == word)
        mentions += (Mention(start_char=tok.start_char, end_char=tok.end_char, text=word, kind="group", sentence=0,
                             actor=Actor(name=word, sector=sector)),)
    return doc.replace(mentions=mentions)


def _codes(doc):
    return {(e.event_type, e.actors[0].actor.cameo_code or e.actors[0].actor.code,
             e.recipients[0].actor.country if e.recipients else "-") for e in doc.events}


# A soldier was shot in an ambush north of Karbala , Poland 's first casualty .
AMBUSH = [("A", "a", "DET", "DT", "det", 1), ("soldier", "soldier", "NOUN", "NN", "nsubj:pass", 3),
          ("was", "be", "AUX", "VBD", "aux:pass", 3), ("shot", "shoot", "VERB", "VBN", "root", -1),
          ("in", "in", "ADP", "IN", "case", 6), ("an", "a", "DET", "DT", "det", 6),
          ("ambush", "ambush", "NOUN", "NN", "obl", 3), ("north", "north", "ADV", "RB", "advmod", 6),
          ("of", "of", "ADP", "IN", "case", 9), ("Karbala", "Karbala", "PROPN", "NNP", "obl", 7),
          (",", ",", "PUNCT", ",", "punct", 14), ("Poland", "Poland", "PROPN", "NNP", "nmod:poss", 14),
          ("'s", "'s", "PART", "POS", "case", 11), ("first", "first", "ADJ", "JJ", "amod", 14),
          ("casualty", "casualty", "NOUN", "NN", "appos", 6), (".", ".", "PUNCT", ".", "punct", 3)]


def test_a_country_in_an_apposition_does_not_place_the_act_the_direction_phrase_does(stage):
    found = _codes(stage(_doc(AMBUSH)))
    assert {(t, a) for t, a, _ in found} == {("ASSAULT", "IRQUAF")}


def test_without_the_direction_phrase_the_apposition_still_places_nothing(stage):
    """Guard: with "north of Karbala" gone, Poland in the apposition is still no place."""
    spec = [t if t[0] != "north" else ("today", "today", "NOUN", "NN", "obl:tmod", 3) for t in AMBUSH]
    spec = [t if t[0] not in ("of", "Karbala") else (t[0], t[1], t[2], t[3], "dep", 3) for t in spec]
    assert not any(a == "POLUAF" for _, a, _ in _codes(stage(_doc(spec))))


# Two observers , one from Jordan and the other from Malawi , were captured , tortured and killed by fighters .
OBSERVERS = [("Two", "two", "NUM", "CD", "nummod", 1), ("observers", "observer", "NOUN", "NNS", "nsubj:pass", 15),
             (",", ",", "PUNCT", ",", "punct", 3), ("one", "one", "NUM", "CD", "appos", 1),
             ("from", "from", "ADP", "IN", "case", 5), ("Jordan", "Jordan", "PROPN", "NNP", "nmod", 3),
             ("and", "and", "CCONJ", "CC", "cc", 8), ("the", "the", "DET", "DT", "det", 8),
             ("other", "other", "ADJ", "JJ", "conj", 1), ("from", "from", "ADP", "IN", "case", 10),
             ("Malawi", "Malawi", "PROPN", "NNP", "nmod", 8), (",", ",", "PUNCT", ",", "punct", 1),
             ("were", "be", "AUX", "VBD", "aux:pass", 13), ("captured", "capture", "VERB", "VBN", "conj", 15),
             (",", ",", "PUNCT", ",", "punct", 15), ("tortured", "tortured", "VERB", "JJ", "root", -1),
             ("and", "and", "CCONJ", "CC", "cc", 17), ("killed", "kill", "VERB", "VBN", "conj", 15),
             ("by", "by", "ADP", "IN", "case", 19), ("fighters", "fighter", "NOUN", "NNS", "obl:agent", 17),
             (".", ".", "PUNCT", ".", "punct", 15)]
# (the root moved to "tortured" so that "captured", a passive with its auxiliary, heads nothing; the
# real parse hangs "tortured" and "killed" on "captured": see the next test)
OBSERVERS_REAL = [t if t[0] not in ("captured", "tortured", "observers", "were") else
                  {"captured": ("captured", "capture", "VERB", "VBN", "root", -1),
                   "tortured": ("tortured", "tortured", "VERB", "JJ", "conj", 13),
                   "observers": ("observers", "observer", "NOUN", "NNS", "nsubj:pass", 13),
                   "were": ("were", "be", "AUX", "VBD", "aux:pass", 13)}[t[0]] for t in OBSERVERS]
OBSERVERS_REAL = [t if t[0] != "killed" else ("killed", "kill", "VERB", "VBN", "conj", 13) for t in OBSERVERS_REAL]
OBSERVERS_REAL = [t if t[0] not in (",", "and") or t[5] != 15 else (t[0], t[1], t[2], t[3], t[4], 13)
                  for t in OBSERVERS_REAL]


def test_the_harmed_are_never_the_actors_of_a_conjunct_tagged_as_an_adjective(stage):
    found = _codes(stage(_doc(OBSERVERS_REAL, sectors=[("fighters", "REB")])))
    assert not any(a in ("JOR", "MWI") for _, a, _ in found)


# An observer from Malawi was killed by fighters .
FROM_MALAWI = [("An", "a", "DET", "DT", "det", 1), ("observer", "observer", "NOUN", "NN", "nsubj:pass", 6),
               ("from", "from", "ADP", "IN", "case", 3), ("Malawi", "Malawi", "PROPN", "NNP", "nmod", 1),
               ("was", "be", "AUX", "VBD", "aux:pass", 6), ("brutally", "brutally", "ADV", "RB", "advmod", 6),
               ("killed", "kill", "VERB", "VBN", "root", -1), ("by", "by", "ADP", "IN", "case", 8),
               ("fighters", "fighter", "NOUN", "NNS", "obl:agent", 6), (".", ".", "PUNCT", ".", "punct", 6)]


def test_the_country_the_harmed_come_from_makes_no_domestic_conflict(stage):
    doc = stage(_doc(FROM_MALAWI, sectors=[("fighters", "REB")]))
    killers = [e.actors[0].actor for e in doc.events if e.actors[0].text == "fighters"]
    assert killers and all(a.country is None for a in killers)


# Israel captured Gaza from Egypt .
FROM_EGYPT = [("Israel", "Israel", "PROPN", "NNP", "nsubj", 1), ("captured", "capture", "VERB", "VBD", "root", -1),
              ("Gaza", "Gaza", "PROPN", "NNP", "obj", 1), ("from", "from", "ADP", "IN", "case", 4),
              ("Egypt", "Egypt", "PROPN", "NNP", "nmod", 2), (".", ".", "PUNCT", ".", "punct", 1)]


def test_whom_ground_is_taken_from_is_the_target(stage):
    doc = _doc(FROM_EGYPT)
    doc = doc.replace(mentions=tuple(m.replace(kind="location") if m.text == "Gaza" else m for m in doc.mentions))
    assert dyads(stage(doc)) == {("ASSAULT", "asserted", "ISR", "EGY")}


# Damascus , which has refused talks , strongly criticised the accords and accused Jordan .
RELATIVE = [("Damascus", "Damascus", "PROPN", "NNP", "root", -1), (",", ",", "PUNCT", ",", "punct", 4),
            ("which", "which", "PRON", "WDT", "nsubj", 4), ("has", "have", "AUX", "VBZ", "aux", 4),
            ("refused", "refuse", "VERB", "VBN", "acl:relcl", 0), ("talks", "talk", "NOUN", "NNS", "obj", 4),
            (",", ",", "PUNCT", ",", "punct", 8), ("strongly", "strongly", "ADV", "RB", "advmod", 8),
            ("criticised", "criticise", "VERB", "VBD", "parataxis", 0), ("the", "the", "DET", "DT", "det", 10),
            ("accords", "accord", "NOUN", "NNS", "obj", 8), ("and", "and", "CCONJ", "CC", "cc", 12),
            ("accused", "accuse", "VERB", "VBD", "conj", 8), ("Jordan", "Jordan", "PROPN", "NNP", "obj", 12),
            (".", ".", "PUNCT", ".", "punct", 0)]


def test_the_verb_after_a_relative_clause_on_its_subject_is_the_root(stage):
    doc = _doc(RELATIVE)
    tokens, repairs = repair_parse(doc.sentences[0].tokens, named=lambda t: False)
    assert [r.rule for r in repairs] == ["verb-after-relative-clause"]
    assert ("ACCUSE", "asserted", "SYR", "JOR") in dyads(stage(doc))


def test_a_parenthesis_with_its_own_subject_is_left_alone():
    """Guard: "Damascus, which has refused talks, officials said" keeps the parse."""
    spec = [t for t in RELATIVE[:7]] + [("officials", "official", "NOUN", "NNS", "nsubj", 8),
                                        ("said", "say", "VERB", "VBD", "parataxis", 0), (".", ".", "PUNCT", ".", "punct", 0)]
    doc = _doc(spec)
    assert repair_parse(doc.sentences[0].tokens, named=lambda t: False)[1] == ()


# Guerrillas detonated a bomb and injured three US soldiers in Tikrit .
WEAPON_AND_HARM = [("Guerrillas", "guerrilla", "NOUN", "NNS", "nsubj", 1),
                   ("detonated", "detonate", "VERB", "VBD", "root", -1), ("a", "a", "DET", "DT", "det", 3),
                   ("bomb", "bomb", "NOUN", "NN", "obj", 1), ("and", "and", "CCONJ", "CC", "cc", 5),
                   ("injured", "injure", "VERB", "VBD", "conj", 1), ("three", "three", "NUM", "CD", "nummod", 8),
                   ("US", "US", "PROPN", "NNP", "compound", 8), ("soldiers", "soldier", "NOUN", "NNS", "obj", 5),
                   ("in", "in", "ADP", "IN", "case", 10), ("Tikrit", "Tikrit", "PROPN", "NNP", "obl", 5),
                   (".", ".", "PUNCT", ".", "punct", 1)]


def test_using_a_weapon_and_harming_with_it_are_one_happening(stage):
    found = stage(_doc(WEAPON_AND_HARM, sectors=[("Guerrillas", "REB")]))
    assert [(e.event_type, e.recipients[0].actor.country if e.recipients else "-") for e in found.events] == [
        ("ASSAULT", "USA")]


def test_a_weapon_verb_alone_is_still_coded(stage):
    """Guard: with no harm verb joined, the bombing is the event (on its place)."""
    spec = WEAPON_AND_HARM[:4] + [("in", "in", "ADP", "IN", "case", 5), ("Tikrit", "Tikrit", "PROPN", "NNP", "obl", 1),
                                  (".", ".", "PUNCT", ".", "punct", 1)]
    found = stage(_doc(spec, sectors=[("Guerrillas", "REB")]))
    assert [e.event_type for e in found.events] == ["ASSAULT"]
