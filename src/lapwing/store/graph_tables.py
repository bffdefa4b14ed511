"""The actor network as Arrow tables, assembled from one grouped read of the window's pairs.

DuckDB groups the window's actor -> recipient pairs by (source, target, event type, quad-code
relation): one pass, no sort, no list building. The rest is array arithmetic on integer ids: each
actor key gets its index in the sorted key list (so sorting ids sorts keys), each group is spread
to its relations (by quad code, and by event type), the rows are sorted by one integer
``((source * actors + target) * 4 + relation) * types + event type`` and summed per run
(``numpy.add.reduceat``). A year of a ten-million-event store (a million pairs, 1.3 million edges)
takes well under a second this way; building its edges as Python dicts took ten.

:class:`Network` holds the result: ``nodes`` and ``edges`` Arrow tables, and dict-style access
(``graph["edges"]``) that builds the JSON-ready dicts only when asked for.
"""
from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

# Relation codes are their rank in alphabetical order, so sorting codes sorts names.
RELATIONS = ("conflict", "cooperation", "opposes", "supports")
RELATION_CODE = {name: code for code, name in enumerate(RELATIONS)}
NODE_FIELDS = ("name", "code", "country", "sector", "cameo_code")
MICRO = 1_000_000

EVENT_TYPES_TYPE = pa.list_(pa.struct([("event_type", pa.string()), ("events", pa.int64())]))
EDGE_SCHEMA = pa.schema([("source", pa.string()), ("target", pa.string()), ("relation", pa.string()),
                         ("weight", pa.int64()), ("mentions", pa.int64()), ("intensity", pa.float64()),
                         ("event_types", EVENT_TYPES_TYPE)])
NODE_SCHEMA = pa.schema([("id", pa.string()), *[(field, pa.string()) for field in NODE_FIELDS],
                         ("events", pa.int64())])


def round3(values: np.ndarray) -> np.ndarray:
    """Python's ``round(value, 3)`` for each value, exactly (the mean intensity is rounded so).
    ``numpy.round`` scales by 1000 first, which is off by one digit for values near a tie
    (``-1.0625``); those few are rounded by Python itself."""
    scaled = values * 1000
    rounded = np.round(scaled) / 1000
    near_tie = np.flatnonzero(np.abs(scaled - np.floor(scaled) - 0.5) < 1e-6)
    for index in near_tie:
        rounded[index] = round(float(values[index]), 3)
    return rounded


@dataclass(frozen=True)
class GraphArrays:
    """The whole graph of a window as arrays: ``keys`` (sorted actor keys; a node's id is its
    index), ``activity`` per node, and per edge (sorted by source, target, relation) the node ids,
    relation code, sums, and the ``[type_offsets[i], type_offsets[i + 1])`` range of its per-type
    rows (``type_ids`` into ``types``, ``type_events``)."""

    keys: pa.Array
    activity: np.ndarray
    source: np.ndarray
    target: np.ndarray
    relation: np.ndarray
    weight: np.ndarray
    mentions: np.ndarray
    intensity_micro: np.ndarray
    intensity_count: np.ndarray
    type_offsets: np.ndarray
    types: pa.Array
    type_ids: np.ndarray
    type_events: np.ndarray


