"""Who did it to whom, round 8: targets inside a complement or purpose clause, right-node
raising, modifiers that name no party, and a protest's demand, on hand-built parses."""
from __future__ import annotations

import pytest

from lapwing.events.stage import EventStage
from lapwing.model import Actor, CodedArticle, Provenance

from events_builders import build_doc, dyads

ACTORS = {"Iraqis": ("IRQ", "IRQ"), "America": ("USA", "USA"), "Algerians": ("DZA", "DZA"),
          "France": ("FRA", "FRA"), "Pakistan": ("PAK", "PAK"), "Congo": ("COG", "COG"),
          "Arafat": ("PSE", "PSE"), "Israel": ("ISR", "ISR"), "Jordan": ("JOR", "JOR"), "Abdullah": ("JOR", "JOR"),
          "German": ("DEU", "DEU"), "Brazil": ("BRA", "BRA"), "Tehran": ("IRN", "IRN"), "Hamas": ("PSE", "PSE"),
          "Iran": ("IRN", "IRN"), "Paris": ("FRA", "FRA"), "Egypt": ("EGY", "EGY"), "protesters": ("", None)}


@pytest.fixture(scope="module")
def stage() -> EventStage:
    return EventStage({}, {})


def run(stage, spec, *, places=(), sectors=()) -> CodedArticle:
    """Code one hand-built sentence; ``places`` are mentions resolved as a country's capital,
    ``sectors`` (text -> sector) unnamed actors with a sector and no country."""
    doc = build_doc([spec], ACTORS)
    mentions = []
    for mention in doc.mentions:
        if mention.text in places:
            mention = mention.replace(kind="location", resolution=Provenance(
                stage="actors", rule="capital city", reason="test", evidence=()))
        if mention.text in dict(sectors):
            mention = mention.replace(actor=Actor(name=mention.text, sector=dict(sectors)[mention.text]))
        mentions.append(mention)
    return stage(doc.replace(mentions=tuple(mentions)))


def test_the_target_of_an_attitude_expressed_in_a_purpose_clause(stage):
    # Iraqis blocked a road to show their disapproval for America 's policies
    doc = run(stage, [("Iraqis", "Iraqi", "PROPN", "NNPS", "nsubj", 1), ("blocked", "block", "VERB", "VBD", "root", -1),
                      ("a", "a", "DET", "DT", "det", 3), ("road", "road", "NOUN", "NN", "obj", 1),
                      ("to", "to", "PART", "TO", "mark", 5), ("show", "show", "VERB", "VB", "acl", 3),
                      ("their", "their", "PRON", "PRP$", "nmod:poss", 7),
                      ("disapproval", "disapproval", "NOUN", "NN", "obj", 5), ("for", "for", "ADP", "IN", "case", 11),
                      ("America", "America", "PROPN", "NNP", "nmod:poss", 11), ("'s", "'s", "PART", "POS", "case", 9),
                      ("policies", "policy", "NOUN", "NNS", "obl", 5)])
    assert ("PROTEST", "asserted", "IRQ", "USA") in dyads(doc)
    assert "disapproval" in doc.events[0].provenance[0].reason


def test_the_target_of_an_in_protest_phrase(stage):
    # Algerians began a hunger strike in protest of France 's refusal
    doc = run(stage, [("Algerians", "Algerian", "PROPN", "NNPS", "nsubj", 1), ("began", "begin", "VERB", "VBD", "root", -1),
                      ("a", "a", "DET", "DT", "det", 4), ("hunger", "hunger", "NOUN", "NN", "compound", 4),
                      ("strike", "strike", "NOUN", "NN", "obj", 1), ("in", "in", "ADP", "IN", "case", 6),
                      ("protest", "protest", "NOUN", "NN", "nmod", 4), ("of", "of", "ADP", "IN", "case", 10),
                      ("France", "France", "PROPN", "NNP", "nmod:poss", 10), ("'s", "'s", "PART", "POS", "case", 8),
                      ("refusal", "refusal", "NOUN", "NN", "nmod", 6)])
    assert ("PROTEST", "asserted", "DZA", "FRA") in dyads(doc)


def test_a_second_object_of_the_complement_is_a_parse_slip(stage):
    # Pakistan threatened to break off relations with Congo on the eve of a visit by Arafat,
    # "Arafat" hung on "break" as a second object
    doc = run(stage, [("Pakistan", "Pakistan", "PROPN", "NNP", "nsubj", 1),
                      ("threatened", "threaten", "VERB", "VBD", "root", -1), ("to", "to", "PART", "TO", "mark", 3),
                      ("break", "break", "VERB", "VB", "xcomp", 1), ("off", "off", "ADP", "RP", "compound:prt", 3),
                      ("relations", "relation", "NOUN", "NNS", "obj", 3), ("with", "with", "ADP", "IN", "case", 7),
                      ("Congo", "Congo", "PROPN", "NNP", "nmod", 5), ("on", "on", "ADP", "IN", "case", 10),
                      ("the", "the", "DET", "DT", "det", 10), ("eve", "eve", "NOUN", "NN", "obl", 3),
                      ("of", "of", "ADP", "IN", "case", 13), ("a", "a", "DET", "DT", "det", 13),
                      ("visit", "visit", "NOUN", "NN", "nmod", 10), ("by", "by", "ADP", "IN", "case", 15),
                      ("Arafat", "Arafat", "PROPN", "NNP", "obj", 3)])
    assert {(t, a, r) for t, _, a, r in dyads(doc)} == {("THREATEN", "PAK", "COG")}


