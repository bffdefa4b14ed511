"""Round 30 of event coding (found on the news audit's pass 26 texts):

* "were shot in the head and evacuated ... to hospital in San Juan": where the harmed were
  evacuated is not where the attack was (round 27's aftermath verbs, now with evacuations);
* "bombed the military airport in Aden defying anti-aircraft fire": fire braved is no norm
  rejected;
* "bringing to 158 the number of U.N. peacekeepers killed": a past form on a noun counted in
  another verb's object is a participle, not a finite verb with that noun as subject;
* "West African peace envoys" are of a region's states, not of the article's country (actors
  context).

Hand-built parses as the bundled parser gives them, with guard tests."""
from __future__ import annotations

import datetime as dt

from events_builders import build_doc, dyads, event_stage as stage  # noqa: F401 - a fixture

ACTORS = {"gunman": ("UAF", None), "Juan": ("PRI", "PRI"), "Baghdad": ("IRQ", "IRQ"), "warplanes": ("YEMMIL", "YEM"),
          "protesters": ("OPP", None), "peacekeepers": ("IGOUNO", None)}
PLACES = {"Juan", "Baghdad"}


def _doc(spec):
    doc = build_doc([spec], ACTORS)
    mentions = tuple(m.replace(kind="location") if m.text in PLACES else m for m in doc.mentions)
    return doc.replace(mentions=mentions)


# a gunman was shot and evacuated to hospital in Juan .
EVACUATED = [("a", "a", "DET", "DT", "det", 1), ("gunman", "gunman", "NOUN", "NN", "nsubj:pass", 3),
             ("was", "be", "AUX", "VBD", "aux:pass", 3), ("shot", "shoot", "VERB", "VBN", "root", -1),
             ("and", "and", "CCONJ", "CC", "cc", 5), ("evacuated", "evacuate", "VERB", "VBN", "conj", 3),
             ("to", "to", "ADP", "IN", "case", 7), ("hospital", "hospital", "NOUN", "NN", "obl", 5),
             ("in", "in", "ADP", "IN", "case", 9), ("Juan", "Juan", "PROPN", "NNP", "obl", 5),
             (".", ".", "PUNCT", ".", "punct", 3)]


def test_where_the_harmed_were_evacuated_is_not_where_the_attack_was(stage):
    assert not any("PRI" in (d[2], d[3]) for d in dyads(stage(_doc(EVACUATED))))


def test_a_joined_verb_of_harm_still_shares_its_place(stage):
    """Guard: "a gunman was shot and wounded in Baghdad"."""
    spec = [t if t[0] != "evacuated" else ("wounded", "wound", "VERB", "VBN", "conj", 3) for t in EVACUATED]
    spec = [t if t[0] != "Juan" else ("Baghdad", "Baghdad", "PROPN", "NNP", "obl", 5) for t in spec]
    assert any(d[2] == "IRQ" for d in dyads(stage(_doc(spec))))


# warplanes bombed the airport defying fire .
DEFYING = [("warplanes", "warplane", "NOUN", "NNS", "nsubj", 1), ("bombed", "bomb", "VERB", "VBD", "root", -1),
           ("the", "the", "DET", "DT", "det", 3), ("airport", "airport", "NOUN", "NN", "obj", 1),
           ("defying", "defy", "VERB", "VBG", "advcl", 1), ("fire", "fire", "NOUN", "NN", "obj", 4),
           (".", ".", "PUNCT", ".", "punct", 1)]


def test_defying_fire_is_no_rejection(stage):
    from lapwing.events.lexicon import TriggerFacts

    entry = stage.lexicon.entries["v.defy"]
    assert entry.blocked_by(TriggerFacts(objects=frozenset({"fire"}))) is not None
    assert not any(d[0] == "REJECT" for d in dyads(stage(_doc(DEFYING))))


def test_defying_a_ban_is_a_rejection(stage):
    """Guard: "protesters defied the ban"."""
    from lapwing.events.lexicon import TriggerFacts

    assert stage.lexicon.entries["v.defy"].blocked_by(TriggerFacts(objects=frozenset({"ban"}))) is None
    spec = [("protesters", "protester", "NOUN", "NNS", "nsubj", 1), ("defied", "defy", "VERB", "VBD", "root", -1),
            ("the", "the", "DET", "DT", "det", 3), ("ban", "ban", "NOUN", "NN", "obj", 1),
            (".", ".", "PUNCT", ".", "punct", 1)]
    assert {d[0] for d in dyads(stage(_doc(spec)))} == {"REJECT"}


# it raised the number of peacekeepers killed .   ("killed" read as a finite verb on "peacekeepers")
NUMBER_OF = [("it", "it", "PRON", "PRP", "nsubj", 1), ("raised", "raise", "VERB", "VBD", "root", -1),
             ("the", "the", "DET", "DT", "det", 3), ("number", "number", "NOUN", "NN", "obj", 1),
             ("of", "of", "ADP", "IN", "case", 5), ("peacekeepers", "peacekeeper", "NOUN", "NNS", "nmod", 3),
             ("killed", "kill", "VERB", "VBD", "acl", 5), (".", ".", "PUNCT", ".", "punct", 1)]


def test_the_number_of_those_killed_are_no_killers(stage):
    from lapwing.events.syntax import SentenceGraph

    doc = _doc(NUMBER_OF)
    graph = SentenceGraph(doc.sentences[0], doc.mentions)
    assert graph.subject_tokens(graph.by_i[6]) == ([], "")
    assert not any(d[2] == "IGOUNO" for d in dyads(stage(doc)))


def test_a_number_of_fighters_that_attacked_attacked(stage):
    """Guard: "a number of peacekeepers killed ..." as the subject's phrase: the verb of the sentence."""
    from lapwing.events.syntax import SentenceGraph

    spec = [("a", "a", "DET", "DT", "det", 1), ("number", "number", "NOUN", "NN", "root", -1),
            ("of", "of", "ADP", "IN", "case", 3), ("peacekeepers", "peacekeeper", "NOUN", "NNS", "nmod", 1),
            ("killed", "kill", "VERB", "VBD", "acl", 3), ("rebels", "rebel", "NOUN", "NNS", "obj", 4),
            (".", ".", "PUNCT", ".", "punct", 1)]
    doc = _doc(spec)
    graph = SentenceGraph(doc.sentences[0], doc.mentions)
    assert graph.subject_tokens(graph.by_i[4])[0] != []


def test_regional_envoys_take_no_country_from_the_article():
    from lapwing.config import load_config
    from lapwing.model import Article
    from lapwing.pipeline import Pipeline

    pipeline = Pipeline.from_config(load_config())
    doc = pipeline.run(Article(id="t", date=dt.date(2002, 10, 13), text=(
        "Rebels captured a city in Ivory Coast as West African peace envoys worked to negotiate an end to the "
        "fighting. Ivorian officials said the army would answer.")))
    envoys = [m.actor.country if m.actor else None for m in doc.mentions if "envoys" in m.text]
    army = [m.actor.country if m.actor else None for m in doc.mentions if m.text.lower().endswith("army")]
    assert envoys and envoys[0] != "CIV"
    assert army == ["CIV"]  # guard: a bare body with no regional word still takes the article's country
