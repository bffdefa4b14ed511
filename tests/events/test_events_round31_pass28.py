"""Round 31 of event coding (found on the news audit's pass 28 texts):

* an attack that names no attacker and no place the dictionaries know ("a senior Mexican police
  officer has been shot dead in a border city") has an unidentified armed force of no country as
  its attacker when the harmed are named actors;
* a weapon as the passive's agent ("killed Sunday by a mine") is no attacker, and a weapon that
  went off "near" a named actor hit it;
* "killed an American soldier and wounded another": "another" stands for the soldier;
* "demonstrated ... to protest against Sharon's plan": a protest's own clause of protesting names
  its target by its phrases;
* "outside the Baghdad headquarters of the US-led coalition": the city says where, "of" whose;
* "free Sunni Muslims they say have been arrested": a report of its own clause does not report
  the main clause;
* "Iraq's planned embargo" has not happened;
* a "since" time on a plain past ("was captured ... since January") is not the act's date;
* "Bethlehem", next to Israeli and Palestinian names, is not Belém (whose alternate name it is).

Hand-built parses as the bundled parser gives them, with guard tests."""
from __future__ import annotations

import datetime as dt

from events_builders import as_cities, build_doc, dyads, event_stage as stage  # noqa: F401 - a fixture

ACTORS = {"officer": ("MEXCOP", "MEX"), "soldier": ("USAMIL", "USA"), "patrol": ("USAMIL", "USA"),
          "gunmen": ("UAF", None), "settlers": ("ISRCVL", "ISR"), "Sharon": ("ISRGOV", "ISR"),
          "Gaza": ("PSE", "PSE"), "people": ("CVL", None), "Baghdad": ("IRQ", "IRQ"),
          "coalition": ("IGO", None), "Iraq": ("IRQ", "IRQ"), "police": ("COP", None)}
KINDS = {"Gaza": "location", "officer": "person", "soldier": "person"}


def _doc(spec):
    doc = build_doc([spec], ACTORS)
    doc = doc.replace(mentions=tuple(m.replace(kind=KINDS[m.text]) if m.text in KINDS else m for m in doc.mentions))
    return as_cities(doc, {"Baghdad"})  # as the actors stage resolves a capital: a place below the country


# an officer was shot dead .
SHOT = [("an", "a", "DET", "DT", "det", 1), ("officer", "officer", "NOUN", "NN", "nsubj:pass", 3),
        ("was", "be", "AUX", "VBD", "aux:pass", 3), ("shot", "shoot", "VERB", "VBN", "root", -1),
        ("dead", "dead", "ADJ", "JJ", "xcomp", 3), (".", ".", "PUNCT", ".", "punct", 3)]


def test_a_named_victim_with_no_place_has_an_unnamed_attacker(stage):
    doc = stage(_doc(SHOT))
    assert ("ASSAULT", "asserted", "UAF", "MEXCOP") in dyads(doc)
    attacker = doc.events[0].actors[0]
    assert attacker.actor.country is None and attacker.resolution.rule == "unnamed-attacker"


def test_an_unnamed_victim_with_no_place_gives_no_event(stage):
    """Guard: "a man was shot dead" names no one the act makes political."""
    spec = [t if t[0] != "officer" else ("man", "man", "NOUN", "NN", "nsubj:pass", 3) for t in SHOT]
    assert not dyads(stage(_doc(spec)))


def test_ground_taken_with_no_place_gives_no_unnamed_attacker(stage):
    """Guard: "Iraq was captured" (ground, CAMEO 192) harms no one named."""
    spec = [("Iraq", "Iraq", "PROPN", "NNP", "nsubj:pass", 2), ("was", "be", "AUX", "VBD", "aux:pass", 2),
            ("captured", "capture", "VERB", "VBN", "root", -1), (".", ".", "PUNCT", ".", "punct", 2)]
    assert not any(d[2] == "UAF" for d in dyads(stage(_doc(spec))))


