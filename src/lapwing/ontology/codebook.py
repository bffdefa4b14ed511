"""Typed lookups over PLOVER's 16 event types and the one CAMEO<->PLOVER table.

Both live as tab-separated data files in ``ontology/data``:

- ``plover_types.tsv``: type, quad code, default CAMEO code, modes, definition;
- ``cameo_plover.tsv``: one row per CAMEO code with its PLOVER type, mode, contexts, Goldstein
  intensity and name.

A bad row raises :class:`~lapwing.errors.ResourceError` naming the file and line.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import ResourceError
from ..model import PLOVER_TYPES

DATA_DIR = Path(__file__).resolve().parent / "data"
QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}


@dataclass(frozen=True, slots=True)
class PloverType:
    name: str
    quad_code: int
    default_cameo: str
    modes: tuple[str, ...]
    definition: str


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    plover_type: str | None      # None: CAMEO code with no PLOVER event (plain statements)
    mode: str | None
    context: tuple[str, ...]
    intensity: float
    name: str


class Ontology:
    """PLOVER types and CAMEO codes, and the mapping between them."""

    def __init__(self, types: dict[str, PloverType], cameo: dict[str, CameoCode], *,
                 sources: tuple[str, ...] = ()) -> None:
        self.types = types
        self.cameo = cameo
        self.sources = sources

    def plover_type(self, name: str) -> PloverType:
        try:
            return self.types[name]
        except KeyError:
            raise ResourceError(f"unknown PLOVER type {name!r}; known: {', '.join(self.types)}",
                                code="E310") from None

    def cameo_code(self, code: str) -> CameoCode | None:
        """The CAMEO code, or its closest listed ancestor (``"0421"`` -> ``"042"``)."""
        while code:
            if code in self.cameo:
                return self.cameo[code]
            code = code[:-1] if len(code) > 3 else ""
        return None

    def plover_for_cameo(self, code: str) -> str | None:
        found = self.cameo_code(code)
        return found.plover_type if found else None

    def cameo_for_plover(self, name: str) -> str:
        return self.plover_type(name).default_cameo

    def quad_code(self, name: str) -> int:
        return self.plover_type(name).quad_code

    def intensity(self, cameo_code: str | None, plover_type: str) -> float | None:
        """Goldstein intensity of the CAMEO code, else of the type's default code."""
        for code in (cameo_code, self.cameo_for_plover(plover_type)):
            found = self.cameo_code(code) if code else None
            if found is not None:
                return found.intensity
        return None

    def info(self) -> dict[str, object]:
        return {"files": list(self.sources), "plover_types": len(self.types), "cameo_codes": len(self.cameo)}


def _rows(path: Path) -> list[tuple[int, list[str]]]:
    """Non-comment rows (after the header) with their 1-based line numbers."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ResourceError(f"{path}: cannot read ({exc.strerror})", code="E301") from exc
    rows: list[tuple[int, list[str]]] = []
    header_seen = False
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        if not header_seen:
            header_seen = True
            continue
        rows.append((number, line.split("\t")))
    return rows


def _load_types(path: Path) -> dict[str, PloverType]:
    types: dict[str, PloverType] = {}
    for number, cells in _rows(path):
        if len(cells) != 5:
            raise ResourceError(f"{path}:{number}: expected 5 tab-separated columns, got {len(cells)}",
                                code="E302")
        name, quad, default_cameo, modes, definition = cells
        if name not in PLOVER_TYPES:
            raise ResourceError(f"{path}:{number}: {name!r} is not a PLOVER type", code="E302")
        if quad not in ("1", "2", "3", "4"):
            raise ResourceError(f"{path}:{number}: quad code must be 1-4, got {quad!r}", code="E302")
        types[name] = PloverType(name, int(quad), default_cameo,
                                 tuple(m for m in modes.split(";") if m), definition)
    missing = [t for t in PLOVER_TYPES if t not in types]
    if missing:
        raise ResourceError(f"{path}: missing PLOVER types {', '.join(missing)}", code="E302")
    return types


def _load_cameo(path: Path, types: dict[str, PloverType]) -> dict[str, CameoCode]:
    codes: dict[str, CameoCode] = {}
    for number, cells in _rows(path):
        if len(cells) != 6:
            raise ResourceError(f"{path}:{number}: expected 6 tab-separated columns, got {len(cells)}",
                                code="E303")
        code, plover, mode, context, intensity, name = cells
        if not code.isdigit() or len(code) not in (3, 4):
            raise ResourceError(f"{path}:{number}: CAMEO code must be 3 or 4 digits, got {code!r}", code="E303")
        if plover != "-" and plover not in types:
            raise ResourceError(f"{path}:{number}: {plover!r} is not a PLOVER type", code="E303")
        try:
            value = float(intensity)
        except ValueError:
            raise ResourceError(f"{path}:{number}: intensity must be a number, got {intensity!r}",
                                code="E303") from None
        if code in codes:
            raise ResourceError(f"{path}:{number}: CAMEO code {code} listed twice", code="E303")
        codes[code] = CameoCode(code, None if plover == "-" else plover, mode or None,
                                tuple(c for c in context.split(";") if c), value, name)
    for type_ in types.values():
        if type_.default_cameo not in codes:
            raise ResourceError(f"{path}: default CAMEO code {type_.default_cameo} of {type_.name} is not listed",
                                code="E303")
    return codes


def load_ontology(*, data_dir: Path = DATA_DIR) -> Ontology:
    """Load the bundled PLOVER types and CAMEO<->PLOVER table."""
    types_path, cameo_path = data_dir / "plover_types.tsv", data_dir / "cameo_plover.tsv"
    types = _load_types(types_path)
    cameo = _load_cameo(cameo_path, types)
    return Ontology(types, cameo, sources=(types_path.name, cameo_path.name))
