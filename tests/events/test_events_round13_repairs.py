"""Parse repairs of round 13, on hand-built copies of the pipeline's parses of event-location
news sentences: a time phrase read as the preposition of the subject after it ("in May US special
forces killed ...") and a past verb read as a noun after a singular subject ("a Palestinian
gunman shot dead an Israeli border policeman"). Each has a guard test: a right parse of the same
shape is left alone."""
from __future__ import annotations

from lapwing.events.syntax import SentenceGraph

from events_builders import build_doc, dyads, event_stage as stage  # noqa: F401 - a fixture

ACTORS = {"US": ("USA", "USA"), "forces": ("USAMIL", "USA"), "ISIS": ("IMGREB", None), "gunman": ("PSEUAF", "PSE"),
          "policeman": ("ISRCOP", "ISR"), "troops": ("RUSMIL", "RUS"), "town": ("UKR", "UKR")}


def graph_of(spec) -> SentenceGraph:
    doc = build_doc([spec], ACTORS)
    return SentenceGraph(doc.sentences[0], doc.mentions)


def heads(graph: SentenceGraph) -> dict[str, tuple[str, str]]:
    return {t.text: (t.dep, graph.by_i[t.head].text) for t in graph.sent.tokens}


# in May US special forces killed ISIS fighters . ("forces" an oblique with "May" inside its phrase;
# "killed" tagged VBN, with no subject)
IN_MAY = [("in", "in", "ADP", "IN", "case", 4), ("May", "May", "PROPN", "NNP", "compound", 2),
          ("US", "US", "PROPN", "NNP", "compound", 4), ("special", "special", "ADJ", "JJ", "amod", 4),
          ("forces", "force", "NOUN", "NNS", "obl", 5), ("killed", "kill", "VERB", "VBN", "root", -1),
          ("ISIS", "ISIS", "PROPN", "NNP", "compound", 7), ("fighters", "fighter", "NOUN", "NNS", "obj", 5),
          (".", ".", "PUNCT", ".", "punct", 5)]


def test_a_subject_read_inside_a_time_phrase_is_the_subject(stage):
    graph = graph_of(IN_MAY)
    assert {r.rule for r in graph.repairs.values()} == {"subject-in-time-phrase"}
    assert heads(graph)["forces"] == ("nsubj", "killed") and heads(graph)["May"] == ("obl", "killed")
    assert heads(graph)["in"] == ("case", "May")
    assert dyads(stage(build_doc([IN_MAY], ACTORS))) == {("ASSAULT", "asserted", "USA", "IMGREB")}


def test_guard_a_time_phrase_that_goes_on_or_a_verb_with_a_subject_is_left_alone():
    # in May 2004 troops ... : "2004" goes on with the date (the parser's reading is kept)
    spec = [("in", "in", "ADP", "IN", "case", 3), ("May", "May", "PROPN", "NNP", "compound", 3),
            ("2004", "2004", "NUM", "CD", "nummod", 3), ("troops", "troops", "NOUN", "NNS", "obl", 4),
            ("entered", "enter", "VERB", "VBD", "root", -1), ("town", "town", "NOUN", "NN", "obj", 4),
            (".", ".", "PUNCT", ".", "punct", 4)]
    assert not graph_of(spec).repairs
    # in May officials said troops entered the town: "said" has its subject
    spec = [("in", "in", "ADP", "IN", "case", 1), ("May", "May", "PROPN", "NNP", "obl", 3),
            ("officials", "official", "NOUN", "NNS", "nsubj", 3), ("said", "say", "VERB", "VBD", "root", -1),
            ("troops", "troops", "NOUN", "NNS", "nsubj", 5), ("entered", "enter", "VERB", "VBD", "ccomp", 3),
            ("town", "town", "NOUN", "NN", "obj", 5), (".", ".", "PUNCT", ".", "punct", 3)]
    assert not graph_of(spec).repairs


