"""Each lexicon entry's PLOVER type is the one Lapwing's CAMEO->PLOVER table gives its CAMEO code,
unless the entry says why not (``convention``): the bundled conventions, and the load errors that
keep a new disagreement from passing unnoticed."""
from __future__ import annotations

from pathlib import Path

import pytest

from lapwing.errors import ResourceError
from lapwing.events.lexicon import BUNDLED_LEXICONS, DATA_DIR, load_lexicon
from lapwing.ontology import load_ontology

#: the bundled conventions: (type, the table's type for the CAMEO code) -> entries
BUNDLED_CONVENTIONS = {
    ("RETREAT", "CONCEDE"): {"v.resign", "v.step_down", "v.abdicate", "v.quit_post", "n.resignation"},
    ("SANCTION", "ACCUSE"): {"v.convict", "v.sentence", "v.fine", "n.conviction"},
    ("ASSAULT", "COERCE"): {"v.invade", "n.invasion", "v.seize_city", "v.capture_city", "v.capture_from",
                            "v.recapture", "v.retake", "v.capture_place", "v.seize_place", "v.take_over_city",
                            "v.take_over_place"},
    ("COERCE", "ASSAULT"): {"n.crackdown"},
}


def test_every_bundled_disagreement_with_the_cameo_table_says_why():
    ontology = load_ontology()
    lexicon = load_lexicon([DATA_DIR / name for name in BUNDLED_LEXICONS], ontology=ontology)
    found: dict[tuple[str, str], set[str]] = {}
    for entry in lexicon.entries.values():
        table_type = ontology.plover_for_cameo(entry.cameo) if entry.cameo else None
        if entry.cameo and table_type != entry.event_type:
            assert entry.convention, entry.id
            assert f"reads {entry.cameo}" in entry.convention or entry.cameo in entry.convention, entry.id
            found.setdefault((entry.event_type, table_type), set()).add(entry.id)
        else:
            assert entry.convention is None, entry.id
    assert found == BUNDLED_CONVENTIONS


def _user_lexicon(tmp_path: Path, entry: str) -> Path:
    path = tmp_path / "user.yaml"
    path.write_text(f"verbs:\n  - {entry}\n", encoding="utf-8")
    return path


def test_a_disagreement_without_a_convention_is_an_error_naming_file_and_line(tmp_path):
    path = _user_lexicon(tmp_path, '{id: u.oust, lemma: oust, type: ASSAULT, cameo: "080"}')
    with pytest.raises(ResourceError) as exc:
        load_lexicon([path], ontology=load_ontology())
    message = str(exc.value)
    assert exc.value.code == "E312" and f"{path}:2" in message
    assert "u.oust codes ASSAULT" in message and "CAMEO 080 as CONCEDE" in message and "convention" in message


def test_a_convention_needs_a_disagreement(tmp_path):
    agreeing = _user_lexicon(tmp_path, '{id: u.yield, lemma: yield, type: CONCEDE, cameo: "080", '
                                       'convention: "no reason"}')
    with pytest.raises(ResourceError, match="as the table reads CAMEO 080"):
        load_lexicon([agreeing], ontology=load_ontology())
    without_code = _user_lexicon(tmp_path, '{id: u.yield, lemma: yield, type: CONCEDE, convention: "x"}')
    with pytest.raises(ResourceError, match="no 'cameo' code"):
        load_lexicon([without_code], ontology=load_ontology())


def test_a_stated_convention_loads_and_travels_with_the_entry(tmp_path):
    path = _user_lexicon(tmp_path, '{id: u.oust, lemma: oust, type: ASSAULT, cameo: "080", '
                                   'convention: "our project codes ousting by force as an attack"}')
    lexicon = load_lexicon([path], ontology=load_ontology())
    assert lexicon.entries["u.oust"].convention == "our project codes ousting by force as an attack"
