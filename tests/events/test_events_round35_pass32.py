"""Round 35 of event coding (found on the news audit's pass 32 texts):

* "Israel captured the land in the 1967 Mideast War": land is ground taken, not people arrested;
* "Palestinian police allied to moderate leader Mahmoud Abbas": a standing alliance described,
  also when the lemmatiser leaves "allied" as it is and the parser hangs the noun on it;
* "police ... captured two men and a woman": one arrest of unresolved Colombian civilians, not two
  events of one dyad.

Hand-built parses as the bundled parser gives them, with guard tests."""
from __future__ import annotations

from events_builders import build_doc, dyads, event_stage as stage  # noqa: F401 - a fixture

ACTORS = {"Israel": ("ISR", "ISR"), "police": ("COLCOP", "COL"), "Britain": ("GBR", "GBR"), "Abbas": ("PSEGOV", "PSE")}


def _doc(spec):
    return build_doc([spec], ACTORS)


# Israel captured the land .
LAND = [("Israel", "Israel", "PROPN", "NNP", "nsubj", 1), ("captured", "capture", "VERB", "VBD", "root", -1),
        ("the", "the", "DET", "DT", "det", 3), ("land", "land", "NOUN", "NN", "obj", 1), (".", ".", "PUNCT", ".", "punct", 1)]


def test_land_captured_is_ground_taken(stage):
    assert {d[0] for d in dyads(stage(_doc(LAND)))} == {"ASSAULT"}


def test_a_man_captured_is_an_arrest(stage):
    """Guard: "Israel captured the man"."""
    spec = [t if t[0] != "land" else ("man", "man", "NOUN", "NN", "obj", 1) for t in LAND]
    assert {d[0] for d in dyads(stage(_doc(spec)))} == {"COERCE"}


# militants exchanged fire with police allied to Abbas .
# (as the parser reads it: "allied" tagged JJ, an oblique of "exchanged", "police" its compound)
ALLIED = [("militants", "militant", "NOUN", "NNS", "nsubj", 1), ("exchanged", "exchange", "VERB", "VBD", "root", -1),
          ("fire", "fire", "NOUN", "NN", "obj", 1), ("with", "with", "ADP", "IN", "case", 5),
          ("police", "police", "NOUN", "NN", "compound", 5), ("allied", "allied", "VERB", "JJ", "obl", 1),
          ("to", "to", "ADP", "IN", "case", 7), ("Abbas", "Abbas", "PROPN", "NNP", "obl", 5),
          (".", ".", "PUNCT", ".", "punct", 1)]


def test_a_noun_allied_to_someone_is_described_not_allying(stage):
    assert not any(d[0] == "COOPERATE" for d in dyads(stage(_doc(ALLIED))))


def test_allying_oneself_is_cooperation(stage):
    """Guard: "Britain allied itself with Abbas" is an act."""
    spec = [("Britain", "Britain", "PROPN", "NNP", "nsubj", 1), ("allied", "ally", "VERB", "VBD", "root", -1),
            ("itself", "itself", "PRON", "PRP", "obj", 1), ("with", "with", "ADP", "IN", "case", 4),
            ("Abbas", "Abbas", "PROPN", "NNP", "obl", 1), (".", ".", "PUNCT", ".", "punct", 1)]
    assert ("COOPERATE", "asserted", "GBR", "PSEGOV") in dyads(stage(_doc(spec)))


def test_unresolved_people_of_one_country_and_sector_are_one_dyad():
    import datetime as dt

    from lapwing.config import load_config
    from lapwing.model import Article
    from lapwing.pipeline import Pipeline

    pipeline = Pipeline.from_config(load_config())
    doc = pipeline.run(Article(id="t", date=dt.date(2000, 9, 22), text=(
        "In early morning raids, police in the western city of Cali captured two men and a woman identified "
        "as members of the National Liberation Army.")))
    assert [e.event_type for e in doc.events] == ["COERCE"]
    # guard: people of two countries, or of two sectors, are two sides; coded actors keep their codes
    from lapwing.events.stage import _dyad_key
    from lapwing.model import Actor, Mention

    def side(country, sector, code=None):
        return _dyad_key(Mention(start_char=0, end_char=1, text="x", kind="group",
                                 actor=Actor(name="x", code=code, country=country, sector=sector)))

    assert side("COL", "CVL") == side("COL", "CVL") != side("VEN", "CVL") != side("COL", "REB")
    assert side(None, "REL") != side(None, "LEG")  # a religious body and a legislature (PETRARCH2's COMPOUND-33)
    assert side("COL", "REB", code="COLREBELN") == "COLREBELN"
