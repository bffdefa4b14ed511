"""Each event gets the time expression governing its clause, read from hand-built parses."""
from __future__ import annotations

import datetime as dt

import pytest

from lapwing.dates.stage import DateStage
from lapwing.model import Article, CodedArticle, Event, Sentence, Token

BASE = dt.date(2020, 5, 8)


@pytest.fixture(scope="module")
def stage() -> DateStage:
    return DateStage({}, {})


def parsed_article(words: list[tuple[str, str, str, int]]) -> CodedArticle:
    """One sentence from (text, pos, dep, head) rows; heads are row numbers, a root points at itself."""
    tokens, offset = [], 0
    for i, (text, pos, dep, head) in enumerate(words):
        tokens.append(Token(i=i, text=text, start_char=offset, end_char=offset + len(text), lemma=text.lower(),
                            pos=pos, dep=dep, head=head))
        offset += len(text) + 1
    text = " ".join(w[0] for w in words)
    sentence = Sentence(index=0, start_char=0, end_char=len(text), text=text, tokens=tuple(tokens))
    return CodedArticle(article=Article(id="a1", date=BASE, text=text), sentences=(sentence,))


def event_at(doc: CodedArticle, trigger: str, number: int = 0) -> Event:
    start = doc.article.text.index(trigger)
    return Event(id=f"e{number}", article_id="a1", event_type="COOPERATE", trigger_start=start,
                 trigger_end=start + len(trigger), start_char=0, end_char=len(doc.article.text))


# "Haftar opened an embassy in Syria in March and called on Damascus to unite"
OPENED = [("Haftar", "PROPN", "nsubj", 1), ("opened", "VERB", "ROOT", 1), ("an", "DET", "det", 3),
          ("embassy", "NOUN", "obj", 1), ("in", "ADP", "case", 5), ("Syria", "PROPN", "obl", 1),
          ("in", "ADP", "case", 7), ("March", "PROPN", "obl", 1), ("and", "CCONJ", "cc", 9),
          ("called", "VERB", "conj", 1), ("on", "ADP", "case", 11), ("Damascus", "PROPN", "obl", 9),
          ("to", "PART", "mark", 13), ("unite", "VERB", "advcl", 9)]


def test_time_attached_to_the_trigger_and_shared_by_a_conjoined_verb(stage: DateStage) -> None:
    doc = parsed_article(OPENED)
    doc = doc.replace(events=(event_at(doc, "opened"), event_at(doc, "called", 1)))
    opened, called = stage(doc).events
    assert (opened.date, opened.date_precision, opened.date_text) == ("2020-03", "month", "March")
    assert opened.provenance[-1].rule == "dates.event.attached"
    assert called.date == "2020-03" and called.provenance[-1].rule == "dates.event.inherited"
    assert "conj of 'opened'" in called.provenance[-1].reason


def test_time_hung_on_a_noun_argument_counts_for_its_predicate(stage: DateStage) -> None:
    rows = list(OPENED)
    rows[7] = ("March", "PROPN", "nmod", 3)  # the parser hangs "in March" on "embassy"
    doc = parsed_article(rows)
    opened, = stage(doc.replace(events=(event_at(doc, "opened"),))).events
    assert opened.date == "2020-03" and opened.provenance[-1].rule == "dates.event.argument"


def test_a_year_inside_a_noun_phrase_stays_with_that_noun(stage: DateStage) -> None:
    # "Rebels attacked the 2011 protesters yesterday" -- the attack is yesterday, not 2011
    doc = parsed_article([("Rebels", "NOUN", "nsubj", 1), ("attacked", "VERB", "ROOT", 1),
                          ("the", "DET", "det", 4), ("2011", "NUM", "nummod", 4), ("protesters", "NOUN", "obj", 1),
                          ("yesterday", "NOUN", "obl:tmod", 1)])
    attacked, = stage(doc.replace(events=(event_at(doc, "attacked"),))).events
    assert attacked.date == "2020-05-07" and attacked.date_text == "yesterday"


