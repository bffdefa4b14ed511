"""Round 28 of event coding (found on the news audit's pass 24 texts):

* "``The Young Girls of Rochefort'' was shot on location": filming, no shooting;
* "The US decision ... has raised concern in several countries": a decision raises concern in
  others; it voices none;
* "Australia's embassy in the Indonesian capital was bombed": the place of a passive's subject
  places the attack, and a settlement's nationality says its country;
* "Israeli soldiers shot ... a Palestinian farmer ..., prompting the army ... to apologize": a bare
  "the army" is the army of the forces named before it (actors context).

Hand-built parses as the bundled parser gives them, with guard tests."""
from __future__ import annotations

import datetime as dt

from events_builders import build_doc, dyads, placed_actors, event_stage as stage  # noqa: F401 - a fixture

ACTORS = {"film": ("FILM", None), "soldiers": ("ISRMIL", "ISR"), "US": ("USA", "USA"), "Germany": ("DEU", "DEU"),
          "embassy": ("AUSGOV", "AUS"), "Indonesian": ("IDN", "IDN")}
KINDS = {"Indonesian": "nationality"}


def _doc(spec):
    doc = build_doc([spec], ACTORS)
    mentions = tuple(m.replace(kind=KINDS[m.text]) if m.text in KINDS else m for m in doc.mentions)
    return doc.replace(mentions=mentions)


# soldiers shot it on location .
ON_LOCATION = [("soldiers", "soldier", "NOUN", "NNS", "nsubj", 1), ("shot", "shoot", "VERB", "VBD", "root", -1),
               ("it", "it", "PRON", "PRP", "obj", 1), ("on", "on", "ADP", "IN", "case", 4),
               ("location", "location", "NOUN", "NN", "obl", 1), (".", ".", "PUNCT", ".", "punct", 1)]


def test_shooting_on_location_is_filming(stage):
    assert dyads(stage(_doc(ON_LOCATION))) == set()


def test_shooting_on_the_spot_is_shooting(stage):
    """Guard: "soldiers shot it on the spot"."""
    spec = [t if t[0] != "location" else ("spot", "spot", "NOUN", "NN", "obl", 1) for t in ON_LOCATION]
    assert {d[0] for d in dyads(stage(_doc(spec)))} == {"ASSAULT"}


# the US decision raised concern .
CONCERN = [("the", "the", "DET", "DT", "det", 2), ("US", "US", "PROPN", "NNP", "compound", 2),
           ("decision", "decision", "NOUN", "NN", "nsubj", 3), ("raised", "raise", "VERB", "VBD", "root", -1),
           ("concern", "concern", "NOUN", "NN", "obj", 3), (".", ".", "PUNCT", ".", "punct", 3)]


def test_a_decision_that_raised_concern_voices_none(stage):
    assert dyads(stage(_doc(CONCERN))) == set()


def test_a_state_that_raised_concern_voices_it(stage):
    """Guard: "Germany raised concern"."""
    spec = [("Germany", "Germany", "PROPN", "NNP", "nsubj", 1)] + [
        (t[0], t[1], t[2], t[3], t[4], t[5] - 2 if t[5] >= 0 else t[5]) for t in CONCERN[3:]]
    assert {(d[0], d[2]) for d in dyads(stage(_doc(spec)))} == {("ACCUSE", "DEU")}


# the embassy in the Indonesian capital was bombed .
EMBASSY = [("the", "the", "DET", "DT", "det", 1), ("embassy", "embassy", "NOUN", "NN", "nsubj:pass", 7),
           ("in", "in", "ADP", "IN", "case", 5), ("the", "the", "DET", "DT", "det", 5),
           ("Indonesian", "Indonesian", "ADJ", "JJ", "amod", 5), ("capital", "capital", "NOUN", "NN", "nmod", 1),
           ("was", "be", "AUX", "VBD", "aux:pass", 7), ("bombed", "bomb", "VERB", "VBN", "root", -1),
           (".", ".", "PUNCT", ".", "punct", 7)]


def test_the_place_of_a_passive_subject_places_the_attack(stage):
    found = stage(_doc(EMBASSY)).events
    assert [(e.event_type, e.actors[0].actor.country, e.recipients[0].actor.code) for e in found] == \
        [("ASSAULT", "IDN", "AUSGOV")]


def test_a_settlement_of_no_nationality_places_nothing(stage):
    """Guard: "the embassy in the capital was bombed": no country, no unnamed attacker."""
    spec = [t for t in EMBASSY if t[0] != "Indonesian"]
    spec = [(t[0], t[1], t[2], t[3], t[4], t[5] - 1 if t[5] > 4 else t[5]) for t in spec]
    assert placed_actors(stage(_doc(spec))) == []  # at most an unidentified attacker of no country


def test_the_army_is_the_army_of_the_forces_named_before_it():
    from lapwing.config import load_config
    from lapwing.model import Article
    from lapwing.pipeline import Pipeline

    pipeline = Pipeline.from_config(load_config())

    def army(text):
        doc = pipeline.run(Article(id="t", date=dt.date(2000, 10, 14), text=text))
        return next(m.actor.country for m in doc.mentions if m.text.lower() == "army")

    # the Palestinians are named more often; the forces named before "the army" are Israel's
    assert army("Israeli soldiers shot a Palestinian farmer in the West Bank, Palestinian officials "
                "said. The army apologized.") == "ISR"
    # guard: with armed forces of two countries named before it, the leading country decides
    assert army("Israeli soldiers and Syrian troops clashed on the Golan, Syrian officials said. "
                "The army denied it.") == "SYR"
