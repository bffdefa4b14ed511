"""Truecasing text written in capitals (``lapwing.segment.truecase``), with hand-built resources,
the bundled resources, and through the segment stage (records keep the article's characters)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from lapwing.errors import ConfigError, ResourceError
from lapwing.model import Article, CodedArticle, Sentence, Token
from lapwing.segment.casing_resources import Casing, CasingResources, load_casing_table
from lapwing.segment.truecase import Truecaser, capitals_passages, keep_article_text


def small_resources() -> CasingResources:
    table = {"the": Casing(100, 1, 0), "army": Casing(20, 5, 0), "attacked": Casing(9, 0, 0),
             "president": Casing(3, 9, 0), "in": Casing(90, 1, 0), "village": Casing(8, 0, 0),
             "kidnap": Casing(4, 0, 0), "said": Casing(50, 0, 0), "nato": Casing(0, 0, 5),
             "mcdonald": Casing(0, 1, 0, "McDonald"), "may": Casing(30, 5, 0)}
    return CasingResources(table=table, lower_words=frozenset({"the", "in", "who", "it", "us", "and", "they", "on"}),
                           phrases={("el", "salvador"): ("El", "Salvador")}, acronyms=frozenset({"fmln", "who"}),
                           months=frozenset({"may", "jan"}))


@pytest.fixture(scope="module")
def truecaser() -> Truecaser:
    return Truecaser(small_resources())


@pytest.mark.parametrize("text, expected", [
    ("THE ARMY ATTACKED THE VILLAGE IN EL SALVADOR.", "The army attacked the village in El Salvador."),
    ("PRESIDENT CRISTIANI SAID THE FMLN ATTACKED.", "President Cristiani said the FMLN attacked."),
    ("THE FMLN'S ARMY ATTACKED. NATO SAID IT.", "The FMLN's army attacked. NATO said it."),
    ("THEY KIDNAPPED MCDONALD ON 3 MAY IN THE VILLAGE.", "They kidnapped McDonald on 3 May in the village."),
    ("THE U.S. ARMY AND THE (URNG) SAID WHO ATTACKED.", "The U.S. army and the (URNG) said who attacked."),
    ("THE US ARMY ATTACKED US IN THE VILLAGE.", "The US army attacked us in the village."),
    ("SAN MIGUEL, 3 JAN 90 (RADIO VENCEREMOS) -- THE ARMY ATTACKED.", "San Miguel, 3 Jan 90 (Radio Venceremos) -- The army attacked."),
])
def test_capitals_are_restored(truecaser: Truecaser, text: str, expected: str) -> None:
    assert truecaser.restore(text) == expected


@pytest.mark.parametrize("text", [
    "The army attacked the village in El Salvador, NATO SAID.",
    "The FMLN and the US ARMY attacked the village.\nThe president said so.",
    "",
    "UN",
])
def test_text_in_normal_case_is_unchanged(truecaser: Truecaser, text: str) -> None:
    assert capitals_passages(text) == []
    assert truecaser.restore(text) == text


def test_a_headline_line_and_a_capitals_paragraph_are_passages_alone() -> None:
    text = ("THE ARMY ATTACKED THE VILLAGE TODAY\nThe army attacked a village, officials said on Monday.\n\n"
            "THE ARMY ATTACKED\nTHE VILLAGE.\n\nThe president said so in a statement on Monday morning.")
    first_line = text.index("\n")
    second = text.index("THE ARMY ATTACKED\n")
    assert capitals_passages(text) == [(0, first_line), (second, text.index("\n\nThe president"))]


def test_passages_after_the_start_of_the_text_are_restored_in_place(truecaser: Truecaser) -> None:
    # a headline and a capitals paragraph after ordinary text: their words are cased where they
    # stand (offsets into the whole text), and a passage in the second half does not overrun it
    text = ("The president said so in a statement on Monday morning.\n\n"
            "THE ARMY ATTACKED THE VILLAGE IN EL SALVADOR\nThe village was quiet on Tuesday.\n\n"
            "PRESIDENT CRISTIANI SAID THE FMLN ATTACKED.")
    assert truecaser.restore(text) == (
        "The president said so in a statement on Monday morning.\n\n"
        "The army attacked the village in El Salvador\nThe village was quiet on Tuesday.\n\n"
        "President Cristiani said the FMLN attacked.")


def test_restoring_keeps_every_character_but_its_case(truecaser: Truecaser) -> None:
    text = "ÉL DIJO: THE ARMY ATTACKED ÖSTERREICH AND STRASSE IN 1990. IT'S SO; “WHO?” ß"
    restored = truecaser.restore(text)
    assert len(restored) == len(text)
    assert restored.lower() == text.lower()


@pytest.mark.parametrize("seed", range(20))
def test_capitals_lines_anywhere_keep_every_character_but_its_case(truecaser: Truecaser, seed: int) -> None:
    # ordinary paragraphs with headlines, capitals paragraphs and sign-off lines at random places
    import random

    rng = random.Random(seed)
    normal = ["The army attacked the village on Monday.", "The president said so in a statement.",
              "Officials in El Salvador said the talks would go on."]
    capitals = ["THE ARMY ATTACKED THE VILLAGE IN EL SALVADOR", "PRESIDENT CRISTIANI SAID THE FMLN ATTACKED.",
                "REPORTING BY ANA LOPEZ AND JUAN PEREZ; EDITING BY MARK HEINRICH"]
    parts = [rng.choice(normal + capitals) for _ in range(rng.randint(1, 12))]
    text = "".join(part + rng.choice(["\n", "\n\n", " "]) for part in parts)
    restored = truecaser.restore(text)
    assert len(restored) == len(text) and restored.lower() == text.lower()
    for start, end in capitals_passages(text):   # every passage was read: none left all in capitals
        assert not restored[start:end].isupper()


def test_keep_article_text_puts_the_original_characters_back() -> None:
    text = "THE ARMY ATTACKED."
    parsed = (Sentence(index=0, start_char=0, end_char=18, text="The army attacked.",
                       tokens=(Token(0, "The", 0, 3, "the", "DET"), Token(1, "army", 4, 8, "army", "NOUN"),
                               Token(2, "attacked", 9, 17, "attack", "VERB"), Token(3, ".", 17, 18, "."))),)
    kept = keep_article_text(parsed, text)
    assert kept[0].text == text
    assert [t.text for t in kept[0].tokens] == ["THE", "ARMY", "ATTACKED", "."]
    assert [t.lemma for t in kept[0].tokens] == ["the", "army", "attack", "."]


def test_a_bad_casing_table_row_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "table.tsv"
    path.write_text("# comment\nword\tlower\ttitle\tupper\tform\nthe\t3\t1\t0\t\nArmy\tx\t1\t0\t\n", encoding="utf8")
    with pytest.raises(ResourceError, match=r"table.tsv:4"):
        load_casing_table(path)


def test_the_bundled_table_loads_and_knows_common_words() -> None:
    table = load_casing_table()
    assert table["the"].usual == "lower"
    assert table["nato"].usual == "upper"


# --- through the segment stage, with the bundled pipeline and resources

@pytest.fixture(scope="module")
def segmenters():
    pytest.importorskip("spacy")
    from lapwing.segment.stage import SpacySegmenter

    return (SpacySegmenter({"model": "en_lapwing_news"}, {}),
            SpacySegmenter({"model": "en_lapwing_news", "truecase": "off"}, {}))


def _article(text: str) -> CodedArticle:
    return CodedArticle(article=Article(id="t", date=dt.date(1989, 11, 17), text=text))


def test_stage_records_keep_the_article_characters_and_parse_better(segmenters) -> None:
    auto, off = segmenters
    text = ("SAN SALVADOR, 16 NOV 89 -- SALVADORAN SOLDIERS KILLED SIX JESUIT PRIESTS IN SAN SALVADOR "
            "TODAY, THE FMLN SAID.")
    coded = auto(_article(text))
    tokens = [t for s in coded.sentences for t in s.tokens]
    assert all(text[t.start_char:t.end_char] == t.text for t in tokens)
    assert all(t.text.upper() == t.text for t in tokens)
    assert "kill" in {t.lemma for t in tokens}
    killed = next(t for t in tokens if t.text == "KILLED")
    assert killed.pos == "VERB"
    assert [t.text for s in off(_article(text)).sentences for t in s.tokens] == [t.text for t in tokens]


def test_stage_leaves_normal_text_to_the_model_as_it_is(segmenters) -> None:
    auto, off = segmenters
    text = "Salvadoran soldiers killed six Jesuit priests in San Salvador on Thursday, the FMLN said."
    assert auto(_article(text)) == off(_article(text))


def test_stage_rejects_an_unknown_truecase_mode() -> None:
    pytest.importorskip("spacy")
    from lapwing.segment.stage import SpacySegmenter

    with pytest.raises(ConfigError, match="truecase"):
        SpacySegmenter({"model": "en_lapwing_news", "truecase": "always"}, {})


def test_info_names_the_casing_table_before_it_is_loaded(segmenters) -> None:
    on, off = fresh_segmenter(), segmenters[1]
    assert on.info()["resources"]["truecasing"]["loaded"] is False
    assert on.info()["resources"]["truecasing"]["casing_table"].endswith("truecase_table.tsv")
    assert "truecasing" not in off.info()["resources"] and off.info()["truecase"] == "off"


def fresh_segmenter():
    """A segmenter that has read no article in capitals yet."""
    from lapwing.segment.stage import SpacySegmenter

    return SpacySegmenter({"model": "en_lapwing_news"}, {})
