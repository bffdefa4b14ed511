"""PLOVER types and the CAMEO<->PLOVER table."""
from __future__ import annotations

import shutil

import pytest

from lapwing.errors import ResourceError
from lapwing.model import PLOVER_TYPES
from lapwing.ontology import load_ontology
from lapwing.ontology.codebook import DATA_DIR


@pytest.fixture(scope="module")
def ontology():
    return load_ontology()


def test_sixteen_types_with_quad_codes(ontology):
    assert tuple(ontology.types) == PLOVER_TYPES
    quads = {name: ontology.quad_code(name) for name in PLOVER_TYPES}
    assert quads["AGREE"] == 1 and quads["AID"] == 2 and quads["REQUEST"] == 3 and quads["ASSAULT"] == 4
    assert sorted(set(quads.values())) == [1, 2, 3, 4]


@pytest.mark.parametrize("code, plover", [("042", "CONSULT"), ("0874", "RETREAT"), ("163", "SANCTION"),
                                          ("111", "ACCUSE"), ("026", "REQUEST"), ("1712", "ASSAULT"),
                                          ("0421", "CONSULT"), ("010", None)])
def test_cameo_to_plover(ontology, code, plover):
    assert ontology.plover_for_cameo(code) == plover


def test_every_default_cameo_maps_back_to_its_type(ontology):
    for name in PLOVER_TYPES:
        assert ontology.plover_for_cameo(ontology.cameo_for_plover(name)) == name


def test_intensity_is_goldstein(ontology):
    assert ontology.intensity("190", "ASSAULT") == -10
    assert ontology.intensity(None, "AID") == 7


def test_bad_row_names_file_and_line(tmp_path):
    for name in ("plover_types.tsv", "cameo_plover.tsv"):
        shutil.copy(DATA_DIR / name, tmp_path / name)
    path = tmp_path / "cameo_plover.tsv"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[7] = "042\tVISIT\tvisit\t\t1.9\tMake a visit"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(ResourceError, match=r"cameo_plover\.tsv:8: 'VISIT' is not a PLOVER type"):
        load_ontology(data_dir=tmp_path)
