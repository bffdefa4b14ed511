"""PETRARCH2's unit-test records as a check (``--gold-set petrarch2-unittests FOLDER``).

The folder holds PETRARCH2's ``PETR.UnitTest.records.xml`` (dated sentences about fictional
countries, each with the events PETRARCH must code: ``<EventCoding sourcecode="ARN"
targetcode="GON" eventcode="064">``, or ``noevents="True"``, or ``error="..."``) and the
validation dictionaries they assume (``PETR.Validate.actors.txt``, ``agents.txt``, ``verbs.txt``,
``discards.txt``). :func:`evaluate_petrarch_unittests` codes every sentence (on its record's
date) with the configured pipeline up to the events stage, the validation actors and agents
loaded as user dictionaries (``actors.petrarch_actors`` / ``actors.petrarch_agents``), and counts
the assertions met:

- an event assertion is met when an event that happened (asserted or reported) has an actor
  with the source code and a recipient with the target code (``---``: no actor or recipient, or
  one left unresolved) and the same CAMEO code (*strict*) or the same two-digit CAMEO root
  (*root*). Actor codes are compared on their first six letters (actor code + first agent,
  "ARNGOV"; Lapwing keeps one sector per actor, so PETRARCH's further agents, "ARNGOVFRM", are
  not compared) and, looser, on the first three (the country or actor code, "ARN");
- a ``noevents`` assertion is met when Lapwing codes no event that happened with both an actor
  and a recipient (the unit tests run with PETRARCH's ``require_dyad``: an event with a null
  source or target is not coded);
- ``error`` assertions (PETRARCH's own input checks: bad parse, dateline, discards) are not
  scored; they are counted.

Lapwing cannot read PETRARCH's verb-pattern dictionary. With ``use_verbs`` its simple entries (a
verb block's verbs with the block's code, when that code is a CAMEO code with a PLOVER type) are
written to a temporary user lexicon (``events.lexicon_extra``) that replaces the bundled
unconstrained entries of the same verbs; patterns, synsets and non-CAMEO codes (the file is
largely WEIS-coded) are skipped and counted. Many records expect such non-CAMEO codes ("903",
"345"): they are counted as ``expected_code_not_cameo`` and the shares are also given without them.
"""
from __future__ import annotations

import copy
import datetime as dt
import re
import tempfile
import time
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ..errors import InputError
from ..model import Actor, Article, CodedArticle, Event, Mention
from .coding import HAPPENED, events_pipeline

RECORDS_FILE = "PETR.UnitTest.records.xml"
ACTORS_FILE = "PETR.Validate.actors.txt"
AGENTS_FILE = "PETR.Validate.agents.txt"
VERBS_FILE = "PETR.Validate.verbs.txt"
NO_ACTOR = "---"
LEVELS = ("strict", "root", "country_strict", "country_root")
DEFAULT_MISSES = 15

_VERB_BLOCK = re.compile(r"^---\s+([A-Z_+]+)\s*\[([^\]]*)\]\s*---")
_VERB_LINE = re.compile(r"^([A-Z]+)_?\s*(?:\{[^}]*\})?\s*(?:\[([^\]]*)\])?\s*$")


@dataclass(frozen=True, slots=True)
class Assertion:
    """One ``EventCoding`` of a record: a (source, target, CAMEO code) triple, or none expected."""

    kind: str                  # "event", "noevents" or "error"
    source: str = ""
    target: str = ""
    cameo: str = ""
    error: str = ""


@dataclass(frozen=True, slots=True)
class UnitTestRecord:
    """One ``Sentence`` of the records file."""

    id: str
    category: str
    date: dt.date
    text: str
    assertions: tuple[Assertion, ...]
    line: int = 0


