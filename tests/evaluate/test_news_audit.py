"""The news-audit gold set: texts rebuilt from the data folder, rows naming sentences by span."""
from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from lapwing.errors import InputError
from lapwing.evaluate.gold import GoldRow
from lapwing.evaluate.matching import actor_matches, matches
from lapwing.evaluate.news_audit import GOLD, evaluate_news_audit, read_news_audit_gold
from lapwing.evaluate.news_texts import MANIFEST, read_news_audit_articles, sentence_hash, text_hash
from lapwing.model import Actor, Article, CodedArticle, Event, Mention

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
DATA = SHARED / "data"

GUM_DOC = """# newdoc id = GUM_news_test
# meta::dateCreated = 2020-05-08
# meta::title = A test story
# newpar
# sent_id = GUM_news_test-1
# text = Rebels attacked the town.
1\tRebels\trebel\tNOUN\tNNS\t_\t2\tnsubj\t_\t_
# sent_id = GUM_news_test-2
# text = Police arrested two men.
1\tPolice\tpolice\tNOUN\tNN\t_\t2\tnsubj\t_\t_
# newpar
# sent_id = GUM_news_test-3
# text = The mayor thanked them.
1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_
"""
GUM_TEXT = "Rebels attacked the town. Police arrested two men.\n\nThe mayor thanked them."
EL_TEXT = "Troops captured the airport on Monday."


def write_data(folder: Path) -> Path:
    """A data folder with one GUM document and an event-location archive; returns the manifest."""
    (folder / "gum-ccby").mkdir(parents=True)
    (folder / "gum-ccby" / "GUM_news_test.conllu").write_text(GUM_DOC, encoding="utf-8")
    (folder / "event-location").mkdir()
    records = [{"_id": "undated", "text": "No date here."},
               {"_id": "XIN_ENG_19990101.0001_1_capture ", "text": EL_TEXT},
               {"_id": "XIN_ENG_19990202.0002_1_capture", "text": EL_TEXT}]  # a repeat: first id wins
    with zipfile.ZipFile(folder / "event-location" / "labeled_text.jsonl.zip", "w") as archive:
        archive.writestr("labeled_text.jsonl", json.dumps(records))
    manifest = folder / "articles.tsv"
    manifest.write_text("article_id\tcorpus\tpart\ttext_sha1\n"
                        f"GUM_news_test\tgum\tmain\t{text_hash(GUM_TEXT)}\n"
                        f"EL_XIN_ENG_19990101.0001_1_capture\tevent-location\tmain\t{text_hash(EL_TEXT)}\n",
                        encoding="utf-8")
    return manifest


def gold_row(row_id: str, status: str, article_id: str, text: str, span: tuple[int, int],
             types: list[str], **fields: object) -> str:
    record = {"id": row_id, "status": status, "article_id": article_id, "span": list(span),
              "sentence_sha": sentence_hash(text[span[0]:span[1]]), "types": types, **fields}
    return json.dumps(record)


def write_gold(path: Path) -> Path:
    el = "EL_XIN_ENG_19990101.0001_1_capture"
    lines = [
        gold_row("R1", "required", "GUM_news_test", GUM_TEXT, (0, 25), ["ASSAULT"], once=True),
        gold_row("F1", "forbidden", "GUM_news_test", GUM_TEXT, (26, 50), ["ASSAULT"]),
        gold_row("R2", "required", "GUM_news_test", GUM_TEXT, (26, 50), ["COERCE"], source="USA", target="-"),
        gold_row("R3", "required", el, EL_TEXT, (0, len(EL_TEXT)), ["COERCE"], source="USA"),
        gold_row("F2", "forbidden", el, EL_TEXT, (0, len(EL_TEXT)), ["ASSAULT"]),
    ]
    path.write_text("[\n" + ",\n".join(lines) + "\n]\n", encoding="utf-8")
    return path


def event(article: Article, number: int, event_type: str, start: int, end: int, *,
          actor: str | None = None, modality: str = "asserted") -> Event:
    actors = (Mention(start, start + 1, "x", "actor", actor=Actor(name="x", code=actor, country=actor)),) \
        if actor else ()
    return Event(id=f"{article.id}#{number}", article_id=article.id, event_type=event_type,
                 actors=actors, modality=modality, text=article.text[start:end],
                 start_char=start, end_char=end)


def fake_coder(article: Article) -> CodedArticle:
    """Hand-made events: two tellings of the GUM attack (one a duplicate), a right arrest, a wrong
    assault reading of the capture, a hypothetical event and an event no row judges."""
    if article.id == "GUM_news_test":
        events = (event(article, 0, "ASSAULT", 0, 25), event(article, 1, "ASSAULT", 0, 25),
                  event(article, 2, "COERCE", 26, 50, actor="USA"),
                  event(article, 3, "SUPPORT", 52, 75),
                  event(article, 4, "THREATEN", 52, 75, modality="hypothetical"))
    else:
        events = (event(article, 0, "ASSAULT", 0, len(article.text)),)
    return CodedArticle(article=article, events=events)


def test_texts_are_rebuilt_from_the_data_folder(tmp_path: Path) -> None:
    manifest = write_data(tmp_path)
    gum, el = read_news_audit_articles(tmp_path, manifest=manifest)
    assert (gum.id, gum.text, str(gum.date), gum.title) == ("GUM_news_test", GUM_TEXT, "2020-05-08", "A test story")
    assert (el.id, el.text, str(el.date)) == ("EL_XIN_ENG_19990101.0001_1_capture", EL_TEXT, "1999-01-01")


