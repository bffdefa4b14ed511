"""Map the 18 event types of the 2016 PLOVER drafts to the 16 current ones, through CAMEO.

The PLOVER gold standard records (PLOVER_GSR_CAMEO) were coded with PLOVER 0.5b1, whose 18
types each gathered one CAMEO root (``plover_2016_types.tsv`` beside this module gives the CAMEO
code of each). The current PLOVER types of CAMEO codes are read, at evaluation time, from the
conversion table the PLOVER project publishes (``CAMEO2PLOVER-2021.txt``)::

    100: REQUEST,  ,  # REQUEST
    110: ACCUSE, disapprove,    # Disapprove

So an old type maps to the current type of its CAMEO code: DEMAND (CAMEO 100) to REQUEST,
DISAPPROVE (110) and INVESTIGATE (090) to ACCUSE, FIGHT (190) to ASSAULT; the other 14 keep
their names. A type that is already a current one and not an old one maps to itself.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..datafiles import read_tsv_rows
from ..errors import ResourceError
from ..model import PLOVER_TYPES

#: The table of old types and their CAMEO codes, shipped with Lapwing.
OLD_TYPES_TABLE = Path(__file__).with_name("plover_2016_types.tsv")
#: The name of PLOVER's CAMEO conversion table, looked for beside the gold file by default.
CAMEO2PLOVER_NAME = "CAMEO2PLOVER-2021.txt"

_MAPPING_LINE = re.compile(r"^(?P<code>\d{2,4})\s*:\s*(?P<type>[A-Za-z_]+)\s*(?P<rest>[^#]*)(?:#\s*(?P<desc>.*))?$")


@dataclass(frozen=True, slots=True)
class TypeMapping:
    """How one old type becomes a current one, with the evidence (file, line, CAMEO code)."""

    old_type: str
    new_type: str
    cameo_code: str | None
    source: str  # "path:line" of the conversion-table line, or "identity"


def read_cameo_to_plover(path: str | Path) -> dict[str, tuple[str, int]]:
    """CAMEO code -> (current PLOVER type, line) from a CAMEO2PLOVER conversion table.

    A code listed twice with different types (CAMEO root ``08``, split into CONCEDE and RETREAT)
    is kept out: only codes with one type can be looked up.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ResourceError(f"{path}: the CAMEO to PLOVER conversion table is missing; pass "
                            f"mapping=PATH (PLOVER's {CAMEO2PLOVER_NAME})", code="E301") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ResourceError(f"{path}: cannot be read: {exc}") from None
    table: dict[str, tuple[str, int]] = {}
    ambiguous: set[str] = set()
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#") or set(line) <= {"~"}:
            continue
        match = _MAPPING_LINE.match(line)
        if match is None:
            raise ResourceError(f"{path}:{number}: expected 'CAMEO_CODE: PLOVER_TYPE, mode, "
                                f"context # description', got {raw!r}")
        code, new_type = match["code"], match["type"].upper()
        if new_type not in PLOVER_TYPES:
            raise ResourceError(f"{path}:{number}: {new_type!r} is not a PLOVER type "
                                f"({', '.join(PLOVER_TYPES)})")
        if code in table and table[code][0] != new_type:
            ambiguous.add(code)
        table.setdefault(code, (new_type, number))
    for code in ambiguous:
        del table[code]
    return table


def read_old_types(path: str | Path = OLD_TYPES_TABLE) -> dict[str, tuple[str, int]]:
    """Old PLOVER type -> (CAMEO code, line) from ``plover_2016_types.tsv``."""
    out: dict[str, tuple[str, int]] = {}
    for number, cells, raw in read_tsv_rows(path, header=("old_type", "cameo_code"),
                                            what="the old PLOVER types table"):
        if len(cells) < 2 or not cells[0].strip() or not cells[1].strip().isdigit():
            raise ResourceError(f"{path}:{number}: expected 'OLD_TYPE<TAB>CAMEO_CODE', got {raw!r}")
        old_type = cells[0].strip().upper()
        if old_type in out:
            raise ResourceError(f"{path}:{number}: {old_type} is listed twice")
        out[old_type] = (cells[1].strip(), number)
    return out


def plover_type_mapping(cameo_to_plover_path: str | Path, *,
                        old_types_path: str | Path = OLD_TYPES_TABLE) -> dict[str, TypeMapping]:
    """Old type -> :class:`TypeMapping` for every type in the old-types table and every current
    PLOVER type (the latter map to themselves unless they are also old types)."""
    cameo = read_cameo_to_plover(cameo_to_plover_path)
    mappings = {t: TypeMapping(t, t, None, "identity") for t in PLOVER_TYPES}
    for old_type, (code, line) in read_old_types(old_types_path).items():
        if code not in cameo:
            raise ResourceError(f"{old_types_path}:{line}: CAMEO code {code} of {old_type} is not "
                                f"in {cameo_to_plover_path} (or has more than one PLOVER type)")
        new_type, mapping_line = cameo[code]
        mappings[old_type] = TypeMapping(old_type, new_type, code,
                                         f"{cameo_to_plover_path}:{mapping_line}")
    return mappings
