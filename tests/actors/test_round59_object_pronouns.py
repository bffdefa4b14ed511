"""Round 59 of event coding (found on the news audit's pass 58 texts): an object pronoun that is
not reflexive never stands for the subject of its own clause ("The Jewish state captured East
Jerusalem ... and annexed it": "it" is not the Jewish state); a capital after a word of compass
("East Jerusalem", "west Beirut") is a part of the city, not its government. Coded by the bundled
parser and the actors stage, as in test_pronouns."""
from __future__ import annotations

from test_pronouns import MODELS, run  # noqa: F401 - a fixture; tests/actors is on sys.path

import pytest

pytestmark = pytest.mark.skipif(not MODELS.exists(), reason="the bundled spaCy model is not built")


def _pronouns(doc):
    return {m.text: m.actor.code for m in doc.mentions if m.resolution.rule.startswith("coreference: pronoun")}


def test_an_object_pronoun_is_not_its_own_clauses_subject(run):
    doc = run("The Jewish state captured East Jerusalem in the 1967 Middle East war and annexed it.")
    assert "it" not in _pronouns(doc)


def test_an_object_pronoun_never_stands_for_its_own_verbs_subject(run):
    """"Pakistan thanked it": "it" may be Japan, named before, or no one, never Pakistan."""
    doc = run("Japan sent emergency aid to Pakistan. Pakistan thanked it for the help.")
    assert _pronouns(doc).get("it") in (None, "JPN")


def test_a_capital_after_a_compass_word_is_a_place(run):
    doc = run("Israel captured East Jerusalem in 1967.")
    assert [m.actor.sector for m in doc.mentions if m.text == "Jerusalem"] == [None]


def test_a_capital_as_the_object_is_still_its_government(run):
    """Guard: "Israel warned Damascus": the Syrian government."""
    doc = run("Israel warned Damascus on Tuesday.")
    assert [m.actor.sector for m in doc.mentions if m.text == "Damascus"] == ["GOV"]
