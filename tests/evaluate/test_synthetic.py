"""evaluate_synthetic: per-type coverage on NGEC's synthetic stories (hand-built stories and a
stub pipeline; one run on the real file when ../shared is present)."""
from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import pytest

from lapwing.errors import InputError
from lapwing.evaluate.synthetic import evaluate_synthetic, format_synthetic, read_synthetic_stories, sample_stories
from lapwing.model import Actor, Article, CodedArticle, Event, Mention

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
SYNTHETIC = SHARED / "data" / "ngec-synthetic" / "gpt_synthetic_events_2023-10-19_19.csv.zip"


def write_zip(tmp_path: Path, rows: list[dict[str, str]]) -> Path:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=["disclaimer", "text", "title", "source", "prompt", "label", "mode"])
    writer.writeheader()
    for row in rows:
        writer.writerow({"disclaimer": "synthetic", "title": "", "source": "AP", "prompt": "", **row})
    path = tmp_path / "stories.csv.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("stories.csv", buf.getvalue())
    return path


def event(article: Article, event_type: str, *, modality: str = "asserted", mode: str | None = None) -> Event:
    actor = Mention(start_char=0, end_char=5, text="Actor", kind="organization",
                    actor=Actor(name="Actor", code="USA", country="USA"))
    return Event(id=f"{article.id}-{event_type}", article_id=article.id, event_type=event_type, mode=mode,
                 actors=(actor,), modality=modality, text=article.text)


class StubPipeline:
    """Codes the event types named in the story's text ("ASSAULT/aerial hypothetical:PROTEST")."""

    def run(self, article: Article) -> CodedArticle:
        events = []
        for word in article.text.split():
            modality, _, rest = word.rpartition(":") if ":" in word else ("asserted", "", word)
            event_type, _, mode = rest.partition("/")
            events.append(event(article, event_type, modality=modality or "asserted", mode=mode or None))
        return CodedArticle(article=article, events=tuple(events))


def test_recall_counts_only_events_that_happened_and_mode_agreement(tmp_path):
    path = write_zip(tmp_path, [
        {"text": "ASSAULT/aerial", "label": "ASSAULT", "mode": "AERIAL"},
        {"text": "ASSAULT/firearms", "label": "ASSAULT", "mode": "AERIAL"},
        {"text": "hypothetical:PROTEST ACCUSE", "label": "PROTEST", "mode": "DEMO"},
        {"text": "reported:PROTEST/demo", "label": "PROTEST", "mode": "DEMO"},
        {"text": "COERCE/seize", "label": "COERCE", "mode": "SIEZE"},
    ])
    result = evaluate_synthetic(path, per_type=5, pipeline=StubPipeline())
    assert result["stories"] == 5 and result["found"] == 4
    assert result["per_type"]["ASSAULT"] == {"stories": 2, "found": 2, "recall": 1.0, "with_events": 2,
                                             "mode_agreement": 0.5, "coded_instead": {}}
    assert result["per_type"]["PROTEST"]["recall"] == 0.5            # the hypothetical one does not count
    assert result["per_type"]["PROTEST"]["coded_instead"] == {"ACCUSE": 1}
    assert result["per_type"]["COERCE"]["mode_agreement"] == 1.0     # NGEC's "SIEZE" is PLOVER's "seize"
    assert result["recall"] == 0.8 and result["mode_agreement"] == 0.75
    assert "ASSAULT" in format_synthetic(result)


def test_sample_is_per_type_and_repeatable():
    stories = [{"text": f"s{i}", "label": "AID" if i % 3 else "AGREE", "mode": "", "row": str(i)} for i in range(30)]
    first = sample_stories(stories, per_type=4, seed=1)
    assert [s["label"] for s in first].count("AID") == 4 and [s["label"] for s in first].count("AGREE") == 4
    assert first == sample_stories(stories, per_type=4, seed=1)
    assert len(sample_stories(stories, per_type=100)) == 30


def test_bad_files_are_input_errors(tmp_path):
    with pytest.raises(InputError):
        read_synthetic_stories(tmp_path / "absent.csv.zip")
    plain = tmp_path / "plain.csv"
    plain.write_text("text,other\nhello,1\n", encoding="utf-8")
    with pytest.raises(InputError, match="label"):
        read_synthetic_stories(plain)


@pytest.mark.skipif(not SYNTHETIC.exists(), reason="../shared (development data) is absent")
def test_real_file_reads_all_sixteen_types():
    stories = read_synthetic_stories(SYNTHETIC)
    assert len(stories) == 4500
    assert len({s["label"] for s in stories}) == 16