def graph_arrays(grouped: pa.Table, *, support_types: tuple[str, ...],
                 oppose_types: tuple[str, ...]) -> GraphArrays:
    """Assemble the graph from the grouped pairs: columns ``source``, ``target``, ``event_type``,
    ``by_quad`` (relation code from the quad code, -1 for none), ``n`` (pairs), ``m`` (summed
    NumMentions), ``isum`` (summed intensity in millionths), ``icount`` (pairs with an intensity)."""
    keys = pc.unique(pa.chunked_array(grouped["source"].chunks + grouped["target"].chunks,
                                      type=pa.string()))
    keys = keys.take(pc.array_sort_indices(keys))
    types = pc.unique(grouped["event_type"].combine_chunks()) if grouped.num_rows else pa.array([], pa.string())
    types = types.take(pc.array_sort_indices(types, null_placement="at_start"))
    type_relation = np.array([RELATION_CODE["supports"] if name in support_types
                              else RELATION_CODE["opposes"] if name in oppose_types else -1
                              for name in types.to_pylist()] + [-1], dtype=np.int64)

    source = _index_in(grouped["source"], keys)
    target = _index_in(grouped["target"], keys)
    type_id = _index_in(grouped["event_type"], types)
    n = _numbers(grouped["n"])
    others = source != target
    activity = (np.bincount(source, weights=n, minlength=len(keys))
                + np.bincount(target[others], weights=n[others], minlength=len(keys))).astype(np.int64)

    # Every group once per relation it has (by quad code, by event type).
    by_quad = _numbers(grouped["by_quad"])
    by_type = type_relation[type_id]
    rows = np.concatenate([np.flatnonzero(by_quad >= 0), np.flatnonzero(by_type >= 0)])
    relation = np.concatenate([by_quad[by_quad >= 0], by_type[by_type >= 0]])
    n_keys, n_types = max(len(keys), 1), max(len(types), 1)
    edge_of_row = (source[rows] * n_keys + target[rows]) * len(RELATIONS) + relation
    order = np.argsort(edge_of_row * n_types + type_id[rows])
    rows, edge_of_row = rows[order], edge_of_row[order]
    type_of_row = type_id[rows]

    # Runs of one (edge, event type): the same type can come with two quad codes.
    type_starts = _run_starts(edge_of_row, type_of_row)
    sums = {name: _reduce(_numbers(grouped[name])[rows], type_starts) for name in ("n", "m", "isum", "icount")}
    edge_per_type = edge_of_row[type_starts]
    edge_starts = _run_starts(edge_per_type)
    edge = edge_per_type[edge_starts]
    pair, edge_relation = np.divmod(edge, len(RELATIONS))
    edge_source, edge_target = np.divmod(pair, n_keys)
    return GraphArrays(
        keys=keys, activity=activity, source=edge_source, target=edge_target, relation=edge_relation,
        weight=_reduce(sums["n"], edge_starts), mentions=_reduce(sums["m"], edge_starts),
        intensity_micro=_reduce(sums["isum"], edge_starts), intensity_count=_reduce(sums["icount"], edge_starts),
        type_offsets=np.append(edge_starts, len(edge_per_type)).astype(np.int32), types=types,
        type_ids=type_of_row[type_starts], type_events=sums["n"])


def _index_in(column: pa.ChunkedArray, values: pa.Array) -> np.ndarray:
    """Each value's index in ``values`` (a null finds the null there)."""
    found = pc.index_in(column, value_set=values, skip_nulls=False)
    return np.asarray(found.to_numpy(zero_copy_only=False), dtype=np.int64) if len(found) else np.zeros(0, np.int64)


def _numbers(column: pa.ChunkedArray) -> np.ndarray:
    return np.asarray(column.to_numpy(), dtype=np.int64) if len(column) else np.zeros(0, np.int64)


def _run_starts(*sorted_columns: np.ndarray) -> np.ndarray:
    """Where a run of equal values (in all columns together) begins."""
    if not len(sorted_columns[0]):
        return np.zeros(0, np.int64)
    change = np.zeros(len(sorted_columns[0]), dtype=bool)
    change[0] = True
    for column in sorted_columns:
        change[1:] |= column[1:] != column[:-1]
    return np.flatnonzero(change)


def _reduce(values: np.ndarray, starts: np.ndarray) -> np.ndarray:
    return np.add.reduceat(values, starts) if len(starts) else np.zeros(0, np.int64)


def node_table(arrays: GraphArrays, attributes: dict[str, tuple[Any, ...]], kept: np.ndarray) -> pa.Table:
    """The nodes of ids ``kept`` (ascending), with their actor fields (null for a key with no
    actor row) and activity."""
    keys = arrays.keys.take(pa.array(kept, pa.int64())).to_pylist()
    empty = (None,) * len(NODE_FIELDS)
    columns: dict[str, Any] = {"id": keys}
    for position, field in enumerate(NODE_FIELDS):
        columns[field] = [attributes.get(key, empty)[position] for key in keys]
    columns["events"] = arrays.activity[kept]
    return pa.table(columns, schema=NODE_SCHEMA)


