"""The events stage builds a sentence graph only where a word of the sentence is a verb or noun
the lexicon lists: elsewhere ``find_candidates`` can find no trigger, so no event is lost."""
from __future__ import annotations

import datetime as dt

from lapwing.model import Article


def test_no_graph_for_sentences_without_a_lexicon_word(pipeline, monkeypatch):
    from lapwing.events import stage as stage_module

    text = ("Rebels attacked an army base near Goma on Monday. The weather was mild and the sky was blue. "
            "“We will not stop,” the rebel spokesman said.")
    article = Article(id="skips", date=dt.date(2012, 11, 20), text=text)
    coded = pipeline.run(article)
    events_stage = next(s for s in pipeline.stages if s.name == "events.rules.v1")
    built: list[str] = []
    real = stage_module.SentenceGraph

    def counting(sent, mentions, **kwargs):
        built.append(sent.text)
        return real(sent, mentions, **kwargs)

    monkeypatch.setattr(stage_module, "SentenceGraph", counting)
    again = events_stage(coded.replace(events=()))
    assert not any(s.startswith("The weather") for s in built)
    assert any(s.startswith("Rebels attacked") for s in built)
    assert [e.id for e in again.events] == [e.id for e in coded.events]  # dates and places come later
    assert any(e.event_type == "ASSAULT" for e in again.events)