def read_unittest_records(path: str | Path) -> list[UnitTestRecord]:
    """The records of a PETRARCH unit-test file (``Validation/Sentences/Sentence``)."""
    path = Path(path)
    if not path.exists():
        raise InputError("does not exist", path=str(path), reason="not_found", code="E101")
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as exc:
        raise InputError(f"cannot read the unit-test records ({exc})", path=str(path), code="E104") from exc
    records = []
    for number, sentence in enumerate(root.iter("Sentence"), start=1):
        where = f"Sentence {number} ({sentence.get('id', '?')})"
        raw_date = (sentence.get("date") or "").strip()
        try:
            date = dt.datetime.strptime(raw_date, "%Y%m%d").date()
        except ValueError:
            raise InputError(f"{where}: date {raw_date!r} is not YYYYMMDD", path=str(path),
                             field="date", code="E104") from None
        text = " ".join((sentence.findtext("Text") or "").split())
        assertions = tuple(_assertion(coding) for coding in sentence.findall("EventCoding"))
        records.append(UnitTestRecord(id=sentence.get("id", str(number)),
                                      category=sentence.get("category", ""), date=date, text=text,
                                      assertions=assertions, line=number))
    return records


def _assertion(coding: ET.Element) -> Assertion:
    if coding.get("error"):
        return Assertion(kind="error", error=coding.get("error", ""))
    if (coding.get("noevents") or "").strip().lower() == "true":
        return Assertion(kind="noevents")
    return Assertion(kind="event", source=(coding.get("sourcecode") or NO_ACTOR).strip().upper(),
                     target=(coding.get("targetcode") or NO_ACTOR).strip().upper(),
                     cameo=(coding.get("eventcode") or "").strip())


def actor_code(actor: Actor | None) -> str:
    """A Lapwing actor written as PETRARCH writes actor codes: actor code + agent ("ARNGOV").

    The actor's ``cameo_code`` when it is longer than the three-letter actor code; otherwise its
    code (or country, or ``---``) followed by its sector. No actor: ``---``."""
    if actor is None:
        return NO_ACTOR
    cameo = (actor.cameo_code or "").upper()
    if len(cameo) > 3:
        return cameo
    base = cameo or (actor.code or actor.country or NO_ACTOR).upper()
    return base + (actor.sector or "").upper()


def _codes(mentions: tuple[Mention, ...]) -> list[str]:
    return [actor_code(m.actor) for m in mentions] or [NO_ACTOR]


def _same_actor(ours: str, theirs: str, *, width: int) -> bool:
    return ours[:width] == theirs[:width]


def _met(assertion: Assertion, events: list[Event]) -> dict[str, bool]:
    """Which levels of :data:`LEVELS` the event assertion meets among the events that happened."""
    met = dict.fromkeys(LEVELS, False)
    for event in events:
        cameo = event.cameo or ""
        same_code, same_root = cameo == assertion.cameo, cameo[:2] == assertion.cameo[:2]
        for width, prefix in ((6, ""), (3, "country_")):
            dyad = any(_same_actor(s, assertion.source, width=width) for s in _codes(event.actors)) and \
                any(_same_actor(t, assertion.target, width=width) for t in _codes(event.recipients))
            if dyad:
                met[prefix + "strict"] |= same_code
                met[prefix + "root"] |= same_root
    return met


def _miss_cause(assertion: Assertion, doc: CodedArticle, events: list[Event], *, cameo_listed: bool) -> str:
    """Why a root-level miss happened, the first that applies."""
    if not events:
        return "no event coded"
    found = {actor_code(m.actor)[:6] for m in doc.mentions if m.actor is not None}
    found.add(NO_ACTOR)
    if assertion.source[:6] not in found:
        return "source actor not found"
    if assertion.target[:6] not in found:
        return "target actor not found"
    roots = {(e.cameo or "")[:2] for e in events}
    if assertion.cameo[:2] not in roots:
        return "expected code not CAMEO" if not cameo_listed else "other event code"
    return "roles differ (actors found, not as source/target of that event)"


