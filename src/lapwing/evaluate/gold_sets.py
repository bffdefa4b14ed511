"""Named gold sets that Lapwing codes itself and scores: ``lapwing evaluate --gold-set NAME PATH``.

- ``plover-gsr``: PLOVER gold records (a JSON array of coded sentences); events are coded from the
  records' sentences and scored by record (type accuracy; type with actor and recipient countries).
- ``gsr-actors``: the PLOVER gold records' source and target actors: the share found and
  resolved to the right country or IGO code.
- ``re3d``: the re3d folder; mention precision, recall and F1 per type (person, organisation,
  location, nationality), exact and overlapping spans.
- ``event-location``: the event-location file; the share of events whose place Lapwing gets right.
- ``event-triggers``: the same file's marked event verbs (all records, not only the gold ones,
  the held-out news texts left out): the share found as events that happened, over every distinct
  text (not gold: many marked verbs name no political event).
- ``ngec-synthetic``: machine-written PLOVER stories (not gold): per-type recall, a check of
  coverage across all 16 types.
- ``cameo-examples``: the CAMEO codebook's example sentences (one per code): the share coded
  with the PLOVER type, CAMEO root and CAMEO code they illustrate, a check of coverage; also
  over the examples that are not among the PLOVER gold records (``../plover-gsr`` beside the
  folder, used in development).
- ``petrarch2-unittests``: PETRARCH2's unit-test records, coded with their own validation
  dictionaries loaded as user dictionaries: the share of assertions met.
- ``gum-dates``: the GUM folder's Wikinews documents; their ``<date>`` markup with normalised
  values: time expressions found (precision, recall, F1) and their values right.
- ``news-audit``: the development data folder (``../shared/data``, with ``gum-ccby`` and
  ``event-location``): the 24 GUM Wikinews news documents and 140 event-location sentences,
  rebuilt from it, scored against the project's own judgments of their events
  (``data/news_audit.gold.json``): precision, recall of required readings, violations and the
  events no reading judges.
- ``news-heldout``: the same data folder (``event-location`` and ``muc4``): 60 event-location
  sentences the audit did not use and 20 MUC-4 news-wire documents, scored the same way against
  ``data/news_heldout.gold.json``; a held-out check, not to be read while fixing Lapwing.
- ``muc4-roles``: the MUC-4 development split in the GRIT format (``muc4/dev.json``, or a folder
  holding it or its ``muc4`` folder): the templates' perpetrators and targets found as actors and
  recipients of the violent events Lapwing codes (recall per role, precision, false alarms).
- ``seed``: a dated article with a ``.gold.jsonl`` beside it (``seed-article.txt`` and
  ``seed-article.gold.jsonl``); the project's gold format.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..config import Config, load_config
from ..errors import InputError

GOLD_SETS = ("plover-gsr", "gsr-actors", "re3d", "event-location", "event-triggers", "ngec-synthetic",
             "cameo-examples", "petrarch2-unittests", "gum-dates", "news-audit", "news-heldout",
             "muc4-roles", "seed")


def evaluate_gold_set(name: str, path: str | Path, *, config: Config | None = None) -> dict[str, Any]:
    """Code the gold set's own texts with the configured pipeline and score them."""
    config = config if config is not None else load_config()
    path = Path(path)
    if not path.exists():
        raise InputError("does not exist", path=str(path), reason="not_found", code="E101")
    if name == "plover-gsr":
        return _plover_gsr(path, config)
    if name == "re3d":
        from ..pipeline import Pipeline
        from .mentions import evaluate_mentions

        # the full pipeline's final mentions: the geo stage adds the places no actor names
        pipeline = Pipeline.from_config(config)
        return {"gold_set": name, **evaluate_mentions(path, code=pipeline.run, config=config)}
    if name == "gsr-actors":
        from .mentions import evaluate_gsr_actors

        return {"gold_set": name, **evaluate_gsr_actors(path, config=config)}
    if name == "event-location":
        from .locations import evaluate_event_locations

        result = evaluate_event_locations(path, config=config)
        result.pop("mistakes", None)
        return {"gold_set": name, **result}
    if name == "event-triggers":
        from ..pipeline import Pipeline
        from .news_audit import NEWS_SETS
        from .triggers import evaluate_event_triggers, format_event_triggers

        result = evaluate_event_triggers(path, code=Pipeline.from_config(config).run,
                                         heldout_manifest=NEWS_SETS["news-heldout"][1])
        return {"gold_set": name, **result, "table": format_event_triggers(result)}
    if name == "ngec-synthetic":
        from .synthetic import evaluate_synthetic, format_synthetic

        result = evaluate_synthetic(path, config=config)
        return {"gold_set": name, **result, "table": format_synthetic(result)}
    if name == "cameo-examples":
        from .cameo_examples import evaluate_cameo_examples, format_cameo_examples
        from .gold import read_gsr_gold

        # the PLOVER gold records beside it were used in development; some are codebook examples
        gsr = path.parent.parent / "plover-gsr" / "PLOVER_GSR_CAMEO.dev.json"
        texts = [r.text for r in read_gsr_gold(gsr)] if gsr.exists() else None
        result = evaluate_cameo_examples(path, config=config, development_texts=texts)
        return {"gold_set": name, **result, "table": format_cameo_examples(result)}
    if name == "petrarch2-unittests":
        from .petrarch_tests import evaluate_petrarch_unittests, format_petrarch_unittests

        result = evaluate_petrarch_unittests(path, config=config)
        return {"gold_set": name, **result, "table": format_petrarch_unittests(result)}
    if name == "gum-dates":
        from ..pipeline import Pipeline
        from .gum_dates import evaluate_gum_dates

        result = evaluate_gum_dates(path, code=Pipeline.from_config(config).run)
        result.pop("mistakes", None)
        return {"gold_set": name, **result}
    if name in ("news-audit", "news-heldout"):
        from ..pipeline import Pipeline
        from .news_audit import NEWS_SETS, evaluate_news_audit

        gold, manifest = NEWS_SETS[name]
        result = evaluate_news_audit(path, code=Pipeline.from_config(config).run, gold=gold,
                                     manifest=manifest)
        return {"gold_set": name, **result}
    if name == "muc4-roles":
        from .muc4_roles import evaluate_muc4_roles, format_muc4_roles

        result = evaluate_muc4_roles(path, config=config)
        return {"gold_set": name, **result, "table": format_muc4_roles(result)}
    if name == "seed":
        return _seed(path, config)
    raise InputError(f"unknown gold set {name!r}; known: {', '.join(GOLD_SETS)}", path=str(path),
                     code="E102")


