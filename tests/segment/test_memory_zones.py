"""The segment stage's memory zones: spaCy's vocabulary stops growing with the words of the news
once the warm-up articles are read, and the records are the same with zones and without."""
from __future__ import annotations

import datetime as dt
import random

import pytest

from lapwing.config import load_config
from lapwing.errors import ConfigError
from lapwing.model import Article, CodedArticle
from lapwing.segment.stage import SpacySegmenter

SENTENCES = ["{a} {b}, the interior minister, said on Monday that police had arrested {n} protesters in {c}.",
             "Rebels led by {a} attacked an army base near {c}, killing {n} soldiers, officials said.",
             "{a} met {b} in {c} to discuss the ceasefire."]


def novel_word(rng: random.Random) -> str:
    return "".join(rng.choice("bcdfgklmnprstvz") + rng.choice("aeiou") for _ in range(4)).capitalize()


def articles(count: int, seed: int) -> list[CodedArticle]:
    """Articles in which most names and numbers are new word forms."""
    rng = random.Random(seed)
    out = []
    for number in range(count):
        text = " ".join(rng.choice(SENTENCES).format(a=novel_word(rng), b=novel_word(rng), c=novel_word(rng),
                                                    n=rng.randint(100, 10**6)) for _ in range(4))
        out.append(CodedArticle(article=Article(id=f"{seed}-{number}", date=dt.date(2024, 5, 1), text=text)))
    return out


def segmenter(**settings) -> SpacySegmenter:
    config = load_config(overrides={f"segment.{key}": value for key, value in settings.items()})
    return SpacySegmenter(config["segment"], config)


@pytest.fixture(scope="module")
def zoned() -> SpacySegmenter:
    return segmenter(vocabulary_warmup=4)


def test_after_the_warm_up_new_words_do_not_stay_in_the_vocabulary(zoned: SpacySegmenter) -> None:
    zoned.pipe(articles(4, seed=1))           # the warm-up: these words stay
    strings = len(zoned.nlp.vocab.strings)
    coded = zoned.pipe(articles(8, seed=2))
    assert len(zoned.nlp.vocab.strings) == strings
    # the records were copied out of spaCy inside the zone, and keep every word
    assert all(sentence.tokens[0].text for doc in coded for sentence in doc.sentences)
    assert {t.text for doc in coded for s in doc.sentences for t in s.tokens} >= \
        {w.strip(",.") for doc in articles(8, seed=2) for w in doc.article.text.split()[:2]}


def test_without_zones_the_vocabulary_grows_with_the_news() -> None:
    plain = segmenter(memory_zones=False)
    plain.pipe(articles(4, seed=1))
    strings = len(plain.nlp.vocab.strings)
    plain.pipe(articles(8, seed=2))
    assert len(plain.nlp.vocab.strings) > strings + 8 * 4   # at least one new name per sentence


def test_records_are_the_same_with_and_without_zones(zoned: SpacySegmenter) -> None:
    plain = segmenter(memory_zones=False)
    batch = articles(6, seed=3)
    assert zoned.articles_seen >= zoned.vocabulary_warmup
    first = zoned.pipe(batch)
    assert first == plain.pipe(batch)
    assert zoned.pipe(batch) == first        # the same words again, after their forms were freed


@pytest.mark.parametrize("settings, message", [
    ({"memory_zones": "yes"}, "memory_zones must be"),
    ({"vocabulary_warmup": -1}, "vocabulary_warmup must be a whole number"),
    ({"vocabulary_warmup": 2.5}, "vocabulary_warmup must be"),
])
def test_bad_settings_are_named(settings: dict, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        segmenter(**settings)   # through the configuration (its type check comes first)
    with pytest.raises(ConfigError, match=message):
        SpacySegmenter({**load_config()["segment"], **settings})   # settings handed to the stage
