"""Mention scoring against re3d-format gold."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from lapwing.errors import InputError
from lapwing.evaluate.mentions import evaluate_mentions, read_re3d
from lapwing.model import CodedArticle, Mention

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"


def write_re3d(folder: Path) -> None:
    sub = folder / "Sample"
    sub.mkdir(parents=True)
    text = "Syria accused Israel. He met the Iraqi army."
    (sub / "documents.json").write_text(json.dumps({"_id": "d1", "text": text}) + "\n", encoding="utf-8")
    rows = [("Location", 0, 5), ("Organisation", 0, 5), ("Location", 14, 20), ("Person", 22, 24),
            ("Organisation", 29, 43), ("Nationality", 33, 38)]
    (sub / "entities.json").write_text("".join(
        json.dumps({"documentId": "d1", "type": t, "begin": b, "end": e, "value": text[b:e]}) + "\n"
        for t, b, e in rows), encoding="utf-8")


def fake_coder(article):
    spans = [(0, 5, "location"), (14, 20, "location"), (33, 43, "organization"), (6, 13, "person")]
    mentions = tuple(Mention(start_char=b, end_char=e, text=article.text[b:e], kind=k) for b, e, k in spans)
    return CodedArticle(article=article, mentions=mentions)


def test_scores_exact_and_overlap(tmp_path: Path) -> None:
    write_re3d(tmp_path)
    result = evaluate_mentions(tmp_path, code=fake_coder)
    assert result["documents"] == 1
    location = result["exact"]["Location"]
    assert (location["predicted"], location["correct"], location["gold"], location["found"]) == (2, 2, 2, 2)
    organisation = result["exact"]["Organisation"]
    assert (organisation["correct"], organisation["found"], organisation["gold"]) == (1, 1, 2)
    assert result["overlap"]["Organisation"]["found"] == 1          # "Syria" as a state is missed
    assert result["exact"]["Person"]["precision"] == 0.0 and result["exact"]["Person"]["recall"] == 0.0
    skipped = evaluate_mentions(tmp_path, code=fake_coder, skip_pronouns=True)
    assert skipped["exact"]["Person"]["gold"] == 0


def test_leading_the_is_ignored(tmp_path: Path) -> None:
    write_re3d(tmp_path)
    doc = read_re3d(tmp_path)[0]
    assert (29, 43) in doc.spans["Organisation"]


def test_missing_folder_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such folder"):
        evaluate_mentions(tmp_path / "absent", code=fake_coder)


@pytest.mark.skipif(not (SHARED / "data" / "re3d").exists(), reason="../shared (development data) is absent")
def test_re3d_scores_do_not_regress() -> None:
    from lapwing.errors import ResourceError

    try:
        result = evaluate_mentions(SHARED / "data" / "re3d")
    except ResourceError as error:
        pytest.skip(f"the bundled spaCy pipeline is not available: {error}")
    assert result["documents"] == 98
    assert result["overlap"]["Organisation"]["f1"] >= 0.65
    assert result["overlap"]["ALL"]["precision"] >= 0.75