# a Palestinian gunman shot dead an Israeli policeman . ("gunman" a compound of the noun "shot", "a" its det)
GUNMAN = [("a", "a", "DET", "DT", "det", 3), ("Palestinian", "Palestinian", "ADJ", "JJ", "amod", 2),
          ("gunman", "gunman", "NOUN", "NN", "compound", 3), ("shot", "shot", "NOUN", "NN", "root", -1),
          ("dead", "dead", "ADJ", "JJ", "xcomp", 3), ("an", "a", "DET", "DT", "det", 7),
          ("Israeli", "Israeli", "ADJ", "JJ", "amod", 7), ("policeman", "policeman", "NOUN", "NN", "obj", 3),
          (".", ".", "PUNCT", ".", "punct", 3)]


def test_a_past_verb_read_as_a_noun_after_a_singular_subject_when_only_a_verb_fits(stage):
    graph = graph_of(GUNMAN)
    assert {r.rule for r in graph.repairs.values()} == {"verb-read-as-noun"}
    assert heads(graph)["gunman"] == ("nsubj", "shot") and heads(graph)["a"] == ("det", "gunman")
    assert dyads(stage(build_doc([GUNMAN], ACTORS))) == {("ASSAULT", "asserted", "PSEUAF", "ISRCOP")}


def test_guard_a_singular_noun_before_a_noun_shot_and_a_determiner_stays_a_noun_phrase():
    # the gunman shot a ... : after a singular noun, a determiner does not make "shot" a verb
    spec = [("the", "the", "DET", "DT", "det", 2), ("gunman", "gunman", "NOUN", "NN", "compound", 2),
            ("shot", "shot", "NOUN", "NN", "nsubj", 3), ("hit", "hit", "VERB", "VBD", "root", -1),
            ("a", "a", "DET", "DT", "det", 5), ("policeman", "policeman", "NOUN", "NN", "obj", 3),
            (".", ".", "PUNCT", ".", "punct", 3)]
    assert not graph_of(spec).repairs


# Dozens of residents demonstrated in Baghdad . ("demonstrated" tagged as a participle, hung on "residents")
RESIDENTS = [("Dozens", "dozen", "NOUN", "NNS", "root", -1), ("of", "of", "ADP", "IN", "case", 2),
             ("residents", "resident", "NOUN", "NNS", "nmod", 0), ("demonstrated", "demonstrate", "VERB", "VBN", "acl", 2),
             ("in", "in", "ADP", "IN", "case", 5), ("Baghdad", "Baghdad", "PROPN", "NNP", "obl", 3),
             (".", ".", "PUNCT", ".", "punct", 0)]


def test_a_verb_of_gathering_hung_on_its_subject_as_a_participle_heads_the_sentence():
    graph = graph_of(RESIDENTS)
    assert {r.rule for r in graph.repairs.values()} == {"finite-verb-in-subject-phrase"}
    assert heads(graph)["Dozens"] == ("nsubj", "demonstrated")


def test_guard_a_participle_of_harm_hung_on_its_noun_stays_a_reduced_relative():
    # Dozens of residents killed in Baghdad . (a headline's passive: the residents were killed)
    spec = [(w, lemma, pos, tag, dep, h) for (w, lemma, pos, tag, dep, h) in RESIDENTS]
    spec[3] = ("killed", "kill", "VERB", "VBN", "acl", 2)
    assert not graph_of(spec).repairs
    # Dozens of residents demonstrated by the ministry ... : a "by" agent makes it a passive
    spec = RESIDENTS[:4] + [("by", "by", "ADP", "IN", "case", 5), ("officials", "official", "NOUN", "NNS", "obl", 3),
                            (".", ".", "PUNCT", ".", "punct", 0)]
    assert not graph_of(spec).repairs


