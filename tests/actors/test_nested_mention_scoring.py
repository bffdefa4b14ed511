"""The re3d scorer's nested spans: words a mention's resolution names as the source of its
country or owner count as a prediction of their own re3d type."""
from __future__ import annotations

import pytest

from lapwing.evaluate.mentions import nested_spans
from lapwing.model import Mention, Provenance


def mention(text: str, reason: str, evidence: tuple[str, ...] = (), start: int = 100) -> Mention:
    return Mention(start_char=start, end_char=start + len(text), text=text, kind="group",
                   resolution=Provenance(stage="actors", rule="r", reason=reason, evidence=evidence))


@pytest.mark.parametrize("m, expected", [
    (mention("Iraqi forces", "sector word 'forces' (f:1); country from adjective 'Iraqi' (f:2)"),
     [("Nationality", (100, 105))]),
    (mention("government of Iraq", "sector word 'government' (f:1)", ("country from name 'Iraq' (pycountry)",)),
     [("Location", (114, 118))]),
    (mention("U.S. forces", "sector word 'forces' (f:1); country from name 'U.S.' (f:2)"), []),
    (mention("Asad regime", "sector word 'regime' (f:1)", ("owner person short_name 'Asad' (f:3)",)),
     [("Person", (100, 104))]),
    (mention("Iraqi", "adjective 'Iraqi' (f:2)", ("country from adjective 'Iraqi' (f:2)",)), []),
])
def test_nested_spans(m: Mention, expected: list) -> None:
    assert nested_spans(m) == expected
