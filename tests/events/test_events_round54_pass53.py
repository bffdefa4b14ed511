"""Round 54 of event coding (found on the news audit's pass 53 texts): a relative clause with its
own subject is no rival to a gathering verb the parser hung on its subject ("3,000 opposition
supporters demonstrated ... to protest a parliamentary election which was marred by
ballot-rigging"); a device that went off with no place takes whom its outcome participles harmed
("A roadside bomb exploded, killing two U.S. soldiers"); shots fired into the air are no attack; a
peak taken is ground; an event noun that is the object of a verb with a speculative auxiliary is
not a happening ("fighters who could direct Pakistani artillery fire"); a participle after a phrase
of where is the clause subject's, not the phrase's ("marched towards the presidential palace
demanding ..."), and a crowd's demand is the crowd's. Hand-built parses as the bundled parser
gives them, with guard tests."""
from __future__ import annotations

from events_builders import build_doc, dyads, event_stage as stage, spec_tokens  # noqa: F401 - a fixture

from lapwing.events.parse_repair import repair_parse


def _demonstrated(relative_subject: bool):
    # 3,000 supporters demonstrated in the capital to protest an election which was marred by fraud .
    which = [("which", "which", "PRON", "WDT", "nsubj:pass", 12)] if relative_subject else []
    k = len(which)
    return [("3,000", "3000", "NUM", "CD", "nummod", 1), ("supporters", "supporter", "NOUN", "NNS", "root", -1),
            ("demonstrated", "demonstrate", "VERB", "VBN", "acl", 1), ("in", "in", "ADP", "IN", "case", 5),
            ("the", "the", "DET", "DT", "det", 5), ("capital", "capital", "NOUN", "NN", "obl", 2),
            ("to", "to", "PART", "TO", "mark", 7), ("protest", "protest", "VERB", "VB", "acl", 1),
            ("an", "a", "DET", "DT", "det", 9), ("election", "election", "NOUN", "NN", "obj", 7),
            *which, ("was", "be", "AUX", "VBD", "aux:pass", 11 + k), ("marred", "marr", "VERB", "VBN", "acl:relcl", 9),
            ("by", "by", "ADP", "IN", "case", 13 + k), ("fraud", "fraud", "NOUN", "NN", "obl:agent", 11 + k),
            (".", ".", "PUNCT", ".", "punct", 1)]


def test_a_relative_clause_with_its_own_subject_is_no_rival_verb():
    tokens, repairs = repair_parse(spec_tokens(_demonstrated(True)), named=lambda t: False)
    assert [r.rule for r in repairs] == ["finite-verb-in-subject-phrase"]
    by_text = {t.text: t for t in tokens}
    assert by_text["demonstrated"].dep == "ROOT" and by_text["supporters"].head == by_text["demonstrated"].i


def test_a_finite_verb_outside_a_relative_clause_still_blocks_the_repair():
    """Guard: with no subject of its own, "was marred" may be the clause the noun phrase is the
    subject of; the repair stays out."""
    assert repair_parse(spec_tokens(_demonstrated(False)), named=lambda t: False)[1] == ()


def _bomb(harmed: str):
    # A roadside bomb exploded , killing two HARMED .
    return [("A", "a", "DET", "DT", "det", 2), ("roadside", "roadside", "NOUN", "NN", "compound", 2),
            ("bomb", "bomb", "NOUN", "NN", "nsubj", 3), ("exploded", "explode", "VERB", "VBD", "root", -1),
            (",", ",", "PUNCT", ",", "punct", 5), ("killing", "kill", "VERB", "VBG", "advcl", 3),
            ("two", "two", "NUM", "CD", "nummod", 7), (harmed, harmed.lower(), "NOUN", "NNS", "obj", 5),
            (".", ".", "PUNCT", ".", "punct", 3)]


def test_an_unplaced_device_takes_whom_its_outcome_harmed(stage):
    doc = stage(build_doc([_bomb("soldiers")], {"soldiers": ("USAMIL", "USA")}))
    assert dyads(doc) == {("ASSAULT", "asserted", "UAF", "USAMIL")}


def test_an_unplaced_device_harming_no_one_known_is_no_event(stage):
    """Guard: "killing two people": no one the dictionaries know, no place: any crime."""
    assert dyads(stage(build_doc([_bomb("people")], {}))) == set()


def _shot(obj: str, phrase: list):
    # PLO officers shot OBJ PHRASE .
    return [("PLO", "PLO", "PROPN", "NNP", "compound", 1), ("officers", "officer", "NOUN", "NNS", "nsubj", 2),
            ("shot", "shoot", "VERB", "VBD", "root", -1), (obj, obj.lower(), "NOUN", "NNS", "obj", 2),
            *phrase, (".", ".", "PUNCT", ".", "punct", 2)]


def test_shots_into_the_air_are_no_attack(stage):
    spec = _shot("rifles", [("into", "into", "ADP", "IN", "case", 6), ("the", "the", "DET", "DT", "det", 6),
                            ("air", "air", "NOUN", "NN", "obl", 2)])
    assert dyads(stage(build_doc([spec], {"officers": ("PSEGOV", "PSE")}))) == set()


def test_shots_at_people_stay_an_attack(stage):
    """Guard: "shot protesters in the square"."""
    spec = _shot("protesters", [("in", "in", "ADP", "IN", "case", 6), ("the", "the", "DET", "DT", "det", 6),
                                ("square", "square", "NOUN", "NN", "obl", 2)])
    assert {d[0] for d in dyads(stage(build_doc([spec], {"officers": ("PSEGOV", "PSE")})))} == {"ASSAULT"}