# a soldier was killed by a mine .
BY_MINE = [("a", "a", "DET", "DT", "det", 1), ("soldier", "soldier", "NOUN", "NN", "nsubj:pass", 3),
           ("was", "be", "AUX", "VBD", "aux:pass", 3), ("killed", "kill", "VERB", "VBN", "root", -1),
           ("by", "by", "ADP", "IN", "case", 6), ("a", "a", "DET", "DT", "det", 6),
           ("mine", "mine", "NOUN", "NN", "obl:agent", 3), (".", ".", "PUNCT", ".", "punct", 3)]


def test_a_weapon_as_the_agent_leaves_the_attacker_unnamed(stage):
    assert ("ASSAULT", "asserted", "UAF", "USAMIL") in dyads(stage(_doc(BY_MINE)))


# a bomb detonated near a patrol .
NEAR = [("a", "a", "DET", "DT", "det", 1), ("bomb", "bomb", "NOUN", "NN", "nsubj", 2),
        ("detonated", "detonate", "VERB", "VBD", "root", -1), ("near", "near", "ADP", "IN", "case", 5),
        ("a", "a", "DET", "DT", "det", 5), ("patrol", "patrol", "NOUN", "NN", "obl", 2),
        (".", ".", "PUNCT", ".", "punct", 2)]


def test_a_weapon_that_went_off_near_a_named_actor_hit_it(stage):
    assert ("ASSAULT", "asserted", "UAF", "USAMIL") in dyads(stage(_doc(NEAR)))


# in Baghdad gunmen shot and killed a soldier and wounded another guarding a station .
# (as the parser reads it: "another" a determiner of "guarding", the soldier the object of "killed")
ANOTHER = [("in", "in", "ADP", "IN", "case", 1), ("Baghdad", "Baghdad", "PROPN", "NNP", "obl", 3),
           ("gunmen", "gunman", "NOUN", "NNS", "nsubj", 3), ("shot", "shoot", "VERB", "VBD", "root", -1),
           ("and", "and", "CCONJ", "CC", "cc", 5), ("killed", "kill", "VERB", "VBD", "conj", 3),
           ("a", "a", "DET", "DT", "det", 7), ("soldier", "soldier", "NOUN", "NN", "obj", 5),
           ("and", "and", "CCONJ", "CC", "cc", 9), ("wounded", "wound", "VERB", "VBD", "conj", 3),
           ("another", "another", "DET", "DT", "det", 11), ("guarding", "guard", "VERB", "VBG", "advcl", 3),
           ("a", "a", "DET", "DT", "det", 13), ("station", "station", "NOUN", "NN", "obj", 11),
           (".", ".", "PUNCT", ".", "punct", 3)]


def test_another_stands_for_the_object_of_the_coordinated_verb(stage):
    doc = stage(_doc(ANOTHER))
    wounded = [e for e in doc.events if "wounded" in e.evidence]
    assert wounded and {r.actor.code for e in wounded for r in e.recipients} == {"USAMIL"}


def test_a_coordinated_verb_with_its_own_object_keeps_it(stage):
    """Guard: "... and wounded Iraq" (an object of its own) is not the soldier."""
    spec = ANOTHER[:10] + [("Iraq", "Iraq", "PROPN", "NNP", "obj", 9), (".", ".", "PUNCT", ".", "punct", 3)]
    wounded = [e for e in stage(_doc(spec)).events if "wounded" in e.evidence]
    assert wounded and wounded[0].recipients[0].actor.code == "IRQ"


