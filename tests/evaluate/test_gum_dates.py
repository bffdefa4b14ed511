"""Reading GUM's <date> markup and scoring time expressions against it."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from lapwing.dates.measure import read_gum_document
from lapwing.evaluate.gum_dates import evaluate_gum_dates
from lapwing.model import CodedArticle, TimeExpression

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"

DOC = "\n".join([
    "# newdoc id = GUM_news_test",
    "# meta::dateCreated = 2017-07-18",
    "# text = Rebels attacked on Tuesday, last week.",
    "\t".join(["1", "Rebels", "_", "NOUN", "_", "_", "2", "nsubj", "_", "_"]),
    "\t".join(["2", "attacked", "_", "VERB", "_", "_", "0", "root", "_", "_"]),
    "\t".join(["3", "on", "_", "ADP", "_", "_", "4", "case", "_", "_"]),
    "\t".join(["4", "Tuesday", "_", "PROPN", "_", "_", "2", "obl", "_",
               'SpaceAfter=No|XML=<date when:::"2017-07-18"></date>']),
    "\t".join(["5", ",", "_", "PUNCT", "_", "_", "2", "punct", "_", "_"]),
    "\t".join(["6", "last", "_", "ADJ", "_", "_", "7", "amod", "_",
               'XML=<date from:::"2017-07-10" to:::"2017-07-16">']),
    "\t".join(["7", "week", "_", "NOUN", "_", "_", "2", "obl", "_", "SpaceAfter=No|XML=</date>"]),
    "\t".join(["8", ".", "_", "PUNCT", "_", "_", "2", "punct", "_", "_"]),
    "",
])


def test_scores_found_dates_and_values(tmp_path):
    (tmp_path / "GUM_news_test.conllu").write_text(DOC, encoding="utf-8")

    def code(article):
        text = article.text
        tuesday = text.index("Tuesday")
        week = text.index("last week")
        return CodedArticle(article=article, times=(
            TimeExpression(start_char=tuesday, end_char=tuesday + 7, text="Tuesday", value="2017-07-18"),
            TimeExpression(start_char=week, end_char=week + 9, text="last week", value="2017-07",
                           start="2017-07-10", end="2017-07-16"),
            TimeExpression(start_char=0, end_char=6, text="Rebels", value="2017")))

    result = evaluate_gum_dates(tmp_path, code=code)
    assert (result["gold"], result["predicted"], result["matched"]) == (2, 3, 2)
    assert result["recall"] == 1.0 and result["precision"] == round(2 / 3, 4)
    assert result["valued"] == 2
    assert result["value_accuracy"] == 1.0


@pytest.mark.skipif(not SHARED.exists(), reason="../shared (development data) is absent")
def test_gum_news_documents_read():
    folder = SHARED / "data" / "gum-ccby"
    if not folder.exists():
        pytest.skip("../shared/data/gum-ccby is absent")
    document = read_gum_document(folder / "GUM_news_afghan.conllu")
    assert document.created == dt.date(2017, 7, 18)
    assert document.dates[0].text == "Friday, July 21, 2017"
    assert document.dates[0].attributes["when"] == "2017-07-21"


SPAN_DOC = "\n".join([
    "# newdoc id = GUM_news_span",
    "# meta::dateCreated = 2017-07-18",
    "# text = He ruled from 2004 to 2009.",
    "\t".join(["1", "He", "_", "PRON", "_", "_", "2", "nsubj", "_", "_"]),
    "\t".join(["2", "ruled", "_", "VERB", "_", "_", "0", "root", "_", "_"]),
    "\t".join(["3", "from", "_", "ADP", "_", "_", "4", "case", "_", "_"]),
    "\t".join(["4", "2004", "_", "NUM", "_", "_", "2", "obl", "_", 'XML=<date when:::"2004"></date>']),
    "\t".join(["5", "to", "_", "ADP", "_", "_", "6", "case", "_", "_"]),
    "\t".join(["6", "2009", "_", "NUM", "_", "_", "2", "obl", "_",
               'SpaceAfter=No|XML=<date when:::"2009"></date>']),
    "\t".join(["7", ".", "_", "PUNCT", "_", "_", "2", "punct", "_", "_"]),
    "",
])


@pytest.mark.parametrize("found_end, right", [("2009", 1.0), ("2010", 0.5)])
def test_a_span_found_whole_answers_for_both_marked_ends(tmp_path, found_end, right):
    (tmp_path / "GUM_news_span.conllu").write_text(SPAN_DOC, encoding="utf-8")

    def code(article):
        start = article.text.index("from")
        return CodedArticle(article=article, times=(
            TimeExpression(start_char=start, end_char=start + len("from 2004 to 2009"),
                           text="from 2004 to 2009", value="2004", start="2004", end=found_end),))

    result = evaluate_gum_dates(tmp_path, code=code)
    assert (result["gold"], result["matched"], result["recall"]) == (2, 2, 1.0)
    assert result["value_accuracy"] == right