def test_the_object_of_a_clause_nested_in_the_complement(stage):
    # Israel refused to meet Jordan 's visiting King Abdullah ("visiting" read as a clause)
    doc = run(stage, [("Israel", "Israel", "PROPN", "NNP", "nsubj", 1), ("refused", "refuse", "VERB", "VBD", "root", -1),
                      ("to", "to", "PART", "TO", "mark", 3), ("meet", "meet", "VERB", "VB", "xcomp", 1),
                      ("Jordan", "Jordan", "PROPN", "NNP", "nmod:poss", 6), ("'s", "'s", "PART", "POS", "case", 4),
                      ("visiting", "visit", "VERB", "VBG", "ccomp", 3), ("King", "King", "PROPN", "NNP", "nmod:desc", 8),
                      ("Abdullah", "Abdullah", "PROPN", "NNP", "obj", 6)])
    assert ("REJECT", "asserted", "ISR", "JOR") in dyads(doc)


def test_a_noun_read_as_an_unjoined_verb_lends_its_object(stage):
    # France threatened to impose import restrictions against German goods ("import" a conjunct verb)
    doc = run(stage, [("France", "France", "PROPN", "NNP", "nsubj", 1),
                      ("threatened", "threaten", "VERB", "VBD", "root", -1), ("to", "to", "PART", "TO", "mark", 3),
                      ("impose", "impose", "VERB", "VB", "xcomp", 1), ("import", "import", "VERB", "VB", "conj", 1),
                      ("restrictions", "restriction", "NOUN", "NNS", "obj", 4), ("against", "against", "ADP", "IN", "case", 8),
                      ("German", "German", "ADJ", "JJ", "amod", 8), ("goods", "goods", "NOUN", "NNS", "nmod", 5)])
    assert ("THREATEN", "asserted", "FRA", "DEU") in dyads(doc)


def test_right_node_raising_shares_the_object_of_the_stranded_preposition(stage):
    # Brazil established ties with and opened an embassy in Tehran
    doc = run(stage, [("Brazil", "Brazil", "PROPN", "NNP", "nsubj", 1),
                      ("established", "establish", "VERB", "VBD", "root", -1), ("ties", "tie", "NOUN", "NNS", "obj", 1),
                      ("with", "with", "ADP", "IN", "advmod", 1), ("and", "and", "CCONJ", "CC", "cc", 5),
                      ("opened", "open", "VERB", "VBD", "conj", 1), ("an", "a", "DET", "DT", "det", 7),
                      ("embassy", "embassy", "NOUN", "NN", "obj", 5), ("in", "in", "ADP", "IN", "case", 9),
                      ("Tehran", "Tehran", "PROPN", "NNP", "nmod", 7)])
    assert ("SUPPORT", "asserted", "BRA", "IRN") in dyads(doc)
    assert any("right-node raising" in e.provenance[0].reason for e in doc.events)


def test_an_anti_modifier_names_no_target(stage):
    # Hamas attacked an anti - America cleric
    doc = run(stage, [("Hamas", "Hamas", "PROPN", "NNP", "nsubj", 1), ("attacked", "attack", "VERB", "VBD", "root", -1),
                      ("an", "a", "DET", "DT", "det", 6), ("anti", "anti", "ADJ", "JJ", "amod", 6),
                      ("-", "-", "ADJ", "JJ", "amod", 6), ("America", "America", "PROPN", "NNP", "compound", 6),
                      ("cleric", "cleric", "NOUN", "NN", "obj", 1)])
    assert not any(r == "USA" for *_, r in dyads(doc))


@pytest.mark.parametrize("name, places, expected", [("Paris", ("Paris",), "-"), ("Iran", (), "IRN")])
def test_a_city_names_an_accord_but_a_country_is_a_party(stage, name, places, expected):
    # America withdrew from the Paris climate agreement / the Iran climate agreement
    doc = run(stage, [("America", "America", "PROPN", "NNP", "nsubj", 1), ("withdrew", "withdraw", "VERB", "VBD", "root", -1),
                      ("from", "from", "ADP", "IN", "case", 6), ("the", "the", "DET", "DT", "det", 6),
                      (name, name, "PROPN", "NNP", "compound", 6), ("climate", "climate", "NOUN", "NN", "compound", 6),
                      ("agreement", "agreement", "NOUN", "NN", "obl", 1)], places=places)
    assert {r for *_, r in dyads(doc)} == {expected}


def test_a_protest_demand_is_aimed_at_the_subject_of_the_demanded_clause(stage):
    # protesters demanded that Egypt release the prisoners
    doc = run(stage, [("protesters", "protester", "NOUN", "NNS", "nsubj", 1),
                      ("demanded", "demand", "VERB", "VBD", "root", -1), ("that", "that", "SCONJ", "IN", "mark", 4),
                      ("Egypt", "Egypt", "PROPN", "NNP", "nsubj", 4), ("release", "release", "VERB", "VBP", "ccomp", 1),
                      ("the", "the", "DET", "DT", "det", 6), ("prisoners", "prisoner", "NOUN", "NNS", "obj", 4)],
              sectors={"protesters": "OPP"})
    protests = [e for e in doc.events if e.event_type == "PROTEST"]
    assert protests and protests[0].recipients[0].actor.code == "EGY"
    assert "demanded clause" in protests[0].provenance[0].reason