def edge_table(arrays: GraphArrays, kept: np.ndarray) -> pa.Table:
    """The edges of positions ``kept`` (ascending), as Arrow columns (see :data:`EDGE_SCHEMA`)."""
    counts = np.diff(arrays.type_offsets)[kept]
    type_rows = np.repeat(arrays.type_offsets[:-1][kept], counts) + (
        np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts))
    offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int32)
    event_types = pa.ListArray.from_arrays(pa.array(offsets), pa.StructArray.from_arrays(
        [arrays.types.take(pa.array(arrays.type_ids[type_rows], pa.int64())),
         pa.array(arrays.type_events[type_rows], pa.int64())], names=["event_type", "events"]))
    count = arrays.intensity_count[kept]
    with np.errstate(divide="ignore", invalid="ignore"):
        mean = arrays.intensity_micro[kept] / MICRO / count
    intensity = pa.array(round3(np.where(count > 0, mean, 0.0)), pa.float64(), mask=count == 0)
    return pa.table({
        "source": arrays.keys.take(pa.array(arrays.source[kept], pa.int64())),
        "target": arrays.keys.take(pa.array(arrays.target[kept], pa.int64())),
        "relation": pa.array(RELATIONS, pa.string()).take(pa.array(arrays.relation[kept], pa.int64())),
        "weight": pa.array(arrays.weight[kept], pa.int64()),
        "mentions": pa.array(arrays.mentions[kept], pa.int64()),
        "intensity": intensity,
        "event_types": event_types.cast(EVENT_TYPES_TYPE),
    }, schema=EDGE_SCHEMA)


class Network(Mapping[str, Any]):
    """The actor graph of a window: ``nodes`` and ``edges`` as Arrow tables (columns as
    :data:`NODE_SCHEMA` and :data:`EDGE_SCHEMA`; ``event_types`` a list of (event_type, events)),
    and read as a mapping, the JSON-ready dict :func:`~lapwing.store.network` documents:
    ``graph["edges"]`` builds the list of edge dicts on first use (a year of a large store has a
    million edges: take ``graph.edges`` where a table will do). :meth:`to_dict` gives a plain
    dict; two graphs are equal when their dicts are."""

    def __init__(self, *, nodes: pa.Table, edges: pa.Table, date_from: str | None, date_to: str | None,
                 totals: dict[str, int] | None = None) -> None:
        self.nodes = nodes
        self.edges = edges
        self._scalars: dict[str, Any] = {"directed": True, "date_from": date_from, "date_to": date_to}
        self._totals = dict(totals or {})
        self._built: dict[str, list[dict[str, Any]]] = {}

    def _names(self) -> list[str]:
        return [*self._scalars, "nodes", "edges", *self._totals]

    def __getitem__(self, name: str) -> Any:
        if name in ("nodes", "edges"):
            if name not in self._built:
                self._built[name] = _node_dicts(self.nodes) if name == "nodes" else _edge_dicts(self.edges)
            return self._built[name]
        if name in self._scalars:
            return self._scalars[name]
        return self._totals[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._names())

    def __len__(self) -> int:
        return len(self._names())

    def __contains__(self, name: object) -> bool:
        return name in self._names()

    def to_dict(self) -> dict[str, Any]:
        return {name: self[name] for name in self._names()}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Mapping):
            return NotImplemented
        return self.to_dict() == (other.to_dict() if isinstance(other, Network) else dict(other))

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return (f"Network({self.nodes.num_rows} nodes, {self.edges.num_rows} edges, "
                f"date_from={self._scalars['date_from']!r}, date_to={self._scalars['date_to']!r})")


def _node_dicts(nodes: pa.Table) -> list[dict[str, Any]]:
    return nodes.to_pylist()


def _edge_dicts(edges: pa.Table) -> list[dict[str, Any]]:
    """Edge dicts in the documented key order, ``event_types`` as {type: events}."""
    flat = edges["event_types"].combine_chunks() if edges.num_rows else pa.array([], EVENT_TYPES_TYPE)
    offsets = flat.offsets.to_pylist()
    values = flat.values  # the offsets index the whole child array (a slice keeps them)
    names, counts = values.field("event_type").to_pylist(), values.field("events").to_pylist()
    columns = [edges[name].to_pylist() for name in ("source", "target", "relation", "weight", "mentions",
                                                      "intensity")]
    return [{"source": source, "target": target, "relation": relation, "weight": weight, "mentions": mentions,
             "event_types": dict(zip(names[offsets[i]:offsets[i + 1]], counts[offsets[i]:offsets[i + 1]])),
             "intensity": intensity}
            for i, (source, target, relation, weight, mentions, intensity) in enumerate(zip(*columns))]
