"""evaluate_cameo_examples: the CAMEO codebook's example sentences scored by the code they
illustrate (a codebook file the tests write and a stub pipeline; one run on the real file when
../shared is present)."""
from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from lapwing.errors import InputError
from lapwing.evaluate.cameo_examples import (evaluate_cameo_examples, format_cameo_examples,
                                             read_cameo_examples, repair_mojibake)
from lapwing.evaluate.gold_sets import evaluate_gold_set
from lapwing.model import Actor, Article, CodedArticle, Event, Mention

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
CODEBOOK = SHARED / "data" / "cameo-codebook-examples" / "cameo-codes.csv"


def write_codebook(tmp_path: Path, rows: list[tuple[str, str]]) -> Path:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["", "eventtype_ID", "name", "code", "example"])
    for number, (code, example) in enumerate(rows, start=1):
        writer.writerow([number, number, f"name {code}", code, example])
    path = tmp_path / "cameo-codes.csv"
    path.write_bytes(buf.getvalue().encode("cp1252"))
    return path


class StubPipeline:
    """Codes one event per word "TYPE/CAMEO" (or "hypothetical:TYPE/CAMEO") in the text."""

    def run(self, article: Article) -> CodedArticle:
        events = []
        for word in article.text.split():
            if "/" not in word:
                continue
            modality, _, rest = word.rpartition(":") if ":" in word else ("asserted", "", word)
            event_type, _, cameo = rest.partition("/")
            actor = Mention(start_char=0, end_char=1, text="A", kind="organization",
                            actor=Actor(name="A", code="USA", country="USA"))
            events.append(Event(id=f"{article.id}-{len(events)}", article_id=article.id, event_type=event_type,
                                cameo=cameo, actors=(actor,), modality=modality, text=article.text))
        return CodedArticle(article=article, events=tuple(events))


def test_mojibake_punctuation_is_mended_and_other_text_kept():
    assert repair_mojibake("Europe\u201a\u00c4\u00f4s leading forum") == "Europe\u2019s leading forum"
    assert repair_mojibake("Caf\u00e9 \u201a plain") == "Caf\u00e9 \u201a plain"


def test_examples_are_scored_by_type_root_and_code_and_unseen_share(tmp_path):
    path = write_codebook(tmp_path, [
        ("190", "ASSAULT/190"),                    # type, root and code right
        ("193", "ASSAULT/190 ACCUSE/112"),         # type and root right, code wrong, one other type
        ("112", "hypothetical:ACCUSE/112"),        # hypothetical: not found
        ("010", "a plain statement"),              # no PLOVER type: left out
        ("111", "NA"),                             # no example: not read
    ])
    result = evaluate_cameo_examples(path, pipeline=StubPipeline(),
                                     development_texts=["ASSAULT/190  accuse/112"])
    assert result["examples"] == 4 and result["scored"] == 3 and result["without_plover_type"] == 1
    assert result["per_type"]["ASSAULT"] == {"examples": 2, "found": 2, "recall": 1.0, "coded_instead": {}}
    assert result["per_type"]["ACCUSE"]["found"] == 0
    assert result["type_accuracy"] == round(2 / 3, 3)
    assert result["root_accuracy"] == round(2 / 3, 3)
    assert result["code_accuracy"] == round(1 / 3, 3)
    assert result["other_types_coded"] == 1
    # the second example is among the development texts (case and spacing aside)
    assert result["unseen"] == 2 and result["type_accuracy_unseen"] == 0.5
    assert "type right 0.667" in format_cameo_examples(result)


def test_a_bad_code_names_the_file_line_and_field(tmp_path):
    path = write_codebook(tmp_path, [("190", "ASSAULT/190"), ("19x", "an example")])
    with pytest.raises(InputError) as caught:
        read_cameo_examples(path)
    message = str(caught.value)
    assert "cameo-codes.csv" in message and "3" in message and "code" in message


@pytest.mark.skipif(not CODEBOOK.exists(), reason="../shared (development data) is absent")
def test_the_real_codebook_is_read_whole_and_coded():
    rows = read_cameo_examples(CODEBOOK)
    assert len(rows) > 250 and all("\u201a\u00c4" not in r["example"] for r in rows)
    result = evaluate_gold_set("cameo-examples", CODEBOOK)
    assert result["scored"] > 250
    # a quarter of the examples are PLOVER gold records too; the rest are scored apart
    assert 150 < result["unseen"] < result["scored"]
    assert result["type_accuracy"] > 0.5
