"""Round 46 of event coding (found on the news audit's pass 45 texts): a protest's bare
protesting participle is the same protest, and the "by" phrase the parser hung on it is the
agent of what it protests ("demonstrated ..., protesting the arrest by Russian troops of a
student": one protest against the troops, not the troops protesting); whom its accusing
participle accuses is its target ("demonstrated against the meeting, charging that ... Israel
..."); an "of" phrase inside a phrase of no place says nothing of where ("rallied against the
invasion of Iraq"); a noun heading a clause has no premodifiers ("on high alert" with "as Israeli
police were" before it); a participle of a quotation hung on the reporting verb tells the
quoted attack's outcome; ground nouns ("captured the site"). Hand-built parses as the bundled
parser gives them, with guard tests."""
from __future__ import annotations

from events_builders import as_cities, build_doc, dyads, event_stage as stage  # noqa: F401 - a fixture


ACTORS = {"people": ("CVL", None), "troops": ("RUSMIL", "RUS"), "Palestinians": ("PSE", "PSE"),
          "Israel": ("ISR", "ISR"), "Gaza": ("PSE", "PSE"), "army": ("ISRMIL", "ISR"), "police": ("ISRCOP", "ISR"),
          "source": ("IRQGOV", "IRQ"), "Baghdad": ("IRQ", "IRQ"), "Iraq": ("IRQ", "IRQ")}


def _arrest(participle, lemma):
    # people demonstrated , PARTICIPLE the arrest by troops .
    return [("people", "people", "NOUN", "NNS", "nsubj", 1), ("demonstrated", "demonstrate", "VERB", "VBD", "root", -1),
            (",", ",", "PUNCT", ",", "punct", 3), (participle, lemma, "VERB", "VBG", "advcl", 1),
            ("the", "the", "DET", "DT", "det", 5), ("arrest", "arrest", "NOUN", "NN", "obj", 3),
            ("by", "by", "ADP", "IN", "case", 7), ("troops", "troops", "NOUN", "NNS", "obl", 3),
            (".", ".", "PUNCT", ".", "punct", 1)]


def test_a_protesting_participle_is_the_same_protest_against_the_doer(stage):
    """The troops whose arrest of a student was protested were read as the participle's agent:
    a protest by the troops against themselves, beside the crowd's protest against no one."""
    assert {d for d in dyads(stage(build_doc([_arrest("protesting", "protest")], ACTORS)))
            if d[0] == "PROTEST"} == {("PROTEST", "asserted", "CVL", "RUSMIL")}


def test_a_gerund_after_a_preposition_keeps_its_by_agent(stage):
    """Guard: "protested against destroying two jets by French force": a nominal act whose
    agent the "by" phrase names (a gerund with a preposition of its own)."""
    spec = [("people", "people", "NOUN", "NNS", "nsubj", 1), ("protested", "protest", "VERB", "VBD", "root", -1),
            ("against", "against", "SCONJ", "IN", "mark", 3), ("destroying", "destroy", "VERB", "VBG", "advcl", 1),
            ("jets", "jet", "NOUN", "NNS", "obj", 3), ("by", "by", "ADP", "IN", "case", 6),
            ("troops", "troops", "NOUN", "NNS", "obl", 3), (".", ".", "PUNCT", ".", "punct", 1)]
    assert ("ASSAULT", "asserted", "RUSMIL", "-") in dyads(stage(build_doc([spec], ACTORS)))


def _charging(verb, lemma):
    # Palestinians demonstrated against the meeting , VERB that Israel was paying lip service .
    return [("Palestinians", "Palestinian", "PROPN", "NNPS", "nsubj", 1),
            ("demonstrated", "demonstrate", "VERB", "VBD", "root", -1), ("against", "against", "ADP", "IN", "case", 4),
            ("the", "the", "DET", "DT", "det", 4), ("meeting", "meeting", "NOUN", "NN", "obl", 1),
            (",", ",", "PUNCT", ",", "punct", 6), (verb, lemma, "VERB", "VBG", "advcl", 1),
            ("that", "that", "SCONJ", "IN", "mark", 10), ("Israel", "Israel", "PROPN", "NNP", "nsubj", 10),
            ("was", "be", "AUX", "VBD", "aux", 10), ("paying", "pay", "VERB", "VBG", "ccomp", 6),
            ("lip", "lip", "NOUN", "NN", "compound", 12), ("service", "service", "NOUN", "NN", "obj", 10),
            (".", ".", "PUNCT", ".", "punct", 1)]


def test_whom_the_protesters_accuse_is_the_protests_target(stage):
    """With no target named by "against the meeting", the own-government default made the
    Palestinians protest against Palestine."""
    assert ("PROTEST", "asserted", "PSE", "ISR") in dyads(stage(build_doc([_charging("charging", "charge")], ACTORS)))


def test_a_saying_participle_names_no_target(stage):
    """Guard: "saying that Israel ..." reports words, whose subject is no one accused."""
    assert ("PROTEST", "asserted", "PSE", "ISR") not in dyads(stage(build_doc([_charging("saying", "say")], ACTORS)))


