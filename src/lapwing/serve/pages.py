"""The HTML pages, rendered on the server from the same reads as the API. The network and the
map are drawn in the browser from ``/api/network`` and ``/api/places``; their JavaScript libraries
(d3, topojson-client, world-atlas) come from npm at build time into ``static/vendor/``
(``web/``, ``scripts/setup-browser.sh``). Without them the pages say so and draw a plainer view.
"""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.templating import Jinja2Templates

from ..store import query_events
from .analytics import actor_detail, count_events, list_actors
from .api import DateFrom, DateTo, Limit, Modality, Offset, Store, Text
from .articles import article_detail, list_articles
from .errors import ApiError
from .jsonable import table_rows

HERE = Path(__file__).resolve().parent
VENDOR_DIR = HERE / "static" / "vendor"
VENDOR_FILES = {"d3": "d3.min.js", "topojson": "topojson-client.min.js", "world": "countries-110m.json"}
QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}

templates = Jinja2Templates(directory=str(HERE / "templates"))
router = APIRouter(include_in_schema=False)


def vendor_available() -> dict[str, bool]:
    """Which front-end library files the build put in ``static/vendor/``."""
    return {name: (VENDOR_DIR / file).is_file() for name, file in VENDOR_FILES.items()}


def _render(request: Request, template: str, **context: Any) -> HTMLResponse:
    return templates.TemplateResponse(request, template, {"quad_names": QUAD_NAMES,
                                                          "vendor": vendor_available(), **context})


def _page_links(request: Request, *, total: int, limit: int, offset: int) -> dict[str, str | None]:
    params = dict(request.query_params)

    def link(at: int) -> str:
        return "?" + urlencode({**params, "offset": at, "limit": limit})

    return {"previous": link(max(offset - limit, 0)) if offset > 0 else None,
            "next": link(offset + limit) if offset + limit < total else None}


@router.get("/")
def home() -> RedirectResponse:
    return RedirectResponse("/articles", status_code=307)


@router.get("/articles", response_class=HTMLResponse)
def articles_page(request: Request, store: Store, q: Text = None, limit: Limit = 50,
                  offset: Offset = 0) -> HTMLResponse:
    result = list_articles(store, search=q, limit=limit, offset=offset)
    return _render(request, "articles.html", result=result, q=q or "",
                   pages=_page_links(request, total=result["total"], limit=limit, offset=offset))


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, store: Store, article_id: str) -> HTMLResponse:
    detail = article_detail(store, article_id)
    if detail is None:
        raise ApiError(404, f"no article {article_id!r} in the store")
    return _render(request, "article.html", **detail)


@router.get("/events", response_class=HTMLResponse)
def events_page(request: Request, store: Store, actor: Text = None, recipient: Text = None,
                event_type: Annotated[str | None, Query(alias="type", max_length=40)] = None,
                quad: Annotated[str | None, Query(max_length=1)] = None, modality: Text = None,
                date_from: DateFrom = None, date_to: DateTo = None, place: Text = None,
                limit: Limit = 100, offset: Offset = 0) -> HTMLResponse:
    # The form sends empty fields for "any": treat them as absent.
    quad_code = int(quad) if quad and quad.isdigit() and 1 <= int(quad) <= 4 else None
    mode = modality if modality in {m.value for m in Modality} else None
    filters = {"actor": actor or None, "recipient": recipient or None, "event_type": event_type or None,
               "quad_code": quad_code, "modality": mode, "date_from": date_from or None,
               "date_to": date_to or None, "place": place or None}
    rows = table_rows(query_events(store, **filters, limit=limit, offset=offset))  # type: ignore[arg-type]
    total = count_events(store, **filters)
    form = {"actor": actor or "", "recipient": recipient or "", "type": event_type or "",
            "quad": str(quad_code or ""), "modality": mode or "", "from": date_from or "",
            "to": date_to or "", "place": place or ""}
    return _render(request, "events.html", rows=rows, total=total, offset=offset, form=form,
                   pages=_page_links(request, total=total, limit=limit, offset=offset))


@router.get("/actors", response_class=HTMLResponse)
def actors_page(request: Request, store: Store, q: Text = None, limit: Limit = 50,
                offset: Offset = 0) -> HTMLResponse:
    result = list_actors(store, search=q or None, limit=limit, offset=offset)
    return _render(request, "actors.html", result=result, q=q or "",
                   pages=_page_links(request, total=result["total"], limit=limit, offset=offset))


@router.get("/actors/{actor_key:path}", response_class=HTMLResponse)
def actor_page(request: Request, store: Store, actor_key: str, date_from: DateFrom = None,
               date_to: DateTo = None) -> HTMLResponse:
    detail = actor_detail(store, actor_key, date_from=date_from or None, date_to=date_to or None)
    if detail is None:
        raise ApiError(404, f"no actor {actor_key!r} in the store")
    peak = max((month["total"] for month in detail["timeline"]), default=0)
    return _render(request, "actor.html", **detail, peak=peak, date_from=date_from or "", date_to=date_to or "")


@router.get("/network", response_class=HTMLResponse)
def network_page(request: Request, date_from: DateFrom = None, date_to: DateTo = None) -> HTMLResponse:
    return _render(request, "network.html", date_from=date_from or "", date_to=date_to or "")


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request, date_from: DateFrom = None, date_to: DateTo = None) -> HTMLResponse:
    return _render(request, "map.html", date_from=date_from or "", date_to=date_to or "")