def _plover_gsr(path: Path, config: Config) -> dict[str, Any]:
    from ..output import event_json
    from ..pipeline import Pipeline
    from .events import evaluate_events
    from .plover_gsr import gsr_articles

    pipeline = Pipeline.from_config(config)
    events = [event_json(e) for article in gsr_articles(path) for e in pipeline.run(article).events]
    result = evaluate_events(events, path, fmt="plover-gsr")
    return {"gold_set": "plover-gsr", **result.to_dict(), "table": result.format_table()}


def _seed(path: Path, config: Config) -> dict[str, Any]:
    import io

    from ..run import extract
    from .events import evaluate_events

    gold = path.with_name(path.name.rsplit(".", 1)[0] + ".gold.jsonl")
    if not gold.exists():
        raise InputError(f"no gold file {gold.name} beside it", path=str(path), code="E103")
    out = io.StringIO()
    extract([str(path)], out=out, config=config)
    events = [json.loads(line) for line in out.getvalue().splitlines() if line.strip()]
    result = evaluate_events(events, gold, fmt="lapwing")
    return {"gold_set": "seed", **result.to_dict(), "table": result.format_table()}


def format_gold_set(result: dict[str, Any]) -> str:
    """A readable summary of :func:`evaluate_gold_set`'s result."""
    if "table" in result:
        return str(result["table"])
    if result.get("gold_set") == "re3d":
        lines = [f"re3d: {result['documents']} documents", "",
                 f"{'type':<14}{'match':<9}{'P':>7}{'R':>7}{'F1':>7}{'gold':>7}"]
        for match in ("exact", "overlap"):
            for kind, row in result[match].items():
                lines.append(f"{kind:<14}{match:<9}{_cell(row['precision'])}{_cell(row['recall'])}"
                             f"{_cell(row['f1'])}{row['gold']:>7}")
        return "\n".join(lines)
    return "\n".join(f"{k}: {v}" for k, v in result.items() if k != "counts")


def _cell(value: float | None) -> str:
    return f"{value:>7.3f}" if value is not None else f"{'-':>7}"
