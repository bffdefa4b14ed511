"""The actors stage on text written in capitals (old wire copy): capital letters are no evidence
of a name there; the model's reading (tags and entities, built here by hand) is."""
from __future__ import annotations

import datetime as dt
import re

import pytest

from lapwing.actors.capitals import alias_fits_capitals, capitals_sentences, reads_as_name, truecasing_on
from lapwing.actors.schema import Alias
from lapwing.actors.stage import ActorStage
from lapwing.model import Article, CodedArticle, Sentence, Token

_WORD = re.compile(r"\w+|[^\w\s]")


@pytest.fixture(scope="module")
def stage() -> ActorStage:
    return ActorStage({}, {})


def make_doc(*sentences: str, tags: dict[str, tuple[str, str]] | None = None) -> CodedArticle:
    """An article of the given sentences (one per line); ``tags`` maps a word to the (POS,
    entity type) the model gave it; other words get NOUN, punctuation PUNCT."""
    text = "\n".join(sentences)
    words = [(m, text.count("\n", 0, m.start())) for m in _WORD.finditer(text)]
    tokens = [Token(i=i, text=m.group(), start_char=m.start(), end_char=m.end(),
                    pos=(tags or {}).get(m.group(), ("NOUN" if m.group()[0].isalpha() else "PUNCT", ""))[0],
                    ent_type=(tags or {}).get(m.group(), ("", ""))[1])
              for i, (m, _line) in enumerate(words)]
    starts = [0] + [k + 1 for k, ch in enumerate(text) if ch == "\n"]
    records = tuple(Sentence(index=n, start_char=start, end_char=start + len(line), text=line,
                             tokens=tuple(t for t, (_m, at) in zip(tokens, words) if at == n))
                    for n, (start, line) in enumerate(zip(starts, sentences)))
    return CodedArticle(article=Article(id="t", date=dt.date(1989, 11, 17), text=text), sentences=records)


def found(stage: ActorStage, *sentences: str, **kwargs) -> dict[str, tuple]:
    doc = stage(make_doc(*sentences, **kwargs))
    return {m.text: (m.kind, m.actor.code if m.actor else None, m.resolution.rule) for m in doc.mentions}


CLOSED = {"WHO": ("PRON", ""), "THE": ("DET", ""), "WITH": ("ADP", ""), "THEM": ("PRON", ""),
          "WERE": ("AUX", ""), "MURDERED": ("VERB", ""), "WORKED": ("VERB", ""), "TWO": ("NUM", ""),
          "EXPRESSES": ("VERB", ""), "ITS": ("PRON", ""), "PROFOUND": ("ADJ", ""), "GENERAL": ("ADJ", ""),
          "FOR": ("ADP", ""), "SAID": ("VERB", ""), "BEGAN": ("VERB", ""), "MAJOR": ("ADJ", ""),
          "ATTACKED": ("VERB", ""), "TOWN": ("NOUN", ""), "A": ("DET", "")}


def test_capitals_sentences_use_the_truecasers_test() -> None:
    doc = make_doc("GUERRILLAS ATTACK ARMY POST IN THE NORTH", "Guerrillas attacked an army post on Monday.")
    assert capitals_sentences(doc.sentences, doc.article.text) == [True, False]
    normal = make_doc("The WHO said so.", "NATO and the UN met in Brussels.")
    assert capitals_sentences(normal.sentences, normal.article.text) == [False, False]


def test_pronoun_who_is_not_the_world_health_organization(stage: ActorStage) -> None:
    result = found(stage, "TWO WOMEN WHO WORKED WITH THEM WERE MURDERED.", tags=CLOSED)
    assert not any("WHO" in text.split() for text in result)


def test_acronym_the_model_reads_as_a_name_still_matches(stage: ActorStage) -> None:
    tags = {**CLOSED, "WHO": ("PROPN", "ORG"), "WARNED": ("VERB", ""), "OF": ("ADP", "")}
    result = found(stage, "THE WHO WARNED OF A CHOLERA OUTBREAK.", tags=tags)
    assert result["WHO"][:2] == ("organization", "IGO")