def test_a_country_in_a_protest_target_does_not_place_an_attack(stage):
    """"two people were fatally shot when tens of thousands rallied against the invasion of Iraq":
    Iraq, whose invasion the rally opposed, placed the shooting."""
    spec = [("two", "two", "NUM", "CD", "nummod", 1), ("people", "people", "NOUN", "NNS", "nsubj:pass", 3),
            ("were", "be", "AUX", "VBD", "aux:pass", 3), ("shot", "shoot", "VERB", "VBN", "root", -1),
            ("when", "when", "ADV", "WRB", "advmod", 6), ("thousands", "thousand", "NOUN", "NNS", "nsubj", 6),
            ("rallied", "rally", "VERB", "VBD", "advcl", 3), ("against", "against", "ADP", "IN", "case", 9),
            ("the", "the", "DET", "DT", "det", 9), ("invasion", "invasion", "NOUN", "NN", "obl", 6),
            ("of", "of", "ADP", "IN", "case", 11), ("Iraq", "Iraq", "PROPN", "NNP", "nmod", 9),
            (".", ".", "PUNCT", ".", "punct", 3)]
    actors = {"Iraq": ("IRQ", "IRQ")}
    doc = build_doc([spec], actors)
    doc = doc.replace(mentions=tuple(m.replace(kind="location") for m in doc.mentions))
    assert not {d for d in dyads(stage(doc)) if d[0] == "ASSAULT" and d[2].startswith("IRQ")}


def test_an_of_phrase_off_a_coast_still_places(stage):
    """Guard: "killed off the coast of Somalia": the outer phrase says where."""
    spec = [("two", "two", "NUM", "CD", "nummod", 1), ("soldiers", "soldier", "NOUN", "NNS", "nsubj:pass", 3),
            ("were", "be", "AUX", "VBD", "aux:pass", 3), ("killed", "kill", "VERB", "VBN", "root", -1),
            ("off", "off", "ADP", "IN", "case", 6), ("the", "the", "DET", "DT", "det", 6),
            ("coast", "coast", "NOUN", "NN", "obl", 3), ("of", "of", "ADP", "IN", "case", 8),
            ("Iraq", "Iraq", "PROPN", "NNP", "nmod", 6), (".", ".", "PUNCT", ".", "punct", 3)]
    doc = build_doc([spec], {"Iraq": ("IRQ", "IRQ"), "soldiers": ("MIL", None)})
    doc = doc.replace(mentions=tuple(m.replace(kind="location") if m.text == "Iraq" else m for m in doc.mentions))
    assert {d[2] for d in dyads(stage(doc))} == {"IRQ"}


def test_a_clause_noun_has_no_premodifier_actor(stage):
    """"demolished the house, as Israeli police were on high alert": the parser hung the clause on
    "alert" as an oblique, and the police before it became the demolition's target."""
    spec = [("army", "army", "NOUN", "NN", "nsubj", 1), ("demolished", "demolish", "VERB", "VBD", "root", -1),
            ("the", "the", "DET", "DT", "det", 3), ("house", "house", "NOUN", "NN", "obj", 1),
            (",", ",", "PUNCT", ",", "punct", 10), ("as", "as", "SCONJ", "IN", "mark", 10),
            ("police", "police", "NOUN", "NN", "nsubj", 10), ("were", "be", "AUX", "VBD", "cop", 10),
            ("on", "on", "ADP", "IN", "case", 10), ("high", "high", "ADJ", "JJ", "amod", 10),
            ("alert", "alert", "NOUN", "NN", "obl", 1), (".", ".", "PUNCT", ".", "punct", 1)]
    assert {d[3] for d in dyads(stage(build_doc([spec], ACTORS)))} == {"-"}


def test_a_quoted_attacks_outcome_on_the_reporting_verb_is_the_attack(stage):
    """'"A car bomb detonated inside a market in Baghdad, killing at least 14," a source told
    Xinhua': the killing hung on "told" was a second attack, by the source."""
    spec = [("bomb", "bomb", "NOUN", "NN", "nsubj", 1), ("detonated", "detonate", "VERB", "VBD", "root", -1),
            ("in", "in", "ADP", "IN", "case", 3), ("Baghdad", "Baghdad", "PROPN", "NNP", "obl", 1),
            (",", ",", "PUNCT", ",", "punct", 5), ("killing", "kill", "VERB", "VBG", "advcl", 8),
            ("14", "14", "NUM", "CD", "obj", 5), ("source", "source", "NOUN", "NN", "nsubj", 8),
            ("told", "tell", "VERB", "VBD", "advcl", 1), ("Xinhua", "Xinhua", "PROPN", "NNP", "iobj", 8),
            (".", ".", "PUNCT", ".", "punct", 1)]
    events = stage(as_cities(build_doc([spec], ACTORS), {"Baghdad"})).events
    assert [e.actors[0].actor.code for e in events] == ["IRQ"] and events[0].actors[0].text == "Baghdad"


def _captured(obj):
    return [("Israel", "Israel", "PROPN", "NNP", "nsubj", 1), ("captured", "capture", "VERB", "VBD", "root", -1),
            ("the", "the", "DET", "DT", "det", 3), (obj, obj, "NOUN", "NN", "obj", 1),
            (".", ".", "PUNCT", ".", "punct", 1)]


def test_a_site_captured_is_ground_taken(stage):
    assert {d[0] for d in dyads(stage(build_doc([_captured("site")], ACTORS)))} == {"ASSAULT"}


def test_a_man_captured_is_an_arrest(stage):
    """Guard."""
    assert {d[0] for d in dyads(stage(build_doc([_captured("suspect")], ACTORS)))} == {"COERCE"}