def test_reported_speech_does_not_take_the_time_of_saying(stage: DateStage) -> None:
    # "Officials said on Monday rebels attacked the base" -- "attacked" is a ccomp of "said";
    # "on Monday" hangs on "said", and "said" (not an event) lies between them, so nothing is shared
    doc = parsed_article([("Officials", "NOUN", "nsubj", 1), ("said", "VERB", "ROOT", 1), ("on", "ADP", "case", 3),
                          ("Monday", "PROPN", "obl", 1), ("rebels", "NOUN", "nsubj", 5),
                          ("attacked", "VERB", "ccomp", 1), ("the", "DET", "det", 7), ("base", "NOUN", "obj", 5)])
    said = event_at(doc, "said", 1)
    attacked, _ = stage(doc.replace(events=(event_at(doc, "attacked"), said))).events
    assert attacked.date == "2020-05-08" and attacked.date_precision == "day"
    assert attacked.provenance[-1].rule == "dates.event.article_date"
    assert "article date" in attacked.provenance[-1].reason


def test_open_interval_dates_the_event_to_its_start(stage: DateStage) -> None:
    doc = parsed_article([("Libya", "PROPN", "nsubj:pass", 3), ("has", "AUX", "aux", 3), ("been", "AUX", "aux:pass", 3),
                          ("split", "VERB", "ROOT", 3), ("since", "ADP", "case", 5), ("2014", "NUM", "obl", 3)])
    split, = stage(doc.replace(events=(event_at(doc, "split"),))).events
    assert (split.date, split.date_text) == ("2014", "since 2014")
    assert "open interval" in split.provenance[-1].reason


def test_future_tense_turns_a_weekday_forward(stage: DateStage) -> None:
    doc = parsed_article([("Ministers", "NOUN", "nsubj", 2), ("will", "AUX", "aux", 2), ("meet", "VERB", "ROOT", 2),
                          ("on", "ADP", "case", 4), ("Tuesday", "PROPN", "obl", 2)])
    meet, = stage(doc.replace(events=(event_at(doc, "meet"),))).events
    assert meet.date == "2020-05-12"
    assert "future tense" in stage(doc).times[0].resolution.reason


def test_may_tagged_as_a_modal_is_not_a_month(stage: DateStage) -> None:
    doc = parsed_article([("May", "AUX", "aux", 1), ("Washington", "PROPN", "nsubj", 2), ("back", "VERB", "ROOT", 2),
                          ("him", "PRON", "obj", 2)])
    assert stage(doc).times == ()
    doc = parsed_article([("In", "ADP", "case", 1), ("May", "PROPN", "obl", 3), ("Washington", "PROPN", "nsubj", 3),
                          ("backed", "VERB", "ROOT", 3), ("him", "PRON", "obj", 3)])
    assert [t.value for t in stage(doc).times] == ["2020-05"]


def test_a_count_of_a_plural_noun_is_not_a_year(stage: DateStage) -> None:
    doc = parsed_article([("They", "PRON", "nsubj", 1), ("sent", "VERB", "ROOT", 1), ("2000", "NUM", "nummod", 3),
                          ("troops", "NOUN", "obj", 1)])
    doc = doc.replace(sentences=(doc.sentences[0].replace(tokens=tuple(
        t.replace(tag="NNS") if t.text == "troops" else t for t in doc.sentences[0].tokens)),))
    assert stage(doc).times == ()


def test_without_a_parse_a_time_inside_the_event_text_is_used(stage: DateStage) -> None:
    text = "The council imposed an embargo in 2011. Talks resumed."
    doc = CodedArticle(article=Article(id="a1", date=BASE, text=text))
    event = Event(id="e0", article_id="a1", event_type="SANCTION", trigger_start=12, trigger_end=19,
                  start_char=0, end_char=38)
    later = Event(id="e1", article_id="a1", event_type="CONSULT", trigger_start=46, trigger_end=53,
                  start_char=40, end_char=len(text))
    imposed, resumed = stage(doc.replace(events=(event, later))).events
    assert imposed.date == "2011" and imposed.provenance[-1].rule == "dates.event.in_text"
    assert resumed.date == "2020-05-08" and resumed.provenance[-1].rule == "dates.event.article_date"


def test_a_month_word_that_is_an_event_trigger_is_no_date(stage: DateStage) -> None:
    # "in" before it would make a bare "March" a month even without a parse
    text = "Workers took part in March for Peace. They marched again in March."
    first, second = text.index("March"), text.rindex("March")
    article = Article(id="m1", date=dt.date(1990, 1, 10), text=text)
    event = Event(id="e1", article_id="m1", event_type="PROTEST", text=text[:37], start_char=0, end_char=37,
                  trigger_start=first, trigger_end=first + 5)
    doc = stage(CodedArticle(article=article, events=(event,)))
    assert [(t.text, t.start_char) for t in doc.times] == [("March", second)]  # the month, not the march
    assert doc.events[0].date_text is None
