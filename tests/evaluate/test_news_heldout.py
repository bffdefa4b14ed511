"""The news-heldout gold set: MUC-4 texts and dates rebuilt from the data folder, coding errors kept."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from lapwing.errors import InputError
from lapwing.evaluate.gold_sets import GOLD_SETS
from lapwing.evaluate.news_audit import HELDOUT_GOLD, NEWS_SETS, evaluate_news_audit, read_news_audit_gold
from lapwing.evaluate.news_texts import (HELDOUT_MANIFEST, MANIFEST, muc4_date, muc4_text, read_manifest,
                                         read_news_audit_articles, sentence_hash, text_hash)
from lapwing.model import Article, CodedArticle, Event

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
DATA = SHARED / "data"

MUC_DOC = ("REBELS ATTACKED A POST ON 3 MAY\nNEAR THE CAPITAL.  TWO SOLDIERS DIED.\n\n"
           "   THE ARMY SAID ON 5 MAY THAT 1989 WAS\nA HARD YEAR.\n")
MUC_TEXT = ("REBELS ATTACKED A POST ON 3 MAY NEAR THE CAPITAL.  TWO SOLDIERS DIED.\n\n"
            "THE ARMY SAID ON 5 MAY THAT 1989 WAS A HARD YEAR.")


def write_muc4(folder: Path) -> Path:
    """A data folder with a MUC-4 file of one dated and one undated document; returns the manifest."""
    (folder / "muc4").mkdir(parents=True)
    documents = {"TST-1": {"doc": MUC_DOC, "roles": {}}, "TST-2": {"doc": "NO DATE IN HERE.", "roles": {}}}
    (folder / "muc4" / "test.json").write_text(json.dumps(documents), encoding="utf-8")
    manifest = folder / "heldout.tsv"
    manifest.write_text(f"article_id\tcorpus\tpart\ttext_sha1\nTST-1\tmuc4\theldout\t{text_hash(MUC_TEXT)}\n",
                        encoding="utf-8")
    return manifest


def test_muc4_text_joins_wrapped_lines_and_keeps_paragraphs() -> None:
    assert muc4_text(MUC_DOC) == MUC_TEXT


@pytest.mark.parametrize(("text", "date"), [
    (MUC_TEXT, dt.date(1989, 5, 5)),  # the latest day and month, in the text's only year
    ("ON 31 OCTOBER 1989 AND ON 30 OCTOBER.", dt.date(1989, 10, 31)),  # a full date wins
    ("THE COUP OF 11 SEPTEMBER 1973.", None),  # history only
    ("ON 2 MAY OF 1987 OR 1988.", None),  # two years: ambiguous
    ("NO DATE.", None),
])
def test_muc4_date_is_recovered_from_the_text(text: str, date: dt.date | None) -> None:
    assert muc4_date(text) == date


def test_muc4_articles_are_rebuilt_and_an_undated_one_is_missing(tmp_path: Path) -> None:
    manifest = write_muc4(tmp_path)
    (article,) = read_news_audit_articles(tmp_path, manifest=manifest)
    assert (article.id, article.text, article.date, article.source) == ("TST-1", MUC_TEXT,
                                                                        dt.date(1989, 5, 5), "muc4")
    manifest.write_text(manifest.read_text(encoding="utf-8").replace("TST-1", "TST-2"), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_news_audit_articles(tmp_path, manifest=manifest)
    assert (caught.value.line, caught.value.field) == (2, "article_id")


def test_an_article_the_coder_fails_on_is_reported_not_fatal(tmp_path: Path) -> None:
    manifest = write_muc4(tmp_path)
    span = (0, MUC_TEXT.index(".") + 1)
    row = {"id": "R1", "status": "required", "article_id": "TST-1", "span": list(span),
           "sentence_sha": sentence_hash(MUC_TEXT[slice(*span)]), "types": ["ASSAULT"]}
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps([row]), encoding="utf-8")

    def failing(article: Article) -> CodedArticle:
        raise KeyError(7)

    result = evaluate_news_audit(tmp_path, code=failing, gold=gold, manifest=manifest)
    assert result["coding_errors"] == ["TST-1: KeyError: 7"] and result["missed"] == ["R1"]

    def coder(article: Article) -> CodedArticle:
        return CodedArticle(article=article, events=(Event(
            id="e", article_id=article.id, event_type="ASSAULT", text=article.text[slice(*span)],
            start_char=span[0], end_char=span[1]),))

    result = evaluate_news_audit(tmp_path, code=coder, gold=gold, manifest=manifest)
    assert (result["coding_errors"], result["precision"], result["recall"]) == ([], 1.0, 1.0)


def test_the_heldout_set_is_named_and_shares_no_text_with_the_audit() -> None:
    assert "news-heldout" in GOLD_SETS and NEWS_SETS["news-heldout"] == (HELDOUT_GOLD, HELDOUT_MANIFEST)
    audit, heldout = read_manifest(MANIFEST), read_manifest(HELDOUT_MANIFEST)
    assert not {e.article_id for e in audit} & {e.article_id for e in heldout}
    assert not {e.text_sha1 for e in audit} & {e.text_sha1 for e in heldout}
    assert sorted(e.corpus for e in heldout).count("muc4") == 20 and len(heldout) == 80
    rows = json.loads(HELDOUT_GOLD.read_text(encoding="utf-8"))
    assert all("sentence" not in row and row["note"].startswith("held-out") for row in rows)


@pytest.mark.skipif(not (DATA / "muc4").exists() or not (DATA / "event-location").exists(),
                    reason="../shared (development data: muc4 and event-location) is absent")
def test_the_shipped_heldout_set_reads_and_scores_the_real_texts() -> None:
    articles = read_news_audit_articles(DATA, manifest=HELDOUT_MANIFEST)
    assert len(articles) == 80
    rows = read_news_audit_gold(HELDOUT_GOLD, {a.id: a for a in articles})
    assert len({r.id for r in rows}) == len(rows) > 80
    from lapwing.config import load_config
    from lapwing.pipeline import Pipeline

    result = evaluate_news_audit(DATA, code=Pipeline.from_config(load_config()).run, gold=HELDOUT_GOLD,
                                 manifest=HELDOUT_MANIFEST)
    assert result["articles"] == 80 and result["predicted_events"] > 30
    assert 0.0 < result["precision"] < 1.0 and result["unjudged"] == len(result["unjudged_events"])


#: The parts judging passes added to the news audit: (first, last + 1) position of the draw, texts.
DRAWN_PARTS = {"pass8": (60, 100, 40), "pass9": (100, 140, 39), "pass10": (140, 180, 40), "pass12": (180, 220, 39),
               "pass14": (220, 260, 40), "pass15": (260, 300, 39), "pass17": (300, 340, 39),
               "pass18": (340, 380, 40), "pass19": (380, 420, 40),
               "pass20": (420, 460, 38), "pass21": (460, 500, 39),
               "pass22": (500, 540, 39), "pass23": (540, 580, 40),
               "pass24": (580, 620, 38), "pass25": (620, 660, 40),
               "pass26": (660, 700, 38), "pass27": (700, 740, 40),
               "pass28": (740, 780, 39),
               "pass29": (780, 820, 40),
               "pass30": (820, 860, 37),
               "pass31": (860, 900, 40),
               "pass32": (900, 940, 39),
               "pass33": (940, 980, 38),
               "pass34": (980, 1020, 38),
               "pass35": (1020, 1060, 36),
               "pass36": (1060, 1100, 37),
               "pass37": (1100, 1140, 40),
               "pass38": (1140, 1180, 37),
               "pass39": (1180, 1220, 38),
               "pass40": (1220, 1260, 39),
               "pass41": (1260, 1300, 38),
               "pass42": (1300, 1340, 37),
               "pass43": (1340, 1380, 36),
               "pass44": (1380, 1420, 37),
               "pass45": (1420, 1460, 38),
               "pass46": (1460, 1500, 39),
               "pass47": (1500, 1540, 38),
               "pass48": (1540, 1580, 39),
               "pass49": (1580, 1620, 38),
               "pass50": (1620, 1660, 35),
               "pass51": (1660, 1700, 35),
               "pass52": (1700, 1740, 36),
               "pass53": (1740, 1780, 35),
               "pass54": (1780, 1820, 38),
               "pass55": (1820, 1860, 34),
               "pass56": (1860, 1900, 35),
               "pass57": (1900, 1940, 39),
               "pass58": (1940, 1980, 38),
               "pass59": (1980, 2020, 36),
               "pass60": (2020, 2060, 32),
               "pass61": (2060, 2100, 31),
               "pass62": (2100, 2140, 35),
               "pass63": (2140, 2180, 37),
               "pass64": (2180, 2220, 37),
               "pass65": (2220, 2260, 39),
               "pass66": (2260, 2300, 39),
               "pass67": (2300, 2340, 38),
               "pass68": (2340, 2380, 38),
               "pass69": (2380, 2420, 34),
               "pass70": (2420, 2460, 36),
               "pass71": (2460, 2500, 36),
               "pass72": (2500, 2540, 30),
               "pass73": (2540, 2580, 33),
               "pass74": (2580, 2620, 37),
               "pass75": (2620, 2660, 37),
               "pass76": (2660, 2700, 37),
               "pass77": (2700, 2740, 36),
               "pass78": (2740, 2780, 36),
               "pass79": (2780, 2820, 37),
               "pass80": (2820, 2860, 31),
               "pass81": (2860, 2900, 32),
               "pass82": (2900, 2940, 37),
               "pass83": (2940, 2980, 30),
               "pass84": (2980, 3020, 31),
               "pass85": (3020, 3060, 33),
               "pass86": (3060, 3100, 34),
               "pass87": (3100, 3140, 36),
               "pass88": (3140, 3180, 34),
               "pass89": (3180, 3220, 32),
               "pass90": (3220, 3260, 34),
               "pass91": (3260, 3300, 34),
               "pass92": (3300, 3340, 32),
               "pass93": (3340, 3380, 36),
               "pass94": (3380, 3420, 26),
               "pass95": (3420, 3460, 29)}


@pytest.mark.skipif(not (DATA / "event-location").exists(),
                    reason="../shared (development data: event-location) is absent")
def test_draw_script_reproduces_the_heldout_texts_and_the_audit_pass8_to_pass95_parts(capsys) -> None:
    import runpy

    script = Path(__file__).resolve().parents[2] / "scripts" / "draw_news_texts.py"
    main = runpy.run_path(str(script))["main"]
    assert main(["--data", str(DATA), "--check"]) == 0
    capsys.readouterr()
    # positions 60-3459 are the texts judging passes 8 to 95 added to the news audit; drawing them
    # again now prints nothing, since every one of them is already in a manifest
    assert main(["--data", str(DATA), "--start", "60", "--end", "3460", "--part", "pass8"]) == 0
    assert capsys.readouterr().out == ""
    heldout = {e.article_id for e in read_manifest(HELDOUT_MANIFEST)}
    keys = runpy.run_path(str(script))["shuffled_keys"](DATA)
    audit = read_manifest(MANIFEST)
    # each judging pass's part is its window of the draw, less the texts whose article id another
    # part or the held-out set already held (one each in passes 9, 12, 15, 17, 28, 32, 40, 46, 48,
    # 57, 65 and 66, two in passes 33, 34, 39, 41, 45, 47, 49, 54, 58, 67 and 68, three in passes
    # 30, 35, 36, 38, 42, 44, 63, 64, 74, 75, 76, 79 and 82, four in passes 43, 50, 52, 59, 70, 71,
    # 77, 78, 87 and 93, five in passes 51, 53, 56 and 62, six in passes 55, 69, 86, 88, 90 and 91,
    # seven in passes 73 and 85, eight in passes 60, 81, 89 and 92, nine in passes 61, 80 and 84,
    # ten in passes 72 and 83, eleven in pass 95, fourteen in pass 94), and the second of two texts
    # with one article id in the window (passes 22 and 35)
    for part, (start, end, count) in DRAWN_PARTS.items():
        rows = [(e.article_id, e.text_sha1) for e in audit if e.part == part]
        seen = {e.article_id for e in audit if e.part != part} | heldout
        expected = []
        for article_id, sha in keys[start:end]:
            if article_id not in seen:
                seen.add(article_id)
                expected.append((article_id, sha))
        assert rows == expected and len(rows) == count, part
        assert not heldout & {article_id for article_id, _ in rows}
