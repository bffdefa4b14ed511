"""Singular demonym nouns (round 14): "a Turk", "a Briton", "a Spaniard" name one person of a
country, as "an Iraqi", "a Serb" and "a Croat" already did ("Murat Yuce, a Turk who worked for a
company ..., was shot dead": the victim was unresolved, so the place stood in for him). Listed
with the country's adjectives (countries.yaml); "Pole" and "Finn" are left out, being names too.
Sentences hand-built as in test_stage."""
from __future__ import annotations

import pytest

from lapwing.actors.stage import ActorStage

from test_stage import found  # tests/actors is on sys.path (rootdir-relative import)


@pytest.fixture(scope="module")
def stage() -> ActorStage:
    return ActorStage({}, {})


@pytest.mark.parametrize("sentence, text, code", [
    ("A Turk was shot .", "Turk", "TUR"),
    ("A Briton was kidnapped .", "Briton", "GBR"),
    ("A Spaniard was kidnapped .", "Spaniard", "ESP"),
    ("A Dutchman was arrested .", "Dutchman", "NLD"),
    ("Two Irishmen were arrested .", "Irishmen", "IRL"),
])
def test_singular_demonyms_name_a_person_of_the_country(stage: ActorStage, sentence: str, text: str,
                                                        code: str) -> None:
    assert found(stage, sentence)[text][1] == code


def test_names_that_are_also_demonyms_stay_out(stage: ActorStage) -> None:
    """Guard: "Pole" and "Finn" are not listed ("the North Pole", "Finn Russell")."""
    result = found(stage, "Explorers reached the North Pole .", "Finn scored twice .")
    assert not any(code in ("POL", "FIN") for _, code, _, _ in result.values())
