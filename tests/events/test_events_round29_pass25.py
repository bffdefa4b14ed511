"""Round 29 of event coding (found on the news audit's pass 25 texts):

* "captured as many as one million Chinese, Koreans and others": "as many as" before a number is
  a quantity, not an adverb and a preposition (parse repair ``as-many-as``), so the people are the
  object (round 24 read "up to" so);
* "Central American migrants" are no Americans (identities: Latin, Central and South Americans).

Hand-built parses as the bundled parser gives them, with guard tests."""
from __future__ import annotations

import datetime as dt

from events_builders import build_doc, dyads, event_stage as stage  # noqa: F401 - a fixture

from lapwing.events.syntax import SentenceGraph

ACTORS = {"Japan": ("JPN", "JPN"), "Chinese": ("CHN", "CHN")}


def _doc(spec):
    doc = build_doc([spec], ACTORS)
    mentions = tuple(m.replace(kind="nationality") if m.text == "Chinese" else m for m in doc.mentions)
    return doc.replace(mentions=mentions)


# Japan captured as many as one million Chinese .
AS_MANY_AS = [("Japan", "Japan", "PROPN", "NNP", "nsubj", 1), ("captured", "capture", "VERB", "VBD", "root", -1),
              ("as", "as", "ADV", "RB", "advmod", 3), ("many", "many", "ADJ", "JJ", "advmod", 1),
              ("as", "as", "ADP", "IN", "case", 7), ("one", "one", "NUM", "CD", "compound", 6),
              ("million", "million", "NUM", "CD", "nummod", 7), ("Chinese", "Chinese", "ADJ", "JJ", "obl", 3),
              (".", ".", "PUNCT", ".", "punct", 1)]


def test_as_many_as_a_number_is_a_quantity(stage):
    doc = _doc(AS_MANY_AS)
    graph = SentenceGraph(doc.sentences[0], doc.mentions)
    assert {r.rule for r in graph.repairs.values()} == {"as-many-as"}
    assert dyads(stage(doc)) == {("COERCE", "asserted", "JPN", "CHN")}


def test_as_many_with_no_number_is_left_alone():
    """Guard: "captured as many as they could" has no number: no object."""
    spec = [t for t in AS_MANY_AS if t[0] not in ("one", "million")]
    spec = [(t[0], t[1], t[2], t[3], t[4], t[5] - 2 if t[5] > 5 else t[5]) for t in spec]
    doc = _doc(spec)
    assert "as-many-as" not in {r.rule for r in SentenceGraph(doc.sentences[0], doc.mentions).repairs.values()}


def test_central_american_migrants_are_no_americans():
    from lapwing.config import load_config
    from lapwing.model import Article
    from lapwing.pipeline import Pipeline

    pipeline = Pipeline.from_config(load_config())
    doc = pipeline.run(Article(id="t", date=dt.date(2003, 6, 3),
                               text="Mexican police captured 50 Central American migrants. American tourists watched."))
    countries = {m.text: m.actor.country if m.actor is not None else None for m in doc.mentions}
    migrants = [country for text, country in countries.items() if "migrants" in text]
    assert migrants and "USA" not in migrants
    assert any(text.startswith("American") and country == "USA" for text, country in countries.items())