# settlers demonstrated in Gaza to protest against Sharon 's plan .
PROTEST_AGAINST = [("settlers", "settler", "NOUN", "NNS", "nsubj", 1),
                   ("demonstrated", "demonstrate", "VERB", "VBD", "root", -1), ("in", "in", "ADP", "IN", "case", 3),
                   ("Gaza", "Gaza", "PROPN", "NNP", "obl", 1), ("to", "to", "PART", "TO", "mark", 5),
                   ("protest", "protest", "VERB", "VB", "advcl", 1), ("against", "against", "ADP", "IN", "case", 9),
                   ("Sharon", "Sharon", "PROPN", "NNP", "nmod:poss", 9), ("'s", "'s", "PART", "POS", "case", 7),
                   ("plan", "plan", "NOUN", "NN", "obl", 5), (".", ".", "PUNCT", ".", "punct", 1)]


def test_a_clause_of_protesting_names_the_protest_target(stage):
    pairs = {(d[0], d[3]) for d in dyads(stage(_doc(PROTEST_AGAINST)))}
    assert ("PROTEST", "ISRGOV") in pairs and ("PROTEST", "PSE") not in pairs


def test_a_purpose_clause_of_another_verb_still_names_no_target_by_its_phrases(stage):
    """Guard (round 26): "demonstrated in Gaza to export gas against Sharon's plan" is no protest
    against Sharon: only a clause of protesting speaks for the protest by its phrases."""
    spec = [t if t[0] != "protest" else ("export", "export", "VERB", "VB", "advcl", 1) for t in PROTEST_AGAINST]
    assert not any(d[3] == "ISRGOV" for d in dyads(stage(_doc(spec))))


# people demonstrated outside the Baghdad headquarters of the coalition .
HEADQUARTERS = [("people", "people", "NOUN", "NNS", "nsubj", 1),
                ("demonstrated", "demonstrate", "VERB", "VBD", "root", -1),
                ("outside", "outside", "ADP", "IN", "case", 5), ("the", "the", "DET", "DT", "det", 5),
                ("Baghdad", "Baghdad", "PROPN", "NNP", "compound", 5),
                ("headquarters", "headquarters", "NOUN", "NN", "obl", 1), ("of", "of", "ADP", "IN", "case", 8),
                ("the", "the", "DET", "DT", "det", 8), ("coalition", "coalition", "NOUN", "NN", "nmod", 5),
                (".", ".", "PUNCT", ".", "punct", 1)]


def test_a_city_before_a_building_of_a_named_owner_says_where_not_whose(stage):
    recipients = {d[3] for d in dyads(stage(_doc(HEADQUARTERS))) if d[0] == "PROTEST"}
    assert recipients == {"IGO"}


def test_a_city_before_a_building_with_no_owner_still_names_it():
    """Guard: "the Baghdad headquarters" with no "of" phrase: the city is all that names it."""
    from lapwing.events.syntax import SentenceGraph

    spec = HEADQUARTERS[:6] + [(".", ".", "PUNCT", ".", "punct", 1)]
    doc = _doc(spec)
    graph = SentenceGraph(doc.sentences[0], doc.mentions)
    assert not graph.names_no_party(graph.by_i[4], graph.by_i[5])


# people demonstrated demanding the release of men they say were arrested .
SAY = [("people", "people", "NOUN", "NNS", "nsubj", 1), ("demonstrated", "demonstrate", "VERB", "VBD", "root", -1),
       ("demanding", "demand", "VERB", "VBG", "advcl", 1), ("the", "the", "DET", "DT", "det", 4),
       ("release", "release", "NOUN", "NN", "obj", 2), ("of", "of", "ADP", "IN", "case", 6),
       ("men", "man", "NOUN", "NNS", "nmod", 4), ("they", "they", "PRON", "PRP", "nsubj", 8),
       ("say", "say", "VERB", "VBP", "parataxis", 1), ("were", "be", "AUX", "VBD", "aux:pass", 10),
       ("arrested", "arrest", "VERB", "VBN", "ccomp", 8), (".", ".", "PUNCT", ".", "punct", 1)]


def test_a_report_of_its_own_clause_does_not_report_the_main_clause(stage):
    from lapwing.events.modality import modality_of
    from lapwing.events.syntax import SentenceGraph

    doc = _doc(SAY)
    graph = SentenceGraph(doc.sentences[0], doc.mentions)
    assert modality_of(graph, graph.by_i[1], stage.cues).speaker is None