def test_a_peak_captured_is_ground_taken(stage):
    # India captured strategic peak Tiger Hill .
    spec = [("India", "India", "PROPN", "NNP", "nsubj", 1), ("captured", "capture", "VERB", "VBD", "root", -1),
            ("strategic", "strategic", "ADJ", "JJ", "amod", 3), ("peak", "peak", "NOUN", "NN", "obj", 1),
            ("Tiger", "Tiger", "PROPN", "NNP", "compound", 5), ("Hill", "Hill", "PROPN", "NNP", "appos", 3),
            (".", ".", "PUNCT", ".", "punct", 1)]
    events = stage(build_doc([spec], {"India": ("IND", "IND")})).events
    assert [(e.event_type, e.cameo) for e in events] == [("ASSAULT", "192")]


def _direct(aux: bool):
    # fighters [could] direct Pakistani artillery fire onto the highway .
    could = [("could", "could", "AUX", "MD", "aux", 2)] if aux else []
    k = len(could)
    return [("fighters", "fighter", "NOUN", "NNS", "nsubj", 1 + k), *could,
            ("direct", "direct", "VERB", "VB" if aux else "VBD", "root", -1),
            ("Pakistani", "Pakistani", "ADJ", "JJ", "amod", 4 + k), ("artillery", "artillery", "NOUN", "NN", "compound", 4 + k),
            ("fire", "fire", "NOUN", "NN", "obj", 1 + k), ("onto", "onto", "ADP", "IN", "case", 7 + k),
            ("the", "the", "DET", "DT", "det", 7 + k), ("highway", "highway", "NOUN", "NN", "obl", 1 + k),
            (".", ".", "PUNCT", ".", "punct", 1 + k)]


def test_an_event_noun_under_a_speculative_verb_is_hypothetical(stage):
    doc = stage(build_doc([_direct(True)], {"Pakistani": ("PAK", "PAK")}))
    assert {(d[0], d[1]) for d in dyads(doc)} == {("ASSAULT", "hypothetical")}


def test_an_event_noun_under_a_plain_verb_is_asserted(stage):
    """Guard: "fighters directed Pakistani artillery fire onto the highway"."""
    doc = stage(build_doc([_direct(False)], {"Pakistani": ("PAK", "PAK")}))
    assert {(d[0], d[1]) for d in dyads(doc)} == {("ASSAULT", "asserted")}


def _marched(prep: str, place: str, verb: str = "demanding"):
    # Students marched PREP the PLACE in Manila VERB the removal of officials .
    return [("Students", "student", "NOUN", "NNS", "nsubj", 1), ("marched", "march", "VERB", "VBD", "root", -1),
            (prep, prep, "ADP", "IN", "case", 4), ("the", "the", "DET", "DT", "det", 4),
            (place, place, "NOUN", "NN", "obl", 1), ("in", "in", "ADP", "IN", "case", 6),
            ("Manila", "Manila", "PROPN", "NNP", "nmod", 4), (verb, verb[:-3], "VERB", "VBG", "advcl", 1),
            ("the", "the", "DET", "DT", "det", 9), ("removal", "removal", "NOUN", "NN", "obj", 7),
            ("of", "of", "ADP", "IN", "case", 11), ("officials", "official", "NOUN", "NNS", "nmod", 9),
            (".", ".", "PUNCT", ".", "punct", 1)]


def test_a_participle_after_a_phrase_of_where_is_the_marchers(stage):
    doc = stage(build_doc([_marched("towards", "palace")], {"Manila": ("PHL", "PHL"), "officials": ("PHLGOV", "PHL")}))
    requests = [e for e in doc.events if e.event_type == "REQUEST"]
    # the crowd's demand: the marchers, unnamed protesters placed by the city, not the palace
    assert [(e.actors[0].actor.code, e.actors[0].resolution.rule) for e in requests] == [
        ("PHL", "unnamed-protesters-place")]
    assert not any("reduced relative" in why.reason for e in requests for why in e.provenance)


def test_a_participle_after_a_phrase_of_when_keeps_the_noun_before_it(stage):
    """Guard: "after mobs demanding the release of two suspected thieves" (a reduced relative the
    parser hung as an oblique): the mobs demand."""
    # Police fired after mobs demanding the removal of officials .
    spec = [("Police", "police", "NOUN", "NNS", "nsubj", 1), ("fired", "fire", "VERB", "VBD", "root", -1),
            ("after", "after", "ADP", "IN", "case", 3), ("mobs", "mob", "NOUN", "NNS", "obl", 1),
            ("demanding", "demand", "VERB", "VBG", "advcl", 1), ("the", "the", "DET", "DT", "det", 6),
            ("removal", "removal", "NOUN", "NN", "obj", 4), ("of", "of", "ADP", "IN", "case", 8),
            ("officials", "official", "NOUN", "NNS", "nmod", 6), (".", ".", "PUNCT", ".", "punct", 1)]
    doc = stage(build_doc([spec], {"mobs": ("PHLOPP", "PHL"), "officials": ("PHLGOV", "PHL")}))
    requests = [e for e in doc.events if e.event_type == "REQUEST"]
    assert any("reduced relative" in why.reason for e in requests for why in e.provenance)
