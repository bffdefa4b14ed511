"""'has to' + infinitive is an obligation not yet met (as 'must'); 'is going to' + infinitive is a
future (as 'will'); 'had to withdraw' tells what was done, and an obligation to say something
leaves what is said as it is."""
from __future__ import annotations

import datetime as dt

import pytest

from lapwing.model import Article


def _coded(pipeline, text):
    doc = pipeline.run(Article(id="o1", date=dt.date(2012, 5, 2), text=text))
    return {(e.event_type, e.modality) for e in doc.events}


@pytest.mark.parametrize("text, expected", [
    ("The United Nations has to support the transition in Sudan.", {("SUPPORT", "hypothetical")}),
    ("Syrian troops had to withdraw from Lebanon in 2005.", {("RETREAT", "asserted")}),
    ("Iran is going to attack Iraq.", {("THREATEN", "asserted"), ("ASSAULT", "hypothetical")}),
])
def test_obligation_and_going_to(pipeline, text, expected):
    assert _coded(pipeline, text) == expected


def test_an_obligation_to_say_leaves_what_is_said(pipeline):
    coded = _coded(pipeline, "We have to say that Iran and Iraq had signed an agreement.")
    assert coded and all(modality != "hypothetical" for _, modality in coded)
