"""Token numbers in a sentence have gaps where the text has runs of spaces (the segmenter drops
spaCy's whitespace tokens); the role finder must walk the sentence's tokens, not count numbers."""
from __future__ import annotations

import datetime as dt

import pytest

from lapwing.model import Article


@pytest.fixture(scope="module")
def pipeline():
    from lapwing.config import load_config
    from lapwing.pipeline import Pipeline

    return Pipeline.from_config(load_config())


def test_runs_of_spaces_inside_a_sentence_do_not_break_the_role_finder(pipeline):
    text = ("At least 23 people were killed on  Monday when a suicide bomber lured a group of Iraqi "
            "policemen into a  trap in Mosul and another blew up a car alongside would-be police  "
            "recruits in Baquba.")
    doc = pipeline.run(Article(id="spaces", date=dt.date(2005, 2, 7), text=text))
    gaps = [b.i - a.i for s in doc.sentences for a, b in zip(s.tokens, s.tokens[1:])]
    assert max(gaps) > 1  # the whitespace tokens are gone, so the numbers jump
    assert "events.rules.v1" in doc.stages  # coded to the end: the role finder did not crash


def test_right_node_raising_across_a_run_of_spaces(pipeline):
    text = "Sri Lanka has established diplomatic ties with and  opened an embassy in Tehran."
    doc = pipeline.run(Article(id="raised", date=dt.date(2000, 1, 5), text=text))
    dyads = {(e.event_type, e.actors[0].actor.country if e.actors else None,
              e.recipients[0].actor.country if e.recipients and e.recipients[0].actor else None)
             for e in doc.events}
    assert ("SUPPORT", "LKA", "IRN") in dyads