def _count_actors_found(totals: Counter[str], assertion: Assertion, doc: CodedArticle) -> None:
    """Whether the sentence's mentions hold the assertion's actors at all (events aside)."""
    codes = [actor_code(m.actor) for m in doc.mentions if m.actor is not None]
    for expected in (assertion.source, assertion.target):
        if expected.startswith(NO_ACTOR):
            continue
        totals["actors_expected"] += 1
        totals["actors_found"] += any(code[:6] == expected[:6] for code in codes)
        totals["actors_found_country"] += any(code[:3] == expected[:3] for code in codes)


def _event_summary(event: Event) -> str:
    return (f"{'+'.join(_codes(event.actors))} -> {'+'.join(_codes(event.recipients))} "
            f"{event.cameo or '-'} {event.event_type}")


def evaluate_petrarch_unittests(folder: str | Path, *, config: Any = None, use_verbs: bool = True,
                                misses: int = DEFAULT_MISSES, limit: int | None = None,
                                pipeline: Any = None) -> dict[str, Any]:
    """The share of PETRARCH2's unit-test assertions Lapwing meets with the validation dictionaries.

    Returns counts and shares (overall, without the non-CAMEO expected codes, and by record
    category), the main causes of misses, and the first ``misses`` misses for diagnosis.
    ``limit`` codes only the first records (quick checks); ``pipeline`` (anything with ``run(article)``) replaces the configured one (then the
    dictionaries and ``use_verbs`` are not used)."""
    from ..config import load_config
    from ..ontology import load_ontology

    folder = Path(folder)
    records = read_unittest_records(folder / RECORDS_FILE)
    if limit is not None:
        records = records[:limit]
    ontology = load_ontology()
    config = copy.deepcopy(config if config is not None else load_config())
    for key, name in (("petrarch_actors", ACTORS_FILE), ("petrarch_agents", AGENTS_FILE)):
        if not (folder / name).exists():
            raise InputError("does not exist", path=str(folder / name), reason="not_found", code="E101")
        config["actors"][key] = list(config["actors"].get(key, [])) + [str(folder / name)]
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="lapwing-petrarch-") as scratch:
        verbs_info: dict[str, Any] = {"used": False}
        if use_verbs and pipeline is None and (folder / VERBS_FILE).exists():
            lexicon_path = Path(scratch) / "petrarch_verbs.yaml"
            verbs_info = write_petrarch_verb_lexicon(folder / VERBS_FILE, lexicon_path, ontology=ontology)
            config["events"]["lexicon_extra"] = list(config["events"].get("lexicon_extra", [])) + [str(lexicon_path)]
        runner = pipeline if pipeline is not None else events_pipeline(config)
        result = _score(records, runner, ontology=ontology, misses=misses)
    result.update({"folder": str(folder), "verbs": verbs_info, "seconds": round(time.perf_counter() - started, 1)})
    return result


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 3) if whole else None


