"""Subject pronouns continuing the previous sentence's subject (rule ``coreference: pronoun``)."""
from __future__ import annotations

from pathlib import Path

import pytest

MODELS = Path(__file__).resolve().parents[2] / "src" / "lapwing" / "segment" / "models" / "en_lapwing_news"
pytestmark = pytest.mark.skipif(not MODELS.exists(), reason="the bundled spaCy model is not built")


@pytest.fixture(scope="module")
def run():
    import datetime as dt

    from lapwing.actors.stage import ActorStage
    from lapwing.config import load_config
    from lapwing.model import Article, CodedArticle
    from lapwing.segment.stage import SpacySegmenter

    config = load_config()
    segment, actors = SpacySegmenter(config["segment"], config), ActorStage(config["actors"], config)

    def code(text):
        return actors(segment(CodedArticle(article=Article(id="p", date=dt.date(2020, 1, 1), text=text))))
    return code


def _pronoun_mentions(doc):
    return {m.text: m for m in doc.mentions if m.resolution.rule == "coreference: pronoun"}


def test_it_continues_a_country_subject(run):
    found = _pronoun_mentions(run("Japan sent emergency aid to Pakistan. It also pledged to rebuild schools."))
    assert found["It"].actor.country == "JPN"


def test_a_pronoun_of_the_wrong_kind_or_after_an_unresolved_subject_is_left_alone(run):
    assert not _pronoun_mentions(run("Japan sent emergency aid to Pakistan. He also pledged to rebuild schools."))
    assert not _pronoun_mentions(run("The rebels attacked the town. They killed ten soldiers."))


def test_a_pronoun_in_a_reported_clause_is_left_to_the_events_stage(run):
    assert not _pronoun_mentions(run("Japan sent aid. Officials said it would send more."))


def _resolved(doc, rule_prefix="coreference: "):
    return [(m.text, m) for m in doc.mentions if m.resolution.rule.startswith(rule_prefix)
            and m.text.lower() in {"he", "him", "she", "her", "it", "i", "me", "we", "us"}]


def test_he_is_the_only_person_named_as_a_subject(run):
    doc = run("Prime Minister Boris Johnson visited Kyiv on Monday. Officials said he met soldiers there.")
    found = dict(_resolved(doc))
    assert found["he"].kind == "person" and found["he"].actor.country == "GBR"
    assert "Boris Johnson" in found["he"].resolution.evidence[0]


def test_he_is_left_alone_when_two_people_are_named(run):
    doc = run("Boris Johnson met Emmanuel Macron in Paris. Officials said he was pleased.")
    assert "he" not in dict(_resolved(doc))


def test_i_and_we_in_a_quotation_are_its_speaker_and_the_speakers_government(run):
    doc = run('Prime Minister Boris Johnson said: "I think we will win."')
    found = dict(_resolved(doc))
    assert found["I"].kind == "person" and found["I"].resolution.rule == "coreference: quotation speaker"
    assert found["we"].kind == "organization" and (found["we"].actor.country, found["we"].actor.sector) == ("GBR", "GOV")


def test_possessive_determiners_are_mentions_of_their_antecedent_unless_turned_off(run):
    text = "The United Arab Emirates reopened its Damascus embassy in December."
    [its] = [m for m in run(text).mentions if m.text == "its"]
    assert its.actor.code == "ARE"

    import datetime as dt

    from lapwing.actors.stage import ActorStage
    from lapwing.config import load_config
    from lapwing.model import Article, CodedArticle
    from lapwing.segment.stage import SpacySegmenter
    config = load_config()
    off = ActorStage({**config["actors"], "possessive_pronouns": False}, config)
    doc = off(SpacySegmenter(config["segment"], config)(
        CodedArticle(article=Article(id="p", date=dt.date(2020, 1, 1), text=text))))
    assert not [m for m in doc.mentions if m.text == "its"]


def test_a_possessor_does_not_make_the_actor_its_own_recipient():
    import datetime as dt

    from lapwing.config import load_config
    from lapwing.model import Article
    from lapwing.pipeline import Pipeline
    doc = Pipeline.from_config(load_config()).run(Article(
        id="p", date=dt.date(2020, 1, 1), text="The United Arab Emirates reopened its Damascus embassy in December."))
    assert doc.events and not [e for e in doc.events
                               if any(r.actor and r.actor.code == "ARE" for r in e.recipients)]


def test_an_empty_it_is_not_resolved(run):
    doc = run("Japan sent emergency aid to Pakistan. It is clear that more is needed.")
    assert "It" not in dict(_resolved(doc))


def test_quotation_spans_pair_marks_and_collapse_runs():
    from lapwing.actors.quotations import quotation_spans

    text = 'He said: """I am here,"" and left. \u201cWe stay,\u201d she said.'
    quoted = [text[q.start:q.end] for q in quotation_spans(text)]
    assert quoted == ["I am here,", "We stay,"]