def test_a_gathering_verb_under_a_prepositional_root_takes_the_noun_it_hung_on_as_subject():
    # In Marseille , people demonstrated . ("Marseille" the root, "people" an apposition of it)
    spec = [("In", "in", "ADP", "IN", "case", 1), ("Marseille", "Marseille", "PROPN", "NNP", "root", -1),
            (",", ",", "PUNCT", ",", "punct", 1), ("people", "people", "NOUN", "NNS", "appos", 1),
            ("demonstrated", "demonstrate", "VERB", "VBN", "acl", 3), (".", ".", "PUNCT", ".", "punct", 1)]
    graph = graph_of(spec)
    assert heads(graph)["people"] == ("nsubj", "demonstrated") and heads(graph)["Marseille"] == ("obl", "demonstrated")


def test_a_past_verb_read_as_a_noun_between_a_plural_subject_and_a_name_object(stage):
    # The gunmen shot Ruiz . ("shot" the root noun, "gunmen" its compound, "Ruiz" an apposition)
    spec = [("The", "the", "DET", "DT", "det", 2), ("gunmen", "gunmen", "NOUN", "NNS", "compound", 2),
            ("shot", "shot", "NOUN", "NN", "root", -1), ("Ruiz", "Ruiz", "PROPN", "NNP", "appos", 2),
            (".", ".", "PUNCT", ".", "punct", 2)]
    graph = graph_of(spec)
    assert heads(graph)["gunmen"] == ("nsubj", "shot") and heads(graph)["Ruiz"] == ("obj", "shot")
    # troops shot Monday ... : a day after it is no object
    spec = [("troops", "troops", "NOUN", "NNS", "compound", 1), ("shot", "shot", "NOUN", "NN", "root", -1),
            ("Monday", "Monday", "PROPN", "NNP", "nmod:tmod", 1), (".", ".", "PUNCT", ".", "punct", 1)]
    assert not graph_of(spec).repairs


# Hundreds of demonstrators marched down Rustaveli Avenue as leaders gathered . ("down" read as a particle)
MARCH_DOWN = [("Hundreds", "hundred", "NOUN", "NNS", "nsubj", 3), ("of", "of", "ADP", "IN", "case", 2),
              ("demonstrators", "demonstrator", "NOUN", "NNS", "nmod", 0),
              ("marched", "march", "VERB", "VBD", "root", -1), ("down", "down", "ADP", "RP", "compound:prt", 3),
              ("Rustaveli", "Rustaveli", "PROPN", "NNP", "compound", 6), ("Avenue", "Avenue", "PROPN", "NNP", "obj", 3),
              (".", ".", "PUNCT", ".", "punct", 3)]


def test_a_path_preposition_read_as_a_particle_leaves_the_verb_its_plain_sense(stage):
    actors = {"demonstrators": ("GEOOPP", "GEO")}
    assert {(t, m, a) for t, m, a, _ in dyads(stage(build_doc([MARCH_DOWN], actors)))} == {
        ("PROTEST", "asserted", "GEOOPP")}
    # a phrasal verb with a particle the lexicon has ("gave up their weapons") keeps its own sense;
    # "marched on ." has no noun phrase after the particle, so no plain sense is tried
    spec = [("demonstrators", "demonstrator", "NOUN", "NNS", "nsubj", 1), ("marched", "march", "VERB", "VBD", "root", -1),
            ("on", "on", "ADP", "RP", "compound:prt", 1), (".", ".", "PUNCT", ".", "punct", 1)]
    assert not stage(build_doc([spec], actors)).events


