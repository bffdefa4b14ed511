"""Event verbs of news sentences found as events (``--gold-set event-triggers``): a recall check
on the event-location sentences (Halterman's event_location data), which mark one event verb in
each sentence ("killed", "shot", "marched", "captured", "patrolled" ...).

Not gold: the sentences were chosen by their verbs, and many verbs there name no political event
("captured 39 wickets", "oil prices shot up", "patrolling" as routine), so no tool should code all
of them, and nothing says the actor or recipient is right. What it does say, over a sample far
larger than any judged set, is how often a marked verb of violence, protest or coercion becomes
an event at all: a parse the role finder cannot read, an actor left unnamed or an unknown word
shows up here as a miss, counted per verb.

Each distinct text is coded once as a one-sentence article (dated by its record's ``_id``, as the
news audit dates them, else 2005-01-01; dates are not scored). Texts of the held-out news set are
left out (its manifest lists their hashes), so the held-out check stays unseen. ``sample`` codes
only the first texts of a seeded order, for a quicker look. A marked verb is *found* when an event that happened (asserted or reported)
has its trigger on the verb, or names the verb among its evidence (one happening told by two verbs,
"shot and killed", is one event with both as evidence; a light verb, "launched an attack", is
evidence of the noun's event).
"""
from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..model import Article, CodedArticle
from .locations import read_event_location_records
from .news_texts import read_manifest, record_date, text_hash

#: The order's seed, and the sample size by default: every text (a minute or two on one core).
SEED = 20261127
SAMPLE: int | None = None
_DEFAULT_DATE = dt.date(2005, 1, 1)
HAPPENED = ("asserted", "reported")


def trigger_texts(path: str | Path, *, exclude_hashes: set[str] | frozenset[str] = frozenset(),
                  sample: int | None = SAMPLE, seed: int = SEED) -> list[tuple[Article, tuple[int, int]]]:
    """(article, verb span) for each distinct text with a marked verb, the texts whose hash is in
    ``exclude_hashes`` left out, in a seeded random order, the first ``sample`` of them."""
    seen: dict[str, tuple[Article, tuple[int, int]]] = {}
    for number, record in enumerate(read_event_location_records(path, gold_only=False), start=1):
        text = record.get("text")
        if not isinstance(text, str) or not text.strip() or text in seen or text_hash(text) in exclude_hashes:
            continue
        verbs = [s for s in record.get("spans") or () if isinstance(s, dict) and s.get("label") == "VERB"
                 and isinstance(s.get("start"), int) and isinstance(s.get("end"), int)]
        if not verbs:
            continue
        day = record_date(record.get("_id")) or _DEFAULT_DATE
        seen[text] = (Article(id=f"event-triggers-{number}", date=day, text=text),
                      (verbs[0]["start"], verbs[0]["end"]))
    items = sorted(seen.values(), key=lambda item: item[0].text)
    random.Random(seed).shuffle(items)
    return items if sample is None else items[:sample]


def verb_found(doc: CodedArticle, span: tuple[int, int]) -> bool:
    """Whether an event that happened has its trigger on the verb or names it as evidence."""
    start, end = span
    verb = doc.article.text[start:end].lower()
    return any(e.modality in HAPPENED and ((e.trigger_start < end and e.trigger_end > start)
                                           or verb in {w.lower() for w in e.evidence})
               for e in doc.events)


def evaluate_event_triggers(path: str | Path, *, code: Callable[[Article], CodedArticle],
                            heldout_manifest: str | Path | None = None, sample: int | None = SAMPLE,
                            seed: int = SEED) -> dict[str, Any]:
    """Code the sampled texts with ``code`` and count the marked verbs found as events."""
    exclude = {e.text_sha1 for e in read_manifest(heldout_manifest)} if heldout_manifest else set()
    items = trigger_texts(path, exclude_hashes=exclude, sample=sample, seed=seed)
    found = with_event = 0
    verbs, missed = Counter(), Counter()
    for article, span in items:
        doc = code(article)
        verb = article.text[span[0]:span[1]].lower()
        verbs[verb] += 1
        if verb_found(doc, span):
            found += 1
        else:
            missed[verb] += 1
        with_event += any(e.modality in HAPPENED for e in doc.events)
    texts = len(items)
    return {"texts": texts, "found": found, "recall": found / texts if texts else None,
            "with_event": with_event, "event_share": with_event / texts if texts else None,
            "excluded_heldout": len(exclude), "seed": seed,
            "per_verb": {verb: {"texts": n, "found": n - missed[verb], "recall": (n - missed[verb]) / n}
                         for verb, n in verbs.most_common(10)}}


def format_event_triggers(result: dict[str, Any]) -> str:
    """The counts, and the ten commonest marked verbs with the share of each found."""
    lines = [f"event-location marked verbs (not gold): {result['texts']} texts "
             f"({result['excluded_heldout']} held-out texts left out)",
             f"marked verb found as an event that happened: {result['found']} ({_share(result['recall'])})",
             f"texts with any event that happened: {result['with_event']} ({_share(result['event_share'])})",
             "", f"{'verb':<16}{'texts':>7}{'found':>7}{'share':>8}"]
    for verb, row in result["per_verb"].items():
        lines.append(f"{verb:<16}{row['texts']:>7}{row['found']:>7}{_share(row['recall']):>8}")
    return "\n".join(lines)


def _share(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"
