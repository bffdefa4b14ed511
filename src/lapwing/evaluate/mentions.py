"""Scoring actor mentions against the re3d entity gold (github.com/dstl/re3d).

re3d is a folder of sub-datasets, each with ``documents.json`` and ``entities.json`` (Mongo
exports: one JSON object per line). An entity has ``documentId``, character offsets ``begin`` /
``end`` into the document's ``text``, a ``type`` and its ``value``. The types scored here, and
the Lapwing mention kinds counted under each:

=============  ==========================
re3d type      Lapwing mention kinds
=============  ==========================
Person         person
Organisation   organization, group
Location       location (and an organization mention of a country actor: "Iraq said")
Nationality    nationality
=============  ==========================

The gold may hold nested spans of one type ("west of Damascus" and "Damascus") and one span
under two types (a country as Location and Organisation). Two matchings are reported:

- ``exact``: a prediction is right when a gold span of its type has the same offsets (ignoring a
  leading "the"); a gold span is found when a prediction of its type has its offsets;
- ``overlap``: the same with "shares at least one character".

re3d also marks the nationality or place nested inside a wider mention ("Iraqi" in "Iraqi
security forces", "Iraq" in "the government of Iraq") while Lapwing's mentions are flat (the
widest span wins). When a mention's resolution says its country came from such words
("country from adjective 'Iraqi'", "country IRQ from name 'Iraq'"), those words are also counted
as a prediction of their own type: an adjective or plural as Nationality, a name or capital after
"of" as Location (:func:`nested_spans`; re3d marks "Iraq" in "the government of Iraq", not "U.S."
in "U.S. forces"), and a person who owns the mention ("Assad" in "the Assad regime") as Person. Only words the resolution names count, so a dictionary name
("Iraqi Security Forces", one entry) yields no nested Nationality.

re3d also marks pronouns and generic phrases ("he", "we", "reporters") as Person or
Organisation; Lapwing resolves pronouns in the plain cases (:mod:`lapwing.actors.pronouns`).
``skip_pronouns=True`` leaves pronouns out on both sides, gold and predicted. Possessive
determiners ("his", "its", "our") are never scored: re3d marks about one in eight of them (5 of
37 "his", 2 of 51 "its"), so a score on them measures the annotation's gaps. A pronoun that
stands for a country ("it said") counts under its kind only, not also as a Location: re3d's
Location is the place name, never a pronoun.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..model import Article, CodedArticle

RE3D_KINDS: dict[str, tuple[str, ...]] = {
    "Person": ("person",), "Organisation": ("organization", "group"),
    "Location": ("location",), "Nationality": ("nationality",)}
PRONOUNS = {"i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her",
            "it", "its", "they", "them", "their", "who", "whom", "which", "this", "that", "these",
            "those", "himself", "herself", "itself", "themselves", "ourselves", "myself"}
#: Possessive determiners, not scored on either side (see the module docstring).
POSSESSIVES = {"my", "our", "your", "his", "her", "its", "their"}
#: re3d's documents carry no date; the corpus was collected around then.
RE3D_DEFAULT_DATE = dt.date(2017, 1, 1)

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class GoldDocument:
    id: str
    text: str
    spans: dict[str, frozenset[Span]]     # re3d type -> gold spans


def read_re3d(folder: str | Path) -> list[GoldDocument]:
    """The documents of a re3d folder (every sub-folder holding documents.json/entities.json)."""
    folder = Path(folder)
    if not folder.exists():
        raise InputError("no such folder", path=str(folder), reason="missing_file")
    documents: list[GoldDocument] = []
    for docs_path in sorted(folder.rglob("documents.json")):
        texts = {record["_id"]: record["text"] for record in _json_lines(docs_path)}
        spans: dict[str, dict[str, set[Span]]] = {doc_id: {t: set() for t in RE3D_KINDS}
                                                  for doc_id in texts}
        entities_path = docs_path.with_name("entities.json")
        for record in _json_lines(entities_path) if entities_path.exists() else []:
            if record.get("type") in RE3D_KINDS and record.get("documentId") in spans:
                spans[record["documentId"]][record["type"]].add((int(record["begin"]), int(record["end"])))
        for doc_id, text in texts.items():
            documents.append(GoldDocument(id=doc_id, text=text,
                                          spans={t: frozenset(s) for t, s in spans[doc_id].items()}))
    if not documents:
        raise InputError("no documents.json found (is this a re3d folder?)", path=str(folder),
                         reason="no_documents")
    return documents


def _json_lines(path: Path) -> Iterable[dict[str, Any]]:
    with path.open(encoding="utf-8-sig") as handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as exc:
                    raise InputError(f"not valid JSON: {exc.msg}", path=str(path), line=number,
                                     reason="bad_json") from None


def _trim(text: str, span: Span) -> Span:
    """Offsets without surrounding spaces and a leading "the "."""
    start, end = span
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if text[start:start + 4].lower() == "the " and end - start > 4:
        start += 4
    return start, end


def _is_pronoun(text: str, span: Span) -> bool:
    return text[span[0]:span[1]].strip().lower() in PRONOUNS


def _is_possessive(text: str, span: Span) -> bool:
    return text[span[0]:span[1]].strip().lower() in POSSESSIVES


def evaluate_mentions(folder: str | Path, *, code: Callable[[Article], CodedArticle] | None = None,
                      config: dict[str, Any] | None = None, skip_pronouns: bool = False,
                      date: dt.date = RE3D_DEFAULT_DATE) -> dict[str, Any]:
    """Mention precision, recall and F1 per re3d type, exact and overlapping.

    ``code`` turns an article into a coded article with mentions; by default the configured
    segment and actors stages. Returns ``{"documents", "seconds", "exact": {type: scores},
    "overlap": {type: scores}}`` where scores hold predicted, correct, gold, found, precision,
    recall and f1; type ``ALL`` sums the four.
    """
    documents = read_re3d(folder)
    if code is None:
        code = _default_coder(config)
    counts = {m: {t: [0, 0, 0, 0] for t in RE3D_KINDS} for m in ("exact", "overlap")}
    started = time.perf_counter()
    for document in documents:
        coded = code(Article(id=document.id, date=date, text=document.text))
        predicted: dict[str, set[Span]] = {t: set() for t in RE3D_KINDS}
        for mention in coded.mentions:
            span = (mention.start_char, mention.end_char)
            if _is_possessive(document.text, span) or (skip_pronouns and _is_pronoun(document.text, span)):
                continue
            for gold_type in _re3d_types(mention):
                predicted[gold_type].add(_trim(document.text, (mention.start_char, mention.end_char)))
            for gold_type, span in nested_spans(mention):
                predicted[gold_type].add(span)
        for gold_type in RE3D_KINDS:
            gold = {_trim(document.text, s) for s in document.spans[gold_type]
                    if not (_is_possessive(document.text, s) or skip_pronouns and _is_pronoun(document.text, s))}
            preds = predicted[gold_type]
            exact, overlap = counts["exact"][gold_type], counts["overlap"][gold_type]
            for bucket, hit in ((exact, lambda a, b: a == b), (overlap, _overlaps)):
                bucket[0] += len(preds)
                bucket[1] += sum(1 for p in preds if any(hit(p, g) for g in gold))
                bucket[2] += len(gold)
                bucket[3] += sum(1 for g in gold if any(hit(p, g) for p in preds))
    seconds = time.perf_counter() - started
    return {"documents": len(documents), "seconds": round(seconds, 3),
            "skip_pronouns": skip_pronouns,
            **{m: _scores(counts[m]) for m in ("exact", "overlap")}}


def _re3d_types(mention: Any) -> list[str]:
    """The re3d types a mention counts under: by its kind, and a country or capital acting as
    the state ("Iraq said ...", an ``organization`` mention of a country actor) also as a
    Location, since re3d marks the place name as Location (and often Organisation too)."""
    types = [t for t, kinds in RE3D_KINDS.items() if mention.kind in kinds]
    actor = mention.actor
    if mention.kind == "organization" and actor is not None and actor.kind == "country" \
            and "Location" not in types and mention.text.lower() not in PRONOUNS:
        types.append("Location")
    return types


#: "country from adjective 'Iraqi'", "country IRQ from the possessor name 'Jordan'", "owner person
#: short_name 'Assad'": the words of a mention that gave it its country or owner, as its
#: resolution records them.
_COUNTRY_WORDS = re.compile(r"(?:from (?:the possessor |'of' )?|owner )(adjective|plural|name|capital|person) "
                            r"(?:\w+ )?(?:'([^']+)'|\"([^\"]+)\")")
_OF_BEFORE = re.compile(r"\bof (?:the )?$", re.IGNORECASE)
_NESTED_TYPES = {"adjective": "Nationality", "plural": "Nationality", "name": "Location",
                 "capital": "Location", "person": "Person"}


def nested_spans(mention: Any) -> list[tuple[str, Span]]:
    """(re3d type, span) of the words inside a mention that its resolution says gave its country
    or owner ("Iraqi" in "Iraqi forces" -> Nationality; "Iraq" in "government of Iraq" ->
    Location; "Assad" in "Assad regime" -> Person)."""
    resolution = mention.resolution
    if resolution is None:
        return []
    found: list[tuple[str, Span]] = []
    for note in (resolution.reason, *resolution.evidence):
        for match in _COUNTRY_WORDS.finditer(note):
            words = match.group(2) or match.group(3)
            at = mention.text.find(words)
            if at < 0 or len(words) == len(mention.text):
                continue
            kind = _NESTED_TYPES[match.group(1)]
            if kind == "Location" and not _OF_BEFORE.search(mention.text[:at]):
                continue  # "U.S. forces", "Foreign Office Minister": a modifier, not a place
            start = mention.start_char + at
            found.append((kind, (start, start + len(words))))
    return found


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _scores(counts: dict[str, list[int]]) -> dict[str, dict[str, Any]]:
    rows = dict(counts)
    rows["ALL"] = [sum(c[i] for c in counts.values()) for i in range(4)]
    out = {}
    for name, (predicted, correct, gold, found) in rows.items():
        precision = correct / predicted if predicted else None
        recall = found / gold if gold else None
        f1 = (2 * precision * recall / (precision + recall)
              if precision is not None and recall is not None and precision + recall else
              (0.0 if recall is not None else None))
        out[name] = {"predicted": predicted, "correct": correct, "gold": gold, "found": found,
                     "precision": _round(precision), "recall": _round(recall), "f1": _round(f1)}
    return out


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _default_coder(config: dict[str, Any] | None) -> Callable[[Article], CodedArticle]:
    from ..actors.stage import ActorStage
    from ..config import load_config
    from ..segment.stage import SpacySegmenter

    config = config or load_config()
    segmenter = SpacySegmenter(config["segment"], config)
    actors = ActorStage(config["actors"], config)
    return lambda article: actors(segmenter(CodedArticle(article=article)))


# ---------------------------------------------------------------------------------------------
# PLOVER gold records: are the gold source/target actors found and resolved?

#: Why a gold actor was not resolved, in the order they are tested.
GSR_MISS_CAUSES = ("text not in sentence", "no mention", "mention without a code", "wrong code")


def _gold_actor_spans(text: str, actor_text: str) -> list[Span]:
    """Where a gold ``actorText`` lies in the sentence: every occurrence of each of its parts
    (parts are separated by "..." in the gold; spaces are collapsed), case-insensitively."""
    lowered = text.lower()
    spans: list[Span] = []
    for part in actor_text.split("..."):
        part = " ".join(part.split()).lower()
        if not part:
            continue
        start = lowered.find(part)
        while start >= 0:
            spans.append((start, start + len(part)))
            start = lowered.find(part, start + 1)
    return spans


def evaluate_gsr_actors(gold_path: str | Path, *, config: dict[str, Any] | None = None,
                        code: Callable[[Article], CodedArticle] | None = None,
                        examples: int = 0) -> dict[str, Any]:
    """The share of PLOVER gold source/target actors that are found and resolved.

    For each gold actor (``actorText`` + ``code``) of each record: *found* when a mention
    overlaps the actor text in the record's sentence; *resolved* when such a mention's actor
    offers the gold code's first three letters (its country, or the first three letters of its
    code or CAMEO code: ``IGOUNO`` -> ``IGO``). Misses are counted by cause
    (:data:`GSR_MISS_CAUSES`). ``code`` defaults to the configured segment and actors stages
    (the mentions the events stage sees). With ``examples`` > 0, up to that many misses per
    cause are listed as ``(record id, actor text, gold code, mentions overlapping)``.
    """
    from .gold import read_gsr_gold
    from .plover_gsr import actor_codes, gsr_articles

    records = {r.id: r for r in read_gsr_gold(gold_path)}
    if code is None:
        code = _default_coder(config)
    counts = {"actors": 0, "found": 0, "resolved": 0}
    causes = {cause: 0 for cause in GSR_MISS_CAUSES}
    listed: dict[str, list[tuple[str, str, str, list[str]]]] = {cause: [] for cause in GSR_MISS_CAUSES}
    started = time.perf_counter()
    for article in gsr_articles(gold_path):
        record = records[article.id]
        mentions = code(article).mentions
        for gold in record.sources + record.targets:
            counts["actors"] += 1
            spans = _gold_actor_spans(record.text, gold.text)
            hits = [m for m in mentions if any(_overlaps((m.start_char, m.end_char), s) for s in spans)]
            offered = [actor_codes(_actor_dict(m.actor)) for m in hits if m.actor is not None]
            if hits:
                counts["found"] += 1
            if any(gold.code[:3].upper() in c for c in offered):
                counts["resolved"] += 1
                continue
            cause = ("text not in sentence" if not spans else "no mention" if not hits
                     else "mention without a code" if not any(offered) else "wrong code")
            causes[cause] += 1
            if len(listed[cause]) < examples:
                listed[cause].append((record.id, gold.text, gold.code,
                                      [f"{m.text} -> {_code_text(m)}" for m in hits]))
    total = counts["actors"] or 1
    result: dict[str, Any] = {
        "records": len(records), **counts,
        "found_share": round(counts["found"] / total, 4),
        "resolved_share": round(counts["resolved"] / total, 4),
        "misses": causes, "seconds": round(time.perf_counter() - started, 3)}
    if examples:
        result["examples"] = listed
    return result


def _actor_dict(actor: Any) -> dict[str, Any]:
    return {"country": actor.country, "code": actor.code, "cameo_code": actor.cameo_code}


def _code_text(mention: Any) -> str:
    actor = mention.actor
    if actor is None:
        return "no actor"
    return f"{actor.cameo_code or actor.code or actor.country or '-'} ({mention.resolution.rule if mention.resolution else '?'})"