def test_a_changed_text_is_an_error_naming_the_manifest_line(tmp_path: Path) -> None:
    manifest = write_data(tmp_path)
    manifest.write_text(manifest.read_text(encoding="utf-8").replace(text_hash(GUM_TEXT), "000000000000"),
                        encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_news_audit_articles(tmp_path, manifest=manifest)
    assert caught.value.line == 2 and caught.value.field == "text_sha1"


def test_scores_precision_recall_violations_and_unjudged(tmp_path: Path) -> None:
    manifest = write_data(tmp_path)
    gold = write_gold(tmp_path / "gold.json")
    result = evaluate_news_audit(tmp_path, code=fake_coder, gold=gold, manifest=manifest)
    # 5 events happened: the first attack and the arrest are right; the repeated attack is a
    # duplicate (R1 is 'once'), the capture's ASSAULT is forbidden, SUPPORT matches no row
    assert (result["predicted_events"], result["overall"]["correct"]) == (5, 2)
    assert result["precision"] == 0.4
    assert (result["required"], result["found"], result["missed"]) == (3, 2, ["R3"])
    assert [v["gold_id"] for v in result["violations"]] == ["F2"]
    assert result["unjudged"] == 1 and "SUPPORT" in result["unjudged_events"][0]


def test_each_part_of_the_manifest_is_scored_by_itself(tmp_path: Path) -> None:
    """A judging pass that added a part can be scored alone: the GUM document ('main') and the
    event-location text (here 'pass8') each against their own rows."""
    manifest = write_data(tmp_path)
    manifest.write_text(manifest.read_text(encoding="utf-8").replace("capture\tevent-location\tmain",
                                                                     "capture\tevent-location\tpass8"),
                        encoding="utf-8")
    gold = write_gold(tmp_path / "gold.json")
    result = evaluate_news_audit(tmp_path, code=fake_coder, gold=gold, manifest=manifest)
    main, pass8 = result["parts"]["main"], result["parts"]["pass8"]
    assert (main["articles"], main["events"], main["correct"], main["required"], main["found"]) == (1, 4, 2, 2, 2)
    assert (pass8["events"], pass8["correct"], pass8["required"], pass8["found"], pass8["forbidden"]) == (1, 0, 1, 0, 1)
    assert pass8["precision"] == 0.0 and "by part of the manifest" in result["table"]


@pytest.mark.parametrize(("change", "field"), [
    ({"sentence": "quoted text"}, "sentence"),
    ({"article_id": "nope"}, "article_id"),
    ({"span": [5, 500]}, "span"),
    ({"sentence_sha": "0000000000"}, "sentence_sha"),
])
def test_a_bad_row_names_file_line_and_field(tmp_path: Path, change: dict, field: str) -> None:
    manifest = write_data(tmp_path)
    articles = {a.id: a for a in read_news_audit_articles(tmp_path, manifest=manifest)}
    good = json.loads(gold_row("R1", "required", "GUM_news_test", GUM_TEXT, (0, 25), ["ASSAULT"]))
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(good) + "\n" + json.dumps({**good, "id": "R2", **change}) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_news_audit_gold(path, articles)
    assert (caught.value.path, caught.value.line, caught.value.field) == (str(path), 2, field)


def test_no_actor_and_exact_code_specs() -> None:
    bare = {"code": "USA", "country": "USA", "cameo_code": "USA"}
    police = {"code": "USA", "country": "USA", "cameo_code": "USACOP"}
    assert actor_matches("-", []) and not actor_matches("-", [bare])
    assert actor_matches("=USA", [bare]) and not actor_matches("=USA", [police])
    assert actor_matches(("-", "=USACOP"), [police]) and actor_matches("USA", [police])


def test_unresolved_actor_spec() -> None:
    unknown = {"entity_text": "Jewish", "code": None, "country": None}
    known = {"entity_text": "Israel", "code": "ISR", "country": "ISR"}
    assert actor_matches("?", [unknown]) and actor_matches("?", unknown)
    assert not actor_matches("?", []) and not actor_matches("?", [known])
    assert not actor_matches("?", [unknown, known]) and not actor_matches("ISR", [unknown])
    placed = {"entity_text": "prosecutor Sardar Khan", "code": None, "country": "PAK"}
    assert actor_matches("?", [placed]) and actor_matches("PAK", [placed]) and not actor_matches("=PAK", [placed])


def test_span_rows_match_by_offsets_not_by_shared_words() -> None:
    row = GoldRow(id="R", status="required", sentence="Police arrested two men", source="*", target="*",
                  types=("COERCE",), article_id="a", span=(26, 50))
    headline = {"article_id": "a", "event": "COERCE", "text": "Police arrested two men", "start_char": 0,
                "end_char": 23}
    assert not matches(row, headline)
    assert matches(row, {**headline, "start_char": 26, "end_char": 50})


@pytest.mark.skipif(not (DATA / "gum-ccby").exists() or not (DATA / "event-location").exists(),
                    reason="../shared (development data: gum-ccby and event-location) is absent")
def test_the_shipped_set_reads_and_scores_the_real_texts() -> None:
    articles = read_news_audit_articles(DATA, manifest=MANIFEST)
    assert len(articles) == 3267
    rows = read_news_audit_gold(GOLD, {a.id: a for a in articles})
    assert len({r.id for r in rows}) == len(rows) > 150
    assert all(r.article_id and r.span for r in rows)
    # the real run codes 3267 texts (about 25 s): score them and check the report's shape
    from lapwing.config import load_config
    from lapwing.pipeline import Pipeline

    result = evaluate_news_audit(DATA, code=Pipeline.from_config(load_config()).run)
    assert result["articles"] == 3267 and result["predicted_events"] > 50
    assert 0.0 < result["precision"] < 1.0 and result["unjudged"] == len(result["unjudged_events"])