def test_a_gathering_verb_is_never_a_reduced_relative(stage):
    # Dozens of monks demonstrated in Colombo as monitors began work . ("demonstrated" an acl of "monks")
    spec = [("Dozens", "dozen", "NOUN", "NNS", "nsubj", 8), ("of", "of", "ADP", "IN", "case", 2),
            ("monks", "monk", "NOUN", "NNS", "nmod", 0), ("demonstrated", "demonstrate", "VERB", "VBN", "acl", 2),
            ("in", "in", "ADP", "IN", "case", 5), ("Colombo", "Colombo", "PROPN", "NNP", "obl", 3),
            ("as", "as", "SCONJ", "IN", "mark", 7), ("monitors", "monitor", "NOUN", "NNS", "nsubj", 8),
            ("began", "begin", "VERB", "VBD", "root", -1), (".", ".", "PUNCT", ".", "punct", 8)]
    from lapwing.events.participles import modified_noun
    graph = graph_of(spec)
    verb = next(t for t in graph.sent.tokens if t.text == "demonstrated")
    assert modified_noun(graph, verb) is None
    killed = [(w, "kill", p, t, d, h) if w == "demonstrated" else (w, lem, p, t, d, h)
              for (w, lem, p, t, d, h) in spec]
    killed = [("killed",) + row[1:] if row[0] == "demonstrated" else row for row in killed]
    graph = graph_of(killed)
    verb = next(t for t in graph.sent.tokens if t.text == "killed")
    assert modified_noun(graph, verb) is not None  # "monks killed in Colombo": a reduced relative


def test_a_verb_with_a_noun_tag_that_heads_a_clause_is_a_trigger(stage):
    # NATO bombed Serbia . ("bombed" tagged NNP by the tagger, VERB by the morphologizer)
    spec = [("NATO", "NATO", "PROPN", "NNP", "nsubj", 1), ("bombed", "bomb", "VERB", "NNP", "root", -1),
            ("Serbia", "Serbia", "PROPN", "NNP", "obj", 1), (".", ".", "PUNCT", ".", "punct", 1)]
    actors = {"NATO": ("IGOMIL", None), "Serbia": ("SRB", "SRB")}
    assert dyads(stage(build_doc([spec], actors))) == {("ASSAULT", "asserted", "IGOMIL", "SRB")}
    # a gerund tagged as a noun with no subject or object of its own stays a noun ("the bombing")
    spec = [("the", "the", "DET", "DT", "det", 1), ("bombing", "bomb", "VERB", "NN", "nsubj", 2),
            ("ended", "end", "VERB", "VBD", "root", -1), (".", ".", "PUNCT", ".", "punct", 2)]
    assert not [e for e in stage(build_doc([spec], actors)).events if e.trigger_start == 4]


def test_a_noun_after_to_with_an_object_is_an_infinitive():
    # bombed Serbia to force Milosevic to withdraw . ("force" tagged as a noun)
    spec = [("NATO", "NATO", "PROPN", "NNP", "nsubj", 1), ("bombed", "bomb", "VERB", "VBD", "root", -1),
            ("Serbia", "Serbia", "PROPN", "NNP", "obj", 1), ("to", "to", "PART", "TO", "mark", 4),
            ("force", "force", "NOUN", "NN", "advcl", 1), ("Milosevic", "Milosevic", "PROPN", "NNP", "obj", 4),
            ("to", "to", "PART", "TO", "mark", 7), ("withdraw", "withdraw", "VERB", "VB", "xcomp", 4),
            (".", ".", "PUNCT", ".", "punct", 1)]
    graph = graph_of(spec)
    assert {r.rule for r in graph.repairs.values()} == {"infinitive-read-as-noun"}
    withdraw = next(t for t in graph.sent.tokens if t.text == "withdraw")
    assert [t.text for t in graph.subject_tokens(withdraw)[0]] == ["Milosevic"]
    # "to the force of the blast": a noun with a determiner stays a noun
    spec = [("exposed", "expose", "VERB", "VBN", "root", -1), ("to", "to", "ADP", "IN", "case", 3),
            ("the", "the", "DET", "DT", "det", 3), ("force", "force", "NOUN", "NN", "obl", 0),
            (".", ".", "PUNCT", ".", "punct", 0)]
    assert not graph_of(spec).repairs