def test_a_trailing_report_with_no_clause_of_its_own_reports_the_main_clause(stage):
    """Guard: "people demonstrated , police said ." is reported by the police."""
    from lapwing.events.modality import modality_of
    from lapwing.events.syntax import SentenceGraph

    spec = [("people", "people", "NOUN", "NNS", "nsubj", 1), ("demonstrated", "demonstrate", "VERB", "VBD", "root", -1),
            (",", ",", "PUNCT", ",", "punct", 4), ("police", "police", "NOUN", "NNS", "nsubj", 4),
            ("said", "say", "VERB", "VBD", "parataxis", 1), (".", ".", "PUNCT", ".", "punct", 1)]
    doc = _doc(spec)
    graph = SentenceGraph(doc.sentences[0], doc.mentions)
    speaker = modality_of(graph, graph.by_i[1], stage.cues).speaker
    assert speaker is not None and speaker.text == "police"


# news of Iraq 's planned embargo .
PLANNED = [("news", "news", "NOUN", "NN", "root", -1), ("of", "of", "ADP", "IN", "case", 5),
           ("Iraq", "Iraq", "PROPN", "NNP", "nmod:poss", 5), ("'s", "'s", "PART", "POS", "case", 2),
           ("planned", "plan", "VERB", "VBN", "amod", 5), ("embargo", "embargo", "NOUN", "NN", "nmod", 0),
           (".", ".", "PUNCT", ".", "punct", 0)]


def test_a_planned_measure_has_not_happened(stage):
    assert not dyads(stage(_doc(PLANNED)), modality="asserted")


def test_a_measure_with_no_such_modifier_has(stage):
    """Guard: "news of Iraq's embargo"."""
    spec = [t for t in PLANNED if t[0] != "planned"]
    spec = [(t[0], t[1], t[2], t[3], t[4], t[5] - 1 if t[5] > 4 else t[5]) for t in spec]
    assert ("SANCTION", "asserted", "IRQ", "-") in dyads(stage(_doc(spec)))


def test_a_since_time_on_a_plain_past_does_not_date_the_act():
    from lapwing.config import load_config
    from lapwing.model import Article
    from lapwing.pipeline import Pipeline

    pipeline = Pipeline.from_config(load_config())
    text = ("The Serb-held part of eastern Slavonia, which covers 4.4 percent of Croatia's territory, was "
            "captured by rebel Serbs in the war which broke out in 1991 and has been under UN administration "
            "since January.")
    doc = pipeline.run(Article(id="t", date=dt.date(1996, 6, 19), text=text))
    captured = [e for e in doc.events if "captured" in e.evidence]
    assert captured and captured[0].date == "1991"
    # guard: a perfect tense keeps its "since" time
    doc = pipeline.run(Article(id="t", date=dt.date(1996, 6, 19), text="Israel has occupied the area since 1967."))
    assert [e.date for e in doc.events] == ["1967"]


def test_a_place_called_so_only_in_translation_yields_to_one_of_that_name_in_the_sentence_countries():
    from lapwing.actors.places import place_country
    from lapwing.geo.gazetteer import Gazetteer

    gazetteer = Gazetteer()
    assert place_country(gazetteer, "Bethlehem", context={"ISR", "PSE"})[0] == "PSE"
    # without context: since round 56 the one first-level division called Bethlehem (the West
    # Bank governorate) outranks Belém, which bears the name only as an alternate
    assert place_country(gazetteer, "Bethlehem")[0] == "PSE"
    # guards: a place called by its own name is not displaced by context, and an alternate name
    # with no place of that name in the sentence's countries stays the largest
    assert place_country(gazetteer, "Naples", context={"USA"})[0] == "ITA"
    assert place_country(gazetteer, "Bombay", context={"USA"})[0] == "IND"