def _score(records: list[UnitTestRecord], runner: Any, *, ontology: Any, misses: int) -> dict[str, Any]:
    totals: Counter[str] = Counter()
    by_category: dict[str, Counter[str]] = {}
    causes: Counter[str] = Counter()
    examples: list[dict[str, Any]] = []
    for record in records:
        if not record.assertions:
            continue
        doc = runner.run(Article(id=f"petrarch-unittest:{record.id}", date=record.date, text=record.text,
                                 origin=f"{RECORDS_FILE}:{record.id}"))
        events = [e for e in doc.events if e.modality in HAPPENED]
        totals["sentences"] += 1
        tally = by_category.setdefault(record.category, Counter())
        for assertion in record.assertions:
            totals[assertion.kind] += 1
            if assertion.kind == "error":
                continue
            tally["assertions"] += 1
            if assertion.kind == "noevents":   # PETRARCH's require_dyad: one-sided events are not coded
                met = dict.fromkeys(LEVELS, not any(e.actors and e.recipients for e in events))
                listed = True
            else:
                met = _met(assertion, events)
                listed = assertion.cameo in ontology.cameo
                totals["expected_code_not_cameo"] += not listed
                _count_actors_found(totals, assertion, doc)
            for level in LEVELS:
                totals[level] += met[level]
                tally[level] += met[level]
                if listed:
                    totals[f"cameo_{level}"] += met[level]
            if met["root"]:
                continue
            cause = ("events coded where none expected" if assertion.kind == "noevents"
                     else _miss_cause(assertion, doc, events, cameo_listed=listed))
            causes[cause] += 1
            if len(examples) < misses:
                examples.append({
                    "id": record.id, "category": record.category, "text": record.text,
                    "expected": ("no events" if assertion.kind == "noevents"
                                 else f"{assertion.source} -> {assertion.target} {assertion.cameo}"),
                    "coded": [_event_summary(e) for e in events], "cause": cause})
    scored = totals["event"] + totals["noevents"]
    listed = scored - totals["expected_code_not_cameo"]
    return {
        "gold_set": "petrarch2-unittests", "sentences": totals["sentences"],
        "assertions": scored + totals["error"], "scored": scored, "event_assertions": totals["event"],
        "noevents_assertions": totals["noevents"], "error_assertions_not_scored": totals["error"],
        "met": {level: totals[level] for level in LEVELS},
        "share": {level: _share(totals[level], scored) for level in LEVELS},
        "expected_code_not_cameo": totals["expected_code_not_cameo"],
        "share_cameo_codes_only": {level: _share(totals[f"cameo_{level}"], listed) for level in LEVELS},
        "actors_expected": totals["actors_expected"],
        "actors_found": {"code_and_agent": _share(totals["actors_found"], totals["actors_expected"]),
                         "country": _share(totals["actors_found_country"], totals["actors_expected"])},
        "by_category": {
            name: {"assertions": tally["assertions"],
                   **{level: tally[level] for level in ("strict", "root")},
                   "share_strict": _share(tally["strict"], tally["assertions"]),
                   "share_root": _share(tally["root"], tally["assertions"])}
            for name, tally in sorted(by_category.items()) if tally["assertions"]},
        "miss_causes": dict(causes.most_common()),
        "misses": examples,
    }


