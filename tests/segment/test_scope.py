"""segment.parse_scope = "candidates": the cheap candidate test and the scoped segmenter."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

pytest.importorskip("spacy")

from lapwing.config import load_config  # noqa: E402
from lapwing.errors import ConfigError  # noqa: E402
from lapwing.model import Article, CodedArticle  # noqa: E402
from lapwing.segment.scope import CandidateTest  # noqa: E402
from lapwing.segment.stage import SpacySegmenter  # noqa: E402

REPO = Path(__file__).resolve().parents[2]

TEXT = ("The weather was mild in the capital on Tuesday. Russian troops attacked the border town of "
        "Kharkiv, officials said.\n\nMarkets were calm. Local shops stayed open late.\n\n"
        "The European Union must lift the embargo, the minister said.")

HAND_MADE = CandidateTest(
    triggers={"attacked": (), "called": ((frozenset({"off"}),),), "strike": ((frozenset({"air", "general"}),),)},
    reporting_forms=frozenset({"said"}), sources=())


def coded(text: str = TEXT, article_id: str = "a1") -> CodedArticle:
    return CodedArticle(article=Article(id=article_id, date=dt.date(2022, 3, 1), text=text))


@pytest.fixture(scope="module")
def segmenters() -> dict[str, SpacySegmenter]:
    config = load_config()
    return {scope: SpacySegmenter({**config["segment"], "parse_scope": scope}, config)
            for scope in ("all", "candidates")}


@pytest.mark.parametrize("words, expected", [
    (["Troops", "attacked", "the", "town"], True),            # a trigger that needs nothing more
    (["Troops", "ATTACKED", "the", "town"], True),            # case does not matter
    (["Markets", "were", "calm"], False),                     # no trigger form
    (["They", "called", "off", "the", "talks"], True),        # the particle the entry needs is there
    (["They", "called", "the", "minister"], False),           # it is not
    (["a", "general", "strike"], True),                       # one of the object words is there
    (["a", "lucky", "strike"], False),
    (["“", "Calm", "down", ",", "”", "she", "said"], True),    # a quotation closed with a reporting verb
    (["She", "said", "it", "was", "calm"], False),            # a reporting verb alone is not enough
])
def test_holds_event(words, expected):
    assert HAND_MADE.holds_event(words) is expected


def test_bundled_lexicon_forms():
    test = CandidateTest.from_config(load_config())
    for words in (["attacked"], ["protesters", "protested"], ["Sudan", "must", "return"], ["fought"]):
        assert test.holds_event(words), words
    assert not test.holds_event(["The", "weather", "was", "mild"])
    assert test.info()["trigger_forms"] > 1000


def test_lexicon_extra_adds_trigger_forms(tmp_path):
    extra = tmp_path / "extra.yaml"
    extra.write_text("verbs:\n  - {id: v.zorbify, lemma: zorbify, type: ASSAULT}\n", encoding="utf-8")
    assert not CandidateTest.from_config(load_config()).holds_event(["They", "zorbified", "it"])
    config = load_config(overrides={"events.lexicon_extra": [str(extra)]})
    assert CandidateTest.from_config(config).holds_event(["They", "zorbified", "it"])


def test_unknown_scope_is_a_config_error():
    with pytest.raises(ConfigError, match="parse_scope must be one of 'all', 'candidates', not 'some'"):
        SpacySegmenter({"parse_scope": "some"}, load_config())


def test_default_scope_is_all(segmenters):
    assert load_config()["segment"]["parse_scope"] == "all"
    assert segmenters["all"].info()["parse_scope"] == "all"
    assert segmenters["candidates"].info()["resources"]["candidate_test"]["trigger_forms"] > 1000


def test_candidates_scope_parses_only_candidate_sentences(segmenters):
    doc = segmenters["candidates"](coded())
    parsed = {s.text: any(t.dep for t in s.tokens) for s in doc.sentences}
    assert parsed == {
        "The weather was mild in the capital on Tuesday.": False,
        "Russian troops attacked the border town of Kharkiv, officials said.": True,
        "Markets were calm.": False,
        "Local shops stayed open late.": False,
        "The European Union must lift the embargo, the minister said.": True,
    }
    for sent in doc.sentences:
        assert [s.index for s in doc.sentences] == list(range(len(doc.sentences)))
        assert TEXT[sent.start_char:sent.end_char] == sent.text
        ids = {t.i for t in sent.tokens}
        for tok in sent.tokens:
            assert TEXT[tok.start_char:tok.end_char] == tok.text
            if parsed[sent.text]:
                assert tok.pos and tok.head in ids          # heads are article-level indices
            else:
                assert (tok.pos, tok.dep, tok.ent_type, tok.head) == ("", "", "", -1)
                assert tok.lemma == tok.text.lower()
    attacked = next(t for t in doc.tokens() if t.text == "attacked")
    assert attacked.lemma == "attack" and attacked.pos == "VERB"
    assert any(t.ent_type for t in doc.tokens() if t.text == "Kharkiv")


def test_candidates_scope_keeps_the_tokens_of_all(segmenters):
    every, scoped = (segmenters[s](coded()) for s in ("all", "candidates"))
    assert [(t.i, t.text, t.start_char, t.end_char) for t in every.tokens()] == \
        [(t.i, t.text, t.start_char, t.end_char) for t in scoped.tokens()]


def test_pipe_equals_one_by_one(segmenters):
    segmenter = segmenters["candidates"]
    docs = [coded(), coded("Police arrested two protesters in Minsk.", "a2"), coded("Nothing happened.", "a3"),
            coded("", "a4")]
    assert segmenter.pipe(docs) == [segmenter(doc) for doc in docs]


@pytest.mark.skipif(not (REPO.parent / "shared").exists(), reason="../shared (development data) is absent")
def test_every_event_sentence_of_the_gold_records_is_a_candidate(pipeline):
    """The candidate test must stay a superset of what the events stage codes: every sentence in
    which the default pipeline (scope "all") codes an event passes it."""
    records = json.loads((REPO.parent / "shared" / "data" / "plover-gsr" / "PLOVER_GSR_CAMEO.dev.json")
                         .read_text(encoding="utf-8"))
    test = CandidateTest.from_config(load_config())
    articles = [Article(id=r["id"], date=dt.date.fromisoformat(r["date"]), text=r["text"])
                for r in records if r.get("text") and r.get("date")][:120]  # enough, and fast
    coded_events = 0
    for doc in pipeline.run_batch(articles):
        by_index = {s.index: s for s in doc.sentences}
        for event in doc.events:
            coded_events += 1
            words = [t.text for t in by_index[event.sentence].tokens]
            assert test.holds_event(words), by_index[event.sentence].text
    assert coded_events > 40


@pytest.mark.parametrize("scope", ["all", "candidates"])
def test_a_double_space_is_parsed_as_one_in_either_scope(segmenters, scope):
    segment = segmenters[scope]
    single = segment(coded("Markets were calm.\n\nRebels attacked the town of Sake on Tuesday.", "s1"))
    double = segment(coded("Markets were calm.\n\nRebels  attacked the town of Sake on Tuesday.", "s2"))
    assert [(t.text, t.pos, t.dep) for t in double.tokens()] == [(t.text, t.pos, t.dep) for t in single.tokens()]
    rebels = next(t for t in double.tokens() if t.text == "Rebels")
    attacked = next(t for t in double.tokens() if t.text == "attacked")
    assert rebels.head == attacked.i and attacked.start_char == double.article.text.index("attacked")
