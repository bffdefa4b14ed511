"""Round 54 of event coding (found on the news audit's pass 53 texts): a country word joined by a
hyphen to a capitalised word that is no country is part of a name of its own ("Waku-Congo", a
town in Angola), not the country. Sentences hand-built as in test_stage."""
from __future__ import annotations

from test_stage import found, stage  # noqa: F401 - a fixture; tests/actors is on sys.path


def test_a_country_word_hyphened_to_a_name_is_no_country(stage) -> None:
    """"Waku-Congo, in Cuanza-Sul" (a town in Angola) was resolved as Congo from its last word."""
    mentions = found(stage, "Planes bombed Waku-Congo yesterday .", ents={"Waku": "ORG", "-": "ORG", "Congo": "ORG"})
    assert mentions.get("Waku-Congo", ("organization", None))[1] is None


def test_a_country_word_in_a_name_still_gives_its_country(stage) -> None:
    """Guard: "the Congo River Authority" is Congo's."""
    mentions = found(stage, "The Congo River Authority met .", ents={"Congo": "ORG", "River": "ORG", "Authority": "ORG"})
    assert mentions["Congo River Authority"][1] == "COD"