def write_petrarch_verb_lexicon(verbs_path: str | Path, out_path: str | Path, *, ontology: Any) -> dict[str, Any]:
    """Convert the simple entries of a PETRARCH verbs file into a Lapwing user lexicon (YAML).

    A verb block ``--- ATTACK [223] ---`` gives its code to the block's plain verb lines
    (``ATTACK``, ``BAN {BANS BANNED}``; a line's own ``[code]`` wins). An entry is written when its
    code is a CAMEO code with a PLOVER type; it replaces the bundled unconstrained entries of the
    same verb (``remove: true``). Pattern lines (``- * TIES [901]``), synsets (``&NAME``),
    multi-word verbs and other codes are skipped and counted. Returns counts."""
    from ..events.lexicon import BUNDLED_LEXICONS, DATA_DIR, load_lexicon

    verbs_path = Path(verbs_path)
    if not verbs_path.exists():
        raise InputError("does not exist", path=str(verbs_path), reason="not_found", code="E101")
    bundled = load_lexicon([DATA_DIR / name for name in BUNDLED_LEXICONS], ontology=ontology)
    chosen: dict[str, tuple[str, int]] = {}    # lemma -> (code, line)
    skipped: Counter[str] = Counter()
    block_code: str | None = None
    for number, raw in enumerate(verbs_path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        text = raw.split("#", 1)[0].rstrip()
        stripped = text.strip()
        if not stripped or stripped.startswith("<!--"):
            continue
        header = _VERB_BLOCK.match(stripped)
        if header:
            block_code = header.group(2).strip()
            continue
        if stripped.startswith("&"):
            block_code = None        # a synset: its members are not verbs
            continue
        if block_code is None or stripped.startswith(("-", "+")):
            skipped["pattern or synset line"] += stripped.startswith("-")
            continue
        line = _VERB_LINE.match(stripped)
        if line is None:
            skipped["multi-word or unreadable verb"] += 1
            continue
        code = (line.group(2) or block_code).strip()
        reason = _code_problem(code, ontology)
        if reason:
            skipped[reason] += 1
            continue
        chosen.setdefault(line.group(1).lower(), (code, number))
    verbs: list[dict[str, Any]] = []
    removed = 0
    for lemma, (code, number) in sorted(chosen.items()):
        for entry in bundled.candidates("verb", lemma):
            if entry.specificity == 0:
                verbs.append({"id": entry.id, "remove": True})
                removed += 1
        verbs.append({"id": f"petrarch.{lemma}.{number}", "lemma": lemma,
                      "type": ontology.plover_for_cameo(code), "cameo": code})
    Path(out_path).write_text(
        f"# Converted by lapwing.evaluate.petrarch_tests from {verbs_path.name}: simple verb entries.\n"
        + yaml.safe_dump({"verbs": verbs}, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return {"used": True, "file": verbs_path.name, "entries": len(chosen),
            "bundled_entries_replaced": removed, "skipped": dict(skipped.most_common())}


def _code_problem(code: str, ontology: Any) -> str:
    if not code or code.startswith("---"):
        return "no code (---)"
    if ":" in code:
        return "source:target code pair"
    if code not in ontology.cameo:
        return "code not in the CAMEO table (WEIS or made up)"
    if not ontology.plover_for_cameo(code):
        return "CAMEO code without a PLOVER type (01x)"
    return ""


def format_petrarch_unittests(result: dict[str, Any]) -> str:
    """A readable summary of :func:`evaluate_petrarch_unittests`'s result."""
    share, cameo_only = result["share"], result["share_cameo_codes_only"]

    def cell(value: float | None) -> str:
        return f"{value:.3f}" if value is not None else "-"

    lines = [f"petrarch2-unittests: {result['sentences']} sentences, {result['scored']} assertions scored "
             f"({result['event_assertions']} events, {result['noevents_assertions']} no-events; "
             f"{result['error_assertions_not_scored']} error assertions not scored)", "",
             f"{'actors compared on':<26}{'CAMEO code':>12}{'CAMEO root':>12}",
             f"{'code + agent (6 letters)':<26}{cell(share['strict']):>12}{cell(share['root']):>12}",
             f"{'country (3 letters)':<26}{cell(share['country_strict']):>12}{cell(share['country_root']):>12}",
             "", f"without the {result['expected_code_not_cameo']} assertions expecting a non-CAMEO code: "
             f"strict {cell(cameo_only['strict'])}, root {cell(cameo_only['root'])}", "",
             f"actors named in the assertions found among the sentence's mentions "
             f"({result['actors_expected']}): code + agent {cell(result['actors_found']['code_and_agent'])}, "
             f"country {cell(result['actors_found']['country'])}", "",
             f"{'category':<12}{'assertions':>11}{'strict':>8}{'root':>8}"]
    for name, row in result["by_category"].items():
        lines.append(f"{name:<12}{row['assertions']:>11}{cell(row['share_strict']):>8}{cell(row['share_root']):>8}")
    lines += ["", "misses (root level) by first cause:"]
    lines += [f"  {count:>4}  {cause}" for cause, count in result["miss_causes"].items()]
    verbs = result.get("verbs", {})
    if verbs.get("used"):
        lines += ["", f"verbs: {verbs['entries']} simple entries of {verbs['file']} loaded "
                      f"(replacing {verbs['bundled_entries_replaced']} bundled entries); skipped: "
                      + ", ".join(f"{k} {v}" for k, v in verbs["skipped"].items())]
    else:
        lines += ["", "verbs: PETRARCH's verbs dictionary not loaded (Lapwing's lexicon only)"]
    if result.get("misses"):
        lines += ["", "first misses:"]
        for miss in result["misses"]:
            coded = "; ".join(miss["coded"]) or "nothing"
            lines.append(f"  {miss['id']} [{miss['cause']}] expected {miss['expected']}, coded {coded}")
            lines.append(f"      {miss['text'][:110]}")
    lines.append(f"\n{result.get('seconds', 0)} s")
    return "\n".join(lines)
