"""The JSON API (``/api/...``): it translates query parameters into calls of the store's query
functions and their results into JSON; no coding logic lives here. Routes are listed in docs/web.md.
"""
from __future__ import annotations

from collections.abc import Iterator
from enum import Enum
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request

from ..store import query_events, timeline
from ..store.network import top_network
from .analytics import actor_detail, count_events, event_places, list_actors
from .articles import article_detail, list_articles
from .errors import ApiError, error_responses
from .extract import extract_route
from .jsonable import json_route, table_rows
from .snapshot import CursorStore
from .turns import reading_turn

MAX_PAGE = 1000
MAX_COUNT = 1_000_000_000  # bounds offsets and weights (DuckDB takes 64-bit integers)


class Modality(str, Enum):
    asserted = "asserted"
    reported = "reported"
    negated = "negated"
    hypothetical = "hypothetical"


class Role(str, Enum):
    actor = "actor"
    recipient = "recipient"
    any = "any"


def read_store(request: Request, _turn: Annotated[None, Depends(reading_turn)]) -> Iterator[CursorStore]:
    """A read-only view of the store for one request, in its turn (see :mod:`lapwing.serve.snapshot`,
    :mod:`lapwing.serve.turns`)."""
    with request.app.state.reader.reader() as store:
        yield store


Store = Annotated[CursorStore, Depends(read_store)]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description="most rows to return")]
Offset = Annotated[int, Query(ge=0, le=MAX_COUNT, description="rows to skip (paging)")]
DateFrom = Annotated[str | None, Query(alias="from", description="earliest date: YYYY, YYYY-MM or YYYY-MM-DD",
                                       max_length=10)]
DateTo = Annotated[str | None, Query(alias="to", description="latest date: YYYY, YYYY-MM or YYYY-MM-DD",
                                     max_length=10)]
Text = Annotated[str | None, Query(max_length=200)]

router = APIRouter(prefix="/api", responses=error_responses(404, 413, 422, 500, 503))


def _page(items: list[Any], limit: int, offset: int, total: int) -> dict[str, Any]:
    following = offset + len(items)
    return {"total": total, "limit": limit, "offset": offset, "count": len(items),
            "next_offset": following if following < total else None, "items": items}


@router.get("/articles", summary="Stored articles, newest first (paging, optional text search)")
@json_route
def api_articles(store: Store, q: Text = None, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    result = list_articles(store, search=q, limit=limit, offset=offset)
    return _page(result["items"], limit, offset, result["total"])


@router.get("/articles/{article_id}", summary="One article: text, sentences, mentions, times, events with provenance")
@json_route
def api_article(store: Store, article_id: Annotated[str, Path(max_length=500)]) -> dict[str, Any]:
    detail = article_detail(store, article_id)
    if detail is None:
        raise ApiError(404, f"no article {article_id!r} in the store")
    return detail


@router.get("/events", summary="Event mentions matching the filters, oldest first (as `lapwing query`)")
@json_route
def api_events(store: Store, actor: Text = None, recipient: Text = None,
               event_type: Annotated[str | None, Query(alias="type", max_length=40,
                                                       description="PLOVER event type, e.g. ASSAULT")] = None,
               quad: Annotated[int | None, Query(ge=1, le=4, description="quad code 1-4")] = None,
               modality: Modality | None = None, date_from: DateFrom = None, date_to: DateTo = None,
               place: Text = None,
               per_happening: Annotated[bool, Query(description="one row per happening")] = False,
               limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
    filters = {"actor": actor, "recipient": recipient, "event_type": event_type, "quad_code": quad,
               "modality": modality.value if modality else None, "date_from": date_from, "date_to": date_to,
               "place": place, "one_per_happening": per_happening}
    table = query_events(store, **filters, limit=limit, offset=offset)  # type: ignore[arg-type]
    return _page(table_rows(table), limit, offset, count_events(store, **filters))


@router.get("/actors", summary="Actors, most active first; q searches name (part) or code/country/sector")
@json_route
def api_actors(store: Store, q: Text = None, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    result = list_actors(store, search=q, limit=limit, offset=offset)
    return _page(result["items"], limit, offset, result["total"])


@router.get("/actors/{actor_key:path}",
            summary="One actor: timeline by quad code, main partners and opponents, latest events")
@json_route
def api_actor(store: Store, actor_key: str, date_from: DateFrom = None, date_to: DateTo = None,
              top: Annotated[int, Query(ge=1, le=100)] = 10) -> dict[str, Any]:
    detail = actor_detail(store, actor_key, date_from=date_from, date_to=date_to, top=top)
    if detail is None:
        raise ApiError(404, f"no actor {actor_key!r} in the store")
    return detail


@router.get("/network", summary="The actor network (cooperation, conflict, supports, opposes) in a date window")
@json_route
def api_network(store: Store, date_from: DateFrom = None, date_to: DateTo = None,
                max_nodes: Annotated[int, Query(ge=1, le=5000, description="most active actors kept")] = 300,
                min_weight: Annotated[int, Query(ge=1, le=MAX_COUNT, description="least events on an edge")] = 1
                ) -> dict[str, Any]:
    return top_network(store, date_from=date_from, date_to=date_to,  # type: ignore[arg-type]
                       max_nodes=max_nodes, min_weight=min_weight).to_dict()


@router.get("/timeline", summary="Monthly counts of an actor's events by quad code (as `lapwing timeline`)")
@json_route
def api_timeline(store: Store, actor: Annotated[str, Query(min_length=1, max_length=200)],
                 role: Role = Role.any, date_from: DateFrom = None, date_to: DateTo = None) -> dict[str, Any]:
    table = timeline(store, actor, role=role.value, date_from=date_from, date_to=date_to)  # type: ignore[arg-type]
    return {"actor": actor, "role": role.value, "months": table_rows(table)}


@router.get("/places", summary="Event locations (and places the articles mention) for the map")
@json_route
def api_places(store: Store, date_from: DateFrom = None, date_to: DateTo = None,
               limit: Annotated[int, Query(ge=1, le=10000)] = 2000) -> dict[str, Any]:
    return event_places(store, date_from=date_from, date_to=date_to, limit=limit)


@router.get("/status", summary="The store being served and the age of the snapshot read")
@json_route
def api_status(request: Request, store: Store) -> dict[str, Any]:
    reader = request.app.state.reader
    counts = {table: int(store.fetch(f"SELECT count(*) FROM {table}")[0][0])  # fixed names only
              for table in ("articles", "events", "actors", "canonical_events")}
    return {"store": str(reader.path), "snapshot_age_seconds": round(reader.snapshot_age_seconds(), 3),
            "counts": counts, "extract_enabled": request.app.state.settings.allow_extract}


router.add_api_route("/extract", extract_route, methods=["POST"],
                     summary="Code one text: text and date in, events out (off unless enabled)",
                     openapi_extra=extract_route.openapi_extra,  # type: ignore[attr-defined]
                     responses=error_responses(401, 403))
