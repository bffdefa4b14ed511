"""The ``news-audit`` and ``news-heldout`` gold sets: the project's own judgments of events coded
on unseen news.

``news-heldout`` is the same machinery over other texts (60 event-location sentences and 20 MUC-4
news-wire documents, ``data/news_heldout.*``), kept out of development as a held-out check.

The texts are the 24 GUM Wikinews ``news`` documents and 140 event-location sentences, rebuilt at
run time from the development data folder (:mod:`lapwing.evaluate.news_texts`); the readings are
``data/news_audit.gold.json``, Lapwing gold rows (docs/evaluation.md) that name their sentence
by position instead of quoting it:

- ``article_id``: the article (an id of ``data/news_audit.articles.tsv``);
- ``span``: ``[start, end]``, character offsets of the sentence in the rebuilt text;
- ``sentence_sha``: :func:`~lapwing.evaluate.news_texts.sentence_hash` of that stretch, so a row
  never silently points at other words.

A row must not carry ``sentence``: the texts stay out of the repository. Scores are those of
:func:`~lapwing.evaluate.events.score_lapwing_gold`, plus ``unjudged``: events that happened and
match no row at all (neither right nor wrong by the set's judgments; judge them and add rows).
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..model import Article, CodedArticle
from ..output import event_json
from .events import score_lapwing_gold
from .gold import GoldRow, read_lapwing_gold
from .matching import is_event, matches
from .news_texts import HELDOUT_MANIFEST, MANIFEST, read_manifest, read_news_audit_articles, sentence_hash

#: The set's readings, shipped with the package.
GOLD = Path(__file__).with_name("data") / "news_audit.gold.json"
#: The held-out set's readings (``news-heldout``).
HELDOUT_GOLD = Path(__file__).with_name("data") / "news_heldout.gold.json"
#: The named sets: name -> (readings, manifest).
NEWS_SETS = {"news-audit": (GOLD, MANIFEST), "news-heldout": (HELDOUT_GOLD, HELDOUT_MANIFEST)}


def read_news_audit_gold(path: str | Path, articles: dict[str, Article]) -> list[GoldRow]:
    """The set's rows, each with its sentence cut from its article's rebuilt text."""
    path = Path(path)

    def resolve(record: dict[str, Any], line: int) -> dict[str, Any]:
        def fail(field: str, message: str) -> InputError:
            return InputError(message, path=str(path), line=line, field=field, reason="bad_gold")

        if "sentence" in record:
            raise fail("sentence", "must be absent: name the sentence by 'span' and 'sentence_sha'")
        article = articles.get(record.get("article_id"))  # type: ignore[arg-type]
        if article is None:
            raise fail("article_id", f"{record.get('article_id')!r} is not an article of the set")
        span = record.get("span")
        if not (isinstance(span, list) and len(span) == 2 and all(isinstance(n, int) for n in span)
                and 0 <= span[0] < span[1] <= len(article.text)):
            raise fail("span", f"must be [start, end] inside the text ({len(article.text)} characters)")
        sentence = article.text[span[0]:span[1]]
        if record.get("sentence_sha") != sentence_hash(sentence):
            raise fail("sentence_sha", f"{record.get('sentence_sha')!r} is not the hash of the span "
                                       f"({sentence_hash(sentence)}): the span or the text changed")
        return {**record, "sentence": sentence}

    return read_lapwing_gold(path, resolve=resolve)


def evaluate_news_audit(data_folder: str | Path, *, code: Callable[[Article], CodedArticle],
                        gold: str | Path = GOLD, manifest: str | Path = MANIFEST) -> dict[str, Any]:
    """Code the set's texts with ``code`` and score the events against its readings.

    Returns the scores of :func:`score_lapwing_gold` (``precision``: events matching a required
    or optional row over events that happened; ``recall`` of required rows; ``violations``),
    with ``articles``, ``rows``, ``unjudged`` (events matching no row),
    ``unjudged_events`` (article, span, type, actor and recipient codes of each) and
    ``coding_errors`` (``article id: error`` of each article ``code`` failed on; such an article
    gives no events, so its required readings count as missed).
    """
    articles = read_news_audit_articles(data_folder, manifest=manifest)
    rows = read_news_audit_gold(gold, {a.id: a for a in articles})
    events: list[dict[str, Any]] = []
    errors: list[str] = []
    for article in articles:
        try:
            coded = code(article)
        except Exception as exc:  # noqa: BLE001 -- one failing article must not hide the others' scores
            errors.append(f"{article.id}: {type(exc).__name__}: {exc}")
            continue
        events.extend(event_json(event) for event in coded.events)
    result = score_lapwing_gold(events, rows, gold_path=str(gold))
    unjudged = [e for e in events if is_event(e) and not any(matches(r, e) for r in rows)]
    parts = part_scores(events, rows, read_manifest(manifest))
    return {**result.to_dict(), "articles": len(articles), "rows": len(rows),
            "violation_count": len(result.violations), "unjudged": len(unjudged),
            "unjudged_events": [_summary(e) for e in unjudged], "coding_errors": errors, "parts": parts,
            "table": result.format_table() + f"\nunjudged events (matching no row): {len(unjudged)}"
                     + "".join(f"\n  {_summary(e)}" for e in unjudged)
                     + "".join(f"\ncoding error: {error}" for error in errors)
                     + (_parts_table(parts) if len(parts) > 1 else "")}


def part_scores(events: list[dict[str, Any]], rows: list[Any], entries: list[Any]) -> dict[str, dict[str, Any]]:
    """The scores of each part of the manifest (``main``, ``supplement``, ``pass8`` ...): the
    events of its articles against the rows of its articles, so a judging pass that added a part
    can be scored by itself at any commit (its texts were judged before the rules learned from
    them; later they are development data like the rest)."""
    part_of = {entry.article_id: entry.part for entry in entries}
    out: dict[str, dict[str, Any]] = {}
    for part in dict.fromkeys(entry.part for entry in entries):
        ids = {a for a, p in part_of.items() if p == part}
        scored = score_lapwing_gold([e for e in events if e.get("article_id") in ids],
                                    [r for r in rows if r.article_id in ids])
        overall = scored.overall
        out[part] = {"articles": len(ids), "events": overall.predicted, "correct": overall.correct,
                     "precision": overall.precision, "required": overall.gold, "found": overall.found,
                     "recall": overall.recall, "forbidden": len(scored.violations)}
    return out


def _parts_table(parts: dict[str, dict[str, Any]]) -> str:
    lines = ["", "by part of the manifest:", f"{'part':<12} {'texts':>6} {'events':>7} {'right':>6} {'prec':>6} "
                                               f"{'req':>5} {'found':>6} {'recall':>7} {'forbid':>7}"]
    for part, s in parts.items():
        prec = "-" if s["precision"] is None else f"{s['precision']:.3f}"
        rec = "-" if s["recall"] is None else f"{s['recall']:.3f}"
        lines.append(f"{part:<12} {s['articles']:>6} {s['events']:>7} {s['correct']:>6} {prec:>6} "
                     f"{s['required']:>5} {s['found']:>6} {rec:>7} {s['forbidden']:>7}")
    return "\n".join(lines)


def _summary(event: dict[str, Any]) -> str:
    def codes(entities: Any) -> str:
        return ",".join(str(e.get("cameo_code") or e.get("code") or "?") for e in entities or []) or "-"

    return (f"{event.get('article_id')} [{event.get('start_char')}, {event.get('end_char')}] "
            f"{event.get('event')} {codes(event.get('actor'))} -> {codes(event.get('recipient'))} "
            f"{event.get('evidence')}")