def test_normal_case_still_reads_the_letters(stage: ActorStage) -> None:
    # no tags at all: in normal case the casing decides, as before
    result = found(stage, "The WHO warned of an outbreak among women who worked there.", tags={})
    assert result["WHO"][:2] == ("organization", "IGO")
    assert "who" not in result


def test_capitalised_run_after_a_title_needs_proper_nouns(stage: ActorStage) -> None:
    result = found(stage, "THE URNG GENERAL COMMAND EXPRESSES ITS PROFOUND SOLIDARITY.", tags=CLOSED)
    assert not any("EXPRESSES" in text or "SOLIDARITY" in text for text in result)
    tags = {**CLOSED, "PRESIDENT": ("PROPN", ""), "CRISTIANI": ("PROPN", "PERSON")}
    result = found(stage, "PRESIDENT CRISTIANI SAID THE TALKS WILL GO ON.", tags=tags)
    assert result["PRESIDENT CRISTIANI"][0] == "person"


def test_short_name_read_as_an_adjective_is_no_name(stage: ActorStage) -> None:
    result = found(stage, "THE REBELS BEGAN THE MAJOR OFFENSIVE.", tags=CLOSED)
    assert "MAJOR" not in result


def test_sector_words_and_country_adjectives_still_match(stage: ActorStage) -> None:
    tags = {**CLOSED, "SALVADORAN": ("ADJ", "NORP"), "ARMY": ("NOUN", "")}
    result = found(stage, "THE SALVADORAN ARMY ATTACKED THE TOWN.", tags=tags)
    assert any(code == "SLV" for _kind, code, _rule in result.values())


@pytest.mark.parametrize("pos, ent, case, form, fits", [
    ("PRON", "", "exact", "name", False),        # "WHO" the pronoun
    ("PROPN", "", "exact", "name", True),
    ("NOUN", "", "exact", "name", True),
    ("NOUN", "ORG", "exact", "name", True),
    ("ADJ", "", "title", "short_name", False),   # "MAJOR offensive"
    ("VERB", "", "title", "short_name", False),  # "LET US": LeT
    ("ADJ", "NORP", "title", "adjective", True),  # "SALVADORAN"
    ("VERB", "", "title", "adjective", False),   # "POLISH THE SHOES"
    ("VERB", "", "any", "sector_word", True),
])
def test_alias_fits_capitals(pos: str, ent: str, case: str, form: str, fits: bool) -> None:
    alias = Alias(tokens=("x",), text="X", form=form, mention_kind="organization", case=case)
    tok = Token(i=0, text="X", start_char=0, end_char=1, pos=pos, ent_type=ent)
    assert alias_fits_capitals(alias, [tok]) is fits


def test_reads_as_name() -> None:
    def tok(pos: str, ent: str = "") -> Token:
        return Token(i=0, text="X", start_char=0, end_char=1, pos=pos, ent_type=ent)
    assert reads_as_name(tok("PROPN")) and reads_as_name(tok("NOUN", "GPE"))
    assert not reads_as_name(tok("NOUN")) and not reads_as_name(tok("ADJ", "DATE"))


def test_with_truecasing_off_the_letters_decide_as_before() -> None:
    # the model read the capitals as they are, so its tags say no more than the letters
    off = ActorStage({}, {"segment": {"truecase": "off"}})
    assert truecasing_on({"segment": {"truecase": "off"}}) is False and truecasing_on({}) is True
    doc = make_doc("GUERRILLAS ATTACK ARMY POST IN THE NORTH")
    assert capitals_sentences(doc.sentences, doc.article.text, enabled=False) == [False]
    result = found(off, "TWO WOMEN WHO WORKED WITH THEM WERE MURDERED.", tags=CLOSED)
    assert any("WHO" in text.split() for text in result)
